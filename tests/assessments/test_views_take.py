"""Answering a questionnaire, by exit path: the whole page, and saving as one goes (htmx)."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from tests.assessments.helpers import (
    CLOSENESS,
    HTMX,
    INTIMACY,
    THIRTY_DIGITS,
    answers_for,
    as_post,
    entry_of,
    login_redirect,
    messages_of,
    started,
    url,
)
from tests.factories import RelationshipFactory

pytestmark = pytest.mark.django_db

PHYSICAL_ITEMS = ("ip10", "ip20", "ip30")
NEEDS_AN_ANSWER = "This one still needs an answer."


def item_inputs(html: str, item_id: str) -> int:
    return html.count(f'name="{item_id}"')


def chosen(html: str, item_id: str) -> list[str]:
    """The values shown as chosen for one item."""
    inputs = re.findall(rf'<input[^>]*name="{item_id}"[^>]*>', html)
    return [re.findall(r'value="(.*?)"', i)[0] for i in inputs if " checked" in i]


# every page of one assessment


ASSESSMENT_PAGES = [("take", "get"), ("answer", "post"), ("result", "get"), ("share", "post")]


# not "page": that name is pytest-playwright's fixture, and would pull these into the browser run
@pytest.mark.parametrize(("view_name", "method"), ASSESSMENT_PAGES)
@pytest.mark.parametrize("pk", ["abc", "general", "999999", THIRTY_DIGITS, "-1"])
def test_assessment_page_with_bad_id_is_not_found(
    alice_client: Client, view_name: str, method: str, pk: str
) -> None:
    path = reverse(f"assessments:{view_name}", args=[1]).replace("/1/", f"/{pk}/")

    response = getattr(alice_client, method)(path)

    assert response.status_code == 404


# take


def test_take_asks_anonymous_to_sign_in(anonymous_client: Client, unfinished: Assessment) -> None:
    response = anonymous_client.get(url("take", unfinished))

    assert response.url == login_redirect(url("take", unfinished))


@pytest.mark.parametrize("someone", ["bob_client", "carol_client"])
def test_take_hides_someone_elses_assessment(
    request: pytest.FixtureRequest, someone: str, unfinished: Assessment
) -> None:
    client: Client = request.getfixturevalue(someone)

    response = client.get(url("take", unfinished))

    assert response.status_code == 404


def test_take_by_someone_else_saves_nothing(bob_client: Client, unfinished: Assessment) -> None:
    bob_client.post(url("take", unfinished), {"cp01": "3"})
    unfinished.refresh_from_db()

    assert unfinished.answers == {}


@pytest.mark.parametrize("pk", ["999999", THIRTY_DIGITS])
def test_take_missing_assessment_is_not_found(alice_client: Client, pk: str) -> None:
    response = alice_client.get(f"/reflect/{pk}/")

    assert response.status_code == 404


@pytest.mark.parametrize("pk", ["abc", "general"])
def test_take_with_non_number_is_not_found(alice_client: Client, pk: str) -> None:
    response = alice_client.get(f"/reflect/{pk}/")

    assert response.status_code == 404


def test_take_refuses_other_methods(alice_client: Client, unfinished: Assessment) -> None:
    response = alice_client.put(url("take", unfinished))

    assert response.status_code == 405


def test_take_shows_every_asked_item(alice_client: Client, unfinished: Assessment) -> None:
    html = alice_client.get(url("take", unfinished)).content.decode()

    assert {
        item.id: item_inputs(html, item.id) for item in entry_of(CLOSENESS).instrument.items
    } == {item.id: 7 for item in entry_of(CLOSENESS).instrument.items}


def test_take_asks_partner_about_physical_closeness(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = started(alice, INTIMACY, partners)

    html = alice_client.get(url("take", assessment)).content.decode()

    assert all(item_inputs(html, item) == 5 for item in PHYSICAL_ITEMS)


def test_take_does_not_ask_friend_about_physical_closeness(
    alice_client: Client, alice: User
) -> None:
    friend = RelationshipFactory(owner=alice, kind=Relationship.Kind.FRIEND, other_name="Dee")
    assessment = started(alice, INTIMACY, friend)

    html = alice_client.get(url("take", assessment)).content.decode()

    assert [item_inputs(html, item) for item in PHYSICAL_ITEMS] == [0, 0, 0]


def test_take_asks_friend_every_other_item(alice_client: Client, alice: User) -> None:
    friend = RelationshipFactory(owner=alice, kind=Relationship.Kind.FRIEND, other_name="Dee")
    assessment = started(alice, INTIMACY, friend)

    html = alice_client.get(url("take", assessment)).content.decode()

    assert sum(1 for i in entry_of(INTIMACY).instrument.items if item_inputs(html, i.id)) == 27


def test_take_names_the_other_person(alice_client: Client, unfinished: Assessment) -> None:
    html = alice_client.get(url("take", unfinished)).content.decode()

    assert "Bob" in html


def test_take_shows_saved_answers_chosen(alice_client: Client, unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 6})

    html = alice_client.get(url("take", unfinished)).content.decode()

    assert chosen(html, "cp01") == ["6"]


def test_take_shows_progress(alice_client: Client, unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 6, "cp02": 2})

    html = alice_client.get(url("take", unfinished)).content.decode()

    assert "2 of 12 answered." in html


def partial_answers(relationship_kind: str = "partner") -> dict[str, str]:
    """Every closeness-pattern item answered but cp03 and cp07."""
    answers = as_post(answers_for(CLOSENESS, relationship_kind, 5))
    del answers["cp03"], answers["cp07"]
    return answers


def test_take_with_missing_answers_is_refused(alice_client: Client, unfinished: Assessment) -> None:
    response = alice_client.post(url("take", unfinished), partial_answers())

    assert response.status_code == 400


def test_take_with_missing_answers_marks_them(alice_client: Client, unfinished: Assessment) -> None:
    response = alice_client.post(url("take", unfinished), partial_answers())
    form = response.context["form"]

    assert {name: form.errors[name] for name in form.errors if name != "__all__"} == {
        "cp03": [NEEDS_AN_ANSWER],
        "cp07": [NEEDS_AN_ANSWER],
    }


def test_take_with_missing_answers_says_so_at_the_top(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.post(url("take", unfinished), partial_answers())

    assert "A few questions still need an answer." in response.content.decode()


def test_take_with_missing_answers_keeps_the_others(
    alice_client: Client, unfinished: Assessment
) -> None:
    alice_client.post(url("take", unfinished), partial_answers())
    unfinished.refresh_from_db()

    assert unfinished.answers == {k: int(v) for k, v in partial_answers().items()}


def test_take_with_missing_answers_shows_the_others_chosen(
    alice_client: Client, unfinished: Assessment
) -> None:
    html = alice_client.post(url("take", unfinished), partial_answers()).content.decode()

    assert chosen(html, "cp01") == ["5"]


def test_take_with_missing_answers_is_not_finished(
    alice_client: Client, unfinished: Assessment
) -> None:
    alice_client.post(url("take", unfinished), partial_answers())
    unfinished.refresh_from_db()

    assert not unfinished.is_complete


def test_take_with_missing_answers_keeps_answers_saved_before(
    alice_client: Client, unfinished: Assessment
) -> None:
    services.save_answers(assessment=unfinished, answers={"cp03": 2})

    alice_client.post(url("take", unfinished), {"cp01": "4"})
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp01": 4, "cp03": 2}


BAD_VALUES = {
    "out-of-range": "9",
    "zero": "0",
    "text": "abc",
    "blank": "",
    "decimal": "3.5",
    "huge": "7" * 100_000,
    "values-with-a-bad-one": ["3", "9"],
    "several-values": ["2", "3"],
}


@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_take_with_bad_value_asks_for_an_answer(
    alice_client: Client, unfinished: Assessment, value: str | list[str]
) -> None:
    response = alice_client.post(url("take", unfinished), partial_answers() | {"cp03": value})

    assert (response.status_code, NEEDS_AN_ANSWER in response.context["form"].errors["cp03"]) == (
        400,
        True,
    )


@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_take_with_bad_value_saves_nothing_for_it(
    alice_client: Client, unfinished: Assessment, value: str | list[str]
) -> None:
    alice_client.post(url("take", unfinished), partial_answers() | {"cp03": value})
    unfinished.refresh_from_db()

    assert "cp03" not in unfinished.answers


def test_take_with_bad_value_keeps_the_other_answers(
    alice_client: Client, unfinished: Assessment
) -> None:
    alice_client.post(url("take", unfinished), partial_answers() | {"cp03": "abc"})
    unfinished.refresh_from_db()

    assert len(unfinished.answers) == 10


def test_take_ignores_items_that_are_not_asked(alice_client: Client, alice: User) -> None:
    friend = RelationshipFactory(owner=alice, kind=Relationship.Kind.FRIEND, other_name="Dee")
    assessment = started(alice, INTIMACY, friend)

    alice_client.post(url("take", assessment), {"ip10": "4", "ip01": "4", "zz99": "1"})
    assessment.refresh_from_db()

    assert assessment.answers == {"ip01": 4}


def test_take_with_every_answer_goes_to_the_result(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.post(
        url("take", unfinished), as_post(answers_for(CLOSENESS, "partner", 5))
    )

    assert response.url == url("result", unfinished)


def test_take_with_every_answer_finishes(alice_client: Client, unfinished: Assessment) -> None:
    alice_client.post(url("take", unfinished), as_post(answers_for(CLOSENESS, "partner", 5)))
    unfinished.refresh_from_db()

    assert unfinished.scores["values"] == {"anxiety": 5.0, "avoidance": 5.0}


def test_take_finishes_with_answers_saved_before(
    alice_client: Client, unfinished: Assessment
) -> None:
    services.save_answers(assessment=unfinished, answers=answers_for(CLOSENESS, "partner", 5))

    response = alice_client.post(url("take", unfinished), {})

    assert response.url == url("result", unfinished)


def test_take_may_skip_a_skippable_item(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = started(alice, INTIMACY, partners)
    answers = as_post(answers_for(INTIMACY, "partner", 4))
    del answers["ip10"]

    response = alice_client.post(url("take", assessment), answers)

    assert response.url == url("result", assessment)


def test_take_of_a_result_goes_to_the_result(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.get(url("take", secure))

    assert response.url == url("result", secure)


def test_take_post_to_a_result_changes_nothing(alice_client: Client, secure: Assessment) -> None:
    before = secure.answers

    alice_client.post(url("take", secure), {"cp01": "7"})
    secure.refresh_from_db()

    assert secure.answers == before


# answer (saving as one goes, with htmx)


def test_answer_asks_anonymous_to_sign_in(anonymous_client: Client, unfinished: Assessment) -> None:
    response = anonymous_client.post(url("answer", unfinished), {"cp01": "3"})

    assert response.url == login_redirect(url("answer", unfinished))


def test_answer_refuses_get(alice_client: Client, unfinished: Assessment) -> None:
    response = alice_client.get(url("answer", unfinished))

    assert response.status_code == 405


@pytest.mark.parametrize("someone", ["bob_client", "carol_client"])
def test_answer_hides_someone_elses_assessment(
    request: pytest.FixtureRequest, someone: str, unfinished: Assessment
) -> None:
    client: Client = request.getfixturevalue(someone)

    response = client.post(url("answer", unfinished), {"cp01": "3"}, headers=HTMX)

    assert response.status_code == 404


def test_answer_by_someone_else_saves_nothing(carol_client: Client, unfinished: Assessment) -> None:
    carol_client.post(url("answer", unfinished), {"cp01": "3"}, headers=HTMX)
    unfinished.refresh_from_db()

    assert unfinished.answers == {}


def test_answer_for_htmx_returns_only_the_progress(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.post(url("answer", unfinished), {"cp01": "3"}, headers=HTMX)
    html = response.content.decode()

    assert (html.lstrip().startswith('<div id="progress"'), "<html" in html) == (True, False)


def test_answer_for_htmx_counts_the_new_answer(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.post(url("answer", unfinished), {"cp01": "3"}, headers=HTMX)

    assert "1 of 12 answered." in response.content.decode()


def test_answer_for_htmx_saves_the_answer(alice_client: Client, unfinished: Assessment) -> None:
    alice_client.post(url("answer", unfinished), {"cp01": "3"}, headers=HTMX)
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp01": 3}


def test_answer_blank_clears_an_answer(alice_client: Client, unfinished: Assessment) -> None:
    services.save_answers(assessment=unfinished, answers={"cp01": 3, "cp02": 4})

    alice_client.post(url("answer", unfinished), {"cp01": ""}, headers=HTMX)
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp02": 4}


@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_answer_ignores_bad_value(
    alice_client: Client, unfinished: Assessment, value: str | list[str]
) -> None:
    services.save_answers(assessment=unfinished, answers={"cp02": 4})

    response = alice_client.post(url("answer", unfinished), {"cp01": value}, headers=HTMX)
    unfinished.refresh_from_db()

    assert (response.status_code, unfinished.answers) == (200, {"cp02": 4})


def test_answer_without_htmx_goes_to_the_questionnaires(
    alice_client: Client, unfinished: Assessment
) -> None:
    # "Save and finish later" with JavaScript off
    response = alice_client.post(url("answer", unfinished), {"cp01": "3"})

    assert response.url == reverse("assessments:index")


def test_answer_without_htmx_says_the_answers_are_saved(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.post(url("answer", unfinished), {"cp01": "3"})

    assert messages_of(response) == [
        "Your answers are saved. You can come back and finish whenever you like."
    ]


def test_answer_without_htmx_saves_the_answer(alice_client: Client, unfinished: Assessment) -> None:
    alice_client.post(url("answer", unfinished), {"cp01": "3"})
    unfinished.refresh_from_db()

    assert unfinished.answers == {"cp01": 3}


def test_answer_after_finishing_changes_nothing(alice_client: Client, secure: Assessment) -> None:
    before = (secure.answers_json, secure.scores_json)

    alice_client.post(url("answer", secure), {"cp01": "7", "cp02": ""}, headers=HTMX)
    secure.refresh_from_db()

    assert (secure.answers_json, secure.scores_json) == before


def test_answer_after_finishing_returns_no_fragment(
    alice_client: Client, secure: Assessment
) -> None:
    response = alice_client.post(url("answer", secure), {"cp01": "7"}, headers=HTMX)

    assert (response.status_code, response.content) == (204, b"")
