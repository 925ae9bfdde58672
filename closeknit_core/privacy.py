"""Who may read a piece of writing: the one rule every feature asks.

Every piece of writing in Closeknit has one author and one of three visibilities
(see ``docs/adr/0003-privacy-model.md``):

- ``private``: journal entries, drafts, coach texts. Only the author, always.
- ``shared-on-reveal``: answers to a prompt both people answer. The other person
  may read it only once they have answered too, and only while the two are linked.
- ``shared``: check-in notes, appreciations, agreements. The other person may read
  it while the two are linked.

Unlinking stops sharing at once: the rule never looks at what *was* shared, only
at whether the reader is, right now, the linked other person of the relationship
the writing belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Visibility(StrEnum):
    """How far a piece of writing may travel beyond its author."""

    PRIVATE = "private"
    SHARED_ON_REVEAL = "shared-on-reveal"
    SHARED = "shared"


@dataclass(frozen=True)
class Writing:
    """What the rule needs to know about a piece of writing.

    >>> Writing(author_id=1, visibility=Visibility.PRIVATE).author_id
    1
    """

    author_id: int
    visibility: Visibility


@dataclass(frozen=True)
class Reader:
    """What the rule needs to know about the person who wants to read it.

    ``is_linked_other`` is true only when the reader is, right now, the other
    member of a *linked* relationship that the writing belongs to.
    ``has_answered`` is true when the reader has given their own answer to the
    same prompt (it matters only for ``shared-on-reveal``).
    """

    user_id: int | None
    is_linked_other: bool = False
    has_answered: bool = False


def may_read(writing: Writing, reader: Reader) -> bool:
    """Tell whether ``reader`` may read ``writing``.

    >>> note = Writing(author_id=1, visibility=Visibility.SHARED)
    >>> may_read(note, Reader(user_id=1))
    True
    >>> may_read(note, Reader(user_id=2, is_linked_other=True))
    True
    >>> may_read(note, Reader(user_id=2, is_linked_other=False))
    False
    """
    if reader.user_id is not None and reader.user_id == writing.author_id:
        return True
    if reader.user_id is None or not reader.is_linked_other:
        return False
    if writing.visibility is Visibility.SHARED:
        return True
    if writing.visibility is Visibility.SHARED_ON_REVEAL:
        return reader.has_answered
    return False
