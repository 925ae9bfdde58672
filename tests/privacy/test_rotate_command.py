from __future__ import annotations

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from pytest_django.fixtures import Settings

from closeknit.relationships.models import Invitation
from tests.factories import InvitationFactory

pytestmark = pytest.mark.django_db


def stored_message(invitation: Invitation) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT message FROM relationships_invitation WHERE id = %s", [invitation.pk]
        )
        return cursor.fetchone()[0]


def test_rotate_encryption_keys_lets_the_old_key_be_dropped(settings: Settings) -> None:
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old_key]
    invitation = InvitationFactory(message="I miss our long walks")
    settings.ENCRYPTION_KEYS = [new_key, old_key]

    call_command("rotate_encryption_keys", stdout=StringIO())

    settings.ENCRYPTION_KEYS = [new_key]
    assert Invitation.objects.get(pk=invitation.pk).message == "I miss our long walks"


def test_rotate_encryption_keys_never_stores_plaintext(settings: Settings) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    invitation = InvitationFactory(message="I miss our long walks")
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *settings.ENCRYPTION_KEYS]

    call_command("rotate_encryption_keys", stdout=StringIO())

    assert "long walks" not in stored_message(invitation)
    assert stored_message(invitation).startswith("fernet:")
