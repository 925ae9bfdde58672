"""The coach's content files: complete, non-empty, loaded once, and shipped in the package."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from closeknit_core.coach import HABITS, PITFALLS, Kind
from closeknit_core.coach.content import (
    CONTENT_DIR,
    ContentError,
    coach_content,
    emotion_lexicon,
    parse_coach_content,
    parse_emotion_lexicon,
)
from closeknit_core.coach.types import EMOTIONS

ROOT = Path(__file__).resolve().parents[3]


def coach_data() -> dict[str, Any]:
    with (CONTENT_DIR / "coach.toml").open("rb") as file:
        return tomllib.load(file)


def lexicon_data() -> dict[str, Any]:
    with (CONTENT_DIR / "emotion_lexicon.toml").open("rb") as file:
        return tomllib.load(file)


def test_coach_content_explains_every_kind() -> None:
    kinds = coach_content().kinds
    assert set(kinds) == set(Kind)
    assert all(text.label.strip() and text.explanation.strip() for text in kinds.values())


def test_coach_content_gives_pitfalls_an_antidote_and_habits_none() -> None:
    kinds = coach_content().kinds
    assert all(kinds[kind].antidote for kind in PITFALLS)
    assert all(kinds[kind].antidote is None for kind in HABITS)


def test_coach_content_explanations_fit_on_one_line() -> None:
    for text in coach_content().kinds.values():
        assert "\n" not in text.explanation
        assert len(text.explanation) <= 160


def test_coach_content_offers_feelings_for_every_emotion() -> None:
    assert set(coach_content().rewrites.feelings) == set(EMOTIONS)


def test_coach_content_is_loaded_once() -> None:
    assert coach_content() is coach_content()
    assert emotion_lexicon() is emotion_lexicon()


def test_emotion_lexicon_covers_the_six_emotions() -> None:
    lexicon = emotion_lexicon()
    found = {emotion for emotion, _ in [*lexicon.words.values(), *lexicon.prefixes.values()]}
    assert found == set(EMOTIONS) - {"neutral"}
    assert set(lexicon.emoji.values()) <= set(EMOTIONS)


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda data: data["kinds"].pop("contempt"), "kinds: [contempt] is missing"),
        (lambda data: data["kinds"]["validation"].update(explanation="  "), "'explanation'"),
        (lambda data: data["kinds"]["criticism"].pop("antidote"), "kinds.criticism: 'antidote'"),
        (lambda data: data["kinds"]["paraphrase"].update(antidote="Try."), "has no antidote"),
        (lambda data: data["kinds"].update(shouting={}), "unknown kind(s) shouting"),
        (lambda data: data.pop("rewrites"), "[rewrites] is missing"),
        (
            lambda data: data["rewrites"]["templates"]["pause"].clear(),
            "'pause' is missing or empty",
        ),
        (
            lambda data: data["rewrites"]["templates"]["past"].append("I felt {mood}."),
            "uses unknown mood",
        ),
        (lambda data: data["rewrites"]["templates"]["past"].append("Oops {"), "templates.past"),
        (lambda data: data["rewrites"]["feelings"].pop("fear"), "feelings: 'fear'"),
        (lambda data: data["rewrites"]["needs"].pop("default"), "'default' is missing"),
    ],
)
def test_parse_coach_content_names_what_is_wrong(breakage: Any, message: str) -> None:
    data = copy.deepcopy(coach_data())
    breakage(data)
    with pytest.raises(ContentError, match=r"coach\.toml") as error:
        parse_coach_content(data, "coach.toml")
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda data: data["emotions"].pop("joy"), "[joy] is missing"),
        (lambda data: data["emotions"]["fear"].update(words=[]), "'words' is missing or empty"),
        (lambda data: data["emotions"]["fear"]["words"].append(""), "empty or non-text"),
        (lambda data: data["emoji"].update({"🙂": "glee"}), "unknown emotion"),
        (lambda data: data["modifiers"].pop("negators"), "'negators'"),
    ],
)
def test_parse_emotion_lexicon_names_what_is_wrong(breakage: Any, message: str) -> None:
    data = copy.deepcopy(lexicon_data())
    breakage(data)
    with pytest.raises(ContentError, match=r"emotion_lexicon\.toml") as error:
        parse_emotion_lexicon(data, "emotion_lexicon.toml")
    assert message in str(error.value)


def test_content_files_ship_with_the_package() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        package_data = tomllib.load(file)["tool"]["setuptools"]["package-data"]
    assert "content/*.toml" in package_data["closeknit_core"]
    assert {"coach.toml", "emotion_lexicon.toml"} <= {p.name for p in CONTENT_DIR.glob("*.toml")}
