"""Read a conversation transcript into turns: ``Name: text`` lines or JSON Lines.

Two formats, told apart by the first non-blank line (``{`` means JSON Lines):

- Plain text, one turn per line: ``Name: text``, optionally after a time in square
  brackets: ``[mm:ss]``, ``[h:mm:ss]`` or a range ``[mm:ss-mm:ss]``. A line with no
  name joins the turn above it; blank lines are ignored. A name is one to three
  words of at most 60 characters; when it has several words, none starts in lower
  case, so that "I said: no" stays part of the turn above.
- JSON Lines, one object per line: ``{"speaker": ..., "text": ..., "start": ...,
  "end": ...}`` with times in seconds or as ``"mm:ss"``.

This module takes ``str``: decoding bytes is the caller's job (the command line
decodes UTF-8 and reports a file that is binary). A NUL character is still refused
here, because it only ever comes from a binary file decoded by mistake.

Lines are numbered from 1 as an editor shows them. A bad line stops the reading
when ``strict`` is true; otherwise it is kept as a ``Problem`` and skipped. Limits
(``MAX_TURNS``, ``MAX_TURN_CHARS``, ``MAX_TRANSCRIPT_CHARS``) always stop the
reading: skipping would hide most of the conversation without a word.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Literal

from closeknit_core.text import tidy_name

MAX_TURNS = 5_000
MAX_TURN_CHARS = 1_000_000
MAX_TRANSCRIPT_CHARS = 10_000_000
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 3

Format = Literal["lines", "jsonl"]

# Something in leading square brackets made only of digits, colons, dots, spaces
# and dashes is meant as a time; "[laughs]" is not, and stays part of the text.
LEADING_BRACKETS = re.compile(r"\s*\[(?P<inside>[^\]\n]*)\]\s*")
TIME_LIKE = re.compile(r"[\d:.\s\-\u2013\u2014]*\d[\d:.\s\-\u2013\u2014]*")
TIME_RANGE_SEPARATOR = re.compile(r"\s*[\-\u2013\u2014]\s*")
TIME = re.compile(
    r"(?:(?P<hours>\d+):(?P<minutes_of_hour>[0-5]\d)|(?P<minutes>\d+)):(?P<seconds>[0-5]\d(?:\.\d+)?)"
)
# A name, then a colon followed by a space or the end of the line (so "http://" is no name).
NAME_PREFIX = re.compile(r"(?P<name>[^:\n]{1,80}?)\s*:(?:\s+|$)")
NAME_CHARACTERS = re.compile(r"[^\W_][\w .'\u2019&()\-]*")


@dataclass(frozen=True)
class Turn:
    """One person's turn in a conversation; times are in seconds from the start.

    >>> Turn("Sam", "I missed you today.", start=3.0)
    Turn(speaker='Sam', text='I missed you today.', start=3.0, end=None)
    """

    speaker: str
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class Problem:
    """A line that could not be read and was skipped.

    >>> str(Problem(4, "This line is not valid JSON."))
    'line 4: This line is not valid JSON.'
    """

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class Transcript:
    """The turns read from a transcript, and the lines skipped along the way.

    >>> parse_transcript("Sam: Hi").turns[0].speaker
    'Sam'
    """

    turns: tuple[Turn, ...]
    problems: tuple[Problem, ...] = ()
    format: Format = "lines"


class TranscriptError(ValueError):
    """A transcript that cannot be read; ``line`` is 1-based, or None for the whole file.

    >>> str(TranscriptError("This time could not be read.", line=3))
    'line 3: This time could not be read.'
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)


def parse_transcript(text: str, *, strict: bool = False) -> Transcript:
    """Read ``text`` as plain ``Name: text`` lines or JSON Lines, whichever it is.

    >>> transcript = parse_transcript("[00:05] Sam: Hi\\nAlex: Hey\\nhow was it?")
    >>> [(turn.speaker, turn.text, turn.start) for turn in transcript.turns]
    [('Sam', 'Hi', 5.0), ('Alex', 'Hey\\nhow was it?', None)]
    """
    if len(text) > MAX_TRANSCRIPT_CHARS:
        raise TranscriptError(
            f"This transcript is too long to analyse (over {MAX_TRANSCRIPT_CHARS:,} characters)."
        )
    lines = text.removeprefix("\ufeff").split("\n")
    refuse_binary(lines)
    first = next((line.strip() for line in lines if line.strip()), None)
    if first is None:
        raise TranscriptError("This transcript is empty: there are no turns to read.")
    reader = TranscriptReader(strict=strict)
    if first.startswith("{"):
        read_json_lines(lines, reader)
    else:
        read_plain_lines(lines, reader)
    if not reader.turns:
        if reader.problems:  # lenient reading skipped every line: name the first reason
            first_problem = reader.problems[0]
            raise TranscriptError(
                f"No turn could be read from this transcript. {first_problem.message}",
                first_problem.line,
            )
        raise TranscriptError("No turn could be read from this transcript.")
    return Transcript(
        turns=tuple(reader.turns),
        problems=tuple(reader.problems),
        format="jsonl" if first.startswith("{") else "lines",
    )


