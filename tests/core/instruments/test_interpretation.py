"""Interpretation: every boundary of bands and quadrants, linear and prototype rules, near-cut
notices, norms and ranking."""

from __future__ import annotations

import doctest
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.instruments import interpretation
from closeknit_core.instruments.definition import Instrument
from closeknit_core.instruments.interpretation import Interpretation, interpret
from closeknit_core.instruments.scoring import Scores, score_responses
from tests.core.instruments.builders import (
    attachment_definition,
    band,
    build,
    definition,
    extreme_answers,
    reliability,
)


def below(cut: float) -> float:
    return math.nextafter(cut, -math.inf)


def above(cut: float) -> float:
    return math.nextafter(cut, math.inf)


def scores(instrument: Instrument, **values: float) -> Scores:
    return Scores(instrument.id, instrument.version, values, {}, {})


def with_interpretation(**sections: Any) -> Instrument:
    return build(definition(interpretation=sections))


def interpreted(instrument: Instrument, **values: float) -> Interpretation:
    return interpret(instrument, scores(instrument, **values))


def test_module_doctests_pass() -> None:
    assert doctest.testmod(interpretation).failed == 0


# Bands: cuts 2.5 and 3.5 split warmth into lower, middle and higher


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (1.0, "lower"),
        (below(2.5), "lower"),
        (2.5, "middle"),
        (above(2.5), "middle"),
        (3.0, "middle"),
        (below(3.5), "middle"),
        (3.5, "higher"),
        (above(3.5), "higher"),
        (5.0, "higher"),
    ],
)
def test_band_label_at_each_side_of_each_cut(value: float, label: str) -> None:
    (result,) = interpreted(with_interpretation(bands=[band()]), warmth=value).bands
    assert result.label == label
    assert (result.id, result.score, result.value) == ("level", "warmth", value)


@pytest.mark.parametrize("value", [2.5, 3.5, 3.0])
def test_band_has_no_near_boundary_notice_without_reliability(value: float) -> None:
    (result,) = interpreted(with_interpretation(bands=[band()]), warmth=value).bands
    assert result.is_near_boundary is False


# With SD 1 and r .75 the SEM is 0.5: a cut within 0.5 of the score is near.
@pytest.mark.parametrize(
    ("value", "is_near"),
    [
        (2.5, True),
        (2.1, True),  # 0.4 below 2.5
        (2.9, True),  # 0.4 above 2.5
        (3.2, True),  # 0.3 below 3.5
        (3.9, True),  # 0.4 above 3.5
        (1.9, False),  # 0.6 below 2.5
        (4.1, False),  # 0.6 above 3.5
        (1.0, False),
        (5.0, False),
    ],
)
def test_band_near_boundary_within_one_sem(value: float, is_near: bool) -> None:
    instrument = with_interpretation(bands=[band()], reliability=[reliability("warmth")])
    (result,) = interpreted(instrument, warmth=value).bands
    assert result.is_near_boundary is is_near


def test_band_ignores_reliability_of_another_score() -> None:
    instrument = with_interpretation(bands=[band()], reliability=[reliability("strain")])
    (result,) = interpreted(instrument, warmth=2.5, strain=5).bands
    assert result.is_near_boundary is False


def test_band_on_absent_score_is_left_out() -> None:
    instrument = with_interpretation(bands=[band(), band("sum_level", "strain", cuts=[7, 11])])
    result = interpreted(instrument, warmth=3.0)
    assert [b.id for b in result.bands] == ["level"]


def test_band_with_one_cut() -> None:
    instrument = with_interpretation(bands=[band(cuts=[3], labels=["low", "high"])])
    assert interpreted(instrument, warmth=below(3.0)).bands[0].label == "low"
    assert interpreted(instrument, warmth=3.0).bands[0].label == "high"


# Quadrants: x = avoidance, y = anxiety, both cut at 4.0 (the midpoint of 1-7)

LOW, CUT, HIGH = below(4.0), 4.0, above(4.0)


