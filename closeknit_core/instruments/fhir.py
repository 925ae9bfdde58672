"""HL7 FHIR interchange: instruments as Questionnaires, results as QuestionnaireResponses.

FHIR R4 as modelled by ``fhir.resources.R4B`` (4.3.0, the R4 series' last release; the
Questionnaire and QuestionnaireResponse elements used here are unchanged from 4.0.1).
Keying travels as item weights: each answer option carries the score it counts for, so a
reverse-keyed item's weights run 7, 6, ..., 1. Our own definition and wording also ride
along in two extensions, so an export imported here again loses nothing; a Questionnaire
from elsewhere is imported from its weights alone (docs/adr/0007-instruments-as-data.md).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from pydantic import ValidationError

from closeknit_core.instruments.catalogue import Entry
from closeknit_core.instruments.definition import (
    About,
    DefinitionError,
    definition_data,
    parse_definition,
)
from closeknit_core.instruments.scoring import Scores
from closeknit_core.instruments.texts import TextPack, parse_text_pack, text_pack_data

ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight"
# R4's name for the same idea, and the older ISO 21090 one; accepted on import
WEIGHT_URLS = (
    ITEM_WEIGHT,
    "http://hl7.org/fhir/StructureDefinition/ordinalValue",
    "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
)
DEFINITION_EXTENSION = "urn:closeknit:fhir:instrument-definition"
TEXT_PACK_EXTENSION = "urn:closeknit:fhir:instrument-text-pack"
SUBSCALE_SYSTEM = "urn:closeknit:subscale"
SCORES_GROUP = "scores"
OTHER_PERSON = "the other person"


def canonical_url(instrument_id: str) -> str:
    return f"urn:closeknit:questionnaire:{instrument_id}"


def questionnaire(entry: Entry, language: str = "en") -> dict[str, Any]:
    """``entry`` as a FHIR Questionnaire (JSON-ready), checked by ``fhir.resources``."""
    instrument, pack = entry.instrument, entry.text(language)
    general = About.GENERAL in instrument.about
    items: list[dict[str, Any]] = []
    for item in instrument.items:
        text = pack.items[item.id]
        wording = text.general if general and text.general else text.wording(OTHER_PERSON)
        low, high = item.scale.min, item.scale.max
        options = [
            {
                "valueCoding": {
                    "extension": [
                        {
                            "url": ITEM_WEIGHT,
                            "valueDecimal": item.scale.reverse(v) if item.reverse else v,
                        }
                    ],
                    "system": f"urn:closeknit:scale:{item.scale.id}",
                    "code": str(v),
                    "display": pack.label(item.scale.id, low, v),
                }
            }
            for v in range(low, high + 1)
        ]
        items.append(
            {
                "linkId": item.id,
                "code": [{"system": SUBSCALE_SYSTEM, "code": item.subscale}],
                "text": wording,
                "type": "choice",
                "required": not item.skippable and item.kinds is None,
                "answerOption": options,
            }
        )
    items.append(scores_group(entry, pack))
    resource = {
        "resourceType": "Questionnaire",
        "id": instrument.id,
        "extension": [
            {"url": DEFINITION_EXTENSION, "valueString": json.dumps(definition_data(instrument))},
            {"url": TEXT_PACK_EXTENSION, "valueString": json.dumps(text_pack_data(pack))},
        ],
        "url": canonical_url(instrument.id),
        "version": instrument.version,
        "name": computable_name(instrument.id),
        "title": pack.title,
        "status": "active",
        "publisher": ", ".join(instrument.provenance.authors),
        "description": pack.summary,
        "copyright": instrument.licence_note or instrument.licence,
        "language": pack.language,
        "item": items,
    }
    return validated(Questionnaire, resource)


def scores_group(entry: Entry, pack: TextPack) -> dict[str, Any]:
    """Read-only items for the computed scores, so a response can carry them."""
    return {
        "linkId": SCORES_GROUP,
        "text": "Scores",
        "type": "group",
        "readOnly": True,
        "item": [
            {
                "linkId": f"{SCORES_GROUP}.{score}",
                "text": pack.scores[score].name,
                "type": "decimal",
                "readOnly": True,
            }
            for score in entry.instrument.score_ids
        ],
    }


def computable_name(instrument_id: str) -> str:
    """A FHIR ``name``: letters and digits, starting with a capital.

    >>> computable_name("closeness-pattern")
    'ClosenessPattern'
    """
    return "".join(part.capitalize() for part in re.split(r"[-_]", instrument_id) if part)


def questionnaire_response(
    entry: Entry,
    answers: Mapping[str, int | None],
    scores: Scores,
    *,
    authored: datetime,
    response_id: str | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """A completed assessment as a QuestionnaireResponse with its answers and scores."""
    instrument, pack = entry.instrument, entry.text(language)
    items: list[dict[str, Any]] = []
    for item in instrument.items:
        value = answers.get(item.id)
        if value is None:
            continue
        items.append(
            {
                "linkId": item.id,
                "answer": [
                    {
                        "valueCoding": {
                            "system": f"urn:closeknit:scale:{item.scale.id}",
                            "code": str(value),
                            "display": pack.label(item.scale.id, item.scale.min, value),
                        }
                    }
                ],
            }
        )
    items.append(
        {
            "linkId": SCORES_GROUP,
            "item": [
                {"linkId": f"{SCORES_GROUP}.{score}", "answer": [{"valueDecimal": round(value, 4)}]}
                for score, value in scores.values.items()
            ],
        }
    )
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{canonical_url(instrument.id)}|{instrument.version}",
        "status": "completed",
        "authored": authored.isoformat(),
        "item": items,
    }
    if response_id is not None:
        resource["id"] = response_id
    return validated(QuestionnaireResponse, resource)


def validated(
    model: type[Questionnaire] | type[QuestionnaireResponse], data: dict[str, Any]
) -> dict[str, Any]:
    """``data`` checked as a FHIR resource and returned as ``fhir.resources`` writes it."""
    try:
        resource = model.model_validate(data)
    except ValidationError as error:
        raise DefinitionError(f"not a valid FHIR {model.__name__}: {first_error(error)}") from error
    result: dict[str, Any] = json.loads(resource.model_dump_json())
    return result


def first_error(error: ValidationError) -> str:
    problems = error.errors()
    if not problems:
        return str(error)
    where = ".".join(str(p) for p in problems[0]["loc"])
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {problems[0]['msg']}{more}"


def import_questionnaire(data: object) -> Entry:
    """A FHIR Questionnaire as an instrument with its wording (not shipped).

    Our own exports carry the definition and wording and come back whole, after a check
    that the weights still say what the definition says. Any other Questionnaire needs an
    item weight on every answer option of its choice items: weights one apart, running up
    (keyed) or down (reverse keyed) in option order.
    """
    if not isinstance(data, dict) or data.get("resourceType") != "Questionnaire":
        raise DefinitionError(
            "This is not a FHIR Questionnaire (resourceType must be 'Questionnaire')."
        )
    checked = validated(Questionnaire, data)
    carried = {e.get("url"): e.get("valueString") for e in checked.get("extension", [])}
    choice_items = list(choice_items_of(checked.get("item", [])))
    if not choice_items:
        raise DefinitionError("The Questionnaire has no choice items with answer options.")
    keyed = [item_keying(item) for item in choice_items]
    if DEFINITION_EXTENSION in carried and TEXT_PACK_EXTENSION in carried:
        return import_ours(carried, keyed)
    return import_foreign(checked, choice_items, keyed)


def choice_items_of(items: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    for item in items:
        if item.get("answerOption") and item.get("type") in ("choice", "coding", "open-choice"):
            found.append(item)
        found += choice_items_of(item.get("item", []))
    return found


def option_weight(option: Mapping[str, Any]) -> float | None:
    """The weight on an answer option, on the option or on its coding."""
    for holder in (option, option.get("valueCoding", {})):
        for extension in holder.get("extension", []):
            if extension.get("url") in WEIGHT_URLS:
                for key in ("valueDecimal", "valueInteger"):
                    if key in extension:
                        return float(extension[key])
    return None


def item_keying(item: Mapping[str, Any]) -> tuple[str, int, int, bool, list[str]]:
    """(linkId, min, max, reverse, option labels in order) from an item's weights."""
    link = str(item["linkId"])
    options = item["answerOption"]
    weights = [option_weight(option) for option in options]
    if any(w is None for w in weights):
        raise DefinitionError(f"item {link}: every answer option needs an item weight")
    values = [float(w) for w in weights if w is not None]
    if len(values) < 2 or any(not w.is_integer() for w in values):
        raise DefinitionError(f"item {link}: needs two or more options with whole-number weights")
    steps = {b - a for a, b in itertools.pairwise(values)}
    if steps not in ({1.0}, {-1.0}):
        raise DefinitionError(
            f"item {link}: weights must run up or down one at a time in option order"
        )
    labels = [option_label(option, index) for index, option in enumerate(options)]
    return link, int(min(values)), int(max(values)), steps == {-1.0}, labels


