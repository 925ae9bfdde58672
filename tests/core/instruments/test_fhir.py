"""FHIR interchange: Questionnaire export and import, QuestionnaireResponse export."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from closeknit_core.instruments import DefinitionError, fhir, score_responses, shipped_catalogue
from closeknit_core.instruments.definition import definition_data
from closeknit_core.instruments.texts import text_pack_data

SHIPPED = sorted(shipped_catalogue().entries)


def weights_of(item: dict[str, Any]) -> list[float]:
    return [
        next(
            e["valueDecimal"]
            for e in option["valueCoding"]["extension"]
            if e["url"] == fhir.ITEM_WEIGHT
        )
        for option in item["answerOption"]
    ]


def choice_items(resource: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for item in resource["item"] if item["type"] == "choice"]


def without_our_extensions(resource: dict[str, Any]) -> dict[str, Any]:
    foreign = copy.deepcopy(resource)
    foreign.pop("extension")
    return foreign


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_questionnaire_is_valid_fhir(instrument_id: str) -> None:
    resource = fhir.questionnaire(shipped_catalogue().get(instrument_id))
    Questionnaire.model_validate(resource)
    assert resource["url"] == f"urn:closeknit:questionnaire:{instrument_id}"


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_questionnaire_weights_carry_the_keying(instrument_id: str) -> None:
    entry = shipped_catalogue().get(instrument_id)
    for item in choice_items(fhir.questionnaire(entry)):
        keyed = entry.instrument.items_by_id[item["linkId"]]
        low, high = keyed.scale.min, keyed.scale.max
        expected = list(range(high, low - 1, -1)) if keyed.reverse else list(range(low, high + 1))
        assert weights_of(item) == expected


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_questionnaire_round_trip_is_lossless(instrument_id: str) -> None:
    entry = shipped_catalogue().get(instrument_id)
    back = fhir.import_questionnaire(json.loads(json.dumps(fhir.questionnaire(entry))))
    assert definition_data(back.instrument) == definition_data(entry.instrument)
    assert text_pack_data(back.text()) == text_pack_data(entry.text())
    assert back.is_shipped is False


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_foreign_questionnaire_imports_keying_from_weights(instrument_id: str) -> None:
    entry = shipped_catalogue().get(instrument_id)
    imported = fhir.import_questionnaire(without_our_extensions(fhir.questionnaire(entry)))
    for item in entry.instrument.items:
        twin = imported.instrument.items_by_id[item.id]
        assert (twin.subscale, twin.reverse) == (item.subscale, item.reverse)
        assert (twin.scale.min, twin.scale.max) == (item.scale.min, item.scale.max)


def test_foreign_import_scores_like_the_original() -> None:
    entry = shipped_catalogue().get("closeness-pattern")
    imported = fhir.import_questionnaire(without_our_extensions(fhir.questionnaire(entry)))
    answers = {item.id: 1 + index % 7 for index, item in enumerate(entry.instrument.items)}
    assert score_responses(imported.instrument, answers).values == pytest.approx(
        score_responses(entry.instrument, answers).values
    )


def test_foreign_import_accepts_ordinal_value_on_the_option() -> None:
    resource = {
        "resourceType": "Questionnaire",
        "status": "active",
        "name": "Tiny Scale",
        "item": [
            {
                "linkId": "q1",
                "text": "First",
                "type": "choice",
                "answerOption": [
                    {
                        "extension": [
                            {
                                "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                                "valueDecimal": w,
                            }
                        ],
                        "valueCoding": {"code": f"LA{w}", "display": f"Choice {w}"},
                    }
                    for w in (3, 2, 1, 0)
                ],
            }
        ],
    }
    imported = fhir.import_questionnaire(resource)
    item = imported.instrument.items_by_id["q1"]
    assert (item.scale.min, item.scale.max, item.reverse) == (0, 3, True)
    assert imported.instrument.id == "tiny_scale"
    assert imported.text().scale_labels[item.scale.id][0] == "Choice 3"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(resourceType="Patient"), "not a FHIR Questionnaire"),
        (lambda r: r.update(item=[]), "no choice items"),
        (
            lambda r: r["item"][0]["answerOption"][0]["valueCoding"].pop("extension"),
            "needs an item weight",
        ),
        (
            lambda r: r["item"][0]["answerOption"][0]["valueCoding"]["extension"][0].update(
                valueDecimal=10
            ),
            "one at a time",
        ),
        (
            lambda r: r["item"][0]["answerOption"][0]["valueCoding"]["extension"][0].update(
                valueDecimal=1.5
            ),
            "whole-number weights",
        ),
        (lambda r: r.update(status=12345, item="not a list"), "not a valid FHIR Questionnaire"),
    ],
)
def test_import_refuses_bad_questionnaires(change: Any, message: str) -> None:
    resource = without_our_extensions(
        fhir.questionnaire(shipped_catalogue().get("satisfaction-check"))
    )
    change(resource)
    with pytest.raises(DefinitionError, match=message):
        fhir.import_questionnaire(resource)


@pytest.mark.parametrize("data", [None, [], "Questionnaire", 42, {"resourceType": "Questionnaire"}])
def test_import_refuses_what_is_not_a_questionnaire(data: object) -> None:
    with pytest.raises(DefinitionError):
        fhir.import_questionnaire(data)


def test_import_refuses_weights_that_disagree_with_the_carried_definition() -> None:
    resource = fhir.questionnaire(shipped_catalogue().get("satisfaction-check"))
    first = choice_items(resource)[0]
    for option, weight in zip(first["answerOption"], range(7, 0, -1), strict=True):
        option["valueCoding"]["extension"][0]["valueDecimal"] = weight
    with pytest.raises(DefinitionError, match="disagree"):
        fhir.import_questionnaire(resource)


def test_import_refuses_a_carried_definition_that_is_not_json() -> None:
    resource = fhir.questionnaire(shipped_catalogue().get("satisfaction-check"))
    resource["extension"][0]["valueString"] = "{not json"
    with pytest.raises(DefinitionError, match="not valid JSON"):
        fhir.import_questionnaire(resource)


def test_questionnaire_response_is_valid_fhir_with_answers_and_scores() -> None:
    entry = shipped_catalogue().get("satisfaction-check")
    answers = {"sat01": 7, "sat02": 6, "sat03": 1, "sat04": 6, "sat05": 2, "sat06": 7}
    scores = score_responses(entry.instrument, answers, "friend")
    resource = fhir.questionnaire_response(
        entry, answers, scores, authored=datetime(2026, 11, 22, 9, 30, tzinfo=UTC), response_id="r1"
    )
    QuestionnaireResponse.model_validate(resource)
    assert resource["questionnaire"] == "urn:closeknit:questionnaire:satisfaction-check|1.0"
    by_link = {item["linkId"]: item for item in resource["item"]}
    assert by_link["sat03"]["answer"][0]["valueCoding"]["code"] == "1"
    assert by_link["sat03"]["answer"][0]["valueCoding"]["display"] == "Strongly disagree"
    score_items = {i["linkId"]: i["answer"][0]["valueDecimal"] for i in by_link["scores"]["item"]}
    # (7 + 6 + (8-1) + 6 + (8-2) + 7) / 6 = 39 / 6 = 6.5
    assert score_items == {"scores.satisfaction": 6.5}


def test_questionnaire_response_links_only_to_questionnaire_items() -> None:
    entry = shipped_catalogue().get("closeness-pattern")
    links = {i["linkId"] for i in fhir.questionnaire(entry)["item"]}
    links |= {f"scores.{s}" for s in entry.instrument.score_ids}
    answers = {item.id: 4 for item in entry.instrument.items}
    resource = fhir.questionnaire_response(
        entry, answers, score_responses(entry.instrument, answers), authored=datetime.now(UTC)
    )
    found = {i["linkId"] for i in resource["item"]} | {
        i["linkId"] for i in resource["item"][-1]["item"]
    }
    assert found <= links


def test_computable_name_and_slug() -> None:
    assert fhir.computable_name("distance-signs") == "DistanceSigns"
    assert fhir.slug("9 lives") == "q9_lives"
    assert fhir.slug("!!!") == "q"
