"""Text packs: checked against their definition, and the wording they give."""

from __future__ import annotations

import doctest
from collections.abc import Callable
from typing import Any

import pytest

from closeknit_core.instruments import texts
from closeknit_core.instruments.definition import DefinitionError
from closeknit_core.instruments.texts import ItemText, text_pack_data
from tests.core.instruments.builders import (
    attachment_definition,
    band,
    build_pack,
    definition,
    item,
    text_pack,
)

Data = dict[str, Any]


def error_of(pack: Data, data: Data | None = None) -> str:
    with pytest.raises(DefinitionError) as caught:
        build_pack(pack, data if data is not None else definition())
    message = str(caught.value)
    assert message.startswith("test pack: ")
    return message


def test_module_doctests_pass() -> None:
    assert doctest.testmod(texts).failed == 0


def test_text_pack_parses() -> None:
    data = definition(interpretation={"bands": [band()]})
    pack = build_pack(text_pack(data), data)
    assert pack.instrument == "tiny"
    assert pack.language == "en"
    assert pack.items["w1"].wording("Sam") == "Statement w1 about Sam."
    assert pack.items["w1"].wording(None) == "Statement w1 in general."
    assert pack.label("agree5", 1, 3) == "Label 3"
    assert set(pack.categories) == {"lower", "middle", "higher"}
    assert pack.note == ""


def test_text_pack_keeps_practices_as_tuples() -> None:
    data = definition()
    pack_data = text_pack(data)
    pack_data["scores"]["warmth"]["practices"] = ["A weekly check-in"]
    pack = build_pack(pack_data, data)
    assert pack.scores["warmth"].practices == ("A weekly check-in",)
    assert pack.scores["strain"].practices == ()


def test_text_pack_data_round_trips() -> None:
    data = definition(interpretation={"bands": [band()]})
    pack = text_pack(data)
    pack["note"] = "For reflection, not diagnosis."
    pack["scores"]["warmth"] |= {"low": "Low.", "high": "High.", "practices": ["A walk"]}
    pack["categories"]["middle"]["practices"] = ["A weekly check-in"]
    assert text_pack_data(build_pack(pack, data)) == pack


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Sam", "I trust Sam, and Sam trusts me."),
        ("{name}", "I trust {name}, and {name} trusts me."),
    ],
)
def test_item_wording_fills_name_only(name: str, shown: str) -> None:
    text = ItemText("I trust {name}, and {name} trusts me.", "I trust people.")
    assert text.wording(name) == shown
    assert text.wording(None) == "I trust people."


def test_item_wording_leaves_backslashes_in_a_name_alone() -> None:
    assert ItemText("I trust {name}.").wording(r"A\1 \g<0>") == r"I trust A\1 \g<0>."


def test_intro_for_names_the_person_or_speaks_in_general() -> None:
    pack = build_pack(text_pack(definition()), definition())
    assert pack.intro_for("Sam") == "Think about Sam."
    assert pack.intro_for(None) == "Think about the people you're close to."


# Problems


def test_refuses_missing_item_text() -> None:
    pack = text_pack(definition())
    del pack["items"]["w2"]
    assert "items: no text for 'w2'" in error_of(pack)


def test_refuses_text_for_unknown_item() -> None:
    pack = text_pack(definition())
    pack["items"]["w9"] = {"about": "About {name}."}
    assert "items: unknown item 'w9'" in error_of(pack)


def test_refuses_missing_about_form() -> None:
    pack = text_pack(definition())
    del pack["items"]["w1"]["about"]
    assert "items.w1: needs an 'about' form" in error_of(pack)


def test_refuses_missing_general_form_when_about_includes_general() -> None:
    pack = text_pack(definition())
    del pack["items"]["s1"]["general"]
    assert "items.s1: needs a 'general' form" in error_of(pack)


def test_general_form_not_needed_when_only_about_relationships() -> None:
    data = definition(about=["relationship"])
    pack = text_pack(data)
    assert all("general" not in forms for forms in pack["items"].values())
    assert build_pack(pack, data).items["w1"].general == ""


