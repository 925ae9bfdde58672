"""A whole conversation: findings in context, interruptions, loops, repairs and balance.

Most tests inject a small fake detector (phrases mapped to kinds) so that they check
the structure of the analysis, not the detectors; the last few use the real detectors.
"""

from __future__ import annotations

import doctest
import math
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeknit_core.coach import conversation, exchanges, repairs
from closeknit_core.coach.content import kind_text
from closeknit_core.coach.conversation import (
    ConversationAnalysis,
    CycleKind,
    Exchange,
    InterruptionCue,
    RepairOutcome,
    analyze_conversation,
    wording,
)
from closeknit_core.coach.repairs import RepairKind, find_repair_cue, shares_distress
from closeknit_core.coach.transcript import Turn, parse_transcript
from closeknit_core.coach.types import Finding, Kind

PHRASES = {
    "you never": Kind.CRITICISM,
    "you always": Kind.CRITICISM,
    "not my fault": Kind.DEFENSIVENESS,
    "whatever": Kind.STONEWALLING,
    "pathetic": Kind.CONTEMPT,
    "you just want": Kind.MIND_READING,
    "i feel": Kind.I_STATEMENT,
    "makes sense": Kind.VALIDATION,
    "what do you mean": Kind.CLARIFYING_QUESTION,
    "so you're saying": Kind.PARAPHRASE,
}


def fake_detect(text: str, previous: str | None = None) -> tuple[Finding, ...]:
    """Every phrase of PHRASES in ``text``, as a finding of its kind."""
    return tuple(
        Finding(kind, match.start(), match.end(), match.group(), f"{kind.value} (fake)")
        for phrase, kind in PHRASES.items()
        for match in re.finditer(re.escape(phrase), text, re.IGNORECASE)
    )


def analyse(*lines: str) -> ConversationAnalysis:
    """Analyse ``"Name: text"`` lines with the fake detector."""
    turns = [Turn(*(part.strip() for part in line.split(":", 1))) for line in lines]
    return analyze_conversation(turns, fake_detect)


def kinds_of(result: ConversationAnalysis) -> list[set[str]]:
    return [{finding.kind.value for finding in turn.findings} for turn in result.turns]


def cycle_kinds(result: ConversationAnalysis) -> list[CycleKind]:
    return [cycle.kind for cycle in result.cycles]


def summary(result: ConversationAnalysis, speaker: str) -> conversation.SpeakerSummary:
    return next(item for item in result.speakers if item.speaker == speaker)


# Findings per turn, in context


def test_turn_findings_come_from_the_detector() -> None:
    result = analyse("Sam: You never call.", "Alex: It's not my fault.")
    assert kinds_of(result) == [{"criticism"}, {"defensiveness"}]
    finding = result.turns[0].findings[0]
    assert result.turns[0].turn.text[finding.start : finding.end] == finding.quote


def test_each_turn_is_read_against_the_other_persons_latest_turn() -> None:
    seen: list[tuple[str, str | None]] = []

    def recording(text: str, previous: str | None = None) -> tuple[Finding, ...]:
        seen.append((text, previous))
        return ()

    turns = [Turn("Sam", "one"), Turn("Sam", "two"), Turn("Alex", "three"), Turn("Alex", "four")]
    result = analyze_conversation(turns, recording)
    assert seen == [("one", None), ("two", None), ("three", "two"), ("four", "two")]
    assert [turn.replies_to for turn in result.turns] == [None, None, 1, 1]


def test_with_three_people_a_turn_is_read_against_anyone_elses_latest_turn() -> None:
    seen: list[str | None] = []

    def recording(text: str, previous: str | None = None) -> tuple[Finding, ...]:
        seen.append(previous)
        return ()

    turns = [Turn("Sam", "a"), Turn("Alex", "b"), Turn("Jo", "c"), Turn("Sam", "d")]
    analyze_conversation(turns, recording)
    assert seen == [None, "a", "b", "c"]


def test_an_empty_conversation_gives_an_empty_analysis() -> None:
    result = analyze_conversation([], fake_detect)
    assert (result.turns, result.speakers, result.cycles) == ((), (), ())


# Interruptions


