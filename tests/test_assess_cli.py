"""`closeknit assess`: every action's success path, and every kind of bad input.

Most tests run the command in-process (cheaper); a few run it as a person would, from a shell.
"""

from __future__ import annotations

import doctest
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from closeknit import assess_cli, assess_input, cli
from closeknit_core.instruments import shipped_catalogue
from closeknit_core.instruments.definition import definition_data

SHIPPED = ["closeness-pattern", "distance-signs", "intimacy-profile", "satisfaction-check"]
CONTENT = {"sat01": 7, "sat02": 6, "sat03": 1, "sat04": 6, "sat05": 2, "sat06": 7}
# Mean 5.5: on the cut between "middle" and "higher", well within one SEM (0.6) of it.
ON_THE_LINE = {"sat01": 6, "sat02": 6, "sat03": 2, "sat04": 5, "sat05": 3, "sat06": 5}
ANXIOUS = ["6", "2"] * 6  # closeness pattern: high worry about closeness, little need for space


@pytest.fixture(autouse=True)
def no_own_instruments(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in assess_cli.INSTRUMENTS_DIRS_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


def assess(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = cli.main(["assess", *arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def type_in(monkeypatch: pytest.MonkeyPatch, *replies: str | type[BaseException]) -> None:
    """Answer `take`'s prompts with ``replies``; an exception class is raised in its turn."""
    queue: Iterator[str | type[BaseException]] = iter(replies)

    def fake_input(prompt: str = "") -> str:
        reply = next(queue, EOFError)
        if isinstance(reply, str):
            return reply
        raise reply

    monkeypatch.setattr("builtins.input", fake_input)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def answers_file(tmp_path: Path, answers: object) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    return str(path)


def own_instruments(folder: Path) -> Path:
    """A folder with one instrument of a clinician's own: 'own-check', about a partner only."""
    (folder / "definitions").mkdir(parents=True)
    (folder / "texts" / "en").mkdir(parents=True)
    definition = {
        "schema": 1,
        "id": "own-check",
        "version": "2.1",
        "about": ["relationship"],
        "relationship_kinds": ["partner"],
        "scales": [{"id": "agree5", "min": 1, "max": 5}],
        "subscales": [{"id": "warmth", "method": "mean"}],
        "items": [
            {"id": "w1", "subscale": "warmth", "scale": "agree5", "reverse": False},
            {"id": "w2", "subscale": "warmth", "scale": "agree5", "reverse": True},
        ],
        "missing": {"policy": "complete"},
        "interpretation": {
            "bands": [
                {
                    "id": "level",
                    "score": "warmth",
                    "cuts": [3.0],
                    "labels": ["cool", "warm"],
                    "source": "published",
                    "citation": "Example, A. (2020). A made-up paper.",
                }
            ],
            "norms": [
                {"score": "warmth", "mean": 3.0, "sd": 1.0, "sample": "a test sample"}
                | {"source": "ours"}
            ],
        },
        "provenance": {"authors": ["A clinician"], "year": 2026, "wording": "ours"},
        "licence": {"id": "proprietary", "note": "Used with permission."},
    }
    texts = {
        "schema": 1,
        "instrument": "own-check",
        "language": "en",
        "title": "Own check",
        "summary": "Two statements for testing.",
        "intro": "Think about {name}.",
        "scales": {"agree5": {"labels": ["No", "Hardly", "Partly", "Mostly", "Yes"]}},
        "items": {"w1": {"about": "I feel warm toward {name}."}, "w2": {"about": "{name} is far."}},
        "scores": {"warmth": {"name": "Warmth", "description": "How warm it feels."}},
        "categories": {
            "cool": {"name": "Cooler", "description": "Cooler for now."},
            "warm": {"name": "Warmer", "description": "Warm for now."},
        },
    }
    (folder / "definitions" / "own-check.json").write_text(json.dumps(definition))
    (folder / "texts" / "en" / "own-check.json").write_text(json.dumps(texts))
    return folder


def test_assess_cli_doctests_pass() -> None:
    assert doctest.testmod(assess_cli).failed == 0


# --- assess, list, show ----------------------------------------------------------------


def test_top_level_help_lists_assess(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])

    assert "    assess    take or score a questionnaire" in capsys.readouterr().out


def test_assess_without_action_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys)

    assert code == 0
    assert out.startswith("usage: closeknit assess")
    assert "export-fhir" in out


def test_assess_unknown_action_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["assess", "fill"])

    assert exit_.value.code == 2
    assert "invalid choice: 'fill'" in capsys.readouterr().err


def test_list_names_every_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys, "list")

    assert code == 0
    for instrument_id in SHIPPED:
        assert f"{instrument_id}: " in out
    flat = " ".join(out.split())
    assert "Closeness pattern" in flat
    assert "About one relationship (partner, friend or family), or in general." in flat
    assert "Up to 30 statements, about 6 minutes." in flat


