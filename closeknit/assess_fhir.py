"""`closeknit assess export-fhir` and `import-fhir`: questionnaires in and out as HL7 FHIR.

fhir.resources takes about two seconds to import, so it is imported inside each action.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from closeknit.assess_input import InputProblem, described_source, find, read_json_object
from closeknit.assess_report import wrapped
from closeknit_core.instruments import (
    Catalogue,
    DefinitionError,
    Entry,
    load_catalogue,
)
from closeknit_core.instruments.definition import definition_data
from closeknit_core.instruments.texts import text_pack_data

MAX_QUESTIONNAIRE_BYTES = 5_000_000
QUESTIONNAIRE_EXPECTED = (
    'A FHIR Questionnaire is one JSON object with "resourceType": "Questionnaire".'
)


def add_export_parser(actions: Any) -> None:
    export = actions.add_parser(
        "export-fhir",
        help="write a questionnaire as a FHIR Questionnaire",
        description="Write a questionnaire as an HL7 FHIR R4 Questionnaire in JSON, with its "
        "keying as item weights, for other health software.",
    )
    export.add_argument("instrument", metavar="INSTRUMENT", help="the questionnaire's id")
    export.add_argument(
        "--output", metavar="FILE", help="where to write it (default: standard output)"
    )


def add_import_parser(actions: Any) -> None:
    importing = actions.add_parser(
        "import-fhir",
        help="bring in a FHIR Questionnaire as an instrument of your own",
        description="Bring in an HL7 FHIR R4 Questionnaire in JSON as an instrument of your own: "
        "its item weights give the keying. Writes a definition and a text pack into DIR, ready "
        "for --instruments-dir DIR. Only bring in a questionnaire you have the right to use.",
    )
    importing.add_argument(
        "file", metavar="FILE", help='the Questionnaire ("-" reads standard input)'
    )
    importing.add_argument(
        "--output-dir",
        metavar="DIR",
        required=True,
        help="the folder of your own instruments to write into (created if needed)",
    )
    importing.add_argument(
        "--force", action="store_true", help="replace the instrument's files if DIR has them"
    )


def export_fhir(catalogue: Catalogue, options: argparse.Namespace) -> int:
    # Imported here: fhir.resources takes a while to load, and only this action needs it.
    from closeknit_core.instruments import fhir

    entry = find(catalogue, options.instrument)
    try:
        resource = fhir.questionnaire(entry)
    except DefinitionError as error:
        raise InputProblem(f"{entry.instrument.id} cannot be exported: {error}") from None
    text = json.dumps(resource, ensure_ascii=False, indent=2) + "\n"
    if options.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    try:
        Path(options.output).write_text(text, encoding="utf-8")
    except OSError as error:
        message = f"{options.output!r} could not be written: {error.strerror}."
        print(f"closeknit assess: {message}", file=sys.stderr)
        return 1
    return 0


def import_fhir(catalogue: Catalogue, options: argparse.Namespace) -> int:
    # Imported here, as for export_fhir: fhir.resources takes a while to load.
    from closeknit_core.instruments import fhir

    data = read_json_object(options.file, MAX_QUESTIONNAIRE_BYTES, QUESTIONNAIRE_EXPECTED)
    try:
        entry = fhir.import_questionnaire(data)
    except DefinitionError as error:
        where = described_source(options.file)
        raise InputProblem(f"{where} cannot be brought in: {error}") from None
    instrument_id = entry.instrument.id
    if instrument_id in catalogue:
        raise InputProblem(id_taken_message(instrument_id, data, fhir.DEFINITION_EXTENSION))
    folder = Path(options.output_dir)
    paths = instrument_paths(folder, entry)
    refuse_existing(folder, instrument_id, paths, force=options.force)
    try:
        write_instrument(entry, paths)
    except OSError as error:
        message = f"{options.output_dir!r} could not be written: {error.strerror}."
        print(f"closeknit assess: {message}", file=sys.stderr)
        return 1
    print(f"Brought in {instrument_id!r} ({entry.text().title}):")
    print(f"  {paths['definition']}\n  {paths['texts']}")
    check_loads(folder, instrument_id)
    print(
        f"\nTo see it: closeknit assess --instruments-dir {shlex.quote(str(folder))} show "
        f"{instrument_id}"
    )
    print(wrapped(f"To have it everywhere, add {folder} to CLOSEKNIT_INSTRUMENTS_DIRS."))
    return 0


def id_taken_message(instrument_id: str, data: Mapping[str, Any], carried_url: str) -> str:
    """Where to rename: an export of ours carries its id in extensions, others in their name."""
    carries_ours = any(
        isinstance(extension, dict) and extension.get("url") == carried_url
        for extension in data.get("extension") or []
    )
    where = (
        'the "id" inside both of its urn:closeknit extensions (definition and text pack)'
        if carries_ours
        else 'its "name" (or its "id" when it has no name)'
    )
    return (
        f"{instrument_id!r} is already one of Closeknit's own questionnaires. To bring this one "
        f"in beside it, would you rename it? Change {where}, then import it again."
    )


def instrument_paths(folder: Path, entry: Entry) -> dict[str, Path]:
    """Where the definition and the one text pack go; texts first (see write_instrument)."""
    instrument_id, (language,) = entry.instrument.id, entry.texts
    return {
        "texts": folder / "texts" / language / f"{instrument_id}.json",
        "definition": folder / "definitions" / f"{instrument_id}.json",
    }


def refuse_existing(
    folder: Path, instrument_id: str, paths: Mapping[str, Path], *, force: bool
) -> None:
    # A .toml twin would be read alongside the new .json file, so --force cannot help there.
    twins = [path.with_suffix(".toml") for path in paths.values()]
    found = [path for path in [*paths.values(), *twins] if path.exists()]
    if any(path.suffix == ".toml" for path in found):
        names = " and ".join(str(path) for path in found if path.suffix == ".toml")
        raise InputProblem(
            f"{folder} already has {instrument_id!r} as {names}. Would you move that away first, "
            "or choose another --output-dir?"
        )
    if found and not force:
        names = " and ".join(str(path) for path in found)
        are, them = ("is", "it") if len(found) == 1 else ("are", "them")
        raise InputProblem(
            f"{names} {are} already there, so nothing was written. Add --force to replace "
            f"{them}, or choose another --output-dir."
        )


def write_instrument(entry: Entry, paths: Mapping[str, Path]) -> None:
    # The text pack goes first: a text pack alone is ignored, a definition alone is an error,
    # so a first import that fails half-way leaves the folder as usable as it was.
    contents = {
        "texts": text_pack_data(next(iter(entry.texts.values()))),
        "definition": definition_data(entry.instrument),
    }
    for name, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(contents[name], ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")


def check_loads(folder: Path, instrument_id: str) -> None:
    try:
        loaded = load_catalogue([folder])
    except (DefinitionError, OSError) as error:
        raise InputProblem(
            f"The files are written, but {folder} cannot be used as it is: {error}"
        ) from None
    if instrument_id not in loaded:
        raise InputProblem(
            f"The files are written, but {instrument_id!r} is not read from {folder}."
        )
