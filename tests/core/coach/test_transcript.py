"""Reading transcripts: both formats, every error with its line, strict and lenient."""

from __future__ import annotations

import contextlib
import doctest
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeknit_core.coach import transcript
from closeknit_core.coach.transcript import (
    MAX_TURN_CHARS,
    MAX_TURNS,
    Problem,
    TranscriptError,
    Turn,
    parse_time,
    parse_transcript,
)


def jsonl(*rows: object) -> str:
    return "\n".join(json.dumps(row) for row in rows)


def error_of(text: str, *, strict: bool = True) -> TranscriptError:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text, strict=strict)
    return caught.value


# Plain text


def test_plain_lines_become_turns() -> None:
    result = parse_transcript("Sam: I missed you today.\nAlex: I missed you too.")
    assert result.turns == (
        Turn("Sam", "I missed you today."),
        Turn("Alex", "I missed you too."),
    )
    assert result.format == "lines"
    assert result.problems == ()


def test_plain_continuation_lines_join_the_turn_above() -> None:
    result = parse_transcript("Sam: It was a long day\nand I was tired.\n\nAlex: Oh no.")
    assert result.turns[0].text == "It was a long day\nand I was tired."
    assert len(result.turns) == 2


def test_plain_blank_lines_and_windows_endings_are_ignored() -> None:
    result = parse_transcript("\ufeff\r\n\r\nSam: Hi\r\n\r\nAlex: Hey\r\n")
    assert result.turns == (Turn("Sam", "Hi"), Turn("Alex", "Hey"))


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("[00:05] Sam: Hi", 5.0, None),
        ("[1:02:03] Sam: Hi", 3723.0, None),
        ("[75:10] Sam: Hi", 4510.0, None),
        ("[00:05-00:09] Sam: Hi", 5.0, 9.0),
        ("[00:05 \u2013 00:09.5] Sam: Hi", 5.0, 9.5),
        ("  [00:05]Sam: Hi", 5.0, None),
    ],
)
def test_plain_timestamps_are_read_as_seconds(line: str, start: float, end: float | None) -> None:
    turn = parse_transcript(line).turns[0]
    assert (turn.speaker, turn.text, turn.start, turn.end) == ("Sam", "Hi", start, end)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Dr. Lee: How are you?", "Dr. Lee"),
        ("Mary-Jane O'Neil: Hi", "Mary-Jane O'Neil"),
        ("Speaker 2: Hi", "Speaker 2"),
        ("sam: hi", "sam"),
        ("Zoë: hi", "Zoë"),
        ("Sam\u200b: hi", "Sam"),
    ],
)
def test_plain_names_take_common_shapes(line: str, speaker: str) -> None:
    assert parse_transcript(line).turns[0].speaker == speaker


@pytest.mark.parametrize(
    "continuation",
    [
        "I said: no",
        "and then we went to the market: it was closed",
        "see https://example.org/page for it",
        "at 10:30 we met",
        "[laughs] okay",
    ],
)
def test_plain_lines_that_only_look_like_names_continue_the_turn(continuation: str) -> None:
    result = parse_transcript(f"Sam: Well\n{continuation}")
    assert result.turns == (Turn("Sam", f"Well\n{continuation}"),)


def test_plain_colon_later_in_a_turn_stays_in_the_text() -> None:
    assert parse_transcript("Sam: the list: eggs, milk").turns[0].text == "the list: eggs, milk"


# JSON Lines


def test_jsonl_turns_are_read_with_times() -> None:
    text = jsonl(
        {"speaker": "Sam", "text": "Hi", "start": 1.5, "end": "00:03"},
        {"speaker": "Alex", "text": "Hey", "start": None, "mood": "ignored"},
    )
    result = parse_transcript(text)
    assert result.format == "jsonl"
    assert result.turns == (Turn("Sam", "Hi", 1.5, 3.0), Turn("Alex", "Hey"))


