"""Passwords are stored with the project's real hashers, not the fast test one."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from closeknit import settings as project_settings
from closeknit.accounts.models import User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def real_hashers(settings: Settings) -> None:
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS


def test_project_hashes_with_argon2_first() -> None:
    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_signup_hashes_password_with_argon2(real_hashers: None, anonymous_client: Client) -> None:
    anonymous_client.post(
        reverse("accounts:signup"),
        {
            "display_name": "Dana",
            "email": "dana@example.org",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "time_zone": "UTC",
        },
    )

    user = User.objects.get(email="dana@example.org")
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


def test_login_upgrades_older_hash_to_argon2(real_hashers: None, anonymous_client: Client) -> None:
    user = User.objects.create_user("dana@example.org", display_name="Dana")
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save()

    anonymous_client.post(
        reverse("accounts:login"), {"username": "dana@example.org", "password": PASSWORD}
    )

    user.refresh_from_db()
    assert user.password.startswith("argon2$")