@pytest.mark.parametrize(
    ("text", "mark", "cue"),
    [
        ("I was going to say-", "-", InterruptionCue.DASH),
        ("I was going to say \u2013", "\u2013", InterruptionCue.DASH),
        ("I was going to say—  ", "—", InterruptionCue.DASH),
        ("I was going to say--", "--", InterruptionCue.DASH),
        ("I just thought...", "...", InterruptionCue.ELLIPSIS),
        ("I just thought…", "…", InterruptionCue.ELLIPSIS),
    ],
)
def test_a_turn_ending_in_a_dash_or_ellipsis_before_the_other_speaks_is_cut_off(
    text: str, mark: str, cue: InterruptionCue
) -> None:
    result = analyze_conversation([Turn("Sam", text), Turn("Alex", "Yes, yes.")], fake_detect)
    [interruption] = result.interruptions
    assert (interruption.turn, interruption.by_turn, interruption.cue) == (0, 1, cue)
    [finding] = result.turns[0].findings
    assert finding.kind is Kind.INTERRUPTING
    assert finding.quote == mark
    assert text[finding.start : finding.end] == mark
    assert finding.explanation == kind_text(Kind.INTERRUPTING).explanation
    assert finding.antidote == kind_text(Kind.INTERRUPTING).antidote


def test_overlapping_times_mean_a_turn_was_cut_off() -> None:
    turns = [Turn("Sam", "I wanted to tell you", 0.0, 5.0), Turn("Alex", "Wait", 4.0, 6.0)]
    result = analyze_conversation(turns, fake_detect)
    assert [(i.turn, i.cue) for i in result.interruptions] == [(0, InterruptionCue.OVERLAP)]
    assert result.turns[0].findings[0].quote == "you"


def test_an_interruption_counts_as_a_move_of_the_person_who_cut_in() -> None:
    result = analyse("Sam: I was going to—", "Alex: Right.")
    assert (summary(result, "Sam").negative, summary(result, "Alex").negative) == (0, 1)
    assert result.turns[1].findings == ()


@pytest.mark.parametrize(
    "turns",
    [
        # The same person goes on after trailing off: nobody cut in.
        [Turn("Sam", "I don't know..."), Turn("Sam", "maybe"), Turn("Alex", "Okay.")],
        # A dash in the middle of a sentence.
        [Turn("Sam", "I went - well, we went - home."), Turn("Alex", "Nice.")],
        [Turn("Sam", "A well-known place."), Turn("Alex", "Nice.")],
        # A turn that is only an ellipsis or a dash is a silence, not a sentence cut short.
        [Turn("Sam", "..."), Turn("Alex", "Hello?")],
        [Turn("Sam", " \u2014 "), Turn("Alex", "Hello?")],
        # Two dots are not an ellipsis.
        [Turn("Sam", "Fine.."), Turn("Alex", "Okay.")],
        # The last turn has nobody after it.
        [Turn("Alex", "Okay."), Turn("Sam", "I was going to-")],
        # A pause between turns, and turns that just touch.
        [Turn("Sam", "Hi", 0.0, 2.0), Turn("Alex", "Hey", 3.0, 4.0)],
        [Turn("Sam", "Hi", 0.0, 2.0), Turn("Alex", "Hey", 2.0, 4.0)],
        # Overlap with oneself, and times out of order.
        [Turn("Sam", "Hi", 0.0, 5.0), Turn("Sam", "again", 1.0, 6.0)],
        [Turn("Sam", "Hi", 10.0, 15.0), Turn("Alex", "Hey", 2.0, 4.0)],
        # No end time: nothing to compare.
        [Turn("Sam", "Hi", 0.0), Turn("Alex", "Hey", 0.5)],
    ],
)
def test_no_interruption_where_nobody_was_cut_off(turns: list[Turn]) -> None:
    result = analyze_conversation(turns, fake_detect)
    assert result.interruptions == ()
    assert all(Kind.INTERRUPTING not in turn.kinds for turn in result.turns)


# Cycles


def test_criticism_met_by_defending_is_a_cycle_counted_each_time() -> None:
    result = analyse(
        "Sam: You never help with dinner.",
        "Alex: That's not my fault, I work late.",
        "Sam: You always have a reason.",
        "Alex: It's not my fault!",
    )
    [cycle] = result.cycles
    assert cycle.kind is CycleKind.CRITICISM_DEFENSIVENESS
    assert cycle.exchanges == (Exchange(0, 1), Exchange(2, 3))
    assert cycle.turns == (0, 1, 2, 3)
    assert result.observations[0].startswith(
        "A complaint about the person was met by defending, twice: "
    )


