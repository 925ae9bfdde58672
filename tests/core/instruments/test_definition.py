"""Definitions: the schema, every reference check, reading files, and the data round trip."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest

from closeknit_core.instruments import definition as definition_module
from closeknit_core.instruments.definition import (
    About,
    DefinitionError,
    Method,
    definition_data,
    load_definition,
    parse_definition,
)
from tests.core.instruments.builders import (
    attachment_definition,
    band,
    build,
    definition,
    item,
    reliability,
)


def error_of(data: dict[str, Any]) -> str:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(data, "mine.toml")
    message = str(caught.value)
    assert message.startswith("mine.toml: ")
    return message


def test_module_doctests_pass() -> None:
    assert doctest.testmod(definition_module).failed == 0


def test_parse_definition_freezes_the_structure() -> None:
    instrument = build(definition())
    assert instrument.id == "tiny"
    assert instrument.about == (About.RELATIONSHIP, About.GENERAL)
    assert instrument.score_ids == ("warmth", "strain", "overall", "overall_sum")
    assert [s.method for s in instrument.subscales] == [Method.MEAN, Method.SUM]
    assert instrument.items_by_id["w2"].reverse is True
    assert instrument.items_by_id["w2"].scale.max == 5
    assert instrument.minutes is None
    with pytest.raises(TypeError):
        instrument.scales["other"] = instrument.scales["agree5"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("about", "kind", "accepts"),
    [
        (About.RELATIONSHIP, "partner", True),
        (About.RELATIONSHIP, "friend", True),
        (About.RELATIONSHIP, "colleague", False),
        (About.RELATIONSHIP, None, False),
        (About.GENERAL, None, True),
    ],
)
def test_instrument_accepts(about: About, kind: str | None, accepts: bool) -> None:
    instrument = build(definition(relationship_kinds=["partner", "friend"]))
    assert instrument.accepts(about, kind) is accepts


def test_instrument_about_relationship_only_refuses_general() -> None:
    assert not build(definition(about=["relationship"])).accepts(About.GENERAL)


@pytest.mark.parametrize(
    "data",
    [definition(), attachment_definition()],
    ids=["tiny", "attachment"],
)
def test_definition_data_round_trips(data: dict[str, Any]) -> None:
    data["interpretation"] = data.get("interpretation", {}) | {
        "bands": [band("level", data["subscales"][0]["id"])],
        "reliability": [reliability(data["subscales"][0]["id"])],
    }
    again = definition_data(build(data))
    assert definition_data(build(again)) == again
    # plain data: JSON writes and reads it back unchanged
    assert json.loads(json.dumps(again)) == again


# The schema


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(colour="blue"), "(top)"),
        (lambda d: d["items"][0].update(weight=2), "items/0"),
        (lambda d: d["scales"][0].update(step=1), "scales/0"),
        (lambda d: d["provenance"].update(editor="x"), "provenance"),
        (
            lambda d: d.update(interpretation={"bands": [band(colour="red")]}),
            "interpretation/bands/0",
        ),
        (lambda d: d.update(interpretation={"extra": []}), "interpretation"),
    ],
    ids=["top", "item", "scale", "provenance", "band", "interpretation"],
)
def test_schema_refuses_unknown_keys(change: Any, where: str) -> None:
    data = definition()
    change(data)
    message = error_of(data)
    assert where in message
    assert "not allowed" in message or "were unexpected" in message


@pytest.mark.parametrize("bad_id", ["Tiny", "1tiny", "tiny check", "tiny.check", "", "t" * 49, "é"])
def test_schema_refuses_bad_instrument_ids(bad_id: str) -> None:
    assert "id:" in error_of(definition(id=bad_id))


@pytest.mark.parametrize("bad_id", ["W1", "w 1", "-w1"])
def test_schema_refuses_bad_item_ids(bad_id: str) -> None:
    data = definition()
    data["items"][0]["id"] = bad_id
    assert "items/0/id" in error_of(data)


def test_schema_accepts_longest_id() -> None:
    assert build(definition(id="t" * 48)).id == "t" * 48


@pytest.mark.parametrize(
    "where",
    ["bands", "norms", "reliability", "classifications"],
)
def test_schema_refuses_published_source_without_citation(where: str) -> None:
    entries = {
        "bands": band(source="published"),
        "norms": {"score": "warmth", "mean": 3, "sd": 1, "sample": "s", "source": "published"},
        "reliability": reliability("warmth", source="published"),
        "classifications": {
            "id": "nearest",
            "type": "prototype",
            "prototypes": {"close": "warmth", "tense": "strain"},
            "source": "published",
        },
    }
    data = definition(interpretation={where: [entries[where]]})
    assert "citation" in error_of(data)
    entries[where]["citation"] = ""
    assert f"interpretation/{where}/0" in error_of(data)
    entries[where]["citation"] = "Someone (2001). A paper. A journal, 1, 1-2."
    assert build(data).id == "tiny"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("schema", 2),
        ("version", "v1"),
        ("about", []),
        ("about", ["work"]),
        ("relationship_kinds", ["colleague"]),
        ("minutes", 0),
        ("items", []),
        ("scales", [{"id": "agree5", "min": 1, "max": 500}]),
        ("subscales", [{"id": "warmth", "method": "median"}]),
        ("missing", {"policy": "complete", "min_share": 0.5}),
        ("missing", {"policy": "min_share"}),
        ("missing", {"policy": "min_share", "min_share": 0}),
        ("missing", {"policy": "min_share", "min_share": 1.5}),
        ("missing", {"policy": "most"}),
        ("provenance", {"authors": [], "year": 2026, "wording": "ours"}),
        ("licence", {}),
    ],
)
def test_schema_refuses_bad_values(field: str, value: Any) -> None:
    assert field in error_of(definition(**{field: value}))


@pytest.mark.parametrize("field", ["schema", "id", "items", "missing", "provenance", "licence"])
def test_schema_refuses_missing_required_keys(field: str) -> None:
    data = definition()
    del data[field]
    assert f"'{field}' is a required property" in error_of(data)


def test_schema_refuses_quadrant_without_its_cuts() -> None:
    data = attachment_definition()
    del data["interpretation"]["classifications"][0]["x_cut"]
    assert "'x_cut' is a required property" in error_of(data)


def test_schema_refuses_reliability_of_one() -> None:
    data = definition(interpretation={"reliability": [reliability("warmth", r=1.0)]})
    assert "interpretation/reliability/0/r" in error_of(data)


def test_schema_lists_several_problems() -> None:
    message = error_of(definition(id="Bad", version="x", colour="blue"))
    assert "id:" in message
    assert "version:" in message
    assert "colour" in message


# check_references: what the schema cannot say


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["scales"].append({"id": "agree5", "min": 0, "max": 4}),
            "scale id 'agree5' is used twice",
        ),
        (lambda d: d["items"].append(item("w1", "warmth")), "item id 'w1' is used twice"),
        (
            lambda d: d["subscales"].append({"id": "warmth", "method": "sum"}),
            "score id 'warmth' is used twice",
        ),
        (
            lambda d: d["totals"].append(
                {"id": "strain", "subscales": ["warmth"], "method": "sum"}
            ),
            "score id 'strain' is used twice",
        ),
        (
            lambda d: d.update(interpretation={"bands": [band(), band()]}),
            "band id 'level' is used twice",
        ),
        (
            lambda d: d.update(interpretation={"classifications": [prototype(), prototype()]}),
            "classification id 'nearest' is used twice",
        ),
    ],
    ids=["scale", "item", "subscale", "total", "band", "classification"],
)
def test_check_references_refuses_duplicate_ids(change: Any, problem: str) -> None:
    data = definition()
    change(data)
    assert problem in error_of(data)


def prototype() -> dict[str, Any]:
    return {
        "id": "nearest",
        "type": "prototype",
        "prototypes": {"close": "warmth", "tense": "strain"},
        "source": "ours",
    }


@pytest.mark.parametrize(
    "section",
    [
        "norms",
        "reliability",
    ],
)
def test_check_references_refuses_two_figures_for_one_score(section: str) -> None:
    # Both are keyed by score: a second entry would silently replace the first.
    entries = {
        "norms": [
            {"score": "warmth", "mean": m, "sd": 1, "sample": "s", "source": "ours"} for m in (3, 4)
        ],
        "reliability": [reliability("warmth", sd=sd) for sd in (1.0, 9.0)],
    }
    assert "warmth" in error_of(definition(interpretation={section: entries[section]}))


@pytest.mark.parametrize(("low", "high"), [(3, 3), (5, 1)])
def test_check_references_refuses_scale_min_not_below_max(low: int, high: int) -> None:
    data = definition(scales=[{"id": "agree5", "min": low, "max": high}])
    assert "scale agree5: min must be below max" in error_of(data)


def test_check_references_refuses_item_in_unknown_subscale() -> None:
    data = definition()
    data["items"].append(item("w9", "warmthh"))
    assert "item w9: unknown subscale 'warmthh'" in error_of(data)


def test_parse_definition_refuses_item_on_unknown_scale() -> None:
    data = definition()
    data["items"][0]["scale"] = "agree7"
    assert "item w1: unknown scale 'agree7'" in error_of(data)


def test_check_references_refuses_subscale_without_items() -> None:
    data = definition()
    data["subscales"].append({"id": "empty", "method": "mean"})
    assert "subscale empty has no items" in error_of(data)


def test_check_references_refuses_total_of_unknown_subscale() -> None:
    data = definition()
    data["totals"][0]["subscales"] = ["warmth", "strian"]
    assert "total overall: unknown subscale 'strian'" in error_of(data)


@pytest.mark.parametrize(
    ("section", "entry", "problem"),
    [
        ("bands", band(score="calm"), "band level: unknown score 'calm'"),
        (
            "classifications",
            {**prototype(), "prototypes": {"close": "warmth", "calm": "calm"}},
            "classification nearest: unknown score 'calm'",
        ),
        (
            "classifications",
            {
                "id": "kind",
                "type": "linear",
                "functions": [
                    {"category": "a", "constant": 0, "weights": {"warmth": 1}},
                    {"category": "b", "constant": 0, "weights": {"calm": 1}},
                ],
                "source": "ours",
            },
            "classification kind: unknown score 'calm'",
        ),
        (
            "classifications",
            {
                "id": "pattern",
                "type": "quadrant",
                "x": "warmth",
                "y": "calm",
                "x_cut": 3,
                "y_cut": 3,
                "quadrants": {"low_low": "a", "low_high": "b", "high_low": "c", "high_high": "d"},
                "source": "ours",
            },
            "classification pattern: unknown score 'calm'",
        ),
        (
            "norms",
            {"score": "calm", "mean": 3, "sd": 1, "sample": "s", "source": "ours"},
            "norms: unknown score 'calm'",
        ),
        ("reliability", reliability("calm"), "reliability: unknown score 'calm'"),
    ],
    ids=["band", "prototype", "linear", "quadrant", "norms", "reliability"],
)
def test_check_references_refuses_unknown_scores(
    section: str, entry: dict[str, Any], problem: str
) -> None:
    assert problem in error_of(definition(interpretation={section: [entry]}))


def test_check_references_refuses_ranking_of_unknown_score() -> None:
    ranking = {"scores": ["warmth", "calm"], "top": 1, "bottom": 1}
    assert "ranking: unknown score 'calm'" in error_of(
        definition(interpretation={"ranking": ranking})
    )


def test_interpretation_may_read_totals() -> None:
    instrument = build(definition(interpretation={"bands": [band(score="overall_sum")]}))
    assert instrument.bands[0].score == "overall_sum"


@pytest.mark.parametrize(
    "cuts",
    [[3.5, 2.5, 4.5], [2.5, 2.5, 3.5], [3.5, 2.5, 1.5]],
    ids=["unordered", "repeat", "descending"],
)
def test_check_references_refuses_cuts_not_ascending(cuts: list[float]) -> None:
    data = definition(interpretation={"bands": [band(cuts=cuts, labels=["a", "b", "c", "d"])]})
    assert "band level: cuts must ascend without repeats" in error_of(data)


@pytest.mark.parametrize("labels", [["a", "b"], ["a", "b", "c", "d"]], ids=["too-few", "too-many"])
def test_check_references_refuses_wrong_label_count(labels: list[str]) -> None:
    data = definition(interpretation={"bands": [band(labels=labels)]})
    assert "band level: needs one label more than cuts" in error_of(data)


def test_check_references_needs_relationship_kinds_when_about_relationship() -> None:
    data = definition()
    del data["relationship_kinds"]
    assert "relationship_kinds is needed" in error_of(data)


def test_general_only_instrument_needs_no_relationship_kinds() -> None:
    data = definition(about=["general"])
    del data["relationship_kinds"]
    assert build(data).relationship_kinds == ()


def test_check_references_lists_every_problem() -> None:
    data = definition(interpretation={"bands": [band(cuts=[3, 2], labels=["a", "b"])]})
    data["items"].append(item("w1", "nowhere"))
    message = error_of(data)
    assert "item id 'w1' is used twice" in message
    assert "item w1: unknown subscale 'nowhere'" in message
    assert "cuts must ascend" in message
    assert "needs one label more than cuts" in message


# Reading files


def test_load_definition_reads_toml(tmp_path: Path) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(
        """