def refuse_binary(lines: list[str]) -> None:
    """Refuse text with a NUL character, naming its line.

    >>> try:
    ...     refuse_binary(["Sam: hi", "\\x00"])
    ... except TranscriptError as error:
    ...     print(error)
    line 2: This looks like a binary file, not a transcript.
    """
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            raise TranscriptError("This looks like a binary file, not a transcript.", number)


class TranscriptReader:
    """Collects turns and problems while reading, and applies the limits."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.turns: list[Turn] = []
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        """Stop at a bad line when strict; otherwise note it and go on."""
        if self.strict:
            raise TranscriptError(message, line)
        self.problems.append(Problem(line, message))

    def add(self, turn: Turn, line: int) -> None:
        """Keep a turn that has words, after checking the limits."""
        if len(turn.text) > MAX_TURN_CHARS:
            raise TranscriptError(
                f"This turn is too long to analyse (over {MAX_TURN_CHARS:,} characters).", line
            )
        if not turn.text.strip():
            self.problem(line, f"This turn by {turn.speaker} has no words; it was skipped.")
            return
        if len(self.turns) >= MAX_TURNS:
            raise TranscriptError(
                f"This transcript has more than {MAX_TURNS:,} turns; "
                "please split it into shorter parts.",
                line,
            )
        self.turns.append(turn)


def parse_time(text: str) -> float:
    """Seconds in a time written ``mm:ss`` or ``h:mm:ss`` (a fraction of a second is fine).

    >>> parse_time("01:05"), parse_time("1:00:30"), parse_time("75:10.5")
    (65.0, 3630.0, 4510.5)
    """
    match = TIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    seconds = float(match["seconds"])
    if match["hours"] is not None:
        return int(match["hours"]) * 3600 + int(match["minutes_of_hour"]) * 60 + seconds
    return int(match["minutes"]) * 60 + seconds


def parse_time_range(text: str) -> tuple[float, float | None]:
    """The start and optional end of ``mm:ss`` or ``mm:ss-mm:ss``.

    >>> parse_time_range("00:10 - 00:12")
    (10.0, 12.0)
    """
    parts = TIME_RANGE_SEPARATOR.split(text.strip())
    if len(parts) > 2:
        raise ValueError(text)
    start = parse_time(parts[0])
    end = parse_time(parts[1]) if len(parts) == 2 else None
    if end is not None and end < start:
        raise ValueError(text)
    return start, end


def split_name(line: str) -> tuple[str, str] | None:
    """The speaker's name and the text, when ``line`` starts with ``Name:``.

    >>> split_name("Dr. Lee: How are you?"), split_name("I said: no")
    (('Dr. Lee', 'How are you?'), None)
    """
    match = NAME_PREFIX.match(line)
    if match is None:
        return None
    name = tidy_name(match["name"])
    words = name.split()
    if not NAME_CHARACTERS.fullmatch(name) or len(name) > MAX_NAME_CHARS:
        return None
    if len(words) > MAX_NAME_WORDS or (len(words) > 1 and any(w[0].islower() for w in words)):
        return None
    return name, line[match.end() :].strip()


class OpenTurn:
    """A plain-text turn still being read: continuation lines may join it."""

    def __init__(self, line: int, speaker: str, text: str, times: tuple[float | None, ...]):
        self.line = line
        self.speaker = speaker
        self.texts = [text]
        self.size = len(text)
        self.start, self.end = times

    def join(self, text: str) -> None:
        """Add a continuation line, refusing a turn past the size limit."""
        self.texts.append(text)
        self.size += len(text) + 1
        if self.size > MAX_TURN_CHARS:
            raise TranscriptError(
                f"This turn is too long to analyse (over {MAX_TURN_CHARS:,} characters).",
                self.line,
            )

    def finish(self) -> Turn:
        """The turn with its lines joined."""
        return Turn(self.speaker, "\n".join(self.texts).strip(), self.start, self.end)


def read_plain_lines(lines: list[str], reader: TranscriptReader) -> None:
    """Read ``Name: text`` lines, joining lines without a name to the turn above."""
    current: OpenTurn | None = None
    is_skipping = False  # the lines that continue a skipped turn are skipped with it
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        parsed = parse_plain_line(line, number)
        starts_anew = isinstance(parsed, Problem) or parsed[0] is not None
        if starts_anew and current is not None:
            reader.add(current.finish(), current.line)
            current = None
        if isinstance(parsed, Problem):
            reader.problem(parsed.line, parsed.message)
            is_skipping = True
        elif parsed[0] is not None:
            current, is_skipping = OpenTurn(number, parsed[0], parsed[1], parsed[2:]), False
        elif current is not None:
            current.join(parsed[1])
        elif not is_skipping:
            reader.problem(number, "This line comes before any name; start it with 'Name: '.")
    if current is not None:
        reader.add(current.finish(), current.line)


def read_json_lines(lines: list[str], reader: TranscriptReader) -> None:
    """Read one JSON object per non-blank line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed = parse_json_line(line, number)
        if isinstance(parsed, Problem):
            reader.problem(parsed.line, parsed.message)
        else:
            reader.add(parsed, number)


