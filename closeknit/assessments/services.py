"""Taking instruments and keeping results: the web app's rules, on top of the core engine."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from closeknit_core.instruments import (
    About,
    AnswerError,
    AnswerProblem,
    Catalogue,
    Change,
    Entry,
    Interpretation,
    Scores,
    compare,
    interpret,
    load_catalogue,
    score_responses,
)

COUPLE_INSTRUMENT = "closeness-pattern"


@functools.cache
def catalogue() -> Catalogue:
    """Ours plus any directory in ``settings.INSTRUMENTS_DIRS``, loaded once per process."""
    return load_catalogue([Path(d) for d in settings.INSTRUMENTS_DIRS])


def can_take(entry: Entry, relationship: Relationship | None) -> bool:
    if relationship is None:
        return entry.instrument.accepts(About.GENERAL)
    return entry.instrument.accepts(About.RELATIONSHIP, relationship.kind)


def open_assessment(*, person: User, entry: Entry, relationship: Relationship | None) -> Assessment:
    """The unfinished assessment to resume, or a new one."""
    unfinished = (
        Assessment.objects.filter(
            person=person,
            instrument=entry.instrument.id,
            relationship=relationship,
            completed_at__isnull=True,
        )
        .order_by("-started_at")
        .first()
    )
    if unfinished is not None and unfinished.version == entry.instrument.version:
        return unfinished
    return Assessment.objects.create(
        person=person,
        instrument=entry.instrument.id,
        version=entry.instrument.version,
        relationship=relationship,
        kind=relationship.kind if relationship else "",
    )


def kind_of(assessment: Assessment) -> str | None:
    return assessment.kind or None


def check_answer(entry: Entry, assessment: Assessment, item_id: str, value: object) -> int | None:
    """One answer checked against its item; raises ``AnswerError`` naming the item."""
    item = entry.instrument.items_by_id.get(item_id)
    if item is None or not item.is_asked(kind_of(assessment)):
        raise AnswerError([AnswerProblem(item_id[:60], "is not a question here")])
    if value in (None, ""):
        return None
    try:
        number = int(str(value))
    except ValueError:
        raise AnswerError([AnswerProblem(item_id, "needs one of the choices")]) from None
    if not item.scale.min <= number <= item.scale.max:
        raise AnswerError([AnswerProblem(item_id, "needs one of the choices")])
    return number


@transaction.atomic
def save_answers(*, assessment: Assessment, answers: dict[str, int | None]) -> Assessment:
    """Merge checked answers into an unfinished assessment (a blank clears an answer)."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_complete:
        return locked
    merged = locked.answers | answers
    locked.answers = {k: v for k, v in merged.items() if v is not None}
    locked.save(update_fields=["answers_json"])
    return locked


@transaction.atomic
def complete(*, assessment: Assessment, entry: Entry) -> Assessment:
    """Score the answers and keep the result; raises ``AnswerError`` if they cannot be scored."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_complete:
        return locked
    scores = score_responses(entry.instrument, locked.answers, kind_of(locked))
    locked.scores_json = json.dumps(
        {"values": scores.values, "answered": dict(scores.answered)}, sort_keys=True
    )
    locked.completed_at = timezone.now()
    locked.save(update_fields=["scores_json", "completed_at"])
    return locked


def set_sharing(*, assessment: Assessment, is_shared: bool) -> None:
    """Share a result with the other person of its relationship, or stop sharing it."""
    if not assessment.is_complete or assessment.relationship_id is None:
        return
    Assessment.objects.filter(pk=assessment.pk).update(is_shared=is_shared)


def scores_of(assessment: Assessment) -> Scores:
    """A finished assessment's stored scores."""
    data = assessment.scores
    return Scores(
        assessment.instrument,
        assessment.version,
        {k: float(v) for k, v in data.get("values", {}).items()},
        data.get("answered", {}),
        {},
    )


def interpretation_of(assessment: Assessment, entry: Entry) -> Interpretation:
    return interpret(entry.instrument, scores_of(assessment))


def results(
    *, person: User, instrument_id: str, relationship: Relationship | None
) -> QuerySet[Assessment]:
    """Every finished result of one instrument about one relationship (or in general)."""
    return Assessment.objects.filter(
        person=person,
        instrument=instrument_id,
        relationship=relationship,
        completed_at__isnull=False,
    ).order_by("completed_at", "pk")


@dataclass(frozen=True)
class HistoryRow:
    assessment: Assessment
    scores: Scores
    changes: tuple[Change, ...]


def history(entry: Entry, assessments: Sequence[Assessment]) -> list[HistoryRow]:
    """Each result with its change since the one before (empty for the first)."""
    rows: list[HistoryRow] = []
    previous: Scores | None = None
    for assessment in assessments:
        scores = scores_of(assessment)
        changes = compare(entry.instrument, previous, scores) if previous else ()
        rows.append(HistoryRow(assessment, scores, changes))
        previous = scores
    return rows


def latest_shared(relationship: Relationship, person: User | None) -> Assessment | None:
    if person is None:
        return None
    return (
        Assessment.objects.filter(
            person=person,
            relationship=relationship,
            instrument=COUPLE_INSTRUMENT,
            completed_at__isnull=False,
            is_shared=True,
        )
        .order_by("-completed_at", "-pk")
        .first()
    )
