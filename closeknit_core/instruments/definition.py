"""An instrument's structure as frozen data, read from a definition file.

A definition (TOML or JSON) is first checked against ``schema/definition.schema.json``,
then for what a schema cannot say: every reference points at something that exists,
cuts ascend, bands have one more label than cuts. Its wording lives apart, in text packs
(``texts.py``), so a clinician can load a published instrument's definition and wording
from their own machine while we ship only our own (docs/adr/0007-instruments-as-data.md).
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema

SCHEMA_DIR = Path(__file__).parent / "schema"


class DefinitionError(ValueError):
    """A definition or text pack that cannot be used; the message names the file and place."""


class About(StrEnum):
    RELATIONSHIP = "relationship"
    GENERAL = "general"


class Method(StrEnum):
    MEAN = "mean"
    SUM = "sum"


class Source(StrEnum):
    PUBLISHED = "published"
    OURS = "ours"


@dataclass(frozen=True, slots=True)
class Scale:
    id: str
    min: int
    max: int

    def reverse(self, answer: int) -> int:
        """The answer reverse-keyed: ``min + max - answer``.

        >>> Scale("agree7", 1, 7).reverse(2)
        6
        """
        return self.min + self.max - answer


@dataclass(frozen=True, slots=True)
class Subscale:
    id: str
    method: Method


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    subscale: str
    scale: Scale
    reverse: bool
    kinds: frozenset[str] | None = None
    skippable: bool = False

    def is_asked(self, kind: str | None) -> bool:
        """Whether the item belongs in a questionnaire about ``kind`` (None: in general)."""
        return self.kinds is None or (kind is not None and kind in self.kinds)


@dataclass(frozen=True, slots=True)
class MissingPolicy:
    """``complete``: every asked item answered; ``min_share``: at least that share per subscale."""

    policy: str
    min_share: float = 1.0


@dataclass(frozen=True, slots=True)
class Total:
    id: str
    subscales: tuple[str, ...]
    method: Method


@dataclass(frozen=True, slots=True)
class Sourced:
    source: Source
    citation: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Band:
    """Cut-offs on one score; a score equal to a cut belongs to the band above it."""

    id: str
    score: str
    cuts: tuple[float, ...]
    labels: tuple[str, ...]
    origin: Sourced


@dataclass(frozen=True, slots=True)
class LinearFunction:
    category: str
    constant: float
    weights: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Classification:
    """One of three rules: a quadrant split, linear functions, or the highest-rated prototype."""

    id: str
    type: str
    origin: Sourced
    x: str = ""
    y: str = ""
    x_cut: float = 0.0
    y_cut: float = 0.0
    quadrants: Mapping[str, str] = field(default_factory=dict)
    functions: tuple[LinearFunction, ...] = ()
    prototypes: Mapping[str, str] = field(default_factory=dict)

    @property
    def categories(self) -> tuple[str, ...]:
        if self.type == "quadrant":
            return tuple(dict.fromkeys(self.quadrants.values()))
        if self.type == "linear":
            return tuple(function.category for function in self.functions)
        return tuple(self.prototypes)

    @property
    def scores(self) -> tuple[str, ...]:
        """The score ids the rule reads."""
        if self.type == "quadrant":
            return (self.x, self.y)
        if self.type == "linear":
            return tuple(dict.fromkeys(s for f in self.functions for s in f.weights))
        return tuple(self.prototypes.values())


@dataclass(frozen=True, slots=True)
class Ranking:
    scores: tuple[str, ...]
    top: int
    bottom: int
    higher_is_stronger: bool = True


@dataclass(frozen=True, slots=True)
class Norm:
    score: str
    mean: float
    sd: float
    sample: str
    origin: Sourced


@dataclass(frozen=True, slots=True)
class Reliability:
    score: str
    sd: float
    r: float
    kind: str
    origin: Sourced

    @property
    def sem(self) -> float:
        """Standard error of measurement, ``sd * sqrt(1 - r)``.

        >>> round(Reliability("x", 1.0, 0.75, "retest", Sourced(Source.OURS)).sem, 3)
        0.5
        """
        return float(self.sd * (1.0 - self.r) ** 0.5)


@dataclass(frozen=True, slots=True)
class Provenance:
    authors: tuple[str, ...]
    year: int
    wording: str
    follows: tuple[str, ...] = ()
    note: str = ""


# Compared by identity: a loaded instrument is a value to look things up in, and
# identity lets the scoring plan be cached per instrument.
@dataclass(frozen=True, slots=True, eq=False)
class Instrument:
    id: str
    version: str
    about: tuple[About, ...]
    relationship_kinds: tuple[str, ...]
    minutes: int | None
    scales: Mapping[str, Scale]
    subscales: tuple[Subscale, ...]
    items: tuple[Item, ...]
    missing: MissingPolicy
    totals: tuple[Total, ...]
    bands: tuple[Band, ...]
    classifications: tuple[Classification, ...]
    ranking: Ranking | None
    norms: Mapping[str, Norm]
    reliability: Mapping[str, Reliability]
    provenance: Provenance
    licence: str
    licence_note: str = ""
    items_by_id: Mapping[str, Item] = field(default_factory=dict, repr=False)

    @property
    def score_ids(self) -> tuple[str, ...]:
        """Every score the instrument gives: subscales, then totals."""
        return tuple(s.id for s in self.subscales) + tuple(t.id for t in self.totals)

    def score_bounds(self, score_id: str, kind: str | None = None) -> tuple[float, float]:
        """The lowest and highest a score can be: a mean stays within its items' scales, a
        sum spans their total (for ``kind``, or counting every item when it is None).

        >>> from closeknit_core.instruments.catalogue import shipped_catalogue
        >>> shipped_catalogue().get("closeness-pattern").instrument.score_bounds("anxiety")
        (1.0, 7.0)
        """
        totals = {total.id: total for total in self.totals}
        subscales = set(totals[score_id].subscales) if score_id in totals else {score_id}
        # kind None: whatever the kind, so every item counts (some may be asked only of some)
        pool = self.items if kind is None else self.asked_items(kind)
        items = [item for item in pool if item.subscale in subscales]
        if not items:  # a score with nothing asked for this kind: the items' own bounds
            items = [item for item in self.items if item.subscale in subscales]
        method = (
            totals[score_id].method
            if score_id in totals
            else next(s.method for s in self.subscales if s.id == score_id)
        )
        if method is Method.SUM:
            return float(sum(i.scale.min for i in items)), float(sum(i.scale.max for i in items))
        return float(min(i.scale.min for i in items)), float(max(i.scale.max for i in items))

    def asked_items(self, kind: str | None) -> tuple[Item, ...]:
        """The items of a questionnaire about a relationship of ``kind`` (None: in general)."""
        return tuple(item for item in self.items if item.is_asked(kind))

    def accepts(self, about: About, kind: str | None = None) -> bool:
        """Whether it can be taken about a relationship of ``kind``, or in general."""
        if about not in self.about:
            return False
        return about is About.GENERAL or kind in self.relationship_kinds


@functools.cache
def schema_validator(name: str) -> jsonschema.Draft202012Validator:
    with (SCHEMA_DIR / f"{name}.schema.json").open(encoding="utf-8") as file:
        schema = json.load(file)
    return jsonschema.Draft202012Validator(schema)


def read_data_file(path: Path) -> dict[str, Any]:
    """A TOML or JSON file's top-level table; ``DefinitionError`` if unreadable."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DefinitionError(f"{path.name}: cannot be read: {error.strerror}") from error
    try:
        data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise DefinitionError(
            f"{path.name}: not valid {path.suffix[1:].upper()}: {error}"
        ) from error
    if not isinstance(data, dict):
        raise DefinitionError(f"{path.name}: the top level must be a table (an object)")
    return data


