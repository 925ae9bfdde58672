from __future__ import annotations

import doctest

import pytest

from evaluation import metrics
from evaluation.metrics import Counts, bootstrap, cohen_kappa, count


def test_counts_scores_a_known_case() -> None:
    counts = Counts(true_positive=8, false_positive=2, false_negative=4, true_negative=86)
    assert counts.precision == pytest.approx(0.8)
    assert counts.recall == pytest.approx(8 / 12)
    assert counts.f1 == pytest.approx(2 * 0.8 * (8 / 12) / (0.8 + 8 / 12))


def test_counts_without_predictions_score_zero_not_error() -> None:
    assert Counts(false_negative=3).precision == 0.0
    assert Counts(false_negative=3).f1 == 0.0


def test_count_refuses_lists_of_different_length() -> None:
    with pytest.raises(ValueError, match="length"):
        count([True], [True, False])


def test_bootstrap_interval_contains_value_and_narrows_with_more_data() -> None:
    small = bootstrap(lambda idx: sum(i % 2 for i in idx) / len(idx), 20)
    large = bootstrap(lambda idx: sum(i % 2 for i in idx) / len(idx), 2000)
    assert small.low <= small.value <= small.high
    assert (large.high - large.low) < (small.high - small.low)


def test_bootstrap_resamples_whole_groups() -> None:
    seen: list[list[int]] = []

    def record(indices: list[int]) -> float:
        seen.append(list(indices))
        return 0.0

    bootstrap(record, 4, groups=["a", "a", "b", "b"], resamples=20)
    for sample in seen[1:]:
        assert sample.count(0) == sample.count(1)
        assert sample.count(2) == sample.count(3)


def test_cohen_kappa_is_zero_for_chance_agreement() -> None:
    assert cohen_kappa([True, True, False, False], [True, False, True, False]) == 0.0


def test_cohen_kappa_is_negative_for_systematic_disagreement() -> None:
    assert cohen_kappa([True, False, True, False], [False, True, False, True]) == -1.0


def test_metrics_doctests_pass() -> None:
    assert doctest.testmod(metrics).failed == 0
