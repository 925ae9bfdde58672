"""Small, pure helpers for text that people type."""

from __future__ import annotations

import unicodedata

# Control characters (Cc) and invisible formatting characters (Cf: zero-width
# spaces, right-to-left overrides) can make a name look blank or like another's.
INVISIBLE_CATEGORIES = {"Cc", "Cf"}
# ...except the joiners that emoji sequences and several scripts need to render.
KEPT_JOINERS = {"\u200c", "\u200d"}


def tidy_name(text: str) -> str:
    """A name as it should be shown: no invisible characters, single spaces.

    >>> tidy_name("  Sam\\u200b  Lee\\u202e ")
    'Sam Lee'
    """
    visible = "".join(
        character
        for character in text
        if character in KEPT_JOINERS or unicodedata.category(character) not in INVISIBLE_CATEGORIES
    )
    return " ".join(visible.split())


def has_visible_character(text: str) -> bool:
    """Whether ``text`` shows anything: combining marks alone show nothing.

    >>> has_visible_character("\\u0301\\u0301"), has_visible_character("Jo")
    (False, True)
    """
    # Letters, numbers, punctuation and symbols (emoji included) are what can be seen.
    return any(unicodedata.category(character)[0] in "LNPS" for character in text)
