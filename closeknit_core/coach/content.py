"""The coach's words, read once from ``closeknit_core/content/`` and checked as they load.

``coach.toml`` holds what the coach says about each kind and the rewrite templates;
``emotion_lexicon.toml`` holds the emotion words. A mistake in either raises
``ContentError`` naming the file and the key, so a bad edit fails loudly at the first use
(and in ``tests/core/coach/test_content.py``), never half-way through a sentence.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from closeknit_core.coach.types import EMOTIONS, PITFALLS, Kind

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

# The placeholders each rewrite frame fills; a template may use only these.
TEMPLATE_FIELDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "chore": frozenset({"feeling", "chore", "chore_object", "them"}),
        "missing": frozenset({"feeling", "action"}),
        "repeated": frozenset({"feeling", "action"}),
        "keep": frozenset({"feeling", "action_ing"}),
        "state": frozenset({"feeling", "state"}),
        "past": frozenset({"feeling", "action"}),
        "need": frozenset({"feeling", "need"}),
        "topic": frozenset({"feeling", "topic"}),
        "general": frozenset({"feeling"}),
        "pause": frozenset({"feeling"}),
        "own_part": frozenset({"feeling"}),
        "ask": frozenset({"feeling"}),
    }
)
FRAME_FEELINGS = frozenset({"chore", "pause", "own_part", "ask"})
MILD_WEIGHT = 0.5


class ContentError(ValueError):
    """A content file is missing something, or holds something the coach cannot use."""


@dataclass(frozen=True)
class KindText:
    """How the coach names and explains one kind of finding."""

    label: str
    explanation: str
    antidote: str | None


@dataclass(frozen=True)
class RewriteContent:
    """The words rewrites are built from."""

    feelings: Mapping[str, tuple[str, ...]]
    frame_feelings: Mapping[str, tuple[str, ...]]
    needs: Mapping[str, str]
    templates: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class CoachContent:
    """Everything in ``coach.toml``."""

    kinds: Mapping[Kind, KindText]
    rewrites: RewriteContent


@dataclass(frozen=True)
class EmotionLexicon:
    """Everything in ``emotion_lexicon.toml``, ready for lookups."""

    words: Mapping[str, tuple[str, float]]
    prefixes: Mapping[str, tuple[str, float]]
    emoji: Mapping[str, str]
    negators: frozenset[str]
    intensifiers: frozenset[str]
    softeners: frozenset[str]


@functools.cache
def coach_content() -> CoachContent:
    """The coach's wording, loaded and checked once.

    >>> coach_content().kinds[Kind.CRITICISM].label
    'Criticism'
    """
    return parse_coach_content(read_toml("coach.toml"), "coach.toml")


@functools.cache
def emotion_lexicon() -> EmotionLexicon:
    """The emotion lexicon, loaded and checked once.

    >>> emotion_lexicon().words["furious"]
    ('anger', 1.0)
    """
    return parse_emotion_lexicon(read_toml("emotion_lexicon.toml"), "emotion_lexicon.toml")


def kind_text(kind: Kind) -> KindText:
    """The label, explanation and antidote for ``kind``.

    >>> kind_text(Kind.VALIDATION).antidote is None
    True
    """
    return coach_content().kinds[kind]


def read_toml(name: str) -> Mapping[str, object]:
    """A content file parsed, with a clear error when it is not valid TOML."""
    path = CONTENT_DIR / name
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{name}: cannot be read: {error}") from error


def parse_coach_content(data: Mapping[str, object], source: str) -> CoachContent:
    """``coach.toml``'s data checked and frozen; raises ``ContentError`` naming what is wrong."""
    kinds = table(data, "kinds", source)
    unknown = sorted(set(kinds) - {kind.value for kind in Kind})
    if unknown:
        raise ContentError(f"{source}: kinds: unknown kind(s) {', '.join(unknown)}")
    parsed = {
        kind: parse_kind(table(kinds, kind.value, f"{source}: kinds"), kind, source)
        for kind in Kind
    }
    return CoachContent(
        kinds=MappingProxyType(parsed),
        rewrites=parse_rewrites(table(data, "rewrites", source), f"{source}: rewrites"),
    )


