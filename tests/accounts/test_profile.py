from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeknit.accounts.middleware import UserTimeZoneMiddleware
from closeknit.accounts.models import User
from closeknit_core.text import tidy_name
from tests.accounts.inputs import HOSTILE, HUGE, NUL, typed_text
from tests.conftest import client_for
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PROFILE_URL = reverse("accounts:profile")
PASSWORD_URL = reverse("accounts:password_change")
NEW_PASSWORD = "lanterns over the harbour"


def errors_of(response: Any) -> dict[str, list[str]]:
    return response.context["form"].errors


def unchanged(user: User) -> bool:
    user.refresh_from_db()
    return (user.display_name, user.time_zone) == ("Alice", "Europe/London")


# The profile page


def test_profile_redirects_anonymous_to_login(anonymous_client: Client) -> None:
    response = anonymous_client.get(PROFILE_URL)

    assert response.status_code == 302
    assert response.url == f"{reverse('accounts:login')}?next={PROFILE_URL}"


def test_profile_refuses_anonymous_post(alice: User, anonymous_client: Client) -> None:
    response = anonymous_client.post(PROFILE_URL, {"display_name": "Mallory", "time_zone": "UTC"})

    assert response.status_code == 302
    assert unchanged(alice)


def test_profile_shows_own_details(alice_client: Client) -> None:
    response = alice_client.get(PROFILE_URL)

    html = response.content.decode()
    assert "You sign in as alice@example.org." in html
    assert 'value="Alice"' in html
    assert '<option value="Europe/London" selected>' in html


def test_profile_shows_only_own_details(alice: User, carol_client: Client) -> None:
    response = carol_client.get(PROFILE_URL)

    html = response.content.decode()
    assert "carol@example.org" in html
    assert "alice@example.org" not in html


def test_profile_saves_name_and_time_zone(alice: User, alice_client: Client) -> None:
    alice_client.post(PROFILE_URL, {"display_name": "Ali", "time_zone": "Pacific/Auckland"})

    alice.refresh_from_db()
    assert (alice.display_name, alice.time_zone) == ("Ali", "Pacific/Auckland")


def test_profile_confirms_save(alice_client: Client) -> None:
    response = alice_client.post(
        PROFILE_URL, {"display_name": "Ali", "time_zone": "UTC"}, follow=True
    )

    assert response.redirect_chain == [(PROFILE_URL, 302)]
    assert "Your details are saved." in response.content.decode()


def test_profile_collapses_spaces_in_name(alice: User, alice_client: Client) -> None:
    alice_client.post(PROFILE_URL, {"display_name": "  Alice   B. ", "time_zone": "UTC"})

    alice.refresh_from_db()
    assert alice.display_name == "Alice B."


def test_profile_cannot_change_email_or_rights(alice: User, alice_client: Client) -> None:
    alice_client.post(
        PROFILE_URL,
        {
            "display_name": "Alice",
            "time_zone": "UTC",
            "email": "mallory@example.org",
            "is_staff": "on",
            "is_superuser": "on",
        },
    )

    alice.refresh_from_db()
    assert (alice.email, alice.is_staff, alice.is_superuser) == ("alice@example.org", False, False)


def test_profile_changes_only_own_account(alice: User, carol: User, carol_client: Client) -> None:
    carol_client.post(PROFILE_URL, {"display_name": "Changed", "time_zone": "UTC", "pk": alice.pk})

    carol.refresh_from_db()
    assert carol.display_name == "Changed"
    assert unchanged(alice)


def test_profile_refuses_put(alice_client: Client) -> None:
    response = alice_client.put(PROFILE_URL)

    assert response.status_code == 405


def test_profile_refuses_empty_form_field_by_field(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {})

    assert response.status_code == 200
    assert set(errors_of(response)) == {"display_name", "time_zone"}
    assert unchanged(alice)


def test_profile_refuses_name_of_only_spaces(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": "  \t ", "time_zone": "UTC"})

    assert errors_of(response)["display_name"] == ["This field is required."]
    assert unchanged(alice)


def test_profile_refuses_unknown_time_zone(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        PROFILE_URL, {"display_name": "Ali", "time_zone": "Mars/Olympus_Mons"}
    )

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]
    assert unchanged(alice)


