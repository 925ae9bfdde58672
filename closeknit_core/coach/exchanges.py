"""How turns answer each other: interruptions, loops between people, repair attempts.

These are the parts of ``analyze_conversation`` that read turns in pairs; see the
``conversation`` module for what each one means and how it is counted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from closeknit_core.coach.repairs import RepairCue, RepairKind, find_repair_cue
from closeknit_core.coach.transcript import Turn
from closeknit_core.coach.types import HABITS, PITFALLS, Finding, Kind

PURSUING = frozenset({Kind.CRITICISM, Kind.I_STATEMENT, Kind.CLARIFYING_QUESTION})
SHARP = frozenset({Kind.CONTEMPT, Kind.CRITICISM})
TRAILING_ELLIPSIS = re.compile(r"(?:\.{3,}|\u2026+)\s*$")
TRAILING_DASH = re.compile(r"[-\u2013\u2014]+\s*$")
WORD = re.compile(r"\w")


class InterruptionCue(StrEnum):
    """What shows that a turn was cut off."""

    DASH = "dash"
    ELLIPSIS = "ellipsis"
    OVERLAP = "overlap"


class CycleKind(StrEnum):
    """The loops between two people that the coach looks for."""

    CRITICISM_DEFENSIVENESS = "criticism_defensiveness"
    PURSUE_WITHDRAW = "pursue_withdraw"
    CONTEMPT_ESCALATION = "contempt_escalation"


class RepairOutcome(StrEnum):
    """What became of a repair attempt."""

    TAKEN_UP = "taken_up"
    NOT_TAKEN_UP = "not_taken_up"
    UNANSWERED = "unanswered"  # the conversation ended, or went on with the same person


@dataclass(frozen=True)
class TurnAnalysis:
    """One turn with its findings; ``replies_to`` is the index of someone else's latest turn.

    >>> TurnAnalysis(0, Turn("Sam", "Hi"), ()).has_pitfall
    False
    """

    index: int
    turn: Turn
    findings: tuple[Finding, ...]
    replies_to: int | None = None

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(finding.kind for finding in self.findings)

    @property
    def has_pitfall(self) -> bool:
        return any(finding.is_pitfall for finding in self.findings)


@dataclass(frozen=True)
class Interruption:
    """Turn ``turn`` was cut off by turn ``by_turn``.

    >>> Interruption(turn=2, by_turn=3, cue=InterruptionCue.DASH).by_turn
    3
    """

    turn: int
    by_turn: int
    cue: InterruptionCue


@dataclass(frozen=True)
class Exchange:
    """A move in turn ``prompt`` and the reply to it in turn ``reply``.

    >>> Exchange(prompt=0, reply=1)
    Exchange(prompt=0, reply=1)
    """

    prompt: int
    reply: int


@dataclass(frozen=True)
class Cycle:
    """A loop between people, made of the exchanges that show it.

    >>> Cycle(CycleKind.PURSUE_WITHDRAW, (Exchange(0, 1), Exchange(2, 3))).count
    2
    """

    kind: CycleKind
    exchanges: tuple[Exchange, ...]
    is_growing: bool = False

    @property
    def count(self) -> int:
        return len(self.exchanges)

    @property
    def turns(self) -> tuple[int, ...]:
        return tuple(sorted({i for pair in self.exchanges for i in (pair.prompt, pair.reply)}))


@dataclass(frozen=True)
class RepairAttempt:
    """An attempt to ease things in turn ``turn``, and the reply that met it (if any).

    >>> RepairAttempt(1, RepairKind.APOLOGY, 0, 5, "Sorry", 2, RepairOutcome.TAKEN_UP).is_taken_up
    True
    """

    turn: int
    kind: RepairKind
    start: int
    end: int
    quote: str
    reply: int | None
    outcome: RepairOutcome

    @property
    def is_taken_up(self) -> bool:
        return self.outcome is RepairOutcome.TAKEN_UP


def latest_other_turns(turns: Sequence[Turn]) -> tuple[int | None, ...]:
    """For each turn, the index of the latest earlier turn by someone else.

    >>> latest_other_turns([Turn("A", "x"), Turn("A", "y"), Turn("B", "z"), Turn("C", "w")])
    (None, None, 1, 2)
    """
    latest: dict[str, int] = {}
    found: list[int | None] = []
    for index, turn in enumerate(turns):
        others = [position for speaker, position in latest.items() if speaker != turn.speaker]
        found.append(max(others, default=None))
        latest[turn.speaker] = index
    return tuple(found)


def group_runs(turns: Sequence[Turn]) -> tuple[tuple[int, ...], ...]:
    """Consecutive turns by the same person, as runs of indices.

    >>> group_runs([Turn("A", "x"), Turn("A", "y"), Turn("B", "z")])
    ((0, 1), (2,))
    """
    runs: list[list[int]] = []
    for index, turn in enumerate(turns):
        if runs and turns[runs[-1][0]].speaker == turn.speaker:
            runs[-1].append(index)
        else:
            runs.append([index])
    return tuple(tuple(run) for run in runs)


def trailing_cut(text: str) -> tuple[InterruptionCue, int, int] | None:
    """The cue and span of a dash or an ellipsis that ends words in ``text``.

    A turn that is only "..." is a silence, not a sentence cut short.

    >>> trailing_cut("I just thought..."), trailing_cut("I went - home."), trailing_cut("...")
    ((<InterruptionCue.ELLIPSIS: 'ellipsis'>, 14, 17), None, None)
    """
    for cue, pattern in (
        (InterruptionCue.ELLIPSIS, TRAILING_ELLIPSIS),
        (InterruptionCue.DASH, TRAILING_DASH),
    ):
        match = pattern.search(text)
        if match is not None and WORD.search(text, 0, match.start()):
            return cue, match.start(), match.start() + len(match.group().rstrip())
    return None


def overlaps(turn: Turn, following: Turn) -> bool:
    """Whether ``following`` starts before ``turn`` ends (times out of order do not count).

    >>> speaking = Turn("A", "x", start=1.0, end=5.0)
    >>> overlaps(speaking, Turn("B", "y", start=4.0)), overlaps(speaking, Turn("B", "y", start=6.0))
    (True, False)
    """
    if turn.end is None or following.start is None:
        return False
    is_after_start = turn.start is None or following.start >= turn.start
    return is_after_start and following.start < turn.end


def find_interruptions(turns: Sequence[Turn]) -> tuple[Interruption, ...]:
    """Turns cut off by someone else: a trailing dash or ellipsis, or overlapping times.

    >>> find_interruptions([Turn("A", "Wait..."), Turn("A", "okay"), Turn("B", "Go on")])
    ()
    """
    found = []
    for index, (turn, following) in enumerate(itertools.pairwise(turns)):
        if following.speaker == turn.speaker:
            continue
        cut = trailing_cut(turn.text)
        if cut is not None:
            found.append(Interruption(index, index + 1, cut[0]))
        elif overlaps(turn, following):
            found.append(Interruption(index, index + 1, InterruptionCue.OVERLAP))
    return tuple(found)


def run_kinds(analysed: Sequence[TurnAnalysis], run: Iterable[int]) -> frozenset[Kind]:
    """Every kind the turns of a run show, except interrupting (a move of the next speaker)."""
    return frozenset(kind for i in run for kind in analysed[i].kinds) - {Kind.INTERRUPTING}


def first_with(analysed: Sequence[TurnAnalysis], run: Sequence[int], kinds: Iterable[Kind]) -> int:
    """The first turn of ``run`` that shows one of ``kinds`` (else the run's first turn)."""
    wanted = frozenset(kinds)
    return next((i for i in run if analysed[i].kinds & wanted), run[0])


def asks_question(analysed: Sequence[TurnAnalysis], run: Sequence[int]) -> bool:
    """Whether any turn of ``run`` asks something."""
    return any("?" in analysed[i].turn.text for i in run)


def find_cycles(
    analysed: Sequence[TurnAnalysis], runs: Sequence[Sequence[int]]
) -> tuple[Cycle, ...]:
    """The loops shown by how each run of turns answers the one before it."""
    kinds = [run_kinds(analysed, run) for run in runs]
    defending: list[Exchange] = []
    withdrawing: list[Exchange] = []
    for j in range(1, len(runs)):
        before, after = kinds[j - 1], kinds[j]
        if Kind.CRITICISM in before and Kind.DEFENSIVENESS in after:
            defending.append(
                Exchange(
                    first_with(analysed, runs[j - 1], {Kind.CRITICISM}),
                    first_with(analysed, runs[j], {Kind.DEFENSIVENESS}),
                )
            )
        is_pursuing = bool(before & PURSUING) or asks_question(analysed, runs[j - 1])
        if is_pursuing and Kind.STONEWALLING in after:
            withdrawing.append(
                Exchange(
                    first_with(analysed, runs[j - 1], PURSUING),
                    first_with(analysed, runs[j], {Kind.STONEWALLING}),
                )
            )
    cycles = []
    if defending:
        cycles.append(Cycle(CycleKind.CRITICISM_DEFENSIVENESS, tuple(defending)))
    # Pursue and withdraw is a pattern, so one stepping back is not enough to name it.
    if len(withdrawing) >= 2:
        cycles.append(Cycle(CycleKind.PURSUE_WITHDRAW, tuple(withdrawing)))
    cycles.extend(find_escalations(analysed, runs, kinds))
    return tuple(cycles)


def find_escalations(
    analysed: Sequence[TurnAnalysis],
    runs: Sequence[Sequence[int]],
    kinds: Sequence[frozenset[Kind]],
) -> list[Cycle]:
    """Chains that start with contempt answered by contempt or criticism, and go on sharply."""
    chains: list[list[int]] = []  # run indices
    for j in range(1, len(runs)):
        is_sharp_reply = bool(kinds[j] & SHARP)
        if is_sharp_reply and chains and chains[-1][-1] == j - 1:
            chains[-1].append(j)
        elif is_sharp_reply and Kind.CONTEMPT in kinds[j - 1]:
            chains.append([j - 1, j])
    cycles = []
    for chain in chains:
        turns = [first_with(analysed, runs[j], SHARP) for j in chain]
        pitfalls_first, pitfalls_last = (
            len(kinds[chain[0]] & PITFALLS),
            len(kinds[chain[-1]] & PITFALLS),
        )
        cycles.append(
            Cycle(
                CycleKind.CONTEMPT_ESCALATION,
                tuple(Exchange(a, b) for a, b in itertools.pairwise(turns)),
                is_growing=len(chain) >= 3 or pitfalls_last > pitfalls_first,
            )
        )
    return cycles


def find_repairs(
    analysed: Sequence[TurnAnalysis], runs: Sequence[Sequence[int]]
) -> tuple[RepairAttempt, ...]:
    """Repair attempts, each with the reply that met it and whether it was taken up."""
    found = []
    for j, run in enumerate(runs):
        is_tense = j > 0 and bool(run_kinds(analysed, runs[j - 1]) & PITFALLS)
        reply_run = runs[j + 1] if j + 1 < len(runs) else None
        for i in run:
            cue = repair_cue(analysed[i], is_tense=is_tense)
            if cue is None:
                continue
            if reply_run is None:
                reply, outcome = None, RepairOutcome.UNANSWERED
            else:
                reply, outcome = reply_run[0], judge_reply(analysed, reply_run)
            found.append(RepairAttempt(i, cue.kind, cue.start, cue.end, cue.quote, reply, outcome))
    return tuple(found)


def repair_cue(turn: TurnAnalysis, *, is_tense: bool) -> RepairCue | None:
    """The words of a turn that try to ease things, unless the turn attacks elsewhere.

    A pitfall on the repair words themselves is the detectors reading the same words
    differently (a pause taken for stonewalling), so it does not undo the repair; a
    pitfall elsewhere ("I'm sorry. But you never listen.") does.
    """
    cue = find_repair_cue(turn.turn.text, is_tense=is_tense)
    if cue is None:
        return None
    attacks_elsewhere = any(
        finding.is_pitfall
        and finding.kind is not Kind.INTERRUPTING
        and (finding.end <= cue.start or finding.start >= cue.end)
        for finding in turn.findings
    )
    return None if attacks_elsewhere else cue


def judge_reply(analysed: Sequence[TurnAnalysis], reply_run: Sequence[int]) -> RepairOutcome:
    """Taken up when the reply shows a good habit or a repair of its own, or no pitfall."""
    kinds = run_kinds(analysed, reply_run)
    repairs_too = any(repair_cue(analysed[i], is_tense=True) is not None for i in reply_run)
    if kinds & HABITS or repairs_too or not kinds & PITFALLS:
        return RepairOutcome.TAKEN_UP
    return RepairOutcome.NOT_TAKEN_UP