def test_criticism_met_calmly_is_no_cycle() -> None:
    result = analyse("Sam: You never help.", "Alex: I feel bad about that.")
    assert result.cycles == ()
    assert wording()["observations"]["no_loops"] in result.observations


def test_a_run_of_turns_is_answered_as_a_whole() -> None:
    result = analyse("Sam: You never help.", "Sam: Seriously.", "Alex: Not my fault.")
    assert result.cycles[0].exchanges == (Exchange(0, 2),)


def test_pursue_and_withdraw_needs_to_repeat() -> None:
    once = analyse("Sam: Can we talk about the trip?", "Alex: Whatever.")
    assert once.cycles == ()
    twice = analyse(
        "Sam: Can we talk about the trip?",
        "Alex: Whatever.",
        "Sam: I feel shut out when we don't plan together.",
        "Alex: Whatever you want.",
    )
    [cycle] = twice.cycles
    assert cycle.kind is CycleKind.PURSUE_WITHDRAW
    assert cycle.exchanges == (Exchange(0, 1), Exchange(2, 3))
    assert "pursue and withdraw" in twice.observations[0]


def test_contempt_answered_by_criticism_is_an_escalation() -> None:
    result = analyse("Sam: That's pathetic.", "Alex: You always do this.", "Sam: Okay.")
    [cycle] = result.cycles
    assert (cycle.kind, cycle.exchanges, cycle.is_growing) == (
        CycleKind.CONTEMPT_ESCALATION,
        (Exchange(0, 1),),
        False,
    )


def test_contempt_that_keeps_going_is_a_growing_escalation() -> None:
    result = analyse(
        "Sam: Pathetic.",
        "Alex: You never listen, pathetic yourself.",
        "Sam: You always say that. Pathetic.",
        "Alex: I feel tired.",
    )
    [cycle] = result.cycles
    assert cycle.kind is CycleKind.CONTEMPT_ESCALATION
    assert cycle.exchanges == (Exchange(0, 1), Exchange(1, 2))
    assert cycle.is_growing
    assert "kept growing" in result.observations[0]


def test_separate_escalations_make_one_observation() -> None:
    result = analyse(
        "Sam: Pathetic.",
        "Alex: You never listen.",
        "Sam: I feel tired.",
        "Alex: Pathetic.",
        "Sam: You always say that.",
    )
    assert cycle_kinds(result) == [CycleKind.CONTEMPT_ESCALATION] * 2
    notes = [note for note in result.observations if "scornful" in note]
    assert len(notes) == 1
    assert notes[0].startswith("A scornful moment was answered with more sharpness, twice.")


def test_criticism_answered_by_criticism_without_contempt_is_no_escalation() -> None:
    result = analyse("Sam: You never call.", "Alex: You always nag.")
    assert result.cycles == ()


def test_contempt_answered_calmly_is_no_escalation() -> None:
    assert analyse("Sam: Pathetic.", "Alex: I feel hurt by that.").cycles == ()


# Repair attempts


def test_a_repair_taken_up() -> None:
    result = analyse(
        "Sam: You never listen.",
        "Alex: I'm sorry, I got caught up.",
        "Sam: That makes sense, thanks.",
    )
    [repair] = result.repairs
    assert (repair.turn, repair.kind, repair.quote, repair.reply) == (
        1,
        RepairKind.APOLOGY,
        "I'm sorry",
        2,
    )
    assert repair.is_taken_up
    assert any("was taken up" in note for note in result.observations)


def test_a_repair_not_taken_up() -> None:
    result = analyse("Sam: You never listen.", "Alex: Can we start over?", "Sam: Whatever.")
    [repair] = result.repairs
    assert (repair.kind, repair.outcome) == (RepairKind.FRESH_START, RepairOutcome.NOT_TAKEN_UP)
    assert any("without being taken up" in note for note in result.observations)


def test_a_reply_with_a_pitfall_and_a_good_habit_still_takes_the_repair_up() -> None:
    result = analyse("Sam: Let's take a break.", "Alex: Makes sense, though you never stop.")
    assert result.repairs[0].outcome is RepairOutcome.TAKEN_UP