schema = 1
id = "mini"
version = "2.1"
about = ["general"]
scales = [{ id = "yes_no", min = 0, max = 1 }]
subscales = [{ id = "only", method = "sum" }]
items = [{ id = "q1", subscale = "only", scale = "yes_no", reverse = false }]
missing = { policy = "complete" }
provenance = { authors = ["Us"], year = 2026, wording = "ours" }
licence = { id = "CC0-1.0" }
""",
        "utf-8",
    )
    instrument = load_definition(path)
    assert (instrument.id, instrument.version, instrument.licence) == ("mini", "2.1", "CC0-1.0")


def test_load_definition_reads_json(tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(definition()), "utf-8")
    assert load_definition(path).score_ids == build(definition()).score_ids


def load_error(path: Path) -> str:
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    return str(caught.value)


def test_load_definition_refuses_missing_file(tmp_path: Path) -> None:
    message = load_error(tmp_path / "gone.toml")
    assert message.startswith("gone.toml: cannot be read")


def test_load_definition_refuses_a_directory(tmp_path: Path) -> None:
    (tmp_path / "folder.toml").mkdir()
    assert "folder.toml: cannot be read" in load_error(tmp_path / "folder.toml")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("broken.toml", b"id = ", "broken.toml: not valid TOML"),
        ("broken.toml", b'id = "a"\nid = "b"\n', "broken.toml: not valid TOML"),
        ("latin.toml", 'id = "caf\xe9"'.encode("latin-1"), "latin.toml: not valid TOML"),
        ("broken.json", b'{"id": ', "broken.json: not valid JSON"),
        ("trailing.json", b'{"id": "a",}', "trailing.json: not valid JSON"),
        ("list.json", b"[1, 2]", "list.json: the top level must be a table"),
        ("text.json", b'"tiny"', "text.json: the top level must be a table"),
        ("null.json", b"null", "null.json: the top level must be a table"),
        ("empty.toml", b"", "empty.toml: (top): 'schema' is a required property"),
    ],
)
def test_load_definition_refuses_unreadable_content(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    (tmp_path / name).write_bytes(content)
    assert problem in load_error(tmp_path / name)


def test_load_definition_names_the_file_in_reference_errors(tmp_path: Path) -> None:
    data = definition()
    data["items"][0]["subscale"] = "nowhere"
    (tmp_path / "tiny.json").write_text(json.dumps(data), "utf-8")
    assert load_error(tmp_path / "tiny.json").startswith("tiny.json: ")


@pytest.mark.parametrize(
    ("score", "bounds"),
    [
        ("warmth", (1.0, 5.0)),  # a mean of three 1-5 items
        ("strain", (3.0, 15.0)),  # a sum of three 1-5 items
        ("overall", (1.0, 5.0)),  # a mean total
        ("overall_sum", (6.0, 30.0)),  # a sum total of six items
    ],
)
def test_score_bounds_follow_the_scoring_method(score: str, bounds: tuple[float, float]) -> None:
    assert build(definition()).score_bounds(score) == bounds


def test_score_bounds_count_only_items_asked_for_the_kind() -> None:
    data = definition()
    data["items"][4]["kinds"] = ["partner"]  # s2, in the summed strain score
    instrument = build(data)
    assert instrument.score_bounds("strain", "friend") == (2.0, 10.0)
    assert instrument.score_bounds("strain", "partner") == (3.0, 15.0)
    assert instrument.score_bounds("strain") == (3.0, 15.0)  # whatever the kind: every item


def test_score_bounds_of_a_score_not_asked_for_the_kind_are_its_items_own() -> None:
    data = definition()
    for entry in data["items"][3:]:  # every strain item, partners only
        entry["kinds"] = ["partner"]
    assert build(data).score_bounds("strain", "friend") == (3.0, 15.0)
