from __future__ import annotations

import doctest
import json

from closeknit_core.coach import analyze_message, report
from closeknit_core.coach.conversation import analyze_conversation
from closeknit_core.coach.report import (
    conversation_to_dict,
    group_by_kind,
    highlight,
    message_to_dict,
    render_conversation,
    render_message,
    segments,
)
from closeknit_core.coach.transcript import Turn
from closeknit_core.coach.types import Finding, Kind

CRITICAL = "You never listen to me, you're so selfish."


def test_report_doctests_pass() -> None:
    assert doctest.testmod(report).failed == 0


def test_segments_rebuild_the_text_exactly() -> None:
    analysis = analyze_message(CRITICAL)

    assert "".join(words for words, _ in segments(CRITICAL, analysis.findings)) == CRITICAL


def test_segments_keep_the_first_of_overlapping_spans() -> None:
    first = Finding(Kind.CRITICISM, 0, 9, "You never", "x")
    inner = Finding(Kind.CONTEMPT, 4, 9, "never", "x")

    pieces = segments("You never mind", [inner, first])

    assert pieces == [("You never", first), (" mind", None)]


def test_highlight_marks_spans_with_colour_on_a_terminal() -> None:
    finding = Finding(Kind.CRITICISM, 0, 9, "You never", "x")

    marked = highlight("You never mind", [finding], colour=True)

    assert marked.startswith("\033[4m") and "You never" in marked and marked.endswith(" mind")


def test_group_by_kind_explains_each_kind_once() -> None:
    groups = group_by_kind(analyze_message(CRITICAL).findings)

    kinds = [group.kind for group in groups]
    assert len(kinds) == len(set(kinds))


def test_message_report_names_pitfall_and_rewrite() -> None:
    text = render_message(analyze_message(CRITICAL))

    assert "What might land hard" in text
    assert "criticism" in text
    assert "A gentler way to say it" in text


def test_message_report_for_a_plain_message_says_nothing_stood_out() -> None:
    text = render_message(analyze_message("See you at seven."))

    assert "Nothing stood out" in text


def test_message_dict_is_json_with_matching_spans() -> None:
    data = json.loads(json.dumps(message_to_dict(analyze_message(CRITICAL))))

    for finding in data["findings"]:
        assert CRITICAL[finding["start"] : finding["end"]] == finding["text"]
        assert finding["explanation"]
    assert abs(sum(data["emotions"].values()) - 1) < 0.01


def test_conversation_dict_and_report_cover_every_turn() -> None:
    turns = [
        Turn("Ana", "I was trying to tell you about my day and—"),
        Turn("Ben", "Sorry, go on. What happened?"),
    ]
    analysis = analyze_conversation(turns)

    data = json.loads(json.dumps(conversation_to_dict(analysis)))
    text = render_conversation(analysis)

    assert [turn["speaker"] for turn in data["turns"]] == ["Ana", "Ben"]
    assert data["interruptions"][0]["cue"] == "dash"
    assert "Ana:" in text and "Ben:" in text
