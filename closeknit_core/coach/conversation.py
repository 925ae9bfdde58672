"""A look at a whole conversation: findings per turn, interruptions, loops and balance.

``analyze_conversation(turns)`` runs the message detectors on every turn, with the
most recent turn of someone else as context, then looks at how turns answer each other:

- *Interruptions*: a turn ending in a dash or an ellipsis right before someone else
  speaks, or a turn that someone else starts before it ends (by the timestamps). The
  finding sits on the cut-off turn; the move is counted for the person who cut in.
- *Cycles* between a run of one person's turns and the reply that follows it:
  criticism met by defensiveness; pursue and withdraw (a question, complaint or
  criticism met by stonewalling, at least twice); contempt answered by contempt or
  criticism (growing when it runs on for three turns or sharpens).
- *Repair attempts* (see ``repairs``), and whether the reply took them up: it did when
  the reply shows a good habit or a repair of its own, or no pitfall at all.
- *Per speaker*: positive moves (good habits and repair attempts) and negative moves
  (pitfalls), counted once per kind per turn; their ratio (Gottman's 5:1 balance, 1994);
  the share of words and turns; and a listening summary: paraphrases, clarifying
  questions, and validation in the reply right after the other's disclosure (a turn
  with an I-statement, or the speaker's own sadness or fear in words).
- *Observations*: a few sentences from ``content/conversation.toml`` that describe what
  happened between the people, never who is to blame; they name nobody.

With more than two people, each turn is read against the most recent turn of anyone
else, and a run of turns answers the run just before it, whoever spoke it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from closeknit_core.coach.content import kind_text
from closeknit_core.coach.exchanges import (
    Cycle,
    CycleKind,
    Exchange,
    Interruption,
    InterruptionCue,
    RepairAttempt,
    RepairOutcome,
    TurnAnalysis,
    find_cycles,
    find_interruptions,
    find_repairs,
    group_runs,
    latest_other_turns,
    run_kinds,
    trailing_cut,
)
from closeknit_core.coach.repairs import RepairKind, shares_distress
from closeknit_core.coach.transcript import Turn
from closeknit_core.coach.types import HABITS, PITFALLS, Finding, Kind

__all__ = [
    "ConversationAnalysis",
    "Cycle",
    "CycleKind",
    "Detector",
    "Exchange",
    "Interruption",
    "InterruptionCue",
    "Listening",
    "RepairAttempt",
    "RepairKind",
    "RepairOutcome",
    "SpeakerSummary",
    "Turn",
    "TurnAnalysis",
    "analyze_conversation",
]

CONTENT_PATH = Path(__file__).resolve().parent.parent / "content" / "conversation.toml"
WORDING_KEYS: Mapping[str, tuple[str, ...]] = {
    "times": ("once", "twice", "many"),
    "observations": (
        "criticism_defensiveness",
        "pursue_withdraw",
        "contempt_escalation",
        "contempt_escalation_growing",
        "repair_taken_up",
        "repair_not_taken_up",
        "interruptions",
        "listening_after_disclosure",
        "balance",
        "balance_no_warm_moves",
        "balance_no_harder_moves",
        "talk_uneven",
        "no_loops",
    ),
}
# Below this many words, one person "doing most of the talking" says nothing.
TALK_BALANCE_MIN_WORDS = 20
TALK_BALANCE_UNEVEN_SHARE = 0.7
LAST_WORD = re.compile(r"\S+(?=\s*$)")


class Detector(Protocol):
    """The message detectors: findings in ``text``, given the other's ``previous`` turn."""

    def __call__(self, text: str, previous: str | None = None) -> tuple[Finding, ...]: ...


@dataclass(frozen=True)
class Listening:
    """How one person listened: paraphrases, clarifying questions, validation after a disclosure.

    >>> Listening(paraphrases=1, clarifying_questions=2, validations_after_disclosure=0).total
    3
    """

    paraphrases: int = 0
    clarifying_questions: int = 0
    validations_after_disclosure: int = 0

    @property
    def total(self) -> int:
        return self.paraphrases + self.clarifying_questions + self.validations_after_disclosure


@dataclass(frozen=True)
class SpeakerSummary:
    """One person's moves and share of the talk; ``ratio`` is None when there were no negatives.

    >>> SpeakerSummary("Sam", turns=3, words=30, turn_share=0.5, word_share=0.4,
    ...                positive=4, negative=0, listening=Listening()).ratio is None
    True
    """

    speaker: str
    turns: int
    words: int
    turn_share: float
    word_share: float
    positive: int
    negative: int
    listening: Listening

    @property
    def has_negatives(self) -> bool:
        return self.negative > 0

    @property
    def ratio(self) -> float | None:
        """Positive moves per negative move, or None when there were no negative moves."""
        return self.positive / self.negative if self.negative else None