def test_jsonl_blank_lines_are_ignored() -> None:
    text = (
        "\n"
        + jsonl({"speaker": "Sam", "text": "Hi"})
        + "\n\n"
        + jsonl({"speaker": "A", "text": "x"})
    )
    assert len(parse_transcript(text).turns) == 2


def test_format_is_told_by_the_first_non_blank_line() -> None:
    assert parse_transcript('\n  {"speaker": "Sam", "text": "Hi"}').format == "jsonl"
    assert parse_transcript('Sam: {"speaker": "x"}').format == "lines"


# Errors, each with its line number


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('{"speaker": "Sam", "text": "Hi"}\n{"speaker": "Alex", "text": ', 2, "not valid JSON"),
        ('{"speaker": "Sam", "text": "Hi"}\n\n["Alex", "Hey"]', 3, "one object"),
        ('{"text": "Hi"}', 1, '"speaker"'),
        ('{"speaker": "  ", "text": "Hi"}', 1, '"speaker"'),
        ('{"speaker": 7, "text": "Hi"}', 1, '"speaker"'),
        ('{"speaker": "Sam"}', 1, '"text"'),
        ('{"speaker": "Sam", "text": 3}', 1, '"text"'),
        ('{"speaker": "Sam", "text": "Hi", "start": "soon"}', 1, '"start"'),
        ('{"speaker": "Sam", "text": "Hi", "end": -1}', 1, '"end"'),
        ('{"speaker": "Sam", "text": "Hi", "start": true}', 1, '"start"'),
        ('{"speaker": "Sam", "text": "Hi", "start": 1e999}', 1, '"start"'),
        ('{"speaker": "Sam", "text": "Hi", "start": 5, "end": 2}', 1, "ends before it starts"),
        ('{"speaker": "' + "S" * 61 + '", "text": "Hi"}', 1, "at most 60"),
        ('{"speaker": "Sam", "text": ""}', 1, "no words"),
        ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", 1, "not valid JSON"),
        ('{"speaker": "Sam", "text": "Hi", "start": ' + "9" * 5000 + "}", 1, "not valid JSON"),
        ("Well, hello\nSam: Hi", 1, "before any name"),
        ("Sam: Hi\n[12:75] Alex: Hey", 2, "[12:75]"),
        ("Sam: Hi\n[1:2:3:4] Alex: Hey", 2, "could not be read"),
        ("Sam: Hi\n[00:09-00:05] Alex: Hey", 2, "could not be read"),
        ("Sam: Hi\n\n[00:05] hello there", 3, "needs a name"),
        ("Sam: Hi\nAlex:\nSam: Still there?", 2, "Alex has no words"),
    ],
)
def test_errors_name_their_line(text: str, line: int, words: str) -> None:
    error = error_of(text)
    assert error.line == line
    assert words in error.message
    assert str(error).startswith(f"line {line}: ")


def test_lenient_reading_skips_bad_lines_and_reports_them() -> None:
    text = (
        jsonl({"speaker": "Sam", "text": "Hi"}) + "\n{oops\n" + jsonl({"speaker": "A", "text": "x"})
    )
    result = parse_transcript(text)
    assert [turn.speaker for turn in result.turns] == ["Sam", "A"]
    assert [problem.line for problem in result.problems] == [2]
    assert "not valid JSON" in result.problems[0].message
    assert str(result.problems[0]).startswith("line 2: This line is not valid JSON")


def test_strict_reading_stops_at_the_first_bad_line() -> None:
    text = "oops\nSam: Hi\n[99:99] Alex: Hey"
    assert error_of(text, strict=True).line == 1
    lenient = parse_transcript(text)
    assert lenient.turns == (Turn("Sam", "Hi"),)
    assert lenient.problems[0] == Problem(
        1, "This line comes before any name; start it with 'Name: '."
    )
    assert lenient.problems[1].line == 3
    assert "[99:99]" in lenient.problems[1].message


