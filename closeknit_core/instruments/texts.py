"""An instrument's wording in one language: a text pack, checked against its definition.

Item wording has two forms: ``about`` names the other person with ``{name}``; ``general``
speaks of close relationships in general. Nothing else is filled in, so wording stays as
written (and safe to show: it is escaped by whatever renders it).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from closeknit_core.instruments.definition import (
    About,
    DefinitionError,
    Instrument,
    check_schema,
    read_data_file,
)

PLACEHOLDER = "name"
NAME_TOKEN = re.compile(r"\{name\}")


@dataclass(frozen=True, slots=True)
class ItemText:
    about: str = ""
    general: str = ""

    def wording(self, name: str | None) -> str:
        """The item as read about ``name``, or in general when ``name`` is None.

        >>> ItemText("I trust {name}.", "I trust people.").wording("Sam")
        'I trust Sam.'
        """
        if name is None:
            return self.general
        return NAME_TOKEN.sub(lambda _: name, self.about)


@dataclass(frozen=True, slots=True)
class ScoreText:
    name: str
    description: str
    low: str = ""
    high: str = ""
    practices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CategoryText:
    name: str
    description: str
    practices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TextPack:
    instrument: str
    language: str
    title: str
    summary: str
    intro: str
    note: str
    scale_labels: Mapping[str, tuple[str, ...]]
    items: Mapping[str, ItemText]
    scores: Mapping[str, ScoreText]
    categories: Mapping[str, CategoryText]

    def intro_for(self, name: str | None) -> str:
        """The introduction about ``name``, or with "them" words in general."""
        return NAME_TOKEN.sub(lambda _: name or "the people you're close to", self.intro)

    def label(self, scale: str, minimum: int, answer: int) -> str:
        return self.scale_labels[scale][answer - minimum]


def parse_text_pack(data: Mapping[str, Any], instrument: Instrument, source: str) -> TextPack:
    """A text pack's data checked against the schema and ``instrument``."""
    check_schema(data, "text-pack", source)
    pack = TextPack(
        instrument=data["instrument"],
        language=data["language"],
        title=data["title"],
        summary=data["summary"],
        intro=data["intro"],
        note=data.get("note", ""),
        scale_labels=MappingProxyType({k: tuple(v["labels"]) for k, v in data["scales"].items()}),
        items=MappingProxyType({k: ItemText(**v) for k, v in data["items"].items()}),
        scores=MappingProxyType(
            {
                k: ScoreText(**{**v, "practices": tuple(v.get("practices", ()))})
                for k, v in data["scores"].items()
            }
        ),
        categories=MappingProxyType(
            {
                k: CategoryText(**{**v, "practices": tuple(v.get("practices", ()))})
                for k, v in data.get("categories", {}).items()
            }
        ),
    )
    problems = text_pack_problems(pack, instrument)
    if problems:
        raise DefinitionError(f"{source}: " + "; ".join(problems[:10]))
    return pack


def text_pack_problems(pack: TextPack, instrument: Instrument) -> list[str]:
    """Everything the pack lacks, or has in excess, for ``instrument``."""
    problems: list[str] = []
    if pack.instrument != instrument.id:
        problems.append(f"is for {pack.instrument!r}, not {instrument.id!r}")
    for scale in instrument.scales.values():
        labels = pack.scale_labels.get(scale.id)
        needed = scale.max - scale.min + 1
        if labels is None or len(labels) != needed:
            problems.append(f"scale {scale.id} needs exactly {needed} labels")
    problems += [
        f"scales: unknown scale {s!r}" for s in set(pack.scale_labels) - set(instrument.scales)
    ]
    for item in instrument.items:
        problems += item_text_problems(pack.items.get(item.id), item.id, instrument)
    problems += [
        f"items: unknown item {i!r}" for i in sorted(set(pack.items) - set(instrument.items_by_id))
    ]
    scores = set(instrument.score_ids)
    problems += [f"scores: no text for {s!r}" for s in instrument.score_ids if s not in pack.scores]
    problems += [f"scores: unknown score {s!r}" for s in sorted(set(pack.scores) - scores)]
    categories = {label for band in instrument.bands for label in band.labels}
    categories |= {c for rule in instrument.classifications for c in rule.categories}
    problems += [
        f"categories: no text for {c!r}" for c in sorted(categories - set(pack.categories))
    ]
    problems += [
        f"categories: unknown category {c!r}" for c in sorted(set(pack.categories) - categories)
    ]
    for where, text in all_texts(pack):
        problems += [f"{where}: unknown placeholder {{{p}}}" for p in sorted(placeholders(text))]
    return problems


