"""Re-encrypt every encrypted field with the first (newest) key.

Put a new key first in CLOSEKNIT_ENCRYPTION_KEYS, keep the old ones after it,
run this, then drop the old keys (README: Privacy).
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from closeknit.privacy.fields import EncryptedTextField, rotate


class Command(BaseCommand):
    help = "Re-encrypt all encrypted text with the first key of CLOSEKNIT_ENCRYPTION_KEYS."

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        for model in apps.get_models():
            columns = [
                field.name
                for field in model._meta.concrete_fields
                if isinstance(field, EncryptedTextField)
            ]
            if columns:
                total += self.rotate_model(model, columns)
        self.stdout.write(f"Re-encrypted {total} value(s) with the first key.")

    def rotate_model(self, model: Any, columns: list[str]) -> int:
        # Raw SQL on purpose: the ORM would decrypt on read and encrypt on write,
        # while rotation only swaps one token for another and never needs plaintext.
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        pk_column = quote(model._meta.pk.column)
        names = [quote(model._meta.get_field(name).column) for name in columns]
        count = 0
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SELECT {pk_column}, {', '.join(names)} FROM {table}")  # noqa: S608
            for pk, *tokens in cursor.fetchall():
                for column, token in zip(names, tokens, strict=True):
                    if token is None:
                        continue
                    cursor.execute(
                        f"UPDATE {table} SET {column} = %s WHERE {pk_column} = %s",  # noqa: S608
                        [rotate(token), pk],
                    )
                    count += 1
        return count
