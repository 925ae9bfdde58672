"""analyze_message(..., learned=True): the learned layer where it measurably helps."""

from __future__ import annotations

import pytest

from closeknit_core.coach import analyze_message, heads, kind_heads, learned
from closeknit_core.coach.content import kind_text
from closeknit_core.coach.types import EMOTIONS, Finding, Kind

needs_model = pytest.mark.skipif(
    not learned.is_available(), reason="the learned layer is not installed"
)


def made_finding(text: str, kind: Kind, start: int, end: int) -> Finding:
    words = kind_text(kind)
    return Finding(kind, start, end, text[start:end], words.explanation, words.antidote)


def test_learned_layer_refuses_clearly_when_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kind_heads, "is_available", lambda: False)

    with pytest.raises(learned.LearnedLayerUnavailableError, match=r"pip install"):
        analyze_message("You never call.", learned=True)


def test_rules_alone_never_touch_the_learned_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> object:
        raise AssertionError("the learned layer ran")

    monkeypatch.setattr(kind_heads, "learned_findings", fail)
    monkeypatch.setattr(heads, "learned_emotion_scores", fail)

    analysis = analyze_message("Whatever. I'm done.")

    assert Kind.STONEWALLING in analysis.kinds


def test_a_head_adds_an_enabled_kind_and_drops_a_listening_move_it_covers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "That makes sense. Anyway, not talking about it."
    validation = made_finding(text, Kind.VALIDATION, 0, 16)
    closing = made_finding(text, Kind.STONEWALLING, 0, len(text))
    monkeypatch.setattr(kind_heads, "learned_findings", lambda *_: (closing,))

    found = learned.with_learned_findings(text, None, (validation,))

    assert found == (closing,)


def test_a_head_adds_nothing_the_rules_already_found(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Whatever. Not now."
    ruled = made_finding(text, Kind.STONEWALLING, 0, 8)
    monkeypatch.setattr(
        kind_heads,
        "learned_findings",
        lambda *_: (made_finding(text, Kind.STONEWALLING, 10, 18),),
    )

    assert learned.with_learned_findings(text, None, (ruled,)) == (ruled,)


def test_heads_not_enabled_add_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Well, you started it."
    monkeypatch.setattr(
        kind_heads,
        "learned_findings",
        lambda *_: (made_finding(text, Kind.DEFENSIVENESS, 0, len(text) - 1),),
    )

    assert Kind.DEFENSIVENESS not in learned.ENABLED_KINDS
    assert learned.with_learned_findings(text, None, ()) == ()


def test_blank_text_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> object:
        raise AssertionError("the heads read blank text")

    monkeypatch.setattr(kind_heads, "learned_findings", fail)

    assert learned.with_learned_findings("   ", None, ()) == ()


@needs_model
def test_learned_analysis_scores_emotions_with_the_head() -> None:
    text = "I'm so scared about the results tomorrow."

    analysis = analyze_message(text, learned=True)

    assert set(analysis.emotions) == set(EMOTIONS)
    assert analysis.emotions == pytest.approx(heads.learned_emotion_scores(text))
    assert max(analysis.emotions, key=analysis.emotions.__getitem__) == "fear"


@needs_model
@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01", "ok", "a" * 20_000, "<script>alert(1)</script>", "🙂" * 500],
)
def test_learned_analysis_takes_any_text(text: str) -> None:
    analysis = analyze_message(text, previous="Can we talk?", learned=True)

    assert set(analysis.emotions) == set(EMOTIONS)
    for finding in analysis.findings:
        assert text[finding.start : finding.end] == finding.quote


@needs_model
def test_learned_rewrites_still_pass_the_rules() -> None:
    from closeknit_core.coach.detectors import GENTLENESS_KINDS, detect_kinds
    from closeknit_core.coach.types import PITFALLS

    analysis = analyze_message("You never help with anything, you're so lazy.", learned=True)

    assert analysis.rewrites
    for rewrite in analysis.rewrites:
        kinds = {finding.kind for finding in detect_kinds(rewrite, None, GENTLENESS_KINDS)}
        assert not kinds & PITFALLS
        assert Kind.I_STATEMENT in kinds


def test_a_head_adds_no_listening_move_over_a_pitfall(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "I get it, but you started it."
    defence = made_finding(text, Kind.DEFENSIVENESS, 0, len(text) - 1)
    validation = made_finding(text, Kind.VALIDATION, 0, 8)
    monkeypatch.setattr(kind_heads, "learned_findings", lambda *_: (validation,))

    assert Kind.VALIDATION in learned.ENABLED_KINDS
    assert learned.with_learned_findings(text, None, (defence,)) == (defence,)


@needs_model
def test_recent_vectors_match_the_model_and_embed_each_text_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy as np

    model = heads.embedder()
    calls: list[list[str]] = []

    class Counting:
        def embed_layers(self, texts: list[str]) -> object:
            calls.append(list(texts))
            return model.embed_layers(texts)

    monkeypatch.setattr(heads, "embedder", lambda: Counting())
    recent = heads.RecentVectors(size=2)
    texts = ["Can we talk tonight?", "Not now.", "Can we talk tonight?"]

    rows = recent.get(texts)

    assert rows.shape == (3, model.embed_layers(["x"]).shape[1])
    assert np.allclose(rows, model.embed_layers(texts), atol=1e-5)
    assert sorted(text for call in calls for text in call) == ["Can we talk tonight?", "Not now."]
    recent.get(["Not now."])
    assert len(calls) == 2
    recent.get(["A third one."])
    assert list(recent.rows) == ["Not now.", "A third one."]
    assert recent.get([]).shape[0] == 0