def test_profile_keeps_typed_name_when_refused(alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": "Ali <3", "time_zone": "Nowhere"})

    assert 'value="Ali &lt;3"' in response.content.decode()


def test_profile_refuses_huge_name(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": HUGE, "time_zone": "UTC"})

    assert response.status_code == 200
    assert errors_of(response)["display_name"] == [
        "Ensure this value has at most 60 characters (it has 100000)."
    ]
    assert unchanged(alice)


def test_profile_refuses_huge_time_zone(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": "Ali", "time_zone": HUGE})

    assert response.status_code == 200
    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]
    assert unchanged(alice)


def test_profile_refuses_nul_byte_in_name(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": NUL, "time_zone": "UTC"})

    assert response.status_code == 200
    assert errors_of(response)["display_name"] == ["Null characters are not allowed."]
    assert unchanged(alice)


def test_profile_refuses_nul_byte_in_time_zone(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": "Ali", "time_zone": "UTC\x00"})

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]
    assert unchanged(alice)


@pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
def test_profile_keeps_unusual_name_as_shown(alice: User, alice_client: Client, name: str) -> None:
    alice_client.post(PROFILE_URL, {"display_name": name, "time_zone": "UTC"})

    alice.refresh_from_db()
    assert alice.display_name == tidy_name(name)


def test_profile_drops_invisible_characters_from_name(alice: User, alice_client: Client) -> None:
    alice_client.post(PROFILE_URL, {"display_name": "\u202eecilA\u200b", "time_zone": "UTC"})

    alice.refresh_from_db()
    assert alice.display_name == "ecilA"


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_profile_refuses_hostile_time_zone(alice: User, alice_client: Client, text: str) -> None:
    response = alice_client.post(PROFILE_URL, {"display_name": "Ali", "time_zone": text})

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]
    assert unchanged(alice)


def test_profile_shows_html_name_as_text(alice_client: Client) -> None:
    alice_client.post(PROFILE_URL, {"display_name": HOSTILE["html"], "time_zone": "UTC"})

    html = alice_client.get(reverse("home:today")).content.decode()
    assert HOSTILE["html"] not in html
    assert escape(HOSTILE["html"]) in html


def test_profile_survives_invalid_utf8(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        PROFILE_URL,
        b"display_name=%FF%FE&time_zone=%C0",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert unchanged(alice)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    display_name=typed_text,
    time_zone=st.one_of(st.sampled_from(["UTC", "Africa/Nairobi"]), typed_text),
)
def test_profile_answers_any_input_without_server_error(display_name: str, time_zone: str) -> None:
    user = UserFactory(display_name="Before", time_zone="Europe/London")
    client = client_for(user)

    response = client.post(PROFILE_URL, {"display_name": display_name, "time_zone": time_zone})

    user.refresh_from_db()
    assert response.status_code in {200, 302}
    if response.status_code == 200:
        assert errors_of(response)
        assert (user.display_name, user.time_zone) == ("Before", "Europe/London")
        assert escape(display_name) in response.content.decode()
    else:
        assert user.display_name == tidy_name(display_name)
        assert user.time_zone == time_zone


# Changing the password, linked from the profile page


def test_password_change_redirects_anonymous_to_login(anonymous_client: Client) -> None:
    response = anonymous_client.get(PASSWORD_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_password_change_page_shows_form(alice_client: Client) -> None:
    response = alice_client.get(PASSWORD_URL)

    assert response.status_code == 200
    assert set(response.context["form"].fields) == {
        "old_password",
        "new_password1",
        "new_password2",
    }


def password_change_data(**changes: str) -> dict[str, str]:
    data = {
        "old_password": PASSWORD,
        "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD,
    }
    return data | changes


def test_password_change_saves_new_password(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PASSWORD_URL, password_change_data())

    assert response.url == reverse("accounts:password_change_done")
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_password_change_keeps_person_signed_in(alice_client: Client) -> None:
    alice_client.post(PASSWORD_URL, password_change_data())

    response = alice_client.get(reverse("accounts:password_change_done"))

    assert response.status_code == 200
    assert "Your password is changed" in response.content.decode()


def test_password_change_refuses_wrong_old_password(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PASSWORD_URL, password_change_data(old_password="guess"))

    assert "old_password" in errors_of(response)
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_password_change_refuses_mismatched_new_passwords(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(PASSWORD_URL, password_change_data(new_password2="other words"))

    assert "new_password2" in errors_of(response)
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_password_change_refuses_empty_form(alice: User, alice_client: Client) -> None:
    response = alice_client.post(PASSWORD_URL, {})

    assert response.status_code == 200
    assert set(errors_of(response)) == {"old_password", "new_password1", "new_password2"}


@pytest.mark.parametrize("text", [HUGE, NUL, *HOSTILE.values()])
def test_password_change_refuses_odd_old_password(
    alice: User, alice_client: Client, text: str
) -> None:
    response = alice_client.post(PASSWORD_URL, password_change_data(old_password=text))

    assert response.status_code == 200
    assert "old_password" in errors_of(response)
    assert text not in response.content.decode()


# Dates and times follow the signed-in person's time zone


def zone_seen_by_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(timezone.get_current_timezone_name())


def zone_for(user: Any) -> str:
    request = RequestFactory().get("/")
    request.user = user
    return UserTimeZoneMiddleware(zone_seen_by_view)(request).content.decode()


def test_time_zone_middleware_uses_person_zone() -> None:
    assert zone_for(UserFactory.build(time_zone="Asia/Kolkata")) == "Asia/Kolkata"


def test_time_zone_middleware_uses_utc_for_anonymous() -> None:
    timezone.activate("Asia/Kolkata")

    assert zone_for(AnonymousUser()) == "UTC"


def test_time_zone_middleware_survives_unknown_zone() -> None:
    assert zone_for(UserFactory.build(time_zone="../../etc/passwd")) == "UTC"


def test_time_zone_middleware_survives_empty_zone() -> None:
    assert zone_for(UserFactory.build(time_zone="")) == "UTC"


def test_password_change_refuses_new_password_too_long_to_sign_in_with(
    alice: User, alice_client: Client
) -> None:
    too_long = "river " * 1000

    response = alice_client.post(
        PASSWORD_URL, password_change_data(new_password1=too_long, new_password2=too_long)
    )

    assert errors_of(response)["new_password2"] == [
        "Please choose a password of at most 4096 characters."
    ]
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)
