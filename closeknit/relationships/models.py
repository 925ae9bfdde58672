from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from closeknit.privacy.fields import EncryptedTextField


class Relationship(models.Model):
    """Two people who matter to each other; the second may not have joined yet.

    ``owner`` started it and named the other person ``other_name``. It is *solo*
    until that person accepts an invitation and becomes ``other``; either of them
    can end it, which stops all sharing at once.
    """

    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner")
        FRIEND = "friend", _("Friend")
        FAMILY = "family", _("Family")

    class State(models.TextChoices):
        SOLO = "solo", _("Just you for now")
        LINKED = "linked", _("Linked")
        ENDED = "ended", _("Ended")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = models.CharField(max_length=16, choices=State.choices, default=State.SOLO)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="owned_relationships"
    )
    other = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="joined_relationships",
    )
    other_name = models.CharField(_("their name"), max_length=60)
    # "kind:lower-id:higher-id" once linked; unique among linked relationships, so
    # the same two people cannot be linked twice as the same kind (either way round).
    pair_key = models.CharField(max_length=64, blank=True, default="", editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    linked_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["pair_key"],
                condition=Q(state="linked"),
                name="one_linked_relationship_per_pair_and_kind",
            ),
            models.CheckConstraint(
                condition=~Q(state="linked") | Q(other__isnull=False),
                name="linked_relationship_has_other",
            ),
            models.CheckConstraint(
                condition=Q(other__isnull=True) | ~Q(other=models.F("owner")),
                name="relationship_not_with_oneself",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.other_name}"

    @property
    def is_solo(self) -> bool:
        return self.state == self.State.SOLO

    @property
    def is_linked(self) -> bool:
        return self.state == self.State.LINKED

    @property
    def is_ended(self) -> bool:
        return self.state == self.State.ENDED

    def has_member(self, user: models.Model) -> bool:
        return user.pk is not None and user.pk in (self.owner_id, self.other_id)

    def name_for(self, user: models.Model) -> str:
        """The other person's name, as ``user`` sees it."""
        if user.pk == self.owner_id:
            return self.other_name
        return str(self.owner)

    @staticmethod
    def make_pair_key(kind: str, first_id: int, second_id: int) -> str:
        low, high = sorted((first_id, second_id))
        return f"{kind}:{low}:{high}"


class Invitation(models.Model):
    """A single-use link that lets the named person join a relationship."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="invitations"
    )
    # The link's secret is looked up by digest; it is also kept encrypted so the
    # person who made the link can copy it again while it waits.
    token_digest = models.CharField(max_length=64, unique=True)
    token = EncryptedTextField()
    email = models.EmailField(blank=True)
    message = EncryptedTextField(blank=True, default="")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"invitation to {self.relationship} ({self.status})"

    def is_expired(self, now: datetime | None = None) -> bool:
        return (now or timezone.now()) >= self.expires_at

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
