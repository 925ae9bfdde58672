"""Turn the rule test tables (kind -> examples) into pytest parameters."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

import pytest

from closeknit_core.coach.detectors import detect
from closeknit_core.coach.rules import common
from closeknit_core.coach.types import Kind

T = TypeVar("T")


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


def every_example(
    positives: Mapping[Kind, Sequence[tuple[str, str | None, str]]],
    negatives: Mapping[Kind, Sequence[tuple[str, str | None]]],
) -> list[tuple[str, str | None]]:
    """(text, previous) of every example in both tables, for checks that span all of them."""
    return [(text, previous) for cases in positives.values() for text, previous, _ in cases] + [
        (text, previous) for cases in negatives.values() for text, previous in cases
    ]


def assert_found(kind: Kind, text: str, previous: str | None, quote: str) -> None:
    """``detect`` reports ``kind`` with exactly ``quote``, and every span quotes the text."""
    found = [finding for finding in detect(text, previous) if finding.kind == kind]
    assert quote in [finding.quote for finding in found]
    assert all(text[finding.start : finding.end] == finding.quote for finding in found)


def assert_not_found(kind: Kind, text: str, previous: str | None) -> None:
    assert kind not in {finding.kind for finding in detect(text, previous)}


def assert_gating_changes_nothing(monkeypatch: pytest.MonkeyPatch, run: Callable[[], T]) -> None:
    """``run()`` gives the same with the key-word gate on and off (the gate only saves time)."""
    gated = run()
    monkeypatch.setattr(common, "IS_GATED", False)
    assert run() == gated
