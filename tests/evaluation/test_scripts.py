"""`make eval` and `make bench` keep working: they run end to end on small settings."""

from __future__ import annotations

import pytest

from bench import coach_bench
from evaluation import coach as coach_eval
from evaluation import misses


def test_bench_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert coach_bench.main(["--rounds", "20"]) == 0

    output = capsys.readouterr().out
    for figure in ("short message", "20 words", "100 words", "batch", "peak memory", "first"):
        assert figure in output


def test_eval_scores_every_kind_on_the_team_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert coach_eval.main(["--only", "team", "--split", "all", "--resamples", "5"]) == 0

    output = capsys.readouterr().out
    for kind in ("criticism", "contempt", "interrupting", "paraphrase", "validation"):
        assert f"  {kind} " in output
    assert "Cohen's kappa" in output


def test_eval_says_clearly_when_shared_data_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    arguments = ["--only", "goemotions,annomi,isarcasm", "--data", str(tmp_path)]

    assert coach_eval.main(arguments) == 0

    output = capsys.readouterr().out
    # GoEmotions, AnnoMI (rules, then the learned heads) and iSarcasmEval.
    assert output.count("is missing; skipped") == 4
    assert "Learned kind heads on AnnoMI" in output


def test_eval_refuses_an_unknown_section(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        coach_eval.main(["--only", "nonsense"])

    assert stop.value.code == 2
    assert "unknown section" in capsys.readouterr().err


def test_eval_doctests_pass() -> None:
    import doctest

    assert doctest.testmod(coach_eval).failed == 0


@pytest.mark.parametrize("which", ["dev", "tuning"])
def test_misses_lists_what_the_rules_miss_for_tuning(
    capsys: pytest.CaptureFixture[str], which: str
) -> None:
    assert misses.main(["--set", which, "--kind", "criticism", "--show", "missed"]) == 0

    output = capsys.readouterr().out
    assert "message items from " + which in output
    assert "  criticism " in output
    assert "wrongly flagged" not in output


def test_misses_never_shows_the_held_out_half(capsys: pytest.CaptureFixture[str]) -> None:
    assert misses.main(["--set", "dev", "--show", "both"]) == 0

    ids = [
        line.split(": ")[1]
        for line in capsys.readouterr().out.splitlines()
        if line.lstrip().startswith(("missed:", "wrongly flagged:"))
    ]
    assert ids
    assert all(int(item_id[1:]) % 2 == 0 for item_id in ids)


def test_misses_refuses_the_team_set_files() -> None:
    with pytest.raises(SystemExit, match="through --set dev only"):
        misses.main(["--set", str(misses.TEAM_DIR / "team_set.jsonl")])
