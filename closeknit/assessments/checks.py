"""System checks for assessments: every questionnaire, ours and any added, must load."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, register

from closeknit_core.instruments import DefinitionError


@register()
def instruments_load(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """A broken definition in CLOSEKNIT_INSTRUMENTS_DIRS stops the server before it serves."""
    from closeknit.assessments import services

    services.catalogue.cache_clear()
    try:
        services.catalogue()
    except DefinitionError as error:
        return [
            Error(
                f"A questionnaire cannot be loaded: {error}",
                hint="Fix the file, or remove its directory from CLOSEKNIT_INSTRUMENTS_DIRS.",
                id="closeknit.E020",
            )
        ]
    return []
