"""Change between two results: the reliable change index (Jacobson & Truax, 1991).

RC = (after - before) / S_diff, with S_diff = sqrt(2) * SEM and SEM = SD * sqrt(1 - r).
A change is reliable when |RC| > 1.96: larger than measurement noise would make it
95 times in 100. Without reliability figures for a score, change is shown but not judged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from closeknit_core.instruments.definition import Instrument, Reliability
from closeknit_core.instruments.scoring import Scores

CRITICAL_RC = 1.96


@dataclass(frozen=True, slots=True)
class Change:
    score: str
    before: float
    after: float
    rc: float | None

    @property
    def difference(self) -> float:
        return self.after - self.before

    @property
    def is_reliable(self) -> bool | None:
        """True or False when reliability is known; None when it cannot be judged."""
        return None if self.rc is None else abs(self.rc) > CRITICAL_RC


def reliable_change_index(before: float, after: float, reliability: Reliability) -> float:
    """Jacobson & Truax's RC.

    Worked by hand: SD 7.5 and r .88 give SEM = 7.5 * sqrt(.12) = 2.598 and
    S_diff = sqrt(2) * 2.598 = 3.674, so a fall from 30 to 20 is RC = -10 / 3.674 = -2.72.

    >>> from closeknit_core.instruments.definition import Source, Sourced
    >>> r = Reliability("x", 7.5, 0.88, "retest", Sourced(Source.OURS))
    >>> round(reliable_change_index(30, 20, r), 2)
    -2.72
    """
    s_diff = math.sqrt(2.0) * reliability.sem
    return (after - before) / s_diff


def compare(instrument: Instrument, before: Scores, after: Scores) -> tuple[Change, ...]:
    """A ``Change`` for every score present in both results, in the instrument's order."""
    changes = []
    for score in instrument.score_ids:
        if score in before.values and score in after.values:
            reliability = instrument.reliability.get(score)
            x1, x2 = before.values[score], after.values[score]
            rc = None if reliability is None else reliable_change_index(x1, x2, reliability)
            changes.append(Change(score, x1, x2, rc))
    return tuple(changes)
