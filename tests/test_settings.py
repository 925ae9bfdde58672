"""The environment helpers at the top of settings.py, and how the settings start up."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from closeknit.settings import env_bool, env_int, env_list, env_str, read_or_create_secret

NAME = "CLOSEKNIT_TEST_VALUE"
COMMAND = Path(sys.executable).with_name("closeknit")


# env_str


def test_env_str_strips_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, "  info \n")

    assert env_str(NAME, "warning") == "info"


def test_env_str_unset_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)

    assert env_str(NAME, "warning") == "warning"


def test_env_str_empty_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, "   ")

    assert env_str(NAME, "warning") == "warning"


# env_bool


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", " yes ", "On"])
def test_env_bool_reads_true_words(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw)

    assert env_bool(NAME, default=False) is True


@pytest.mark.parametrize("raw", ["0", "false", "No", " OFF "])
def test_env_bool_reads_false_words(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw)

    assert env_bool(NAME, default=True) is False


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_unset_gives_default(monkeypatch: pytest.MonkeyPatch, default: bool) -> None:
    monkeypatch.delenv(NAME, raising=False)

    assert env_bool(NAME, default=default) is default


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_empty_gives_default(monkeypatch: pytest.MonkeyPatch, default: bool) -> None:
    # An empty line copied from .env.example must not quietly switch TLS off.
    monkeypatch.setenv(NAME, "")

    assert env_bool(NAME, default=default) is default


@pytest.mark.parametrize("raw", ["maybe", "2", "y", "truee", "<script>", "\x00"])
def test_env_bool_refuses_other_words(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw.replace("\x00", "\\0"))

    with pytest.raises(ImproperlyConfigured, match=f"{NAME} should be true or false"):
        env_bool(NAME)


# env_int


@pytest.mark.parametrize(("raw", "expected"), [("42", 42), (" 7 ", 7), ("0", 0), ("-3", -3)])
def test_env_int_reads_whole_numbers(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: int
) -> None:
    monkeypatch.setenv(NAME, raw)

    assert env_int(NAME, 5) == expected


def test_env_int_unset_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)

    assert env_int(NAME, 5) == 5


def test_env_int_empty_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, "  ")

    assert env_int(NAME, 5) == 5


@pytest.mark.parametrize("raw", ["ten", "4.5", "1e3", "0x10", "5 minutes"])
def test_env_int_refuses_other_values(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw)

    with pytest.raises(ImproperlyConfigured, match=f"{NAME} should be a whole number, not"):
        env_int(NAME, 5)


# env_list


def test_env_list_splits_on_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, " example.org, www.example.org ,,")

    assert env_list(NAME) == ["example.org", "www.example.org"]


def test_env_list_unset_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)

    assert env_list(NAME, "localhost,127.0.0.1") == ["localhost", "127.0.0.1"]


def test_env_list_empty_gives_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, "")

    assert env_list(NAME, "localhost") == ["localhost"]


def test_env_list_of_only_commas_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NAME, " , ,")

    assert env_list(NAME) == []


# read_or_create_secret


def test_read_or_create_secret_creates_file(tmp_path: Path) -> None:
    secret = read_or_create_secret(tmp_path / "secret", lambda: "s3cret")

    assert secret == "s3cret"
    assert (tmp_path / "secret").read_text() == "s3cret\n"


def test_read_or_create_secret_file_is_private(tmp_path: Path) -> None:
    read_or_create_secret(tmp_path / "secret", lambda: "s3cret")

    assert stat.S_IMODE((tmp_path / "secret").stat().st_mode) == 0o600


def test_read_or_create_secret_reuses_existing_secret(tmp_path: Path) -> None:
    read_or_create_secret(tmp_path / "secret", lambda: "first")

    assert read_or_create_secret(tmp_path / "secret", lambda: "second") == "first"


def test_read_or_create_secret_reads_existing_file_without_making(tmp_path: Path) -> None:
    (tmp_path / "secret").write_text("  kept \n")

    def must_not_make() -> str:
        raise AssertionError("a new secret was made")

    assert read_or_create_secret(tmp_path / "secret", must_not_make) == "kept"


def test_read_or_create_secret_never_shows_an_empty_file(tmp_path: Path) -> None:
    # Another worker starting at the same moment must never read the file half-made.
    path = tmp_path / "secret"

    def make() -> str:
        assert not path.exists()
        return "s3cret"

    assert read_or_create_secret(path, make) == "s3cret"


def test_read_or_create_secret_leaves_no_temporary_files(tmp_path: Path) -> None:
    read_or_create_secret(tmp_path / "secret", lambda: "s3cret")
    read_or_create_secret(tmp_path / "secret", lambda: "other")

    assert [child.name for child in tmp_path.iterdir()] == ["secret"]


# Starting up, in a fresh interpreter each time


def clean_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("CLOSEKNIT_")}
    return env | {"CLOSEKNIT_DATA_DIR": str(data_dir)} | extra


def import_settings(
    data_dir: Path, expression: str = "''", **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Import the settings in a new Python and print ``expression`` evaluated in them."""
    code = f"import closeknit.settings as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=clean_env(data_dir, **extra_env),
        timeout=120,
        check=False,
    )


