"""Train the coach's learned kind heads and write their small weight file.

    .venv/bin/python scripts/train_kind_heads.py [--data ../shared/data] [--folds 5]

One logistic regression per kind in ``closeknit_core.coach.kind_heads.HEAD_KINDS``, over the
reply's MiniLM vector and its relation to the other's previous turn, fitted in plain numpy
(Newton's method, L2, class weights) on:

- the team's own messages: the dev half (even ids) of tests/data/coach/team_set.jsonl, never
  the held-out half, and every tests/data/coach/tuning/*.jsonl file;
- outside data where it fits the kind: AnnoMI therapist reflections (paraphrase) and
  questions (clarifying question), iSarcasmEval sarcastic tweets (contempt), weighted against
  the team's messages by a share chosen by cross-validation (0 drops them).

Cross-validation over the team's messages (grouped by item, stratified) picks, per kind, the
L2 strength, the class weighting and the outside share by average precision, then the lowest
threshold whose out-of-fold precision is at least 0.85 (a false alarm costs more than a
miss). It prints those figures (optimistic: the threshold is chosen on the same out-of-fold
scores; the held-out half of the team set is the honest check, ``evaluation.learned_kinds``),
and AnnoMI (folds by transcript) and iSarcasmEval cross-validated at that threshold.
Vectors are cached under /tmp/closeknit-embeddings/kinds; a run takes about 15 minutes on a
busy 2-core machine once they are (embedding everything first takes about 10 more).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

# The data readers and the fitting code are shared with `make eval` (evaluation/), which is not
# an installed package: run from anywhere, the script finds it next to itself.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from closeknit_core.coach.embedding import MODEL_NAME, MODEL_SHA256, TOKENIZER_SHA256
from closeknit_core.coach.kind_heads import FEATURES, HEAD_KINDS, KIND_WEIGHTS
from closeknit_core.coach.types import Kind
from evaluation.learned_kinds import (
    DEFAULT_DATA,
    TUNING_DIR,
    Config,
    Example,
    annomi_examples,
    cross_validated_scores,
    example_features,
    fit_kind,
    flagged_counts,
    isarcasm_examples,
    outside_cross_validated,
    stratified_folds,
    team_examples,
    tuning_examples,
)

Matrix = npt.NDArray[np.float32]
OUTSIDE: dict[Kind, str] = {
    Kind.PARAPHRASE: "annomi",
    Kind.CLARIFYING_QUESTION: "annomi",
    Kind.CONTEMPT: "isarcasm",
}
L2_STRENGTHS = (1e-5, 1e-4, 1e-3)
OUTSIDE_SHARES = (0.25,)
TARGET_PRECISION = 0.85
# Fewer flagged items than this make a precision estimate meaningless.
MIN_FLAGGED = 4


@dataclass(frozen=True)
class Chosen:
    """A kind's chosen configuration and its cross-validated figures on the team's messages."""

    config: Config
    average_precision: float
    threshold: float
    precision: float
    recall: float
    f1: float


def average_precision(scores: npt.NDArray[np.float64], gold: npt.NDArray[np.bool_]) -> float:
    """The mean, over the positives, of the precision at each one's rank."""
    order = np.argsort(-scores, kind="stable")
    hits = gold[order]
    if not hits.any():
        return 0.0
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision_at[hits].mean())


def precision_threshold(scores: npt.NDArray[np.float64], gold: npt.NDArray[np.bool_]) -> float:
    """The lowest threshold whose flagged items are at least ``TARGET_PRECISION`` right (at
    least ``MIN_FLAGGED`` of them); infinity, never firing, when none is."""
    order = np.argsort(-scores, kind="stable")
    ranked, hits = scores[order], gold[order]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    good = [
        k
        for k in range(MIN_FLAGGED, len(ranked) + 1)
        if precision_at[k - 1] >= TARGET_PRECISION
        and (k == len(ranked) or ranked[k] < ranked[k - 1])
    ]
    if not good:
        return float("inf")
    k = max(good)
    return float(ranked[k - 1]) if k == len(ranked) else float((ranked[k - 1] + ranked[k]) / 2)


def choose(
    kind: Kind,
    inside: Matrix,
    inside_gold: npt.NDArray[np.bool_],
    folds: npt.NDArray[np.int64],
    outside: Matrix | None,
    outside_gold: npt.NDArray[np.bool_] | None,
) -> Chosen:
    # Stages keep the fits to a few (each takes seconds, the ones with thousands of outside
    # rows longer): the L2 strength with balanced classes, then unweighted classes, then the
    # outside share, each kept only when it raises the cross-validated average precision.
    best = max(
        (evaluate(kind, Config(l2, 1.0, 0.0), inside, inside_gold, folds) for l2 in L2_STRENGTHS),
        key=by_ap,
    )
    best = max(
        best,
        evaluate(kind, Config(best.config.l2, 0.0, 0.0), inside, inside_gold, folds),
        key=by_ap,
    )
    if outside is not None:
        for share in OUTSIDE_SHARES:
            config = Config(best.config.l2, best.config.class_balance, share)
            tried = evaluate(kind, config, inside, inside_gold, folds, outside, outside_gold)
            best = max(best, tried, key=by_ap)
    return best


