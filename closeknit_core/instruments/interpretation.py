"""Scores to meaning, all from the definition's data: bands, classifications, norms, ranking.

A classification near a cut is flagged: when a score lies within one standard error of
measurement of a cut, a retake could land on the other side, and the result says so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from closeknit_core.instruments.definition import (
    Band,
    Classification,
    Instrument,
    Norm,
    Ranking,
    Sourced,
)
from closeknit_core.instruments.scoring import Scores


@dataclass(frozen=True, slots=True)
class BandResult:
    id: str
    score: str
    value: float
    label: str
    is_near_boundary: bool
    origin: Sourced


@dataclass(frozen=True, slots=True)
class ClassificationResult:
    """The category, any categories tied with it, and whether a cut is within one SEM."""

    id: str
    category: str
    ties: tuple[str, ...]
    is_near_boundary: bool
    origin: Sourced


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a score lies against a published or our own sample."""

    score: str
    z: float
    percentile: float
    norm: Norm


@dataclass(frozen=True, slots=True)
class RankingResult:
    """Scores from strongest to weakest, with the top few and the bottom few."""

    order: tuple[str, ...]
    strengths: tuple[str, ...]
    growth_areas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Interpretation:
    bands: tuple[BandResult, ...]
    classifications: tuple[ClassificationResult, ...]
    standings: tuple[Standing, ...]
    ranking: RankingResult | None

    @property
    def is_near_boundary(self) -> bool:
        return any(b.is_near_boundary for b in self.bands) or any(
            c.is_near_boundary for c in self.classifications
        )


def interpret(instrument: Instrument, scores: Scores) -> Interpretation:
    """What the definition says about these scores; rules missing a score are left out."""
    values = scores.values
    sems = {s: r.sem for s, r in instrument.reliability.items()}
    bands = tuple(
        band_result(band, values[band.score], sems.get(band.score))
        for band in instrument.bands
        if band.score in values
    )
    classifications = tuple(
        classify(rule, values, sems)
        for rule in instrument.classifications
        if all(s in values for s in rule.scores)
    )
    standings = tuple(
        standing(values[score], norm) for score, norm in instrument.norms.items() if score in values
    )
    ranking = rank(instrument.ranking, values) if instrument.ranking is not None else None
    return Interpretation(bands, classifications, standings, ranking)


def band_result(band: Band, value: float, sem: float | None) -> BandResult:
    """The band a value falls in; a value equal to a cut belongs to the band above.

    >>> from closeknit_core.instruments.definition import Source
    >>> band = Band("level", "s", (3.5, 5.5), ("lower", "middle", "higher"), Sourced(Source.OURS))
    >>> band_result(band, 3.5, None).label
    'middle'
    """
    index = sum(1 for cut in band.cuts if value >= cut)
    return BandResult(
        band.id, band.score, value, band.labels[index], is_near(value, band.cuts, sem), band.origin
    )


def is_near(value: float, cuts: tuple[float, ...], sem: float | None) -> bool:
    return sem is not None and any(abs(value - cut) < sem for cut in cuts)


def classify(
    rule: Classification, values: Mapping[str, float], sems: Mapping[str, float]
) -> ClassificationResult:
    if rule.type == "quadrant":
        x, y = values[rule.x], values[rule.y]
        key = f"{side(x, rule.x_cut)}_{side(y, rule.y_cut)}"
        near = is_near(x, (rule.x_cut,), sems.get(rule.x)) or is_near(
            y, (rule.y_cut,), sems.get(rule.y)
        )
        return ClassificationResult(rule.id, rule.quadrants[key], (), near, rule.origin)
    if rule.type == "linear":
        results = {
            f.category: f.constant + sum(w * values[s] for s, w in f.weights.items())
            for f in rule.functions
        }
    else:
        results = {category: values[score] for category, score in rule.prototypes.items()}
    return best(rule, results)


def side(value: float, cut: float) -> str:
    return "high" if value >= cut else "low"


def best(rule: Classification, results: Mapping[str, float]) -> ClassificationResult:
    """The highest-scoring category; others within rounding of it are ties, in definition order."""
    top = max(results.values())
    winners = [c for c, v in results.items() if math.isclose(v, top, rel_tol=0, abs_tol=1e-9)]
    return ClassificationResult(rule.id, winners[0], tuple(winners[1:]), False, rule.origin)


def standing(value: float, norm: Norm) -> Standing:
    """z-score and percentile under a normal curve with the norm's mean and SD.

    >>> from closeknit_core.instruments.definition import Source
    >>> s = standing(5.0, Norm("s", 4.0, 1.0, "a sample", Sourced(Source.OURS)))
    >>> round(s.z, 2), round(s.percentile, 1)
    (1.0, 84.1)
    """
    z = (value - norm.mean) / norm.sd
    return Standing(norm.score, z, 50.0 * (1.0 + math.erf(z / math.sqrt(2.0))), norm)


def rank(ranking: Ranking, values: Mapping[str, float]) -> RankingResult:
    """Present scores ordered strongest first; ties keep the definition's order."""
    present = [s for s in ranking.scores if s in values]
    sign = -1.0 if ranking.higher_is_stronger else 1.0
    order = tuple(sorted(present, key=lambda s: sign * values[s]))
    strengths = order[: ranking.top]
    growth = tuple(reversed(order[len(order) - ranking.bottom :])) if ranking.bottom else ()
    growth = tuple(s for s in growth if s not in strengths)
    return RankingResult(order, strengths, growth)
