"""Choosing a questionnaire, by exit path: the list of questionnaires and starting one."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships import services as relationship_services
from closeknit.relationships.models import Relationship
from tests.assessments.helpers import (
    CLOSENESS,
    SATISFACTION,
    THIRTY_DIGITS,
    login_redirect,
    messages_of,
    url,
)
from tests.factories import RelationshipFactory

pytestmark = pytest.mark.django_db


def start_url(instrument: str = CLOSENESS) -> str:
    return reverse("assessments:start", args=[instrument])


# index


def test_index_asks_anonymous_to_sign_in(anonymous_client: Client) -> None:
    path = reverse("assessments:index")

    response = anonymous_client.get(path)

    assert response.url == login_redirect(path)


def test_index_lists_every_questionnaire(alice_client: Client) -> None:
    response = alice_client.get(reverse("assessments:index"))

    assert [card["entry"].instrument.id for card in response.context["cards"]] == [
        entry.instrument.id for entry in services.catalogue()
    ]


def test_index_offers_general_only_where_allowed(
    alice_client: Client, partners: Relationship
) -> None:
    response = alice_client.get(reverse("assessments:index"))
    offers = {
        card["entry"].instrument.id: [choice["about"] for choice in card["choices"]]
        for card in response.context["cards"]
    }

    assert (offers[CLOSENESS], offers[SATISFACTION]) == (
        [str(partners.pk), "general"],
        [str(partners.pk)],
    )


def test_index_leaves_out_ended_relationships(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    relationship_services.end_relationship(relationship=partners, by=alice)

    response = alice_client.get(reverse("assessments:index"))

    assert f'<option value="{partners.pk}">' not in response.content.decode()


def test_index_links_history_once_there_is_a_result(
    alice_client: Client, secure: Assessment, partners: Relationship
) -> None:
    response = alice_client.get(reverse("assessments:index"))

    assert reverse("assessments:history", args=[CLOSENESS, partners.pk]) in (
        response.content.decode()
    )


def test_index_refuses_post(alice_client: Client) -> None:
    response = alice_client.post(reverse("assessments:index"))

    assert response.status_code == 405


# start


def test_start_asks_anonymous_to_sign_in(anonymous_client: Client) -> None:
    response = anonymous_client.post(start_url(), {"about": "general"})

    assert response.url == login_redirect(start_url())


def test_start_refuses_get(alice_client: Client) -> None:
    response = alice_client.get(start_url())

    assert response.status_code == 405


def test_start_unknown_instrument_is_not_found(alice_client: Client) -> None:
    response = alice_client.post(start_url("no-such-questionnaire"), {"about": "general"})

    assert response.status_code == 404


def test_start_opens_the_questionnaire(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    response = alice_client.post(start_url(), {"about": str(partners.pk)})

    assert response.url == url("take", Assessment.objects.get(person=alice))


def test_start_remembers_whom_it_is_about(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    alice_client.post(start_url(), {"about": str(partners.pk)})

    assert list(Assessment.objects.values_list("person", "relationship", "kind")) == [
        (alice.pk, partners.pk, "partner")
    ]


def test_start_lets_the_joined_person_take_it_too(
    bob_client: Client, bob: User, partners: Relationship
) -> None:
    bob_client.post(start_url(), {"about": str(partners.pk)})

    assert Assessment.objects.get().person == bob


def test_start_resumes_the_unfinished_assessment(
    alice_client: Client, unfinished: Assessment, partners: Relationship
) -> None:
    response = alice_client.post(start_url(), {"about": str(partners.pk)})

    assert (response.url, Assessment.objects.count()) == (url("take", unfinished), 1)


def test_start_after_a_result_begins_afresh(
    alice_client: Client, secure: Assessment, partners: Relationship
) -> None:
    alice_client.post(start_url(), {"about": str(partners.pk)})

    assert Assessment.objects.filter(completed_at__isnull=True).count() == 1


def test_start_in_general_where_allowed(alice_client: Client, alice: User) -> None:
    alice_client.post(start_url(CLOSENESS), {"about": "general"})

    assert list(Assessment.objects.values_list("relationship", "kind")) == [(None, "")]


def test_start_in_general_refused_where_not_allowed(alice_client: Client) -> None:
    response = alice_client.post(start_url(SATISFACTION), {"about": "general"})

    assert (response.url, Assessment.objects.exists()) == (reverse("assessments:index"), False)


def test_start_in_general_where_not_allowed_explains(alice_client: Client) -> None:
    response = alice_client.post(start_url(SATISFACTION), {"about": "general"})

    assert messages_of(response) == ["This questionnaire isn't available for that choice."]


def test_start_refuses_ended_relationship(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    relationship_services.end_relationship(relationship=partners, by=alice)

    response = alice_client.post(start_url(), {"about": str(partners.pk)})

    assert (response.url, Assessment.objects.exists()) == (reverse("assessments:index"), False)


def test_start_refuses_ended_relationship_with_a_message(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    relationship_services.end_relationship(relationship=partners, by=alice)

    response = alice_client.post(start_url(), {"about": str(partners.pk)})

    assert messages_of(response) == ["This questionnaire isn't available for that choice."]


def test_start_refuses_instrument_not_for_that_kind(
    alice_client: Client, alice: User, partners_only: str
) -> None:
    friend = RelationshipFactory(owner=alice, kind=Relationship.Kind.FRIEND, other_name="Dee")

    response = alice_client.post(start_url(partners_only), {"about": str(friend.pk)})

    assert (response.url, messages_of(response), Assessment.objects.exists()) == (
        reverse("assessments:index"),
        ["This questionnaire isn't available for that choice."],
        False,
    )


def test_start_accepts_instrument_for_that_kind(
    alice_client: Client, partners: Relationship, partners_only: str
) -> None:
    alice_client.post(start_url(partners_only), {"about": str(partners.pk)})

    assert Assessment.objects.get().instrument == partners_only


def test_start_hides_strangers_relationship(carol_client: Client, partners: Relationship) -> None:
    response = carol_client.post(start_url(), {"about": str(partners.pk)})

    assert (response.status_code, Assessment.objects.exists()) == (404, False)


@pytest.mark.parametrize(
    "about",
    ["abc", "999999", "9" * 19, "-1", "1.5", "²", "\u0661"],
    ids=["text", "missing", "too-long", "negative", "decimal", "superscript", "arabic-digit"],
)
def test_start_with_bad_about_is_not_found(alice_client: Client, about: str) -> None:
    response = alice_client.post(start_url(), {"about": about})

    assert response.status_code == 404


@pytest.mark.parametrize("data", [{}, {"about": ""}, {"about": THIRTY_DIGITS}])
def test_start_without_a_usable_choice_asks_again(
    alice_client: Client, data: dict[str, str]
) -> None:
    response = alice_client.post(start_url(), data)

    assert (response.url, messages_of(response)) == (
        reverse("assessments:index"),
        ["Please choose who this is about."],
    )
