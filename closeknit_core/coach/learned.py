"""The learned layer inside ``analyze_message(..., learned=True)``: where it measurably helps.

Off by default (docs/adr/0006). When asked for, it changes two things, each chosen because
it beat the rules on text the rules were not tuned on:

- the emotion scores come from the learned emotion head (``heads.py``: GoEmotions test
  macro-F1 0.56 against the word list's 0.42);
- the kind heads of ``ENABLED_KINDS`` (``kind_heads.py``) add a finding where the rules found
  none of that kind. As in ``detectors.settled``, a listening move (paraphrase, clarifying
  question, validation) never stands where a pitfall does: one a head would add over a
  pitfall is not added, and one that an added pitfall covers is dropped.

The rewrites are still checked by the rules, which is what "no pitfall" means everywhere.
"""

from __future__ import annotations

from closeknit_core.coach import heads, kind_heads
from closeknit_core.coach.rules.common import overlaps
from closeknit_core.coach.types import Finding, Kind

# Held-out team set, rules alone vs rules OR head (docs/adr/0006): the kinds whose F1 rose by
# at least 0.02 with precision staying at 0.85 or more.
ENABLED_KINDS = frozenset(
    {Kind.CONTEMPT, Kind.CRITICISM, Kind.STONEWALLING, Kind.VALIDATION, Kind.CLARIFYING_QUESTION}
)
LISTENING = frozenset({Kind.PARAPHRASE, Kind.CLARIFYING_QUESTION, Kind.VALIDATION})
MISSING = "the learned layer is not installed: pip install 'closeknit[learned]'"


class LearnedLayerUnavailableError(RuntimeError):
    """The optional packages or weight files of the learned layer are not installed."""


def is_available() -> bool:
    """Whether both the emotion head and the kind heads can run here."""
    return kind_heads.is_available()


def require() -> None:
    """Raise ``LearnedLayerUnavailableError`` with how to install it, if it is missing."""
    if not is_available():
        raise LearnedLayerUnavailableError(MISSING)


def emotion_scores(text: str) -> dict[str, float]:
    """The learned emotion head's scores for ``text`` (Ekman's six plus neutral)."""
    return heads.learned_emotion_scores(text)


def with_learned_findings(
    text: str, previous: str | None, findings: tuple[Finding, ...]
) -> tuple[Finding, ...]:
    """``findings`` plus the enabled heads' findings for kinds the rules did not find."""
    if not text.strip():
        return findings
    found_kinds = {finding.kind for finding in findings}
    candidates = [
        finding
        for finding in kind_heads.learned_findings(text, previous)
        if finding.kind in ENABLED_KINDS and finding.kind not in found_kinds
    ]
    pitfalls = [finding for finding in findings if finding.is_pitfall]
    added = [
        finding
        for finding in candidates
        if finding.is_pitfall or not any(covers(pitfall, finding) for pitfall in pitfalls)
    ]
    if not added:
        return findings
    kept = [
        finding
        for finding in findings
        if finding.kind not in LISTENING
        or not any(extra.is_pitfall and covers(extra, finding) for extra in added)
    ]
    return tuple(sorted([*kept, *added], key=lambda f: (f.start, f.end, f.kind.value)))


def covers(first: Finding, second: Finding) -> bool:
    """Whether two findings share at least one character."""
    return overlaps((first.start, first.end), (second.start, second.end))
