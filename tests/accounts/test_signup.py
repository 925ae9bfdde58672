from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeknit.accounts.models import User
from closeknit_core.text import tidy_name
from tests.accounts.inputs import HOSTILE, HUGE, NUL, typed_text
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP_URL = reverse("accounts:signup")


def signup_data(**changes: str) -> dict[str, str]:
    data = {
        "display_name": "Dana",
        "email": "dana@example.org",
        "password": PASSWORD,
        "password_again": PASSWORD,
        "time_zone": "Europe/Paris",
    }
    return data | changes


def errors_of(response: Any) -> dict[str, list[str]]:
    return response.context["form"].errors


def test_signup_page_shows_form(anonymous_client: Client) -> None:
    response = anonymous_client.get(SIGNUP_URL)

    assert response.status_code == 200
    assert "accounts/signup.html" in [template.name for template in response.templates]
    assert 'data-detect-time-zone="true"' in response.content.decode()


def test_signup_redirects_signed_in_person(alice_client: Client) -> None:
    response = alice_client.get(SIGNUP_URL)

    assert response.status_code == 302
    assert response.url == reverse("home:today")


def test_signup_refuses_put(anonymous_client: Client) -> None:
    response = anonymous_client.put(SIGNUP_URL)

    assert response.status_code == 405


def test_signup_creates_account(anonymous_client: Client) -> None:
    anonymous_client.post(SIGNUP_URL, signup_data())

    user = User.objects.get(email="dana@example.org")
    assert (user.display_name, user.time_zone) == ("Dana", "Europe/Paris")
    assert user.check_password(PASSWORD)


def test_signup_signs_new_person_in(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(), follow=True)

    assert response.context["user"].email == "dana@example.org"
    assert response.redirect_chain == [(reverse("home:today"), 302)]


def test_signup_welcomes_new_person(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(), follow=True)

    assert "Welcome, Dana. Your account is ready." in response.content.decode()


def test_signup_stores_email_in_lower_case(anonymous_client: Client) -> None:
    anonymous_client.post(SIGNUP_URL, signup_data(email="  Dana@Example.ORG "))

    assert User.objects.filter(email="dana@example.org").exists()


def test_signup_collapses_spaces_in_name(anonymous_client: Client) -> None:
    anonymous_client.post(SIGNUP_URL, signup_data(display_name="  Dana   Scott "))

    assert User.objects.get(email="dana@example.org").display_name == "Dana Scott"


def test_signup_follows_next_inside_site(anonymous_client: Client) -> None:
    next_url = reverse("relationships:create")

    response = anonymous_client.post(SIGNUP_URL, signup_data(next=next_url))

    assert response.url == next_url


def test_signup_ignores_next_to_other_site(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(next="https://evil.example/"))

    assert response.url == reverse("home:today")


def test_signup_keeps_next_in_form(anonymous_client: Client) -> None:
    response = anonymous_client.get(SIGNUP_URL, {"next": "/people/join/abc/"})

    assert '<input type="hidden" name="next" value="/people/join/abc/">' in (
        response.content.decode()
    )


def test_signup_refuses_existing_email_in_any_case(alice: User, anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(email="ALICE@example.org"))

    assert errors_of(response)["email"] == [
        "There is already an account with this address. You can sign in instead."
    ]
    assert User.objects.filter(email__iexact="alice@example.org").count() == 1


def test_signup_refuses_mismatched_passwords(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL, signup_data(password_again="a quiet walk by the lake")
    )

    assert errors_of(response)["password_again"] == ["The two passwords are not the same."]
    assert not User.objects.exists()


def test_signup_refuses_short_password(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL, signup_data(password="short", password_again="short")
    )

    assert "too short" in errors_of(response)["password"][0]
    assert not User.objects.exists()


def test_signup_refuses_common_password(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL, signup_data(password="password123", password_again="password123")
    )

    assert any("too common" in error for error in errors_of(response)["password"])


def test_signup_refuses_password_like_email(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL,
        signup_data(
            email="riverwalker@example.org",
            password="riverwalker1",
            password_again="riverwalker1",
        ),
    )

    assert any("too similar" in error for error in errors_of(response)["password"])


def test_signup_refuses_missing_second_password_once(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(password_again=""))

    assert errors_of(response)["password_again"] == ["This field is required."]


