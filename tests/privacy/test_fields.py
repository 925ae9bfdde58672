"""Encryption at rest: what the database holds, and living through key changes."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from pytest_django import Settings

from closeknit.privacy.fields import (
    PREFIX,
    DecryptionError,
    EncryptedTextField,
    decrypt,
    encrypt,
    rotate,
)
from closeknit.relationships.models import Invitation
from tests.factories import InvitationFactory

SECRET = "I felt alone at dinner on Sunday, and I miss our walks."
OLD_KEY = Fernet.generate_key().decode("ascii")
NEW_KEY = Fernet.generate_key().decode("ascii")
OTHER_KEY = Fernet.generate_key().decode("ascii")


def stored(invitation: Invitation, column: str = "message") -> str:
    """An encrypted column exactly as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column} FROM relationships_invitation WHERE id = %s",  # noqa: S608 -- column is ours
            [invitation.pk],
        )
        return cursor.fetchone()[0]


def rotate_row(invitation: Invitation) -> None:
    """What a key rotation does to every encrypted column of a row."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE relationships_invitation SET token = %s, message = %s WHERE id = %s",
            [rotate(stored(invitation, "token")), rotate(stored(invitation)), invitation.pk],
        )


def reread(invitation: Invitation) -> str:
    return Invitation.objects.get(pk=invitation.pk).message


@pytest.fixture
def old_key_only(settings: Settings) -> Settings:
    settings.ENCRYPTION_KEYS = [OLD_KEY]
    return settings


@pytest.mark.django_db
def test_encrypted_field_column_holds_no_plaintext() -> None:
    invitation = InvitationFactory(message=SECRET)

    raw = stored(invitation)

    assert raw.startswith(PREFIX)
    assert "walks" not in raw


@pytest.mark.django_db
def test_encrypted_field_token_column_holds_no_plaintext() -> None:
    invitation = InvitationFactory(raw_token="plain-token-never-stored-as-is")

    raw = stored(invitation, "token")

    assert "plain-token-never-stored-as-is" not in raw


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Je t\u2019aime, ça va ? 愛してる — мы справимся "
        "\U0001faf6\U0001f3fd \U0001f469\u200d\u2764\ufe0f\u200d\U0001f468",
        "right-to-left \u202eevil\u202c and zero\u200bwidth and e\u0301",
        "line one\nline two\r\n\ttabbed",
        "a" * 20_000,
    ],
    ids=["languages-and-emoji", "control-marks", "whitespace", "long"],
)
def test_encrypted_field_round_trips_text(text: str) -> None:
    invitation = InvitationFactory(message=text)

    assert reread(invitation) == text


@pytest.mark.django_db
def test_encrypted_field_round_trips_empty_text() -> None:
    invitation = InvitationFactory(message="")

    assert reread(invitation) == ""


@pytest.mark.django_db
def test_encrypted_field_hides_that_empty_text_is_empty() -> None:
    invitation = InvitationFactory(message="")

    assert stored(invitation).startswith(PREFIX)


def test_encrypt_gives_different_tokens_for_the_same_text() -> None:
    assert encrypt(SECRET) != encrypt(SECRET)


def test_encrypted_field_keeps_none_as_none() -> None:
    field = EncryptedTextField(null=True)

    assert field.get_prep_value(None) is None
    assert field.from_db_value(None, None, connection) is None


@pytest.mark.django_db
def test_encrypted_field_reads_old_key_after_new_key_put_first(old_key_only: Settings) -> None:
    invitation = InvitationFactory(message=SECRET)

    old_key_only.ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]

    assert reread(invitation) == SECRET


@pytest.mark.django_db
def test_encrypted_field_writes_with_first_key(settings: Settings) -> None:
    settings.ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    invitation = InvitationFactory(message=SECRET)

    settings.ENCRYPTION_KEYS = [NEW_KEY]

    assert reread(invitation) == SECRET


@pytest.mark.django_db
def test_rotate_lets_old_key_be_dropped(old_key_only: Settings) -> None:
    invitation = InvitationFactory(message=SECRET)
    old_key_only.ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    rotate_row(invitation)

    old_key_only.ENCRYPTION_KEYS = [NEW_KEY]

    assert reread(invitation) == SECRET


@pytest.mark.django_db
def test_rotate_output_no_longer_opens_with_old_key(old_key_only: Settings) -> None:
    invitation = InvitationFactory(message=SECRET)
    old_key_only.ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    rotated = rotate(stored(invitation))

    old_key_only.ENCRYPTION_KEYS = [OLD_KEY]

    with pytest.raises(DecryptionError):
        decrypt(rotated)


@pytest.mark.django_db
def test_encrypted_field_with_dropped_key_raises_decryption_error(
    old_key_only: Settings,
) -> None:
    invitation = InvitationFactory(message=SECRET)

    old_key_only.ENCRYPTION_KEYS = [OTHER_KEY]

    with pytest.raises(DecryptionError):
        reread(invitation)


def test_rotate_with_unknown_key_raises_decryption_error(settings: Settings) -> None:
    settings.ENCRYPTION_KEYS = [OLD_KEY]
    stored = encrypt(SECRET)
    settings.ENCRYPTION_KEYS = [NEW_KEY]

    with pytest.raises(DecryptionError):
        rotate(stored)


def test_rotate_of_plain_text_raises_decryption_error() -> None:
    with pytest.raises(DecryptionError):
        rotate(SECRET)


def test_decrypt_of_plain_text_raises_decryption_error() -> None:
    with pytest.raises(DecryptionError):
        decrypt(SECRET)


def test_decrypt_of_tampered_token_raises_decryption_error() -> None:
    stored = encrypt(SECRET)
    tampered = stored[:-6] + ("AAAAAA" if not stored.endswith("AAAAAA") else "BBBBBB")

    with pytest.raises(DecryptionError):
        decrypt(tampered)


@pytest.mark.parametrize(
    "keys",
    [[], ["not a fernet key"], [NEW_KEY, "too-short"], [NEW_KEY[:-4]], [None]],
    ids=["empty", "garbage", "second-garbage", "truncated", "none"],
)
def test_keyring_refuses_invalid_configuration(settings: Settings, keys: list[object]) -> None:
    settings.ENCRYPTION_KEYS = keys

    with pytest.raises(ImproperlyConfigured):
        encrypt(SECRET)