def option_label(option: Mapping[str, Any], index: int) -> str:
    coding = option.get("valueCoding", {})
    for value in (coding.get("display"), coding.get("code"), option.get("valueString")):
        if value:
            return str(value)[:2000]
    return str(index + 1)


def import_ours(
    carried: Mapping[str, Any], keyed: Sequence[tuple[str, int, int, bool, list[str]]]
) -> Entry:
    try:
        definition = json.loads(carried[DEFINITION_EXTENSION])
        pack_data = json.loads(carried[TEXT_PACK_EXTENSION])
    except (TypeError, ValueError) as error:
        raise DefinitionError(f"The carried definition is not valid JSON: {error}") from error
    instrument = parse_definition(definition, "the Questionnaire's definition")
    for link, low, high, reverse, _ in keyed:
        item = instrument.items_by_id.get(link)
        if item is None or (item.scale.min, item.scale.max, item.reverse) != (low, high, reverse):
            raise DefinitionError(f"item {link}: its weights disagree with the carried definition")
    if len(keyed) != len(instrument.items):
        raise DefinitionError("The Questionnaire's items disagree with the carried definition.")
    pack = parse_text_pack(pack_data, instrument, "the Questionnaire's wording")
    return Entry(instrument, {pack.language: pack}, is_shipped=False)


