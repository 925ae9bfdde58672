"""Readable and machine-readable reports of what the coach found."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from closeknit_core.coach.types import Finding, Kind, MessageAnalysis

if TYPE_CHECKING:
    from closeknit_core.coach.conversation import ConversationAnalysis

UNDERLINE = "\033[4m"
BOLD = "\033[1m"
RESET = "\033[0m"
PITFALL_COLOUR = "\033[38;5;166m"
HABIT_COLOUR = "\033[38;5;65m"


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One finding as JSON-ready data.

    >>> from closeknit_core.coach.types import Kind
    >>> finding_to_dict(Finding(Kind.I_STATEMENT, 0, 6, "I feel", "Yours."))["kind"]
    'i_statement'
    """
    data: dict[str, Any] = {
        "kind": finding.kind.value,
        "start": finding.start,
        "end": finding.end,
        "text": finding.quote,
        "explanation": finding.explanation,
    }
    if finding.antidote:
        data["antidote"] = finding.antidote
    return data


def message_to_dict(analysis: MessageAnalysis) -> dict[str, Any]:
    """A message analysis as JSON-ready data (findings, emotions, rewrites)."""
    return {
        "findings": [finding_to_dict(finding) for finding in analysis.findings],
        "emotions": {name: round(score, 4) for name, score in analysis.emotions.items()},
        "rewrites": list(analysis.rewrites),
    }


def segments(text: str, findings: Sequence[Finding]) -> list[tuple[str, Finding | None]]:
    """The text cut into pieces, each with the finding it shows (None for plain text).

    Where spans overlap, the earliest (then the longest) is kept.
    >>> from closeknit_core.coach.types import Kind
    >>> segments("oh well", [Finding(Kind.CONTEMPT, 3, 7, "well", "x")])[0]
    ('oh ', None)
    """
    pieces: list[tuple[str, Finding | None]] = []
    position = 0
    for finding in sorted(findings, key=lambda item: (item.start, -item.end)):
        if finding.start < position or finding.end <= finding.start:
            continue
        if finding.start > position:
            pieces.append((text[position : finding.start], None))
        pieces.append((text[finding.start : finding.end], finding))
        position = finding.end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces


def highlight(text: str, findings: Sequence[Finding], *, colour: bool) -> str:
    """The text with each finding's words marked: underlined on a terminal, [bracketed] elsewhere.

    >>> from closeknit_core.coach.types import Kind
    >>> highlight("oh well", (Finding(Kind.CONTEMPT, 3, 7, "well", "x"),), colour=False)
    'oh [well]'
    """
    pieces = []
    for words, finding in segments(text, findings):
        if finding is None:
            pieces.append(words)
        elif colour:
            shade = PITFALL_COLOUR if finding.is_pitfall else HABIT_COLOUR
            pieces.append(f"{UNDERLINE}{shade}{words}{RESET}")
        else:
            pieces.append(f"[{words}]")
    return "".join(pieces)


@dataclass(frozen=True)
class FindingGroup:
    """Every finding of one kind in a text, explained once."""

    kind: Kind
    label: str
    quotes: tuple[str, ...]
    explanation: str
    antidote: str | None
    is_pitfall: bool


def group_by_kind(findings: Sequence[Finding]) -> list[FindingGroup]:
    """Findings gathered by kind, in order of first appearance.

    >>> first = Finding(Kind.CRITICISM, 0, 3, "you", "x")
    >>> group_by_kind([first, Finding(Kind.CRITICISM, 5, 8, "so", "x")])[0].quotes
    ('you', 'so')
    """
    by_kind: dict[Kind, list[Finding]] = {}
    for finding in sorted(findings, key=lambda item: item.start):
        by_kind.setdefault(finding.kind, []).append(finding)
    return [
        FindingGroup(
            kind=kind,
            label=same[0].label,
            quotes=tuple(finding.quote for finding in same),
            explanation=same[0].explanation,
            antidote=same[0].antidote,
            is_pitfall=same[0].is_pitfall,
        )
        for kind, same in by_kind.items()
    ]


