"""The docs stay true: CLI help in docs/cli.md, every setting in the README and .env.example.

The help check follows datasette's approach: run the real command, then look for its
output, verbatim, in the docs. When a test fails, paste the block it prints.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"
ENV_EXAMPLE = ROOT / ".env.example"
SETTINGS = ROOT / "closeknit" / "settings.py"

HELP_COMMANDS = [
    ["--help"],
    ["serve", "--help"],
    ["coach", "--help"],
    ["assess", "--help"],
    ["assess", "list", "--help"],
    ["assess", "show", "--help"],
    ["assess", "take", "--help"],
    ["assess", "score", "--help"],
    ["assess", "export-fhir", "--help"],
    ["assess", "import-fhir", "--help"],
    ["keys", "--help"],
]

# env_str("NAME"), env_bool("NAME"), env_int("NAME"), env_list("NAME"), and any direct
# os.environ / os.getenv read with a literal name.
SETTING_READ = re.compile(
    r"""(?:\benv_(?:str|bool|int|list)\(|os\.environ\.get\(|os\.environ\[|os\.getenv\()"""
    r"""\s*["']([A-Z][A-Z0-9_]*)["']"""
)
README_ROW = re.compile(r"^\| `([A-Z][A-Z0-9_]*)` \|", re.MULTILINE)
EXAMPLE_LINE = re.compile(r"^([A-Z][A-Z0-9_]*)=", re.MULTILINE)


def help_text(arguments: list[str]) -> str:
    # A fixed width and no colour keep argparse's wrapping the same on every machine.
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PYTHON_COLORS": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "closeknit.cli", *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return result.stdout


def fenced(text: str) -> str:
    return f"```text\n{text}```\n"


def settings_variables() -> set[str]:
    return set(SETTING_READ.findall(SETTINGS.read_text()))


@pytest.mark.parametrize("arguments", HELP_COMMANDS, ids=" ".join)
def test_cli_help_appears_verbatim_in_docs(arguments: list[str]) -> None:
    block = fenced(help_text(arguments))
    assert block in CLI_DOC.read_text(), (
        f"docs/cli.md is out of date for `closeknit {' '.join(arguments)}`; it should show:\n"
        f"{block}"
    )


def test_settings_variables_are_found() -> None:
    # Guards the pattern itself: if it stopped matching, every check below would pass.
    assert {"CLOSEKNIT_ENV", "CLOSEKNIT_SECRET_KEY", "DATABASE_URL"} <= settings_variables()


def test_readme_configuration_table_lists_every_setting() -> None:
    documented = set(README_ROW.findall(README.read_text()))
    assert sorted(settings_variables() - documented) == []


def test_readme_configuration_table_lists_only_real_settings() -> None:
    documented = set(README_ROW.findall(README.read_text()))
    assert sorted(documented - settings_variables()) == []


def test_env_example_lists_every_setting() -> None:
    listed = set(EXAMPLE_LINE.findall(ENV_EXAMPLE.read_text()))
    assert sorted(settings_variables() - listed) == []


def test_env_example_lists_only_real_settings() -> None:
    listed = set(EXAMPLE_LINE.findall(ENV_EXAMPLE.read_text()))
    assert sorted(listed - settings_variables()) == []


@pytest.mark.parametrize("name", ["CLOSEKNIT_SECRET_KEY", "CLOSEKNIT_ENCRYPTION_KEYS"])
def test_env_example_holds_no_key(name: str) -> None:
    # A key copied from the example would be known to everyone who read it.
    assert re.search(rf"^{name}=$", ENV_EXAMPLE.read_text(), re.MULTILINE)
