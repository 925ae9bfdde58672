"""The history page, by exit path: every result over time, in a chart and a table."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from tests.assessments.helpers import (
    APRIL,
    CLOSENESS,
    MARCH,
    MAY,
    SATISFACTION,
    THIRTY_DIGITS,
    chart_in,
    external_references,
    finished,
    login_redirect,
    started,
)

pytestmark = pytest.mark.django_db

NO_RESULTS = "No results yet."


def values_in_order(svg: str) -> list[str]:
    """The values of a chart's dots, in the order drawn (each hover label ends in its value)."""
    return re.findall(r'<desc class="value">[^<]*?([\d.]+)</desc>', svg)


def history_url(instrument: str, about: object) -> str:
    return f"/reflect/history/{instrument}/{about}/"


# history


def test_history_asks_anonymous_to_sign_in(
    anonymous_client: Client, partners: Relationship
) -> None:
    path = history_url(CLOSENESS, partners.pk)

    response = anonymous_client.get(path)

    assert response.url == login_redirect(path)


def test_history_hides_strangers_relationship(carol_client: Client, partners: Relationship) -> None:
    response = carol_client.get(history_url(CLOSENESS, partners.pk))

    assert response.status_code == 404


def test_history_unknown_instrument_is_not_found(alice_client: Client) -> None:
    response = alice_client.get(history_url("no-such-questionnaire", "general"))

    assert response.status_code == 404


@pytest.mark.parametrize(
    "about",
    ["abc", "999999", THIRTY_DIGITS, "-1", "²"],
    ids=["text", "missing", "thirty-digits", "negative", "superscript"],
)
def test_history_with_bad_about_is_not_found(alice_client: Client, about: str) -> None:
    response = alice_client.get(history_url(CLOSENESS, about))

    assert response.status_code == 404


def test_history_in_general_where_allowed(alice_client: Client) -> None:
    response = alice_client.get(history_url(CLOSENESS, "general"))

    assert response.status_code == 200


def test_history_in_general_where_not_allowed_is_not_found(alice_client: Client) -> None:
    response = alice_client.get(history_url(SATISFACTION, "general"))

    assert response.status_code == 404


def test_history_refuses_post(alice_client: Client, partners: Relationship) -> None:
    response = alice_client.post(history_url(CLOSENESS, partners.pk))

    assert response.status_code == 405


def test_history_without_results_says_so_kindly(
    alice_client: Client, partners: Relationship
) -> None:
    html = alice_client.get(history_url(CLOSENESS, partners.pk)).content.decode()

    assert NO_RESULTS in html


def test_history_shows_only_ones_own_results(
    bob_client: Client, partners: Relationship, secure: Assessment
) -> None:
    html = bob_client.get(history_url(CLOSENESS, partners.pk)).content.decode()

    assert NO_RESULTS in html


def test_history_leaves_out_unfinished(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    started(alice, CLOSENESS, partners)

    html = alice_client.get(history_url(CLOSENESS, partners.pk)).content.decode()

    assert NO_RESULTS in html


@pytest.fixture
def three_results(alice: User, partners: Relationship) -> list[Assessment]:
    """Satisfaction about Bob: 2 in March, 4 in April, 6 in May."""
    return [
        finished(alice, SATISFACTION, partners, levels=level, at=moment)
        for level, moment in ((2, MARCH), (4, APRIL), (6, MAY))
    ]


def test_history_lists_newest_first(
    alice_client: Client, partners: Relationship, three_results: object
) -> None:
    html = alice_client.get(history_url(SATISFACTION, partners.pk)).content.decode()

    assert re.findall(r'/result/">(.*?)</a>', html) == ["1 May 2026", "1 Apr 2026", "1 Mar 2026"]


def test_history_charts_oldest_to_newest(
    alice_client: Client, partners: Relationship, three_results: object
) -> None:
    svg = chart_in(alice_client.get(history_url(SATISFACTION, partners.pk)).content.decode())

    assert values_in_order(svg) == ["2", "4", "6"]


def test_history_chart_reaches_nothing_outside(
    alice_client: Client, partners: Relationship, three_results: object
) -> None:
    svg = chart_in(alice_client.get(history_url(SATISFACTION, partners.pk)).content.decode())

    assert external_references(svg) == []


def test_history_shows_the_latest_change(
    alice_client: Client, partners: Relationship, three_results: object
) -> None:
    html = alice_client.get(history_url(SATISFACTION, partners.pk)).content.decode()
    latest = html.split("<h2>Since the time before</h2>")[1].split("</ul>")[0]

    assert "Up 2.0 points" in latest


def test_history_marks_the_first_result(
    alice_client: Client, partners: Relationship, three_results: object
) -> None:
    html = alice_client.get(history_url(SATISFACTION, partners.pk)).content.decode()

    assert html.count("First time") == 1


def test_history_leaves_out_results_about_someone_else(
    alice_client: Client, alice: User, friend: Relationship, three_results: object
) -> None:
    html = alice_client.get(history_url(SATISFACTION, friend.pk)).content.decode()

    assert NO_RESULTS in html


def queries_for_history(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def test_history_queries_do_not_grow_with_results(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    path = history_url(SATISFACTION, partners.pk)
    finished(alice, SATISFACTION, partners, levels=4, at=MARCH)
    with_one = queries_for_history(alice_client, path)
    for day in range(1, 60):
        finished(alice, SATISFACTION, partners, levels=2 + day % 5, at=MARCH + timedelta(days=day))

    assert (
        services.results(person=alice, instrument_id=SATISFACTION, relationship=partners).count(),
        queries_for_history(alice_client, path),
    ) == (60, with_one)