def render_message(analysis: MessageAnalysis, *, colour: bool = False) -> str:
    """A plain-language report of one message, for a terminal or a text file."""
    bold, reset = (BOLD, RESET) if colour else ("", "")
    lines = [
        f"{bold}Your words{reset}",
        "  " + highlight(analysis.text, analysis.findings, colour=colour),
    ]
    groups = group_by_kind(analysis.findings)
    pitfalls = [group for group in groups if group.is_pitfall]
    habits = [group for group in groups if not group.is_pitfall]
    if not analysis.findings:
        lines += ["", "Nothing stood out: no pitfalls, and no particular habits to point to."]
    for title, chosen in (("What might land hard", pitfalls), ("What helps", habits)):
        if not chosen:
            continue
        lines += ["", f"{bold}{title}{reset}"]
        for group in chosen:
            quotes = ", ".join(f"“{quote}”" for quote in group.quotes)
            lines.append(f"  - {group.label}: {quotes}")
            lines.append(f"    {group.explanation}")
            if group.antidote:
                lines.append(f"    {group.antidote}")
    feelings = strongest_emotions(analysis)
    if feelings:
        lines += ["", f"{bold}Feelings it may carry{reset}", "  " + feelings]
    if analysis.rewrites:
        lines += ["", f"{bold}A gentler way to say it{reset}"]
        lines += [f"  {number}. {rewrite}" for number, rewrite in enumerate(analysis.rewrites, 1)]
    return "\n".join(lines) + "\n"


def strongest_emotions(analysis: MessageAnalysis, limit: int = 3) -> str:
    """The strongest non-neutral emotions with their scores, or '' when none stands out."""
    ranked = sorted(
        ((score, name) for name, score in analysis.emotions.items() if name != "neutral"),
        reverse=True,
    )
    shown = [f"{name} {score:.0%}" for score, name in ranked[:limit] if score >= 0.15]
    return ", ".join(shown)


def conversation_to_dict(analysis: ConversationAnalysis) -> dict[str, Any]:
    """A conversation analysis as JSON-ready data."""
    return {
        "turns": [
            {
                "index": turn.index,
                "speaker": turn.turn.speaker,
                "text": turn.turn.text,
                "start": turn.turn.start,
                "end": turn.turn.end,
                "findings": [finding_to_dict(finding) for finding in turn.findings],
            }
            for turn in analysis.turns
        ],
        "interruptions": [
            {"turn": item.turn, "by_turn": item.by_turn, "cue": item.cue.value}
            for item in analysis.interruptions
        ],
        "cycles": [
            {
                "kind": cycle.kind.value,
                "exchanges": [dataclasses.asdict(exchange) for exchange in cycle.exchanges],
                "is_growing": cycle.is_growing,
            }
            for cycle in analysis.cycles
        ],
        "repairs": [
            {
                "turn": repair.turn,
                "kind": repair.kind.value,
                "start": repair.start,
                "end": repair.end,
                "text": repair.quote,
                "reply": repair.reply,
                "outcome": repair.outcome.value,
            }
            for repair in analysis.repairs
        ],
        "speakers": [
            {
                "speaker": summary.speaker,
                "turns": summary.turns,
                "words": summary.words,
                "turn_share": round(summary.turn_share, 4),
                "word_share": round(summary.word_share, 4),
                "positive": summary.positive,
                "negative": summary.negative,
                "ratio": None if summary.ratio is None else round(summary.ratio, 4),
                "listening": dataclasses.asdict(summary.listening),
            }
            for summary in analysis.speakers
        ],
        "observations": list(analysis.observations),
    }


def render_conversation(analysis: ConversationAnalysis, *, colour: bool = False) -> str:
    """A plain-language report of a conversation: the turns, then the patterns."""
    bold, reset = (BOLD, RESET) if colour else ("", "")
    lines = [f"{bold}The conversation{reset}"]
    for turn in analysis.turns:
        marked = highlight(turn.turn.text, turn.findings, colour=colour)
        lines.append(f"  {turn.turn.speaker}: {marked}")
        for finding in turn.findings:
            lines.append(f"      {finding.label}: “{finding.quote}”")
    if analysis.observations:
        lines += ["", f"{bold}What happened between you{reset}"]
        lines += [f"  - {observation}" for observation in analysis.observations]
    lines += ["", f"{bold}Each person{reset}"]
    for summary in analysis.speakers:
        balance = (
            f"{summary.positive} helpful to {summary.negative} hard moves"
            if summary.negative
            else f"{summary.positive} helpful moves, none hard"
        )
        listening = summary.listening
        lines.append(
            f"  {summary.speaker}: {summary.word_share:.0%} of the words, {balance}; "
            f"{listening.paraphrases} paraphrase(s), {listening.clarifying_questions} "
            f"clarifying question(s), {listening.validations_after_disclosure} validation(s) "
            "after the other opened up"
        )
    return "\n".join(lines) + "\n"
