"""How the learned kind heads compare with the rules, and the data both they and it read.

    python -m evaluation.learned_kinds [--data ../shared/data] [--split held-out]

``evaluate_learned_kinds(split)`` (called by ``evaluation.coach``) prints, for each kind with a
head, precision, recall and F1 with bootstrap 95% intervals on the team set's ``split``: rules
only, the head only, and rules OR head; then the heads alone on AnnoMI, cross-validated by
transcript (paraphrase ~ reflection, clarifying question ~ question).

The readers below are shared with ``scripts/train_kind_heads.py``. Sentence vectors are kept
between runs under /tmp/closeknit-embeddings/kinds (never in the repository), keyed by the
embedding model's hash and the text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from closeknit_core.coach import heads
from closeknit_core.coach.detectors import detect
from closeknit_core.coach.types import Kind
from evaluation.coach import (
    DEFAULT_DATA,
    TEAM_DIR,
    in_split,
    print_table,
    read_jsonl,
    score,
    therapist_turns,
)
from evaluation.metrics import Counts, count

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

CACHE_DIR = Path("/tmp/closeknit-embeddings/kinds")  # noqa: S108 (a cache, safe to lose)
TUNING_DIR = TEAM_DIR / "tuning"
# Saved every this many new vectors, so an interrupted run keeps most of its work.
CACHE_CHUNK = 1000


@dataclass(frozen=True)
class Example:
    """One message to score: its text, the other's turn before it, and its gold kinds.

    ``group`` keeps related rows together when splitting (an AnnoMI transcript, a file).
    """

    text: str
    previous: str | None
    kinds: frozenset[str]
    group: str
    source: str


def team_examples(split: str) -> list[Example]:
    """The team set's message items in ``split`` (never read the held-out half for tuning)."""
    path = TEAM_DIR / "team_set.jsonl"
    if not path.exists():
        return []
    examples = []
    for item in read_jsonl(path):
        item_id = str(item["id"])
        if "turns" in item or not in_split(item_id, split):
            continue
        examples.append(as_example(item, group=f"team:{item_id}", source="team"))
    return examples


def tuning_examples(folder: Path = TUNING_DIR) -> list[Example]:
    """The team's tuning messages (tests/data/coach/tuning/*.jsonl, same format as the set)."""
    examples = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        try:
            items = read_jsonl(path)
        except json.JSONDecodeError:
            # Other helpers append to these files while we read; a torn last line is skipped.
            items = read_complete_lines(path)
        for item in items:
            if "turns" in item or not isinstance(item.get("text"), str):
                continue
            examples.append(
                as_example(item, group=f"{path.stem}:{item.get('id')}", source="tuning")
            )
    return examples


