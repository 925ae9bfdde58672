"""Relationships: starting one, inviting the other person, joining, and ending."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.relationships.models import Invitation, Relationship
from closeknit_core.text import tidy_name


class Refusal(StrEnum):
    """Why an invitation link cannot be used; each has its own page."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    OWN = "own"
    CLOSED = "closed"
    ALREADY_LINKED = "already_linked"


class InvitationRefused(Exception):
    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


def relationships_of(user: User) -> QuerySet[Relationship]:
    """Every relationship ``user`` belongs to, whether they started or joined it."""
    return (
        Relationship.objects.filter(Q(owner=user) | Q(other=user))
        .select_related("owner", "other")
        .order_by("created_at", "pk")
    )


def create_relationship(*, owner: User, kind: str, other_name: str) -> Relationship:
    return Relationship.objects.create(owner=owner, kind=kind, other_name=tidy_name(other_name))


def digest_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def pending_invitation(relationship: Relationship) -> Invitation | None:
    """The invitation still waiting for an answer, if there is one that has not expired."""
    return (
        relationship.invitations.filter(
            status=Invitation.Status.PENDING, expires_at__gt=timezone.now()
        )
        .order_by("-created_at", "-pk")
        .first()
    )


@transaction.atomic
def create_invitation(
    *,
    relationship: Relationship,
    invite_url_for: Callable[[str], str],
    email: str = "",
    message: str = "",
) -> Invitation:
    """Make a fresh link for the other person, withdrawing any older one.

    ``invite_url_for`` turns a token into the full link (the view knows the host);
    when an email address is given, the link is mailed once the change is saved.
    """
    if not relationship.is_solo:
        raise ValueError("Only a relationship waiting for its other person can invite.")
    relationship.invitations.filter(status=Invitation.Status.PENDING).update(
        status=Invitation.Status.WITHDRAWN, responded_at=timezone.now()
    )
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation = Invitation.objects.create(
        relationship=relationship,
        token_digest=digest_token(token),
        token=token,
        email=email.strip().lower(),
        message=message.strip(),
        created_at=now,
        expires_at=now + timedelta(days=settings.INVITATION_DAYS),
    )
    if invitation.email:
        url = invite_url_for(token)
        # robust: a mail server that is down must not turn a saved link into an error
        # page; the link is on the relationship page to copy either way.
        transaction.on_commit(lambda: send_invitation_email(invitation, url), robust=True)
    return invitation


def send_invitation_email(invitation: Invitation, url: str) -> None:
    context = {
        "inviter": invitation.relationship.owner,
        "relationship": invitation.relationship,
        "message": invitation.message,
        "url": url,
        "days": settings.INVITATION_DAYS,
    }
    send_mail(
        subject=render_to_string("relationships/email/invitation_subject.txt", context).strip(),
        message=render_to_string("relationships/email/invitation.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )


@transaction.atomic
def withdraw_invitation(*, relationship: Relationship) -> int:
    return relationship.invitations.filter(status=Invitation.Status.PENDING).update(
        status=Invitation.Status.WITHDRAWN, responded_at=timezone.now()
    )


def find_invitation(token: str) -> Invitation | None:
    if not token or len(token) > 200:
        return None
    return (
        Invitation.objects.select_related("relationship", "relationship__owner")
        .filter(token_digest=digest_token(token))
        .first()
    )


def refusal_for(invitation: Invitation | None, user: User | None) -> Refusal | None:
    """Why ``user`` may not answer ``invitation`` now, or None if they may.

    ``user`` is None for someone not signed in: they may look at a usable
    invitation, and are asked to sign up or sign in to answer it.
    """
    if invitation is None:
        return Refusal.UNKNOWN
    if invitation.status == Invitation.Status.WITHDRAWN:
        return Refusal.WITHDRAWN
    if invitation.status != Invitation.Status.PENDING:
        return Refusal.USED
    if invitation.is_expired():
        return Refusal.EXPIRED
    relationship = invitation.relationship
    if not relationship.is_solo:
        return Refusal.CLOSED
    if user is None:
        return None
    if user.pk == relationship.owner_id:
        return Refusal.OWN
    pair_key = Relationship.make_pair_key(relationship.kind, relationship.owner_id, user.pk)
    if Relationship.objects.filter(state=Relationship.State.LINKED, pair_key=pair_key).exists():
        return Refusal.ALREADY_LINKED
    return None


def _lock_invitation(invitation: Invitation) -> Invitation:
    return (
        Invitation.objects.select_for_update()
        .select_related("relationship", "relationship__owner")
        .get(pk=invitation.pk)
    )


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> Relationship:
    """Link ``user`` into the invitation's relationship, or raise InvitationRefused."""
    invitation = _lock_invitation(invitation)
    reason = refusal_for(invitation, user)
    if reason is not None:
        raise InvitationRefused(reason)
    relationship = invitation.relationship
    now = timezone.now()
    relationship.other = user
    relationship.state = Relationship.State.LINKED
    relationship.linked_at = now
    relationship.pair_key = Relationship.make_pair_key(
        relationship.kind, relationship.owner_id, user.pk
    )
    try:
        with transaction.atomic():
            relationship.save(update_fields=["other", "state", "linked_at", "pair_key"])
    except IntegrityError:
        # Another acceptance linked the same two people a moment ago.
        raise InvitationRefused(Refusal.ALREADY_LINKED) from None
    invitation.status = Invitation.Status.ACCEPTED
    invitation.responded_at = now
    invitation.save(update_fields=["status", "responded_at"])
    return relationship


@transaction.atomic
def decline_invitation(*, invitation: Invitation, user: User) -> None:
    invitation = _lock_invitation(invitation)
    reason = refusal_for(invitation, user)
    if reason is not None:
        raise InvitationRefused(reason)
    invitation.status = Invitation.Status.DECLINED
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "responded_at"])


def end_when_account_deleted(*, instance: User, **kwargs: object) -> None:
    """Someone who joined deletes their account: what they joined ends for the owner too.

    Connected to ``pre_delete`` in apps.py. Without it, forgetting them (``other`` is
    SET_NULL) would leave a linked relationship with nobody on the other side, which
    the database refuses (constraint ``linked_relationship_has_other``).
    """
    Relationship.objects.filter(other=instance, state=Relationship.State.LINKED).update(
        state=Relationship.State.ENDED, ended_at=timezone.now()
    )


@transaction.atomic
def end_relationship(*, relationship: Relationship, by: User) -> Relationship:
    """End (unlink) a relationship for both people; sharing stops at once.

    Each person keeps what they wrote; the privacy rule stops showing it to the
    other because they are no longer linked (closeknit_core.privacy).
    """
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.has_member(by):
        raise PermissionError("Only a member can end a relationship.")
    if relationship.is_ended:
        return relationship
    relationship.state = Relationship.State.ENDED
    relationship.ended_at = timezone.now()
    relationship.save(update_fields=["state", "ended_at"])
    withdraw_invitation(relationship=relationship)
    return relationship