def test_list_json_describes_every_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys, "list", "--json")

    listed = {row["id"]: row for row in json.loads(out)}
    assert code == 0
    assert sorted(listed) == SHIPPED
    assert listed["closeness-pattern"] | {"summary": ""} == {
        "id": "closeness-pattern",
        "version": "1.0",
        "title": "Closeness pattern",
        "summary": "",
        "about": ["relationship", "general"],
        "kinds": ["partner", "friend", "family"],
        "items": 12,
        "minutes": 3,
        "is_shipped": True,
    }


def test_show_json_is_the_definition_with_its_keying(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys, "show", "closeness-pattern", "--json")

    data = json.loads(out)
    instrument = shipped_catalogue().get("closeness-pattern").instrument
    assert code == 0
    assert data == json.loads(json.dumps(definition_data(instrument)))
    reversed_items = {item["id"] for item in data["items"] if item["reverse"]}
    assert reversed_items == {"cp04", "cp05", "cp10", "cp11"}


def test_show_lists_subscales_scoring_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys, "show", "closeness-pattern")

    flat = " ".join(out.split())
    assert code == 0
    assert "anxiety (Worry about closeness): mean of 6 items: cp01, cp03, cp05 (reversed)" in flat
    assert "Missing answers: every statement asked needs an answer." in flat
    assert "Classification pattern: avoidance split at 4, anxiety split at 4" in flat
    assert "avoidance low and anxiety high: anxious" in flat
    assert "Reliability of anxiety: SD 1.1, r 0.7 (retest), so SEM 0.6. Source: ours." in flat
    assert "Follows Bartholomew, K., & Horowitz, L. M. (1991)" in flat


def test_show_marks_items_asked_only_of_a_partner(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = assess(capsys, "show", "intimacy-profile")

    flat = " ".join(out.split())
    assert "ip30 (reversed, partner only, may be skipped)" in flat
    assert "Missing answers: at least 66% of each subscale's statements" in flat
    assert "Ranking of vulnerability, trust, empathy" in flat


def test_show_gives_a_published_cut_its_citation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = own_instruments(tmp_path / "mine")

    code, out, _ = assess(capsys, "--instruments-dir", str(folder), "show", "own-check")

    flat = " ".join(out.split())
    assert code == 0
    assert "Band level on warmth: cool below 3, warm from 3." in flat
    assert "Source: published, Example, A. (2020). A made-up paper." in flat
    assert "Licence: proprietary. Used with permission." in flat


# --- take ------------------------------------------------------------------------------


def test_take_general_version_shows_the_result_in_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, *ANXIOUS)

    code, out, _ = assess(capsys, "take", "closeness-pattern")

    flat = " ".join(out.split())
    assert code == 0
    assert "Everyone has their own way of handling closeness." in flat
    assert "1/12 When someone I'm close to takes a long time to reply" in flat
    assert "7 Strongly agree" in flat
    assert "Worry about closeness: 4.67, on a scale from 1 to 7" in flat
    assert "Leaning toward worry about closeness" in flat
    assert "It is not a diagnosis" in flat
    assert "dividing line" not in flat


def test_take_about_someone_names_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, *[str(CONTENT[f"sat0{n}"]) for n in range(1, 7)])

    code, out, _ = assess(
        capsys, "take", "satisfaction-check", "--about", "Sam", "--kind", "friend"
    )

    assert code == 0
    assert "Think about the last few weeks with Sam." in out
    assert "Time with Sam usually leaves me feeling good." in out
    assert "Satisfaction: 6.5, on a scale from 1 to 7" in out
    assert "Satisfaction: Content" in out


def test_take_says_when_a_result_is_near_a_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, *[str(value) for value in ON_THE_LINE.values()])

    _, out, _ = assess(capsys, "take", "satisfaction-check", "--about", "Sam", "--kind", "family")

    assert "sits close to a dividing line" in out


def test_take_lets_a_skippable_item_be_skipped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Physical items (ip10, ip20, ip30) are the 10th, 20th and 30th: Enter skips them.
    replies = ["" if number % 10 == 0 else "4" for number in range(1, 31)]
    type_in(monkeypatch, *replies)

    code, out, _ = assess(
        capsys, "take", "intimacy-profile", "--about", "Alex", "--kind", "partner"
    )

    flat = " ".join(out.split())
    assert code == 0
    assert "Enter to skip" in flat
    assert "Physical closeness: no score, since its statements were all skipped." in flat
    assert "Compared with each other, from highest to lowest:" in flat
    assert "it can still be a good score" in flat


