"""The learned kind heads; skipped where the optional ``learned`` packages are missing."""

import doctest
from pathlib import Path

import pytest

from closeknit_core.coach import heads

if not heads.is_available():
    pytest.skip("the optional learned packages are not installed", allow_module_level=True)

import numpy as np

from closeknit_core.coach import kind_heads
from closeknit_core.coach.embedding import DIMENSION, ModelUnavailableError
from closeknit_core.coach.types import Kind

pytestmark = pytest.mark.skipif(
    not kind_heads.is_available(), reason="closeknit_core/coach/weights/kinds.npz is missing"
)

PARAPHRASE_PREVIOUS = "I'm wiped out. My boss keeps adding projects and nobody on the team helps."
PARAPHRASE = "So it sounds like the work keeps piling up and you're carrying it on your own?"
LOGISTICS = "I'll pick up bread on the way home, see you around 7."


def fires(kind: Kind, text: str, previous: str | None = None) -> bool:
    return kind in kind_heads.fired_kinds(kind_heads.learned_kinds(text, previous))


def copy_weights(tmp_path: Path, **changes: object) -> Path:
    with np.load(kind_heads.KIND_WEIGHTS, allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays.update({name: np.array(value) for name, value in changes.items()})
    path = tmp_path / "kinds.npz"
    np.savez(path, **arrays)  # type: ignore[arg-type]
    return path


def test_learned_kinds_load_every_head():
    loaded = kind_heads.kind_heads()
    assert loaded.kinds == kind_heads.HEAD_KINDS
    assert loaded.weights.shape == (len(loaded.kinds), 3 * DIMENSION + 2)
    assert loaded.bias.shape == loaded.thresholds.shape == (len(loaded.kinds),)


def test_learned_kinds_refuse_another_embedding_model(tmp_path):
    path = copy_weights(tmp_path, model_sha256="0" * 64)
    with pytest.raises(ModelUnavailableError, match="embedding model"):
        kind_heads.load_kind_heads(path)


def test_learned_kinds_refuse_other_kinds(tmp_path):
    path = copy_weights(tmp_path)
    with pytest.raises(ModelUnavailableError, match="scores"):
        kind_heads.load_kind_heads(path, (Kind.CONTEMPT,))


def test_learned_kinds_refuse_other_features(tmp_path):
    path = copy_weights(tmp_path, features="reply only")
    with pytest.raises(ModelUnavailableError, match="features"):
        kind_heads.load_kind_heads(path)


def test_learned_kinds_score_every_head_as_a_probability():
    scores = kind_heads.learned_kinds("Can you tell me more about what happened?", "Rough day.")
    assert set(scores) == set(kind_heads.HEAD_KINDS)
    assert all(0.0 <= value <= 1.0 for value in scores.values())


def test_learned_kinds_batch_matches_single():
    pairs = [(PARAPHRASE, PARAPHRASE_PREVIOUS), (LOGISTICS, None)]
    for pair, scores in zip(pairs, kind_heads.learned_kinds_batch(pairs), strict=True):
        # Not to 1e-4: the int8 model quantises each batch with its own scales, padding
        # included, so a text's vector moves a little with its batch-mates.
        assert scores == pytest.approx(kind_heads.learned_kinds(*pair), abs=0.05)


def test_learned_kinds_batch_of_nothing_is_empty():
    assert kind_heads.learned_kinds_batch([]) == []


def test_pair_features_ignore_a_missing_previous():
    replies = np.eye(2, DIMENSION, dtype=np.float32)
    previous = np.ones((2, DIMENSION), dtype=np.float32)
    features = kind_heads.pair_features(replies, previous, np.array([1.0, 0.0]))
    assert features.shape == (2, 3 * DIMENSION + 2)
    assert not features[1, DIMENSION:].any()
    assert features[0, -2:] == pytest.approx([1.0, 1.0])


def test_learned_kinds_paraphrase_fires_on_a_restatement():
    assert fires(Kind.PARAPHRASE, PARAPHRASE, PARAPHRASE_PREVIOUS)


def test_learned_kinds_question_fires_on_an_open_question():
    previous = "I don't really want to go to the wedding."
    text = "Can you tell me more about what's bothering you about it?"
    assert fires(Kind.CLARIFYING_QUESTION, text, previous)


def test_learned_kinds_contempt_fires_on_mockery():
    text = "Wow, you actually remembered to text back. Should I throw you a parade, genius? 🙄"
    assert fires(Kind.CONTEMPT, text)


def test_learned_kinds_validation_fires_on_understanding():
    previous = "I've had three night shifts in a row and I'm exhausted."
    assert fires(Kind.VALIDATION, "That makes total sense, no wonder you feel drained.", previous)


def test_learned_kinds_stonewalling_fires_on_shutting_down():
    previous = "I felt really hurt when you left the party without me."
    assert fires(Kind.STONEWALLING, "whatever. I'm done talking about this.", previous)


def test_learned_kinds_criticism_fires_on_a_sweeping_attack():
    text = "You never think about anyone but yourself, you're so selfish."
    assert fires(Kind.CRITICISM, text)


def test_learned_kinds_mind_reading_fires_on_a_stated_motive():
    text = "You only said that to hurt me, you don't even care how I feel."
    assert fires(Kind.MIND_READING, text)


def test_learned_kinds_no_pitfall_in_thanks():
    scores = kind_heads.learned_kinds("Thank you for cooking tonight, it was lovely. ❤")
    assert not kind_heads.fired_kinds(scores) & {
        Kind.CONTEMPT,
        Kind.CRITICISM,
        Kind.DEFENSIVENESS,
        Kind.STONEWALLING,
        Kind.MIND_READING,
    }


def test_learned_kinds_quiet_on_logistics():
    assert kind_heads.fired_kinds(kind_heads.learned_kinds(LOGISTICS)) == set()


def test_learned_kinds_paraphrase_needs_the_other_turn():
    unrelated = "The car needs new tyres before winter, the garage can do Tuesday."
    assert not fires(Kind.PARAPHRASE, PARAPHRASE, unrelated)


def test_learned_findings_span_the_sentence_that_fires():
    text = f"Oh love. {PARAPHRASE}"
    found = kind_heads.learned_findings(text, PARAPHRASE_PREVIOUS)
    paraphrases = [finding for finding in found if finding.kind is Kind.PARAPHRASE]
    assert [finding.quote for finding in paraphrases] == [PARAPHRASE]
    assert all(text[finding.start : finding.end] == finding.quote for finding in found)


def test_learned_findings_none_on_logistics():
    assert kind_heads.learned_findings(LOGISTICS) == ()


def test_kind_heads_doctests_pass():
    assert doctest.testmod(kind_heads).failed == 0