def test_an_apology_with_a_jab_in_reply_does_not_take_a_repair_up() -> None:
    result = analyse("Sam: Can we start over?", "Alex: I'm sorry. But you never listen.")
    assert result.repairs[0].outcome is RepairOutcome.NOT_TAKEN_UP


def test_a_repair_at_the_end_is_unanswered() -> None:
    result = analyse("Sam: You never listen.", "Alex: You're right, I'm sorry.")
    [repair] = result.repairs
    assert (repair.reply, repair.outcome) == (None, RepairOutcome.UNANSWERED)


def test_an_apology_with_a_jab_elsewhere_is_no_repair() -> None:
    assert analyse("Sam: I'm sorry. But you never listen.", "Alex: Okay.").repairs == ()


def test_a_pitfall_on_the_repair_words_themselves_does_not_undo_it() -> None:
    def reads_pause_as_withdrawing(text: str, previous: str | None = None) -> tuple[Finding, ...]:
        start = text.find("take a break")
        if start < 0:
            return ()
        return (Finding(Kind.STONEWALLING, start, start + 12, "take a break", "x"),)

    turns = [Turn("Sam", "You never listen."), Turn("Alex", "Can we take a break?")]
    result = analyze_conversation(turns, reads_pause_as_withdrawing)
    assert [repair.kind for repair in result.repairs] == [RepairKind.PAUSE]


def test_laughter_is_a_repair_only_when_things_are_tense() -> None:
    calm = analyse("Sam: The cat ate my sock.", "Alex: haha")
    assert calm.repairs == ()
    tense = analyse("Sam: You never listen.", "Alex: haha okay, fair point", "Sam: Yeah.")
    assert [repair.kind for repair in tense.repairs] == [RepairKind.HUMOUR]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm so sorry.", RepairKind.APOLOGY),
        ("Sorry. That came out wrong.", RepairKind.APOLOGY),
        ("That was unfair of me.", RepairKind.APOLOGY),
        ("I shouldn\u2019t have snapped.", RepairKind.APOLOGY),
        ("Can we take a short break?", RepairKind.PAUSE),
        ("Let's come back to this tomorrow.", RepairKind.PAUSE),
        ("I need a few minutes, then I'll come back to it.", RepairKind.PAUSE),
        ("Can we start over?", RepairKind.FRESH_START),
        ("Let me say that again.", RepairKind.FRESH_START),
        ("That came out wrong.", RepairKind.FRESH_START),
        ("You're right.", RepairKind.AGREEMENT),
        ("Fair point.", RepairKind.AGREEMENT),
        ("We're on the same team here.", RepairKind.REASSURANCE),
        ("I don't want to fight.", RepairKind.REASSURANCE),
        ("We'll figure it out.", RepairKind.REASSURANCE),
    ],
)
def test_repair_phrases_are_recognised(text: str, kind: RepairKind) -> None:
    cue = find_repair_cue(text)
    assert cue is not None
    assert cue.kind is kind
    assert text[cue.start : cue.end] == cue.quote


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry you feel that way.",
        "I'm sorry if you were upset.",
        "Sorry, but that's how it is.",
        "Sorry?",
        "I'm not sorry.",
        "You should be sorry.",
        "I feel sorry for you.",
        "I need a break from you.",
        "haha",  # laughter alone, with nothing tense before it
        "Are you right about that?",
    ],
)
def test_what_only_sounds_like_a_repair_is_not_one(text: str) -> None:
    assert find_repair_cue(text) is None


# Balance of moves


def test_ratio_of_positive_to_negative_moves() -> None:
    result = analyse(
        "Sam: I feel tired. What do you mean? So you're saying it makes sense?",
        "Alex: I feel the same. Whatever.",
        "Sam: You never rest. I'm sorry, I feel bad saying that.",
    )
    sam = summary(result, "Sam")
    # Sam: i_statement, clarifying_question, paraphrase, validation; i_statement;
    # an apology that is no repair (the same turn criticises); criticism.
    assert (sam.positive, sam.negative, sam.ratio) == (5, 1, 5.0)
    alex = summary(result, "Alex")
    assert (alex.positive, alex.negative, alex.ratio) == (1, 1, 1.0)
    assert any("about 3 to 1" in note for note in result.observations)


