"""The coach's vocabulary: what it can find, and the shape of what it gives back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Every kind of finding the coach reports; the set is fixed."""

    CRITICISM = "criticism"
    CONTEMPT = "contempt"
    DEFENSIVENESS = "defensiveness"
    STONEWALLING = "stonewalling"
    MIND_READING = "mind_reading"
    INTERRUPTING = "interrupting"
    I_STATEMENT = "i_statement"
    VALIDATION = "validation"
    CLARIFYING_QUESTION = "clarifying_question"
    PARAPHRASE = "paraphrase"


PITFALLS: frozenset[Kind] = frozenset(
    {
        Kind.CRITICISM,
        Kind.CONTEMPT,
        Kind.DEFENSIVENESS,
        Kind.STONEWALLING,
        Kind.MIND_READING,
        Kind.INTERRUPTING,
    }
)
HABITS: frozenset[Kind] = frozenset(set(Kind) - PITFALLS)
# Interrupting is a property of a conversation, never of one message on its own.
MESSAGE_KINDS: frozenset[Kind] = frozenset(set(Kind) - {Kind.INTERRUPTING})

LABELS: dict[Kind, str] = {
    Kind.CRITICISM: "criticism",
    Kind.CONTEMPT: "contempt",
    Kind.DEFENSIVENESS: "defensiveness",
    Kind.STONEWALLING: "stonewalling",
    Kind.MIND_READING: "mind reading",
    Kind.INTERRUPTING: "interrupting",
    Kind.I_STATEMENT: "I-statement",
    Kind.VALIDATION: "validation",
    Kind.CLARIFYING_QUESTION: "clarifying question",
    Kind.PARAPHRASE: "paraphrase",
}

# The longest text analysed at once; a longer one is refused with a clear message.
MAX_MESSAGE_CHARS = 20_000

EMOTIONS: tuple[str, ...] = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed, with the exact characters that show it.

    ``text[start:end]`` of the analysed message equals ``quote``.
    """

    kind: Kind
    start: int
    end: int
    quote: str
    explanation: str
    antidote: str | None = None

    @property
    def is_pitfall(self) -> bool:
        return self.kind in PITFALLS

    @property
    def label(self) -> str:
        """The kind's name as people read it ("mind reading", "I-statement")."""
        return LABELS[self.kind]


@dataclass(frozen=True)
class MessageAnalysis:
    """What the coach says about one message."""

    text: str
    findings: tuple[Finding, ...]
    emotions: Mapping[str, float] = field(default_factory=dict)
    rewrites: tuple[str, ...] = ()

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(finding.kind for finding in self.findings)

    @property
    def has_pitfall(self) -> bool:
        return any(finding.is_pitfall for finding in self.findings)
