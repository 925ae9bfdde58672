"""``analyze_message``: findings, emotions and rewrites together, for any string at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeknit_core.coach import EMOTIONS, Kind, MessageAnalysis, analyze_message


def test_analyze_message_brings_findings_emotions_and_rewrites() -> None:
    analysis = analyze_message("You never listen to me, you're so selfish!")
    assert isinstance(analysis, MessageAnalysis)
    assert analysis.kinds == {Kind.CRITICISM}
    assert analysis.has_pitfall
    assert set(analysis.emotions) == set(EMOTIONS)
    assert 1 <= len(analysis.rewrites) <= 3


def test_analyze_message_offers_no_rewrite_for_a_kind_message() -> None:
    analysis = analyze_message("That sounds really hard. What would help right now?")
    assert analysis.kinds == {Kind.VALIDATION, Kind.CLARIFYING_QUESTION}
    assert analysis.rewrites == ()


def test_analyze_message_uses_the_previous_turn() -> None:
    alone = analyze_message("I was busy.")
    answering = analyze_message("I was busy.", previous="You forgot to call me again.")
    assert alone.kinds == frozenset()
    assert answering.kinds == {Kind.DEFENSIVENESS}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.none() | st.text(max_size=200))
def test_analyze_message_never_raises(text: str, previous: str | None) -> None:
    analysis = analyze_message(text, previous)
    assert all(text[f.start : f.end] == f.quote for f in analysis.findings)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "you",
                "never",
                "always",
                "so",
                "lazy",
                "whatever",
                "fine",
                "I",
                "feel",
                "like",
                "?",
                ".",
                ",",
                '"',
                "don't",
                "care",
                "but",
                "sorry",
                "🙄",
                "\x00",
                "\u202e",
                "İ",
                "\n",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_analyze_message_never_raises_on_word_salad(text: str) -> None:
    analysis = analyze_message(text, previous="You never listen.")
    assert all(text[f.start : f.end] == f.quote for f in analysis.findings)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "You never listen. " * 60_000,
        "why? " * 200_000,
        "I " * 500_000,
        '"' * 1_000_000,
        "\x00\x01\x02" * 300_000,
    ],
    ids=["letters", "criticism", "questions", "pronouns", "quotes", "control"],
)
def test_analyze_message_finishes_on_a_megabyte(text: str) -> None:
    analysis = analyze_message(text)
    assert all(text[f.start : f.end] == f.quote for f in analysis.findings)
