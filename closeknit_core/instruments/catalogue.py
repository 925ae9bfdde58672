"""Where instruments come from: ours, shipped in this package, and any a person adds.

A directory of instruments holds ``definitions/<id>.toml`` (or ``.json``) and
``texts/<language>/<id>.toml`` (or ``.json``). Ours live beside this module; a clinician
who holds the rights to a published instrument adds a directory of their own, on their own
machine, to ``CLOSEKNIT_INSTRUMENTS_DIRS``, and it joins ours.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from closeknit_core.instruments.definition import DefinitionError, Instrument, load_definition
from closeknit_core.instruments.texts import TextPack, load_text_pack

SHIPPED_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "en"
SUFFIXES = (".toml", ".json")


class UnknownInstrumentError(LookupError):
    """No instrument has that id."""

    def __init__(self, instrument_id: str, known: Iterable[str]) -> None:
        self.instrument_id = instrument_id
        names = ", ".join(sorted(known)) or "none"
        super().__init__(f"There is no instrument called {instrument_id!r}. Known: {names}.")


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One instrument with its text packs by language."""

    instrument: Instrument
    texts: Mapping[str, TextPack]
    is_shipped: bool

    def text(self, language: str = DEFAULT_LANGUAGE) -> TextPack:
        """The wording in ``language``, else English, else any."""
        for candidate in (language, language.split("-")[0], DEFAULT_LANGUAGE):
            if candidate in self.texts:
                return self.texts[candidate]
        return next(iter(self.texts.values()))


@dataclass(frozen=True, slots=True, eq=False)
class Catalogue:
    entries: Mapping[str, Entry]

    def get(self, instrument_id: str) -> Entry:
        try:
            return self.entries[instrument_id]
        except KeyError:
            raise UnknownInstrumentError(instrument_id, self.entries) from None

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, instrument_id: object) -> bool:
        return instrument_id in self.entries


def read_directory(directory: Path, *, is_shipped: bool) -> dict[str, Entry]:
    """Every instrument in ``directory``; one without any text pack is an error."""
    entries: dict[str, Entry] = {}
    definitions = directory / "definitions"
    if not definitions.is_dir():
        raise DefinitionError(f"{directory}: has no 'definitions' folder")
    for path in sorted(definitions.iterdir()):
        if path.suffix not in SUFFIXES:
            continue
        instrument = load_definition(path)
        if path.stem != instrument.id:
            raise DefinitionError(f"{path.name}: the file name must be the id, {instrument.id!r}")
        packs = {}
        for language_dir in sorted((directory / "texts").glob("*")):
            for suffix in SUFFIXES:
                text_path = language_dir / f"{instrument.id}{suffix}"
                if text_path.is_file():
                    pack = load_text_pack(text_path, instrument)
                    if pack.language != language_dir.name:
                        raise DefinitionError(
                            f"{language_dir.name}/{text_path.name}: says language "
                            f"{pack.language!r} but sits in the {language_dir.name!r} folder"
                        )
                    packs[pack.language] = pack
        if not packs:
            raise DefinitionError(f"{path.name}: no text pack in {directory / 'texts'}")
        entries[instrument.id] = Entry(instrument, MappingProxyType(packs), is_shipped)
    return entries


def load_catalogue(extra_directories: Iterable[Path] = ()) -> Catalogue:
    """Ours, then each extra directory; an extra instrument cannot replace one of ours."""
    entries = read_directory(SHIPPED_DIR, is_shipped=True)
    for directory in extra_directories:
        for instrument_id, entry in read_directory(Path(directory), is_shipped=False).items():
            if instrument_id in entries:
                raise DefinitionError(
                    f"{directory}: {instrument_id!r} is already an instrument; choose another id"
                )
            entries[instrument_id] = entry
    return Catalogue(MappingProxyType(entries))


@functools.cache
def shipped_catalogue() -> Catalogue:
    """Our own instruments, loaded and checked once.

    >>> shipped_catalogue().get("satisfaction-check").instrument.missing.policy
    'complete'
    """
    return load_catalogue()
