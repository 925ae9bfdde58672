"""Sharing a result and the view together, by exit path."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils.html import escape

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships import services as relationship_services
from closeknit.relationships.models import Relationship
from closeknit_core.guidance import couple_dynamics, pair_key
from tests.assessments.helpers import (
    ANXIOUS,
    APRIL,
    CLOSENESS,
    SECURE,
    THIRTY_DIGITS,
    category_name,
    chart_in,
    finished,
    login_redirect,
    messages_of,
    started,
    url,
)

pytestmark = pytest.mark.django_db

WAITING = "This view opens when you and"


def together_url(relationship: Relationship | str) -> str:
    pk = relationship.pk if isinstance(relationship, Relationship) else relationship
    return f"/reflect/together/{pk}/"


# share


def test_share_asks_anonymous_to_sign_in(anonymous_client: Client, secure: Assessment) -> None:
    response = anonymous_client.post(url("share", secure), {"share": "1"})

    assert response.url == login_redirect(url("share", secure))


def test_share_refuses_get(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.get(url("share", secure))

    assert response.status_code == 405


@pytest.mark.parametrize("someone", ["bob_client", "carol_client"])
def test_share_hides_someone_elses_result(
    request: pytest.FixtureRequest, someone: str, secure: Assessment
) -> None:
    client: Client = request.getfixturevalue(someone)

    response = client.post(url("share", secure), {"share": "1"})

    assert response.status_code == 404


def test_share_by_the_other_person_shares_nothing(bob_client: Client, secure: Assessment) -> None:
    bob_client.post(url("share", secure), {"share": "1"})
    secure.refresh_from_db()

    assert not secure.is_shared


def test_share_shares_the_result(alice_client: Client, secure: Assessment) -> None:
    alice_client.post(url("share", secure), {"share": "1"})
    secure.refresh_from_db()

    assert secure.is_shared


def test_share_goes_back_to_the_result(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.post(url("share", secure), {"share": "1"})

    assert response.url == url("result", secure)


def test_share_confirms_with_a_message(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.post(url("share", secure), {"share": "1"})

    assert messages_of(response) == ["Shared with Bob. You can stop sharing at any time."]


def test_share_stops_sharing(alice_client: Client, alice: User, partners: Relationship) -> None:
    shared = finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    alice_client.post(url("share", shared), {"share": "0"})
    shared.refresh_from_db()

    assert not shared.is_shared


def test_share_stopping_confirms_with_a_message(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    shared = finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    response = alice_client.post(url("share", shared), {"share": "0"})

    assert messages_of(response) == ["No longer shared with Bob."]


def test_share_refuses_solo_relationship(
    alice_client: Client, alice: User, solo: Relationship
) -> None:
    assessment = finished(alice, CLOSENESS, solo, levels=SECURE)

    response = alice_client.post(url("share", assessment), {"share": "1"})
    assessment.refresh_from_db()

    assert (response.status_code, assessment.is_shared) == (409, False)


def test_share_refuses_ended_relationship(
    alice_client: Client, alice: User, partners: Relationship, secure: Assessment
) -> None:
    relationship_services.end_relationship(relationship=partners, by=alice)

    response = alice_client.post(url("share", secure), {"share": "1"})

    assert response.status_code == 409


def test_share_refuses_result_in_general(alice_client: Client, alice: User) -> None:
    assessment = finished(alice, CLOSENESS, None, levels=SECURE)

    response = alice_client.post(url("share", assessment), {"share": "1"})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "data",
    [{}, {"share": ""}, {"share": "yes"}, {"share": "2"}, {"share": "1" * 100_000}],
    ids=["missing", "blank", "word", "other-number", "huge"],
)
def test_share_refuses_bad_choice(
    alice_client: Client, secure: Assessment, data: dict[str, str]
) -> None:
    response = alice_client.post(url("share", secure), data)
    secure.refresh_from_db()

    assert (response.status_code, secure.is_shared) == (400, False)


def test_share_refuses_unfinished_assessment(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = started(alice, CLOSENESS, partners)

    response = alice_client.post(url("share", assessment), {"share": "1"})

    assert response.status_code == 400


# together


def test_together_asks_anonymous_to_sign_in(
    anonymous_client: Client, partners: Relationship
) -> None:
    response = anonymous_client.get(together_url(partners))

    assert response.url == login_redirect(together_url(partners))


def test_together_hides_from_stranger(carol_client: Client, partners: Relationship) -> None:
    response = carol_client.get(together_url(partners))

    assert response.status_code == 404


@pytest.mark.parametrize("pk", ["999999", THIRTY_DIGITS, "abc", "general"])
def test_together_with_bad_id_is_not_found(alice_client: Client, pk: str) -> None:
    response = alice_client.get(together_url(pk))

    assert response.status_code == 404


def test_together_refuses_solo_relationship(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.get(together_url(solo))

    assert response.status_code == 404


def test_together_refuses_ended_relationship(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    relationship_services.end_relationship(relationship=partners, by=alice)

    response = alice_client.get(together_url(partners))

    assert response.status_code == 404


def test_together_refuses_post(alice_client: Client, partners: Relationship) -> None:
    response = alice_client.post(together_url(partners))

    assert response.status_code == 405


@pytest.fixture
def both_shared(alice: User, bob: User, partners: Relationship) -> tuple[Assessment, Assessment]:
    return (
        finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True),
        finished(bob, CLOSENESS, partners, levels=ANXIOUS, is_shared=True),
    )


def people_in(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td>', html)


def test_together_shows_both_points(
    alice_client: Client, partners: Relationship, both_shared: object
) -> None:
    html = alice_client.get(together_url(partners)).content.decode()

    assert people_in(html) == [("You", "2.0", "2.0"), ("Bob", "2.0", "6.0")]


def test_together_shows_both_points_to_the_other_person(
    bob_client: Client, partners: Relationship, both_shared: object
) -> None:
    html = bob_client.get(together_url(partners)).content.decode()

    assert people_in(html) == [("You", "2.0", "6.0"), ("Alice", "2.0", "2.0")]


def test_together_charts_both_points(
    alice_client: Client, partners: Relationship, both_shared: object
) -> None:
    svg = chart_in(alice_client.get(together_url(partners)).content.decode())

    assert (">You<" in svg, ">Bob<" in svg) == (True, True)


def test_together_describes_the_dynamic(
    alice_client: Client, partners: Relationship, both_shared: object
) -> None:
    html = alice_client.get(together_url(partners)).content.decode()

    assert f"<h2>{escape(couple_dynamics()[pair_key('secure', 'anxious')].title)}</h2>" in html


def test_together_waits_when_only_one_shared(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    html = alice_client.get(together_url(partners)).content.decode()

    assert (WAITING in html, "Your result is shared." in html) == (True, True)


def test_together_waits_when_only_one_shared_shows_no_dynamic(
    bob_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    response = bob_client.get(together_url(partners))

    assert ("dynamic" in response.context, "chart" in response.context) == (False, False)


def test_together_hides_the_shared_result_until_both_share(
    bob_client: Client, alice: User, bob: User, partners: Relationship
) -> None:
    finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)
    finished(bob, CLOSENESS, partners, levels=ANXIOUS)

    html = bob_client.get(together_url(partners)).content.decode()

    assert (WAITING in html, category_name(CLOSENESS, "secure") in html) == (True, False)


def test_together_waits_when_neither_shared(
    alice_client: Client, partners: Relationship, secure: Assessment
) -> None:
    html = alice_client.get(together_url(partners)).content.decode()

    assert WAITING in html


def test_together_forgets_a_result_no_longer_shared(
    bob_client: Client,
    partners: Relationship,
    both_shared: tuple[Assessment, Assessment],
) -> None:
    services.set_sharing(assessment=both_shared[0], is_shared=False)

    html = bob_client.get(together_url(partners)).content.decode()

    assert (WAITING in html, people_in(html)) == (True, [])


def test_together_shows_the_latest_shared_result(
    alice_client: Client,
    alice: User,
    partners: Relationship,
    both_shared: object,
) -> None:
    finished(alice, CLOSENESS, partners, levels=ANXIOUS, at=APRIL, is_shared=True)

    html = alice_client.get(together_url(partners)).content.decode()

    assert people_in(html)[0] == ("You", "2.0", "6.0")
