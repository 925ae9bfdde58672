from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from closeknit.privacy.fields import EncryptedTextField
from closeknit.relationships.models import Relationship


class Assessment(models.Model):
    """One taking of an instrument by one person, about one relationship or in general.

    Answers are saved as they are given, so a person can leave and come back; the
    assessment is a result once ``completed_at`` is set. Answers and scores say a lot
    about a person's inner life, so both are encrypted at rest.
    """

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessments"
    )
    # null: taken about close relationships in general
    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, null=True, blank=True, related_name="assessments"
    )
    instrument = models.CharField(max_length=64)
    version = models.CharField(max_length=16)
    # the relationship's kind when taken (items can depend on it); "" in general
    kind = models.CharField(max_length=16, blank=True, default="")
    answers_json = EncryptedTextField(default="{}")
    scores_json = EncryptedTextField(blank=True, default="")
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    # chosen by the person, per result; withdrawn at any time
    is_shared = models.BooleanField(default=False)

    class Meta:
        ordering = ["completed_at", "pk"]
        indexes = [models.Index(fields=["person", "instrument", "relationship", "completed_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_shared=False) | Q(completed_at__isnull=False),
                name="only_results_are_shared",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.instrument} ({self.started_at:%Y-%m-%d})"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    @property
    def answers(self) -> dict[str, int | None]:
        data: dict[str, int | None] = json.loads(self.answers_json or "{}")
        return data

    @answers.setter
    def answers(self, value: dict[str, int | None]) -> None:
        self.answers_json = json.dumps(value, sort_keys=True)

    @property
    def scores(self) -> dict[str, Any]:
        """{"values": {score: value}, "answered": {score: count}}; empty until complete."""
        data: dict[str, Any] = json.loads(self.scores_json) if self.scores_json else {}
        return data
