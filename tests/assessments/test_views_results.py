"""A result page, by exit path: category, chart, scores, ranking and change since last time."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from pytest_django.fixtures import Settings

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from closeknit_core.guidance import challenges
from tests.assessments.helpers import (
    APRIL,
    CLOSENESS,
    DISTANCE,
    INTIMACY,
    MARCH,
    MAY,
    SATISFACTION,
    SECURE,
    THIRTY_DIGITS,
    category_name,
    chart_in,
    entry_of,
    external_references,
    finished,
    login_redirect,
    score_name,
    started,
    url,
)
from tests.core.instruments.builders import definition, text_pack, write_instrument

pytestmark = pytest.mark.django_db

NEAR_BOUNDARY = "Your answers sit close to a dividing line"


def names_in(html: str) -> list[str]:
    return re.findall(r"<li><strong>(.*?)</strong>", html)


# result


def test_result_asks_anonymous_to_sign_in(anonymous_client: Client, secure: Assessment) -> None:
    response = anonymous_client.get(url("result", secure))

    assert response.url == login_redirect(url("result", secure))


@pytest.mark.parametrize("someone", ["bob_client", "carol_client"])
def test_result_hides_someone_elses_result(
    request: pytest.FixtureRequest, someone: str, secure: Assessment
) -> None:
    client: Client = request.getfixturevalue(someone)

    response = client.get(url("result", secure))

    assert response.status_code == 404


def test_result_hides_shared_result_from_the_other_person(
    bob_client: Client, alice: User, partners: Relationship
) -> None:
    shared = finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    response = bob_client.get(url("result", shared))

    assert response.status_code == 404


@pytest.mark.parametrize("pk", ["999999", THIRTY_DIGITS])
def test_result_missing_is_not_found(alice_client: Client, pk: str) -> None:
    response = alice_client.get(f"/reflect/{pk}/result/")

    assert response.status_code == 404


def test_result_refuses_post(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.post(url("result", secure))

    assert response.status_code == 405


def test_result_of_unfinished_goes_to_the_questions(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = started(alice, CLOSENESS, partners)

    response = alice_client.get(url("result", assessment))

    assert response.url == url("take", assessment)


def test_result_names_the_category(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert f"<h2>{category_name(CLOSENESS, 'secure')}</h2>" in html


def test_result_names_the_band(alice_client: Client, alice: User, partners: Relationship) -> None:
    assessment = finished(alice, SATISFACTION, partners, levels=6)

    html = alice_client.get(url("result", assessment)).content.decode()

    assert f"<h2>{category_name(SATISFACTION, 'higher')}</h2>" in html


def test_result_shows_a_chart_as_a_data_uri(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert chart_in(html).startswith("<svg")


def test_result_chart_reaches_nothing_outside(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert external_references(chart_in(html)) == []


def test_result_bar_chart_reaches_nothing_outside(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = finished(alice, INTIMACY, partners, levels=4)

    html = alice_client.get(url("result", assessment)).content.decode()

    assert external_references(chart_in(html)) == []


def test_result_lists_the_scores(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td>', html)

    assert rows == [
        (score_name(CLOSENESS, "anxiety"), "2.0"),
        (score_name(CLOSENESS, "avoidance"), "2.0"),
    ]


def test_result_near_a_cut_says_so(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = finished(alice, CLOSENESS, partners, levels=4)

    html = alice_client.get(url("result", assessment)).content.decode()

    assert NEAR_BOUNDARY in html


def test_result_near_one_cut_only_says_so(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    assessment = finished(alice, CLOSENESS, partners, levels={"anxiety": 4, "avoidance": 1})

    html = alice_client.get(url("result", assessment)).content.decode()

    assert NEAR_BOUNDARY in html


def test_result_far_from_a_cut_says_nothing_of_it(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert NEAR_BOUNDARY not in html


def test_result_near_a_band_cut_says_so(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    # satisfaction 5 is 0.5 below the cut at 5.5; one SEM is 1.2 * sqrt(.25) = 0.6
    assessment = finished(alice, SATISFACTION, partners, levels=5)

    html = alice_client.get(url("result", assessment)).content.decode()

    assert NEAR_BOUNDARY in html


# distance signs: the five challenges, most pressing first
WEIGHTS = {
    "fear_of_rejection": 5,
    "past_hurts": 4,
    "no_time": 3,
    "communication_habits": 2,
    "differing_expectations": 1,
}


@pytest.fixture
def distance(alice: User, partners: Relationship) -> Assessment:
    levels = dict.fromkeys(entry_of(DISTANCE).instrument.score_ids, 2) | WEIGHTS
    return finished(alice, DISTANCE, partners, levels=levels)


def test_result_ranks_the_challenges(alice_client: Client, distance: Assessment) -> None:
    html = alice_client.get(url("result", distance)).content.decode()
    shown = re.findall(r"<h3>(.*?)</h3>", html)

    assert shown == [escape(challenges()[c].name) for c in WEIGHTS]


def test_result_offers_strategies_for_each_challenge(
    alice_client: Client, distance: Assessment
) -> None:
    html = alice_client.get(url("result", distance)).content.decode()
    shown = re.findall(r"<h4>(.*?)</h4>", html)

    assert shown == [escape(s.title) for c in WEIGHTS for s in challenges()[c].strategies]


# intimacy profile: the strongest two and the weakest two of the six parts
PARTS = {
    "vulnerability": 5,
    "trust": 5,
    "empathy": 3,
    "acceptance": 3,
    "respect": 2,
    "communication": 1,
}


@pytest.fixture
def profile(alice: User, partners: Relationship) -> Assessment:
    levels = dict.fromkeys(entry_of(INTIMACY).instrument.score_ids, 3) | PARTS
    return finished(alice, INTIMACY, partners, levels=levels)


def test_result_shows_strengths(alice_client: Client, profile: Assessment) -> None:
    html = alice_client.get(url("result", profile)).content.decode()
    strengths = html.split("<h2>Strengths</h2>")[1].split("<h2>Room to grow</h2>")[0]

    assert names_in(strengths) == [score_name(INTIMACY, s) for s in ("vulnerability", "trust")]


def test_result_shows_room_to_grow(alice_client: Client, profile: Assessment) -> None:
    html = alice_client.get(url("result", profile)).content.decode()
    growth = html.split("<h2>Room to grow</h2>")[1].split("</ul>")[0]

    assert names_in(growth) == [score_name(INTIMACY, s) for s in ("communication", "respect")]


def test_result_profile_is_not_ranked_as_challenges(
    alice_client: Client, profile: Assessment
) -> None:
    html = alice_client.get(url("result", profile)).content.decode()

    assert "What seems to weigh most right now" not in html


def test_result_first_time_shows_no_change(alice_client: Client, secure: Assessment) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert "Since last time" not in html


def test_result_shows_a_big_move_as_reliable(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, SATISFACTION, partners, levels=2, at=MARCH)
    later = finished(alice, SATISFACTION, partners, levels=6, at=APRIL)

    html = alice_client.get(url("result", later)).content.decode()

    assert "Up 4.0 points: a reliable change" in html


def test_result_shows_a_big_fall_as_reliable(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, SATISFACTION, partners, levels=6, at=MARCH)
    later = finished(alice, SATISFACTION, partners, levels=2, at=APRIL)

    html = alice_client.get(url("result", later)).content.decode()

    assert "Down 4.0 points: a reliable change" in html


def test_result_shows_a_small_move_as_wobble(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, SATISFACTION, partners, levels=5, at=MARCH)
    later = finished(alice, SATISFACTION, partners, levels=6, at=APRIL)

    html = alice_client.get(url("result", later)).content.decode()

    assert "A shift of 1.0 points, within day-to-day wobble" in html


def test_result_dates_the_change(alice_client: Client, alice: User, partners: Relationship) -> None:
    finished(alice, SATISFACTION, partners, levels=5, at=MARCH)
    later = finished(alice, SATISFACTION, partners, levels=6, at=APRIL)

    html = alice_client.get(url("result", later)).content.decode()

    assert "Since last time (1 March 2026)" in html


def test_result_compares_with_the_one_just_before(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    finished(alice, SATISFACTION, partners, levels=2, at=MARCH)
    finished(alice, SATISFACTION, partners, levels=5, at=APRIL)
    latest = finished(alice, SATISFACTION, partners, levels=6, at=MAY)

    html = alice_client.get(url("result", latest)).content.decode()

    assert "Since last time (1 April 2026)" in html


def test_result_of_an_earlier_one_shows_no_later_change(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    earlier = finished(alice, SATISFACTION, partners, levels=2, at=MARCH)
    finished(alice, SATISFACTION, partners, levels=6, at=APRIL)

    html = alice_client.get(url("result", earlier)).content.decode()

    assert "Since last time" not in html


def test_result_compares_only_about_the_same_person(
    alice_client: Client, alice: User, partners: Relationship, friend: Relationship
) -> None:
    finished(alice, SATISFACTION, friend, levels=2, at=MARCH)
    about_bob = finished(alice, SATISFACTION, partners, levels=6, at=APRIL)

    html = alice_client.get(url("result", about_bob)).content.decode()

    assert "Since last time" not in html


def test_result_offers_to_share_with_a_linked_person(
    alice_client: Client, secure: Assessment
) -> None:
    html = alice_client.get(url("result", secure)).content.decode()

    assert "Share this result with Bob" in html


def test_result_about_solo_relationship_offers_no_sharing(
    alice_client: Client, alice: User, solo: Relationship
) -> None:
    assessment = finished(alice, CLOSENESS, solo, levels=SECURE)

    html = alice_client.get(url("result", assessment)).content.decode()

    assert url("share", assessment) not in html


def test_result_shared_offers_to_stop(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    shared = finished(alice, CLOSENESS, partners, levels=SECURE, is_shared=True)

    html = alice_client.get(url("result", shared)).content.decode()

    assert "Stop sharing this result" in html


# FHIR downloads


def test_result_fhir_is_a_valid_questionnaire_response(
    alice_client: Client, secure: Assessment
) -> None:
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    response = alice_client.get(reverse("assessments:result_fhir", args=[secure.pk]))

    assert response["Content-Type"].startswith("application/fhir+json")
    assert "attachment" in response["Content-Disposition"]
    resource = json.loads(response.content)
    QuestionnaireResponse.model_validate(resource)
    answered = {i["linkId"] for i in resource["item"] if i["linkId"] != "scores"}
    assert answered == set(secure.answers)


@pytest.mark.parametrize("someone", ["bob_client", "carol_client"])
def test_result_fhir_hides_someone_elses_result(
    request: pytest.FixtureRequest, someone: str, secure: Assessment
) -> None:
    client: Client = request.getfixturevalue(someone)

    response = client.get(reverse("assessments:result_fhir", args=[secure.pk]))

    assert response.status_code == 404


def test_result_fhir_of_an_unfinished_assessment_is_not_found(
    alice_client: Client, unfinished: Assessment
) -> None:
    response = alice_client.get(reverse("assessments:result_fhir", args=[unfinished.pk]))

    assert response.status_code == 404


def test_result_fhir_asks_anonymous_to_sign_in(
    anonymous_client: Client, secure: Assessment
) -> None:
    response = anonymous_client.get(reverse("assessments:result_fhir", args=[secure.pk]))

    assert response.status_code == 302


def test_instrument_fhir_is_a_valid_questionnaire(alice_client: Client) -> None:
    from fhir.resources.R4B.questionnaire import Questionnaire

    response = alice_client.get(reverse("assessments:instrument_fhir", args=["closeness-pattern"]))

    Questionnaire.model_validate(json.loads(response.content))


def test_instrument_fhir_of_an_unknown_instrument_is_not_found(alice_client: Client) -> None:
    response = alice_client.get(reverse("assessments:instrument_fhir", args=["nothing-here"]))

    assert response.status_code == 404


def test_result_page_links_to_its_fhir_download(alice_client: Client, secure: Assessment) -> None:
    response = alice_client.get(reverse("assessments:result", args=[secure.pk]))

    assert reverse("assessments:result_fhir", args=[secure.pk]).encode() in response.content


# a clinician's own instrument with published norms


@pytest.fixture
def normed(tmp_path: Path, settings: Settings) -> Iterator[str]:
    """An added instrument whose warmth score has a published norm: mean 3, SD 1."""
    data = definition(
        id="normed",
        interpretation={
            "norms": [
                {
                    "score": "warmth",
                    "mean": 3.0,
                    "sd": 1.0,
                    "sample": "a test sample of 500 adults",
                    "source": "published",
                    "citation": "Test, A. (2020). A test norm. Journal of Tests, 1, 1-2.",
                }
            ]
        },
    )
    write_instrument(tmp_path, data)
    settings.INSTRUMENTS_DIRS = [str(tmp_path)]
    services.catalogue.cache_clear()
    yield "normed"
    services.catalogue.cache_clear()


def test_result_shows_where_a_score_stands_against_published_norms(
    alice_client: Client, partners: Relationship, normed: str
) -> None:
    start = alice_client.post(
        reverse("assessments:start", args=[normed]), {"about": str(partners.pk)}
    )
    # warmth: 5, (6 - 2) = 4 reversed, 3: mean 4.0, z = (4 - 3) / 1 = 1.0, about the 84th percentile
    answers = {"w1": "5", "w2": "2", "w3": "3", "s1": "3", "s2": "3", "s3": "3"}
    finished_page = alice_client.post(start["Location"], answers)

    response = alice_client.get(finished_page["Location"])

    page = response.content.decode()
    assert "higher than about 84 in 100 people of the sample (a test sample of 500 adults)" in page
    assert "z = 1.00" in page
    assert "Journal of Tests" in page


@pytest.fixture
def summed(tmp_path: Path, settings: Settings) -> Iterator[str]:
    """An added instrument whose strain score is a sum of three 1-5 items (3 to 15)."""
    data = definition(id="summed")
    pack = text_pack(data)
    pack["scores"]["strain"] |= {"low": "Strain reads low.", "high": "Strain reads high."}
    write_instrument(tmp_path, data, {"en": pack})
    settings.INSTRUMENTS_DIRS = [str(tmp_path)]
    services.catalogue.cache_clear()
    yield "summed"
    services.catalogue.cache_clear()


def test_result_reads_a_summed_score_against_its_own_range(
    alice_client: Client, partners: Relationship, summed: str
) -> None:
    start = alice_client.post(
        reverse("assessments:start", args=[summed]), {"about": str(partners.pk)}
    )
    # strain: 2 + 2 + (6 - 4) = 6, below the middle of 3-15 (9), though above 1-5's middle (3)
    answers = {"w1": "3", "w2": "3", "w3": "3", "s1": "2", "s2": "2", "s3": "4"}
    finished_page = alice_client.post(start["Location"], answers)

    page = alice_client.get(finished_page["Location"]).content.decode()

    assert "Strain reads low." in page
    assert "Strain reads high." not in page
