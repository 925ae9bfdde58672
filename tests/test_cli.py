"""The `closeknit` command, run as a person would and, where it is cheaper, in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from closeknit import cli
from closeknit_core import __version__

COMMAND = Path(sys.executable).with_name("closeknit")
NO_KEYS_HINT = "closeknit: Production needs CLOSEKNIT_SECRET_KEY and CLOSEKNIT_ENCRYPTION_KEYS set."


def clean_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("CLOSEKNIT_")}
    return env | {"CLOSEKNIT_DATA_DIR": str(data_dir)} | extra


def run(data_dir: Path, *arguments: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), *arguments],
        capture_output=True,
        text=True,
        env=clean_env(data_dir, **extra_env),
        timeout=120,
        check=False,
    )


def test_console_script_is_installed() -> None:
    assert COMMAND.is_file()


def test_version_prints_core_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")

    assert result.returncode == 0
    assert result.stdout == f"closeknit {__version__}\n"


def test_module_runs_like_console_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "closeknit.cli", "--version"],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path),
        timeout=120,
        check=False,
    )

    assert result.stdout == f"closeknit {__version__}\n"


def test_help_lists_commands(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")

    assert result.returncode == 0
    assert result.stdout.startswith("usage: closeknit")
    for command in ["serve", "manage", "keys"]:
        assert f"    {command} " in result.stdout


def test_serve_help_lists_options(tmp_path: Path) -> None:
    result = run(tmp_path, "serve", "--help")

    assert result.returncode == 0
    assert "usage: closeknit serve [-h] [--host HOST] [--port PORT] [--workers WORKERS]" in (
        result.stdout
    )
    assert "port to listen on (8000)" in result.stdout


def test_keys_help_describes_keys(tmp_path: Path) -> None:
    result = run(tmp_path, "keys", "--help")

    assert result.returncode == 0
    assert "CLOSEKNIT_SECRET_KEY and CLOSEKNIT_ENCRYPTION_KEYS" in " ".join(result.stdout.split())


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 0

    assert capsys.readouterr().out.startswith("usage: closeknit")


def test_main_reads_sys_argv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["closeknit", "keys"])

    assert cli.main() == 0
    assert "CLOSEKNIT_SECRET_KEY=" in capsys.readouterr().out


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])

    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"closeknit {__version__}\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "abc"], "argument --port: 'abc' is not a port number"),
        (["--port", "0"], "argument --port: 0 is not between 1 and 65535"),
        (["--port", "65536"], "argument --port: 65536 is not between 1 and 65535"),
        (["--port", "-1"], "argument --port: -1 is not between 1 and 65535"),
        (["--port", "80.5"], "argument --port: '80.5' is not a port number"),
        (["--workers", "many"], "argument --workers: 'many' is not a whole number"),
        (["--workers", "0"], "argument --workers: 0 is not between 1 and 64"),
        (["--workers", "65"], "argument --workers: 65 is not between 1 and 64"),
        (["--host", ""], "argument --host: '' is not a host name or address"),
        (["--host", "   "], "argument --host: '' is not a host name or address"),
        (["--host", "my host"], "argument --host: 'my host' is not a host name or address"),
        (["--host", "h" * 254], f"argument --host: '{'h' * 254}' is not a host name or address"),
    ],
)
def test_serve_refuses_bad_value(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["serve", *arguments])

    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("usage: closeknit serve")
    assert f"closeknit serve: error: {message}" in error


def test_serve_refuses_bad_port_from_shell(tmp_path: Path) -> None:
    result = run(tmp_path, "serve", "--port", "http")

    assert result.returncode == 2
    assert "closeknit serve: error: argument --port: 'http' is not a port number" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["launch"])

    assert exit_.value.code == 2
    assert "invalid choice: 'launch'" in capsys.readouterr().err


@pytest.fixture
def gunicorn_config(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run `serve` up to the point where gunicorn would start, and keep its settings."""
    from gunicorn.app.base import BaseApplication

    seen: dict[str, Any] = {}

    def capture(self: Any) -> None:
        seen.update(bind=self.cfg.bind, workers=self.cfg.workers, app=self.load())

    monkeypatch.setattr(BaseApplication, "run", capture)
    return seen


