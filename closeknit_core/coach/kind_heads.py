"""Learned heads for message kinds: one logistic regression per kind over MiniLM vectors.

Like the emotion head (``heads.py``) they are optional and off by default: nothing calls them
from ``detect``; ``evaluation.learned_kinds`` measures whether they help. Whether a listening
move such as a paraphrase is there depends on the other person's turn, so each head reads the
reply's vector ``r`` and, when there is one, the previous turn's vector ``p``::

    features = [r, m * r * p, m * |r - p|, m, m * cosine(r, p)]      (m = 1 if previous)

``score = sigmoid(features @ weights + bias)``; a head fires at its stored threshold, chosen
by cross-validation for precision (docs/adr/0005). The weights are trained by
``scripts/train_kind_heads.py`` and checked against the installed embedding model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from closeknit_core.coach import heads
from closeknit_core.coach.content import kind_text
from closeknit_core.coach.embedding import EMBEDDING_RECIPE
from closeknit_core.coach.rules.common import trim
from closeknit_core.coach.types import Finding, Kind

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]

KIND_WEIGHTS = heads.WEIGHTS / "kinds.npz"
HEAD_KINDS: tuple[Kind, ...] = (
    Kind.PARAPHRASE,
    Kind.CLARIFYING_QUESTION,
    Kind.VALIDATION,
    Kind.CONTEMPT,
    Kind.CRITICISM,
    Kind.DEFENSIVENESS,
    Kind.STONEWALLING,
    Kind.MIND_READING,
)
FEATURES = f"reply, reply*previous, |reply-previous|, has_previous, cosine of {EMBEDDING_RECIPE}"
# A sentence: text up to and including its closing marks, or to the end of the message.
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|[^.!?\n]*[.!?]+", re.MULTILINE)

Pair = tuple[str, str | None]


@dataclass(frozen=True)
class KindHeads:
    """Stacked binary heads: row ``i`` of ``weights`` scores ``kinds[i]``."""

    kinds: tuple[Kind, ...]
    weights: Matrix
    bias: Matrix
    thresholds: Matrix
    model_sha256: str


def is_available() -> bool:
    """Whether the optional packages, the embedding model's head files and these weights are in."""
    return heads.is_available() and KIND_WEIGHTS.is_file()


@cache
def kind_heads() -> KindHeads:
    """The stored heads, checked against ``HEAD_KINDS`` and the installed embedding model."""
    return load_kind_heads(KIND_WEIGHTS)


def load_kind_heads(path: Path, kinds: tuple[Kind, ...] = HEAD_KINDS) -> KindHeads:
    """Heads from their ``.npz`` file; refuses one trained for other kinds or another model."""
    import numpy as np

    from closeknit_core.coach.embedding import MODEL_SHA256, ModelUnavailableError

    with np.load(path, allow_pickle=False) as stored:
        loaded = KindHeads(
            kinds=tuple(Kind(str(name)) for name in stored["kinds"]),
            weights=stored["weights"].astype(np.float32),
            bias=stored["bias"].astype(np.float32),
            thresholds=stored["thresholds"].astype(np.float32),
            model_sha256=str(stored["model_sha256"]),
        )
        features = str(stored["features"])
    if loaded.kinds != kinds:
        raise ModelUnavailableError(f"{path} scores {loaded.kinds}, not {kinds}")
    if features != FEATURES:
        raise ModelUnavailableError(f"{path} reads features {features!r}, not {FEATURES!r}")
    if loaded.model_sha256 != MODEL_SHA256:
        raise ModelUnavailableError(
            f"{path} was trained on embedding model {loaded.model_sha256}, not {MODEL_SHA256}; "
            "run scripts/train_kind_heads.py again"
        )
    return loaded


def pair_features(replies: Matrix, previous: Matrix, has_previous: Matrix) -> Matrix:
    """The heads' input rows (see the module notes); ``previous`` rows are ignored where
    ``has_previous`` is 0."""
    import numpy as np

    present = has_previous.reshape(-1, 1).astype(np.float32)
    product = replies * previous * present
    cosine = product.sum(axis=1, keepdims=True)  # both are unit vectors
    difference = np.abs(replies - previous) * present
    return np.hstack([replies, product, difference, present, cosine]).astype(np.float32)


