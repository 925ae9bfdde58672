"""The daily question's prompt bank: our own questions as data, one file per theme.

``content/prompts/<theme>.toml`` holds the prompts of one theme, each with a depth (light,
personal, deep) and the kinds of relationship it suits. They are checked when first read:
ids unique and in order, known depths, kinds and themes, one question each, no repeats.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

PROMPTS_DIR = Path(__file__).parent / "content" / "prompts"
KINDS = ("partner", "friend", "family")
THEMES = (
    "memories",
    "dreams",
    "fears",
    "gratitude",
    "values",
    "needs",
    "fun",
    "childhood",
    "us",
)
MAX_WORDS = 25


class PromptError(ValueError):
    """A prompt file that cannot be used; the message names the file and the prompt."""


class Depth(StrEnum):
    """How personal a prompt is; sessions deepen from light, never past a person's comfort."""

    LIGHT = "light"
    PERSONAL = "personal"
    DEEP = "deep"

    @property
    def rank(self) -> int:
        """0 for light, 1 for personal, 2 for deep.

        >>> Depth.DEEP.rank > Depth.LIGHT.rank
        True
        """
        return list(Depth).index(self)


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    theme: str
    depth: Depth
    kinds: frozenset[str]
    text: str

    def suits(self, kind: str, deepest: Depth) -> bool:
        """Whether the prompt fits a relationship of ``kind`` no deeper than ``deepest``."""
        return kind in self.kinds and self.depth.rank <= deepest.rank


@functools.cache
def prompt_bank() -> tuple[Prompt, ...]:
    """Every prompt, theme by theme in ``THEMES`` order, checked once.

    >>> len(prompt_bank()) >= 365
    True
    """
    prompts: list[Prompt] = []
    for theme in THEMES:
        prompts += read_theme(PROMPTS_DIR / f"{theme}.toml", theme)
    check_bank(prompts)
    return tuple(prompts)


def read_theme(path: Path, theme: str) -> list[Prompt]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PromptError(f"{path.name}: cannot be read: {error}") from error
    if data.get("theme") != theme:
        raise PromptError(f"{path.name}: theme must be {theme!r}")
    entries = data.get("prompts")
    if not isinstance(entries, list) or not entries:
        raise PromptError(f"{path.name}: needs [[prompts]]")
    return [
        parse_prompt(entry, theme, number, path.name)
        for number, entry in enumerate(entries, start=1)
    ]


def parse_prompt(entry: Mapping[str, Any], theme: str, number: int, source: str) -> Prompt:
    where = f"{source}: prompt {number}"
    expected_id = f"{theme}-{number:03d}"
    if entry.get("id") != expected_id:
        raise PromptError(f"{where}: id must be {expected_id!r}")
    unknown = set(entry) - {"id", "depth", "kinds", "text"}
    if unknown:
        raise PromptError(f"{where}: unknown keys {sorted(unknown)}")
    try:
        depth = Depth(str(entry.get("depth")))
    except ValueError:
        raise PromptError(f"{where}: depth must be light, personal or deep") from None
    kinds = entry.get("kinds")
    if not isinstance(kinds, list) or not kinds or not set(kinds) <= set(KINDS):
        raise PromptError(f"{where}: kinds must be some of {', '.join(KINDS)}")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip().endswith("?"):
        raise PromptError(f"{where}: text must be one question ending with '?'")
    if len(text.split()) > MAX_WORDS:
        raise PromptError(f"{where}: text is longer than {MAX_WORDS} words")
    return Prompt(expected_id, theme, depth, frozenset(kinds), text.strip())


def check_bank(prompts: Sequence[Prompt]) -> None:
    seen: dict[str, str] = {}
    for prompt in prompts:
        key = " ".join(prompt.text.lower().split())
        if key in seen:
            raise PromptError(f"{prompt.id}: repeats {seen[key]}")
        seen[key] = prompt.id