@pytest.mark.parametrize(
    ("avoidance", "anxiety", "category"),
    [
        (CUT, CUT, "fearful"),
        (HIGH, HIGH, "fearful"),
        (LOW, LOW, "secure"),
        (1.0, 1.0, "secure"),
        (CUT, LOW, "avoidant"),
        (HIGH, LOW, "avoidant"),
        (LOW, CUT, "anxious"),
        (LOW, HIGH, "anxious"),
        (CUT, HIGH, "fearful"),
        (7.0, 1.0, "avoidant"),
        (1.0, 7.0, "anxious"),
    ],
)
def test_quadrant_at_each_side_of_each_cut(avoidance: float, anxiety: float, category: str) -> None:
    instrument = build(attachment_definition())
    (result,) = interpreted(instrument, avoidance=avoidance, anxiety=anxiety).classifications
    assert result.category == category
    assert result.ties == ()
    assert result.is_near_boundary is False


def attachment_with_reliability(*scores_with_reliability: str) -> Instrument:
    data = attachment_definition()
    data["interpretation"]["reliability"] = [reliability(s) for s in scores_with_reliability]
    return build(data)


@pytest.mark.parametrize(
    ("avoidance", "anxiety", "is_near"),
    [
        (6.0, 4.3, True),  # anxiety 0.3 above its cut
        (6.0, 3.6, True),  # anxiety 0.4 below
        (3.7, 6.0, True),  # avoidance 0.3 below
        (4.4, 1.0, True),  # avoidance 0.4 above
        (6.0, 4.6, False),  # both 0.6 or more away
        (3.4, 3.4, False),
        (1.0, 7.0, False),
    ],
)
def test_quadrant_near_boundary_within_one_sem(
    avoidance: float, anxiety: float, is_near: bool
) -> None:
    instrument = attachment_with_reliability("anxiety", "avoidance")
    (result,) = interpreted(instrument, avoidance=avoidance, anxiety=anxiety).classifications
    assert result.is_near_boundary is is_near


def test_quadrant_near_boundary_needs_reliability_of_that_score() -> None:
    instrument = attachment_with_reliability("anxiety")
    # avoidance sits on its cut, but only anxiety has a reliability figure
    (result,) = interpreted(instrument, avoidance=4.0, anxiety=7.0).classifications
    assert result.is_near_boundary is False


def test_quadrant_without_reliability_is_never_near() -> None:
    (result,) = interpreted(
        build(attachment_definition()), avoidance=4.0, anxiety=4.0
    ).classifications
    assert result.is_near_boundary is False


def test_quadrant_with_an_absent_score_is_left_out() -> None:
    assert interpreted(build(attachment_definition()), anxiety=5.0).classifications == ()


QUADRANT_OF = {
    (False, False): "secure",
    (False, True): "anxious",
    (True, False): "avoidant",
    (True, True): "fearful",
}


@given(
    st.lists(st.booleans(), min_size=1, max_size=6),
    st.lists(st.booleans(), min_size=1, max_size=6),
    st.integers(-3, 2).flatmap(lambda low: st.tuples(st.just(low), st.integers(low + 1, 9))),
    st.booleans(),
    st.booleans(),
)
def test_extreme_answers_land_in_their_quadrant(
    anxiety_keying: list[bool],
    avoidance_keying: list[bool],
    bounds: tuple[int, int],
    avoidance_high: bool,
    anxiety_high: bool,
) -> None:
    instrument = build(
        attachment_definition(
            anxiety_keying, avoidance_keying, minimum=bounds[0], maximum=bounds[1]
        )
    )
    answers = extreme_answers(instrument, {"avoidance": avoidance_high, "anxiety": anxiety_high})
    result = interpret(instrument, score_responses(instrument, answers, "partner"))
    assert result.classifications[0].category == QUADRANT_OF[avoidance_high, anxiety_high]


def test_all_max_answers_with_keying_are_fearful() -> None:
    instrument = build(attachment_definition())
    # Forward items at 7, reversed items (ax2 and av1) at 1: both dimensions score 7.
    answers = {"ax0": 7, "ax1": 7, "ax2": 1, "av0": 7, "av1": 1, "av2": 7}
    scored = score_responses(instrument, answers, "friend")
    assert scored.values == {"anxiety": 7.0, "avoidance": 7.0}
    assert interpret(instrument, scored).classifications[0].category == "fearful"


# Linear classification functions


