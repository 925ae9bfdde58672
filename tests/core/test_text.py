from __future__ import annotations

import doctest

import pytest

from closeknit_core import text
from closeknit_core.text import has_visible_character, tidy_name


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Sam", "Sam"),
        ("  Sam   Lee  ", "Sam Lee"),
        ("Sam\u200bLee", "SamLee"),
        ("\u202eevil", "evil"),
        ("Sam\x00\x07", "Sam"),
        ("Zoë ❤️", "Zoë ❤️"),
        ("\u200b\u202e", ""),
        ("\U0001f469\u200d\U0001f467", "\U0001f469\u200d\U0001f467"),
    ],
)
def test_tidy_name_drops_invisible_characters(typed: str, shown: str) -> None:
    assert tidy_name(typed) == shown


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [("Jo", True), ("7", True), ("❤", True), ("\u0301\u0301", False), ("", False), (" ", False)],
)
def test_has_visible_character_sees_only_what_shows(candidate: str, expected: bool) -> None:
    assert has_visible_character(candidate) is expected


def test_text_doctests_pass() -> None:
    assert doctest.testmod(text).failed == 0