def test_each_kind_counts_once_per_turn() -> None:
    result = analyse("Sam: You never call, you never write.", "Alex: Hm.")
    assert summary(result, "Sam").negative == 1


def test_no_negative_moves_gives_no_ratio_and_no_division() -> None:
    result = analyse("Sam: I feel lonely lately.", "Alex: That makes sense.")
    for speaker in result.speakers:
        assert speaker.negative == 0
        assert speaker.ratio is None
        assert not speaker.has_negatives
    assert result.observations[-1] == wording()["observations"]["balance_no_harder_moves"].format(
        positive=2
    )


def test_no_positive_moves_is_said_without_a_zero_ratio() -> None:
    result = analyse("Sam: You never call.", "Alex: Not my fault.")
    balance = wording()["observations"]["balance_no_warm_moves"].format(negative=2)
    assert balance in result.observations
    assert not any("0 to 1" in note for note in result.observations)
    assert summary(result, "Sam").ratio == 0.0


def test_talk_balance_shares_words_and_turns() -> None:
    result = analyse("Sam: one two three", "Alex: four", "Sam: five six seven eight")
    sam, alex = summary(result, "Sam"), summary(result, "Alex")
    assert (sam.words, alex.words, sam.turns, alex.turns) == (7, 1, 2, 1)
    assert sam.word_share == pytest.approx(7 / 8)
    assert sam.turn_share == pytest.approx(2 / 3)
    assert math.isclose(sam.word_share + alex.word_share, 1.0)


def test_talk_balance_of_wordless_turns_is_zero_not_an_error() -> None:
    result = analyze_conversation([Turn("Sam", ""), Turn("Alex", " ")], fake_detect)
    assert [speaker.word_share for speaker in result.speakers] == [0.0, 0.0]


def test_uneven_talk_is_described_without_naming_anyone() -> None:
    long = " ".join(["word"] * 40)
    result = analyse(f"Sam: {long}", "Alex: ok")
    note = [n for n in result.observations if n.startswith("Most of the words")]
    assert note == [wording()["observations"]["talk_uneven"].format(percent=98)]
    assert not any("Most of the words" in n for n in analyse("Sam: a b c", "Alex: d").observations)


# Listening


def test_listening_counts_paraphrases_and_clarifying_questions() -> None:
    result = analyse(
        "Sam: The week was a lot.",
        "Alex: What do you mean? So you're saying work was hard?",
        "Sam: Yes.",
        "Alex: So you're saying you need rest.",
    )
    listening = summary(result, "Alex").listening
    assert (listening.paraphrases, listening.clarifying_questions) == (2, 1)
    assert listening.validations_after_disclosure == 0


def test_validation_right_after_a_disclosure_is_counted() -> None:
    result = analyse(
        "Sam: I feel lost since the move.",
        "Alex: That makes sense.",
        "Sam: I've been so scared about money.",
        "Alex: Hm.",
        "Alex: That makes sense.",
        "Sam: The car is blue.",
        "Alex: Makes sense.",
    )
    assert summary(result, "Alex").listening.validations_after_disclosure == 2
    assert any(note.startswith("Something personal was shared") for note in result.observations)


@pytest.mark.parametrize(
    ("text", "is_distress"),
    [
        ("I've been so lonely.", True),
        ("It makes me sad when we fight.", True),
        ("I\u2019m scared of losing you.", True),
        ("Don't be sad.", False),
        ("You seem worried.", False),
        ("I bought bread. The film was sad.", False),
    ],
)
def test_sadness_or_fear_is_shared_only_in_the_first_person(text: str, is_distress: bool) -> None:
    assert shares_distress(text) is is_distress


# Observations speak of both people


def test_observations_never_name_the_people_talking() -> None:
    result = analyse(
        "Samantha: You never help. Pathetic.",
        "Alexander: Not my fault. You always blame me.",
        "Samantha: Whatever.",
        "Alexander: What do you mean?",
        "Samantha: Whatever.",
        "Alexander: I'm sorry.",
        "Samantha: Whatever.",
    )
    assert len(result.observations) >= 4
    for note in result.observations:
        assert "Samantha" not in note
        assert "Alexander" not in note
        assert "healthier" not in note.lower()
        assert "fault" not in note.lower()


# Wording


