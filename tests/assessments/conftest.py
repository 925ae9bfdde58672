"""Fixtures for the assessment tests: Alice's questionnaires about Bob, and a friend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from closeknit.accounts.models import User
from closeknit.assessments import services
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from tests.assessments.helpers import CLOSENESS, SECURE, finished, started
from tests.core.instruments.builders import definition, write_instrument
from tests.factories import RelationshipFactory


@pytest.fixture
def unfinished(alice: User, partners: Relationship) -> Assessment:
    """Alice's closeness pattern about Bob, not yet answered."""
    return started(alice, CLOSENESS, partners)


@pytest.fixture
def secure(alice: User, partners: Relationship) -> Assessment:
    """Alice's closeness pattern about Bob, finished: mostly secure, not shared."""
    return finished(alice, CLOSENESS, partners, levels=SECURE)


@pytest.fixture
def friend(alice: User) -> Relationship:
    """Alice's solo friendship with Dee."""
    return RelationshipFactory(owner=alice, kind=Relationship.Kind.FRIEND, other_name="Dee")


@pytest.fixture
def partners_only(tmp_path: Path, settings: Settings) -> Iterator[str]:
    """An added instrument that can be taken about a partner only, never a friend."""
    data = definition(id="partners-only", relationship_kinds=["partner"], about=["relationship"])
    write_instrument(tmp_path, data)
    settings.INSTRUMENTS_DIRS = [str(tmp_path)]
    services.catalogue.cache_clear()
    yield "partners-only"
    services.catalogue.cache_clear()
