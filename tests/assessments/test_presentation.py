"""Results in words and charts: what presentation gives the result, history and couple pages.

Results here are unsaved ``Assessment`` objects holding scores, so no database is needed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from closeknit.assessments import charts, presentation, services
from closeknit.assessments.models import Assessment
from closeknit_core.guidance import couple_dynamics, pair_key
from closeknit_core.instruments import Change
from closeknit_core.instruments.scoring import AnswerProblem
from tests.assessments.helpers import (
    APRIL,
    CLOSENESS,
    DISTANCE,
    INTIMACY,
    MARCH,
    MAY,
    SATISFACTION,
    entry_of,
    svg_of,
)


def result(
    instrument: str, values: Mapping[str, float], at: datetime = MARCH, pk: int | None = None
) -> Assessment:
    """A finished result with these scores, as the database would hand it back."""
    return Assessment(
        pk=pk,
        instrument=instrument,
        version="1.0",
        scores_json=json.dumps({"values": dict(values), "answered": {}}),
        completed_at=at,
    )


def context_for(assessment: Assessment, earlier: Assessment | None = None) -> dict[str, Any]:
    entry = entry_of(assessment.instrument)
    return presentation.result_context(
        entry=entry, pack=entry.text(), assessment=assessment, earlier=earlier, name="Sam"
    )


def satisfaction(value: float, at: datetime = MARCH, pk: int | None = None) -> Assessment:
    return result(SATISFACTION, {"satisfaction": value}, at, pk)


def closeness(anxiety: float, avoidance: float) -> Assessment:
    return result(CLOSENESS, {"anxiety": anxiety, "avoidance": avoidance})


# problem_text


def test_problem_text_for_a_missing_answer() -> None:
    problem = AnswerProblem("cp01", "needs an answer")

    assert presentation.problem_text(problem) == "This one still needs an answer."


def test_problem_text_for_anything_else() -> None:
    problem = AnswerProblem("cp01", "9 is outside 1-7")

    assert presentation.problem_text(problem) == "Please choose one of the answers."


# change_text


def test_change_text_for_a_reliable_rise() -> None:
    change = Change("satisfaction", 2.0, 6.0, rc=4.7)

    assert presentation.change_text(change) == (
        "Up 4.0 points: a reliable change, larger than day-to-day wobble."
    )


def test_change_text_for_a_reliable_fall() -> None:
    change = Change("satisfaction", 6.0, 2.5, rc=-4.1)

    assert presentation.change_text(change) == (
        "Down 3.5 points: a reliable change, larger than day-to-day wobble."
    )


def test_change_text_for_wobble() -> None:
    change = Change("satisfaction", 5.0, 4.0, rc=-1.2)

    assert presentation.change_text(change) == (
        "A shift of 1.0 points, within day-to-day wobble: not a reliable change."
    )


def test_change_text_without_reliability_does_not_judge() -> None:
    change = Change("satisfaction", 5.0, 4.0, rc=None)

    assert presentation.change_text(change) == (
        "1.0 points; we can't yet tell whether that is more than day-to-day wobble."
    )


# score_lines


def test_score_lines_follow_the_instrument_order() -> None:
    entry = entry_of(CLOSENESS)

    lines = presentation.score_lines(entry, entry.text(), {"avoidance": 2.0, "anxiety": 5.0})

    assert [line.id for line in lines] == ["anxiety", "avoidance"]


def test_score_lines_leave_out_missing_scores() -> None:
    entry = entry_of(INTIMACY)

    lines = presentation.score_lines(entry, entry.text(), {"trust": 4.0})

    assert [line.id for line in lines] == ["trust"]


@pytest.mark.parametrize(("value", "reading"), [(4.0, "high"), (3.99, "low"), (7.0, "high")])
def test_score_lines_read_from_the_middle_of_the_scale(value: float, reading: str) -> None:
    entry = entry_of(CLOSENESS)
    pack = entry.text()

    (line, _other) = presentation.score_lines(entry, pack, {"anxiety": value, "avoidance": 1})

    assert line.reading == getattr(pack.scores["anxiety"], reading)


def test_scale_range_spans_the_instruments_scales() -> None:
    assert presentation.scale_range(entry_of(CLOSENESS)) == (1, 7)


# result_context


def test_result_context_names_the_category() -> None:
    context = context_for(closeness(2, 6))

    assert [c["result"].category for c in context["categories"]] == ["avoidant"]


def test_result_context_marks_our_own_cut_offs() -> None:
    context = context_for(satisfaction(6))

    assert [c["ours"] for c in context["categories"]] == [True]


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "expected"),
    [(4.0, 4.0, True), (3.5, 1.0, True), (4.55, 1.0, True), (3.3, 1.0, False), (2.0, 2.0, False)],
)
def test_result_context_is_near_boundary_within_one_sem(
    anxiety: float, avoidance: float, expected: bool
) -> None:
    # one SEM is 1.1 * sqrt(1 - .70), about 0.60
    assert context_for(closeness(anxiety, avoidance))["is_near_boundary"] is expected


def test_result_context_draws_a_quadrant_for_the_closeness_pattern() -> None:
    context = context_for(closeness(2, 6))
    svg = svg_of(context["chart"])

    # the dot is named on the chart; the corners are named in the caption
    assert ">You<" in svg
    assert "top left: " in context["chart_guide"]


def test_result_context_draws_bars_otherwise() -> None:
    svg = svg_of(context_for(satisfaction(5))["chart"])

    assert "Satisfaction check" in svg


def test_result_context_without_earlier_has_no_changes() -> None:
    assert context_for(satisfaction(5))["changes"] == []


def test_result_context_compares_with_earlier() -> None:
    context = context_for(satisfaction(6, APRIL), earlier=satisfaction(2, MARCH))

    assert [(c["name"], c["change"].is_reliable) for c in context["changes"]] == [
        ("Satisfaction", True)
    ]


def test_result_context_has_no_ranking_without_one() -> None:
    assert context_for(closeness(2, 2))["ranking"] is None


# ranking_context


def distance_signs(**weights: float) -> Assessment:
    values = dict.fromkeys(entry_of(DISTANCE).instrument.score_ids, 2.0) | weights
    return result(DISTANCE, values)


def test_ranking_puts_the_heaviest_challenge_first() -> None:
    ranking = context_for(distance_signs(no_time=5.0, past_hurts=4.0))["ranking"]

    assert [line["id"] for line in ranking["order"][:2]] == ["no_time", "past_hurts"]


def test_ranking_of_distance_signs_is_challenges() -> None:
    ranking = context_for(distance_signs())["ranking"]

    assert (ranking["is_challenges"], len(ranking["order"])) == (True, 5)


def test_ranking_gives_each_challenge_its_strategies() -> None:
    ranking = context_for(distance_signs())["ranking"]

    assert all(line["challenge"].strategies for line in ranking["order"])


def test_ranking_of_intimacy_profile_is_strengths_and_growth() -> None:
    values = dict.fromkeys(entry_of(INTIMACY).instrument.score_ids, 3.0)
    values |= {"trust": 5.0, "empathy": 4.5, "respect": 1.5, "communication": 2.0}

    ranking = context_for(result(INTIMACY, values))["ranking"]

    assert (
        ranking["is_challenges"],
        [line["id"] for line in ranking["strengths"]],
        [line["id"] for line in ranking["growth_areas"]],
    ) == (False, ["trust", "empathy"], ["respect", "communication"])


# history_context


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[Sequence[Any]]:
    """The series handed to the history chart, in the order given."""
    calls: list[Sequence[Any]] = []

    def capture(series: Sequence[Any], *, low: float, high: float) -> str:
        calls.append([(name, list(values)) for name, values in series])
        return "data:image/svg+xml;base64,"

    monkeypatch.setattr(charts, "history_chart", capture)
    return calls


def history_of(*assessments: Assessment) -> dict[str, Any]:
    entry = entry_of(SATISFACTION)
    return presentation.history_context(
        entry=entry, pack=entry.text(), rows=services.history(entry, assessments)
    )


def three() -> tuple[Assessment, Assessment, Assessment]:
    return satisfaction(2, MARCH, 1), satisfaction(4, APRIL, 2), satisfaction(6, MAY, 3)


def test_history_context_charts_oldest_first(drawn: list[Sequence[Any]]) -> None:
    history_of(*three())

    assert drawn == [[("Satisfaction", [(MARCH, 2.0), (APRIL, 4.0), (MAY, 6.0)])]]


def test_history_context_lists_newest_first() -> None:
    rows = history_of(*three())["rows"]

    assert [re.findall(r'href="(.*?)"', str(row)) for row in rows] == [
        ["/reflect/3/result/"],
        ["/reflect/2/result/"],
        ["/reflect/1/result/"],
    ]


def test_history_context_dates_each_row() -> None:
    rows = history_of(*three())["rows"]

    assert [re.findall(r'result/">(.*?)</a>', str(row)) for row in rows] == [
        ["1 May 2026"],
        ["1 Apr 2026"],
        ["1 Mar 2026"],
    ]


def test_history_context_gives_each_row_its_change() -> None:
    rows = history_of(*three())["rows"]

    assert ["Up 2.0 points" in row for row in rows] == [True, True, False]


def test_history_context_marks_the_first_result() -> None:
    rows = history_of(*three())["rows"]

    assert ["First time" in row for row in rows] == [False, False, True]


def test_history_context_escapes_what_it_writes_as_html() -> None:
    entry = entry_of(SATISFACTION)
    pack = entry.text()
    scores = dict(pack.scores) | {
        "satisfaction": replace(pack.scores["satisfaction"], name="<b>Bold</b>")
    }
    rows = presentation.history_context(
        entry=entry,
        pack=replace(pack, scores=scores),
        rows=services.history(entry, three()),
    )["rows"]

    assert ("<b>" in rows[0], "&lt;b&gt;Bold&lt;/b&gt;" in rows[0]) == (False, True)


def test_history_context_shows_the_latest_change() -> None:
    context = history_of(satisfaction(6, MARCH, 1), satisfaction(5, APRIL, 2))

    assert [c["text"] for c in context["latest_changes"]] == [
        "A shift of 1.0 points, within day-to-day wobble: not a reliable change."
    ]


def test_history_context_without_results_draws_nothing(drawn: list[Sequence[Any]]) -> None:
    context = history_of()

    assert (context["chart"], context["rows"], drawn) == ("", [], [])


# couple_context


def couple(mine: Assessment | None, theirs: Assessment | None) -> dict[str, Any]:
    entry = entry_of(CLOSENESS)
    return presentation.couple_context(
        entry=entry, pack=entry.text(), mine=mine, theirs=theirs, my_name="You", their_name="Sam"
    )


@pytest.mark.parametrize("who", ["mine", "theirs", "neither"])
def test_couple_context_waits_for_both(who: str) -> None:
    shared = closeness(2, 2)
    context = couple(shared if who == "mine" else None, shared if who == "theirs" else None)

    assert {"chart", "people", "dynamic"} & context.keys() == set()


def test_couple_context_places_both_people() -> None:
    context = couple(closeness(2, 2), closeness(6, 2))

    assert [(p["who"], p["x"], p["y"]) for p in context["people"]] == [
        ("You", 2, 2),
        ("Sam", 2, 6),
    ]


def test_couple_context_names_the_dynamic_of_the_pair() -> None:
    context = couple(closeness(6, 6), closeness(2, 6))

    assert context["dynamic"] == couple_dynamics()[pair_key("fearful", "avoidant")]


def test_couple_context_charts_both_people() -> None:
    svg = svg_of(couple(closeness(2, 2), closeness(6, 2))["chart"])

    assert (">You<" in svg, ">Sam<" in svg) == (True, True)