def test_serve_gives_gunicorn_host_port_and_workers(gunicorn_config: dict[str, Any]) -> None:
    assert cli.main(["serve", "--host", "10.1.2.3", "--port", "8123", "--workers", "3"]) == 0

    assert gunicorn_config["bind"] == ["10.1.2.3:8123"]
    assert gunicorn_config["workers"] == 3


def test_serve_puts_ipv6_address_in_brackets(gunicorn_config: dict[str, Any]) -> None:
    cli.main(["serve", "--host", "::1"])

    assert gunicorn_config["bind"] == ["[::1]:8000"]


def test_serve_serves_closeknit(gunicorn_config: dict[str, Any]) -> None:
    from closeknit.wsgi import application

    cli.main(["serve"])

    assert gunicorn_config["app"] is application


def test_serve_says_where_it_listens(
    gunicorn_config: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["serve", "--port", "9000"])

    assert "Closeknit is serving on http://127.0.0.1:9000/" in capsys.readouterr().out


def test_serve_reports_bad_settings_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(**options: Any) -> int:
        raise ImproperlyConfigured("CLOSEKNIT_DEBUG should be true or false.")

    monkeypatch.setattr(cli, "serve", refuse)

    assert cli.main(["serve"]) == 1
    assert capsys.readouterr().err == "closeknit: CLOSEKNIT_DEBUG should be true or false.\n"


def test_serve_in_production_without_keys_explains(tmp_path: Path) -> None:
    result = run(tmp_path, "serve", "--port", "58123", CLOSEKNIT_ENV="production")

    assert result.returncode == 1
    assert result.stderr.startswith(NO_KEYS_HINT)
    assert "Traceback" not in result.stderr


def test_manage_check_works(tmp_path: Path) -> None:
    result = run(tmp_path, "manage", "check")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_manage_in_production_without_keys_explains(tmp_path: Path) -> None:
    result = run(tmp_path, "manage", "check", CLOSEKNIT_ENV="production")

    assert result.returncode == 1
    assert result.stderr.startswith(NO_KEYS_HINT)
    assert "closeknit keys" in result.stderr
    assert "Traceback" not in result.stderr


def test_manage_without_arguments_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["manage"]) == 0

    output = capsys.readouterr().out
    assert "closeknit manage help <subcommand>" in output
    assert "migrate" in output


def test_manage_passes_help_to_django(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["manage", "check", "--help"])

    assert exit_.value.code == 0
    assert "usage: closeknit manage check" in capsys.readouterr().out


def test_keys_prints_two_usable_keys(tmp_path: Path) -> None:
    result = run(tmp_path, "keys")

    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split("=", 1)[0] for line in lines] == [
        "CLOSEKNIT_SECRET_KEY",
        "CLOSEKNIT_ENCRYPTION_KEYS",
    ]
    secret_key = lines[0].split("=", 1)[1]
    encryption_key = lines[1].split("=", 1)[1]
    assert len(secret_key) >= 50
    assert not any(character.isspace() for character in secret_key)
    fernet = Fernet(encryption_key.encode("ascii"))
    assert fernet.decrypt(fernet.encrypt(b"kept safe")) == b"kept safe"


def test_keys_are_fresh_each_time(capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["keys"])
    first = capsys.readouterr().out
    cli.main(["keys"])

    assert capsys.readouterr().out != first


def test_keys_need_no_settings(tmp_path: Path) -> None:
    # The keys are made before production settings can load, so `keys` must work without them.
    result = run(tmp_path, "keys", CLOSEKNIT_ENV="production")

    assert result.returncode == 0
    assert result.stdout.startswith("CLOSEKNIT_SECRET_KEY=")


def test_serve_stops_on_a_setting_that_cannot_work(tmp_path: Path) -> None:
    # The learned layer switched on, in an install whose kind-head weights are missing.
    script = (
        "import sys\n"
        "from closeknit_core.coach import kind_heads\n"
        "kind_heads.KIND_WEIGHTS = kind_heads.KIND_WEIGHTS.with_name('missing.npz')\n"
        "from closeknit import cli\n"
        "sys.exit(cli.main(['serve', '--port', '8765']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=clean_env(tmp_path, CLOSEKNIT_COACH_LEARNED="true"),
    )

    assert result.returncode == 1
    assert "closeknit.E010" in result.stderr
    assert "pip install 'closeknit[learned]'" in result.stderr
    assert "Listening at" not in result.stderr
