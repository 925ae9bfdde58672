"""What every finding promises, whatever its kind: exact spans, order, explanations."""

from __future__ import annotations

import doctest
import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.coach import HABITS, MESSAGE_KINDS, PITFALLS, Kind, detect
from closeknit_core.coach.content import kind_text
from closeknit_core.coach.rules import common
from tests.core.coach import test_rules_habits, test_rules_pitfalls

# Everyday messages and near misses, used to check the promises below on more than the tables.
EVERYDAY = [
    "Running 10 minutes late, sorry!",
    "Can you grab milk on your way home?",
    "Happy birthday! Hope you have the best day \u2764\ufe0f",
    "Whatever you're cooking smells amazing.",
    "I'm done! Finished the report finally.",
    "I don't care what the critics say, I loved that film.",
    "Never mind the dishes, I'll do them tomorrow.",
    "Fine, let's do pizza then.",
    "You never let me pay, it's sweet but let me get this one.",
    "You're such a nerd haha",
    "I'm sorry, you're right.",
    "I know you hate mornings, so I made coffee.",
    "You just want to sleep in, don't you? \U0001f604",
    "What's wrong? You seem quiet.",
    "What is wrong with the printer?",
    "Why do you always smell so good?",
    "You never looked better!",
    "Congratulations on the new job!",
    "Congratulations, you ruined dinner.",
    "You can't even imagine how happy I am!",
    "You're just saying that to make me feel better.",
    "What do you want for dinner?",
    "Oh sure, blame me like always.",
    "It wasn't my fault, but I'm sorry it happened.",
    "Do whatever you want, I don't care anymore.",
    "I need some space tonight, can we talk tomorrow morning?",
    "You are so cold to me lately.",
    "Stop being so dramatic.",
    "Why can't you ever just relax, can you?",
    "So you think they'll hate you?",
    "How nice of you to finally show up.",
    "Thanks for gracing us with your presence.",
    "Must be nice to have so much free time.",
    "How nice of you to bring flowers!",
    "I'm sorry I'm not perfect.",
    "I can't win with you.",
    "We're done.",
    "We're done!! \U0001f389",
    "Let's just drop it.",
    "You're only with me for the money.",
    "You've stopped trying.",
    "What I need is a bit more help on weekends.",
    "When you're late, I worry.",
    "I feel like we haven't talked in ages.",
    "I get where you're coming from.",
    "I can only imagine how hard that is.",
    "Did I do something to upset you?",
    "What you're saying is you need more time.",
    "Let me check I've got this right: you want to move in spring?",
    "You can't even boil an egg.",
    "You never look at me anymore.",
    "You never looked better!",
    "Do you want a medal?",
    "Wow, you actually did something for once.",
]
EXAMPLES = (
    [(text, None) for text in EVERYDAY]
    + [
        (text, previous)
        for module in (test_rules_pitfalls, test_rules_habits)
        for cases in module.POSITIVES.values()
        for text, previous, _ in cases
    ]
    + [
        (text, previous)
        for module in (test_rules_pitfalls, test_rules_habits)
        for cases in module.NEGATIVES.values()
        for text, previous in cases
    ]
)
CORE_MODULES = [
    "closeknit_core.coach",
    "closeknit_core.coach.content",
    "closeknit_core.coach.detectors",
    "closeknit_core.coach.emotions",
    "closeknit_core.coach.rewrites",
    "closeknit_core.coach.rules.closeness",
    "closeknit_core.coach.rules.common",
    "closeknit_core.coach.rules.contempt",
    "closeknit_core.coach.rules.criticism",
    "closeknit_core.coach.rules.defensiveness",
    "closeknit_core.coach.rules.i_statement",
    "closeknit_core.coach.rules.mind_reading",
    "closeknit_core.coach.rules.questions",
    "closeknit_core.coach.rules.stonewalling",
    "closeknit_core.coach.rules.validation",
]


@pytest.mark.parametrize(("text", "previous"), EXAMPLES)
def test_detect_spans_quote_the_text_in_order(text: str, previous: str | None) -> None:
    findings = detect(text, previous)
    assert all(text[f.start : f.end] == f.quote and f.quote.strip() == f.quote for f in findings)
    assert [f.start for f in findings] == sorted(f.start for f in findings)


@pytest.mark.parametrize(("text", "previous"), EXAMPLES)
def test_detect_explains_every_finding_and_offers_an_antidote_for_pitfalls(
    text: str, previous: str | None
) -> None:
    for finding in detect(text, previous):
        assert finding.explanation == kind_text(finding.kind).explanation
        assert (finding.antidote is not None) == (finding.kind in PITFALLS)


@pytest.mark.parametrize(("text", "previous"), EXAMPLES)
def test_detect_gating_never_changes_a_result(
    text: str, previous: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = detect(text, previous)
    monkeypatch.setattr(common, "IS_GATED", False)
    assert detect(text, previous) == gated


@given(
    st.text(alphabet=st.sampled_from(list("you never always so lazy fine? I'm ,.!\"")), max_size=80)
)
def test_detect_gating_never_changes_a_result_on_word_salad(text: str) -> None:
    gated = detect(text)
    common.IS_GATED = False
    try:
        assert detect(text) == gated
    finally:
        common.IS_GATED = True


def test_detect_never_reports_interrupting() -> None:
    text = "You never let me fini— whatever. I'm done."
    assert Kind.INTERRUPTING not in {f.kind for f in detect(text, "Wait, I wasn't—")}
    assert Kind.INTERRUPTING not in MESSAGE_KINDS


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x07", "🙂🙂", "...?!"])
def test_detect_finds_nothing_in_empty_or_wordless_text(text: str) -> None:
    assert detect(text) == ()


def test_detect_ignores_reported_words_in_quotation_marks() -> None:
    assert detect('My friend said "whatever, you never listen" to her boss.') == ()
    assert detect("\u201cyou never listen\u201d is what he told me") == ()


def test_detect_reads_a_message_that_is_one_quotation() -> None:
    assert {f.kind for f in detect('"You never listen"')} == {Kind.CRITICISM}


def test_detect_handles_texting_style_case_and_apostrophes() -> None:
    kinds = {f.kind for f in detect("U NEVER LISTEN. youre so selfish. u dont even care. whatever")}
    assert {Kind.CRITICISM, Kind.MIND_READING, Kind.STONEWALLING} <= kinds
    assert {f.kind for f in detect("You\u2019re so lazy")} == {Kind.CRITICISM}


def test_detect_yes_but_is_defensiveness_not_validation() -> None:
    kinds = [f.kind for f in detect("You're right, but you started it.")]
    assert kinds == [Kind.DEFENSIVENESS]


def test_detect_i_statement_around_an_attack_is_not_an_i_statement() -> None:
    kinds = {f.kind for f in detect("I feel hurt when you're so selfish.")}
    assert kinds == {Kind.CRITICISM}


def test_detect_habits_and_pitfalls_split_the_vocabulary() -> None:
    assert set(Kind) == HABITS | PITFALLS
    assert not HABITS & PITFALLS


@pytest.mark.parametrize("name", CORE_MODULES)
def test_coach_doctests_pass(name: str) -> None:
    assert doctest.testmod(importlib.import_module(name)).failed == 0
