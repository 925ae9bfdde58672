"""`closeknit coach`: the coach on the command line, with no database and no network.

Exit codes: 0 when everything was read, 1 when the input could not be used
(nothing readable, a missing file, a bad line with --strict), 2 for a wrong command.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO, Any

from closeknit_core.coach.types import MAX_MESSAGE_CHARS

BATCH_SIZE = 2_000
# Records sent to a worker at a time: few round trips, and little idle time at a batch's end.
CHUNK_SIZE = 64


class InputProblem(Exception):
    """Input that cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


def add_parser(commands: Any, worker_count: Any) -> None:
    coach = commands.add_parser(
        "coach",
        help="check a message or a conversation for pitfalls and good habits",
        description="Read a draft message (or a whole conversation) and point out what may "
        "land hard and what helps, with a gentler way to say it. Runs offline; nothing is "
        "stored or sent anywhere.",
    )
    coach.add_argument(
        "text", nargs="?", help='the message to check, in quotes ("-" reads standard input)'
    )
    coach.add_argument(
        "--previous", metavar="TEXT", help="what the other person said just before, if any"
    )
    coach.add_argument(
        "--input", metavar="FILE", help='JSON Lines, one {"id": ..., "text": ...} per line'
    )
    coach.add_argument(
        "--output", metavar="FILE", help="where --input results go (default: standard output)"
    )
    coach.add_argument(
        "--conversation",
        metavar="FILE",
        help="a transcript: 'Name: text' lines (optional [mm:ss]) or JSON Lines of turns",
    )
    coach.add_argument("--json", action="store_true", help="print JSON instead of a report")
    coach.add_argument(
        "--workers", type=worker_count, default=1, help="processes for --input (%(default)s)"
    )
    coach.add_argument(
        "--strict", action="store_true", help="stop at the first bad line instead of skipping it"
    )
    coach.add_argument(
        "--learned",
        action="store_true",
        help="messages only: add the optional learned layer (pip install 'closeknit[learned]')",
    )
    coach.set_defaults(coach_parser=coach)


