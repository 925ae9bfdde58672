"""Strategies per challenge and couple dynamics: complete, and checked when read."""

from __future__ import annotations

import pytest

from closeknit_core import guidance
from closeknit_core.instruments import shipped_catalogue


def test_challenges_cover_the_distance_instrument_ranking() -> None:
    ranking = shipped_catalogue().get("distance-signs").instrument.ranking
    assert ranking is not None
    assert set(ranking.scores) == set(guidance.challenges())


def test_every_challenge_has_strategies_with_steps() -> None:
    for challenge in guidance.challenges().values():
        assert len(challenge.strategies) >= 3
        assert all(len(strategy.steps) >= 3 for strategy in challenge.strategies)


def test_couple_dynamics_cover_every_pair_of_patterns() -> None:
    rule = shipped_catalogue().get("closeness-pattern").instrument.classifications[0]
    categories = set(rule.categories)
    assert categories == set(guidance.PATTERNS)
    for first in categories:
        for second in categories:
            assert guidance.couple_dynamics()[guidance.pair_key(first, second)].description


def test_pair_key_ignores_order() -> None:
    assert guidance.pair_key("secure", "anxious") == guidance.pair_key("anxious", "secure")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"x": ""}, "non-empty text"),
        ({"x": 3}, "non-empty text"),
    ],
)
def test_text_refuses_empty_or_not_text(data: dict[str, object], message: str) -> None:
    with pytest.raises(guidance.GuidanceError, match=message):
        guidance.text(data, "x", "somewhere")


def test_texts_refuses_an_empty_list() -> None:
    with pytest.raises(guidance.GuidanceError, match="non-empty list"):
        guidance.texts({"steps": []}, "steps", "somewhere")


def test_missing_challenge_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    guidance.challenges.cache_clear()
    monkeypatch.setattr(guidance, "read", lambda name: {"challenges": {}})
    try:
        with pytest.raises(guidance.GuidanceError, match="fear_of_rejection: missing"):
            guidance.challenges()
    finally:
        monkeypatch.undo()
        guidance.challenges.cache_clear()
