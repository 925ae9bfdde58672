"""Small lexicons for conversations: repair attempts, and words that share sadness or fear.

A repair attempt is any move that tries to ease a hard moment: an apology, asking for
a pause, offering to start again, granting a point, reassurance, or gentle humour
(the idea is Gottman's, 1994; the phrase lists are our own). Precision matters more
than recall: "I'm sorry you feel that way" and "sorry, but..." are not apologies, and a
turn that also attacks is no repair (the caller checks that with the detectors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class RepairKind(StrEnum):
    """What a repair attempt does."""

    APOLOGY = "apology"
    PAUSE = "pause"
    FRESH_START = "fresh_start"
    AGREEMENT = "agreement"
    REASSURANCE = "reassurance"
    HUMOUR = "humour"


@dataclass(frozen=True)
class RepairCue:
    """The words in a turn that make it a repair attempt; ``text[start:end] == quote``.

    >>> find_repair_cue("Okay. I'm sorry, you're right.")
    RepairCue(kind=<RepairKind.APOLOGY: 'apology'>, start=6, end=15, quote="I'm sorry")
    """

    kind: RepairKind
    start: int
    end: int
    quote: str


def phrases(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` as whole words."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


# "Sorry" that is not an apology: "sorry you feel that way", "sorry if", "sorry, but",
# "sorry for you" (pity), "sorry?" (pardon?), "not sorry", "you should be sorry".
SORRY = r"(?<!not )(?<!be )(?:i'm |i am )?(?:so |really |truly )?sorry(?![?])" + (
    r"(?!,? (?:but|if)\b)(?! (?:that )?you feel)(?! for you\b)(?! not sorry)"
)
REPAIR_PHRASES: tuple[tuple[RepairKind, re.Pattern[str]], ...] = (
    (
        RepairKind.APOLOGY,
        phrases(
            SORRY,
            r"i apologi[sz]e",
            r"my bad",
            r"that's on me",
            r"forgive me",
            r"that was (?:unfair|not fair|mean|harsh|out of line) of me",
            r"i shouldn't have (?:said|done|shouted|yelled|snapped)",
        ),
    ),
    (
        RepairKind.PAUSE,
        phrases(
            r"(?:let's|can we|could we|shall we|maybe we could) (?:take|have) a (?:short |quick |"
            r"little )?(?:break|breather|pause|minute|moment)",
            r"(?:let's|can we|could we) (?:pause|slow down|stop for a "
            r"(?:minute|moment|bit|second))",
            r"(?:let's|can we|could we) (?:come back to (?:this|it)|pick (?:this|it) up|talk about "
            r"(?:this|it)) (?:later|tomorrow|again|after|in a (?:bit|while|minute))",
            r"i need (?:a|some) (?:few )?(?:minutes?|moments?|break|breather|space)[^.!?]{0,60}?"
            r"(?:come back|talk (?:about it )?(?:later|again|tomorrow|after))",
        ),
    ),
    (
        RepairKind.FRESH_START,
        phrases(
            r"(?:can|could|shall) we (?:start|begin|try) (?:over|again|that again)",
            r"let's (?:start|begin|try) (?:over|again|that again)",
            r"(?:let me|can i|could i) (?:try|say|put) (?:that|this|it) (?:again|another way|"
            r"differently|better)",
            r"let me rephrase",
            r"that came out wrong",
            r"that's not what i meant",
        ),
    ),
    (
        RepairKind.AGREEMENT,
        phrases(
            r"you're right",
            r"you are right",
            r"you have a point",
            r"(?:fair|good) point",
            r"that's fair",
            r"i see (?:your point|what you mean|where you're coming from)",
        ),
    ),
    (
        RepairKind.REASSURANCE,
        phrases(
            r"i love you",
            r"we're (?:on the same (?:team|side)|in this together)",
            r"i'm on your side",
            r"i don't want (?:us )?to fight",
            r"we(?:'ll| can| will) (?:figure|work|sort) (?:this|it) out",
        ),
    ),
)
# Laughter softens only when things are tense; in a calm talk it is just laughter.
HUMOUR = re.compile(
    r"\b(?:ha){2,}h?\b|\bhe(?:he)+\b|\blol\b|\[(?:laughs|laughing|chuckles)\]"
    r"|[\U0001f604\U0001f605\U0001f606\U0001f642\U0001f60a\U0001f602]",
    re.IGNORECASE,
)

DISTRESS_WORDS = (
    r"sad|sadness|hurt|hurts|hurting|lonely|alone|heartbroken|cry|cried|crying|miss you"
    r"|missed you|missing you|scared|afraid|frightened|terrified|worried|worry|worrying"
    r"|anxious|nervous|panicking|overwhelmed"
)
# The feeling must be the speaker's own: a first-person word earlier in the same sentence.
DISTRESS = re.compile(
    r"\b(?:i|i'm|im|i've|me|my|myself)\b[^.!?\n]{0,60}?\b(?:" + DISTRESS_WORDS + r")\b",
    re.IGNORECASE,
)


def plain_apostrophes(text: str) -> str:
    """``text`` with curly apostrophes made straight (same length, so spans still fit).

    >>> plain_apostrophes("I\\u2019m sorry")
    "I'm sorry"
    """
    return text.replace("\u2019", "'").replace("\u2018", "'")


def find_repair_cue(text: str, *, is_tense: bool = False) -> RepairCue | None:
    """The first words of ``text`` that try to ease things, if any; humour only when tense.

    >>> find_repair_cue("I'm sorry you feel that way.") is None
    True
    >>> find_repair_cue("haha ok", is_tense=True).kind
    <RepairKind.HUMOUR: 'humour'>
    """
    plain = plain_apostrophes(text)
    candidates = [(kind, pattern.search(plain)) for kind, pattern in REPAIR_PHRASES]
    if is_tense:
        candidates.append((RepairKind.HUMOUR, HUMOUR.search(plain)))
    found = [(match.start(), kind, match) for kind, match in candidates if match is not None]
    if not found:
        return None
    start, kind, match = min(found, key=lambda item: item[0])
    return RepairCue(kind, start, match.end(), text[start : match.end()])


def shares_distress(text: str) -> bool:
    """Whether ``text`` speaks of the speaker's own sadness or fear.

    >>> shares_distress("Honestly I've been so lonely lately."), shares_distress("Don't be sad.")
    (True, False)
    """
    return DISTRESS.search(plain_apostrophes(text)) is not None