def evaluate(
    kind: Kind,
    config: Config,
    inside: Matrix,
    inside_gold: npt.NDArray[np.bool_],
    folds: npt.NDArray[np.int64],
    outside: Matrix | None = None,
    outside_gold: npt.NDArray[np.bool_] | None = None,
) -> Chosen:
    """One configuration's cross-validated average precision, threshold and figures."""
    scores = cross_validated_scores(config, inside, inside_gold, folds, outside, outside_gold)
    ap = average_precision(scores, inside_gold)
    threshold = precision_threshold(scores, inside_gold)
    counts = flagged_counts(scores >= threshold, inside_gold)
    print(
        f"  {kind.value:20} l2={config.l2:<6g} balance={config.class_balance:g} "
        f"outside={config.outside_share:<4g} AP {ap:.3f}  "
        f"at P>={TARGET_PRECISION}: R {counts.recall:.2f}",
        flush=True,
    )
    return Chosen(config, ap, threshold, counts.precision, counts.recall, counts.f1)


def by_ap(chosen: Chosen) -> float:
    return chosen.average_precision


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--tuning", type=Path, default=TUNING_DIR, help="tuning .jsonl folder")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=KIND_WEIGHTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    inside_examples = team_examples("dev") + tuning_examples(args.tuning)
    if not inside_examples:
        print("no team messages: tests/data/coach/team_set.jsonl is missing", file=sys.stderr)
        return 2
    outside_examples = {
        "annomi": annomi_examples(args.data),
        "isarcasm": isarcasm_examples(args.data),
    }
    report_data(inside_examples, outside_examples, args.data)
    inside = example_features(inside_examples)
    outside = {
        name: example_features(examples) for name, examples in outside_examples.items() if examples
    }
    chosen: dict[Kind, Chosen] = {}
    fitted: dict[Kind, tuple[Matrix, float]] = {}
    for kind in HEAD_KINDS:
        gold = np.array([kind.value in example.kinds for example in inside_examples])
        folds = stratified_folds([e.group for e in inside_examples], gold, args.folds)
        source = OUTSIDE.get(kind)
        extra = outside.get(source) if source else None
        extra_gold = (
            np.array([kind.value in e.kinds for e in outside_examples[source]])
            if source and extra is not None
            else None
        )
        chosen[kind] = choose(kind, inside, gold, folds, extra, extra_gold)
        fitted[kind] = fit_kind(chosen[kind].config, inside, gold, extra, extra_gold)
    report_chosen(chosen, inside_examples)
    report_outside(chosen, inside, inside_examples, outside, outside_examples, args.folds)
    write_heads(args.output, chosen, fitted, len(inside_examples))
    print(f"total time {time.perf_counter() - started:.0f} s")
    return 0


def report_data(inside: Sequence[Example], outside: dict[str, list[Example]], data: Path) -> None:
    team = sum(example.source == "team" for example in inside)
    print(f"team dev messages: {team}; tuning messages: {len(inside) - team}")
    for name, examples in outside.items():
        if examples:
            print(f"{name}: {len(examples)} examples")
        else:
            print(f"{name}: missing under {data}; its heads train on the team's messages only")
    for kind in HEAD_KINDS:
        positives = sum(kind.value in example.kinds for example in inside)
        print(f"  {kind.value:20} {positives} positive team/tuning messages")


def report_chosen(chosen: dict[Kind, Chosen], inside: Sequence[Example]) -> None:
    print(f"\nCross-validated on the team's messages ({len(inside)}), at the chosen threshold")
    print(f"  {'kind':20} {'l2':>6} {'bal':>3} {'out':>3}  {'AP':>5} {'thresh':>6}  P     R     F1")
    for kind, row in chosen.items():
        config = row.config
        print(
            f"  {kind.value:20} {config.l2:6g} {config.class_balance:3g} "
            f"{config.outside_share:3g}  {row.average_precision:5.3f} {row.threshold:6.3f}  "
            f"{row.precision:.2f}  {row.recall:.2f}  {row.f1:.2f}"
        )


def report_outside(
    chosen: dict[Kind, Chosen],
    inside: Matrix,
    inside_examples: Sequence[Example],
    outside: dict[str, Matrix],
    outside_examples: dict[str, list[Example]],
    folds: int,
) -> None:
    for kind, source in OUTSIDE.items():
        if source not in outside:
            continue
        gold_inside = np.array([kind.value in e.kinds for e in inside_examples])
        counts = outside_cross_validated(
            kind,
            chosen[kind].config,
            chosen[kind].threshold,
            (inside, gold_inside),
            outside[source],
            outside_examples[source],
            folds,
        )
        print(
            f"{source} cross-validated by {'transcript' if source == 'annomi' else 'tweet'}, "
            f"{kind.value}: P {counts.precision:.2f} R {counts.recall:.2f} F1 {counts.f1:.2f}"
        )


def write_heads(
    path: Path,
    chosen: dict[Kind, Chosen],
    fitted: dict[Kind, tuple[Matrix, float]],
    trained_on: int,
) -> None:
    path.parent.mkdir(exist_ok=True)
    kinds = list(HEAD_KINDS)
    np.savez_compressed(
        path,
        kinds=np.array([kind.value for kind in kinds]),
        weights=np.stack([fitted[kind][0] for kind in kinds]).astype(np.float32),
        bias=np.array([fitted[kind][1] for kind in kinds], dtype=np.float32),
        thresholds=np.array([chosen[kind].threshold for kind in kinds], dtype=np.float32),
        l2=np.array([chosen[kind].config.l2 for kind in kinds]),
        class_balance=np.array([chosen[kind].config.class_balance for kind in kinds]),
        outside_share=np.array([chosen[kind].config.outside_share for kind in kinds]),
        cv_precision=np.array([chosen[kind].precision for kind in kinds]),
        cv_recall=np.array([chosen[kind].recall for kind in kinds]),
        features=np.array(FEATURES),
        model_name=np.array(MODEL_NAME),
        model_sha256=np.array(MODEL_SHA256),
        tokenizer_sha256=np.array(TOKENIZER_SHA256),
        trained_on=np.array(trained_on),
    )
    print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