def test_wording_file_has_every_key_with_text_that_formats() -> None:
    words = wording()
    for section, keys in conversation.WORDING_KEYS.items():
        assert set(words[section]) == set(keys)
        for key in keys:
            words[section][key].format(
                times="", count=2, positive=1, negative=1, ratio="1", percent=80
            )


def test_wording_file_is_valid_toml_with_a_version() -> None:
    data = tomllib.loads(conversation.CONTENT_PATH.read_text())
    assert data["version"] == 1


def test_wording_with_a_missing_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "conversation.toml"
    path.write_text('[times]\nonce = ""\ntwice = ", twice"\n')
    with pytest.raises(ValueError, match="many"):
        wording(path)


def test_conversation_exchanges_and_repairs_doctests_pass() -> None:
    assert doctest.testmod(conversation).failed == 0
    assert doctest.testmod(exchanges).failed == 0
    assert doctest.testmod(repairs).failed == 0


# Arbitrary input

times = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))
turns_strategy = st.lists(
    st.builds(Turn, st.sampled_from(["Sam", "Alex", "Jo", ""]), st.text(max_size=80), times, times),
    max_size=12,
)


@given(turns_strategy)
def test_analyze_conversation_never_raises_on_arbitrary_turns(turns: list[Turn]) -> None:
    result = analyze_conversation(turns, fake_detect)
    assert len(result.turns) == len(turns)
    for turn in result.turns:
        for finding in turn.findings:
            assert turn.turn.text[finding.start : finding.end] == finding.quote


# With the real detectors


def analyse_for_real(text: str) -> ConversationAnalysis:
    return analyze_conversation(parse_transcript(text).turns)


def test_real_detectors_see_criticism_met_by_defending() -> None:
    result = analyse_for_real(
        "Sam: You never help with the dishes.\n"
        "Alex: It's not my fault, I work late. You're the one who leaves a mess."
    )
    assert cycle_kinds(result) == [CycleKind.CRITICISM_DEFENSIVENESS]
    assert result.cycles[0].exchanges == (Exchange(0, 1),)
    assert result.observations[0].startswith("A complaint about the person was met by defending")


def test_real_detectors_see_pursue_and_withdraw() -> None:
    result = analyse_for_real(
        "Sam: Can we talk about the weekend?\n"
        "Alex: Whatever.\n"
        "Sam: I feel lonely when we don't plan things together.\n"
        "Alex: Forget it."
    )
    assert CycleKind.PURSUE_WITHDRAW in cycle_kinds(result)


def test_real_detectors_see_contempt_escalate() -> None:
    result = analyse_for_real(
        "Sam: Oh great, another genius idea from you. Pathetic.\n"
        "Alex: You're such an idiot, you never think before you speak.\n"
        "Sam: Wow, what a loser."
    )
    [cycle] = result.cycles
    assert cycle.kind is CycleKind.CONTEMPT_ESCALATION
    assert cycle.is_growing


def test_real_detectors_with_a_repair_taken_up_and_listening() -> None:
    result = analyse_for_real(
        "[00:00-00:04] Sam: You never listen to me.\n"
        "[00:05-00:09] Alex: I'm sorry, you're right. I was distracted.\n"
        "[00:10-00:16] Sam: I feel lonely when you look at your phone while I talk.\n"
        "[00:17-00:20] Alex: That makes sense."
    )
    assert [(r.kind, r.outcome) for r in result.repairs] == [
        (RepairKind.APOLOGY, RepairOutcome.TAKEN_UP)
    ]
    assert summary(result, "Alex").listening.validations_after_disclosure == 1
    assert summary(result, "Alex").ratio is None
    assert result.interruptions == ()


def test_real_detectors_with_an_interruption() -> None:
    result = analyse_for_real(
        "[00:01-00:06] Sam: I wanted to tell you that I\u2014\n[00:05-00:08] Alex: Not now."
    )
    assert [(i.turn, i.by_turn) for i in result.interruptions] == [(0, 1)]
    assert Kind.INTERRUPTING in result.turns[0].kinds
    assert summary(result, "Alex").negative >= 1


@settings(max_examples=50, deadline=None)
@given(turns_strategy)
def test_analyze_conversation_with_real_detectors_never_raises(turns: list[Turn]) -> None:
    result = analyze_conversation(turns)
    for turn in result.turns:
        for finding in turn.findings:
            assert turn.turn.text[finding.start : finding.end] == finding.quote
