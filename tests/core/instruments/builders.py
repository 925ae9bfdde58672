"""Small instrument definitions and text packs as plain dicts, for the instrument tests.

Each builder returns fresh data, so a test may change it in place before parsing. The
shipped instruments are tested only through ``shipped_catalogue()`` in test_catalogue.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from closeknit_core.instruments.definition import Instrument, parse_definition
from closeknit_core.instruments.texts import TextPack, parse_text_pack

Data = dict[str, Any]


def item(
    item_id: str, subscale: str, *, reverse: bool = False, scale: str = "agree5", **extra: Any
) -> Data:
    return {"id": item_id, "subscale": subscale, "scale": scale, "reverse": reverse, **extra}


def definition(**overrides: Any) -> Data:
    """A two-subscale instrument on a 1-5 scale.

    warmth (mean): w1, w2 (reversed), w3. strain (sum): s1, s2, s3 (reversed).
    Totals: overall (mean of all six items) and overall_sum (sum of all six).
    """
    data: Data = {
        "schema": 1,
        "id": "tiny",
        "version": "1.0",
        "about": ["relationship", "general"],
        "relationship_kinds": ["partner", "friend", "family"],
        "scales": [{"id": "agree5", "min": 1, "max": 5}],
        "subscales": [{"id": "warmth", "method": "mean"}, {"id": "strain", "method": "sum"}],
        "items": [
            item("w1", "warmth"),
            item("w2", "warmth", reverse=True),
            item("w3", "warmth"),
            item("s1", "strain"),
            item("s2", "strain"),
            item("s3", "strain", reverse=True),
        ],
        "missing": {"policy": "complete"},
        "totals": [
            {"id": "overall", "subscales": ["warmth", "strain"], "method": "mean"},
            {"id": "overall_sum", "subscales": ["warmth", "strain"], "method": "sum"},
        ],
        "provenance": {"authors": ["Test authors"], "year": 2026, "wording": "ours"},
        "licence": {"id": "AGPL-3.0-or-later"},
    }
    data.update(overrides)
    return data


def attachment_definition(
    anxiety_reversed: Iterable[bool] = (False, False, True),
    avoidance_reversed: Iterable[bool] = (False, True, False),
    *,
    minimum: int = 1,
    maximum: int = 7,
) -> Data:
    """Anxiety and avoidance items on one scale, classified into four quadrants at the midpoint."""
    anxiety = [
        item(f"ax{i}", "anxiety", reverse=r, scale="agree") for i, r in enumerate(anxiety_reversed)
    ]
    avoidance = [
        item(f"av{i}", "avoidance", reverse=r, scale="agree")
        for i, r in enumerate(avoidance_reversed)
    ]
    middle = (minimum + maximum) / 2
    return definition(
        id="attachment",
        scales=[{"id": "agree", "min": minimum, "max": maximum}],
        subscales=[{"id": "anxiety", "method": "mean"}, {"id": "avoidance", "method": "mean"}],
        items=anxiety + avoidance,
        totals=[],
        interpretation={
            "classifications": [
                {
                    "id": "pattern",
                    "type": "quadrant",
                    "x": "avoidance",
                    "y": "anxiety",
                    "x_cut": middle,
                    "y_cut": middle,
                    "quadrants": {
                        "low_low": "secure",
                        "low_high": "anxious",
                        "high_low": "avoidant",
                        "high_high": "fearful",
                    },
                    "source": "ours",
                }
            ]
        },
    )


def band(band_id: str = "level", score: str = "warmth", **overrides: Any) -> Data:
    data: Data = {
        "id": band_id,
        "score": score,
        "cuts": [2.5, 3.5],
        "labels": ["lower", "middle", "higher"],
        "source": "ours",
    }
    data.update(overrides)
    return data


def reliability(score: str, sd: float = 1.0, r: float = 0.75, **overrides: Any) -> Data:
    """SD 1 and r .75 give SEM = 1 * sqrt(.25) = 0.5."""
    return {"score": score, "sd": sd, "r": r, "kind": "retest", "source": "ours", **overrides}


def build(data: Mapping[str, Any]) -> Instrument:
    return parse_definition(data, "test definition")


def categories_of(data: Mapping[str, Any]) -> list[str]:
    interpretation = data.get("interpretation", {})
    found = [label for b in interpretation.get("bands", ()) for label in b["labels"]]
    for rule in interpretation.get("classifications", ()):
        if rule["type"] == "quadrant":
            found += rule["quadrants"].values()
        elif rule["type"] == "linear":
            found += [f["category"] for f in rule["functions"]]
        else:
            found += rule["prototypes"]
    return list(dict.fromkeys(found))


def text_pack(data: Mapping[str, Any], language: str = "en") -> Data:
    """A complete, valid text pack for the definition ``data``."""
    about = data["about"]
    items: Data = {}
    for entry in data["items"]:
        forms: Data = {}
        if "relationship" in about:
            forms["about"] = f"Statement {entry['id']} about {{name}}."
        if "general" in about and "kinds" not in entry:
            forms["general"] = f"Statement {entry['id']} in general."
        items[entry["id"]] = forms
    scores = [s["id"] for s in data["subscales"]] + [t["id"] for t in data.get("totals", ())]
    return {
        "schema": 1,
        "instrument": data["id"],
        "language": language,
        "title": f"Title of {data['id']}",
        "summary": "A short summary.",
        "intro": "Think about {name}.",
        "scales": {
            s["id"]: {"labels": [f"Label {n}" for n in range(s["min"], s["max"] + 1)]}
            for s in data["scales"]
        },
        "items": items,
        "scores": {s: {"name": f"Score {s}", "description": "What it means."} for s in scores},
        "categories": {
            c: {"name": f"Category {c}", "description": "What it means."}
            for c in categories_of(data)
        },
    }


def build_pack(pack: Mapping[str, Any], data: Mapping[str, Any]) -> TextPack:
    return parse_text_pack(pack, build(data), "test pack")


def write_instrument(
    directory: Path, data: Mapping[str, Any], packs: Mapping[str, Mapping[str, Any]] | None = None
) -> None:
    """``directory/definitions/<id>.json`` and ``directory/texts/<language>/<id>.json``."""
    (directory / "definitions").mkdir(parents=True, exist_ok=True)
    (directory / "definitions" / f"{data['id']}.json").write_text(json.dumps(data), "utf-8")
    if packs is None:
        packs = {"en": text_pack(data)}
    for language, pack in packs.items():
        (directory / "texts" / language).mkdir(parents=True, exist_ok=True)
        path = directory / "texts" / language / f"{data['id']}.json"
        path.write_text(json.dumps(pack), "utf-8")


def extreme_answers(instrument: Instrument, high: Mapping[str, bool]) -> dict[str, int]:
    """Answers that push each subscale in ``high`` to its top (True) or bottom (False).

    A forward item answered at the scale's max scores max; a reversed one must be answered
    at the scale's min to score max.
    """
    answers = {}
    for entry in instrument.items:
        wants_top = high[entry.subscale]
        answers[entry.id] = entry.scale.max if wants_top != entry.reverse else entry.scale.min
    return answers
