from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from closeknit.accounts.models import User
from tests.accounts.inputs import HOSTILE, HUGE, NUL

pytestmark = pytest.mark.django_db

RESET_URL = reverse("accounts:password_reset")
NEW_PASSWORD = "lanterns over the harbour"
LINK = re.compile(r"http://testserver(/account/password/reset/[^/\s]+/[^/\s]+/)")


def ask_for_link(client: Client, email: str) -> Any:
    return client.post(RESET_URL, {"email": email})


def link_in_mail() -> str:
    [message] = mail.outbox
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(1)


def open_link(client: Client, link: str) -> Any:
    """Follow the mailed link; Django swaps the token for a session and redirects once."""
    return client.get(link, follow=True)


def choose_password(client: Client, link: str, first: str, second: str | None = None) -> Any:
    response = open_link(client, link)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    return client.post(form_url, {"new_password1": first, "new_password2": second or first})


def test_password_reset_page_shows_form(anonymous_client: Client) -> None:
    response = anonymous_client.get(RESET_URL)

    assert response.status_code == 200
    assert "Forgotten your password?" in response.content.decode()


def test_password_reset_sends_mail_with_link(alice: User, anonymous_client: Client) -> None:
    response = ask_for_link(anonymous_client, "alice@example.org")

    assert response.url == reverse("accounts:password_reset_done")
    [message] = mail.outbox
    assert message.to == ["alice@example.org"]
    assert message.subject == "A link to choose a new Closeknit password"
    assert message.body.startswith("Hello Alice,")
    assert LINK.search(message.body)


def test_password_reset_mail_keeps_name_unescaped(anonymous_client: Client) -> None:
    User.objects.create_user("dee@example.org", "x" * 12, display_name="Dee & <Co>")

    ask_for_link(anonymous_client, "dee@example.org")

    assert mail.outbox[0].body.startswith("Hello Dee & <Co>,")


def test_password_reset_says_check_your_email(alice: User, anonymous_client: Client) -> None:
    response = ask_for_link(anonymous_client, "alice@example.org")

    response = anonymous_client.get(response.url)

    assert "Check your email" in response.content.decode()


def test_password_reset_matches_email_in_any_case(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "Alice@Example.ORG")

    assert mail.outbox[0].to == ["alice@example.org"]


def test_password_reset_for_unknown_address_sends_nothing(anonymous_client: Client) -> None:
    response = ask_for_link(anonymous_client, "nobody@example.org")

    assert response.url == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_password_reset_link_shows_new_password_form(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    response = open_link(anonymous_client, link_in_mail())

    assert response.status_code == 200
    assert response.context["validlink"] is True
    assert "Choose a new password" in response.content.decode()


def test_password_reset_link_saves_new_password(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    response = choose_password(anonymous_client, link_in_mail(), NEW_PASSWORD)

    assert response.url == reverse("accounts:password_reset_complete")
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_password_reset_link_signs_person_in(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    choose_password(anonymous_client, link_in_mail(), NEW_PASSWORD)

    assert anonymous_client.session["_auth_user_id"] == str(alice.pk)


def test_password_reset_link_works_only_once(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "alice@example.org")
    link = link_in_mail()
    choose_password(anonymous_client, link, NEW_PASSWORD)

    response = open_link(Client(), link)

    assert response.context["validlink"] is False
    assert "This reset link doesn't work any more" in response.content.decode()


@pytest.mark.parametrize(
    "link",
    [
        "/account/password/reset/MQ/not-a-token/",
        "/account/password/reset/%3Cscript%3E/set-password/",
        "/account/password/reset/zzzz/abc-123/",
    ],
)
def test_password_reset_invalid_link_shows_friendly_page(
    alice: User, anonymous_client: Client, link: str
) -> None:
    response = anonymous_client.get(link)

    assert response.status_code == 200
    html = response.content.decode()
    assert "This reset link doesn't work any more" in html
    assert reverse("accounts:password_reset") in html


def test_password_reset_refuses_mismatched_new_passwords(
    alice: User, anonymous_client: Client
) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    response = choose_password(anonymous_client, link_in_mail(), NEW_PASSWORD, "other words")

    assert response.status_code == 200
    assert "new_password2" in response.context["form"].errors
    alice.refresh_from_db()
    assert not alice.check_password(NEW_PASSWORD)


def test_password_reset_refuses_weak_new_password(alice: User, anonymous_client: Client) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    response = choose_password(anonymous_client, link_in_mail(), "12345")

    assert "new_password2" in response.context["form"].errors


def test_password_reset_refuses_empty_form(anonymous_client: Client) -> None:
    response = anonymous_client.post(RESET_URL, {})

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["This field is required."]
    assert mail.outbox == []


@pytest.mark.parametrize("text", [HUGE, NUL, *HOSTILE.values()])
def test_password_reset_refuses_odd_email(alice: User, anonymous_client: Client, text: str) -> None:
    response = ask_for_link(anonymous_client, text)

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert mail.outbox == []


def test_password_reset_keeps_typed_email_when_refused(anonymous_client: Client) -> None:
    response = ask_for_link(anonymous_client, "alice at example")

    assert 'value="alice at example"' in response.content.decode()


@pytest.mark.parametrize("text", [HUGE, NUL])
def test_password_reset_refuses_odd_new_password(
    alice: User, anonymous_client: Client, text: str
) -> None:
    ask_for_link(anonymous_client, "alice@example.org")

    response = choose_password(anonymous_client, link_in_mail(), text)

    assert response.status_code == 200
    assert response.context["form"].errors
    alice.refresh_from_db()
    assert not alice.check_password(text)