def test_lenient_reading_drops_the_lines_of_a_skipped_turn_with_it() -> None:
    result = parse_transcript("Sam: Hi\n[12:75] Alex: Hey\nhow are you?\nSam: Good")
    assert result.turns == (Turn("Sam", "Hi"), Turn("Sam", "Good"))
    assert [problem.line for problem in result.problems] == [2]


def test_lenient_reading_keeps_a_line_before_any_name_out_of_the_turns() -> None:
    result = parse_transcript("(recorded on Sunday)\nSam: Hi")
    assert result.turns == (Turn("Sam", "Hi"),)
    assert result.problems[0].line == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n", "\ufeff"])
def test_empty_transcript_is_refused_for_the_whole_file(text: str) -> None:
    error = error_of(text, strict=False)
    assert error.line is None
    assert "empty" in error.message


def test_lenient_reading_with_no_good_line_names_the_first_problem() -> None:
    error = error_of("{oops\n{again", strict=False)
    assert error.line == 1
    assert "No turn could be read" in error.message
    assert "not valid JSON" in error.message


@pytest.mark.parametrize("strict", [True, False])
def test_nul_character_is_refused_as_binary_even_when_lenient(strict: bool) -> None:
    error = error_of("Sam: Hi\nAlex: \x00\x01\x02", strict=strict)
    assert error.line == 2
    assert "binary" in error.message


# Limits


def test_up_to_the_turn_limit_is_read() -> None:
    text = "\n".join(f"{'Sam' if i % 2 else 'Alex'}: turn {i}" for i in range(MAX_TURNS))
    assert len(parse_transcript(text).turns) == MAX_TURNS


@pytest.mark.parametrize("strict", [True, False])
def test_more_turns_than_the_limit_are_refused(strict: bool) -> None:
    text = "\n".join(f"{'Sam' if i % 2 else 'Alex'}: turn {i}" for i in range(MAX_TURNS + 1))
    error = error_of(text, strict=strict)
    assert error.line == MAX_TURNS + 1
    assert "more than 5,000 turns" in error.message


@pytest.mark.parametrize("strict", [True, False])
def test_a_huge_json_turn_is_refused(strict: bool) -> None:
    text = jsonl(
        {"speaker": "Sam", "text": "Hi"}, {"speaker": "Alex", "text": "a" * (MAX_TURN_CHARS + 1)}
    )
    error = error_of(text, strict=strict)
    assert error.line == 2
    assert "too long" in error.message


def test_a_huge_plain_turn_made_of_continuation_lines_is_refused_at_its_first_line() -> None:
    line = "word " * 20_000
    text = "Sam: Hi\nAlex: start\n" + "\n".join([line] * 11)
    error = error_of(text)
    assert error.line == 2
    assert "too long" in error.message


def test_a_huge_transcript_is_refused_before_reading() -> None:
    error = error_of("Sam: " + "a" * transcript.MAX_TRANSCRIPT_CHARS)
    assert error.line is None
    assert "too long" in error.message


# Pieces


@pytest.mark.parametrize("written", ["1:2", "00:60", "1:60:00", "", "12", "-00:05", "00:05:"])
def test_parse_time_refuses_what_is_not_a_time(written: str) -> None:
    with pytest.raises(ValueError):
        parse_time(written)


def test_transcript_doctests_pass() -> None:
    assert doctest.testmod(transcript).failed == 0


@given(st.text())
def test_parse_transcript_only_ever_raises_transcript_error(text: str) -> None:
    try:
        result = parse_transcript(text)
    except TranscriptError:
        return
    assert result.turns
    assert all(turn.text.strip() and turn.speaker for turn in result.turns)


@given(st.text(alphabet='Sam:[]0123456789-\u2013.\n {}"', max_size=200), st.booleans())
def test_parse_transcript_on_transcript_like_noise_only_raises_transcript_error(
    text: str, strict: bool
) -> None:
    with contextlib.suppress(TranscriptError):
        parse_transcript(text, strict=strict)
