"""Catalogues: directories of instruments, the rules for adding one, and our shipped ones.

Every test but the last few swaps our shipped directory for a temporary one, so they do not
depend on the instruments being written; the last few check the shipped instruments
themselves through ``shipped_catalogue()``.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from types import MappingProxyType

import pytest

from closeknit_core.instruments import catalogue, scoring
from closeknit_core.instruments.catalogue import (
    Catalogue,
    Entry,
    UnknownInstrumentError,
    load_catalogue,
    read_directory,
    shipped_catalogue,
)
from closeknit_core.instruments.definition import About, DefinitionError
from closeknit_core.instruments.interpretation import interpret
from closeknit_core.instruments.scoring import score_responses
from tests.core.instruments.builders import (
    build,
    build_pack,
    definition,
    extreme_answers,
    text_pack,
    write_instrument,
)


@pytest.fixture
def ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for our shipped directory, holding one instrument, 'ours-check'."""
    directory = tmp_path / "ours"
    write_instrument(directory, definition(id="ours-check"))
    monkeypatch.setattr(catalogue, "SHIPPED_DIR", directory)
    return directory


def error_of(extra: list[Path]) -> str:
    with pytest.raises(DefinitionError) as caught:
        load_catalogue(extra)
    return str(caught.value)


def test_load_catalogue_adds_an_extra_directory(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition())
    loaded = load_catalogue([tmp_path / "mine"])
    assert [entry.instrument.id for entry in loaded] == ["ours-check", "tiny"]
    assert loaded.get("ours-check").is_shipped is True
    assert loaded.get("tiny").is_shipped is False
    assert loaded.get("tiny").text().title == "Title of tiny"


def test_load_catalogue_accepts_a_directory_as_text(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition())
    assert "tiny" in load_catalogue([str(tmp_path / "mine")])  # type: ignore[list-item]


def test_load_catalogue_without_extras_gives_ours(ours: Path) -> None:
    assert list(load_catalogue().entries) == ["ours-check"]


def test_read_directory_gathers_every_language(tmp_path: Path) -> None:
    data = definition()
    write_instrument(tmp_path, data, {"en": text_pack(data), "fr": text_pack(data, "fr")})
    entry = read_directory(tmp_path, is_shipped=False)["tiny"]
    assert sorted(entry.texts) == ["en", "fr"]


def test_read_directory_ignores_other_files(tmp_path: Path) -> None:
    write_instrument(tmp_path, definition())
    (tmp_path / "definitions" / "README.md").write_text("Notes", "utf-8")
    (tmp_path / "definitions" / "tiny.toml~").write_text("not = [valid", "utf-8")
    assert list(read_directory(tmp_path, is_shipped=False)) == ["tiny"]


def test_refuses_pack_whose_language_is_not_its_folder(ours: Path, tmp_path: Path) -> None:
    # texts/fr/tiny.json saying it is English would silently replace texts/en/tiny.json
    data = definition()
    write_instrument(tmp_path / "mine", data, {"en": text_pack(data), "fr": text_pack(data, "en")})
    assert "tiny.json" in error_of([tmp_path / "mine"])


def test_refuses_definition_without_text_pack(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition(), packs={})
    message = error_of([tmp_path / "mine"])
    assert message.startswith("tiny.json: no text pack in ")


