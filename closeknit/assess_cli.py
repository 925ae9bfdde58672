"""`closeknit assess`: the questionnaires on the command line, with no database and no network.

Nothing is stored: answers stay in memory until the result is printed; only export-fhir
and import-fhir write files, and only where they are told to. Exit codes: 0 when done (or
stopped with q), 1 when the answers ended before the last statement or an output file could
not be written, 2 for input that cannot be used or a wrong command line, 130 for Ctrl-C.
Text for people comes from the text packs; only the framing around it is here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

from closeknit.assess_fhir import add_export_parser, add_import_parser, export_fhir, import_fhir
from closeknit.assess_input import InputProblem, find, print_json, read_json_object
from closeknit.assess_report import (
    about_phrase,
    interpretation_lines,
    result_data,
    result_text,
    scoring_lines,
    size_phrase,
    source_lines,
    subscale_lines,
    summary_data,
    wrapped,
)
from closeknit_core.instruments import (
    About,
    AnswerError,
    Catalogue,
    DefinitionError,
    Entry,
    Instrument,
    Scores,
    interpret,
    load_catalogue,
    score_responses,
    shipped_catalogue,
)
from closeknit_core.instruments.definition import Item, definition_data
from closeknit_core.instruments.texts import TextPack

# The web app reads CLOSEKNIT_INSTRUMENTS_DIRS (comma-separated) in settings.py; the command
# reads it too, so both see the same instruments.
INSTRUMENTS_DIRS_VARIABLES = ("CLOSEKNIT_INSTRUMENTS_DIRS",)
KINDS = ("partner", "friend", "family")
MAX_ANSWERS_BYTES = 1_000_000
MAX_NAME_CHARS = 60
MAX_PROBLEMS_SHOWN = 30
QUIT_WORDS = ("q", "quit")
ANSWERS_SHAPE = 'one JSON object, such as {"sat01": 6, "sat02": 5}'
ANSWERS_EXPECTED = f"Answers are {ANSWERS_SHAPE}."


class Quit(Exception):
    """The person typed q to stop."""


def add_parser(commands: Any) -> None:
    assess = commands.add_parser(
        "assess",
        help="take or score a questionnaire for self-reflection",
        description="Take one of Closeknit's questionnaires in the terminal, score answers from "
        "a file, or see how a questionnaire is built and scored. Runs offline; your answers are "
        "never stored.",
    )
    assess.add_argument(
        "--instruments-dir",
        metavar="DIR",
        help="also read your own instruments from DIR (default: the folders in "
        "CLOSEKNIT_INSTRUMENTS_DIRS)",
    )
    actions = assess.add_subparsers(dest="assess_action", metavar="ACTION")
    add_list_parser(actions)
    add_show_parser(actions)
    add_take_parser(actions)
    add_score_parser(actions)
    add_export_parser(actions)
    add_import_parser(actions)
    assess.set_defaults(assess_parser=assess)


def add_list_parser(actions: Any) -> None:
    listing = actions.add_parser(
        "list",
        help="list every questionnaire",
        description="List every questionnaire: its id, title, what it is about, its number of "
        "statements and how long it takes.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")


def add_show_parser(actions: Any) -> None:
    show = actions.add_parser(
        "show",
        help="show how a questionnaire is built and scored",
        description="Show how a questionnaire is built and scored: its subscales and their "
        "statements (reversed ones marked), the scoring rules, and what each result means and "
        "where that comes from.",
    )
    show.add_argument("instrument", metavar="INSTRUMENT", help="the questionnaire's id")
    show.add_argument("--json", action="store_true", help="print the definition as JSON")


def add_take_parser(actions: Any) -> None:
    take = actions.add_parser(
        "take",
        help="answer a questionnaire here in the terminal",
        description="Answer a questionnaire here in the terminal, one statement at a time, and "
        "see your result. Nothing you type is stored. Type q to stop at any point.",
    )
    take.add_argument("instrument", metavar="INSTRUMENT", help="the questionnaire's id")
    take.add_argument(
        "--about", metavar="NAME", help="the other person's name, for one relationship"
    )
    take.add_argument(
        "--kind", choices=KINDS, metavar="KIND", help="partner, friend or family, with --about"
    )
    take.add_argument("--json", action="store_true", help="print the result as JSON")


def add_score_parser(actions: Any) -> None:
    score = actions.add_parser(
        "score",
        help="score answers from a JSON file",
        description='Score answers from a JSON file shaped like {"item_id": answer, ...}, and '
        "print the result.",
    )
    score.add_argument("instrument", metavar="INSTRUMENT", help="the questionnaire's id")
    score.add_argument(
        "--answers", metavar="FILE", required=True, help='the answers ("-" reads standard input)'
    )
    score.add_argument(
        "--kind",
        choices=KINDS,
        metavar="KIND",
        help="partner, friend or family (leave out for the general version)",
    )
    score.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(options: argparse.Namespace) -> int:
    if options.assess_action is None:
        options.assess_parser.print_help()
        return 0
    try:
        if options.assess_action == "import-fhir":
            # It writes into a folder that CLOSEKNIT_INSTRUMENTS_DIRS may already name but that
            # does not exist yet; it only needs ours, to keep their ids free.
            catalogue = shipped_catalogue()
        else:
            catalogue = instruments(options.instruments_dir)
        return ACTIONS[options.assess_action](catalogue, options)
    except InputProblem as problem:
        print(f"closeknit assess: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nStopped. Nothing was stored.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): as the Python docs advise, point standard output
        # at devnull so the flush at exit does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def instruments(directory: str | None) -> Catalogue:
    """Ours, plus those in ``directory``, or else in the folders the environment names."""
    directories = [directory] if directory else configured_directories()
    if not directories:
        return shipped_catalogue()
    try:
        return load_catalogue(Path(folder) for folder in directories)
    except (DefinitionError, OSError) as error:
        raise InputProblem(f"Your own instruments cannot be used: {error}") from None


def configured_directories() -> list[str]:
    names = [
        name.strip()
        for variable in INSTRUMENTS_DIRS_VARIABLES
        for name in os.environ.get(variable, "").split(",")
    ]
    return list(dict.fromkeys(name for name in names if name))


# --- list and show ---------------------------------------------------------------------


def list_instruments(catalogue: Catalogue, options: argparse.Namespace) -> int:
    if options.json:
        print_json([summary_data(entry) for entry in catalogue])
        return 0
    for entry in catalogue:
        pack, instrument = entry.text(), entry.instrument
        print(f"{instrument.id}: {pack.title}")
        print(wrapped(pack.summary, "    "))
        print(wrapped(f"{about_phrase(instrument)}. {size_phrase(instrument)}.", "    "))
        print()
    return 0


def show(catalogue: Catalogue, options: argparse.Namespace) -> int:
    entry = find(catalogue, options.instrument)
    if options.json:
        print_json(definition_data(entry.instrument))
        return 0
    instrument, pack = entry.instrument, entry.text()
    print(f"{pack.title} ({instrument.id}, version {instrument.version})")
    print(wrapped(pack.summary))
    print(wrapped(f"{about_phrase(instrument)}. {size_phrase(instrument)}."))
    for title, lines in (
        ("Subscales", subscale_lines(instrument, pack)),
        ("Scoring", scoring_lines(instrument)),
        ("Interpretation", interpretation_lines(instrument)),
        ("Sources", source_lines(instrument)),
    ):
        if lines:
            print(f"\n{title}")
            print("\n".join(wrapped(line, "  ") for line in lines))
    return 0


# --- take and score --------------------------------------------------------------------


def take(catalogue: Catalogue, options: argparse.Namespace) -> int:
    entry = find(catalogue, options.instrument)
    name, kind = who(entry.instrument, options)
    # With --json the questions go to standard error, so standard output is only the JSON.
    screen = sys.stderr if options.json else sys.stdout
    try:
        answers = ask_all(entry, name, kind, screen)
    except Quit:
        print("You stopped before the end. Nothing was stored.", file=screen)
        return 0
    except EOFError:
        print("\nThe answers ended before the last statement. Nothing was stored.", file=sys.stderr)
        return 1
    print(file=screen)
    print_result(entry, scored(entry.instrument, answers, kind), as_json=options.json)
    return 0


def who(instrument: Instrument, options: argparse.Namespace) -> tuple[str | None, str | None]:
    """The other person's name and the relationship's kind, or (None, None) for in general."""
    if options.about is None and options.kind is None:
        if About.GENERAL in instrument.about:
            return None, None
        raise InputProblem(
            f"{instrument.id} is about one relationship. Add --about NAME --kind "
            f"{'|'.join(instrument.relationship_kinds)}, for example --about Sam --kind friend."
        )
    if options.about is None or options.kind is None:
        raise InputProblem("--about and --kind go together, for example --about Sam --kind friend.")
    name = options.about.strip()
    if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise InputProblem(f"--about needs a name of 1 to {MAX_NAME_CHARS} ordinary characters.")
    check_kind(instrument, options.kind)
    return name, options.kind


def check_kind(instrument: Instrument, kind: str) -> None:
    if About.RELATIONSHIP not in instrument.about:
        raise InputProblem(f"{instrument.id} is about relationships in general: leave out --kind.")
    if not instrument.accepts(About.RELATIONSHIP, kind):
        kinds = ", ".join(instrument.relationship_kinds)
        raise InputProblem(f"{instrument.id} can be about these kinds of relationship: {kinds}.")


def ask_all(
    entry: Entry, name: str | None, kind: str | None, screen: TextIO
) -> dict[str, int | None]:
    pack = entry.text()
    items = entry.instrument.asked_items(kind)
    print(f"{pack.title}\n\n{wrapped(pack.intro_for(name))}\n", file=screen)
    print(
        wrapped(
            f"There are {len(items)} statements. Type the number of your answer and press "
            "Enter, or q to stop. Nothing you type is stored."
        ),
        file=screen,
    )
    return {
        item.id: ask_item(pack, item, name, f"{number}/{len(items)}", screen)
        for number, item in enumerate(items, start=1)
    }


def ask_item(
    pack: TextPack, item: Item, name: str | None, place: str, screen: TextIO
) -> int | None:
    low, high = item.scale.min, item.scale.max
    print(f"\n{place}  {pack.items[item.id].wording(name)}", file=screen)
    for value in range(low, high + 1):
        print(f"  {value:>3}  {pack.label(item.scale.id, low, value)}", file=screen)
    hint = f"{low}-{high}, Enter to skip, q to stop" if item.skippable else f"{low}-{high}"
    while True:
        screen.write(f"Your answer ({hint}): ")
        screen.flush()
        try:
            return parse_reply(input().strip(), item)
        except ValueError as problem:
            print(problem, file=screen)


def parse_reply(reply: str, item: Item) -> int | None:
    """The answer typed for ``item``: a number on its scale, or None to skip it.

    Raises ``Quit`` for q, and ``ValueError`` saying what to type instead.
    """
    low, high = item.scale.min, item.scale.max
    choose = f"Please type a number from {low} to {high}, or q to stop."
    if reply.lower() in QUIT_WORDS:
        raise Quit
    if not reply:
        if item.skippable:
            return None
        raise ValueError(f"This one needs an answer. {choose}")
    try:
        value = int(reply)
    except ValueError:
        raise ValueError(f"{reply[:20]!r} is not one of the numbers. {choose}") from None
    if not low <= value <= high:
        raise ValueError(f"{value} is outside {low} to {high}. {choose}")
    return value


def score(catalogue: Catalogue, options: argparse.Namespace) -> int:
    entry = find(catalogue, options.instrument)
    instrument = entry.instrument
    if options.kind is None and About.GENERAL not in instrument.about:
        raise InputProblem(
            f"{instrument.id} is about one relationship: add --kind "
            f"{'|'.join(instrument.relationship_kinds)}."
        )
    if options.kind is not None:
        check_kind(instrument, options.kind)
    answers = read_json_object(options.answers, MAX_ANSWERS_BYTES, ANSWERS_EXPECTED)
    print_result(entry, scored(instrument, answers, options.kind), as_json=options.json)
    return 0


def scored(instrument: Instrument, answers: Mapping[str, object], kind: str | None) -> Scores:
    try:
        return score_responses(instrument, answers, kind)
    except AnswerError as error:
        lines = [f"  {problem}" for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            lines.append(f"  ...and {len(error.problems) - MAX_PROBLEMS_SHOWN} more")
        raise InputProblem("Some answers cannot be scored:\n" + "\n".join(lines)) from None


# --- results ---------------------------------------------------------------------------


def print_result(entry: Entry, scores: Scores, *, as_json: bool) -> None:
    interpretation = interpret(entry.instrument, scores)
    if as_json:
        print_json(result_data(scores, interpretation))
    else:
        print(result_text(entry, scores, interpretation))


# --- FHIR ------------------------------------------------------------------------------


ACTIONS: dict[str, Callable[[Catalogue, argparse.Namespace], int]] = {
    "list": list_instruments,
    "show": show,
    "take": take,
    "score": score,
    "export-fhir": export_fhir,
    "import-fhir": import_fhir,
}
