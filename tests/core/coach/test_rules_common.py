"""Helpers shared by the rules: sentence and clause breaks, lazy patterns and their twins."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.coach.rules.common import (
    CLAUSE_BREAKS,
    SENTENCE_BREAKS,
    TWIN_AFTER,
    LazyPattern,
    gated,
    key_words,
    last_break,
    lowercase_twin,
    next_break,
    phrases,
)

TEXTS = st.text(alphabet="ab .!?\n,;:'\u2019", max_size=60)
BREAKS = st.sampled_from([SENTENCE_BREAKS, CLAUSE_BREAKS, ".!?\n;", "."])


@given(TEXTS, BREAKS, st.data())
def test_last_break_is_just_after_the_last_break_in_reach(
    text: str, breaks: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) + 2))
    limit = data.draw(st.integers(0, 80))
    floor = max(0, position - limit)
    after_breaks = [
        index + 1 for index in range(floor, min(position, len(text))) if text[index] in breaks
    ]

    assert last_break(text, position, breaks, limit) == max(after_breaks, default=floor)


@given(TEXTS, BREAKS, st.data())
def test_next_break_is_the_first_break_in_reach(
    text: str, breaks: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) + 2))
    limit = data.draw(st.integers(0, 80))
    ceiling = min(len(text), position + limit)
    breaks_found = [index for index in range(position, ceiling) if text[index] in breaks]

    assert next_break(text, position, breaks, limit) == min(breaks_found, default=ceiling)


# Patterns with what lowercasing could upset: a capital "I", classes, groups, lookarounds.
TWIN_PATTERNS = [
    r"\bI\s+(?:really\s+)?(?P<verb>[A-Z]\w+)\b",
    r"(?<![A-Z])\b(?:you|U)\s+(?:never|NEVER)\s+\S+",
    r"\b(?:ok|Fine)\b(?=\s*[.!?]|$)|\W{2,}",
    r"(?:don['\u2019`]?t|do\s+not)\s+[^\Wa-c]+",
]
TWIN_TEXTS = st.text(alphabet="abcnevrIiUuoOkKfFyYdt'\u2019 .!?\u212a", max_size=40)


@pytest.mark.parametrize("source", TWIN_PATTERNS)
@given(text=TWIN_TEXTS)
def test_a_lazy_pattern_matches_as_the_compiled_pattern_before_and_after_its_twin(
    source: str, text: str
) -> None:
    exact = re.compile(source, re.IGNORECASE)
    lazy = LazyPattern(source)
    expected = [(m.span(), m.groups()) for m in exact.finditer(text)]
    found = exact.search(text, 1)
    for _ in range(TWIN_AFTER + 1):  # the first calls use the pattern, later ones its twin
        assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == expected
        searched = lazy.search(text, 1)
        assert (searched and searched.span()) == (found and found.span())


def test_a_lazy_pattern_compiles_on_first_use() -> None:
    lazy = LazyPattern(r"\bhi\b")
    assert "compiled" not in vars(lazy)
    assert lazy.match("Hi there") is not None
    assert "compiled" in vars(lazy)


def test_importing_the_coach_compiles_no_rule_pattern() -> None:
    script = (
        "import closeknit_core.coach\n"
        "from closeknit_core.coach.rules import criticism, mind_reading\n"
        "print(any('compiled' in vars(rule.pattern) "
        "for rule in (criticism.TRAIT, mind_reading.BROAD_STATES)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_twin_lowercases_letters_but_not_escapes_or_group_syntax() -> None:
    assert lowercase_twin(r"\bI\S+(?P<Who>You)\W") == r"\bi\S+(?P<who>you)\W"


@pytest.mark.parametrize("source", [r"(?-i:YOU)", r"\x41", "\u212a", r"\N{LATIN SMALL LETTER A}"])
def test_a_pattern_whose_meaning_lowercasing_could_change_has_no_twin(source: str) -> None:
    assert lowercase_twin(source) is None


def test_key_words_pass_over_common_words_but_never_take_a_first_word() -> None:
    assert key_words("hard to talk to", "quick to judge", "full of yourself") == (
        "talk judge yourself"
    )
    assert key_words("up to", "lazy") == "to lazy"


PHRASES = st.lists(st.text(alphabet="ab -", min_size=1, max_size=5), min_size=1, max_size=6)


@given(PHRASES, st.sampled_from(["", r"\b", "b", r"(?:\s+a)?b", "a*b"]), st.text("abAB -x"))
def test_phrases_as_a_tree_match_as_the_plain_alternation_longest_first(
    alternatives: list[str], after: str, text: str
) -> None:
    ordered = sorted(set(alternatives), key=len, reverse=True)
    plain = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"
    expected = re.compile(plain + after, re.IGNORECASE)
    tree = re.compile(phrases(*alternatives) + after, re.IGNORECASE)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_framed_key_word_counts_only_beside_a_word_of_its_frame() -> None:
    rule = gated(r"\bso\s+late\b|\bnever\b", "never", ("late", "so"))
    assert rule.search("You're late again") is None
    assert [m.group() for m in rule.finditer("SO late, never on time")] == ["SO late", "never"]
    assert rule.holds_words("never mind") and not rule.holds_words("late")
