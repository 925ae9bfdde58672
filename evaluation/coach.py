"""`make eval`: how well the coach finds what it should, with bootstrap 95% intervals.

    python -m evaluation.coach [--data ../shared/data] [--only team,goemotions,annomi,isarcasm]

Sections (each says clearly when its data is missing and is skipped):
- team: the team-written set in tests/data/coach (gold = adjudicated labels), per kind,
  against the majority-class baseline, with the targets of issue 3; the two labellers'
  agreement (Cohen's kappa); then, on the held-out half, the learned kind heads alone and
  rules OR heads beside the rules.
- goemotions: Ekman six + neutral macro-F1 on the official test split.
- annomi: therapist reflections (paraphrase) and questions (clarifying question),
  intervals resampled by transcript; rules only, then the learned heads alone,
  cross-validated by transcript.
- isarcasm: the contempt signal against iSarcasmEval's sarcastic label.
Third-party data is read from ../shared/data and never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from closeknit_core.coach import analyze_message, heads
from closeknit_core.coach.detectors import detect
from closeknit_core.coach.emotions import emotion_scores
from closeknit_core.coach.types import EMOTIONS, HABITS, MESSAGE_KINDS, PITFALLS, Kind
from evaluation.metrics import Interval, bootstrap, cohen_kappa, count

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = PROJECT.parent / "shared" / "data"
TEAM_DIR = PROJECT / "tests" / "data" / "coach"
SECTIONS = ("team", "goemotions", "annomi", "isarcasm")

PITFALL_PRECISION, PITFALL_RECALL, HABIT_F1, EKMAN_MACRO_F1 = 0.85, 0.70, 0.75, 0.55


@dataclass(frozen=True)
class Scored:
    """Precision, recall and F1 with intervals for one decision."""

    name: str
    positives: int
    precision: Interval
    recall: Interval
    f1: Interval


def score(
    name: str,
    gold: Sequence[bool],
    predicted: Sequence[bool],
    *,
    groups: Sequence[object] | None = None,
    resamples: int,
) -> Scored:
    def on(metric: str) -> Callable[[Sequence[int]], float]:
        def statistic(indices: Sequence[int]) -> float:
            counts = count([gold[i] for i in indices], [predicted[i] for i in indices])
            return float(getattr(counts, metric))

        return statistic

    size = len(gold)
    return Scored(
        name,
        sum(gold),
        *(
            bootstrap(on(metric), size, groups=groups, resamples=resamples)
            for metric in ("precision", "recall", "f1")
        ),
    )


def print_table(title: str, rows: Iterable[tuple[Scored, str]]) -> None:
    print(f"\n{title}")
    print(f"  {'':22} {'n+':>5}  {'precision':>19}  {'recall':>19}  {'F1':>19}  target")
    for row, target in rows:
        print(
            f"  {row.name:22} {row.positives:5d}  {row.precision!s:>19}  "
            f"{row.recall!s:>19}  {row.f1!s:>19}  {target}"
        )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predicted_kinds(item: dict[str, Any]) -> set[Kind]:
    """What the coach finds in one team-set item (a message or a conversation)."""
    if "turns" in item:
        from closeknit_core.coach.conversation import analyze_conversation
        from closeknit_core.coach.transcript import Turn

        turns = [
            Turn(
                speaker=turn["speaker"],
                text=turn["text"],
                start=turn.get("start"),
                end=turn.get("end"),
            )
            for turn in item["turns"]
        ]
        analysis = analyze_conversation(turns)
        return {Kind.INTERRUPTING} if analysis.interruptions else set()
    return {finding.kind for finding in detect(item["text"], previous=item.get("previous"))}


def in_split(item_id: str, split: str) -> bool:
    """Tuning looks only at the dev half (even-numbered ids); held-out keeps the odd ones.

    >>> in_split("m0002", "dev"), in_split("m0003", "dev"), in_split("c0003", "held-out")
    (True, False, True)
    """
    if split == "all":
        return True
    is_even = int(item_id[1:]) % 2 == 0
    return is_even if split == "dev" else not is_even


def evaluate_team(resamples: int, split: str) -> bool:
    gold_path = TEAM_DIR / "team_set.jsonl"
    if not gold_path.exists():
        print(f"\nteam set: {gold_path} is missing; skipped")
        return True
    items = [item for item in read_jsonl(gold_path) if in_split(item["id"], split)]
    predictions = [predicted_kinds(item) for item in items]
    met = True
    rows: list[tuple[Scored, str]] = []
    for kind in sorted(Kind, key=lambda k: (k not in PITFALLS, k.value)):
        relevant = [
            index
            for index, item in enumerate(items)
            if ("turns" in item) == (kind is Kind.INTERRUPTING)
        ]
        gold = [kind.value in items[i]["labels"] for i in relevant]
        predicted = [kind in predictions[i] for i in relevant]
        row = score(kind.value, gold, predicted, resamples=resamples)
        if kind in PITFALLS:
            ok = row.precision.value >= PITFALL_PRECISION and row.recall.value >= PITFALL_RECALL
            target = f"P>={PITFALL_PRECISION} R>={PITFALL_RECALL} {'met' if ok else 'MISSED'}"
        else:
            ok = row.f1.value >= HABIT_F1
            target = f"F1>={HABIT_F1} {'met' if ok else 'MISSED'}"
        met = met and ok
        rows.append((row, target))
    messages = sum("turns" not in item for item in items)
    print_table(
        f"Team set, {split} ({len(items)} items: {messages} messages, "
        f"{len(items) - messages} conversations); rules only",
        rows,
    )
    print("  baseline (majority class: never flag): precision, recall and F1 are 0 for every kind")
    if split == "all":
        print_agreement()
    return met


def print_agreement() -> None:
    first, second = TEAM_DIR / "labels_a.jsonl", TEAM_DIR / "labels_b.jsonl"
    if not (first.exists() and second.exists()):
        print("  labeller agreement: labels_a.jsonl or labels_b.jsonl missing")
        return
    a = {row["id"]: set(row["labels"]) for row in read_jsonl(first)}
    b = {row["id"]: set(row["labels"]) for row in read_jsonl(second)}
    shared = sorted(set(a) & set(b))
    print(f"  labeller agreement over {len(shared)} items (Cohen's kappa):")
    kappas = []
    for kind in sorted(Kind, key=lambda k: k.value):
        kappa = cohen_kappa([kind in a[i] for i in shared], [kind in b[i] for i in shared])
        kappas.append(kappa)
        print(f"    {kind.value:22} {kappa:.2f}")
    exact = sum(a[i] == b[i] for i in shared) / len(shared)
    print(f"    mean kappa {sum(kappas) / len(kappas):.2f}; identical label sets {exact:.0%}")


def evaluate_goemotions(data: Path, resamples: int) -> bool:
    folder = data / "goemotions"
    if not (folder / "test.tsv").exists():
        print(f"\nGoEmotions: {folder}/test.tsv is missing; skipped")
        return True
    names = (folder / "labels.txt").read_text().split()
    mapping = json.loads((folder / "ekman_mapping.json").read_text())
    group_of = {fine: group for group, fines in mapping.items() for fine in fines}
    group_of["neutral"] = "neutral"
    texts, gold_sets = [], []
    with (folder / "test.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            text, labels, _ = line.rstrip("\n").split("\t")
            texts.append(text)
            gold_sets.append({group_of[names[int(label)]] for label in labels.split(",")})
    predicted = []
    for text in texts:
        scores = emotion_scores(text)
        predicted.append({max(scores, key=scores.__getitem__)})

    def macro_f1(indices: Sequence[int], guesses: Sequence[set[str]]) -> float:
        total = 0.0
        for emotion in EMOTIONS:
            counts = count(
                [emotion in gold_sets[i] for i in indices],
                [emotion in guesses[i] for i in indices],
            )
            total += counts.f1
        return total / len(EMOTIONS)

    rules = bootstrap(lambda idx: macro_f1(idx, predicted), len(texts), resamples=resamples)
    majority = [{"neutral"}] * len(texts)
    baseline = macro_f1(range(len(texts)), majority)  # type: ignore[arg-type]
    ok = rules.value >= EKMAN_MACRO_F1
    print(f"\nGoEmotions test split ({len(texts)} comments), Ekman six + neutral, macro-F1")
    print(
        f"  rules-only lexicon   {rules}   target >= {EKMAN_MACRO_F1} {'met' if ok else 'MISSED'}"
    )
    if heads.is_available():
        learned = [
            {max(scores, key=scores.__getitem__)}
            for scores in heads.learned_emotion_scores_batch(texts)
        ]
        head = bootstrap(lambda idx: macro_f1(idx, learned), len(texts), resamples=resamples)
        head_ok = head.value >= EKMAN_MACRO_F1
        ok = ok or head_ok
        print(
            f"  learned head only    {head}   target >= {EKMAN_MACRO_F1} "
            f"{'met' if head_ok else 'MISSED'} (off by default: docs/adr/0006)"
        )
    else:
        print("  learned head only    not installed (pip install 'closeknit[learned]')")
    print(f"  majority (neutral)   {baseline:.2f}")
    return ok


@dataclass(frozen=True)
class TherapistTurn:
    """An AnnoMI therapist turn, after the client's last turn in the same transcript."""

    text: str
    previous: str | None
    behaviour: str
    transcript: str


