"""What `closeknit assess` prints: an instrument described, and a result in plain words.

Split from assess_cli.py, which reads the command line and answers; this module only turns
definitions and results into text and JSON-ready data.
"""

from __future__ import annotations

import textwrap
from typing import Any

from closeknit_core.instruments import About, Entry, Instrument, Interpretation, Scores
from closeknit_core.instruments.definition import Classification, Item, Sourced
from closeknit_core.instruments.interpretation import RankingResult
from closeknit_core.instruments.texts import TextPack

WIDTH = 88
NOT_A_DIAGNOSIS = "This is for your own reflection. It is not a diagnosis."
NEAR_BOUNDARY = (
    "One of these results sits close to a dividing line. On another day it could fall on the "
    "other side, so read it as a rough guide rather than a fixed answer."
)


def wrapped(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def summary_data(entry: Entry) -> dict[str, Any]:
    instrument, pack = entry.instrument, entry.text()
    return {
        "id": instrument.id,
        "version": instrument.version,
        "title": pack.title,
        "summary": pack.summary,
        "about": [about.value for about in instrument.about],
        "kinds": list(instrument.relationship_kinds),
        "items": len(instrument.items),
        "minutes": instrument.minutes,
        "is_shipped": entry.is_shipped,
    }


def about_phrase(instrument: Instrument) -> str:
    kinds = instrument.relationship_kinds
    kinds_text = ", ".join(kinds[:-1]) + " or " + kinds[-1] if len(kinds) > 1 else "".join(kinds)
    one = f"About one relationship ({kinds_text})"
    if About.RELATIONSHIP not in instrument.about:
        return "About close relationships in general"
    return f"{one}, or in general" if About.GENERAL in instrument.about else one


def size_phrase(instrument: Instrument) -> str:
    counts = {len(instrument.asked_items(kind)) for kind in (None, *instrument.relationship_kinds)}
    total = len(instrument.items)
    size = f"{total} statements" if counts == {total} else f"Up to {total} statements"
    return size if instrument.minutes is None else f"{size}, about {instrument.minutes} minutes"


def subscale_lines(instrument: Instrument, pack: TextPack) -> list[str]:
    lines = []
    for subscale in instrument.subscales:
        items = [item for item in instrument.items if item.subscale == subscale.id]
        listed = ", ".join(item_tag(item) for item in items)
        lines.append(
            f"{subscale.id} ({pack.scores[subscale.id].name}): {subscale.method.value} of "
            f"{len(items)} items: {listed}"
        )
    for total in instrument.totals:
        lines.append(
            f"{total.id} ({pack.scores[total.id].name}): {total.method.value} of the items of "
            f"{', '.join(total.subscales)}"
        )
    return lines


def item_tag(item: Item) -> str:
    notes = ["reversed"] if item.reverse else []
    if item.kinds is not None:
        notes.append(f"{' or '.join(sorted(item.kinds))} only")
    if item.skippable:
        notes.append("may be skipped")
    return f"{item.id} ({', '.join(notes)})" if notes else item.id


def scoring_lines(instrument: Instrument) -> list[str]:
    scales = [f"{s.id} runs from {s.min} to {s.max}" for s in instrument.scales.values()]
    example = next(iter(instrument.scales.values()))
    lines = [
        "Scales: " + "; ".join(scales) + ".",
        f"A reversed item counts as min + max - answer: on {example.id}, a {example.min} "
        f"counts as {example.max}.",
    ]
    if instrument.missing.policy == "complete":
        lines.append("Missing answers: every statement asked needs an answer.")
    else:
        lines.append(
            f"Missing answers: at least {instrument.missing.min_share:.0%} of each subscale's "
            "statements need an answer; ones that may be skipped don't count against it."
        )
    return lines


def interpretation_lines(instrument: Instrument) -> list[str]:
    lines = []
    for band in instrument.bands:
        steps = [f"{band.labels[0]} below {number(band.cuts[0])}"]
        steps += [
            f"{label} from {number(cut)}"
            for cut, label in zip(band.cuts, band.labels[1:], strict=True)
        ]
        lines.append(f"Band {band.id} on {band.score}: {', '.join(steps)}. {source(band.origin)}")
    for rule in instrument.classifications:
        lines.append(f"Classification {rule.id}: {rule_text(rule)}. {source(rule.origin)}")
    if instrument.ranking is not None:
        ranking = instrument.ranking
        order = "highest" if ranking.higher_is_stronger else "lowest"
        lines.append(
            f"Ranking of {', '.join(ranking.scores)}, {order} first: the top {ranking.top} and "
            f"the bottom {ranking.bottom} are picked out. Source: ours."
        )
    for norm in instrument.norms.values():
        lines.append(
            f"Norm for {norm.score}: mean {number(norm.mean)}, SD {number(norm.sd)}, from "
            f"{norm.sample}. {source(norm.origin)}"
        )
    for reliability in instrument.reliability.values():
        lines.append(
            f"Reliability of {reliability.score}: SD {number(reliability.sd)}, r "
            f"{number(reliability.r)} ({reliability.kind}), so SEM {number(reliability.sem)}. "
            f"{source(reliability.origin)}"
        )
    return lines


def rule_text(rule: Classification) -> str:
    if rule.type == "quadrant":
        cells = [
            f"{rule.x} {key.split('_')[0]} and {rule.y} {key.split('_')[1]}: {category}"
            for key, category in rule.quadrants.items()
        ]
        return (
            f"{rule.x} split at {number(rule.x_cut)}, {rule.y} split at {number(rule.y_cut)}; "
            + "; ".join(cells)
        )
    if rule.type == "linear":
        functions = [
            f"{f.category} = {number(f.constant)} "
            + " ".join(f"+ {number(w)} x {s}" for s, w in f.weights.items())
            for f in rule.functions
        ]
        return "the category whose function is highest; " + "; ".join(functions)
    pairs = [f"{category} from {score}" for category, score in rule.prototypes.items()]
    return "the category with the highest score; " + ", ".join(pairs)


def source(origin: Sourced) -> str:
    text = f"Source: {origin.source.value}"
    if origin.citation:
        text += f", {origin.citation}"
    return f"{text}. {origin.note}".strip()


def source_lines(instrument: Instrument) -> list[str]:
    provenance = instrument.provenance
    lines = [
        f"By {', '.join(provenance.authors)} ({provenance.year}); wording: {provenance.wording}."
    ]
    lines += [f"Follows {citation}" for citation in provenance.follows]
    if provenance.note:
        lines.append(provenance.note)
    # An imported licence is a Questionnaire's copyright text, often with its own full stop.
    licence = instrument.licence.rstrip(".")
    lines.append(f"Licence: {licence}. {instrument.licence_note}".strip())
    return lines


def number(value: float) -> str:
    """A figure as a person would write it.

    >>> number(6.5), number(4.0), number(4.666666)
    ('6.5', '4', '4.67')
    """
    return f"{value:.2f}".rstrip("0").rstrip(".")


def result_data(scores: Scores, interpretation: Interpretation) -> dict[str, Any]:
    ranking = interpretation.ranking
    return {
        "instrument": scores.instrument,
        "version": scores.version,
        "scores": dict(scores.values),
        "answered": dict(scores.answered),
        "interpretation": {
            "bands": [
                {
                    "id": b.id,
                    "score": b.score,
                    "label": b.label,
                    "near_boundary": b.is_near_boundary,
                }
                for b in interpretation.bands
            ],
            "classifications": [
                {"id": c.id, "category": c.category, "ties": list(c.ties)}
                | {"near_boundary": c.is_near_boundary}
                for c in interpretation.classifications
            ],
            "standings": [
                {"score": s.score, "z": s.z, "percentile": s.percentile, "sample": s.norm.sample}
                for s in interpretation.standings
            ],
            "ranking": None
            if ranking is None
            else {
                "order": list(ranking.order),
                "strengths": list(ranking.strengths),
                "growth_areas": list(ranking.growth_areas),
            },
            "near_boundary": interpretation.is_near_boundary,
        },
    }


def result_text(entry: Entry, scores: Scores, interpretation: Interpretation) -> str:
    pack = entry.text()
    sections = [f"Your result: {pack.title}", score_text(entry.instrument, pack, scores)]
    sections += category_texts(pack, interpretation)
    if interpretation.ranking is not None:
        sections.append(ranking_text(pack, interpretation.ranking))
    if interpretation.is_near_boundary:
        sections.append(wrapped(NEAR_BOUNDARY))
    sections.append(wrapped(pack.note or NOT_A_DIAGNOSIS))
    return "\n\n".join(sections)


def score_text(instrument: Instrument, pack: TextPack, scores: Scores) -> str:
    lines = []
    for score_id in instrument.score_ids:
        text = pack.scores[score_id]
        value = scores.values.get(score_id)
        if value is None:
            if scores.asked.get(score_id):
                lines.append(f"{text.name}: no score, since its statements were all skipped.")
            continue
        lines.append(f"{text.name}: {number(value)}{score_range(instrument, score_id)}")
        lines.append(wrapped(text.description, "    "))
    return "\n".join(lines)


def score_range(instrument: Instrument, score_id: str) -> str:
    """', on a scale from 1 to 7' for a mean of items on one scale; '' otherwise."""
    totals = {total.id: total for total in instrument.totals}
    subscales = set(totals[score_id].subscales) if score_id in totals else {score_id}
    methods = {s.method.value for s in instrument.subscales if s.id in subscales}
    if score_id in totals:
        methods.add(totals[score_id].method.value)
    scales = {item.scale for item in instrument.items if item.subscale in subscales}
    if methods != {"mean"} or len(scales) != 1:
        return ""
    (scale,) = scales
    return f", on a scale from {scale.min} to {scale.max}"


def category_texts(pack: TextPack, interpretation: Interpretation) -> list[str]:
    texts = []
    for band in interpretation.bands:
        category = pack.categories[band.label]
        heading = f"{pack.scores[band.score].name}: {category.name}"
        texts.append(f"{heading}\n{wrapped(category.description, '    ')}")
    for result in interpretation.classifications:
        category = pack.categories[result.category]
        text = f"{category.name}\n{wrapped(category.description, '    ')}"
        if result.ties:
            ties = ", ".join(pack.categories[tie].name for tie in result.ties)
            text += "\n" + wrapped(f"Your answers fit these just as well: {ties}.", "    ")
        texts.append(text)
    for standing in interpretation.standings:
        texts.append(
            wrapped(
                f"{pack.scores[standing.score].name}: higher than about "
                f"{round(standing.percentile)} in 100 people in {standing.norm.sample}."
            )
        )
    return texts


def ranking_text(pack: TextPack, ranking: RankingResult) -> str:
    def names(score_ids: tuple[str, ...]) -> str:
        return ", ".join(pack.scores[s].name for s in score_ids)

    lines = [wrapped(f"Compared with each other, from highest to lowest: {names(ranking.order)}.")]
    if ranking.growth_areas:
        lines.append(wrapped(f"Highest: {names(ranking.strengths)}."))
        lines.append(
            wrapped(
                f"Lowest: {names(ranking.growth_areas)}. Lowest here means compared with your "
                "other answers, not with other people: it can still be a good score."
            )
        )
    return "\n".join(lines)
