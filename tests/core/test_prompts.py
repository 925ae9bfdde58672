"""The daily question's prompt bank: enough prompts for every kind, at every depth, checked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from closeknit_core import prompts
from closeknit_core.prompts import Depth, PromptError


def test_bank_has_a_year_of_prompts() -> None:
    assert len(prompts.prompt_bank()) >= 365


@pytest.mark.parametrize("kind", prompts.KINDS)
def test_every_kind_has_prompts_at_every_depth(kind: str) -> None:
    depths = Counter(p.depth for p in prompts.prompt_bank() if kind in p.kinds)
    # a friend or a parent gets months of questions too, light ones most of all
    assert depths[Depth.LIGHT] >= 60
    assert depths[Depth.PERSONAL] >= 45
    assert depths[Depth.DEEP] >= 30


def test_every_theme_has_prompts() -> None:
    themes = Counter(p.theme for p in prompts.prompt_bank())
    assert set(themes) == set(prompts.THEMES)
    assert min(themes.values()) >= 30


def test_suits_respects_kind_and_depth() -> None:
    deep_for_partners = next(
        p for p in prompts.prompt_bank() if p.depth is Depth.DEEP and "partner" in p.kinds
    )
    assert deep_for_partners.suits("partner", Depth.DEEP)
    assert not deep_for_partners.suits("partner", Depth.PERSONAL)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "memories.toml"
    path.write_text('version = 1\ntheme = "memories"\n' + body, encoding="utf-8")
    return path


PROMPT = '[[prompts]]\nid = "memories-001"\ndepth = "light"\nkinds = ["friend"]\ntext = "{}"\n'


def test_read_theme_reads_a_good_prompt(tmp_path: Path) -> None:
    path = write(tmp_path, PROMPT.format("What made you smile today?"))
    [prompt] = prompts.read_theme(path, "memories")
    assert (prompt.id, prompt.depth, prompt.kinds) == ("memories-001", Depth.LIGHT, {"friend"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "needs \\[\\[prompts\\]\\]"),
        (PROMPT.replace("memories-001", "memories-002").format("Why?"), "id must be"),
        (PROMPT.replace('"light"', '"intense"').format("Why?"), "depth must be"),
        (PROMPT.replace('["friend"]', '["colleague"]').format("Why?"), "kinds must be"),
        (PROMPT.replace('["friend"]', "[]").format("Why?"), "kinds must be"),
        (PROMPT.format("Tell me a story."), "ending with '\\?'"),
        (PROMPT.format(" ".join(["word"] * 30) + "?"), "longer than 25 words"),
        (PROMPT.format("Why?") + 'extra = "x"\n', "unknown keys"),
        ("[[prompts\n", "cannot be read"),
    ],
)
def test_read_theme_refuses_bad_prompts(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(PromptError, match=message):
        prompts.read_theme(write(tmp_path, body), "memories")


def test_read_theme_refuses_a_file_for_another_theme(tmp_path: Path) -> None:
    path = write(tmp_path, PROMPT.format("Why?"))
    with pytest.raises(PromptError, match="theme must be 'dreams'"):
        prompts.read_theme(path, "dreams")


def test_check_bank_refuses_the_same_question_twice(tmp_path: Path) -> None:
    path = write(tmp_path, PROMPT.format("What made you smile today?"))
    [prompt] = prompts.read_theme(path, "memories")
    twin = prompts.Prompt(
        "dreams-001", "dreams", Depth.LIGHT, frozenset({"friend"}), prompt.text.upper()
    )
    with pytest.raises(PromptError, match="repeats memories-001"):
        prompts.check_bank([prompt, twin])
