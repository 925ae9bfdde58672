"""Scoring: hand-computed cases, the missing-answer policies, kinds, and every bad answer."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeknit_core.instruments.definition import Scale
from closeknit_core.instruments.scoring import AnswerError, AnswerProblem, Scores, score_responses
from tests.core.instruments.builders import build, definition, item

# w2 and s3 are reversed on the 1-5 scale: a reversed answer a scores 1 + 5 - a = 6 - a.
COMPLETE = {"w1": 5, "w2": 2, "w3": 4, "s1": 3, "s2": 1, "s3": 5}


def problems_of(
    instrument_data: dict[str, Any], answers: Mapping[Any, object], kind: str | None = "friend"
) -> tuple[AnswerProblem, ...]:
    with pytest.raises(AnswerError) as caught:
        score_responses(build(instrument_data), answers, kind)
    return caught.value.problems


def min_share(share: float) -> dict[str, Any]:
    return definition(missing={"policy": "min_share", "min_share": share})


# Hand-computed cases


def test_score_responses_mean_sum_and_totals_by_hand() -> None:
    scores = score_responses(build(definition()), COMPLETE, "friend")
    # warmth (mean): w1 5, w2 reversed 6 - 2 = 4, w3 4 -> (5 + 4 + 4) / 3 = 13 / 3
    assert scores.values["warmth"] == pytest.approx(13 / 3)
    # strain (sum): s1 3, s2 1, s3 reversed 6 - 5 = 1 -> 3 + 1 + 1 = 5
    assert scores.values["strain"] == 5
    # overall (mean of all six keyed answers): (13 + 5) / 6 = 3.0
    assert scores.values["overall"] == pytest.approx(3.0)
    # overall_sum: 13 + 5 = 18
    assert scores.values["overall_sum"] == 18
    assert dict(scores.answered) == {"warmth": 3, "strain": 3, "overall": 6, "overall_sum": 6}
    assert dict(scores.asked) == {"warmth": 3, "strain": 3, "overall": 6, "overall_sum": 6}
    assert (scores.instrument, scores.version) == ("tiny", "1.0")


def test_score_responses_all_reversed_extremes_by_hand() -> None:
    answers = {"w1": 1, "w2": 1, "w3": 1, "s1": 5, "s2": 5, "s3": 5}
    scores = score_responses(build(definition()), answers, "partner")
    # warmth: 1, 6 - 1 = 5, 1 -> 7 / 3; strain: 5 + 5 + (6 - 5) = 11
    assert scores.values["warmth"] == pytest.approx(7 / 3)
    assert scores.values["strain"] == 11
    # overall: (7 + 11) / 6 = 3.0; overall_sum: 18
    assert scores.values["overall"] == pytest.approx(3.0)
    assert scores.values["overall_sum"] == 18


@pytest.mark.parametrize("blank", [{"s2": None}, {}], ids=["None", "left-out"])
def test_score_responses_prorates_sums_under_min_share(blank: dict[str, None]) -> None:
    answers = {k: v for k, v in COMPLETE.items() if k != "s2"} | blank
    scores = score_responses(build(min_share(0.5)), answers, "friend")
    # strain: s1 3 + s3 (6 - 5 = 1) = 4 over 2 of 3 items, prorated: 4 / 2 * 3 = 6.0
    assert scores.values["strain"] == pytest.approx(6.0)
    # warmth unchanged: 13 / 3
    assert scores.values["warmth"] == pytest.approx(13 / 3)
    # overall mean: (13 + 4) / 5 = 3.4; overall_sum prorated: 17 / 5 * 6 = 20.4
    assert scores.values["overall"] == pytest.approx(3.4)
    assert scores.values["overall_sum"] == pytest.approx(20.4)
    assert scores.answered["strain"] == 2
    assert scores.asked["strain"] == 3
    assert scores.answered["overall_sum"] == 5


def test_score_responses_mean_under_min_share_uses_answered_items() -> None:
    answers = COMPLETE | {"w3": None}
    scores = score_responses(build(min_share(0.5)), answers, "friend")
    # warmth: (5 + 4) / 2 = 4.5, a mean is never prorated
    assert scores.values["warmth"] == pytest.approx(4.5)


def test_score_responses_refuses_fewer_answers_than_min_share() -> None:
    # min_share .5 of 3 items needs ceil(1.5) = 2 answers; strain has only s1
    answers = COMPLETE | {"s2": None, "s3": None}
    problems = problems_of(min_share(0.5), answers)
    assert problems == (
        AnswerProblem("s2", "needs an answer"),
        AnswerProblem("s3", "needs an answer"),
    )


def test_score_responses_accepts_exactly_min_share() -> None:
    # 2 / 3 of 3 items is exactly 2 answers: enough, despite floating point
    answers = COMPLETE | {"s2": None}
    scores = score_responses(build(min_share(2 / 3)), answers, "friend")
    assert scores.answered["strain"] == 2


def test_score_responses_complete_policy_refuses_any_blank() -> None:
    problems = problems_of(definition(), COMPLETE | {"s2": None})
    assert problems == (AnswerProblem("s2", "needs an answer"),)


def test_score_responses_names_every_missing_item() -> None:
    problems = problems_of(definition(), {"w2": 3})
    assert {p.item for p in problems} == {"w1", "w3", "s1", "s2", "s3"}
    assert all(p.reason == "needs an answer" for p in problems)


# Skippable items


def skippable_definition() -> dict[str, Any]:
    data = definition()
    data["items"][2]["skippable"] = True  # w3
    data["subscales"].append({"id": "extra", "method": "mean"})
    data["items"].append(item("x1", "extra", skippable=True))
    data["totals"].append({"id": "extra_total", "subscales": ["extra"], "method": "sum"})
    return data


def test_score_responses_skippable_item_may_be_blank() -> None:
    answers = COMPLETE | {"w3": None}
    scores = score_responses(build(skippable_definition()), answers, "friend")
    # warmth: (5 + 4) / 2 = 4.5 over the two answered items
    assert scores.values["warmth"] == pytest.approx(4.5)
    assert scores.answered["warmth"] == 2
    assert scores.asked["warmth"] == 3


def test_score_responses_skippable_item_counts_when_answered() -> None:
    scores = score_responses(build(skippable_definition()), COMPLETE | {"x1": 2}, "friend")
    assert scores.values["warmth"] == pytest.approx(13 / 3)
    assert scores.values["extra"] == 2
    assert scores.values["extra_total"] == 2


def test_score_responses_leaves_out_a_subscale_whose_skippable_items_were_skipped() -> None:
    scores = score_responses(build(skippable_definition()), COMPLETE, "friend")
    assert "extra" not in scores.values
    assert "extra_total" not in scores.values
    assert scores.answered["extra"] == 0
    assert scores.asked["extra"] == 1


def test_score_responses_skippable_item_still_checks_its_answer() -> None:
    problems = problems_of(skippable_definition(), COMPLETE | {"x1": 9})
    assert problems == (AnswerProblem("x1", "9 is outside 1-5"),)


# Items asked only in some kinds of relationship


def kinds_definition() -> dict[str, Any]:
    data = definition()
    data["items"].append(item("w4", "warmth", kinds=["partner"]))
    return data


def test_score_responses_includes_item_for_its_kind() -> None:
    scores = score_responses(build(kinds_definition()), COMPLETE | {"w4": 1}, "partner")
    # warmth: (5 + 4 + 4 + 1) / 4 = 3.5
    assert scores.values["warmth"] == pytest.approx(3.5)
    assert scores.asked["warmth"] == 4
    assert scores.asked["overall"] == 7


@pytest.mark.parametrize("kind", ["friend", "family", None])
def test_score_responses_leaves_out_item_for_other_kinds(kind: str | None) -> None:
    scores = score_responses(build(kinds_definition()), COMPLETE, kind)
    assert scores.values["warmth"] == pytest.approx(13 / 3)
    assert scores.asked["warmth"] == 3


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("friend", "is not asked in a friend relationship"),
        ("family", "is not asked in a family relationship"),
        (None, "is not asked in the general version"),
    ],
)
def test_score_responses_refuses_answer_to_unasked_item(kind: str | None, reason: str) -> None:
    problems = problems_of(kinds_definition(), COMPLETE | {"w4": 3}, kind)
    assert problems == (AnswerProblem("w4", reason),)


def test_score_responses_needs_item_asked_for_its_kind() -> None:
    problems = problems_of(kinds_definition(), COMPLETE, "partner")
    assert problems == (AnswerProblem("w4", "needs an answer"),)


def test_asked_items_follow_kinds() -> None:
    instrument = build(kinds_definition())
    assert [i.id for i in instrument.asked_items("partner")][-1] == "w4"
    assert "w4" not in [i.id for i in instrument.asked_items("friend")]
    assert "w4" not in [i.id for i in instrument.asked_items(None)]
    assert instrument.items_by_id["w1"].is_asked(None)


# Bad answers


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (0, "0 is outside 1-5"),
        (6, "6 is outside 1-5"),
        (-1, "-1 is outside 1-5"),
        (6.0, "6 is outside 1-5"),
        (10**11, "100000000000 is outside 1-5"),
        (10**20, "a number far too large is outside 1-5"),
        ("3", "'3' is not a whole number"),
        ("", "'' is not a whole number"),
        ("three", "'three' is not a whole number"),
        (True, "True is not a whole number"),
        (False, "False is not a whole number"),
        (3.5, "3.5 is not a whole number"),
        (math.nan, "nan is not a whole number"),
        (math.inf, "inf is not a whole number"),
        (-math.inf, "-inf is not a whole number"),
        ([3], "[3] is not a whole number"),
        ({"value": 3}, "{'value': 3} is not a whole number"),
        ((3,), "(3,) is not a whole number"),
        (b"3", "b'3' is not a whole number"),
        (3 + 0j, "(3+0j) is not a whole number"),
    ],
)
def test_score_responses_refuses_bad_answer(answer: object, reason: str) -> None:
    problems = problems_of(definition(), COMPLETE | {"w1": answer})
    assert problems == (AnswerProblem("w1", reason),)


def test_score_responses_cuts_long_answers_short_in_the_reason() -> None:
    (problem,) = problems_of(definition(), COMPLETE | {"w1": "x" * 500})
    assert problem.item == "w1"
    assert len(problem.reason) < 80


@pytest.mark.parametrize(
    "answer",
    [10**1000, 10**5000, -(10**5000), [10**5000]],
    ids=["1000-digits", "5000-digits", "minus-5000-digits", "in-a-list"],
)
def test_score_responses_refuses_enormous_int_with_answer_error(answer: object) -> None:
    # Python refuses to turn an int of more than 4300 digits into text; the reason must not.
    problems = problems_of(definition(), COMPLETE | {"w1": answer})
    assert [p.item for p in problems] == ["w1"]
    assert len(str(problems[0])) < 200


def test_score_responses_accepts_whole_floats() -> None:
    as_floats = {k: float(v) for k, v in COMPLETE.items()}
    instrument = build(definition())
    assert (
        score_responses(instrument, as_floats, "friend").values
        == score_responses(instrument, COMPLETE, "friend").values
    )


def test_score_responses_refuses_unknown_item() -> None:
    problems = problems_of(definition(), COMPLETE | {"zz": 3, 7: 3})
    assert problems == (
        AnswerProblem("zz", "is not an item of this instrument"),
        AnswerProblem("7", "is not an item of this instrument"),
    )


def test_score_responses_refuses_unknown_item_even_when_blank() -> None:
    problems = problems_of(definition(), COMPLETE | {"zz": None})
    assert problems == (AnswerProblem("zz", "is not an item of this instrument"),)


def test_answer_error_names_every_item() -> None:
    answers = {"w1": 0, "w2": "x", "w3": 3.5, "s1": None, "s2": True, "zz": 3}
    with pytest.raises(AnswerError) as caught:
        score_responses(build(definition()), answers, "friend")
    named = {p.item for p in caught.value.problems}
    assert named == {"w1", "w2", "w3", "s1", "s2", "s3", "zz"}
    for item_id in named:
        assert f"{item_id}: " in str(caught.value)


def test_answer_error_message_shows_twenty_problems() -> None:
    data = definition(
        subscales=[{"id": "many", "method": "mean"}],
        items=[item(f"m{i:02}", "many") for i in range(25)],
        totals=[],
    )
    with pytest.raises(AnswerError) as caught:
        score_responses(build(data), {}, "friend")
    assert len(caught.value.problems) == 25
    assert str(caught.value).endswith("(and 5 more)")
    assert "m19: needs an answer" in str(caught.value)
    assert "m20" not in str(caught.value)


HALF_NEEDED = build(min_share(0.5))
answer_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
answer_keys = st.one_of(st.sampled_from([*sorted(COMPLETE), "zz"]), st.text(max_size=5))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(answer_keys, answer_values, max_size=8), st.sampled_from(["partner", None]))
def test_score_responses_gives_scores_or_answer_error(
    answers: dict[str, object], kind: str | None
) -> None:
    try:
        scores = score_responses(HALF_NEEDED, answers, kind)
    except AnswerError as error:
        assert error.problems
    else:
        assert isinstance(scores, Scores)


# Properties


@given(
    st.integers(-100, 99).flatmap(lambda low: st.tuples(st.just(low), st.integers(low + 1, 100))),
    st.data(),
)
def test_scale_reverse_twice_is_identity(bounds: tuple[int, int], data: st.DataObject) -> None:
    scale = Scale("s", *bounds)
    answer = data.draw(st.integers(scale.min, scale.max))
    assert scale.min <= scale.reverse(answer) <= scale.max
    assert scale.reverse(scale.reverse(answer)) == answer


complete_answers = st.fixed_dictionaries({k: st.integers(1, 5) for k in COMPLETE})


@given(complete_answers.flatmap(lambda a: st.tuples(st.just(a), st.permutations(list(a)))))
def test_score_responses_ignores_answer_order(case: tuple[dict[str, int], list[str]]) -> None:
    answers, order = case
    instrument = build(definition())
    shuffled = {k: answers[k] for k in order}
    first, second = score_responses(instrument, answers), score_responses(instrument, shuffled)
    assert first.values == second.values
    assert first.answered == second.answered


@given(
    st.fixed_dictionaries({k: st.none() | st.integers(1, 5) for k in COMPLETE}).flatmap(
        lambda a: st.tuples(st.just(a), st.permutations(list(a)))
    )
)
def test_score_responses_ignores_answer_order_with_blanks(
    case: tuple[dict[str, int | None], list[str]],
) -> None:
    answers, order = case
    instrument = build(min_share(0.5))
    shuffled = {k: answers[k] for k in order}
    outcomes: list[Mapping[str, object]] = []
    for given_answers in (answers, shuffled):
        try:
            outcomes.append(score_responses(instrument, given_answers).values)
        except AnswerError as error:
            outcomes.append({p.item: p.reason for p in error.problems})
    assert outcomes[0] == outcomes[1]


@given(complete_answers)
def test_scores_stay_within_the_scale(answers: dict[str, int]) -> None:
    values = score_responses(build(definition()), answers).values
    assert 1 <= values["warmth"] <= 5
    assert 3 <= values["strain"] <= 15
    assert 1 <= values["overall"] <= 5
    assert 6 <= values["overall_sum"] <= 30


@given(complete_answers)
def test_flipping_keying_and_answers_keeps_scores(answers: dict[str, int]) -> None:
    data = definition()
    for entry in data["items"]:
        entry["reverse"] = not entry["reverse"]
    flipped = {k: 6 - v for k, v in answers.items()}
    original = score_responses(build(definition()), answers).values
    assert score_responses(build(data), flipped).values == pytest.approx(original)