def test_take_asks_a_friend_fewer_items(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, *["4"] * 27)

    code, out, _ = assess(capsys, "take", "intimacy-profile", "--about", "Alex", "--kind", "friend")

    assert code == 0
    assert "1/27" in out
    assert "Physical closeness" not in out


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("", "This one needs an answer. Please type a number from 1 to 7, or q to stop."),
        ("abc", "'abc' is not one of the numbers. Please type a number from 1 to 7"),
        ("4.5", "'4.5' is not one of the numbers."),
        ("8", "8 is outside 1 to 7. Please type a number from 1 to 7, or q to stop."),
        ("0", "0 is outside 1 to 7."),
    ],
)
def test_take_asks_again_after_a_reply_it_cannot_use(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], reply: str, message: str
) -> None:
    type_in(monkeypatch, reply, *[str(value) for value in CONTENT.values()])

    code, out, _ = assess(
        capsys, "take", "satisfaction-check", "--about", "Sam", "--kind", "friend"
    )

    assert code == 0
    assert message in out
    assert out.count("Your answer (1-7): ") == 7
    assert "Satisfaction: Content" in out


def test_take_json_keeps_questions_off_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, *ANXIOUS)

    code, out, err = assess(capsys, "take", "closeness-pattern", "--json")

    result = json.loads(out)
    assert code == 0
    assert "1/12" in err
    assert result["interpretation"]["classifications"][0]["category"] == "anxious"