def production_keys() -> dict[str, str]:
    return {
        "CLOSEKNIT_ENV": "production",
        "CLOSEKNIT_SECRET_KEY": "k" * 20 + "a-long-and-random-production-secret-key-0123456789",
        "CLOSEKNIT_ENCRYPTION_KEYS": Fernet.generate_key().decode("ascii"),
    }


def test_production_without_keys_refuses_to_start(tmp_path: Path) -> None:
    result = import_settings(tmp_path, CLOSEKNIT_ENV="production")

    assert result.returncode != 0
    assert "Production needs CLOSEKNIT_SECRET_KEY and CLOSEKNIT_ENCRYPTION_KEYS set" in (
        result.stderr
    )
    assert "Make them with `closeknit keys`" in result.stderr


def test_production_without_encryption_key_refuses_to_start(tmp_path: Path) -> None:
    keys = production_keys()
    del keys["CLOSEKNIT_ENCRYPTION_KEYS"]

    result = import_settings(tmp_path, **keys)

    assert result.returncode != 0
    assert "Production needs CLOSEKNIT_SECRET_KEY" in result.stderr


def test_production_without_secret_key_refuses_to_start(tmp_path: Path) -> None:
    keys = production_keys()
    del keys["CLOSEKNIT_SECRET_KEY"]

    result = import_settings(tmp_path, **keys)

    assert result.returncode != 0
    assert "Production needs CLOSEKNIT_SECRET_KEY" in result.stderr


def test_production_with_keys_writes_no_key_files(tmp_path: Path) -> None:
    result = import_settings(
        tmp_path, "s.SECRET_KEY == s.os.environ['CLOSEKNIT_SECRET_KEY']", **production_keys()
    )

    assert result.stdout == "True\n", result.stderr
    assert not (tmp_path / "secret_key").exists()
    assert not (tmp_path / "encryption_key").exists()


def test_production_sends_cookies_only_over_https(tmp_path: Path) -> None:
    result = import_settings(
        tmp_path,
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT",
        **production_keys(),
    )

    assert result.stdout == "True True True\n", result.stderr


def test_unknown_environment_refuses_to_start(tmp_path: Path) -> None:
    result = import_settings(tmp_path, CLOSEKNIT_ENV="staging")

    assert result.returncode != 0
    assert "CLOSEKNIT_ENV should be 'local' or 'production', not 'staging'." in result.stderr


def test_local_settings_make_keys_on_first_start(tmp_path: Path) -> None:
    result = import_settings(tmp_path, "s.ENCRYPTION_KEYS[0]")

    assert result.returncode == 0, result.stderr
    Fernet(result.stdout.strip().encode("ascii"))
    assert (tmp_path / "secret_key").read_text().strip()


def test_local_settings_keep_keys_between_starts(tmp_path: Path) -> None:
    first = import_settings(tmp_path, "s.SECRET_KEY, s.ENCRYPTION_KEYS")

    second = import_settings(tmp_path, "s.SECRET_KEY, s.ENCRYPTION_KEYS")

    assert first.stdout == second.stdout
    assert first.returncode == 0, first.stderr


def test_bad_flag_refuses_to_start_with_its_name(tmp_path: Path) -> None:
    result = import_settings(tmp_path, CLOSEKNIT_DEBUG="sometimes")

    assert result.returncode != 0
    assert "CLOSEKNIT_DEBUG should be true or false (1/0, yes/no), not 'sometimes'." in (
        result.stderr
    )


def test_manage_check_deploy_in_production_has_no_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(COMMAND), "manage", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path, **production_keys()),
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "System check identified no issues (0 silenced).\n"
    assert "WARNING" not in result.stderr