def test_refuses_definition_whose_pack_has_another_name(ours: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    write_instrument(mine, definition())
    (mine / "texts" / "en" / "tiny.json").rename(mine / "texts" / "en" / "tiny-check.json")
    assert "tiny.json: no text pack" in error_of([mine])


def test_refuses_file_name_that_is_not_the_id(ours: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    write_instrument(mine, definition())
    (mine / "definitions" / "tiny.json").rename(mine / "definitions" / "small.json")
    assert "small.json: the file name must be the id, 'tiny'" in error_of([mine])


def test_extra_directory_cannot_replace_a_shipped_id(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition(id="ours-check"))
    message = error_of([tmp_path / "mine"])
    assert "'ours-check' is already an instrument; choose another id" in message


def test_two_extra_directories_cannot_share_an_id(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "first", definition())
    write_instrument(tmp_path / "second", definition())
    assert "'tiny' is already an instrument" in error_of([tmp_path / "first", tmp_path / "second"])


def test_refuses_directory_without_definitions(ours: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert "has no 'definitions' folder" in error_of([tmp_path / "empty"])


def test_refuses_broken_text_pack_naming_its_file(ours: Path, tmp_path: Path) -> None:
    data = definition()
    pack = text_pack(data)
    del pack["items"]["w1"]
    write_instrument(tmp_path / "mine", data, {"en": pack})
    assert error_of([tmp_path / "mine"]).startswith("tiny.json: items: no text for 'w1'")


def test_refuses_broken_definition_naming_its_file(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition())
    path = tmp_path / "mine" / "definitions" / "tiny.json"
    path.write_text(json.dumps(definition(version="one")), "utf-8")
    assert error_of([tmp_path / "mine"]).startswith("tiny.json: version:")


# Looking instruments up


def test_unknown_instrument_error_lists_known_ids(ours: Path, tmp_path: Path) -> None:
    write_instrument(tmp_path / "mine", definition())
    loaded = load_catalogue([tmp_path / "mine"])
    with pytest.raises(UnknownInstrumentError) as caught:
        loaded.get("satisfaction")
    assert str(caught.value) == (
        "There is no instrument called 'satisfaction'. Known: ours-check, tiny."
    )
    assert caught.value.instrument_id == "satisfaction"
    assert isinstance(caught.value, LookupError)


def test_unknown_instrument_error_in_an_empty_catalogue() -> None:
    with pytest.raises(UnknownInstrumentError, match=r"Known: none\.$"):
        Catalogue(MappingProxyType({})).get("tiny")


def test_catalogue_contains_and_iterates(ours: Path) -> None:
    loaded = load_catalogue()
    assert "ours-check" in loaded
    assert "tiny" not in loaded
    assert [entry.instrument.id for entry in loaded] == ["ours-check"]


def entry_in(*languages: str) -> Entry:
    data = definition()
    packs = {language: build_pack(text_pack(data, language), data) for language in languages}
    return Entry(build(data), MappingProxyType(packs), is_shipped=False)


@pytest.mark.parametrize(
    ("languages", "wanted", "given"),
    [
        (("en", "fr"), "fr", "fr"),
        (("en", "fr"), "fr-CA", "fr"),
        (("en", "fr-CA"), "fr-CA", "fr-CA"),
        (("en", "fr"), "de", "en"),
        (("en", "fr"), "en-GB", "en"),
        (("fr", "en"), "pt-BR", "en"),
        (("fr", "de"), "es", "fr"),
        (("de", "fr"), "es", "de"),
    ],
)
def test_entry_text_falls_back(languages: tuple[str, ...], wanted: str, given: str) -> None:
    assert entry_in(*languages).text(wanted).language == given


def test_entry_text_defaults_to_english() -> None:
    assert entry_in("fr", "en").text().language == "en"


# Our shipped instruments: the only tests that read them


def test_shipped_catalogue_loads_every_instrument() -> None:
    shipped = shipped_catalogue()
    files = sorted(path.stem for path in (catalogue.SHIPPED_DIR / "definitions").glob("*.toml"))
    assert sorted(shipped.entries) == files
    assert "satisfaction-check" in shipped
    for entry in shipped:
        assert entry.is_shipped
        assert "en" in entry.texts, entry.instrument.id
        # we ship only our own wording (docs/adr/0007-instruments-as-data.md)
        assert entry.instrument.provenance.wording == "ours", entry.instrument.id


def test_shipped_instruments_balance_keying() -> None:
    unbalanced = []
    for entry in shipped_catalogue():
        for subscale in entry.instrument.subscales:
            items = [i for i in entry.instrument.items if i.subscale == subscale.id]
            share = sum(i.reverse for i in items) / len(items)
            if not 0.20 <= share <= 0.45:
                unbalanced.append(
                    f"{entry.instrument.id}/{subscale.id}: {share:.0%} of {len(items)}"
                )
    assert unbalanced == []


def test_shipped_module_doctests_pass() -> None:
    assert doctest.testmod(catalogue).failed == 0
    assert doctest.testmod(scoring).failed == 0


def versions(instrument_about: tuple[About, ...], kinds: tuple[str, ...]) -> list[str | None]:
    found: list[str | None] = list(kinds) if About.RELATIONSHIP in instrument_about else []
    return found + ([None] if About.GENERAL in instrument_about else [])


def test_shipped_instruments_score_and_interpret_extremes() -> None:
    for entry in shipped_catalogue():
        instrument = entry.instrument
        for kind in versions(instrument.about, instrument.relationship_kinds):
            for high in (False, True):
                answers = extreme_answers(instrument, dict.fromkeys(instrument.score_ids, high))
                asked = {i.id for i in instrument.asked_items(kind)}
                answers = {k: v for k, v in answers.items() if k in asked}
                interpret(instrument, score_responses(instrument, answers, kind))


def test_shipped_quadrants_follow_extreme_answers() -> None:
    for entry in shipped_catalogue():
        instrument = entry.instrument
        kind = versions(instrument.about, instrument.relationship_kinds)[0]
        asked = {i.id for i in instrument.asked_items(kind)}
        for rule in (c for c in instrument.classifications if c.type == "quadrant"):
            for x_high in (False, True):
                for y_high in (False, True):
                    high = dict.fromkeys(instrument.score_ids, False) | {
                        rule.x: x_high,
                        rule.y: y_high,
                    }
                    answers = extreme_answers(instrument, high)
                    scored = score_responses(
                        instrument, {k: v for k, v in answers.items() if k in asked}, kind
                    )
                    (result,) = [
                        c for c in interpret(instrument, scored).classifications if c.id == rule.id
                    ]
                    key = f"{'high' if x_high else 'low'}_{'high' if y_high else 'low'}"
                    assert result.category == rule.quadrants[key], (instrument.id, key)