@pytest.mark.parametrize("word", ["q", "Q", "quit"])
def test_take_stops_on_q(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    type_in(monkeypatch, "5", word)

    code, out, _ = assess(capsys, "take", "closeness-pattern")

    assert code == 0
    assert "You stopped before the end. Nothing was stored." in out
    assert "Your result" not in out


def test_take_stops_when_answers_end_early(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, "5", EOFError)

    code, out, err = assess(capsys, "take", "closeness-pattern")

    assert code == 1
    assert "The answers ended before the last statement. Nothing was stored." in err
    assert "Your result" not in out


def test_take_stops_on_ctrl_c(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    type_in(monkeypatch, "5", KeyboardInterrupt)

    code, _, err = assess(capsys, "take", "closeness-pattern")

    assert code == 130
    assert "Stopped. Nothing was stored." in err


def test_take_refuses_a_relationship_only_instrument_without_about(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = assess(capsys, "take", "satisfaction-check")

    assert code == 2
    assert "satisfaction-check is about one relationship. Add --about NAME --kind" in err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--about", "Sam"], "--about and --kind go together"),
        (["--kind", "friend"], "--about and --kind go together"),
        (["--about", "  ", "--kind", "friend"], "--about needs a name of 1 to 60"),
        (["--about", "x" * 61, "--kind", "friend"], "--about needs a name of 1 to 60"),
        (["--about", "Sam\x1b[2J", "--kind", "friend"], "--about needs a name"),
    ],
)
def test_take_refuses_a_half_or_odd_about(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    code, _, err = assess(capsys, "take", "satisfaction-check", *arguments)

    assert code == 2
    assert message in err


def test_take_refuses_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["assess", "take", "satisfaction-check", "--about", "Sam", "--kind", "pet"])

    assert exit_.value.code == 2
    assert "argument --kind: invalid choice: 'pet'" in capsys.readouterr().err


def test_take_refuses_a_kind_the_instrument_is_not_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(own_instruments(tmp_path / "mine"))

    code, _, err = assess(
        capsys,
        "--instruments-dir",
        folder,
        "take",
        "own-check",
        "--about",
        "Sam",
        "--kind",
        "friend",
    )

    assert code == 2
    assert "own-check can be about these kinds of relationship: partner." in err


# --- score -----------------------------------------------------------------------------


def test_score_prints_the_same_result_as_take(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = answers_file(tmp_path, CONTENT)
    scored = assess(capsys, "score", "satisfaction-check", "--answers", path, "--kind", "partner")
    type_in(monkeypatch, *[str(value) for value in CONTENT.values()])

    _, taken, _ = assess(
        capsys, "take", "satisfaction-check", "--about", "Sam", "--kind", "partner"
    )

    assert scored[0] == 0
    assert scored[1].startswith("Your result: Satisfaction check")
    assert taken.endswith(scored[1])


def test_score_json_gives_scores_and_interpretation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = answers_file(tmp_path, ON_THE_LINE)

    code, out, _ = assess(
        capsys, "score", "satisfaction-check", "--answers", path, "--kind", "partner", "--json"
    )

    assert code == 0
    assert json.loads(out) == {
        "instrument": "satisfaction-check",
        "version": "1.0",
        "scores": {"satisfaction": 5.5},
        "answered": {"satisfaction": 6},
        "interpretation": {
            "bands": [
                {"id": "level", "score": "satisfaction", "label": "higher", "near_boundary": True}
            ],
            "classifications": [],
            "standings": [],
            "ranking": None,
            "near_boundary": True,
        },
    }


def test_score_json_gives_a_ranking(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    instrument = shipped_catalogue().get("intimacy-profile").instrument
    # Trust at the top of the scale (reversed items answered 1), everything else in the middle.
    top = {
        item.id: 1 if item.reverse else 5 for item in instrument.items if item.subscale == "trust"
    }
    answers = {item.id: 3 for item in instrument.items} | top
    path = answers_file(tmp_path, answers)

    _, out, _ = assess(
        capsys, "score", "intimacy-profile", "--answers", path, "--kind", "partner", "--json"
    )

    ranking = json.loads(out)["interpretation"]["ranking"]
    assert ranking["strengths"][0] == "trust"
    assert len(ranking["growth_areas"]) == 2


def test_score_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    general = {f"cp{n:02}": 4 for n in range(1, 13)}
    feed_stdin(monkeypatch, json.dumps(general).encode())

    code, out, _ = assess(capsys, "score", "closeness-pattern", "--answers", "-", "--json")

    assert code == 0
    assert json.loads(out)["scores"] == {"anxiety": 4.0, "avoidance": 4.0}


def test_score_accepts_null_for_a_skipped_item(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    instrument = shipped_catalogue().get("intimacy-profile").instrument
    answers: dict[str, Any] = {item.id: 4 for item in instrument.items}
    answers |= {"ip10": None, "ip20": None, "ip30": None}
    path = answers_file(tmp_path, answers)

    code, out, _ = assess(
        capsys, "score", "intimacy-profile", "--answers", path, "--kind", "partner"
    )

    assert code == 0
    assert "Physical closeness: no score" in out


def test_score_needs_kind_for_a_relationship_only_instrument(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = assess(capsys, "score", "satisfaction-check", "--answers", "x.json")

    assert code == 2
    assert "satisfaction-check is about one relationship: add --kind partner|friend|family." in err


def test_score_needs_answers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["assess", "score", "satisfaction-check", "--kind", "friend"])

    assert exit_.value.code == 2
    assert "the following arguments are required: --answers" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("answers", "messages"),
    [
        (CONTENT | {"sat01": 9}, ["sat01: 9 is outside 1-7"]),
        (CONTENT | {"sat01": 0}, ["sat01: 0 is outside 1-7"]),
        (CONTENT | {"sat99": 4}, ["sat99: is not an item of this instrument"]),
        ({"sat01": 7, "sat02": 6}, ["sat03: needs an answer", "sat06: needs an answer"]),
        (CONTENT | {"sat02": 4.5}, ["sat02: 4.5 is not a whole number"]),
        (CONTENT | {"sat02": "4"}, ["sat02: '4' is not a whole number"]),
        (CONTENT | {"sat02": True}, ["sat02: True is not a whole number"]),
        (CONTENT | {"sat02": [4]}, ["sat02: [4] is not a whole number"]),
    ],
)
def test_score_names_each_answer_it_cannot_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, answers: object, messages: list[str]
) -> None:
    path = answers_file(tmp_path, answers)

    code, out, err = assess(
        capsys, "score", "satisfaction-check", "--answers", path, "--kind", "friend"
    )

    assert code == 2
    assert out == ""
    assert err.startswith("closeknit assess: Some answers cannot be scored:\n")
    for message in messages:
        assert f"\n  {message}" in err


def test_score_lists_at_most_thirty_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = answers_file(tmp_path, {f"x{n}": 1 for n in range(40)})

    code, _, err = assess(
        capsys, "score", "satisfaction-check", "--answers", path, "--kind", "friend"
    )

    assert code == 2
    assert "...and 16 more" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{", "is not valid JSON (Expecting property name"),
        (b"", "is not valid JSON (Expecting value, line 1 column 1)"),
        (b"[1, 2]", "holds a list, not an object"),
        (b'"sat01"', "holds a string, not an object"),
        (b"7", "holds a number, not an object"),
        (b"null", "holds null, not an object"),
        (b"\xff\xfe\x00{", "is not UTF-8 text"),
        (b"[" * 200_000, "is not JSON that can be read"),
        (b'{"sat01": ' + b"9" * 5000 + b"}", "is not JSON that can be read"),
        (b" " * 1_000_001, "is larger than 1 MB"),
    ],
)
def test_score_refuses_a_file_that_is_not_answers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(content)

    code, out, err = assess(
        capsys, "score", "satisfaction-check", "--answers", str(path), "--kind", "friend"
    )

    assert code == 2
    assert out == ""
    assert message in err
    assert 'answers are one JSON object, such as {"sat01": 6' in err.replace("Answers", "answers")


def test_score_refuses_a_huge_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, b" " * 2_000_000)

    code, _, err = assess(
        capsys, "score", "satisfaction-check", "--answers", "-", "--kind", "friend"
    )

    assert code == 2
    assert "Standard input is larger than 1 MB" in err


def test_score_refuses_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.json")

    code, _, err = assess(
        capsys, "score", "satisfaction-check", "--answers", missing, "--kind", "friend"
    )

    assert code == 2
    assert err == f"closeknit assess: There is no file called {missing!r}.\n"


def test_score_refuses_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = assess(
        capsys, "score", "satisfaction-check", "--answers", str(tmp_path), "--kind", "friend"
    )

    assert code == 2
    assert "is a folder, not a file." in err


def test_score_refuses_an_unreadable_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Tests may run as root, who can read anything: the refusal is simulated.
    def refuse(*arguments: object, **options: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(assess_input, "open", refuse, raising=False)
    path = answers_file(tmp_path, CONTENT)

    code, _, err = assess(
        capsys, "score", "satisfaction-check", "--answers", path, "--kind", "friend"
    )

    assert code == 2
    assert err == f"closeknit assess: {path!r} could not be read: Permission denied.\n"


@pytest.mark.parametrize("action", ["show", "take", "export-fhir"])
def test_unknown_instrument_lists_the_known_ones(
    capsys: pytest.CaptureFixture[str], action: str
) -> None:
    code, out, err = assess(capsys, action, "closeness")

    assert code == 2
    assert out == ""
    assert err == (
        "closeknit assess: There is no instrument called 'closeness'. Known: "
        "closeness-pattern, distance-signs, intimacy-profile, satisfaction-check.\n"
    )


# --- export-fhir -----------------------------------------------------------------------


def test_export_fhir_prints_a_questionnaire(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = assess(capsys, "export-fhir", "satisfaction-check")

    resource = json.loads(out)
    assert code == 0
    assert resource["resourceType"] == "Questionnaire"
    assert resource["url"] == "urn:closeknit:questionnaire:satisfaction-check"
    assert [item["linkId"] for item in resource["item"]][:6] == list(CONTENT)


def test_export_fhir_writes_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "q.json"

    code, out, _ = assess(capsys, "export-fhir", "closeness-pattern", "--output", str(path))

    assert code == 0
    assert out == ""
    assert json.loads(path.read_text())["id"] == "closeness-pattern"


def test_export_fhir_says_when_it_cannot_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "missing-folder" / "q.json"

    code, _, err = assess(capsys, "export-fhir", "closeness-pattern", "--output", str(path))

    assert code == 1
    assert f"{str(path)!r} could not be written: No such file or directory." in err


# --- a clinician's own instruments ------------------------------------------------------


def test_instruments_dir_adds_own_instruments(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(own_instruments(tmp_path / "mine"))

    code, out, _ = assess(capsys, "--instruments-dir", folder, "list", "--json")

    listed = {row["id"]: row for row in json.loads(out)}
    assert code == 0
    assert sorted(listed) == sorted([*SHIPPED, "own-check"])
    assert listed["own-check"]["is_shipped"] is False


@pytest.mark.parametrize("variable", ["CLOSEKNIT_INSTRUMENTS_DIRS"])
def test_environment_adds_own_instruments(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    variable: str,
) -> None:
    monkeypatch.setenv(variable, str(own_instruments(tmp_path / "mine")))

    code, out, _ = assess(capsys, "list")

    assert code == 0
    assert "own-check: Own check" in out


def test_own_instrument_result_shows_standing_and_a_default_note(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(own_instruments(tmp_path / "mine"))
    type_in(monkeypatch, "5", "1")

    code, out, _ = assess(
        capsys,
        "--instruments-dir",
        folder,
        "take",
        "own-check",
        "--about",
        "Kim",
        "--kind",
        "partner",
    )

    assert code == 0
    assert "Warmth: Warmer" in out
    assert "Warmth: higher than about 98 in 100 people in a test sample." in out
    assert out.rstrip().endswith("This is for your own reflection. It is not a diagnosis.")


def test_instruments_dir_without_definitions_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = assess(capsys, "--instruments-dir", str(tmp_path), "list")

    assert code == 2
    assert err == (
        f"closeknit assess: Your own instruments cannot be used: {tmp_path}: "
        "has no 'definitions' folder\n"
    )


def test_broken_own_definition_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = own_instruments(tmp_path / "mine")
    (folder / "definitions" / "own-check.json").write_text('{"schema": 1, "id": "own-check"}')

    code, _, err = assess(capsys, "--instruments-dir", str(folder), "list")

    assert code == 2
    assert err.startswith("closeknit assess: Your own instruments cannot be used: own-check.json:")
    assert "'version' is a required property" in err


def test_own_instrument_cannot_replace_ours(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = own_instruments(tmp_path / "mine")
    for path in folder.rglob("own-check.json"):
        data = json.loads(path.read_text())
        data["id" if "id" in data else "instrument"] = "satisfaction-check"
        path.rename(path.with_name("satisfaction-check.json")).write_text(json.dumps(data))

    code, _, err = assess(capsys, "--instruments-dir", str(folder), "list")

    assert code == 2
    assert "'satisfaction-check' is already an instrument; choose another id" in err


# --- from a shell ----------------------------------------------------------------------


def shell(
    *arguments: str, stdin: str | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOSEKNIT_")}
    return subprocess.run(
        [sys.executable, "-m", "closeknit.cli", "assess", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env=env | {"COLUMNS": "100"} | extra_env,
        timeout=120,
        check=False,
    )


def test_take_from_a_shell_reads_piped_answers() -> None:
    result = shell("take", "closeness-pattern", stdin="x\n" + "\n".join(ANXIOUS) + "\n")

    assert result.returncode == 0, result.stderr
    assert "'x' is not one of the numbers." in result.stdout
    assert "Leaning toward worry about closeness" in result.stdout


def test_take_from_a_shell_stops_at_end_of_input() -> None:
    result = shell("take", "closeness-pattern", stdin="5\n5\n")

    assert result.returncode == 1
    assert "The answers ended before the last statement." in result.stderr
    assert "Traceback" not in result.stderr


def test_take_from_a_shell_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "closeknit.cli", "assess", "take", "closeness-pattern"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    seen = ""
    while not seen.endswith("Your answer (1-7): "):
        seen += process.stdout.read(1)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130
    assert err == "\nStopped. Nothing was stored.\n"


def test_assess_needs_no_django_settings() -> None:
    # Production settings refuse to load without keys: the command must never load them.
    script = (
        "import sys\n"
        "from closeknit import cli\n"
        "code = cli.main(['assess', 'list'])\n"
        "assert 'closeknit.settings' not in sys.modules, 'settings were loaded'\n"
        "assert 'django.db' not in sys.modules, 'the database layer was loaded'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("CLOSEKNIT_")}
        | {"CLOSEKNIT_ENV": "production"},
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "satisfaction-check: Satisfaction check" in result.stdout


def test_score_from_a_shell_reports_bad_json_without_a_traceback() -> None:
    result = shell("score", "satisfaction-check", "--answers", "-", "--kind", "friend", stdin="{")

    assert result.returncode == 2
    assert result.stderr.startswith("closeknit assess: Standard input is not valid JSON")
    assert "Traceback" not in result.stderr


# --- import-fhir -----------------------------------------------------------------------


def exported(capsys: pytest.CaptureFixture[str], instrument_id: str) -> dict[str, Any]:
    code, out, _ = assess(capsys, "export-fhir", instrument_id)
    assert code == 0
    resource: dict[str, Any] = json.loads(out)
    return resource


def foreign(resource: dict[str, Any]) -> dict[str, Any]:
    """``resource`` without our two extensions, as a Questionnaire from elsewhere would come."""
    return {key: value for key, value in resource.items() if key != "extension"}


def questionnaire_file(tmp_path: Path, resource: object) -> str:
    path = tmp_path / "questionnaire.fhir.json"
    path.write_text(json.dumps(resource))
    return str(path)


def varied_answers(instrument_id: str) -> dict[str, int]:
    """An answer for every item, walking up and down each scale."""
    instrument = shipped_catalogue().get(instrument_id).instrument
    return {
        item.id: item.scale.min + number % (item.scale.max - item.scale.min + 1)
        for number, item in enumerate(instrument.items)
    }


def written_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_import_fhir_brings_in_a_questionnaire_from_elsewhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, instrument_id: str
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, instrument_id)))
    folder = tmp_path / "mine"
    new_id = instrument_id.replace("-", "")  # made from the Questionnaire's name

    code, out, err = assess(capsys, "import-fhir", source, "--output-dir", str(folder))

    assert (code, err) == (0, "")
    assert written_files(folder) == [
        folder / "definitions" / f"{new_id}.json",
        folder / "texts" / "en" / f"{new_id}.json",
    ]
    assert f"closeknit assess --instruments-dir {folder} show {new_id}" in out
    _, shown, _ = assess(capsys, "--instruments-dir", str(folder), "show", new_id, "--json")
    ours = shipped_catalogue().get(instrument_id).instrument
    keying = [(item["id"], item["reverse"]) for item in json.loads(shown)["items"]]
    assert keying == [(item.id, item.reverse) for item in ours.items]


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_import_fhir_scores_like_ours(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, instrument_id: str
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, instrument_id)))
    folder = tmp_path / "mine"
    assess(capsys, "import-fhir", source, "--output-dir", str(folder))
    answers = answers_file(tmp_path, varied_answers(instrument_id))
    new_id = instrument_id.replace("-", "")

    code, out, _ = assess(
        capsys, "--instruments-dir", str(folder), "score", new_id, "--answers", answers, "--json"
    )
    _, ours, _ = assess(
        capsys, "score", instrument_id, "--answers", answers, "--kind", "partner", "--json"
    )

    imported_scores, our_scores = json.loads(out)["scores"], json.loads(ours)["scores"]
    assert code == 0
    assert imported_scores == {score: our_scores[score] for score in imported_scores}


@pytest.mark.parametrize("instrument_id", SHIPPED)
def test_import_fhir_of_our_export_renamed_keeps_the_definition(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, instrument_id: str
) -> None:
    resource = exported(capsys, instrument_id)
    for extension in resource["extension"]:
        carried = json.loads(extension["valueString"])
        carried["id" if "id" in carried else "instrument"] = "my-copy"
        extension["valueString"] = json.dumps(carried)
    folder = tmp_path / "mine"

    code, _, _ = assess(
        capsys, "import-fhir", questionnaire_file(tmp_path, resource), "--output-dir", str(folder)
    )
    _, shown, _ = assess(capsys, "--instruments-dir", str(folder), "show", "my-copy", "--json")

    ours = definition_data(shipped_catalogue().get(instrument_id).instrument)
    assert code == 0
    assert json.loads(shown) == ours | {"id": "my-copy"}


def test_import_fhir_refuses_our_own_export_and_suggests_a_rename(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, exported(capsys, "satisfaction-check"))
    folder = tmp_path / "mine"

    code, out, err = assess(capsys, "import-fhir", source, "--output-dir", str(folder))

    assert (code, out) == (2, "")
    assert err.startswith(
        "closeknit assess: 'satisfaction-check' is already one of Closeknit's own questionnaires."
    )
    assert "would you rename it?" in err
    assert "urn:closeknit extensions" in err
    assert not folder.exists()


def test_import_fhir_refuses_a_name_that_is_one_of_ours(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    resource = foreign(exported(capsys, "closeness-pattern")) | {"name": "closeness-pattern"}
    folder = tmp_path / "mine"

    code, _, err = assess(
        capsys, "import-fhir", questionnaire_file(tmp_path, resource), "--output-dir", str(folder)
    )

    assert code == 2
    assert "'closeness-pattern' is already one of Closeknit's own" in err
    assert 'Change its "name"' in err
    assert not folder.exists()


def test_import_fhir_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    resource = foreign(exported(capsys, "satisfaction-check"))
    feed_stdin(monkeypatch, json.dumps(resource).encode())

    code, out, _ = assess(capsys, "import-fhir", "-", "--output-dir", str(tmp_path))

    assert code == 0
    assert out.startswith("Brought in 'satisfactioncheck' (Satisfaction check):")


def test_import_fhir_refuses_to_replace_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))
    folder = tmp_path / "mine"
    assess(capsys, "import-fhir", source, "--output-dir", str(folder))
    definition = folder / "definitions" / "satisfactioncheck.json"
    definition.write_text("{}")

    code, out, err = assess(capsys, "import-fhir", source, "--output-dir", str(folder))

    assert (code, out) == (2, "")
    assert "are already there, so nothing was written. Add --force to replace them" in err
    assert definition.read_text() == "{}"


def test_import_fhir_force_replaces_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))
    folder = tmp_path / "mine"
    assess(capsys, "import-fhir", source, "--output-dir", str(folder))
    definition = folder / "definitions" / "satisfactioncheck.json"
    definition.write_text("{}")

    code, _, err = assess(capsys, "import-fhir", source, "--output-dir", str(folder), "--force")

    assert (code, err) == (0, "")
    assert json.loads(definition.read_text())["id"] == "satisfactioncheck"


def test_import_fhir_refuses_a_toml_twin_even_with_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))
    twin = tmp_path / "mine" / "definitions" / "satisfactioncheck.toml"
    twin.parent.mkdir(parents=True)
    twin.write_text("")

    code, _, err = assess(
        capsys, "import-fhir", source, "--output-dir", str(tmp_path / "mine"), "--force"
    )

    assert code == 2
    assert f"already has 'satisfactioncheck' as {twin}. Would you move that away first" in err
    assert written_files(tmp_path / "mine") == [twin]


