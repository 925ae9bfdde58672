from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from pytest_django.fixtures import Settings

from closeknit.accounts import services
from closeknit.accounts.forms import client_ip
from closeknit.accounts.models import LoginFailure, User
from tests.accounts.inputs import HOSTILE, HUGE, NUL
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("accounts:login")
WRONG = "not the right password"
NO_MATCH = "That email and password don't match an account. Please check both and try again."
PAUSED = "pausing for a moment to keep the account safe"


def sign_in(client: Client, email: str, password: str, **extra: Any) -> Any:
    return client.post(LOGIN_URL, {"username": email, "password": password}, **extra)


def fail_times(client: Client, email: str, times: int, **extra: Any) -> None:
    for _ in range(times):
        sign_in(client, email, WRONG, **extra)


def non_field_errors(response: Any) -> list[str]:
    return list(response.context["form"].non_field_errors())


def is_signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def age_failures(minutes: int) -> None:
    """Move every recorded failure ``minutes`` into the past."""
    for failure in LoginFailure.objects.all():
        failure.created_at -= timedelta(minutes=minutes)
        failure.save()


# The page


def test_login_page_shows_form(anonymous_client: Client) -> None:
    response = anonymous_client.get(LOGIN_URL)

    assert response.status_code == 200
    assert "Email address" in response.content.decode()


def test_login_redirects_signed_in_person(alice_client: Client) -> None:
    response = alice_client.get(LOGIN_URL)

    assert response.status_code == 302
    assert response.url == reverse("home:today")


def test_login_signs_in_with_right_password(alice: User, anonymous_client: Client) -> None:
    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert response.status_code == 302
    assert response.url == reverse("home:today")
    assert anonymous_client.session["_auth_user_id"] == str(alice.pk)


def test_login_follows_next_inside_site(alice: User, anonymous_client: Client) -> None:
    next_url = reverse("relationships:create")

    response = anonymous_client.post(
        LOGIN_URL, {"username": "alice@example.org", "password": PASSWORD, "next": next_url}
    )

    assert response.url == next_url


def test_login_ignores_next_to_other_site(alice: User, anonymous_client: Client) -> None:
    response = anonymous_client.post(
        LOGIN_URL,
        {"username": "alice@example.org", "password": PASSWORD, "next": "https://evil.example/"},
    )

    assert response.url == reverse("home:today")


def test_login_accepts_email_in_other_case(alice: User, anonymous_client: Client) -> None:
    sign_in(anonymous_client, "  Alice@Example.ORG ", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_refuses_wrong_password(alice: User, anonymous_client: Client) -> None:
    response = sign_in(anonymous_client, "alice@example.org", WRONG)

    assert response.status_code == 200
    assert non_field_errors(response) == [NO_MATCH]
    assert not is_signed_in(anonymous_client)


def test_login_refuses_unknown_email_with_same_message(anonymous_client: Client) -> None:
    response = sign_in(anonymous_client, "nobody@example.org", PASSWORD)

    assert non_field_errors(response) == [NO_MATCH]


def test_login_refuses_inactive_account(anonymous_client: Client) -> None:
    UserFactory(email="gone@example.org", is_active=False)

    response = sign_in(anonymous_client, "gone@example.org", PASSWORD)

    assert response.status_code == 200
    assert not is_signed_in(anonymous_client)


def test_login_keeps_email_but_not_password(alice: User, anonymous_client: Client) -> None:
    response = sign_in(anonymous_client, "alice@example.org", WRONG)

    html = response.content.decode()
    assert 'value="alice@example.org"' in html
    assert WRONG not in html


def test_login_refuses_empty_form_field_by_field(anonymous_client: Client) -> None:
    response = anonymous_client.post(LOGIN_URL, {})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"username", "password"}


@pytest.mark.parametrize("field", ["username", "password"])
def test_login_refuses_huge_value(alice: User, anonymous_client: Client, field: str) -> None:
    data = {"username": "alice@example.org", "password": PASSWORD} | {field: HUGE}

    response = anonymous_client.post(LOGIN_URL, data)

    assert response.status_code == 200
    assert any("at most" in error for error in response.context["form"].errors[field])
    assert not is_signed_in(anonymous_client)