def linear_rule(**overrides: Any) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": "kind",
        "type": "linear",
        "functions": [
            {"category": "a", "constant": 1, "weights": {"warmth": 2}},
            {"category": "b", "constant": 0, "weights": {"warmth": 1, "strain": 1}},
            {"category": "c", "constant": 10, "weights": {"strain": -1}},
        ],
        "source": "ours",
    }
    rule.update(overrides)
    return rule


@pytest.mark.parametrize(
    ("warmth", "strain", "category", "ties"),
    [
        (4, 3, "a", ()),  # a = 1 + 8 = 9, b = 4 + 3 = 7, c = 10 - 3 = 7
        (1, 3, "c", ()),  # a = 3, b = 4, c = 7
        (3, 7, "b", ()),  # a = 7, b = 10, c = 3
        (3, 3, "a", ("c",)),  # a = 7, b = 6, c = 7
        (2, 4, "b", ("c",)),  # a = 5, b = 6, c = 6
        (3, 4, "a", ("b",)),  # a = 7, b = 7, c = 6
    ],
)
def test_linear_picks_highest_and_reports_ties(
    warmth: float, strain: float, category: str, ties: tuple[str, ...]
) -> None:
    instrument = with_interpretation(classifications=[linear_rule()])
    (result,) = interpreted(instrument, warmth=warmth, strain=strain).classifications
    assert (result.category, result.ties) == (category, ties)
    assert result.is_near_boundary is False


def test_linear_three_way_tie_in_definition_order() -> None:
    rule = linear_rule(
        functions=[
            {"category": "c", "constant": 0, "weights": {"warmth": 1}},
            {"category": "a", "constant": 1, "weights": {"warmth": 0}},
            {"category": "b", "constant": 0, "weights": {"strain": 1}},
        ]
    )
    (result,) = interpreted(
        with_interpretation(classifications=[rule]), warmth=1, strain=1
    ).classifications
    assert (result.category, result.ties) == ("c", ("a", "b"))


def test_linear_tie_within_rounding() -> None:
    rule = linear_rule(
        functions=[
            {"category": "a", "constant": 0.1, "weights": {"warmth": 0.2}},
            {"category": "b", "constant": 0.3, "weights": {"warmth": 0}},
        ]
    )
    # a = 0.1 + 0.2 * 1 = 0.30000000000000004, b = 0.3: the same but for rounding
    (result,) = interpreted(with_interpretation(classifications=[rule]), warmth=1).classifications
    assert (result.category, result.ties) == ("a", ("b",))


def test_linear_is_never_near_boundary_even_with_reliability() -> None:
    instrument = with_interpretation(
        classifications=[linear_rule()],
        reliability=[reliability("warmth"), reliability("strain")],
    )
    (result,) = interpreted(instrument, warmth=3, strain=3).classifications
    assert result.is_near_boundary is False


def test_linear_with_an_absent_score_is_left_out() -> None:
    instrument = with_interpretation(classifications=[linear_rule()])
    assert interpreted(instrument, warmth=3).classifications == ()


# Highest-rated prototype


def prototype_rule() -> dict[str, Any]:
    prototypes = {"close": "warmth", "tense": "strain", "settled": "overall"}
    return {"id": "nearest", "type": "prototype", "prototypes": prototypes, "source": "ours"}


@pytest.mark.parametrize(
    ("warmth", "strain", "overall", "category", "ties"),
    [
        (5, 3, 4, "close", ()),
        (3, 5, 4, "tense", ()),
        (3, 4, 5, "settled", ()),
        (5, 5, 4, "close", ("tense",)),
        (4, 5, 5, "tense", ("settled",)),
        (5, 5, 5, "close", ("tense", "settled")),
        (4.001, 4.0, 4.0, "close", ()),
        (4.0 + 1e-12, 4.0, 4.0, "close", ("tense", "settled")),  # within rounding: a tie
    ],
)
def test_prototype_picks_highest_and_reports_ties(
    warmth: float, strain: float, overall: float, category: str, ties: tuple[str, ...]
) -> None:
    instrument = with_interpretation(classifications=[prototype_rule()])
    (result,) = interpreted(
        instrument, warmth=warmth, strain=strain, overall=overall
    ).classifications
    assert (result.category, result.ties) == (category, ties)
    assert result.is_near_boundary is False


