"""The reliable change index (Jacobson & Truax, 1991) and comparing two results."""

from __future__ import annotations

import doctest
import math

import pytest

from closeknit_core.instruments import change
from closeknit_core.instruments.change import Change, compare, reliable_change_index
from closeknit_core.instruments.definition import Reliability, Source, Sourced
from closeknit_core.instruments.scoring import Scores
from tests.core.instruments.builders import build, definition, reliability

OURS = Sourced(Source.OURS)
# SD 1 and r .5: SEM = sqrt(.5) and S_diff = sqrt(2) * sqrt(.5) = 1, so RC = the difference.
UNIT = Reliability("x", 1.0, 0.5, "retest", OURS)


def test_module_doctests_pass() -> None:
    assert doctest.testmod(change).failed == 0


def test_rci_worked_example() -> None:
    r = Reliability("x", 7.5, 0.88, "retest", OURS)
    # SEM = 7.5 * sqrt(.12) = 2.598; S_diff = sqrt(2) * 2.598 = 3.674; RC = -10 / 3.674 = -2.72
    assert r.sem == pytest.approx(2.598, abs=1e-3)
    assert math.sqrt(2) * r.sem == pytest.approx(3.674, abs=1e-3)
    assert reliable_change_index(30, 20, r) == pytest.approx(-2.72, abs=5e-3)
    assert reliable_change_index(20, 30, r) == pytest.approx(2.72, abs=5e-3)
    assert Change("x", 30, 20, reliable_change_index(30, 20, r)).is_reliable is True


def test_rci_of_no_change_is_zero() -> None:
    assert reliable_change_index(4.5, 4.5, UNIT) == 0


@pytest.mark.parametrize(
    ("before", "after", "is_reliable"),
    [
        (3.0, 4.97, True),  # RC = 1.97
        (3.0, 4.95, False),  # RC = 1.95
        (4.97, 3.0, True),  # RC = -1.97
        (4.95, 3.0, False),  # RC = -1.95
        (3.0, 3.5, False),
        (1.0, 7.0, True),
    ],
)
def test_rci_reliable_on_either_side_of_196(before: float, after: float, is_reliable: bool) -> None:
    rc = reliable_change_index(before, after, UNIT)
    assert rc == pytest.approx(after - before)
    assert Change("x", before, after, rc).is_reliable is is_reliable


@pytest.mark.parametrize(("rc", "is_reliable"), [(1.96, False), (-1.96, False), (1.9600001, True)])
def test_change_is_reliable_only_beyond_196(rc: float, is_reliable: bool) -> None:
    assert Change("x", 0.0, 1.0, rc).is_reliable is is_reliable


def test_change_without_rc_is_not_judged() -> None:
    result = Change("x", 2.0, 5.0, None)
    assert result.is_reliable is None
    assert result.difference == 3.0


def test_satisfaction_like_figures_need_about_1_7_points() -> None:
    r = Reliability("x", 1.2, 0.75, "retest", OURS)
    # SEM = 1.2 * .5 = .6; S_diff = .849; 1.96 * .849 = 1.663 points
    assert Change("x", 3.0, 4.6, reliable_change_index(3.0, 4.6, r)).is_reliable is False
    assert Change("x", 3.0, 4.7, reliable_change_index(3.0, 4.7, r)).is_reliable is True


# compare()


def results(**values: float) -> Scores:
    return Scores("tiny", "1.0", values, {}, {})


def test_compare_gives_changes_in_instrument_order() -> None:
    instrument = build(
        definition(interpretation={"reliability": [reliability("strain", 1.0, 0.5)]})
    )
    before = results(overall=3.0, strain=5.0, warmth=2.0)
    after = results(warmth=4.5, overall=3.0, strain=8.0)
    changes = compare(instrument, before, after)
    assert [c.score for c in changes] == ["warmth", "strain", "overall"]
    warmth, strain, overall = changes
    assert (warmth.before, warmth.after, warmth.rc, warmth.is_reliable) == (2.0, 4.5, None, None)
    # strain: SD 1, r .5 -> S_diff 1, so RC = 8 - 5 = 3
    assert strain.rc == pytest.approx(3.0)
    assert strain.is_reliable is True
    assert overall.difference == 0


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"warmth": 3.0, "strain": 6.0}, {"warmth": 4.0}),
        ({"warmth": 3.0}, {"warmth": 4.0, "strain": 6.0}),
    ],
    ids=["missing-after", "missing-before"],
)
def test_compare_skips_scores_missing_on_one_side(
    before: dict[str, float], after: dict[str, float]
) -> None:
    changes = compare(build(definition()), results(**before), results(**after))
    assert [c.score for c in changes] == ["warmth"]


def test_compare_with_nothing_in_common_is_empty() -> None:
    assert compare(build(definition()), results(warmth=3.0), results(strain=6.0)) == ()
