"""Train the coach's learned emotion head on GoEmotions and write its small weight file.

    .venv/bin/python scripts/train_emotion_head.py [../shared/data/goemotions] [--cache DIR]

The head is a multinomial logistic regression over the means of MiniLM layers 2 to 6
(``Embedder.embed_layers``) and the word-list lexicon's seven scores
(``closeknit_core.coach.emotions``), fitted in plain numpy (mini-batch Adam) on the official
train split. The dev split picks the L2 strength and, for each, a per-emotion offset added to
the logits, both chosen to maximise macro-F1; the offsets are folded into the bias, so the
stored head is one softmax layer. The test split is scored once, with the same macro-F1
as ``make eval`` (gold Ekman groups as a set, the top emotion as the guess), per emotion.
Each split's vectors are kept in ``--cache`` (default /tmp/closeknit-embeddings) as
``goemotions-<split>.npy`` with a ``.json`` naming the embedding; never in the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from closeknit_core.coach.embedding import (
    EMBEDDING_RECIPE,
    MODEL_NAME,
    MODEL_SHA256,
    TOKENIZER_SHA256,
    Embedder,
)
from closeknit_core.coach.heads import FEATURES, lexicon_features
from closeknit_core.coach.types import EMOTIONS

Matrix = npt.NDArray[np.float32]
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "goemotions"
OUTPUT = Path(__file__).resolve().parents[1] / "closeknit_core" / "coach" / "weights"
DEFAULT_CACHE = Path("/tmp/closeknit-embeddings")  # noqa: S108 (a cache, safe to lose)
L2_STRENGTHS = (0.0, 1e-5, 1e-4)
EPOCHS = 12
BATCH = 512
RATE = 3e-3
OFFSET_GRID = np.round(np.arange(-3.0, 3.01, 0.1), 2)


def read_split(folder: Path, split: str) -> tuple[list[str], list[set[str]]]:
    """Texts and their gold Ekman groups (six + neutral) from one GoEmotions split."""
    names = (folder / "labels.txt").read_text(encoding="utf-8").split()
    mapping = json.loads((folder / "ekman_mapping.json").read_text(encoding="utf-8"))
    group_of = {fine: group for group, fines in mapping.items() for fine in fines}
    group_of["neutral"] = "neutral"
    texts, golds = [], []
    with (folder / f"{split}.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            text, labels, _ = line.rstrip("\n").split("\t")
            texts.append(text)
            golds.append({group_of[names[int(label)]] for label in labels.split(",")})
    return texts, golds


def soft_targets(golds: Sequence[set[str]]) -> Matrix:
    """One row per example, its gold groups sharing a probability of 1."""
    targets = np.zeros((len(golds), len(EMOTIONS)), dtype=np.float32)
    for row, gold in enumerate(golds):
        for emotion in gold:
            targets[row, EMOTIONS.index(emotion)] = 1.0 / len(gold)
    return targets


def softmax(logits: Matrix) -> Matrix:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities: Matrix = (shifted / shifted.sum(axis=1, keepdims=True)).astype(np.float32)
    return probabilities


def fit(vectors: Matrix, targets: Matrix, l2: float) -> tuple[Matrix, Matrix]:
    """Weights and bias minimising mean cross-entropy plus ``l2`` times the squared weights."""
    weights = np.zeros((vectors.shape[1], targets.shape[1]), dtype=np.float32)
    bias = np.zeros(targets.shape[1], dtype=np.float32)
    # Adam on mini-batches: 12 passes over 43k rows of 1,927 floats take well under a minute.
    moments = [np.zeros_like(weights), np.zeros_like(bias)]
    squares = [np.zeros_like(weights), np.zeros_like(bias)]
    beta1, beta2 = 0.9, 0.999
    shuffler = np.random.default_rng(0)
    step = 0
    for _ in range(EPOCHS):
        order = shuffler.permutation(len(vectors))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            batch = vectors[rows]
            error = (softmax(batch @ weights + bias) - targets[rows]) / len(rows)
            gradients = [batch.T @ error + 2 * l2 * weights, error.sum(axis=0)]
            step += 1
            for index, (parameter, gradient) in enumerate(
                zip((weights, bias), gradients, strict=True)
            ):
                moments[index] = beta1 * moments[index] + (1 - beta1) * gradient
                squares[index] = beta2 * squares[index] + (1 - beta2) * gradient**2
                corrected = moments[index] / (1 - beta1**step)
                scale = np.sqrt(squares[index] / (1 - beta2**step)) + 1e-8
                parameter -= RATE * corrected / scale
    return weights, bias


def per_class_f1(guesses: npt.NDArray[np.int64], golds: Sequence[set[str]]) -> list[float]:
    """F1 of each emotion: gold when it is among the groups, guessed when it is the top one."""
    scores = []
    for index, emotion in enumerate(EMOTIONS):
        gold = np.array([emotion in gold_set for gold_set in golds])
        guessed = guesses == index
        hits = int((gold & guessed).sum())
        denominator = int(gold.sum()) + int(guessed.sum())
        scores.append(2 * hits / denominator if denominator else 0.0)
    return scores


def macro_f1(logits: Matrix, golds: Sequence[set[str]]) -> float:
    return float(np.mean(per_class_f1(logits.argmax(axis=1), golds)))


def tune_offsets(logits: Matrix, golds: Sequence[set[str]]) -> Matrix:
    """Per-emotion logit offsets that raise dev macro-F1, by coordinate ascent on a grid."""
    offsets = np.zeros(logits.shape[1], dtype=np.float32)
    best = macro_f1(logits, golds)
    for _ in range(3):
        for index in range(logits.shape[1]):
            for value in OFFSET_GRID:
                trial = offsets.copy()
                trial[index] = value
                score = macro_f1(logits + trial, golds)
                if score > best + 1e-6:
                    best, offsets = score, trial
    return offsets


def features(embedder: Embedder, texts: list[str], split: str, cache: Path) -> Matrix:
    """The head's input rows for one split; the MiniLM part read from ``cache`` when it was
    made by the same model and recipe for the same number of texts."""
    vectors_path, about_path = cache / f"goemotions-{split}.npy", cache / f"goemotions-{split}.json"
    about = {"model_sha256": MODEL_SHA256, "recipe": EMBEDDING_RECIPE, "texts": len(texts)}
    if about_path.is_file() and json.loads(about_path.read_text(encoding="utf-8")) == about:
        print(f"read {split} vectors from {vectors_path}")
        vectors = np.load(vectors_path)
    else:
        started = time.perf_counter()
        vectors = embedder.embed_layers(texts)
        seconds = time.perf_counter() - started
        print(f"embedded {split}: {len(texts)} texts in {seconds:.0f} s")
        cache.mkdir(parents=True, exist_ok=True)
        np.save(vectors_path, vectors)
        about_path.write_text(json.dumps(about), encoding="utf-8")
    return np.hstack([vectors, lexicon_features(texts)]).astype(np.float32)


def choose_head(
    train: Matrix, targets: Matrix, dev: Matrix, dev_golds: Sequence[set[str]]
) -> tuple[Matrix, Matrix, float]:
    """The L2 strength and logit offsets that give the best dev macro-F1, offsets in the bias."""
    best: tuple[Matrix, Matrix, float] | None = None
    for l2 in L2_STRENGTHS:
        weights, bias = fit(train, targets, l2)
        plain = macro_f1(dev @ weights + bias, dev_golds)
        offsets = tune_offsets(dev @ weights + bias, dev_golds)
        bias = (bias + offsets).astype(np.float32)
        tuned = macro_f1(dev @ weights + bias, dev_golds)
        rounded = [round(float(value), 1) for value in offsets]
        print(f"l2={l2:g}: dev macro-F1 {plain:.3f}; with logit offsets {rounded} {tuned:.3f}")
        if best is None or tuned > best[2]:
            best = (weights, bias, tuned)
    assert best is not None  # noqa: S101 (L2_STRENGTHS is never empty)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N only")
    parser.add_argument("--threads", type=int, default=2, help="onnxruntime threads")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="vectors kept here")
    args = parser.parse_args(argv)
    if not (args.data / "train.tsv").is_file():
        print(f"GoEmotions is missing: no {args.data}/train.tsv", file=sys.stderr)
        return 2
    started = time.perf_counter()
    embedder = Embedder(threads=args.threads)
    splits = {split: read_split(args.data, split) for split in ("train", "dev", "test")}
    if args.limit:
        texts, golds = splits["train"]
        splits["train"] = (texts[: args.limit], golds[: args.limit])
        args.cache = args.cache / f"first-{args.limit}"
    vectors = {
        split: features(embedder, texts, split, args.cache) for split, (texts, _) in splits.items()
    }
    targets = soft_targets(splits["train"][1])
    dev_golds = splits["dev"][1]
    weights, bias, dev_f1 = choose_head(vectors["train"], targets, vectors["dev"], dev_golds)
    test_logits = vectors["test"] @ weights + bias
    report_test(test_logits, splits["test"][1])
    write_head(
        weights, bias, len(splits["train"][0]), dev_f1, macro_f1(test_logits, splits["test"][1])
    )
    print(f"total time {time.perf_counter() - started:.0f} s")
    return 0


def report_test(logits: Matrix, golds: Sequence[set[str]]) -> None:
    scores = per_class_f1(logits.argmax(axis=1), golds)
    print(f"test macro-F1 {np.mean(scores):.3f} ({len(golds)} comments)")
    for emotion, score in zip(EMOTIONS, scores, strict=True):
        print(f"  {emotion:<9} F1 {score:.3f}")


def write_head(
    weights: Matrix, bias: Matrix, trained_on: int, dev_f1: float, test_f1: float
) -> None:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "emotion.npz"
    np.savez_compressed(
        path,
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
        emotions=np.array(EMOTIONS),
        model_name=np.array(MODEL_NAME),
        model_sha256=np.array(MODEL_SHA256),
        features=np.array(FEATURES),
        tokenizer_sha256=np.array(TOKENIZER_SHA256),
        trained_on=np.array(trained_on),
        dev_macro_f1=np.array(dev_f1),
        test_macro_f1=np.array(test_f1),
    )
    print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
