"""System checks for the coach: the learned layer, when switched on, must be installed."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register


@register()
def learned_layer_installed(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """CLOSEKNIT_COACH_LEARNED=true needs the optional packages and weight files."""
    if not settings.COACH_LEARNED:
        return []
    from closeknit_core.coach import learned

    if learned.is_available():
        return []
    return [
        Error(
            "CLOSEKNIT_COACH_LEARNED is true, but " + learned.MISSING + ".",
            hint="Install the extra, or set CLOSEKNIT_COACH_LEARNED=false.",
            id="closeknit.E010",
        )
    ]
