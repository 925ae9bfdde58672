"""Shared fixtures: the three personas of STYLE.md and fast, isolated settings."""

from __future__ import annotations

import hypothesis
import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from tests.factories import PASSWORD, RelationshipFactory, UserFactory, linked

# Speed is measured by `make bench`, never asserted by a test: Hypothesis's per-example
# deadline failed a loaded CI run when the first example compiled the coach's patterns.
hypothesis.settings.register_profile("closeknit", deadline=None)
hypothesis.settings.load_profile("closeknit")


@pytest.fixture(autouse=True)
def _test_settings(settings: Settings) -> None:
    # Argon2 is deliberately slow; tests that check hashing ask for it explicitly.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The manifest exists only after collectstatic; tests use the plain finders.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def alice(db: None) -> User:
    """The owner: she starts relationships and invites people."""
    return UserFactory(email="alice@example.org", display_name="Alice")


@pytest.fixture
def bob(db: None) -> User:
    """Alice's linked partner (once a test links them)."""
    return UserFactory(email="bob@example.org", display_name="Bob")


@pytest.fixture
def carol(db: None) -> User:
    """A stranger to both."""
    return UserFactory(email="carol@example.org", display_name="Carol")


@pytest.fixture
def solo(alice: User) -> Relationship:
    """Alice's partner relationship with Bob before he has joined."""
    return RelationshipFactory(owner=alice, other_name="Bob")


@pytest.fixture
def partners(alice: User, bob: User) -> Relationship:
    """Alice and Bob, linked as partners."""
    return linked(alice, bob)


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def anonymous_client() -> Client:
    return Client()


@pytest.fixture
def alice_client(alice: User) -> Client:
    return client_for(alice)


@pytest.fixture
def bob_client(bob: User) -> Client:
    return client_for(bob)


@pytest.fixture
def carol_client(carol: User) -> Client:
    return client_for(carol)


@pytest.fixture(autouse=True)
def _no_async_unsafe_outside_browser_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests/browser/conftest.py allows sync ORM calls beside Playwright's event loop
    # for the whole process; other tests (and the commands they start) run without it.
    if request.node.get_closest_marker("browser") is None:
        monkeypatch.delenv("DJANGO_ALLOW_ASYNC_UNSAFE", raising=False)
