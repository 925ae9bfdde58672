"""Encryption at rest for free text about a person's inner life.

Every such field (journal entries, answers, check-in notes, invitation messages)
is an ``EncryptedTextField``. The database only ever holds Fernet tokens; keys
come from ``settings.ENCRYPTION_KEYS``: the first key encrypts, every key listed
decrypts, so a new key can be put first and the old one dropped after
``closeknit manage rotate_encryption_keys`` (docs/adr/0003-privacy-model.md).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver

PREFIX = "fernet:"


class DecryptionError(Exception):
    """Stored text could not be decrypted with any configured key."""


@cache
def keyring() -> MultiFernet:
    """The configured keys, primary first (cached; reset when settings change in tests)."""
    keys = list(settings.ENCRYPTION_KEYS)
    if not keys:
        raise ImproperlyConfigured("ENCRYPTION_KEYS is empty: at least one Fernet key is needed.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "An entry of CLOSEKNIT_ENCRYPTION_KEYS is not a Fernet key "
            "(32 url-safe base64-encoded bytes; `closeknit keys` makes one)."
        ) from error


@receiver(setting_changed)
def _forget_keyring(*, setting: str, **kwargs: Any) -> None:
    if setting == "ENCRYPTION_KEYS":
        keyring.cache_clear()


def encrypt(text: str) -> str:
    return PREFIX + keyring().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        raise DecryptionError("Stored value is not an encrypted token.")
    try:
        return keyring().decrypt(stored.removeprefix(PREFIX).encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError) as error:
        raise DecryptionError("No configured key decrypts this value.") from error


def rotate(stored: str) -> str:
    """Re-encrypt a stored value with the primary key."""
    if not stored.startswith(PREFIX):
        raise DecryptionError("Stored value is not an encrypted token.")
    try:
        token = keyring().rotate(stored.removeprefix(PREFIX).encode("ascii"))
    except (InvalidToken, UnicodeError) as error:
        raise DecryptionError("No configured key decrypts this value.") from error
    return PREFIX + token.decode("ascii")


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A text field stored as a Fernet token; reads and writes plain ``str``.

    It cannot be searched or ordered by its content, by design.
    """

    description = "Text encrypted at rest"

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return decrypt(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))
