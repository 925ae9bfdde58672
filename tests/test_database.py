"""The default database: one SQLite file in the data folder, in WAL mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SHOW_DATABASE = (
    "from django.db import connection\n"
    "with connection.cursor() as cursor:\n"
    "    cursor.execute('PRAGMA journal_mode')\n"
    "    print(cursor.fetchone()[0])\n"
    "print(connection.settings_dict['NAME'])\n"
)


def closeknit(*arguments: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLOSEKNIT_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "closeknit.cli", *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )


@pytest.fixture
def migrated_data_dir(tmp_path: Path) -> Path:
    closeknit("manage", "migrate", "--noinput", "--verbosity", "0", data_dir=tmp_path)
    return tmp_path


def test_default_database_lives_in_the_data_folder(migrated_data_dir: Path) -> None:
    output = closeknit(
        "manage", "shell", "--no-imports", "-c", SHOW_DATABASE, data_dir=migrated_data_dir
    )
    assert output.stdout.split()[1] == str(migrated_data_dir / "closeknit.sqlite3")


def test_default_database_uses_write_ahead_logging(migrated_data_dir: Path) -> None:
    output = closeknit(
        "manage", "shell", "--no-imports", "-c", SHOW_DATABASE, data_dir=migrated_data_dir
    )
    assert output.stdout.split()[0] == "wal"


def test_first_start_keeps_its_keys_in_the_data_folder(migrated_data_dir: Path) -> None:
    secret = (migrated_data_dir / "secret_key").read_text()
    closeknit("manage", "check", data_dir=migrated_data_dir)
    assert (migrated_data_dir / "secret_key").read_text() == secret
    assert (migrated_data_dir / "secret_key").stat().st_mode & 0o077 == 0
    assert (migrated_data_dir / "encryption_key").stat().st_mode & 0o077 == 0
