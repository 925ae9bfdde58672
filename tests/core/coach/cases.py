"""Turn the rule test tables (kind -> examples) into pytest parameters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from closeknit_core.coach.types import Kind


def positive_cases(table: Mapping[Kind, Sequence[tuple[str, str | None, str]]]) -> list[object]:
    """(kind, text, previous, expected quote) for every example that should be found."""
    return [
        pytest.param(kind, text, previous, quote, id=f"{kind.value}:{quote}")
        for kind, cases in table.items()
        for text, previous, quote in cases
    ]


def negative_cases(table: Mapping[Kind, Sequence[tuple[str, str | None]]]) -> list[object]:
    """(kind, text, previous) for every hard negative that should not be found."""
    return [
        pytest.param(kind, text, previous, id=f"{kind.value}:{text}")
        for kind, cases in table.items()
        for text, previous in cases
    ]
