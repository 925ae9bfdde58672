"""Gentler rewrites: I-statements that keep the message's content and pass the detectors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeknit_core.coach import PITFALLS, Kind, detect, emotion_scores, suggest_rewrites

BEHAVIOURS = [
    "help with the dishes",
    "listen to me",
    "call me back",
    "ask about my day",
    "take out the trash",
    "text me when you're running late",
    "put your phone away at dinner",
    "clean the bathroom",
    "plan anything for us",
    "make time for my friends",
    "walk the dog",
    "say thank you",
    "tidy up after yourself",
]
HABITS_DONE = [
    "leave your socks on the floor",
    "interrupt me",
    "check your phone when I'm talking",
    "cancel plans last minute",
    "forget my birthday",
    "make excuses",
]
TRAITS = ["lazy", "selfish", "careless", "inconsiderate", "rude", "cold", "unreliable"]
TEMPLATES = [
    "You never {behaviour}.",
    "you NEVER {behaviour}!!",
    "Why can't you ever {behaviour}?",
    "I feel like you never {behaviour}.",
    "You never {behaviour}, you're so {trait}.",
    "u never {behaviour} ur so {trait}",
    "You always {habit}.",
    "You always {habit}, what is wrong with you?",
    "You're so {trait}. Whatever.",
    "Oh great, you forgot to {behaviour} again. Thanks a lot.",
    "Well you're the one who forgot to {behaviour}!",
    "You just want to win. You never {behaviour}.",
    "Fine. I'm done.",
]


def kinds_of(text: str) -> set[Kind]:
    return {finding.kind for finding in detect(text)}


@st.composite
def pitfall_messages(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(
        behaviour=draw(st.sampled_from(BEHAVIOURS)),
        habit=draw(st.sampled_from(HABITS_DONE)),
        trait=draw(st.sampled_from(TRAITS)),
    )


@settings(max_examples=300, deadline=None)
@given(pitfall_messages())
def test_suggest_rewrites_offers_only_gentle_i_statements(message: str) -> None:
    findings = detect(message)
    assert any(finding.is_pitfall for finding in findings), message
    rewrites = suggest_rewrites(message, findings)
    assert 1 <= len(rewrites) <= 3
    for rewrite in rewrites:
        kinds = kinds_of(rewrite)
        assert Kind.I_STATEMENT in kinds, rewrite
        assert not kinds & PITFALLS, rewrite


def test_suggest_rewrites_keeps_the_message_s_own_topic() -> None:
    text = "You never help with the dishes, you're so lazy"
    rewrites = suggest_rewrites(text, detect(text))
    assert rewrites[0] == (
        "I feel worn out when I do the dishes on my own most evenings. "
        "Could we share them this week?"
    )
    assert all("dishes" in rewrite for rewrite in rewrites)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("you always leave your socks on the floor", "leave your socks on the floor"),
        ("You forgot my birthday, you idiot.", "forgot my birthday"),
        ("You're always on your phone.", "on your phone"),
        ("you keep interrupting me", "interrupting me"),
        ("Oh great, another brilliant idea.", "idea"),
        ("Why can't you ever just listen to me?", "listen to me"),
    ],
)
def test_suggest_rewrites_reuse_the_behaviour_named(text: str, topic: str) -> None:
    assert topic in suggest_rewrites(text, detect(text))[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Whatever.", "break"),
        ("Well you're the one who forgot the tickets!", "my part"),
        ("You just want to win.", "what was going on for you"),
        ("You're so selfish.", "give and take"),
    ],
)
def test_suggest_rewrites_follow_each_pitfall_s_antidote(text: str, words: str) -> None:
    assert words in suggest_rewrites(text, detect(text))[0]


@pytest.mark.parametrize(
    "text", ["I feel lonely when we don't talk.", "See you at 7!", "", "That makes sense."]
)
def test_suggest_rewrites_offers_nothing_without_a_pitfall(text: str) -> None:
    assert suggest_rewrites(text, detect(text)) == ()


def test_suggest_rewrites_are_deterministic() -> None:
    text = "You never call me back, you're so unreliable."
    assert suggest_rewrites(text, detect(text)) == suggest_rewrites(text, detect(text))


def test_suggest_rewrites_differ_from_each_other() -> None:
    text = "You always leave your socks on the floor."
    rewrites = suggest_rewrites(text, detect(text))
    assert len(set(rewrites)) == len(rewrites)


def test_suggest_rewrites_name_a_need_for_a_bad_role() -> None:
    text = "You are a lousy husband."

    rewrites = suggest_rewrites(text, detect(text))

    assert rewrites
    assert all(rewrite.startswith("I") for rewrite in rewrites)


@pytest.mark.parametrize("text", ["You never listen, I'm so angry!", "Whatever. I'm done."])
def test_suggest_rewrites_give_the_same_with_emotions_passed_in(text: str) -> None:
    findings = detect(text)

    given_scores = suggest_rewrites(text, findings, emotion_scores(text))

    assert given_scores == suggest_rewrites(text, findings)
