"""The Django side of the privacy rule: builds the facts and asks closeknit_core.

Every view, feed, fragment and export that shows someone a piece of writing
asks ``can_read`` first; the rule itself lives in ``closeknit_core.privacy``.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit_core.privacy import Reader, Visibility, Writing, may_read


def reader_in(
    user: User | AnonymousUser,
    relationship: Relationship | None,
    *,
    author_id: int,
    has_answered: bool = False,
) -> Reader:
    """Describe ``user`` as a reader of what ``author_id`` wrote within ``relationship``."""
    if not user.is_authenticated:
        return Reader(user_id=None)
    # Both members must be the two people involved: writing wrongly filed under a
    # relationship its author is not part of is never the reader's to see.
    is_linked_other = (
        relationship is not None
        and relationship.is_linked
        and {user.pk, author_id} == {relationship.owner_id, relationship.other_id}
    )
    return Reader(user_id=user.pk, is_linked_other=is_linked_other, has_answered=has_answered)


def can_read(
    user: User | AnonymousUser,
    *,
    author_id: int,
    visibility: Visibility | str,
    relationship: Relationship | None,
    has_answered: bool = False,
) -> bool:
    writing = Writing(author_id=author_id, visibility=Visibility(visibility))
    reader = reader_in(user, relationship, author_id=author_id, has_answered=has_answered)
    return may_read(writing, reader)