def test_signup_refuses_unknown_time_zone(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(time_zone="Mars/Olympus_Mons"))

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]
    assert not User.objects.exists()


def test_signup_refuses_malformed_email(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(email="dana at example"))

    assert errors_of(response)["email"] == ["Enter a valid email address."]


def test_signup_refuses_empty_form_field_by_field(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, {})

    assert response.status_code == 200
    assert set(errors_of(response)) == {
        "display_name",
        "email",
        "password",
        "password_again",
        "time_zone",
    }


def test_signup_refuses_name_of_only_spaces(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(display_name="   \t  "))

    assert errors_of(response)["display_name"] == ["This field is required."]
    assert not User.objects.exists()


def test_signup_keeps_typed_values_when_refused(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL, signup_data(display_name="Dana <3", password_again="something else")
    )

    html = response.content.decode()
    assert 'value="Dana &lt;3"' in html
    assert 'value="dana@example.org"' in html
    assert '<option value="Europe/Paris" selected>' in html


def test_signup_never_shows_passwords_again(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(password_again="something else"))

    html = response.content.decode()
    assert PASSWORD not in html
    assert "something else" not in html


@pytest.mark.parametrize("field", ["display_name", "email", "password", "password_again"])
def test_signup_refuses_huge_value(anonymous_client: Client, field: str) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(**{field: HUGE}))

    assert response.status_code == 200
    assert any("at most" in error for error in errors_of(response)[field])
    assert not User.objects.exists()


def test_signup_refuses_huge_time_zone(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(time_zone=HUGE))

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]


@pytest.mark.parametrize("field", ["display_name", "email", "password", "password_again"])
def test_signup_refuses_nul_byte(anonymous_client: Client, field: str) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(**{field: NUL}))

    assert response.status_code == 200
    assert "Null characters are not allowed." in errors_of(response)[field]
    assert not User.objects.exists()


def test_signup_refuses_nul_byte_in_time_zone(anonymous_client: Client) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(time_zone="UTC\x00"))

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]


@pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
def test_signup_keeps_unusual_name_as_shown(anonymous_client: Client, name: str) -> None:
    anonymous_client.post(SIGNUP_URL, signup_data(display_name=name))

    assert User.objects.get(email="dana@example.org").display_name == tidy_name(name)


def test_signup_shows_html_name_as_text(anonymous_client: Client) -> None:
    response = anonymous_client.post(
        SIGNUP_URL, signup_data(display_name=HOSTILE["html"]), follow=True
    )

    html = response.content.decode()
    assert HOSTILE["html"] not in html
    assert escape(HOSTILE["html"]) in html


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_signup_refuses_hostile_email(anonymous_client: Client, text: str) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(email=text))

    assert errors_of(response)["email"] == ["Enter a valid email address."]
    assert not User.objects.exists()


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_signup_refuses_hostile_time_zone(anonymous_client: Client, text: str) -> None:
    response = anonymous_client.post(SIGNUP_URL, signup_data(time_zone=text))

    assert errors_of(response)["time_zone"] == ["Please pick a time zone from the list."]


def test_signup_survives_invalid_utf8(anonymous_client: Client) -> None:
    body = b"display_name=%FF%FEDana&email=dana%C0@example.org&password=x&password_again=x"

    response = anonymous_client.post(
        SIGNUP_URL, body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert "email" in errors_of(response)
    assert not User.objects.exists()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    display_name=typed_text,
    email=st.one_of(st.emails(), typed_text),
    password=typed_text,
    time_zone=st.one_of(st.sampled_from(["UTC", "Asia/Kolkata"]), typed_text),
)
def test_signup_answers_any_input_without_server_error(
    display_name: str, email: str, password: str, time_zone: str
) -> None:
    client = Client()
    users_before = User.objects.count()
    data = signup_data(
        display_name=display_name,
        email=email,
        password=password,
        password_again=password,
        time_zone=time_zone,
    )

    response = client.post(SIGNUP_URL, data)

    assert response.status_code in {200, 302}
    if response.status_code == 200:
        assert response.context["form"].errors
        assert User.objects.count() == users_before
        assert escape(display_name) in response.content.decode()
    else:
        assert User.objects.count() == users_before + 1
