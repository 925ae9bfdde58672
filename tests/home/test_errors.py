from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.template import loader
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views import defaults

from closeknit.accounts.models import User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

OUR_DESIGN = '<link rel="stylesheet" href="/static/css/closeknit.css">'


def test_unknown_url_shows_our_404_page(anonymous_client: Client) -> None:
    response = anonymous_client.get("/no/such/page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "We couldn't find that page" in html
    assert OUR_DESIGN in html


def test_unknown_url_keeps_navigation_for_signed_in_person(alice_client: Client) -> None:
    response = alice_client.get("/no/such/page/")

    assert response.status_code == 404
    assert f'href="{reverse("accounts:profile")}"' in response.content.decode()


def test_unknown_url_does_not_echo_address(anonymous_client: Client) -> None:
    response = anonymous_client.get("/%3Cscript%3Ealert(1)%3C/script%3E/")

    assert response.status_code == 404
    assert "<script>alert(1)" not in response.content.decode()


def test_500_page_renders_with_empty_context() -> None:
    html = loader.get_template("500.html").render({})

    assert "Something went wrong on our side" in html
    assert OUR_DESIGN in html


def test_server_error_view_uses_our_page() -> None:
    response = defaults.server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_crash_in_view_shows_our_500_page(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(user: User) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("closeknit.home.views.services.relationships_of", broken)
    client = Client(raise_request_exception=False)
    client.force_login(alice)

    response = client.get(reverse("home:today"))

    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    assert "boom" not in response.content.decode()


def test_400_page_uses_our_design() -> None:
    response = defaults.bad_request(RequestFactory().get("/"), Exception("bad"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "We couldn't make sense of that request" in html
    assert OUR_DESIGN in html


def test_bad_host_shows_our_400_page(anonymous_client: Client) -> None:
    response = anonymous_client.get("/", headers={"host": "evil.example"})

    assert response.status_code == 400
    assert "We couldn't make sense of that request" in response.content.decode()


def test_403_page_uses_our_design() -> None:
    request = RequestFactory().get("/")

    response = defaults.permission_denied(request, PermissionDenied())

    assert response.status_code == 403
    html = response.content.decode()
    assert "This page isn't open to you" in html
    assert OUR_DESIGN in html


def test_csrf_failure_shows_our_page() -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("accounts:login"), {"username": "a@example.org"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "That form needs a fresh start" in html
    assert OUR_DESIGN in html


def test_csrf_failure_changes_nothing() -> None:
    client = Client(enforce_csrf_checks=True)

    client.post(
        reverse("accounts:signup"),
        {
            "display_name": "Dana",
            "email": "dana@example.org",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "time_zone": "UTC",
        },
    )

    assert not User.objects.filter(email="dana@example.org").exists()


def test_csrf_failure_for_signed_in_person_keeps_them_signed_in(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = client.post(reverse("accounts:logout"))

    assert response.status_code == 403
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_form_with_csrf_token_is_accepted(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("accounts:login"))
    token = client.cookies["csrftoken"].value

    response = client.post(
        reverse("accounts:login"),
        {"username": "alice@example.org", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )

    assert response.status_code == 302