def item_text_problems(text: ItemText | None, item_id: str, instrument: Instrument) -> list[str]:
    if text is None:
        return [f"items: no text for {item_id!r}"]
    problems = []
    if About.RELATIONSHIP in instrument.about and not text.about:
        problems.append(f"items.{item_id}: needs an 'about' form")
    general_needed = (
        About.GENERAL in instrument.about and instrument.items_by_id[item_id].kinds is None
    )
    if general_needed and not text.general:
        problems.append(f"items.{item_id}: needs a 'general' form")
    if text.general and "{name}" in text.general:
        problems.append(f"items.{item_id}: the general form cannot name anyone")
    return problems


def all_texts(pack: TextPack) -> list[tuple[str, str]]:
    """Every piece of wording in the pack, with where it is."""
    texts = [("title", pack.title), ("summary", pack.summary), ("intro", pack.intro)]
    texts += [("note", pack.note)]
    texts += [(f"scales.{k}", label) for k, labels in pack.scale_labels.items() for label in labels]
    texts += [(f"items.{k}", t) for k, v in pack.items.items() for t in (v.about, v.general)]
    for group, entries in (("scores", pack.scores), ("categories", pack.categories)):
        for key, entry in entries.items():
            texts += [(f"{group}.{key}", entry.name), (f"{group}.{key}", entry.description)]
            texts += [(f"{group}.{key}", getattr(entry, f, "")) for f in ("low", "high")]
            texts += [(f"{group}.{key}", practice) for practice in entry.practices]
    return texts


def placeholders(text: str) -> set[str]:
    """Every placeholder, written out whole; only a bare ``{name}`` is ever filled in.

    >>> sorted(placeholders("Hi {name}, {name!r} and {other}"))
    ['name!r', 'other']
    """
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError:
        return {"(unbalanced braces)"}
    found = set()
    for name, spec, conversion in fields:
        if name == PLACEHOLDER and not spec and not conversion:
            continue
        found.add(name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""))
    return found


def text_pack_data(pack: TextPack) -> dict[str, Any]:
    """The pack back as plain data, shaped like the file it came from."""
    data: dict[str, Any] = {
        "schema": 1,
        "instrument": pack.instrument,
        "language": pack.language,
        "title": pack.title,
        "summary": pack.summary,
        "intro": pack.intro,
    }
    if pack.note:
        data["note"] = pack.note
    data["scales"] = {k: {"labels": list(v)} for k, v in pack.scale_labels.items()}
    data["items"] = {
        k: {f: getattr(v, f) for f in ("about", "general") if getattr(v, f)}
        for k, v in pack.items.items()
    }
    data["scores"] = {k: described(v) for k, v in pack.scores.items()}
    if pack.categories:
        data["categories"] = {k: described(v) for k, v in pack.categories.items()}
    return data


def described(text: ScoreText | CategoryText) -> dict[str, Any]:
    data: dict[str, Any] = {"name": text.name, "description": text.description}
    for field in ("low", "high"):
        if getattr(text, field, ""):
            data[field] = getattr(text, field)
    if text.practices:
        data["practices"] = list(text.practices)
    return data


def load_text_pack(path: Path, instrument: Instrument) -> TextPack:
    return parse_text_pack(read_data_file(path), instrument, path.name)
