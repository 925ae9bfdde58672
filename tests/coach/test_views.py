from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from closeknit_core.coach.types import MAX_MESSAGE_CHARS

URL = reverse("coach:draft")
CRITICAL = "You never listen to me, you're so selfish."


@pytest.mark.django_db
def test_coach_sends_anonymous_visitors_to_sign_in(anonymous_client: Client) -> None:
    response = anonymous_client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_coach_page_offers_an_empty_form(alice_client: Client) -> None:
    response = alice_client.get(URL)

    assert response.status_code == 200
    assert "Your words" in response.content.decode()
    assert "What the coach noticed</h2>" not in response.content.decode()
    assert "analysis" not in response.context


def test_coach_flags_criticism_and_offers_a_rewrite(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": CRITICAL})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="finding finding--pitfall">' in html
    assert "A gentler way to say it" in html
    assert response.context["analysis"].rewrites


def test_coach_keeps_what_was_typed_in_the_form(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": CRITICAL})

    assert response.context["form"]["text"].value() == CRITICAL


def test_coach_htmx_request_gets_only_the_result(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": CRITICAL}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="coach-result"')
    assert "<html" not in html


def test_coach_refuses_empty_text_with_a_clear_message(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": "   "})

    assert response.status_code == 400
    assert "Write a few words first" in response.content.decode()


def test_coach_refuses_huge_text_with_a_clear_message(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": "a" * (MAX_MESSAGE_CHARS + 1)})

    assert response.status_code == 400
    assert "more than the coach reads at once" in response.content.decode()


def test_coach_htmx_refusal_is_a_quiet_fragment(alice_client: Client) -> None:
    response = alice_client.post(URL, {"text": ""}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 400
    assert "<html" not in html
    assert "Write a few words first" in html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script> you never listen",
        "'; DROP TABLE accounts_user; --",
        "nul\x00byte",
        "\u202eevil \U0001f600 \ufffd",
    ],
)
def test_coach_answers_hostile_text_without_server_error(alice_client: Client, text: str) -> None:
    response = alice_client.post(URL, {"text": text})

    assert response.status_code in {200, 400}
    assert "<script>alert" not in response.content.decode()


def test_coach_stores_nothing(alice_client: Client) -> None:
    from django.apps import apps

    before = {model: model._default_manager.count() for model in apps.get_models()}
    alice_client.post(URL, {"text": CRITICAL, "previous": "I was late again."})

    after = {model: model._default_manager.count() for model in apps.get_models()}
    assert before == after


def test_coach_refuses_other_methods(alice_client: Client) -> None:
    assert alice_client.put(URL).status_code == 405


CONVERSATION_URL = reverse("coach:conversation")
TRANSCRIPT = (
    "Ana: You never listen to me, you're always on your phone.\n"
    "Ben: Well you're the one who's always late, so don't start.\n"
    "Ana: I was trying to tell you about my day and—\n"
    "Ben: Whatever. I'm done.\n"
)


@pytest.mark.django_db
def test_conversation_sends_anonymous_visitors_to_sign_in(anonymous_client: Client) -> None:
    response = anonymous_client.get(CONVERSATION_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_conversation_page_offers_an_empty_form(alice_client: Client) -> None:
    response = alice_client.get(CONVERSATION_URL)

    assert response.status_code == 200
    assert "analysis" not in response.context


def test_conversation_analysis_shows_turns_patterns_and_people(alice_client: Client) -> None:
    response = alice_client.post(CONVERSATION_URL, {"transcript": TRANSCRIPT})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Turn by turn" in html
    assert '<mark class="finding finding--pitfall">' in html
    assert "61% of the words" in html
    assert response.context["analysis"].interruptions


@pytest.mark.parametrize(
    ("transcript", "message"),
    [
        ("", "Paste a conversation first"),
        ("   \n ", "Paste a conversation first"),
        ("Ana: only one person talking here", "at least two people"),
        ("x" * 50_001, "more than the coach reads at once"),
        ('{"speaker": "Ana", "text": 5}\n', "couldn"),
        ("nul\x00byte", "Null characters"),
    ],
)
def test_conversation_refuses_unusable_input_clearly(
    alice_client: Client, transcript: str, message: str
) -> None:
    response = alice_client.post(CONVERSATION_URL, {"transcript": transcript})

    assert response.status_code == 400
    assert message in response.content.decode()


def test_conversation_keeps_what_was_pasted_after_a_refusal(alice_client: Client) -> None:
    response = alice_client.post(CONVERSATION_URL, {"transcript": "Ana: just me"})

    assert response.context["form"]["transcript"].value() == "Ana: just me"


def test_conversation_escapes_hostile_names_and_text(alice_client: Client) -> None:
    hostile = "Ana: <script>alert(1)</script>\nBen: <img src=x onerror=alert(2)>\n"

    response = alice_client.post(CONVERSATION_URL, {"transcript": hostile})

    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_conversation_htmx_request_gets_only_the_result(alice_client: Client) -> None:
    response = alice_client.post(
        CONVERSATION_URL, {"transcript": TRANSCRIPT}, headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="conversation-result"')
    assert "<html" not in html
    assert "Turn by turn" in html


@pytest.mark.parametrize(
    ("transcript", "message"),
    [("", "Paste a conversation first"), ("Ana: only one person talking here", "two people")],
)
def test_conversation_htmx_refusal_is_a_quiet_fragment(
    alice_client: Client, transcript: str, message: str
) -> None:
    response = alice_client.post(
        CONVERSATION_URL, {"transcript": transcript}, headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "<html" not in html
    assert "Turn by turn" not in html
    assert message in html


def test_coach_uses_the_learned_layer_when_switched_on(
    alice_client: Client, settings: Settings
) -> None:
    from closeknit_core.coach import heads, learned

    if not learned.is_available():
        pytest.skip("the learned layer is not installed")
    settings.COACH_LEARNED = True
    text = "I'm so scared about the results tomorrow."

    response = alice_client.post(URL, {"text": text})

    assert response.status_code == 200
    assert response.context["analysis"].emotions == pytest.approx(
        heads.learned_emotion_scores(text)
    )


def test_coach_uses_the_rules_alone_by_default(
    alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from closeknit_core.coach import heads

    def fail(*_: object) -> object:
        raise AssertionError("the learned layer ran")

    monkeypatch.setattr(heads, "learned_emotion_scores", fail)

    response = alice_client.post(URL, {"text": CRITICAL})

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("switched_on", "installed", "errors"), [(False, False, 0), (True, True, 0), (True, False, 1)]
)
def test_system_check_refuses_a_learned_layer_that_is_not_installed(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    switched_on: bool,
    installed: bool,
    errors: int,
) -> None:
    from closeknit.coach.checks import learned_layer_installed
    from closeknit_core.coach import learned

    settings.COACH_LEARNED = switched_on
    monkeypatch.setattr(learned, "is_available", lambda: installed)

    found = learned_layer_installed()

    assert len(found) == errors
    assert all(error.id == "closeknit.E010" for error in found)
    assert all("pip install" in error.msg for error in found)
