"""Answers and finished results for the assessment tests, made through the app's services."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from unittest import mock

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from closeknit_core.instruments import Entry

CLOSENESS = "closeness-pattern"
SATISFACTION = "satisfaction-check"
INTIMACY = "intimacy-profile"
DISTANCE = "distance-signs"
HTMX = {"HX-Request": "true"}
THIRTY_DIGITS = "9" * 30
# closeness pattern: both scores 2, far from the cuts at 4 (one SEM is 0.6): mostly secure
SECURE = {"anxiety": 2, "avoidance": 2}
# much worry, little need for space: leaning toward worry about closeness
ANXIOUS = {"anxiety": 6, "avoidance": 2}

# Noon UTC, so the date is the same in every persona's time zone (Europe/London).
MARCH = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
APRIL = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
MAY = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def login_redirect(path: str) -> str:
    return f"{reverse('accounts:login')}?next={path}"


def url(name: str, assessment: Assessment) -> str:
    """The address of one of an assessment's pages: take, answer, result or share."""
    return reverse(f"assessments:{name}", args=[assessment.pk])


def messages_of(response: Any) -> list[str]:
    """The messages a response left for the next page (the test client adds ``wsgi_request``)."""
    return [str(m) for m in get_messages(response.wsgi_request)]


def entry_of(instrument_id: str) -> Entry:
    return services.catalogue().get(instrument_id)


def answers_for(
    instrument_id: str, kind: str | None, levels: Mapping[str, int] | int
) -> dict[str, int]:
    """An answer to every asked item, so that each subscale scores exactly its level.

    ``levels`` maps subscale to level, or is one level for every subscale. A reversed item
    is answered the other way round, so that it too scores the level.
    """
    instrument = entry_of(instrument_id).instrument
    answers = {}
    for item in instrument.asked_items(kind):
        level = levels if isinstance(levels, int) else levels[item.subscale]
        answers[item.id] = item.scale.min + item.scale.max - level if item.reverse else level
    return answers


def as_post(answers: Mapping[str, int]) -> dict[str, str]:
    return {item: str(value) for item, value in answers.items()}


@contextmanager
def frozen(moment: datetime) -> Iterator[None]:
    """``timezone.now()`` stands still at ``moment`` (services read it to date a result)."""
    with mock.patch.object(timezone, "now", return_value=moment):
        yield


def started(
    person: User, instrument_id: str, relationship: Relationship | None = None
) -> Assessment:
    return services.open_assessment(
        person=person, entry=entry_of(instrument_id), relationship=relationship
    )


def finished(
    person: User,
    instrument_id: str,
    relationship: Relationship | None = None,
    *,
    levels: Mapping[str, int] | int = 3,
    at: datetime = MARCH,
    is_shared: bool = False,
) -> Assessment:
    """A result taken on ``at``, every subscale scoring its level."""
    entry = entry_of(instrument_id)
    kind = relationship.kind if relationship else None
    assessment = started(person, instrument_id, relationship)
    services.save_answers(assessment=assessment, answers=answers_for(instrument_id, kind, levels))
    with frozen(at):
        assessment = services.complete(assessment=assessment, entry=entry)
    if is_shared:
        services.set_sharing(assessment=assessment, is_shared=True)
        assessment.refresh_from_db()
    return assessment


SVG_NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
DATA_URI = re.compile(r'src="(data:image/svg\+xml;base64,[^"]+)"')
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
SCRIPT_BODY = re.compile(r"(<script[^>]*>).*?(</script>)", re.DOTALL)
ADDRESS = re.compile(r"""(?:[a-z]+:)?//[^\s"'<>()]+""")
REFERENCE = re.compile(
    r"""(?:href|src)\s*=\s*["'](?!#)|url\(\s*["']?(?!#)|@import|<\?xml-stylesheet"""
)


def chart_in(html: str) -> str:
    """The SVG of the first chart on a page, decoded from its ``data:`` URI."""
    found = DATA_URI.search(html)
    assert found is not None, "no data:image/svg+xml chart on the page"
    return svg_of(found.group(1))


def svg_of(uri: str) -> str:
    prefix, _, payload = uri.partition(",")
    assert prefix == "data:image/svg+xml;base64"
    return base64.b64decode(payload).decode("utf-8")


def external_references(svg: str) -> list[str]:
    """Addresses and references in an SVG that could reach beyond it.

    Two kinds of text are left out, as nothing can load from them: the XML comments in which
    pygal always names its home page and repository, and the body of pygal's inline config
    script (it lists its own stylesheets as file:// names; an SVG shown as an image runs no
    script). A script element's own attributes are still checked.
    """
    live = SCRIPT_BODY.sub(r"\1\2", COMMENT.sub("", svg))
    addresses = [a for a in ADDRESS.findall(live) if a not in SVG_NAMESPACES]
    return addresses + REFERENCE.findall(live)


def category_name(instrument_id: str, category: str) -> str:
    """A category's name as a page shows it (escaped)."""
    return escape(entry_of(instrument_id).text().categories[category].name)


def score_name(instrument_id: str, score: str) -> str:
    return escape(entry_of(instrument_id).text().scores[score].name)
