"""Reading what people hand to `closeknit assess`: a JSON file or standard input, limited
in size, with a plain message for anything that cannot be used (exit code 2)."""

from __future__ import annotations

import json
import sys
from typing import Any

from closeknit_core.instruments import Catalogue, Entry, UnknownInstrumentError

JSON_KINDS = {list: "a list", str: "a string", int: "a number", float: "a number"} | {
    bool: "true or false",
    type(None): "null",
}


class InputProblem(Exception):
    """Input that cannot be used; the message says why, in plain words (exit code 2)."""


def find(catalogue: Catalogue, instrument_id: str) -> Entry:
    try:
        return catalogue.get(instrument_id)
    except UnknownInstrumentError as error:
        raise InputProblem(str(error)) from None


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def read_json_object(path: str, limit: int, expected: str) -> dict[str, Any]:
    """The JSON object in ``path`` ('-' for standard input), else InputProblem + ``expected``."""
    where = described_source(path)
    try:
        text = read_limited(path, limit, expected).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem(f"{where} is not UTF-8 text. {expected}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputProblem(
            f"{where} is not valid JSON ({error.msg}, line {error.lineno} column {error.colno}). "
            f"{expected}"
        ) from None
    except (ValueError, RecursionError):
        # Too deeply nested, or a number too long to read: not usable either way.
        raise InputProblem(f"{where} is not JSON that can be read. {expected}") from None
    if not isinstance(data, dict):
        found = JSON_KINDS.get(type(data), "something else")
        raise InputProblem(f"{where} holds {found}, not an object. {expected}")
    return data


def described_source(path: str) -> str:
    return "Standard input" if path == "-" else repr(path)


def read_limited(path: str, limit: int, expected: str) -> bytes:
    """Up to one byte past ``limit`` of a file or standard input; too much is InputProblem."""
    where = described_source(path)
    try:
        if path == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputProblem(f"There is no file called {path!r}.") from None
    except IsADirectoryError:
        raise InputProblem(f"{path!r} is a folder, not a file.") from None
    except OSError as error:
        raise InputProblem(f"{path!r} could not be read: {error.strerror}.") from None
    if len(data) > limit:
        raise InputProblem(f"{where} is larger than {limit // 1_000_000} MB. {expected}")
    return data
