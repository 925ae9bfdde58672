from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from pytest_django.fixtures import Settings

from closeknit.accounts import services
from closeknit.accounts.models import LoginFailure, User, time_zone_names, validate_time_zone
from closeknit.accounts.validators import MaximumLengthValidator
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_create_user_lowercases_email() -> None:
    user = User.objects.create_user("Dana@Example.ORG", PASSWORD, display_name="Dana")

    assert user.email == "dana@example.org"


def test_create_user_requires_email() -> None:
    with pytest.raises(ValueError, match="email address is required"):
        User.objects.create_user("", PASSWORD, display_name="Dana")


def test_create_user_hashes_password() -> None:
    user = User.objects.create_user("dana@example.org", PASSWORD, display_name="Dana")

    assert PASSWORD not in user.password
    assert user.check_password(PASSWORD)


def test_create_user_without_password_cannot_sign_in() -> None:
    user = User.objects.create_user("dana@example.org", display_name="Dana")

    assert not user.has_usable_password()


def test_create_user_is_not_staff() -> None:
    user = User.objects.create_user("dana@example.org", PASSWORD, display_name="Dana")

    assert (user.is_staff, user.is_superuser, user.is_active) == (False, False, True)


def test_create_superuser_is_staff_and_superuser() -> None:
    user = User.objects.create_superuser("root@example.org", PASSWORD, display_name="Root")

    assert (user.is_staff, user.is_superuser) == (True, True)


def test_create_user_refuses_same_email_in_other_case() -> None:
    User.objects.create_user("dana@example.org", PASSWORD, display_name="Dana")

    with pytest.raises(IntegrityError):
        User.objects.create_user("DANA@example.org", PASSWORD, display_name="Other Dana")


def test_user_str_is_display_name() -> None:
    assert str(User(email="dana@example.org", display_name="Dana")) == "Dana"


def test_user_str_falls_back_to_email() -> None:
    assert str(User(email="dana@example.org", display_name="")) == "dana@example.org"


def test_user_short_and_full_name_are_display_name() -> None:
    user = User(email="dana@example.org", display_name="Dana Scott")

    assert (user.get_short_name(), user.get_full_name()) == ("Dana Scott", "Dana Scott")


def test_user_time_zone_defaults_to_utc() -> None:
    user = User.objects.create_user("dana@example.org", PASSWORD, display_name="Dana")

    assert user.time_zone == "UTC"


def test_user_full_clean_refuses_unknown_time_zone() -> None:
    user = UserFactory(time_zone="Mars/Olympus_Mons")

    with pytest.raises(ValidationError) as refusal:
        user.full_clean()

    assert "time_zone" in refusal.value.message_dict


def test_user_full_clean_accepts_known_time_zone() -> None:
    user = UserFactory(time_zone="America/Argentina/Buenos_Aires")

    user.full_clean()


def test_validate_time_zone_names_the_unknown_zone() -> None:
    with pytest.raises(ValidationError) as refusal:
        validate_time_zone("Europe/Atlantis")

    assert "Europe/Atlantis" in refusal.value.messages[0]


def test_validate_time_zone_shortens_huge_value_in_message() -> None:
    with pytest.raises(ValidationError) as refusal:
        validate_time_zone("x" * 100_000)

    assert len(refusal.value.messages[0]) < 200


def test_time_zone_names_are_sorted_and_include_utc() -> None:
    names = time_zone_names()

    assert list(names) == sorted(names)
    assert "UTC" in names


def test_login_failure_str_has_no_email() -> None:
    failure = LoginFailure.objects.create(
        email_digest=services.email_digest("alice@example.org"), ip_address="192.0.2.1"
    )

    assert "alice" not in str(failure)
    assert str(failure).startswith("failed sign-in at ")


def test_register_user_tidies_display_name() -> None:
    user = services.register_user(
        email="dana@example.org", password=PASSWORD, display_name="  Dana  ", time_zone="UTC"
    )

    assert user.display_name == "Dana"


def test_register_user_keeps_time_zone_and_password() -> None:
    user = services.register_user(
        email="dana@example.org", password=PASSWORD, display_name="Dana", time_zone="Asia/Tokyo"
    )

    user.refresh_from_db()
    assert user.time_zone == "Asia/Tokyo"
    assert user.check_password(PASSWORD)


def test_email_digest_ignores_case_and_spaces() -> None:
    assert services.email_digest(" Alice@Example.org ") == services.email_digest(
        "alice@example.org"
    )


def test_email_digest_differs_between_addresses() -> None:
    assert services.email_digest("alice@example.org") != services.email_digest("bob@example.org")


def test_email_digest_depends_on_secret_key(settings: Settings) -> None:
    before = services.email_digest("alice@example.org")
    settings.SECRET_KEY = "another secret key, long enough to be a real one"

    assert services.email_digest("alice@example.org") != before


def test_maximum_length_validator_accepts_password_at_limit() -> None:
    MaximumLengthValidator(max_length=12).validate("x" * 12)


def test_maximum_length_validator_refuses_longer_password() -> None:
    with pytest.raises(ValidationError, match="at most 12 characters"):
        MaximumLengthValidator(max_length=12).validate("x" * 13)
