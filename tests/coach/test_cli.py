"""`closeknit coach` from a shell: reports, JSON Lines, transcripts and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from closeknit_core.coach.types import MAX_MESSAGE_CHARS

CRITICAL = "You never listen to me, you're so selfish."


def coach(*arguments: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "closeknit.cli", "coach", *arguments],
        input=stdin,
        capture_output=True,
        env=env,
        check=False,
    )


def test_coach_report_names_the_pitfall_and_offers_a_rewrite() -> None:
    result = coach(CRITICAL)

    report = result.stdout.decode()
    assert result.returncode == 0
    assert "criticism" in report
    assert "A gentler way to say it" in report


def test_coach_json_gives_spans_that_match_the_text() -> None:
    result = coach(CRITICAL, "--json")

    data = json.loads(result.stdout)
    assert data["findings"]
    for finding in data["findings"]:
        assert CRITICAL[finding["start"] : finding["end"]] == finding["text"]
    assert set(data["emotions"]) >= {"anger", "joy", "neutral"}


def test_coach_reads_a_message_from_standard_input() -> None:
    result = coach("-", "--json", stdin=CRITICAL.encode())

    assert result.returncode == 0
    assert json.loads(result.stdout)["text"] == CRITICAL


@pytest.mark.parametrize(
    ("arguments", "stdin", "message"),
    [
        (("",), None, "empty"),
        (("   ",), None, "empty"),
        (("-",), b"\x00\x01\x02binary", "binary"),
        (("-",), b"\xff\xfe\xfa", "not UTF-8"),
        (("x" * (MAX_MESSAGE_CHARS + 1),), None, "characters long"),
        (("--conversation", "no-such-file.txt"), None, "no file"),
        (("--input", "no-such-file.jsonl"), None, "no file"),
    ],
)
def test_coach_refuses_unusable_input_clearly(
    arguments: tuple[str, ...], stdin: bytes | None, message: str
) -> None:
    result = coach(*arguments, stdin=stdin)

    assert result.returncode == 1
    assert message in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_coach_refuses_a_megabyte_message_from_a_pipe() -> None:
    result = coach("-", stdin=b"word " * 200_000)

    assert result.returncode == 1
    assert "characters long" in result.stderr.decode()


@pytest.mark.parametrize(
    "arguments",
    [(), (CRITICAL, "--input", "x.jsonl"), ("--output", "out.jsonl", CRITICAL), ("--workers", "0")],
)
def test_coach_refuses_wrong_command_lines_with_usage(arguments: tuple[str, ...]) -> None:
    result = coach(*arguments)

    assert result.returncode == 2
    assert "usage:" in result.stderr.decode()


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_coach_input_file_gives_one_result_per_line_in_order(tmp_path: Path) -> None:
    source = write_lines(
        tmp_path / "in.jsonl",
        [json.dumps({"id": n, "text": text}) for n, text in enumerate([CRITICAL, "Fine by me!"])],
    )
    target = tmp_path / "out.jsonl"

    result = coach("--input", str(source), "--output", str(target), "--workers", "2")

    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert result.returncode == 0
    assert [row["id"] for row in rows] == [0, 1]
    assert set(rows[0]) >= {"id", "findings", "emotions", "rewrites"}
    assert {finding["kind"] for finding in rows[0]["findings"]} >= {"criticism"}


def test_coach_input_file_skips_bad_lines_and_names_them(tmp_path: Path) -> None:
    source = write_lines(
        tmp_path / "in.jsonl",
        [json.dumps({"id": "a", "text": CRITICAL}), "{not json", json.dumps({"id": "c"})],
    )

    result = coach("--input", str(source))

    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 0
    assert [row["id"] for row in rows] == ["a"]
    assert "line 2" in result.stderr.decode()
    assert "line 3" in result.stderr.decode()


def test_coach_input_file_strict_stops_at_the_first_bad_line(tmp_path: Path) -> None:
    source = write_lines(
        tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": CRITICAL}), "{not json"]
    )

    result = coach("--input", str(source), "--strict")

    assert result.returncode == 1
    assert "line 2" in result.stderr.decode()


TRANSCRIPT = """Ana: You never listen to me, you're always on your phone.
Ben: Well you're the one who's always late, so don't start.
Ana: I was trying to tell you about my day and—
Ben: Whatever. I'm done.
"""


def test_coach_conversation_report_describes_the_exchange(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")

    result = coach("--conversation", str(path))

    report = result.stdout.decode()
    assert result.returncode == 0
    assert "Ana:" in report
    assert "Each person" in report


def test_coach_conversation_json_marks_the_interruption(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")

    result = coach("--conversation", str(path), "--json")

    data = json.loads(result.stdout)
    assert data["interruptions"] == [{"turn": 2, "by_turn": 3, "cue": "dash"}]
    assert [speaker["speaker"] for speaker in data["speakers"]] == ["Ana", "Ben"]


def test_coach_conversation_strict_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "talk.jsonl"
    path.write_text('{"speaker": "Ana", "text": "hi"}\n{oops\n', encoding="utf-8")

    result = coach("--conversation", str(path), "--strict")

    assert result.returncode == 1
    assert "line 2" in result.stderr.decode()


def test_coach_input_file_gives_the_same_lines_with_two_workers(tmp_path: Path) -> None:
    texts = [CRITICAL, "Fine by me!", "I feel lonely when we eat apart."] * 30
    source = write_lines(
        tmp_path / "in.jsonl", [json.dumps({"id": n, "text": text}) for n, text in enumerate(texts)]
    )

    alone = coach("--input", str(source), "--workers", "1")
    shared = coach("--input", str(source), "--workers", "2")

    assert shared.returncode == alone.returncode == 0
    assert shared.stdout == alone.stdout
    rows = [json.loads(line) for line in shared.stdout.decode().splitlines()]
    assert [row["id"] for row in rows] == list(range(len(texts)))


def test_coach_learned_scores_emotions_with_the_learned_head() -> None:
    from closeknit_core.coach import heads, learned

    if not learned.is_available():
        pytest.skip("the learned layer is not installed")
    text = "I'm so scared about the results tomorrow."

    result = coach("--json", "--learned", text)

    assert result.returncode == 0, result.stderr.decode()
    emotions = json.loads(result.stdout)["emotions"]
    assert emotions == pytest.approx(
        heads.learned_emotion_scores(text), abs=1e-4
    )  # JSON rounds to 4 places


def test_coach_learned_refuses_a_conversation() -> None:
    result = coach("--learned", "--conversation", "talk.txt")

    assert result.returncode == 2
    assert "--learned reads messages" in result.stderr.decode()


def test_coach_learned_says_how_to_install_it_when_missing(tmp_path: Path) -> None:
    # A copy of the package whose kind-head weights are missing stands for an install
    # without the learned extra.
    script = (
        "import sys\n"
        "from closeknit_core.coach import kind_heads\n"
        "kind_heads.KIND_WEIGHTS = kind_heads.KIND_WEIGHTS.with_name('missing.npz')\n"
        "from closeknit import cli\n"
        "sys.exit(cli.main(['coach', '--learned', 'You never call.']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=False, cwd=tmp_path
    )

    assert result.returncode == 1
    assert "pip install 'closeknit[learned]'" in result.stderr.decode()
    assert result.stdout == b""