@dataclass(frozen=True)
class ConversationAnalysis:
    """Everything the coach says about a conversation.

    >>> quiet = lambda text, previous=None: ()
    >>> analyze_conversation([Turn("Sam", "Hi")], quiet).speakers[0].turns
    1
    """

    turns: tuple[TurnAnalysis, ...]
    interruptions: tuple[Interruption, ...]
    cycles: tuple[Cycle, ...]
    repairs: tuple[RepairAttempt, ...]
    speakers: tuple[SpeakerSummary, ...]
    observations: tuple[str, ...]


def analyze_conversation(
    turns: Sequence[Turn], detect: Detector | None = None
) -> ConversationAnalysis:
    """Findings, interruptions, loops, repairs and balance for a conversation.

    >>> quiet = lambda text, previous=None: ()
    >>> turns = [Turn("Sam", "I was going to—"), Turn("Alex", "Sorry!")]
    >>> result = analyze_conversation(turns, quiet)
    >>> [(f.kind.value, f.quote) for f in result.turns[0].findings]
    [('interrupting', '—')]
    """
    if detect is None:
        from closeknit_core.coach.detectors import detect as detect_messages

        detect = detect_messages
    turns = tuple(turns)
    interruptions = find_interruptions(turns)
    analysed = analyse_turns(turns, detect, {interruption.turn for interruption in interruptions})
    runs = group_runs(turns)
    cycles = find_cycles(analysed, runs)
    repairs = find_repairs(analysed, runs)
    speakers = summarise_speakers(analysed, runs, interruptions, repairs)
    return ConversationAnalysis(
        turns=analysed,
        interruptions=interruptions,
        cycles=cycles,
        repairs=repairs,
        speakers=speakers,
        observations=observe(cycles, interruptions, repairs, speakers),
    )


def analyse_turns(
    turns: Sequence[Turn], detect: Detector, cut_off: Set[int]
) -> tuple[TurnAnalysis, ...]:
    """Each turn with the detectors' findings (given someone else's latest turn) and cut-offs."""
    replies_to = latest_other_turns(turns)
    analysed = []
    for index, turn in enumerate(turns):
        other = replies_to[index]
        previous = None if other is None else turns[other].text
        findings = (
            *detect(turn.text, previous=previous),
            *interruption_findings(turn.text, index in cut_off),
        )
        ordered = tuple(sorted(findings, key=lambda finding: (finding.start, finding.end)))
        analysed.append(TurnAnalysis(index, turn, ordered, other))
    return tuple(analysed)


def interruption_findings(text: str, is_cut_off: bool) -> tuple[Finding, ...]:
    """The interrupting finding for a cut-off turn: on its trailing dash, ellipsis or last word.

    >>> interruption_findings("So I think—", True)[0].quote
    '—'
    """
    if not is_cut_off:
        return ()
    cut = trailing_cut(text)
    if cut is not None:
        start, end = cut[1], cut[2]
    else:
        last_word = LAST_WORD.search(text)
        start, end = (last_word.start(), last_word.end()) if last_word else (len(text), len(text))
    words = kind_text(Kind.INTERRUPTING)
    return (
        Finding(Kind.INTERRUPTING, start, end, text[start:end], words.explanation, words.antidote),
    )


def is_disclosure(turn: TurnAnalysis) -> bool:
    """Whether a turn shares something personal: an I-statement, or sadness or fear.

    >>> is_disclosure(TurnAnalysis(0, Turn("Sam", "I've been scared all week."), ()))
    True
    """
    return Kind.I_STATEMENT in turn.kinds or shares_distress(turn.turn.text)


def moves(turn: TurnAnalysis, kinds: frozenset[Kind]) -> int:
    """How many of ``kinds`` a turn shows, each kind counted once (interrupting aside)."""
    return len((turn.kinds & kinds) - {Kind.INTERRUPTING})


def summarise_speakers(
    analysed: Sequence[TurnAnalysis],
    runs: Sequence[Sequence[int]],
    interruptions: Sequence[Interruption],
    repairs: Sequence[RepairAttempt],
) -> tuple[SpeakerSummary, ...]:
    """Each person's moves, share of the talk and listening, in order of first turn."""
    speakers = list(dict.fromkeys(turn.turn.speaker for turn in analysed))
    words = {speaker: 0 for speaker in speakers}
    turn_counts = {speaker: 0 for speaker in speakers}
    positive = {speaker: 0 for speaker in speakers}
    negative = {speaker: 0 for speaker in speakers}
    for turn in analysed:
        speaker = turn.turn.speaker
        words[speaker] += len(turn.turn.text.split())
        turn_counts[speaker] += 1
        positive[speaker] += moves(turn, HABITS)
        negative[speaker] += moves(turn, PITFALLS)
    for repair in repairs:
        positive[analysed[repair.turn].turn.speaker] += 1
    for interruption in interruptions:
        negative[analysed[interruption.by_turn].turn.speaker] += 1
    listening = summarise_listening(analysed, runs)
    total_words, total_turns = sum(words.values()), len(analysed)
    return tuple(
        SpeakerSummary(
            speaker,
            turns=turn_counts[speaker],
            words=words[speaker],
            turn_share=turn_counts[speaker] / total_turns,
            word_share=words[speaker] / total_words if total_words else 0.0,
            positive=positive[speaker],
            negative=negative[speaker],
            listening=listening.get(speaker, Listening()),
        )
        for speaker in speakers
    )


