"""Helpers shared by the rules: where a sentence or clause starts and ends."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.coach.rules.common import (
    CLAUSE_BREAKS,
    SENTENCE_BREAKS,
    last_break,
    next_break,
)

TEXTS = st.text(alphabet="ab .!?\n,;:'\u2019", max_size=60)
BREAKS = st.sampled_from([SENTENCE_BREAKS, CLAUSE_BREAKS, ".!?\n;", "."])


@given(TEXTS, BREAKS, st.data())
def test_last_break_is_just_after_the_last_break_in_reach(
    text: str, breaks: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) + 2))
    limit = data.draw(st.integers(0, 80))
    floor = max(0, position - limit)
    after_breaks = [
        index + 1 for index in range(floor, min(position, len(text))) if text[index] in breaks
    ]

    assert last_break(text, position, breaks, limit) == max(after_breaks, default=floor)


@given(TEXTS, BREAKS, st.data())
def test_next_break_is_the_first_break_in_reach(
    text: str, breaks: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) + 2))
    limit = data.draw(st.integers(0, 80))
    ceiling = min(len(text), position + limit)
    breaks_found = [index for index in range(position, ceiling) if text[index] in breaks]

    assert next_break(text, position, breaks, limit) == min(breaks_found, default=ceiling)
