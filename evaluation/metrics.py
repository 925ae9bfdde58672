"""Scores for the evaluation scripts: precision, recall, F1, bootstrap intervals, agreement."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    """Confusion counts for one binary decision."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 0.0

    @property
    def recall(self) -> float:
        present = self.true_positive + self.false_negative
        return self.true_positive / present if present else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def count(gold: Sequence[bool], predicted: Sequence[bool]) -> Counts:
    """Confusion counts of ``predicted`` against ``gold``.

    >>> count([True, True, False, False], [True, False, True, False])
    Counts(true_positive=1, false_positive=1, false_negative=1, true_negative=1)
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    return Counts(tp, fp, fn, len(gold) - tp - fp - fn)


@dataclass(frozen=True)
class Interval:
    value: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.value:.2f} [{self.low:.2f}, {self.high:.2f}]"


def bootstrap(
    statistic: Callable[[Sequence[int]], float],
    size: int,
    *,
    groups: Sequence[object] | None = None,
    resamples: int = 1000,
    seed: int = 2026,
) -> Interval:
    """The statistic on all items, with a percentile 95% interval from resampling.

    ``statistic`` takes the indices of the items to score. With ``groups`` (for
    example a transcript id per item), whole groups are resampled together.
    >>> interval = bootstrap(lambda idx: sum(idx) / max(len(idx), 1), 10, resamples=200)
    >>> interval.low <= interval.value <= interval.high
    True
    """
    everything = list(range(size))
    value = statistic(everything)
    generator = random.Random(seed)  # noqa: S311 (resampling, not secrets)
    if groups is None:
        units = [[index] for index in everything]
    else:
        by_group: dict[object, list[int]] = {}
        for index, group in enumerate(groups):
            by_group.setdefault(group, []).append(index)
        units = list(by_group.values())
    scores = []
    for _ in range(resamples):
        sample = [index for _ in units for index in generator.choice(units)]
        scores.append(statistic(sample))
    scores.sort()
    low = scores[int(0.025 * (resamples - 1))]
    high = scores[int(0.975 * (resamples - 1))]
    return Interval(value, low, high)


def cohen_kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    """Agreement of two labellers beyond chance, for one yes/no label.

    >>> cohen_kappa([True, False, True, False], [True, False, True, False])
    1.0
    """
    total = len(first)
    if total == 0 or total != len(second):
        raise ValueError("need two label lists of the same, non-zero length")
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / total
    yes_first, yes_second = sum(first) / total, sum(second) / total
    expected = yes_first * yes_second + (1 - yes_first) * (1 - yes_second)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)