def import_foreign(
    resource: Mapping[str, Any],
    items: Sequence[Mapping[str, Any]],
    keyed: Sequence[tuple[str, int, int, bool, list[str]]],
) -> Entry:
    """A definition and text pack built from weights; scores are subscale means."""
    instrument_id = slug(str(resource.get("name") or resource.get("id") or "imported"))
    scales: dict[tuple[int, int, tuple[str, ...]], str] = {}
    definition_items: list[dict[str, Any]] = []
    item_texts: dict[str, dict[str, str]] = {}
    subscales: dict[str, dict[str, str]] = {}
    for item, (link, low, high, reverse, labels) in zip(items, keyed, strict=True):
        item_id = slug(link)
        if item_id in item_texts:
            raise DefinitionError(f"item {link}: two items would share the id {item_id!r}")
        display = tuple(labels)
        scale_id = scales.setdefault((low, high, display), f"scale{len(scales) + 1}")
        subscale = slug(subscale_of(item))
        subscales.setdefault(subscale, {"id": subscale, "method": "mean"})
        definition_items.append(
            {"id": item_id, "subscale": subscale, "scale": scale_id, "reverse": reverse}
        )
        item_texts[item_id] = {"general": str(item.get("text") or link)[:2000]}
    definition = {
        "schema": 1,
        "id": instrument_id,
        "version": version_of(resource),
        "about": ["general"],
        "scales": [{"id": s, "min": low, "max": high} for (low, high, _), s in scales.items()],
        "subscales": list(subscales.values()),
        "items": definition_items,
        "missing": {"policy": "complete"},
        "provenance": {
            "authors": [str(resource.get("publisher") or "Unknown")[:200]],
            "year": year_of(resource),
            "wording": "published",
            "note": f"Imported from FHIR Questionnaire {str(resource.get('url') or '')[:300]}",
        },
        "licence": {"id": str(resource.get("copyright") or "Unknown")[:500]},
    }
    instrument = parse_definition(definition, "the imported Questionnaire")
    title = str(resource.get("title") or resource.get("name") or instrument_id)[:2000]
    pack_data = {
        "schema": 1,
        "instrument": instrument_id,
        "language": language_of(resource),
        "title": title,
        "summary": str(resource.get("description") or title)[:2000],
        "intro": str(resource.get("description") or title)[:2000],
        "scales": {s: {"labels": list(display)} for (_, _, display), s in scales.items()},
        "items": item_texts,
        "scores": {
            s: {"name": s.replace("_", " ").capitalize(), "description": s} for s in subscales
        },
    }
    pack = parse_text_pack(pack_data, instrument, "the imported Questionnaire")
    return Entry(instrument, {pack.language: pack}, is_shipped=False)


def subscale_of(item: Mapping[str, Any]) -> str:
    for code in item.get("code", []):
        if code.get("system") == SUBSCALE_SYSTEM and code.get("code"):
            return str(code["code"])
    return "total"


def slug(text: str) -> str:
    """An id the schema accepts, made from any text.

    >>> slug("PHQ-9 Item 1")
    'phq-9_item_1'
    """
    cleaned = re.sub(r"[^a-z0-9_-]+", "_", text.lower()).strip("_-")[:47]
    return cleaned if cleaned[:1].isalpha() else f"q{cleaned}"[:48]


def version_of(resource: Mapping[str, Any]) -> str:
    version = str(resource.get("version") or "1")
    return version if re.fullmatch(r"[0-9]+(\.[0-9]+)*", version) else "1"


def year_of(resource: Mapping[str, Any]) -> int:
    match = re.match(r"(\d{4})", str(resource.get("date") or ""))
    if match and 1900 <= int(match.group(1)) <= 2200:
        return int(match.group(1))
    return date.today().year


def language_of(resource: Mapping[str, Any]) -> str:
    language = str(resource.get("language") or "en")
    return language if re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", language) else "en"