def test_interpretation_is_near_boundary_gathers_bands_and_classifications() -> None:
    data = attachment_definition()
    data["interpretation"]["bands"] = [
        band("level", "anxiety", cuts=[3, 5], labels=["l", "m", "h"])
    ]
    data["interpretation"]["reliability"] = [reliability("anxiety")]
    instrument = build(data)
    assert interpreted(instrument, anxiety=5.2, avoidance=1.0).is_near_boundary is True
    assert interpreted(instrument, anxiety=4.2, avoidance=1.0).is_near_boundary is True
    assert interpreted(instrument, anxiety=6.5, avoidance=1.0).is_near_boundary is False


# Norms


@pytest.mark.parametrize(
    ("value", "z", "percentile"),
    [
        (3.0, 0.0, 50.0),
        (3.5, 1.0, 84.134),  # (3.5 - 3) / 0.5 = 1; Phi(1) = .84134
        (2.0, -2.0, 2.275),  # (2 - 3) / 0.5 = -2; Phi(-2) = .02275
        (3.98, 1.96, 97.500),  # Phi(1.96) = .97500
    ],
)
def test_norm_gives_z_and_percentile(value: float, z: float, percentile: float) -> None:
    norm = {"score": "warmth", "mean": 3.0, "sd": 0.5, "sample": "a sample", "source": "ours"}
    (standing,) = interpreted(with_interpretation(norms=[norm]), warmth=value).standings
    assert standing.z == pytest.approx(z)
    assert standing.percentile == pytest.approx(percentile, abs=1e-3)
    assert standing.norm.sample == "a sample"


def test_norm_on_absent_score_is_left_out() -> None:
    norm = {"score": "strain", "mean": 9, "sd": 2, "sample": "a sample", "source": "ours"}
    assert interpreted(with_interpretation(norms=[norm]), warmth=3).standings == ()


# Ranking


def ranking(**overrides: Any) -> dict[str, Any]:
    return {"scores": ["warmth", "strain", "overall"], "top": 1, "bottom": 1} | overrides


def test_ranking_orders_strongest_first() -> None:
    result = interpreted(with_interpretation(ranking=ranking()), warmth=4, strain=2, overall=3)
    assert result.ranking is not None
    assert result.ranking.order == ("warmth", "overall", "strain")
    assert result.ranking.strengths == ("warmth",)
    assert result.ranking.growth_areas == ("strain",)


def test_ranking_low_order_puts_lowest_first() -> None:
    instrument = with_interpretation(ranking=ranking(order="low"))
    result = interpreted(instrument, warmth=4, strain=2, overall=3).ranking
    assert result is not None
    assert result.order == ("strain", "overall", "warmth")
    assert (result.strengths, result.growth_areas) == (("strain",), ("warmth",))


def test_ranking_ties_keep_definition_order() -> None:
    result = interpreted(with_interpretation(ranking=ranking()), warmth=3, strain=3, overall=3)
    assert result.ranking is not None
    assert result.ranking.order == ("warmth", "strain", "overall")


def test_ranking_growth_areas_leave_out_strengths() -> None:
    instrument = with_interpretation(ranking=ranking(top=2, bottom=2))
    result = interpreted(instrument, warmth=4, strain=2, overall=3).ranking
    assert result is not None
    assert result.strengths == ("warmth", "overall")
    # weakest first: strain, then overall, which is already a strength
    assert result.growth_areas == ("strain",)


def test_ranking_bottom_zero_has_no_growth_areas() -> None:
    instrument = with_interpretation(ranking=ranking(top=2, bottom=0))
    result = interpreted(instrument, warmth=4, strain=2, overall=3).ranking
    assert result is not None
    assert result.growth_areas == ()


def test_ranking_skips_absent_scores() -> None:
    result = interpreted(with_interpretation(ranking=ranking()), warmth=4, strain=2).ranking
    assert result is not None
    assert result.order == ("warmth", "strain")


def test_no_ranking_without_one_in_the_definition() -> None:
    assert interpreted(build(definition()), warmth=4).ranking is None
