"""What to try next: strategies per challenge and what tends to happen between two patterns.

Both are our own writing in ``content/strategies.toml`` and ``content/couple_dynamics.toml``,
checked here when first read: every challenge and every pair present, nothing empty.
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

CONTENT_DIR = Path(__file__).parent / "content"
CHALLENGES = (
    "fear_of_rejection",
    "communication_habits",
    "no_time",
    "past_hurts",
    "differing_expectations",
)
PATTERNS = ("anxious", "avoidant", "fearful", "secure")


class GuidanceError(ValueError):
    """A guidance file that is missing something; the message names the place."""


@dataclass(frozen=True, slots=True)
class Strategy:
    id: str
    title: str
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Challenge:
    id: str
    name: str
    summary: str
    strategies: tuple[Strategy, ...]


@dataclass(frozen=True, slots=True)
class Dynamic:
    title: str
    description: str
    practices: tuple[str, ...]


def read(name: str) -> dict[str, Any]:
    with (CONTENT_DIR / name).open("rb") as file:
        return tomllib.load(file)


def text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GuidanceError(f"{where}: {key} must be non-empty text")
    return value


def texts(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = data.get(key)
    if not isinstance(values, list) or not values:
        raise GuidanceError(f"{where}: {key} must be a non-empty list")
    return tuple(text({"x": v}, "x", f"{where}: {key}") for v in values)


@functools.cache
def challenges() -> Mapping[str, Challenge]:
    """The five common challenges with their strategies, in a fixed order.

    >>> challenges()["no_time"].strategies[0].steps[0] != ""
    True
    """
    data = read("strategies.toml").get("challenges", {})
    found = {}
    for challenge_id in CHALLENGES:
        where = f"strategies.toml: challenges.{challenge_id}"
        entry = data.get(challenge_id)
        if not isinstance(entry, dict):
            raise GuidanceError(f"{where}: missing")
        strategies = tuple(
            Strategy(text(s, "id", where), text(s, "title", where), texts(s, "steps", where))
            for s in entry.get("strategies", ())
        )
        if not strategies:
            raise GuidanceError(f"{where}: needs strategies")
        found[challenge_id] = Challenge(
            challenge_id, text(entry, "name", where), text(entry, "summary", where), strategies
        )
    return MappingProxyType(found)


def pair_key(first: str, second: str) -> str:
    """The key of an unordered pair of patterns.

    >>> pair_key("secure", "anxious")
    'anxious+secure'
    """
    return "+".join(sorted((first, second)))


@functools.cache
def couple_dynamics() -> Mapping[str, Dynamic]:
    """What tends to happen between two closeness patterns, for every unordered pair."""
    data = read("couple_dynamics.toml").get("pairs", {})
    found = {}
    for first, second in itertools.combinations_with_replacement(PATTERNS, 2):
        key = pair_key(first, second)
        entry = data.get(key)
        where = f"couple_dynamics.toml: pairs.{key}"
        if not isinstance(entry, dict):
            raise GuidanceError(f"{where}: missing")
        found[key] = Dynamic(
            text(entry, "title", where),
            text(entry, "description", where),
            texts(entry, "practices", where),
        )
    return MappingProxyType(found)