def therapist_turns(path: Path) -> list[TherapistTurn]:
    """The therapist turns of AnnoMI-simple.csv in transcript order (shared with the heads)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = sorted(
            csv.DictReader(handle),
            key=lambda row: (int(row["transcript_id"]), int(row["utterance_id"])),
        )
    turns = []
    last_client: dict[str, str] = {}
    for row in rows:
        transcript = row["transcript_id"]
        if row["interlocutor"] == "client":
            last_client[transcript] = row["utterance_text"]
            continue
        turns.append(
            TherapistTurn(
                text=row["utterance_text"],
                previous=last_client.get(transcript),
                behaviour=row["main_therapist_behaviour"],
                transcript=transcript,
            )
        )
    return turns


def evaluate_annomi(data: Path, resamples: int) -> None:
    path = data / "annomi" / "AnnoMI-simple.csv"
    if not path.exists():
        print(f"\nAnnoMI: {path} is missing; skipped")
        return
    turns = therapist_turns(path)
    texts = [turn.text for turn in turns]
    previous = [turn.previous for turn in turns]
    behaviours = [turn.behaviour for turn in turns]
    transcripts = [turn.transcript for turn in turns]
    found = [
        {finding.kind for finding in detect(text, previous=before)}
        for text, before in zip(texts, previous, strict=True)
    ]
    results = []
    for kind, behaviour in (
        (Kind.PARAPHRASE, "reflection"),
        (Kind.CLARIFYING_QUESTION, "question"),
    ):
        gold = [label == behaviour for label in behaviours]
        predicted = [kind in kinds for kinds in found]
        results.append(
            (
                score(kind.value, gold, predicted, groups=transcripts, resamples=resamples),
                f"vs AnnoMI {behaviour}",
            )
        )
    print_table(
        f"AnnoMI therapist turns ({len(texts)} in {len(set(transcripts))} transcripts; "
        "intervals by transcript); rules only",
        results,
    )


def evaluate_isarcasm(data: Path, resamples: int) -> None:
    path = data / "isarcasmeval" / "train.En.csv"
    if not path.exists():
        print(f"\niSarcasmEval: {path} is missing; skipped")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["tweet"]]
    gold = [row["sarcastic"] == "1" for row in rows]
    predicted = [
        Kind.CONTEMPT in {finding.kind for finding in detect(row["tweet"])} for row in rows
    ]
    print_table(
        f"iSarcasmEval English training tweets ({len(rows)}); contempt signal vs sarcastic",
        [(score("contempt", gold, predicted, resamples=resamples), "sarcasm is broader")],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.coach", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument(
        "--split",
        choices=("all", "dev", "held-out"),
        default=None,
        help="team-set half to score (default: all, then held-out)",
    )
    options = parser.parse_args(argv)
    chosen = {name.strip() for name in options.only.split(",") if name.strip()}
    unknown = chosen - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    analyze_message("warm up")  # loads the content once, outside any timing
    print(
        f"Closeknit coach evaluation (kinds: {len(MESSAGE_KINDS)} per message, "
        f"{len(PITFALLS)} pitfalls, {len(HABITS)} habits)"
    )
    targets_met = True
    # The learned heads train on the dev half and the tuning files: only the held-out half
    # (or dev, when asked for) says anything about them.
    from evaluation.learned_kinds import evaluate_annomi_heads, evaluate_learned_kinds

    if "team" in chosen:
        splits = [options.split] if options.split else ["all", "held-out"]
        for split in splits:
            targets_met &= evaluate_team(options.resamples, split)
        evaluate_learned_kinds(splits[-1], options.resamples)
    if "goemotions" in chosen:
        targets_met &= evaluate_goemotions(options.data, options.resamples)
    if "annomi" in chosen:
        evaluate_annomi(options.data, options.resamples)
        evaluate_annomi_heads(options.data, options.resamples)
    if "isarcasm" in chosen:
        evaluate_isarcasm(options.data, options.resamples)
    print(f"\nTargets: {'all met' if targets_met else 'not all met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
