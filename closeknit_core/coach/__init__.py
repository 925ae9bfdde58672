"""The coach: pitfalls, good habits and gentler rewrites for a message, offline and fast.

``analyze_message(text, previous)`` is the entry point for one message; ``detect`` gives the
findings alone. Both accept any string (empty, huge, with control characters) and never raise.
"""

from __future__ import annotations

from closeknit_core.coach.detectors import detect
from closeknit_core.coach.emotions import emotion_scores
from closeknit_core.coach.rewrites import suggest_rewrites
from closeknit_core.coach.types import (
    EMOTIONS,
    HABITS,
    MESSAGE_KINDS,
    PITFALLS,
    Finding,
    Kind,
    MessageAnalysis,
)


def analyze_message(
    text: str, previous: str | None = None, *, learned: bool = False
) -> MessageAnalysis:
    """Findings, emotion scores and (for a pitfall) gentler rewrites for one message.

    ``learned=True`` adds the optional learned layer where it measurably helps
    (``closeknit_core.coach.learned``); it raises ``LearnedLayerUnavailableError`` when that
    layer is not installed.

    >>> analysis = analyze_message("You never help with the dishes, you're so lazy")
    >>> sorted(kind.value for kind in analysis.kinds), len(analysis.rewrites) > 0
    (['criticism'], True)
    """
    findings = detect(text, previous)
    if learned:
        from closeknit_core.coach import learned as layer

        layer.require()
        findings = layer.with_learned_findings(text, previous, findings)
        emotions = layer.emotion_scores(text)
    else:
        emotions = emotion_scores(text)
    return MessageAnalysis(
        text=text,
        findings=findings,
        emotions=emotions,
        rewrites=suggest_rewrites(text, findings, emotions),
    )


__all__ = [
    "EMOTIONS",
    "HABITS",
    "MESSAGE_KINDS",
    "PITFALLS",
    "Finding",
    "Kind",
    "MessageAnalysis",
    "analyze_message",
    "detect",
    "emotion_scores",
    "suggest_rewrites",
]
