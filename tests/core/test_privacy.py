"""The privacy rule itself: who may read a piece of writing, with no database."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from closeknit_core import privacy
from closeknit_core.privacy import Reader, Visibility, Writing, may_read

AUTHOR = 1
OTHER = 2

PRIVATE = Visibility.PRIVATE
ON_REVEAL = Visibility.SHARED_ON_REVEAL
SHARED = Visibility.SHARED

# Every kind of reader the rule can meet, by name.
READERS = {
    "author": Reader(user_id=AUTHOR),
    "author-who-answered": Reader(user_id=AUTHOR, has_answered=True),
    "anonymous": Reader(user_id=None),
    # Facts that should never be claimed for someone not signed in; the rule still refuses.
    "anonymous-claiming-link": Reader(user_id=None, is_linked_other=True, has_answered=True),
    "linked-other-not-answered": Reader(user_id=OTHER, is_linked_other=True),
    "linked-other-answered": Reader(user_id=OTHER, is_linked_other=True, has_answered=True),
    "unlinked-other-not-answered": Reader(user_id=OTHER),
    "unlinked-other-answered": Reader(user_id=OTHER, has_answered=True),
    "stranger": Reader(user_id=3),
}

# The whole rule as a table: (visibility, reader) -> may read.
TABLE = [
    (PRIVATE, "author", True),
    (PRIVATE, "author-who-answered", True),
    (PRIVATE, "anonymous", False),
    (PRIVATE, "anonymous-claiming-link", False),
    (PRIVATE, "linked-other-not-answered", False),
    (PRIVATE, "linked-other-answered", False),
    (PRIVATE, "unlinked-other-not-answered", False),
    (PRIVATE, "unlinked-other-answered", False),
    (PRIVATE, "stranger", False),
    (ON_REVEAL, "author", True),
    (ON_REVEAL, "author-who-answered", True),
    (ON_REVEAL, "anonymous", False),
    (ON_REVEAL, "anonymous-claiming-link", False),
    (ON_REVEAL, "linked-other-not-answered", False),
    (ON_REVEAL, "linked-other-answered", True),
    (ON_REVEAL, "unlinked-other-not-answered", False),
    (ON_REVEAL, "unlinked-other-answered", False),
    (ON_REVEAL, "stranger", False),
    (SHARED, "author", True),
    (SHARED, "author-who-answered", True),
    (SHARED, "anonymous", False),
    (SHARED, "anonymous-claiming-link", False),
    (SHARED, "linked-other-not-answered", True),
    (SHARED, "linked-other-answered", True),
    (SHARED, "unlinked-other-not-answered", False),
    (SHARED, "unlinked-other-answered", False),
    (SHARED, "stranger", False),
]


def test_table_covers_every_visibility_and_reader() -> None:
    covered = {(visibility, reader) for visibility, reader, _ in TABLE}
    assert covered == {(visibility, reader) for visibility in Visibility for reader in READERS}


@pytest.mark.parametrize(
    ("visibility", "reader", "expected"),
    TABLE,
    ids=[f"{visibility.value}-{reader}" for visibility, reader, _ in TABLE],
)
def test_may_read_follows_the_table(visibility: Visibility, reader: str, expected: bool) -> None:
    writing = Writing(author_id=AUTHOR, visibility=visibility)

    assert may_read(writing, READERS[reader]) is expected


def test_visibility_values_are_the_stored_words() -> None:
    assert [v.value for v in Visibility] == ["private", "shared-on-reveal", "shared"]


def test_privacy_module_doctests_pass() -> None:
    result = doctest.testmod(privacy)

    assert result.attempted > 0
    assert result.failed == 0


user_ids = st.one_of(st.none(), st.integers(min_value=1, max_value=50))
writings = st.builds(
    Writing,
    author_id=st.integers(min_value=1, max_value=50),
    visibility=st.sampled_from(Visibility),
)
readers = st.builds(
    Reader, user_id=user_ids, is_linked_other=st.booleans(), has_answered=st.booleans()
)


@given(writing=writings, reader=readers)
def test_may_read_private_only_by_its_author(writing: Writing, reader: Reader) -> None:
    private = Writing(author_id=writing.author_id, visibility=Visibility.PRIVATE)

    assert may_read(private, reader) is (reader.user_id == writing.author_id)


@given(writing=writings, user_id=user_ids, has_answered=st.booleans())
def test_may_read_nothing_of_others_unless_linked_other(
    writing: Writing, user_id: int | None, has_answered: bool
) -> None:
    assume(user_id != writing.author_id)
    reader = Reader(user_id=user_id, is_linked_other=False, has_answered=has_answered)

    assert may_read(writing, reader) is False


@given(writing=writings, reader=readers)
def test_may_read_never_by_anonymous(writing: Writing, reader: Reader) -> None:
    anonymous = Reader(
        user_id=None, is_linked_other=reader.is_linked_other, has_answered=reader.has_answered
    )

    assert may_read(writing, anonymous) is False


@given(writing=writings, reader=readers)
def test_may_read_always_by_author(writing: Writing, reader: Reader) -> None:
    author = Reader(
        user_id=writing.author_id,
        is_linked_other=reader.is_linked_other,
        has_answered=reader.has_answered,
    )

    assert may_read(writing, author) is True


@given(writing=writings, user_id=user_ids)
def test_may_read_on_reveal_never_before_answering(writing: Writing, user_id: int | None) -> None:
    assume(user_id != writing.author_id)
    on_reveal = Writing(author_id=writing.author_id, visibility=Visibility.SHARED_ON_REVEAL)
    linked_other = Reader(user_id=user_id, is_linked_other=True, has_answered=False)

    assert may_read(on_reveal, linked_other) is False