def test_about_form_not_needed_when_only_general() -> None:
    data = definition(about=["general"])
    pack = text_pack(data)
    assert all("about" not in forms for forms in pack["items"].values())
    assert build_pack(pack, data).items["w1"].about == ""


def test_general_form_not_needed_for_item_limited_to_some_kinds() -> None:
    data = definition()
    data["items"].append(item("w4", "warmth", kinds=["partner"]))
    pack = text_pack(data)
    assert pack["items"]["w4"] == {"about": "Statement w4 about {name}."}
    assert build_pack(pack, data).items["w4"].general == ""


def test_refuses_item_with_no_form_at_all() -> None:
    pack = text_pack(definition())
    pack["items"]["w1"] = {}
    assert "items/w1" in error_of(pack)


def test_refuses_name_in_general_form() -> None:
    pack = text_pack(definition())
    pack["items"]["w3"]["general"] = "I trust {name}."
    assert "items.w3: the general form cannot name anyone" in error_of(pack)


# Every text a person may read, and how to reach it in a pack.
TEXT_FIELDS: dict[str, Callable[[Data, str], None]] = {
    "title": lambda p, t: p.update(title=t),
    "summary": lambda p, t: p.update(summary=t),
    "intro": lambda p, t: p.update(intro=t),
    "note": lambda p, t: p.update(note=t),
    "items.about": lambda p, t: p["items"]["w1"].update(about=t),
    "items.general": lambda p, t: p["items"]["w1"].update(general=t),
    "scales.labels": lambda p, t: p["scales"]["agree5"]["labels"].__setitem__(0, t),
    "scores.name": lambda p, t: p["scores"]["warmth"].update(name=t),
    "scores.description": lambda p, t: p["scores"]["warmth"].update(description=t),
    "scores.low": lambda p, t: p["scores"]["warmth"].update(low=t),
    "scores.high": lambda p, t: p["scores"]["warmth"].update(high=t),
    "scores.practices": lambda p, t: p["scores"]["warmth"].update(practices=[t]),
    "categories.name": lambda p, t: p["categories"]["middle"].update(name=t),
    "categories.description": lambda p, t: p["categories"]["middle"].update(description=t),
    "categories.practices": lambda p, t: p["categories"]["middle"].update(practices=[t]),
}


@pytest.mark.parametrize("field", list(TEXT_FIELDS))
def test_refuses_unknown_placeholder_in_every_text(field: str) -> None:
    data = definition(interpretation={"bands": [band()]})
    pack = text_pack(data)
    TEXT_FIELDS[field](pack, "Time with {other}.")
    assert "unknown placeholder {other}" in error_of(pack, data)


@pytest.mark.parametrize(
    "text",
    [
        "Time with {0}.",
        "Time with {}.",
        "Time with {name.upper}.",
        "Time with {name[0]}.",
        # only the exact {name} is ever filled in: anything else would be shown as typed
        "Time with {name!r}.",
        "Time with {name:>9}.",
        "Open { brace",
        "Close } brace",
    ],
)
def test_refuses_placeholders_other_than_name(text: str) -> None:
    pack = text_pack(definition())
    pack["items"]["w1"]["about"] = text
    assert "placeholder" in error_of(pack)


def test_unknown_placeholder_message_names_the_place() -> None:
    pack = text_pack(definition())
    pack["items"]["w2"]["about"] = "Time with {other}."
    assert "items.w2: unknown placeholder {other}" in error_of(pack)


def test_doubled_braces_are_not_placeholders() -> None:
    pack = text_pack(definition())
    pack["summary"] = "Braces {{like these}} are plain text."
    assert build_pack(pack, definition()).summary == "Braces {{like these}} are plain text."