def parse_kind(entry: Mapping[str, object], kind: Kind, source: str) -> KindText:
    """One ``[kinds.<kind>]`` table: pitfalls need an antidote, good habits have none."""
    where = f"{source}: kinds.{kind.value}"
    antidote = entry.get("antidote")
    if kind in PITFALLS:
        antidote = text(entry, "antidote", where)
    elif antidote is not None:
        raise ContentError(f"{where}: a good habit has no antidote")
    return KindText(
        label=text(entry, "label", where),
        explanation=text(entry, "explanation", where),
        antidote=antidote,
    )


def parse_rewrites(data: Mapping[str, object], where: str) -> RewriteContent:
    """The ``[rewrites]`` tables: feelings for every emotion, templates for every frame."""
    feelings = table(data, "feelings", where)
    frame_feelings = table(data, "frame_feelings", where)
    needs = table(data, "needs", where)
    templates = table(data, "templates", where)
    for frame in TEMPLATE_FIELDS:
        for template in texts(templates, frame, f"{where}.templates"):
            check_template(template, frame, f"{where}.templates.{frame}")
    if "default" not in needs:
        raise ContentError(f"{where}.needs: 'default' is missing")
    return RewriteContent(
        feelings=MappingProxyType({e: texts(feelings, e, f"{where}.feelings") for e in EMOTIONS}),
        frame_feelings=MappingProxyType(
            {f: texts(frame_feelings, f, f"{where}.frame_feelings") for f in FRAME_FEELINGS}
        ),
        needs=MappingProxyType({key: text(needs, key, f"{where}.needs") for key in needs}),
        templates=MappingProxyType(
            {f: texts(templates, f, f"{where}.templates") for f in TEMPLATE_FIELDS}
        ),
    )


def check_template(template: str, frame: str, where: str) -> None:
    """Raise ``ContentError`` if ``template`` uses a placeholder its frame does not fill."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as error:
        raise ContentError(f"{where}: {template!r}: {error}") from error
    unknown = fields - TEMPLATE_FIELDS[frame]
    if unknown:
        raise ContentError(f"{where}: {template!r} uses unknown {', '.join(sorted(unknown))}")
    if "feeling" not in fields and frame != "pause":
        raise ContentError(f"{where}: {template!r} must name a {{feeling}}")


def parse_emotion_lexicon(data: Mapping[str, object], source: str) -> EmotionLexicon:
    """``emotion_lexicon.toml``'s data checked and indexed for lookups."""
    emotions = table(data, "emotions", source)
    words: dict[str, tuple[str, float]] = {}
    prefixes: dict[str, tuple[str, float]] = {}
    for emotion in EMOTIONS[:-1]:
        entry = table(emotions, emotion, f"{source}: emotions")
        where = f"{source}: emotions.{emotion}"
        for weight, key in ((1.0, "words"), (MILD_WEIGHT, "mild")):
            for word in texts(entry, key, where):
                index = prefixes if word.endswith("*") else words
                index.setdefault(word.rstrip("*").lower(), (emotion, weight))
    emoji = table(data, "emoji", source)
    bad = sorted(f"{key}={value!r}" for key, value in emoji.items() if value not in EMOTIONS)
    if bad:
        raise ContentError(f"{source}: emoji: unknown emotion in {', '.join(bad)}")
    modifiers = table(data, "modifiers", source)
    return EmotionLexicon(
        words=MappingProxyType(words),
        prefixes=MappingProxyType(prefixes),
        emoji=MappingProxyType({key: str(value) for key, value in emoji.items()}),
        negators=frozenset(texts(modifiers, "negators", f"{source}: modifiers")),
        intensifiers=frozenset(texts(modifiers, "intensifiers", f"{source}: modifiers")),
        softeners=frozenset(texts(modifiers, "softeners", f"{source}: modifiers")),
    )


def table(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    """``data[key]`` as a table, or a ``ContentError`` saying where it is missing."""
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise ContentError(f"{where}: [{key}] is missing or not a table")
    return value


def text(data: Mapping[str, object], key: str, where: str) -> str:
    """``data[key]`` as non-blank text, or a ``ContentError``."""
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {key!r} is missing or empty")
    return value


def texts(data: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    """``data[key]`` as a non-empty list of non-blank texts, or a ``ContentError``."""
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where}: {key!r} is missing or empty")
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ContentError(f"{where}: {key!r} holds an empty or non-text entry")
    return tuple(value)
