"""The assessment services: starting, answering, finishing, sharing, results and storage."""

from __future__ import annotations

import pytest
from django.db import connection

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from closeknit_core.instruments import AnswerError
from tests.assessments.helpers import (
    APRIL,
    CLOSENESS,
    INTIMACY,
    MARCH,
    MAY,
    SATISFACTION,
    answers_for,
    entry_of,
    finished,
    frozen,
    started,
)

pytestmark = pytest.mark.django_db


def raw_columns(assessment: Assessment) -> tuple[str, str]:
    """What the database itself holds, past the field's decryption."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT answers_json, scores_json FROM assessments_assessment WHERE id = %s",
            [assessment.pk],
        )
        return cursor.fetchone()


# can_take


@pytest.mark.parametrize(
    ("instrument", "expected"),
    [(CLOSENESS, True), (SATISFACTION, False), (INTIMACY, False), ("distance-signs", False)],
)
def test_can_take_in_general_only_where_allowed(instrument: str, expected: bool) -> None:
    assert services.can_take(entry_of(instrument), None) is expected


@pytest.mark.parametrize("kind", ["partner", "friend", "family"])
def test_can_take_about_every_kind_of_relationship(kind: str) -> None:
    relationship = Relationship(kind=kind)

    assert all(services.can_take(entry, relationship) for entry in services.catalogue())


# open_assessment


def test_open_assessment_starts_an_empty_one(alice: User, partners: Relationship) -> None:
    assessment = started(alice, CLOSENESS, partners)

    assert (assessment.answers, assessment.is_complete, assessment.kind) == ({}, False, "partner")


def test_open_assessment_in_general_has_no_kind(alice: User) -> None:
    assessment = started(alice, CLOSENESS, None)

    assert (assessment.relationship, assessment.kind) == (None, "")


def test_open_assessment_resumes_the_unfinished_one(
    alice: User, partners: Relationship, unfinished: Assessment
) -> None:
    assert started(alice, CLOSENESS, partners) == unfinished


def test_open_assessment_does_not_resume_a_result(alice: User, partners: Relationship) -> None:
    result = finished(alice, CLOSENESS, partners)

    assert started(alice, CLOSENESS, partners) != result


def test_open_assessment_does_not_resume_one_about_someone_else(
    alice: User, friend: Relationship, unfinished: Assessment
) -> None:
    assert started(alice, CLOSENESS, friend) != unfinished


def test_open_assessment_does_not_resume_another_persons(
    bob: User, partners: Relationship, unfinished: Assessment
) -> None:
    assert started(bob, CLOSENESS, partners) != unfinished


def test_open_assessment_does_not_resume_an_older_version(
    alice: User, partners: Relationship, unfinished: Assessment
) -> None:
    Assessment.objects.filter(pk=unfinished.pk).update(version="0.9")

    assert started(alice, CLOSENESS, partners).version == "1.0"


# check_answer


@pytest.mark.parametrize(
    ("value", "expected"), [("1", 1), ("7", 7), (4, 4), ("", None), (None, None)]
)
def test_check_answer_accepts_a_choice_or_a_blank(
    unfinished: Assessment, value: object, expected: int | None
) -> None:
    assert services.check_answer(entry_of(CLOSENESS), unfinished, "cp01", value) == expected


@pytest.mark.parametrize(
    "value",
    ["0", "8", "-1", "abc", "3.5", " ", "7" * 100_000, "²"],
    ids=["below", "above", "negative", "text", "decimal", "space", "huge", "superscript"],
)
def test_check_answer_refuses_what_is_not_a_choice(unfinished: Assessment, value: str) -> None:
    with pytest.raises(AnswerError):
        services.check_answer(entry_of(CLOSENESS), unfinished, "cp01", value)


def test_check_answer_refuses_unknown_item(unfinished: Assessment) -> None:
    with pytest.raises(AnswerError) as caught:
        services.check_answer(entry_of(CLOSENESS), unfinished, "x" * 10_000, "3")

    assert len(caught.value.problems[0].item) == 60


def test_check_answer_refuses_item_not_asked_of_a_friend(alice: User, friend: Relationship) -> None:
    assessment = started(alice, INTIMACY, friend)

    with pytest.raises(AnswerError):
        services.check_answer(entry_of(INTIMACY), assessment, "ip10", "3")


def test_check_answer_accepts_item_asked_of_a_partner(alice: User, partners: Relationship) -> None:
    assessment = started(alice, INTIMACY, partners)

    assert services.check_answer(entry_of(INTIMACY), assessment, "ip10", "3") == 3


# save_answers


def test_save_answers_keeps_them(unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 3})
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp01": 3}


def test_save_answers_merges_with_earlier_ones(unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 3, "cp02": 4})
    services.save_answers(assessment=unfinished, answers={"cp02": 5, "cp03": 6})
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp01": 3, "cp02": 5, "cp03": 6}


def test_save_answers_blank_clears_an_answer(unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 3, "cp02": 4})
    services.save_answers(assessment=unfinished, answers={"cp01": None})
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp02": 4}


def test_save_answers_leaves_a_result_alone(alice: User, partners: Relationship) -> None:
    result = finished(alice, CLOSENESS, partners, levels=2)
    before = result.answers

    services.save_answers(assessment=result, answers={"cp01": 7})
    result.refresh_from_db()

    assert result.answers == before


def test_save_answers_stores_them_encrypted(unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 3})

    answers, _scores = raw_columns(unfinished)

    assert (answers.startswith("fernet:"), "cp01" in answers) == (True, False)


# complete


def complete_with(assessment: Assessment, answers: dict[str, int]) -> Assessment:
    services.save_answers(assessment=assessment, answers=answers)
    with frozen(MARCH):
        return services.complete(assessment=assessment, entry=entry_of(assessment.instrument))


def test_complete_scores_the_answers(unfinished: Assessment) -> None:
    result = complete_with(
        unfinished, answers_for(CLOSENESS, "partner", {"anxiety": 6, "avoidance": 3})
    )

    assert result.scores["values"] == {"anxiety": 6.0, "avoidance": 3.0}


def test_complete_counts_the_answers(unfinished: Assessment) -> None:
    result = complete_with(unfinished, answers_for(CLOSENESS, "partner", 4))

    assert result.scores["answered"] == {"anxiety": 6, "avoidance": 6}


def test_complete_dates_the_result(unfinished: Assessment) -> None:
    result = complete_with(unfinished, answers_for(CLOSENESS, "partner", 4))

    assert result.completed_at == MARCH


def test_complete_keeps_the_result(unfinished: Assessment) -> None:
    complete_with(unfinished, answers_for(CLOSENESS, "partner", 4))
    unfinished.refresh_from_db()

    assert (unfinished.is_complete, unfinished.scores["values"]["anxiety"]) == (True, 4.0)


def test_complete_stores_the_scores_encrypted(unfinished: Assessment) -> None:
    complete_with(unfinished, answers_for(CLOSENESS, "partner", 4))

    _answers, scores = raw_columns(unfinished)

    assert (scores.startswith("fernet:"), "anxiety" in scores) == (True, False)


def test_complete_stores_the_answers_encrypted(unfinished: Assessment) -> None:
    complete_with(unfinished, answers_for(CLOSENESS, "partner", 4))

    answers, _scores = raw_columns(unfinished)

    assert (answers.startswith("fernet:"), "cp01" in answers) == (True, False)


def test_complete_with_missing_answers_names_them(unfinished: Assessment) -> None:
    answers = answers_for(CLOSENESS, "partner", 4)
    del answers["cp05"]

    with pytest.raises(AnswerError) as caught:
        complete_with(unfinished, answers)

    assert [(p.item, p.reason) for p in caught.value.problems] == [("cp05", "needs an answer")]


def test_complete_with_missing_answers_keeps_it_unfinished(unfinished: Assessment) -> None:
    with pytest.raises(AnswerError):
        complete_with(unfinished, {"cp01": 4})
    unfinished.refresh_from_db()

    assert (unfinished.is_complete, unfinished.scores_json) == (False, "")


def test_complete_allows_a_share_of_blanks_where_the_policy_does(
    alice: User, partners: Relationship
) -> None:
    # intimacy profile: at least two of every three items per part (min_share 0.66)
    assessment = started(alice, INTIMACY, partners)
    answers = answers_for(INTIMACY, "partner", 4)
    del answers["ip01"]

    assert complete_with(assessment, answers).is_complete


def test_complete_twice_keeps_the_first_result(alice: User, partners: Relationship) -> None:
    result = finished(alice, CLOSENESS, partners, levels=2, at=MARCH)

    with frozen(APRIL):
        again = services.complete(assessment=result, entry=entry_of(CLOSENESS))

    assert (again.completed_at, again.scores_json) == (MARCH, result.scores_json)


# set_sharing


def test_set_sharing_shares_a_result(alice: User, partners: Relationship) -> None:
    result = finished(alice, CLOSENESS, partners)

    services.set_sharing(assessment=result, is_shared=True)
    result.refresh_from_db()

    assert result.is_shared


def test_set_sharing_stops_sharing(alice: User, partners: Relationship) -> None:
    result = finished(alice, CLOSENESS, partners, is_shared=True)

    services.set_sharing(assessment=result, is_shared=False)
    result.refresh_from_db()

    assert not result.is_shared


def test_set_sharing_leaves_unfinished_private(unfinished: Assessment) -> None:
    services.set_sharing(assessment=unfinished, is_shared=True)
    unfinished.refresh_from_db()

    assert not unfinished.is_shared


def test_set_sharing_leaves_result_in_general_private(alice: User) -> None:
    result = finished(alice, CLOSENESS, None)

    services.set_sharing(assessment=result, is_shared=True)
    result.refresh_from_db()

    assert not result.is_shared


# results, history and latest_shared


def test_results_come_oldest_first(alice: User, partners: Relationship) -> None:
    may = finished(alice, SATISFACTION, partners, at=MAY)
    march = finished(alice, SATISFACTION, partners, at=MARCH)

    assert list(
        services.results(person=alice, instrument_id=SATISFACTION, relationship=partners)
    ) == [march, may]


def test_results_leave_out_unfinished_and_others(
    alice: User, bob: User, partners: Relationship, friend: Relationship
) -> None:
    mine = finished(alice, SATISFACTION, partners)
    started(alice, SATISFACTION, partners)
    finished(bob, SATISFACTION, partners)
    finished(alice, SATISFACTION, friend)
    finished(alice, CLOSENESS, partners)

    assert list(
        services.results(person=alice, instrument_id=SATISFACTION, relationship=partners)
    ) == [mine]


def test_history_first_row_has_no_change(alice: User, partners: Relationship) -> None:
    results = [finished(alice, SATISFACTION, partners, levels=2, at=MARCH)]

    assert services.history(entry_of(SATISFACTION), results)[0].changes == ()


def test_history_compares_each_with_the_one_before(alice: User, partners: Relationship) -> None:
    results = [
        finished(alice, SATISFACTION, partners, levels=level, at=moment)
        for level, moment in ((2, MARCH), (5, APRIL), (6, MAY))
    ]

    rows = services.history(entry_of(SATISFACTION), results)

    assert [(c.before, c.after) for row in rows[1:] for c in row.changes] == [(2, 5), (5, 6)]


def test_latest_shared_is_the_newest_shared_closeness_pattern(
    alice: User, partners: Relationship
) -> None:
    finished(alice, CLOSENESS, partners, at=MARCH, is_shared=True)
    april = finished(alice, CLOSENESS, partners, at=APRIL, is_shared=True)
    finished(alice, CLOSENESS, partners, at=MAY)
    finished(alice, SATISFACTION, partners, at=MAY, is_shared=True)

    assert services.latest_shared(partners, alice) == april


def test_latest_shared_is_none_when_nothing_is_shared(alice: User, partners: Relationship) -> None:
    finished(alice, CLOSENESS, partners)

    assert services.latest_shared(partners, alice) is None


def test_latest_shared_for_nobody_is_none(solo: Relationship) -> None:
    assert services.latest_shared(solo, None) is None
