"""Accounts: signing up, and slowing down password guessing."""

from __future__ import annotations

import hashlib
import hmac
import math
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from closeknit.accounts.models import LoginFailure, User
from closeknit_core.text import tidy_name

# One network address may be shared by a household or an office, so it gets
# more room than one email address before it has to wait.
IP_LIMIT_FACTOR = 10


def register_user(*, email: str, password: str, display_name: str, time_zone: str) -> User:
    return User.objects.create_user(
        email=email, password=password, display_name=tidy_name(display_name), time_zone=time_zone
    )


def email_digest(email: str) -> str:
    key = settings.SECRET_KEY.encode("utf-8")
    return hmac.new(key, email.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()


def minutes_until_login_allowed(*, email: str, ip_address: str | None) -> int:
    """How long someone must wait before trying to sign in again (0: they may try now)."""
    window = timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)
    since = timezone.now() - window
    recent = LoginFailure.objects.filter(created_at__gte=since)
    by_email = recent.filter(email_digest=email_digest(email)).order_by("created_at")
    limit = settings.LOGIN_FAILURE_LIMIT
    oldest = None
    if by_email.count() >= limit:
        oldest = by_email[by_email.count() - limit].created_at
    if ip_address:
        by_ip = recent.filter(ip_address=ip_address).order_by("created_at")
        ip_limit = limit * IP_LIMIT_FACTOR
        if by_ip.count() >= ip_limit:
            candidate = by_ip[by_ip.count() - ip_limit].created_at
            oldest = max(oldest, candidate) if oldest else candidate
    if oldest is None:
        return 0
    remaining = (oldest + window - timezone.now()).total_seconds()
    return max(1, math.ceil(remaining / 60))


@transaction.atomic
def record_login_failure(*, email: str, ip_address: str | None) -> None:
    now = timezone.now()
    # Old rows are useless once outside the window; drop them as we go.
    LoginFailure.objects.filter(
        created_at__lt=now - timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)
    ).delete()
    LoginFailure.objects.create(
        email_digest=email_digest(email), ip_address=ip_address, created_at=now
    )


def clear_login_failures(*, email: str) -> None:
    LoginFailure.objects.filter(email_digest=email_digest(email)).delete()