@pytest.mark.parametrize("field", ["username", "password"])
def test_login_refuses_nul_byte(alice: User, anonymous_client: Client, field: str) -> None:
    data = {"username": "alice@example.org", "password": PASSWORD} | {field: NUL}

    response = anonymous_client.post(LOGIN_URL, data)

    assert response.status_code == 200
    assert response.context["form"].errors[field] == ["Null characters are not allowed."]


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_login_refuses_hostile_email(alice: User, anonymous_client: Client, text: str) -> None:
    response = sign_in(anonymous_client, text, PASSWORD)

    assert response.status_code == 200
    assert non_field_errors(response) == [NO_MATCH]
    assert not is_signed_in(anonymous_client)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_login_refuses_hostile_password(alice: User, anonymous_client: Client, text: str) -> None:
    response = sign_in(anonymous_client, "alice@example.org", text)

    assert non_field_errors(response) == [NO_MATCH]


def test_login_shows_typed_html_as_text(anonymous_client: Client) -> None:
    response = sign_in(anonymous_client, HOSTILE["html"], PASSWORD)

    assert HOSTILE["html"] not in response.content.decode()


def test_login_survives_invalid_utf8(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        LOGIN_URL, b"username=%FF%C0&password=%FE", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert not is_signed_in(anonymous_client)


# Signing out


def test_logout_signs_out(alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:logout"))

    assert response.url == reverse("home:today")
    assert not is_signed_in(alice_client)


def test_logout_refuses_get(alice_client: Client) -> None:
    response = alice_client.get(reverse("accounts:logout"))

    assert response.status_code == 405
    assert is_signed_in(alice_client)


# Pausing after repeated failures


def test_login_failure_is_recorded(alice: User, anonymous_client: Client) -> None:
    sign_in(anonymous_client, "alice@example.org", WRONG)

    failure = LoginFailure.objects.get()
    assert failure.email_digest == services.email_digest("alice@example.org")
    assert failure.ip_address == "127.0.0.1"


def test_login_failure_stores_no_email_in_clear(alice: User, anonymous_client: Client) -> None:
    sign_in(anonymous_client, "alice@example.org", WRONG)

    stored = " ".join(str(value) for value in LoginFailure.objects.values().get().values())
    assert "alice" not in stored.lower()
    assert "example.org" not in stored


def test_login_failure_with_empty_email_is_not_recorded(anonymous_client: Client) -> None:
    anonymous_client.post(LOGIN_URL, {"username": "", "password": WRONG})

    assert not LoginFailure.objects.exists()


def test_login_four_failures_do_not_pause(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 4)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_pauses_after_five_failures(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)

    response = sign_in(anonymous_client, "alice@example.org", WRONG)

    assert response.status_code == 200
    [message] = non_field_errors(response)
    assert PAUSED in message
    assert "Please try again in 15 minutes, or reset your password." in message


def test_login_refuses_right_password_while_paused(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)

    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert PAUSED in non_field_errors(response)[0]
    assert not is_signed_in(anonymous_client)


def test_login_pause_counts_email_in_any_case(alice: User, anonymous_client: Client) -> None:
    for email in ["ALICE@example.org", "alice@EXAMPLE.org", " alice@example.org "]:
        sign_in(anonymous_client, email, WRONG)
    fail_times(anonymous_client, "alice@example.org", 2)

    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert not is_signed_in(anonymous_client)
    assert PAUSED in non_field_errors(response)[0]


def test_login_pause_counts_down_minutes(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)
    age_failures(minutes=14)

    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert "Please try again in 1 minute, or reset your password." in non_field_errors(response)[0]


def test_login_pause_ends_when_window_passes(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)
    age_failures(minutes=16)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_pause_ends_when_clock_moves_on(
    alice: User, anonymous_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)
    later = timezone.now() + timedelta(minutes=15, seconds=1)
    monkeypatch.setattr("closeknit.accounts.services.timezone.now", lambda: later)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_pause_follows_configured_limit(
    alice: User, anonymous_client: Client, settings: Settings
) -> None:
    settings.LOGIN_FAILURE_LIMIT = 2
    fail_times(anonymous_client, "alice@example.org", 2)

    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert PAUSED in non_field_errors(response)[0]


def test_login_pause_is_per_email(alice: User, bob: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)

    sign_in(anonymous_client, "bob@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_pause_applies_from_any_address(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5, REMOTE_ADDR="198.51.100.7")

    sign_in(anonymous_client, "alice@example.org", PASSWORD, REMOTE_ADDR="203.0.113.9")

    assert not is_signed_in(anonymous_client)


def test_login_success_clears_failures(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 4)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert not LoginFailure.objects.exists()


@pytest.mark.parametrize("password", ["", HUGE, NUL])
def test_login_refused_password_keeps_failures(
    alice: User, anonymous_client: Client, password: str
) -> None:
    fail_times(anonymous_client, "alice@example.org", 4)

    sign_in(anonymous_client, "alice@example.org", password)

    assert LoginFailure.objects.count() == 4


def test_login_paused_attempt_is_not_recorded(alice: User, anonymous_client: Client) -> None:
    fail_times(anonymous_client, "alice@example.org", 5)

    fail_times(anonymous_client, "alice@example.org", 3)

    assert LoginFailure.objects.count() == 5


def record_failures_from(ip_address: str, count: int) -> None:
    for number in range(count):
        services.record_login_failure(email=f"guess{number}@example.org", ip_address=ip_address)


def test_login_pauses_address_after_many_failures(alice: User, anonymous_client: Client) -> None:
    record_failures_from("127.0.0.1", 5 * services.IP_LIMIT_FACTOR)

    response = sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert PAUSED in non_field_errors(response)[0]
    assert not is_signed_in(anonymous_client)


def test_login_address_below_its_limit_is_not_paused(alice: User, anonymous_client: Client) -> None:
    record_failures_from("127.0.0.1", 5 * services.IP_LIMIT_FACTOR - 1)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_address_pause_spares_other_addresses(alice: User, anonymous_client: Client) -> None:
    record_failures_from("198.51.100.7", 5 * services.IP_LIMIT_FACTOR)

    sign_in(anonymous_client, "alice@example.org", PASSWORD)

    assert is_signed_in(anonymous_client)


def test_login_ignores_forged_forwarded_for_without_proxy(
    alice: User, anonymous_client: Client
) -> None:
    record_failures_from("127.0.0.1", 5 * services.IP_LIMIT_FACTOR)

    sign_in(anonymous_client, "alice@example.org", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert not is_signed_in(anonymous_client)


def test_login_address_pause_uses_proxy_hop(
    alice: User, anonymous_client: Client, settings: Settings
) -> None:
    settings.PROXY_COUNT = 1
    record_failures_from("203.0.113.9", 5 * services.IP_LIMIT_FACTOR)

    sign_in(
        anonymous_client,
        "alice@example.org",
        PASSWORD,
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9",
        REMOTE_ADDR="10.0.0.2",
    )

    assert not is_signed_in(anonymous_client)


def test_record_login_failure_drops_rows_outside_window() -> None:
    services.record_login_failure(email="alice@example.org", ip_address=None)
    age_failures(minutes=16)

    services.record_login_failure(email="bob@example.org", ip_address=None)

    assert list(LoginFailure.objects.values_list("email_digest", flat=True)) == [
        services.email_digest("bob@example.org")
    ]


def test_clear_login_failures_keeps_other_emails() -> None:
    services.record_login_failure(email="alice@example.org", ip_address=None)
    services.record_login_failure(email="bob@example.org", ip_address=None)

    services.clear_login_failures(email="alice@example.org")

    assert LoginFailure.objects.get().email_digest == services.email_digest("bob@example.org")


def test_minutes_until_login_allowed_is_zero_without_failures() -> None:
    assert services.minutes_until_login_allowed(email="alice@example.org", ip_address=None) == 0


# Where a request comes from


def test_client_ip_without_request_is_none() -> None:
    assert client_ip(None) is None


def test_client_ip_uses_remote_addr_without_proxy() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.4", HTTP_X_FORWARDED_FOR="1.2.3.4")

    assert client_ip(request) == "192.0.2.4"


def test_client_ip_takes_hop_seen_by_outermost_proxy(settings: Settings) -> None:
    settings.PROXY_COUNT = 2
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.4, 10.0.0.1"
    )

    assert client_ip(request) == "192.0.2.4"


def test_client_ip_falls_back_when_too_few_hops(settings: Settings) -> None:
    settings.PROXY_COUNT = 2
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.4")

    assert client_ip(request) == "10.0.0.2"


def test_client_ip_normalises_ipv6() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="2001:DB8:0:0::1")

    assert client_ip(request) == "2001:db8::1"


def test_client_ip_falls_back_when_forwarded_for_is_empty(settings: Settings) -> None:
    settings.PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=" , ")

    assert client_ip(request) == "10.0.0.2"


@pytest.mark.parametrize("address", ["not-an-address", "<script>", "1.2.3.4\x00", HUGE])
def test_client_ip_refuses_malformed_address(settings: Settings, address: str) -> None:
    settings.PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=address)

    assert client_ip(request) is None