def run(options: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = options.coach_parser
    sources = [options.text is not None, options.input is not None, options.conversation]
    if sum(bool(source) for source in sources) != 1:
        parser.error("give one of: a message in quotes, --input FILE or --conversation FILE")
    if options.output and not options.input:
        parser.error("--output goes with --input")
    if options.learned and options.conversation:
        parser.error("--learned reads messages; a conversation is read by the rules")
    try:
        if options.learned:
            from closeknit_core.coach import learned

            if not learned.is_available():
                raise InputProblem(learned.MISSING)
        if options.input:
            return check_messages_file(options)
        if options.conversation:
            return check_conversation(options)
        return check_one_message(options)
    except InputProblem as problem:
        print(f"closeknit coach: {problem}", file=sys.stderr)
        return 1


def usable_text(raw: str, what: str = "The message") -> str:
    """The text if the coach can read it; otherwise InputProblem with the reason."""
    if "\x00" in raw or any(0xD800 <= ord(character) <= 0xDFFF for character in raw):
        raise InputProblem(f"{what} looks like binary data, not text.")
    if not raw.strip():
        raise InputProblem(f"{what} is empty: there is nothing to check.")
    if len(raw) > MAX_MESSAGE_CHARS:
        raise InputProblem(
            f"{what} is {len(raw):,} characters long; the coach reads up to "
            f"{MAX_MESSAGE_CHARS:,} at a time. Try one message or a part of it."
        )
    return raw


def read_text_file(path: str) -> str:
    """A whole file (or standard input for '-') as UTF-8 text, or InputProblem."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise InputProblem(f"There is no file called {path!r}.") from None
    except IsADirectoryError:
        raise InputProblem(f"{path!r} is a folder, not a file.") from None
    except OSError as error:
        raise InputProblem(f"{path!r} could not be read: {error.strerror}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem(f"{path!r} is not UTF-8 text (is it a binary file?).") from None
    if "\x00" in text:
        raise InputProblem(f"{path!r} looks like binary data, not text.")
    return text


def check_one_message(options: argparse.Namespace) -> int:
    from closeknit_core.coach import analyze_message
    from closeknit_core.coach.report import message_to_dict, render_message

    raw = read_text_file("-") if options.text == "-" else options.text
    text = usable_text(raw)
    previous = usable_text(options.previous, "--previous") if options.previous else None
    analysis = analyze_message(text, previous=previous, learned=options.learned)
    if options.json:
        print(json.dumps({"text": text, **message_to_dict(analysis)}, ensure_ascii=False))
    else:
        sys.stdout.write(render_message(analysis, colour=sys.stdout.isatty()))
    return 0


def parse_message_line(number: int, line: bytes) -> tuple[Any, str]:
    """The id and text of one JSON Lines record, or InputProblem naming the line."""
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputProblem(f"line {number}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise InputProblem(f"line {number}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputProblem(f'line {number}: expected an object with a "text" string')
    try:
        text = usable_text(record["text"], "The text")
    except InputProblem as problem:
        raise InputProblem(f"line {number}: {problem}") from None
    return record.get("id"), text


def analyse_record(record: tuple[Any, str], *, learned: bool = False) -> str:
    from closeknit_core.coach import analyze_message
    from closeknit_core.coach.report import message_to_dict

    identifier, text = record
    result = {"id": identifier, **message_to_dict(analyze_message(text, learned=learned))}
    return json.dumps(result, ensure_ascii=False)


def read_records(
    handle: IO[bytes], *, strict: bool, problems: list[Problem]
) -> Iterator[tuple[Any, str]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield parse_message_line(number, line)
        except InputProblem as problem:
            if strict:
                raise
            problems.append(Problem(number, str(problem)))


def batches(records: Iterator[tuple[Any, str]]) -> Iterator[list[tuple[Any, str]]]:
    batch: list[tuple[Any, str]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


WARM_UP = (
    "You never listen to me, you're so selfish.",
    "Whatever. I'm done talking about it.",
    "Well, you're the one who forgot, not me.",
    "Oh great, another brilliant plan. You just want to win.",
    "So you felt left out when I stayed late? That makes sense. What would help?",
)


def analysed_batches(
    records: Iterator[tuple[Any, str]], *, workers: int, learned: bool = False
) -> Iterator[list[str]]:
    """The JSON line for each record, a batch at a time and in order, from ``workers`` processes.

    ``python -m bench.coach_bench`` times this, as the batch throughput of issue 3.
    """
    analyse = functools.partial(analyse_record, learned=learned)
    if workers == 1:
        for batch in batches(records):
            yield [analyse(record) for record in batch]
        return
    # Patterns compile on first use: a few messages read before the pool starts compile the
    # common ones once, and forked workers begin with them.
    for text in WARM_UP:
        analyse((None, text))
    with ProcessPoolExecutor(workers) as pool:
        for batch in batches(records):
            yield list(pool.map(analyse, batch, chunksize=CHUNK_SIZE))


def open_input(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputProblem(f"There is no file called {path!r}.") from None
    except IsADirectoryError:
        raise InputProblem(f"{path!r} is a folder, not a file.") from None
    except OSError as error:
        raise InputProblem(f"{path!r} could not be read: {error.strerror}.") from None


def open_output(path: str | None) -> IO[str]:
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as error:
        raise InputProblem(f"{path!r} could not be written: {error.strerror}.") from None


def check_messages_file(options: argparse.Namespace) -> int:
    problems: list[Problem] = []
    source = open_input(options.input)
    output = open_output(options.output)
    progress = Progress(enabled=sys.stderr.isatty() and output is not sys.stdout)
    records = read_records(source, strict=options.strict, problems=problems)
    try:
        for lines in analysed_batches(records, workers=options.workers, learned=options.learned):
            for line in lines:
                output.write(line + "\n")
            progress.advance(len(lines))
    finally:
        progress.finish()
        if source is not sys.stdin.buffer:
            source.close()
        if output is not sys.stdout:
            output.close()
    for problem in problems:
        print(f"closeknit coach: skipped {problem.message}", file=sys.stderr)
    return 0


class Progress:
    """A one-line count of checked messages on a terminal; silent elsewhere."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.done = 0

    def advance(self, count: int) -> None:
        self.done += count
        if self.enabled:
            sys.stderr.write(f"\rChecked {self.done:,} messages")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


def check_conversation(options: argparse.Namespace) -> int:
    from closeknit_core.coach.conversation import analyze_conversation
    from closeknit_core.coach.report import conversation_to_dict, render_conversation
    from closeknit_core.coach.transcript import TranscriptError, parse_transcript

    text = read_text_file(options.conversation)
    try:
        parsed = parse_transcript(text, strict=options.strict)
    except TranscriptError as error:
        raise InputProblem(str(error)) from None
    for problem in parsed.problems:
        print(f"closeknit coach: skipped {problem}", file=sys.stderr)
    analysis = analyze_conversation(parsed.turns)
    if options.json:
        print(json.dumps(conversation_to_dict(analysis), ensure_ascii=False))
    else:
        sys.stdout.write(render_conversation(analysis, colour=sys.stdout.isatty()))
    return 0