def check_schema(data: Mapping[str, Any], schema: str, source: str) -> None:
    """Raise ``DefinitionError`` listing every place where ``data`` breaks the schema."""
    errors = sorted(schema_validator(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        lines = [f"{'/'.join(str(p) for p in e.path) or '(top)'}: {e.message}" for e in errors]
        raise DefinitionError(f"{source}: " + "; ".join(lines[:10]))


def parse_definition(data: Mapping[str, Any], source: str = "definition") -> Instrument:
    """A definition's data checked and frozen; raises ``DefinitionError`` naming the problem."""
    check_schema(data, "definition", source)
    scales = {s["id"]: Scale(s["id"], s["min"], s["max"]) for s in data["scales"]}
    subscales = tuple(Subscale(s["id"], Method(s["method"])) for s in data["subscales"])
    items = tuple(parse_item(entry, scales, source) for entry in data["items"])
    interpretation = data.get("interpretation", {})
    instrument = Instrument(
        id=data["id"],
        version=data["version"],
        about=tuple(About(a) for a in data["about"]),
        relationship_kinds=tuple(data.get("relationship_kinds", ())),
        minutes=data.get("minutes"),
        scales=MappingProxyType(scales),
        subscales=subscales,
        items=items,
        missing=MissingPolicy(data["missing"]["policy"], data["missing"].get("min_share", 1.0)),
        totals=tuple(
            Total(t["id"], tuple(t["subscales"]), Method(t["method"]))
            for t in data.get("totals", ())
        ),
        bands=tuple(parse_band(b) for b in interpretation.get("bands", ())),
        classifications=tuple(
            parse_classification(c) for c in interpretation.get("classifications", ())
        ),
        ranking=parse_ranking(interpretation.get("ranking")),
        norms=MappingProxyType(
            {n["score"]: parse_norm(n) for n in interpretation.get("norms", ())}
        ),
        reliability=MappingProxyType(
            {r["score"]: parse_reliability(r) for r in interpretation.get("reliability", ())}
        ),
        provenance=Provenance(
            authors=tuple(data["provenance"]["authors"]),
            year=data["provenance"]["year"],
            wording=data["provenance"]["wording"],
            follows=tuple(data["provenance"].get("follows", ())),
            note=data["provenance"].get("note", ""),
        ),
        licence=data["licence"]["id"],
        licence_note=data["licence"].get("note", ""),
        items_by_id=MappingProxyType({item.id: item for item in items}),
    )
    check_references(instrument, data, source)
    return instrument


def parse_item(entry: Mapping[str, Any], scales: Mapping[str, Scale], source: str) -> Item:
    scale = scales.get(entry["scale"])
    if scale is None:
        raise DefinitionError(f"{source}: item {entry['id']}: unknown scale {entry['scale']!r}")
    kinds = entry.get("kinds")
    return Item(
        id=entry["id"],
        subscale=entry["subscale"],
        scale=scale,
        reverse=entry["reverse"],
        kinds=frozenset(kinds) if kinds is not None else None,
        skippable=entry.get("skippable", False),
    )


def origin(entry: Mapping[str, Any]) -> Sourced:
    return Sourced(Source(entry["source"]), entry.get("citation", ""), entry.get("note", ""))


def parse_band(entry: Mapping[str, Any]) -> Band:
    return Band(
        entry["id"],
        entry["score"],
        tuple(float(c) for c in entry["cuts"]),
        tuple(entry["labels"]),
        origin(entry),
    )


def parse_classification(entry: Mapping[str, Any]) -> Classification:
    kind = entry["type"]
    if kind == "quadrant":
        return Classification(
            entry["id"],
            kind,
            origin(entry),
            x=entry["x"],
            y=entry["y"],
            x_cut=float(entry["x_cut"]),
            y_cut=float(entry["y_cut"]),
            quadrants=MappingProxyType(dict(entry["quadrants"])),
        )
    if kind == "linear":
        functions = tuple(
            LinearFunction(
                f["category"],
                float(f["constant"]),
                MappingProxyType({k: float(v) for k, v in f["weights"].items()}),
            )
            for f in entry["functions"]
        )
        return Classification(entry["id"], kind, origin(entry), functions=functions)
    return Classification(
        entry["id"], kind, origin(entry), prototypes=MappingProxyType(dict(entry["prototypes"]))
    )


def parse_ranking(entry: Mapping[str, Any] | None) -> Ranking | None:
    if entry is None:
        return None
    return Ranking(
        tuple(entry["scores"]),
        entry["top"],
        entry["bottom"],
        higher_is_stronger=entry.get("order", "high") == "high",
    )


def parse_norm(entry: Mapping[str, Any]) -> Norm:
    return Norm(
        entry["score"], float(entry["mean"]), float(entry["sd"]), entry["sample"], origin(entry)
    )


def parse_reliability(entry: Mapping[str, Any]) -> Reliability:
    return Reliability(
        entry["score"], float(entry["sd"]), float(entry["r"]), entry["kind"], origin(entry)
    )


def check_references(instrument: Instrument, data: Mapping[str, Any], source: str) -> None:
    """What the schema cannot check: ids unique, references resolve, cuts ascend."""
    problems: list[str] = []
    for what, ids in (
        ("scale", [s["id"] for s in data["scales"]]),
        ("item", [i.id for i in instrument.items]),
        ("score", list(instrument.score_ids)),
        ("band", [b.id for b in instrument.bands]),
        ("classification", [c.id for c in instrument.classifications]),
        ("norm score", [n["score"] for n in interpretation_entries(data, "norms")]),
        ("reliability score", [r["score"] for r in interpretation_entries(data, "reliability")]),
    ):
        problems += [f"{what} id {i!r} is used twice" for i in sorted(duplicates(ids))]
    for scale in instrument.scales.values():
        if scale.min >= scale.max:
            problems.append(f"scale {scale.id}: min must be below max")
    subscale_ids = {s.id for s in instrument.subscales}
    scores = set(instrument.score_ids)
    for item in instrument.items:
        if item.subscale not in subscale_ids:
            problems.append(f"item {item.id}: unknown subscale {item.subscale!r}")
    for subscale in subscale_ids - {item.subscale for item in instrument.items}:
        problems.append(f"subscale {subscale} has no items")
    for total in instrument.totals:
        problems += [
            f"total {total.id}: unknown subscale {s!r}"
            for s in total.subscales
            if s not in subscale_ids
        ]
    problems += [
        f"{where}: unknown score {s!r}"
        for where, s in score_references(instrument)
        if s not in scores
    ]
    for band in instrument.bands:
        if list(band.cuts) != sorted(set(band.cuts)):
            problems.append(f"band {band.id}: cuts must ascend without repeats")
        if len(band.labels) != len(band.cuts) + 1:
            problems.append(f"band {band.id}: needs one label more than cuts")
    if About.RELATIONSHIP in instrument.about and not instrument.relationship_kinds:
        problems.append("relationship_kinds is needed when it can be about a relationship")
    if problems:
        raise DefinitionError(f"{source}: " + "; ".join(problems))


def interpretation_entries(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    entries: list[Mapping[str, Any]] = data.get("interpretation", {}).get(key, [])
    return entries


def score_references(instrument: Instrument) -> Sequence[tuple[str, str]]:
    """(where, score id) for every score that interpretation reads."""
    refs = [(f"band {b.id}", b.score) for b in instrument.bands]
    refs += [(f"classification {c.id}", s) for c in instrument.classifications for s in c.scores]
    if instrument.ranking is not None:
        refs += [("ranking", s) for s in instrument.ranking.scores]
    refs += [("norms", s) for s in instrument.norms]
    refs += [("reliability", s) for s in instrument.reliability]
    return refs


def duplicates(values: Sequence[str]) -> set[str]:
    seen: set[str] = set()
    return {v for v in values if v in seen or seen.add(v)}  # type: ignore[func-returns-value]


def load_definition(path: Path) -> Instrument:
    """Read and check a definition file (``.toml`` or ``.json``)."""
    return parse_definition(read_data_file(path), path.name)


def definition_data(instrument: Instrument) -> dict[str, Any]:
    """The definition back as plain data, shaped like the file it came from."""
    data: dict[str, Any] = {
        "schema": 1,
        "id": instrument.id,
        "version": instrument.version,
        "about": [a.value for a in instrument.about],
    }
    if instrument.relationship_kinds:
        data["relationship_kinds"] = list(instrument.relationship_kinds)
    if instrument.minutes is not None:
        data["minutes"] = instrument.minutes
    data["scales"] = [{"id": s.id, "min": s.min, "max": s.max} for s in instrument.scales.values()]
    data["subscales"] = [{"id": s.id, "method": s.method.value} for s in instrument.subscales]
    data["items"] = [item_data(item) for item in instrument.items]
    data["missing"] = {"policy": instrument.missing.policy}
    if instrument.missing.policy == "min_share":
        data["missing"]["min_share"] = instrument.missing.min_share
    if instrument.totals:
        data["totals"] = [
            {"id": t.id, "subscales": list(t.subscales), "method": t.method.value}
            for t in instrument.totals
        ]
    interpretation = interpretation_data(instrument)
    if interpretation:
        data["interpretation"] = interpretation
    provenance = instrument.provenance
    data["provenance"] = {
        "authors": list(provenance.authors),
        "year": provenance.year,
        "wording": provenance.wording,
        **({"follows": list(provenance.follows)} if provenance.follows else {}),
        **({"note": provenance.note} if provenance.note else {}),
    }
    data["licence"] = {"id": instrument.licence}
    if instrument.licence_note:
        data["licence"]["note"] = instrument.licence_note
    return data


def item_data(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.id,
        "subscale": item.subscale,
        "scale": item.scale.id,
        "reverse": item.reverse,
    }
    if item.kinds is not None:
        data["kinds"] = sorted(item.kinds)
    if item.skippable:
        data["skippable"] = True
    return data


def origin_data(sourced: Sourced) -> dict[str, str]:
    data = {"source": sourced.source.value}
    if sourced.citation:
        data["citation"] = sourced.citation
    if sourced.note:
        data["note"] = sourced.note
    return data


def interpretation_data(instrument: Instrument) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if instrument.bands:
        data["bands"] = [
            {"id": b.id, "score": b.score, "cuts": list(b.cuts), "labels": list(b.labels)}
            | origin_data(b.origin)
            for b in instrument.bands
        ]
    if instrument.classifications:
        data["classifications"] = [classification_data(c) for c in instrument.classifications]
    if instrument.ranking is not None:
        ranking = instrument.ranking
        data["ranking"] = {
            "scores": list(ranking.scores),
            "top": ranking.top,
            "bottom": ranking.bottom,
            "order": "high" if ranking.higher_is_stronger else "low",
        }
    if instrument.norms:
        data["norms"] = [
            {"score": n.score, "mean": n.mean, "sd": n.sd, "sample": n.sample}
            | origin_data(n.origin)
            for n in instrument.norms.values()
        ]
    if instrument.reliability:
        data["reliability"] = [
            {"score": r.score, "sd": r.sd, "r": r.r, "kind": r.kind} | origin_data(r.origin)
            for r in instrument.reliability.values()
        ]
    return data


def classification_data(classification: Classification) -> dict[str, Any]:
    data: dict[str, Any] = {"id": classification.id, "type": classification.type}
    if classification.type == "quadrant":
        data |= {
            "x": classification.x,
            "y": classification.y,
            "x_cut": classification.x_cut,
            "y_cut": classification.y_cut,
            "quadrants": dict(classification.quadrants),
        }
    elif classification.type == "linear":
        data["functions"] = [
            {"category": f.category, "constant": f.constant, "weights": dict(f.weights)}
            for f in classification.functions
        ]
    else:
        data["prototypes"] = dict(classification.prototypes)
    return data | origin_data(classification.origin)