def parse_json_line(line: str, number: int) -> Turn | Problem:
    """The turn in one JSON line, or what is wrong with it."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return Problem(number, f"This line is not valid JSON ({error.msg}, column {error.colno}).")
    except (ValueError, RecursionError):  # a number too long to read, or nesting too deep
        return Problem(number, "This line is not valid JSON that can be read.")
    if not isinstance(value, dict):
        return Problem(
            number, 'Each line should be one object, like {"speaker": "Sam", "text": "Hi"}.'
        )
    speaker = value.get("speaker")
    if not isinstance(speaker, str) or not tidy_name(speaker):
        return Problem(number, 'This turn needs a "speaker": a name, as text.')
    if len(tidy_name(speaker)) > MAX_NAME_CHARS:
        return Problem(number, f"A speaker's name can be at most {MAX_NAME_CHARS} characters.")
    text = value.get("text")
    if not isinstance(text, str):
        return Problem(number, 'This turn needs a "text": the words said, as text.')
    times: list[float | None] = []
    for key in ("start", "end"):
        try:
            times.append(parse_json_time(value.get(key)))
        except ValueError:
            return Problem(
                number, f'The "{key}" time could not be read; give seconds (like 12.5) or "mm:ss".'
            )
    start, end = times
    if start is not None and end is not None and end < start:
        return Problem(number, "This turn ends before it starts.")
    return Turn(tidy_name(speaker), text.strip(), start, end)


def parse_json_time(value: object) -> float | None:
    """Seconds from a JSON time: a number, a ``"mm:ss"`` string, or nothing.

    >>> parse_json_time(12), parse_json_time("00:12.5"), parse_json_time(None)
    (12.0, 12.5, None)
    """
    if value is None:
        return None
    if isinstance(value, str):
        return parse_time(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(value)
    try:
        seconds = float(value)
    except OverflowError as error:
        raise ValueError(value) from error
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(value)
    return seconds


def parse_plain_line(
    line: str, number: int
) -> tuple[str | None, str, float | None, float | None] | Problem:
    """Name (None for a continuation), text and times of one non-blank plain line."""
    start: float | None = None
    end: float | None = None
    rest = line
    brackets = LEADING_BRACKETS.match(line)
    if brackets is not None and TIME_LIKE.fullmatch(brackets["inside"]):
        try:
            start, end = parse_time_range(brackets["inside"])
        except (ValueError, OverflowError):
            return Problem(
                number,
                f"The time [{brackets['inside']}] could not be read; "
                "write it as [mm:ss], [h:mm:ss] or [mm:ss-mm:ss].",
            )
        rest = line[brackets.end() :]
    named = split_name(rest)
    if named is None:
        if start is not None:
            return Problem(number, "A time needs a name after it, like '[01:20] Sam: ...'.")
        return None, line.strip(), None, None
    return named[0], named[1], start, end
