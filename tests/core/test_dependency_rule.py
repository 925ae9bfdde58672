"""closeknit_core must stay free of Django and of the closeknit project."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import closeknit_core

CORE_DIR = Path(closeknit_core.__file__).parent
FORBIDDEN = ("django", "closeknit")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_sources_import_no_django_or_project() -> None:
    offenders = [
        f"{path.relative_to(CORE_DIR)}: {name}"
        for path in sorted(CORE_DIR.rglob("*.py"))
        for name in sorted(imported_modules(path))
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_core_imports_without_loading_django() -> None:
    script = (
        "import pkgutil, sys, importlib, closeknit_core\n"
        "for info in pkgutil.walk_packages(closeknit_core.__path__, 'closeknit_core.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'closeknit'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
