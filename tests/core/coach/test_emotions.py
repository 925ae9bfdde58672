"""Emotion scores from the lexicon: a distribution over Ekman's six plus neutral."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.coach import EMOTIONS, emotion_scores


def strongest(text: str) -> str:
    scores = emotion_scores(text)
    return max(scores, key=scores.__getitem__)


@given(st.text(max_size=300))
def test_emotion_scores_sum_to_one_over_every_emotion(text: str) -> None:
    scores = emotion_scores(text)
    assert list(scores) == list(EMOTIONS)
    assert sum(scores.values()) == pytest.approx(1.0)
    assert all(0.0 <= score <= 1.0 for score in scores.values())


@pytest.mark.parametrize("text", ["", "See you at 7", "The train leaves from platform 4."])
def test_emotion_scores_are_neutral_without_feeling_words(text: str) -> None:
    assert emotion_scores(text)["neutral"] == 1.0


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("I'm so angry right now", "anger"),
        ("This is absolutely disgusting", "disgust"),
        ("I'm scared about the test results", "fear"),
        ("We had such a lovely day, I'm so happy", "joy"),
        ("I feel lonely and sad tonight", "sadness"),
        ("Whoa, I did not expect that at all, what a shock", "surprise"),
        ("I miss you 😢", "sadness"),
        ("😡😡", "anger"),
        ("i am SO frustrated with this", "anger"),
    ],
)
def test_emotion_scores_pick_the_obvious_emotion(text: str, emotion: str) -> None:
    assert strongest(text) == emotion


def test_emotion_scores_negation_turns_joy_toward_sadness() -> None:
    scores = emotion_scores("I'm not happy about this")
    assert scores["joy"] == 0.0
    assert scores["sadness"] > 0.0


def test_emotion_scores_negation_cancels_other_emotions() -> None:
    assert emotion_scores("I'm not angry, just curious")["anger"] == 0.0
    assert emotion_scores("I wasnt scared")["fear"] == 0.0


def test_emotion_scores_intensifiers_strengthen_and_softeners_weaken() -> None:
    plain = emotion_scores("I am angry")["anger"]
    assert emotion_scores("I am really angry")["anger"] > plain
    assert emotion_scores("I am a bit angry")["anger"] < plain


def test_emotion_scores_read_only_the_start_of_a_huge_text() -> None:
    scores = emotion_scores("happy " * 200_000)
    assert strongest("happy " * 200_000) == "joy"
    assert sum(scores.values()) == pytest.approx(1.0)


def test_emotion_scores_read_a_two_word_entry_as_one_phrase() -> None:
    assert strongest("I am fed up") == "anger"


def test_emotion_scores_read_no_phrase_across_a_clause_break() -> None:
    assert emotion_scores("I was fed. Up we go")["neutral"] == 1.0