@pytest.mark.parametrize("labels", [["a"] * 4, ["a"] * 6], ids=["too-few", "too-many"])
def test_refuses_wrong_label_count(labels: list[str]) -> None:
    pack = text_pack(definition())
    pack["scales"]["agree5"]["labels"] = labels
    assert "scale agree5 needs exactly 5 labels" in error_of(pack)


def test_refuses_missing_scale_labels() -> None:
    pack = text_pack(definition())
    del pack["scales"]["agree5"]
    assert "scale agree5 needs exactly 5 labels" in error_of(pack)


def test_refuses_labels_for_unknown_scale() -> None:
    pack = text_pack(definition())
    pack["scales"]["agree7"] = {"labels": ["a", "b"]}
    assert "scales: unknown scale 'agree7'" in error_of(pack)


@pytest.mark.parametrize("score", ["warmth", "overall_sum"])
def test_refuses_missing_score_text(score: str) -> None:
    pack = text_pack(definition())
    del pack["scores"][score]
    assert f"scores: no text for {score!r}" in error_of(pack)


def test_refuses_text_for_unknown_score() -> None:
    pack = text_pack(definition())
    pack["scores"]["calm"] = {"name": "Calm", "description": "Calm."}
    assert "scores: unknown score 'calm'" in error_of(pack)


@pytest.mark.parametrize(
    ("data", "category"),
    [
        (definition(interpretation={"bands": [band()]}), "middle"),
        (attachment_definition(), "fearful"),
        (
            definition(
                interpretation={
                    "classifications": [
                        {
                            "id": "kind",
                            "type": "linear",
                            "functions": [
                                {"category": "open", "constant": 0, "weights": {"warmth": 1}},
                                {"category": "guarded", "constant": 0, "weights": {"strain": 1}},
                            ],
                            "source": "ours",
                        }
                    ]
                }
            ),
            "guarded",
        ),
        (
            definition(
                interpretation={
                    "classifications": [
                        {
                            "id": "nearest",
                            "type": "prototype",
                            "prototypes": {"close": "warmth", "tense": "strain"},
                            "source": "ours",
                        }
                    ]
                }
            ),
            "tense",
        ),
    ],
    ids=["band", "quadrant", "linear", "prototype"],
)
def test_refuses_missing_category_text(data: Data, category: str) -> None:
    pack = text_pack(data)
    build_pack(pack, data)
    del pack["categories"][category]
    assert f"categories: no text for {category!r}" in error_of(pack, data)


def test_refuses_text_for_unknown_category() -> None:
    pack = text_pack(definition())
    pack["categories"] = {"calm": {"name": "Calm", "description": "Calm."}}
    assert "categories: unknown category 'calm'" in error_of(pack)


def test_refuses_pack_for_another_instrument() -> None:
    pack = text_pack(definition(id="other"))
    assert "is for 'other', not 'tiny'" in error_of(pack)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("language", "English"),
        ("language", "EN"),
        ("title", ""),
        ("schema", 2),
        ("instrument", "Tiny"),
    ],
)
def test_schema_refuses_bad_pack_values(field: str, value: Any) -> None:
    pack = text_pack(definition())
    pack[field] = value
    assert f"{field}:" in error_of(pack)


@pytest.mark.parametrize("field", ["title", "summary", "intro", "scales", "items", "scores"])
def test_schema_refuses_pack_without_required_key(field: str) -> None:
    pack = text_pack(definition())
    del pack[field]
    assert f"'{field}' is a required property" in error_of(pack)


def test_schema_refuses_unknown_keys_in_pack() -> None:
    pack = text_pack(definition())
    pack["items"]["w1"]["casual"] = "Hey {name}."
    assert "items/w1" in error_of(pack)


def test_pack_lists_several_problems() -> None:
    pack = text_pack(definition())
    del pack["items"]["w1"]
    del pack["scores"]["strain"]
    pack["scales"]["agree5"]["labels"] = ["a", "b"]
    message = error_of(pack)
    assert "items: no text for 'w1'" in message
    assert "scores: no text for 'strain'" in message
    assert "scale agree5 needs exactly 5 labels" in message
