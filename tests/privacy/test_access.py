"""can_read: the privacy rule asked about real people and relationships."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from closeknit.accounts.models import User
from closeknit.privacy.access import can_read, reader_in
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import end_relationship
from closeknit_core.privacy import Reader, Visibility
from tests.factories import linked


def may_see(
    reader: User | AnonymousUser,
    relationship: Relationship | None,
    visibility: Visibility | str,
    *,
    author: User,
    has_answered: bool = False,
) -> bool:
    return can_read(
        reader,
        author_id=author.pk,
        visibility=visibility,
        relationship=relationship,
        has_answered=has_answered,
    )


@pytest.mark.parametrize("visibility", list(Visibility))
def test_can_read_lets_author_read_everything(
    alice: User, partners: Relationship, visibility: Visibility
) -> None:
    assert may_see(alice, partners, visibility, author=alice) is True


@pytest.mark.parametrize("visibility", list(Visibility))
def test_can_read_lets_author_read_without_relationship(
    alice: User, visibility: Visibility
) -> None:
    assert may_see(alice, None, visibility, author=alice) is True


def test_can_read_lets_linked_partner_read_shared(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert may_see(bob, partners, Visibility.SHARED, author=alice) is True


def test_can_read_lets_owner_read_shared_of_joined_partner(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert may_see(alice, partners, Visibility.SHARED, author=bob) is True


def test_can_read_hides_private_from_linked_partner(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert may_see(bob, partners, Visibility.PRIVATE, author=alice) is False


def test_can_read_hides_on_reveal_until_partner_answers(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert may_see(bob, partners, Visibility.SHARED_ON_REVEAL, author=alice) is False


def test_can_read_shows_on_reveal_once_partner_answered(
    alice: User, bob: User, partners: Relationship
) -> None:
    readable = may_see(bob, partners, Visibility.SHARED_ON_REVEAL, author=alice, has_answered=True)

    assert readable is True


@pytest.mark.parametrize("visibility", list(Visibility))
def test_can_read_hides_everything_from_anonymous(
    alice: User, partners: Relationship, visibility: Visibility
) -> None:
    assert may_see(AnonymousUser(), partners, visibility, author=alice) is False


@pytest.mark.parametrize("visibility", list(Visibility))
def test_can_read_hides_everything_from_stranger(
    alice: User, carol: User, partners: Relationship, visibility: Visibility
) -> None:
    assert may_see(carol, partners, visibility, author=alice, has_answered=True) is False


def test_can_read_hides_shared_without_relationship(alice: User, bob: User) -> None:
    assert may_see(bob, None, Visibility.SHARED, author=alice) is False


def test_can_read_hides_shared_in_solo_relationship(
    alice: User, bob: User, solo: Relationship
) -> None:
    assert may_see(bob, solo, Visibility.SHARED, author=alice) is False


def test_can_read_hides_shared_after_unlinking(
    alice: User, bob: User, partners: Relationship
) -> None:
    end_relationship(relationship=partners, by=bob)
    partners.refresh_from_db()

    assert may_see(bob, partners, Visibility.SHARED, author=alice) is False


def test_can_read_hides_shared_from_partner_in_another_relationship(
    alice: User, bob: User, carol: User, partners: Relationship
) -> None:
    # Alice's writing belongs to her friendship with Carol, not to her partnership with Bob.
    friendship = linked(alice, carol, kind=Relationship.Kind.FRIEND)

    assert may_see(bob, friendship, Visibility.SHARED, author=alice) is False


def test_can_read_hides_writing_whose_author_is_outside_the_relationship(
    alice: User, bob: User, carol: User, partners: Relationship
) -> None:
    # Writing wrongly filed under Alice and Bob's relationship is not Bob's to read.
    assert may_see(bob, partners, Visibility.SHARED, author=carol) is False


def test_can_read_accepts_visibility_as_stored_word(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert may_see(bob, partners, "shared", author=alice) is True


def test_can_read_refuses_unknown_visibility(
    alice: User, bob: User, partners: Relationship
) -> None:
    with pytest.raises(ValueError, match="public"):
        may_see(bob, partners, "public", author=alice)


def test_reader_in_describes_anonymous_as_nobody(alice: User, partners: Relationship) -> None:
    reader = reader_in(AnonymousUser(), partners, author_id=alice.pk, has_answered=True)

    assert reader == Reader(user_id=None)


def test_reader_in_marks_the_authors_linked_partner(
    alice: User, bob: User, partners: Relationship
) -> None:
    assert reader_in(bob, partners, author_id=alice.pk).is_linked_other is True


def test_reader_in_does_not_mark_author_as_other(alice: User, partners: Relationship) -> None:
    assert reader_in(alice, partners, author_id=alice.pk).is_linked_other is False


def test_reader_in_does_not_mark_stranger(alice: User, carol: User, partners: Relationship) -> None:
    assert reader_in(carol, partners, author_id=alice.pk).is_linked_other is False