def summarise_listening(
    analysed: Sequence[TurnAnalysis], runs: Sequence[Sequence[int]]
) -> dict[str, Listening]:
    """Paraphrases and clarifying questions per person, and validation right after a disclosure."""
    counts: dict[str, list[int]] = {}
    for j, run in enumerate(runs):
        speaker = analysed[run[0]].turn.speaker
        tally = counts.setdefault(speaker, [0, 0, 0])
        tally[0] += sum(Kind.PARAPHRASE in analysed[i].kinds for i in run)
        tally[1] += sum(Kind.CLARIFYING_QUESTION in analysed[i].kinds for i in run)
        follows_disclosure = j > 0 and any(is_disclosure(analysed[i]) for i in runs[j - 1])
        if follows_disclosure and Kind.VALIDATION in run_kinds(analysed, run):
            tally[2] += 1
    return {speaker: Listening(*tally) for speaker, tally in counts.items()}


def observe(
    cycles: Sequence[Cycle],
    interruptions: Sequence[Interruption],
    repairs: Sequence[RepairAttempt],
    speakers: Sequence[SpeakerSummary],
) -> tuple[str, ...]:
    """A few neutral sentences on what happened between the people talking."""
    text = wording()["observations"]
    notes = []
    escalations = [cycle for cycle in cycles if cycle.kind is CycleKind.CONTEMPT_ESCALATION]
    for cycle in cycles:
        if cycle.kind is not CycleKind.CONTEMPT_ESCALATION:
            notes.append(text[cycle.kind.value].format(times=times(cycle.count)))
    if escalations:
        is_growing = any(cycle.is_growing for cycle in escalations)
        key = "contempt_escalation_growing" if is_growing else "contempt_escalation"
        notes.append(text[key].format(times=times(len(escalations))))
    if not cycles:
        notes.append(text["no_loops"])
    if interruptions:
        notes.append(text["interruptions"].format(times=times(len(interruptions))))
    for outcome in (RepairOutcome.TAKEN_UP, RepairOutcome.NOT_TAKEN_UP):
        count = sum(repair.outcome is outcome for repair in repairs)
        if count:
            notes.append(text[f"repair_{outcome.value}"].format(times=times(count)))
    listened = sum(s.listening.validations_after_disclosure for s in speakers)
    if listened:
        notes.append(text["listening_after_disclosure"].format(times=times(listened)))
    notes.extend(observe_balance(speakers))
    return tuple(notes)


def observe_balance(speakers: Sequence[SpeakerSummary]) -> list[str]:
    """The overall balance of moves, and whether one person did most of the talking."""
    text = wording()["observations"]
    notes = []
    positive = sum(speaker.positive for speaker in speakers)
    negative = sum(speaker.negative for speaker in speakers)
    if negative and positive:
        ratio = f"{positive / negative:.1f}".removesuffix(".0")
        notes.append(text["balance"].format(positive=positive, negative=negative, ratio=ratio))
    elif negative:
        notes.append(text["balance_no_warm_moves"].format(negative=negative))
    elif positive:
        notes.append(text["balance_no_harder_moves"].format(positive=positive))
    total_words = sum(speaker.words for speaker in speakers)
    top_share = max((speaker.word_share for speaker in speakers), default=0.0)
    is_long_enough = len(speakers) > 1 and total_words >= TALK_BALANCE_MIN_WORDS
    if is_long_enough and top_share >= TALK_BALANCE_UNEVEN_SHARE:
        notes.append(text["talk_uneven"].format(percent=round(top_share * 100)))
    return notes


def times(count: int) -> str:
    """How often, in words: nothing for once, then ", twice", ", 3 times".

    >>> times(1), times(2), times(5)
    ('', ', twice', ', 5 times')
    """
    words = wording()["times"]
    if count <= 1:
        return words["once"]
    if count == 2:
        return words["twice"]
    return words["many"].format(count=count)


@functools.cache
def wording(path: Path = CONTENT_PATH) -> Mapping[str, Mapping[str, str]]:
    """The conversation wording from ``content/conversation.toml``, checked for every key.

    >>> "no_loops" in wording()["observations"]
    True
    """
    with path.open("rb") as file:
        data = tomllib.load(file)
    sections: dict[str, Mapping[str, str]] = {}
    for section, keys in WORDING_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise ValueError(f"{path.name}: the [{section}] table is missing")
        missing = [key for key in keys if not isinstance(table.get(key), str)]
        if missing:
            raise ValueError(f"{path.name}: [{section}] needs text for {', '.join(missing)}")
        sections[section] = MappingProxyType({key: table[key] for key in keys})
    return MappingProxyType(sections)