def test_import_fhir_says_when_the_folder_cannot_be_used_after_writing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = own_instruments(tmp_path / "mine")
    (folder / "definitions" / "own-check.json").write_text('{"schema": 1}')
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))

    code, out, err = assess(capsys, "import-fhir", source, "--output-dir", str(folder))

    assert code == 2
    assert "definitions/satisfactioncheck.json" in out
    assert err.startswith(
        f"closeknit assess: The files are written, but {folder} cannot be used as it is: "
        "own-check.json:"
    )


def test_import_fhir_writes_into_a_folder_the_environment_names_before_it_exists(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))
    folder = tmp_path / "mine"
    monkeypatch.setenv("CLOSEKNIT_INSTRUMENTS_DIRS", str(folder))

    code, _, _ = assess(capsys, "import-fhir", source, "--output-dir", str(folder))
    _, listed, _ = assess(capsys, "list")

    assert code == 0
    assert "satisfactioncheck: Satisfaction check" in listed


def without_weights(resource: dict[str, Any]) -> dict[str, Any]:
    for item in resource["item"]:
        for option in item.get("answerOption", []):
            option["valueCoding"].pop("extension")
    return resource


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{", "is not valid JSON (Expecting property name"),
        (b"[1, 2]", "holds a list, not an object."),
        (b'{"resourceType": "Patient"}', "This is not a FHIR Questionnaire"),
        (b'{"resourceType": "Questionnaire", "status": 3}', "not a valid FHIR Questionnaire"),
        (b'{"resourceType": "Questionnaire", "status": "active"}', "has no choice items"),
        (b" " * 5_000_001, "is larger than 5 MB."),
    ],
)
def test_import_fhir_refuses_what_is_not_a_usable_questionnaire(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "questionnaire.fhir.json"
    source.write_bytes(content)

    code, out, err = assess(capsys, "import-fhir", str(source), "--output-dir", str(tmp_path))

    assert (code, out) == (2, "")
    assert err.startswith(f"closeknit assess: {str(source)!r} ")
    assert message in err
    assert written_files(tmp_path) == [source]


def test_import_fhir_refuses_a_questionnaire_without_item_weights(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    resource = without_weights(foreign(exported(capsys, "satisfaction-check")))
    source = questionnaire_file(tmp_path, resource)

    code, _, err = assess(capsys, "import-fhir", source, "--output-dir", str(tmp_path / "mine"))

    assert code == 2
    assert err == (
        f"closeknit assess: {source!r} cannot be brought in: "
        "item sat01: every answer option needs an item weight\n"
    )
    assert not (tmp_path / "mine").exists()


def test_import_fhir_refuses_a_missing_file_or_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "nowhere.json")

    missing_code, _, missing_err = assess(capsys, "import-fhir", missing, "--output-dir", "out")
    folder_code, _, folder_err = assess(capsys, "import-fhir", str(tmp_path), "--output-dir", "o")

    assert (missing_code, folder_code) == (2, 2)
    assert missing_err == f"closeknit assess: There is no file called {missing!r}.\n"
    assert folder_err == f"closeknit assess: {str(tmp_path)!r} is a folder, not a file.\n"


def test_import_fhir_says_when_it_cannot_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = questionnaire_file(tmp_path, foreign(exported(capsys, "satisfaction-check")))
    output = str(tmp_path / "questionnaire.fhir.json" / "mine")  # under a regular file

    code, out, err = assess(capsys, "import-fhir", source, "--output-dir", output)

    assert (code, out) == (1, "")
    assert err == f"closeknit assess: {output!r} could not be written: Not a directory.\n"


def test_import_fhir_from_a_shell_needs_no_django(tmp_path: Path) -> None:
    exported_file = tmp_path / "q.json"
    shell("export-fhir", "satisfaction-check", "--output", str(exported_file))
    source = questionnaire_file(tmp_path, foreign(json.loads(exported_file.read_text())))
    arguments = ["assess", "import-fhir", source, "--output-dir", str(tmp_path / "mine")]
    script = (
        "import sys\n"
        "from closeknit import cli\n"
        "assert 'fhir.resources' not in sys.modules, 'fhir was imported before it was needed'\n"
        f"code = cli.main({arguments!r})\n"
        "assert 'django.db' not in sys.modules, 'the database layer was loaded'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("CLOSEKNIT_")}
        | {"CLOSEKNIT_ENV": "production"},
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