def read_complete_lines(path: Path) -> list[dict[str, object]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return items


def as_example(item: dict[str, object], *, group: str, source: str) -> Example:
    previous = item.get("previous")
    labels = item.get("labels") or []
    assert isinstance(labels, list)  # noqa: S101 (the set's format)
    return Example(
        text=str(item["text"]),
        previous=str(previous) if previous else None,
        kinds=frozenset(str(label) for label in labels),
        group=group,
        source=source,
    )


ANNOMI_KINDS = {"reflection": Kind.PARAPHRASE.value, "question": Kind.CLARIFYING_QUESTION.value}


def annomi_examples(data: Path) -> list[Example]:
    """AnnoMI therapist turns, each after the client's last turn; reflection and question
    become paraphrase and clarifying question. Empty when the file is missing."""
    path = data / "annomi" / "AnnoMI-simple.csv"
    if not path.exists():
        return []
    examples = []
    for turn in therapist_turns(path):
        behaviour = ANNOMI_KINDS.get(turn.behaviour)
        examples.append(
            Example(
                text=turn.text,
                previous=turn.previous,
                kinds=frozenset({behaviour} if behaviour else ()),
                group=f"annomi:{turn.transcript}",
                source="annomi",
            )
        )
    return examples


def isarcasm_examples(data: Path) -> list[Example]:
    """iSarcasmEval English tweets; sarcastic ones count as contempt (sarcasm is broader)."""
    path = data / "isarcasmeval" / "train.En.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["tweet"]]
    return [
        Example(
            text=row["tweet"],
            previous=None,
            kinds=frozenset({Kind.CONTEMPT.value} if row["sarcastic"] == "1" else ()),
            group=f"isarcasm:{index}",
            source="isarcasm",
        )
        for index, row in enumerate(rows)
    ]


def text_key(text: str) -> str:
    from closeknit_core.coach.embedding import EMBEDDING_RECIPE, MODEL_SHA256

    key = f"{MODEL_SHA256}\n{EMBEDDING_RECIPE}\n{text}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def cached_vectors(texts: Sequence[str], cache: Path = CACHE_DIR) -> npt.NDArray[np.float32]:
    """MiniLM vectors for ``texts`` (one row each), embedding only those not in ``cache``."""
    import numpy as np

    known = read_cache(cache)
    missing = sorted({text for text in texts if text_key(text) not in known})
    if missing:
        cache.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        for begin in range(0, len(missing), CACHE_CHUNK):
            chunk = missing[begin : begin + CACHE_CHUNK]
            vectors = heads.embedder().embed(chunk)
            keys = [text_key(text) for text in chunk]
            name = hashlib.sha256("".join(keys).encode()).hexdigest()[:16]
            np.savez(cache / f"{name}.npz", keys=np.array(keys), vectors=vectors)
            known.update(zip(keys, vectors, strict=True))
            done = begin + len(chunk)
            rate = done / (time.perf_counter() - started)
            print(f"  embedded {done}/{len(missing)} new texts ({rate:.0f}/s)", file=sys.stderr)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([known[text_key(text)] for text in texts]).astype(np.float32)


def read_cache(cache: Path) -> dict[str, npt.NDArray[np.float32]]:
    import numpy as np

    known: dict[str, npt.NDArray[np.float32]] = {}
    for path in sorted(cache.glob("*.npz")) if cache.is_dir() else []:
        with np.load(path, allow_pickle=False) as stored:
            known.update(zip((str(key) for key in stored["keys"]), stored["vectors"], strict=True))
    return known


def example_features(examples: Sequence[Example]) -> npt.NDArray[np.float32]:
    """The kind heads' feature rows for ``examples`` (vectors from the cache)."""
    import numpy as np

    from closeknit_core.coach.kind_heads import pair_features

    replies = cached_vectors([example.text[: heads.READ_LIMIT] for example in examples])
    befores = [(example.previous or "")[: heads.READ_LIMIT] for example in examples]
    has_previous = np.array([bool(before) for before in befores], dtype=np.float32)
    previous = np.zeros_like(replies)
    present = [index for index, before in enumerate(befores) if before]
    if present:
        previous[present] = cached_vectors([befores[index] for index in present])
    return pair_features(replies, previous, has_previous)


def fit_logistic(
    features: npt.NDArray[np.float32],
    gold: npt.NDArray[np.bool_],
    sample_weights: npt.NDArray[np.float64],
    l2: float,
    *,
    iterations: int = 8,
) -> tuple[npt.NDArray[np.float32], float]:
    """Weights and bias minimising the weighted mean log-loss plus ``l2`` times the squared
    weights (the bias is not penalised), by Newton's method with step halving."""
    import numpy as np

    rows = np.hstack([features, np.ones((len(features), 1), dtype=np.float32)])
    target = gold.astype(np.float64)
    share = sample_weights / sample_weights.sum()
    penalty = np.full(rows.shape[1], 2 * l2)
    penalty[-1] = 0.0
    parameters = np.zeros(rows.shape[1])

    def objective(candidate: npt.NDArray[np.float64]) -> float:
        logits = (rows @ candidate.astype(np.float32)).astype(np.float64)
        losses = np.logaddexp(0.0, logits) - target * logits
        return float(share @ losses + l2 * (candidate[:-1] @ candidate[:-1]))

    current = objective(parameters)
    for _ in range(iterations):
        logits = (rows @ parameters.astype(np.float32)).astype(np.float64)
        probability = np.exp(-np.logaddexp(0.0, -logits))
        residual = (share * (probability - target)).astype(np.float32)
        gradient = (rows.T @ residual).astype(np.float64) + penalty * parameters
        curvature = (share * probability * (1 - probability)).astype(np.float32)
        # float32 keeps each step to a few tenths of a second; the line search guards accuracy.
        hessian = rows.T @ (rows * curvature[:, None])
        hessian[np.diag_indices_from(hessian)] += (penalty + 1e-6).astype(np.float32)
        step = np.linalg.solve(hessian, gradient.astype(np.float32)).astype(np.float64)
        size = 1.0
        while size > 1e-4:
            trial = parameters - size * step
            value = objective(trial)
            if value <= current:
                break
            size /= 2
        else:
            break
        improvement = current - value
        parameters, current = trial, value
        if improvement < 1e-7:
            break
    return parameters[:-1].astype(np.float32), float(parameters[-1])


@dataclass(frozen=True)
class Config:
    """How one head is fitted: L2 strength, class weighting (0 none, 1 balanced) and the
    outside data's total weight as a share of the team's messages."""

    l2: float
    class_balance: float
    outside_share: float


def class_weights(gold: npt.NDArray[np.bool_], balance: float) -> npt.NDArray[np.float64]:
    """Per-row weights summing to the row count; ``balance`` 1 gives each class half."""
    import numpy as np

    positives = max(int(gold.sum()), 1)
    negatives = max(len(gold) - int(gold.sum()), 1)
    raw = np.where(
        gold, (len(gold) / (2 * positives)) ** balance, (len(gold) / (2 * negatives)) ** balance
    )
    return raw * len(gold) / raw.sum()


def fit_kind(
    config: Config,
    inside: npt.NDArray[np.float32],
    gold: npt.NDArray[np.bool_],
    outside: npt.NDArray[np.float32] | None = None,
    outside_gold: npt.NDArray[np.bool_] | None = None,
) -> tuple[npt.NDArray[np.float32], float]:
    """One head fitted on the team's messages plus, at ``config.outside_share``, outside data."""
    import numpy as np

    weights = class_weights(gold, config.class_balance)
    if outside is not None and outside_gold is not None and config.outside_share > 0:
        extra = class_weights(outside_gold, config.class_balance)
        extra *= config.outside_share * len(gold) / len(outside_gold)
        return fit_logistic(
            np.vstack([inside, outside]),
            np.concatenate([gold, outside_gold]),
            np.concatenate([weights, extra]),
            config.l2,
        )
    return fit_logistic(inside, gold, weights, config.l2)


def probabilities(
    features: npt.NDArray[np.float32], head: tuple[npt.NDArray[np.float32], float]
) -> npt.NDArray[np.float64]:
    import numpy as np

    weights, bias = head
    logits = features.astype(np.float64) @ weights + bias
    return np.exp(-np.logaddexp(0.0, -logits))


def stratified_folds(
    groups: Sequence[str], gold: npt.NDArray[np.bool_], folds: int, seed: int = 2026
) -> npt.NDArray[np.int64]:
    """A fold number per row: whole groups dealt in turn, groups with a positive first."""
    import numpy as np

    positive_groups = sorted({g for g, is_gold in zip(groups, gold, strict=True) if is_gold})
    other_groups = sorted(set(groups) - set(positive_groups))
    generator = np.random.default_rng(seed)
    fold_of: dict[str, int] = {}
    dealt = 0
    for members in (positive_groups, other_groups):
        for group in generator.permutation(np.array(members, dtype=object)):
            fold_of[str(group)] = dealt % folds
            dealt += 1
    return np.array([fold_of[group] for group in groups], dtype=np.int64)


def cross_validated_scores(
    config: Config,
    inside: npt.NDArray[np.float32],
    gold: npt.NDArray[np.bool_],
    folds: npt.NDArray[np.int64],
    outside: npt.NDArray[np.float32] | None = None,
    outside_gold: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.float64]:
    """Out-of-fold probabilities for the team's messages (outside data always trains)."""
    import numpy as np

    scores = np.zeros(len(gold))
    for fold in np.unique(folds):
        held = folds == fold
        head = fit_kind(config, inside[~held], gold[~held], outside, outside_gold)
        scores[held] = probabilities(inside[held], head)
    return scores


def outside_cross_validated_scores(
    config: Config,
    inside: tuple[npt.NDArray[np.float32], npt.NDArray[np.bool_]],
    outside: npt.NDArray[np.float32],
    outside_gold: npt.NDArray[np.bool_],
    groups: Sequence[str],
    folds: int,
) -> npt.NDArray[np.float64]:
    """Out-of-fold probabilities for outside data, split by ``groups`` (AnnoMI transcripts):
    each fold is scored by a head trained on the team's messages and the other folds."""
    import numpy as np

    fold_of = stratified_folds(groups, outside_gold, folds)
    scores = np.zeros(len(outside_gold))
    for fold in range(folds):
        held = fold_of == fold
        head = fit_kind(config, *inside, outside[~held], outside_gold[~held])
        scores[held] = probabilities(outside[held], head)
    return scores


def outside_cross_validated(
    kind: Kind,
    config: Config,
    threshold: float,
    inside: tuple[npt.NDArray[np.float32], npt.NDArray[np.bool_]],
    outside: npt.NDArray[np.float32],
    examples: Sequence[Example],
    folds: int,
) -> Counts:
    """Confusion counts of the head at ``threshold`` on outside data, cross-validated."""
    import numpy as np

    gold = np.array([kind.value in example.kinds for example in examples])
    scores = outside_cross_validated_scores(
        config, inside, outside, gold, [example.group for example in examples], folds
    )
    return flagged_counts(scores >= threshold, gold)


def flagged_counts(predicted: npt.NDArray[np.bool_], gold: npt.NDArray[np.bool_]) -> Counts:
    return count([bool(value) for value in gold], [bool(value) for value in predicted])


def evaluate_learned_kinds(split: str, resamples: int = 1000) -> None:
    """Print, per kind with a head, the team set's ``split`` scored by the rules only, the
    head only and rules OR head (precision, recall, F1 with bootstrap 95% intervals).

    Messages that are also in the heads' training data (the tuning files, and the dev half
    when scoring another split) are left out, so the comparison is on unseen text only.
    """
    from closeknit_core.coach import kind_heads

    if not kind_heads.is_available():
        print("\nLearned kind heads: not installed (pip install 'closeknit[learned]'); skipped")
        return
    trained = {normalised(example.text) for example in tuning_examples()}
    if split != "dev":
        trained |= {normalised(example.text) for example in team_examples("dev")}
    everything = team_examples(split)
    examples = [example for example in everything if normalised(example.text) not in trained]
    if not examples:
        print(f"\nLearned kind heads: {TEAM_DIR}/team_set.jsonl is missing; skipped")
        return
    loaded = kind_heads.kind_heads()
    scores = kind_heads.scores_from_features(example_features(examples), loaded)
    fired = scores >= loaded.thresholds
    found = [
        {finding.kind for finding in detect(example.text, previous=example.previous)}
        for example in examples
    ]
    print(
        f"\nLearned kind heads on the team set, {split}: {len(examples)} messages "
        f"({len(everything) - len(examples)} left out: also in the heads' training data)"
    )
    print(f"  {'':30} {'n+':>4}  {'precision':>19}  {'recall':>19}  {'F1':>19}")
    for column, kind in enumerate(loaded.kinds):
        gold = [kind.value in example.kinds for example in examples]
        by_rules = [kind in kinds for kinds in found]
        by_head = [bool(value) for value in fired[:, column]]
        either = [rule or head for rule, head in zip(by_rules, by_head, strict=True)]
        for name, predicted in (("rules", by_rules), ("head", by_head), ("rules OR head", either)):
            row = score(name, gold, predicted, resamples=resamples)
            print(
                f"  {kind.value + ' ' + name:30} {row.positives:4d}  {row.precision!s:>19}  "
                f"{row.recall!s:>19}  {row.f1!s:>19}"
            )
    print("  baseline (majority class: never flag): precision, recall and F1 are 0 for every kind")


def normalised(text: str) -> str:
    return " ".join(text.lower().split())


def evaluate_annomi_heads(data: Path, resamples: int = 1000, folds: int = 5) -> None:
    """The paraphrase and question heads alone on AnnoMI, cross-validated by transcript with
    the stored configuration and threshold (each fold's head also trains on the team's dev
    messages and tuning files). Embeds about 10,000 texts on a first run."""
    import numpy as np

    from closeknit_core.coach import kind_heads

    if not kind_heads.is_available():
        print("\nLearned kind heads on AnnoMI: not installed; skipped")
        return
    examples = annomi_examples(data)
    if not examples:
        print(f"\nLearned kind heads on AnnoMI: {data}/annomi is missing; skipped")
        return
    configs, thresholds = stored_configs()
    inside_examples = team_examples("dev") + tuning_examples()
    inside = example_features(inside_examples)
    outside = example_features(examples)
    transcripts = [example.group for example in examples]
    rows = []
    for kind in (Kind.PARAPHRASE, Kind.CLARIFYING_QUESTION):
        inside_gold = np.array([kind.value in example.kinds for example in inside_examples])
        gold = np.array([kind.value in example.kinds for example in examples])
        scores = outside_cross_validated_scores(
            configs[kind], (inside, inside_gold), outside, gold, transcripts, folds
        )
        predicted = [bool(value) for value in scores >= thresholds[kind]]
        row = score(
            f"{kind.value} head",
            [bool(value) for value in gold],
            predicted,
            groups=transcripts,
            resamples=resamples,
        )
        trained = configs[kind].outside_share > 0
        rows.append((row, "by transcript" if trained else "head never saw AnnoMI"))
    print_table(
        f"Learned heads alone on AnnoMI therapist turns ({len(examples)}; intervals by transcript)",
        rows,
    )


def stored_configs() -> tuple[dict[Kind, Config], dict[Kind, float]]:
    """Each head's fitting configuration and threshold, as written by the training script."""
    import numpy as np

    from closeknit_core.coach.kind_heads import KIND_WEIGHTS

    with np.load(KIND_WEIGHTS, allow_pickle=False) as stored:
        kinds = [Kind(str(name)) for name in stored["kinds"]]
        configs = {
            kind: Config(float(l2), float(balance), float(share))
            for kind, l2, balance, share in zip(
                kinds,
                stored["l2"],
                stored["class_balance"],
                stored["outside_share"],
                strict=True,
            )
        }
        thresholds = dict(zip(kinds, (float(t) for t in stored["thresholds"]), strict=True))
    return configs, thresholds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.learned_kinds", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--split", choices=("all", "dev", "held-out"), default="held-out")
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument("--no-annomi", action="store_true", help="skip the AnnoMI section")
    options = parser.parse_args(argv)
    evaluate_learned_kinds(options.split, options.resamples)
    if not options.no_annomi:
        evaluate_annomi_heads(options.data, options.resamples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