def embed_pairs(pairs: Sequence[Pair]) -> Matrix:
    """Feature rows for (text, previous) pairs, embedding each distinct text once."""
    import numpy as np

    texts = [text[: heads.READ_LIMIT] for text, _ in pairs]
    befores = [(before or "")[: heads.READ_LIMIT] for _, before in pairs]
    distinct = sorted(set(texts) | {before for before in befores if before})
    row_of = {text: row for row, text in enumerate(distinct)}
    vectors = heads.sentence_vectors(distinct)
    replies = vectors[[row_of[text] for text in texts]]
    previous = np.zeros_like(replies)
    has_previous = np.array([bool(before) for before in befores], dtype=np.float32)
    for index, before in enumerate(befores):
        if before:
            previous[index] = vectors[row_of[before]]
    return pair_features(replies, previous, has_previous)


def scores_from_features(features: Matrix, loaded: KindHeads | None = None) -> Matrix:
    """One row of probabilities per feature row, one column per head."""
    import numpy as np

    loaded = loaded or kind_heads()
    logits: Matrix = features @ loaded.weights.T + loaded.bias
    # sigmoid(x) = exp(-log(1 + exp(-x))), which never overflows.
    probability: Matrix = np.exp(-np.logaddexp(0.0, -logits)).astype(np.float32)
    return probability


def learned_kinds(text: str, previous: str | None = None) -> dict[Kind, float]:
    """Each head's probability that ``text`` (a reply to ``previous``) shows its kind."""
    return learned_kinds_batch([(text, previous)])[0]


def learned_kinds_batch(pairs: Sequence[Pair]) -> list[dict[Kind, float]]:
    """``learned_kinds`` for many (text, previous) pairs, embedded in batches."""
    if not pairs:
        return []
    loaded = kind_heads()
    probabilities = scores_from_features(embed_pairs(pairs), loaded)
    return [
        {kind: float(value) for kind, value in zip(loaded.kinds, row, strict=True)}
        for row in probabilities
    ]


def fired_kinds(scores: dict[Kind, float]) -> set[Kind]:
    """The kinds whose score reaches their head's threshold."""
    loaded = kind_heads()
    return {
        kind
        for kind, threshold in zip(loaded.kinds, loaded.thresholds, strict=True)
        if scores[kind] >= threshold
    }


def learned_findings(text: str, previous: str | None = None) -> tuple[Finding, ...]:
    """Findings for the heads that fire on ``text``, each spanning the sentence the head
    scores highest (or the whole message when no single sentence reaches its threshold)."""
    fired = fired_kinds(learned_kinds(text, previous))
    if not fired or not text.strip():
        return ()
    sentences = sentence_spans(text[: heads.READ_LIMIT])
    sentence_scores = (
        learned_kinds_batch([(text[start:end], previous) for start, end in sentences])
        if len(sentences) > 1
        else []
    )
    loaded = kind_heads()
    found = []
    for kind in sorted(fired, key=lambda k: k.value):
        span = trim(text, 0, len(text))
        if sentence_scores:
            best = max(range(len(sentences)), key=lambda i: sentence_scores[i][kind])
            threshold = float(loaded.thresholds[loaded.kinds.index(kind)])
            if sentence_scores[best][kind] >= threshold:
                span = sentences[best]
        found.append(finding(text, kind, span))
    return tuple(sorted(found, key=lambda f: (f.start, f.end, f.kind.value)))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The trimmed, non-empty sentences of ``text``.

    >>> text = "Okay. So the noise is what keeps you up?"
    >>> [text[start:end] for start, end in sentence_spans(text)]
    ['Okay', 'So the noise is what keeps you up?']
    """
    spans = [trim(text, *match.span()) for match in SENTENCE.finditer(text)]
    return [(start, end) for start, end in spans if end > start]


def finding(text: str, kind: Kind, span: tuple[int, int]) -> Finding:
    start, end = span
    words = kind_text(kind)
    return Finding(
        kind=kind,
        start=start,
        end=end,
        quote=text[start:end],
        explanation=words.explanation,
        antidote=words.antidote,
    )
