"""Results in plain words and charts: what the result, history and couple pages show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from closeknit.assessments import charts
from closeknit.assessments.models import Assessment
from closeknit.assessments.services import HistoryRow, interpretation_of, scores_of
from closeknit_core.guidance import challenges, couple_dynamics, pair_key
from closeknit_core.instruments import Change, Entry, compare
from closeknit_core.instruments.definition import Source
from closeknit_core.instruments.scoring import AnswerProblem
from closeknit_core.instruments.texts import TextPack


def problem_text(problem: AnswerProblem) -> str:
    if problem.reason == "needs an answer":
        return _("This one still needs an answer.")
    return _("Please choose one of the answers.")


def scale_range(entry: Entry, scores: list[str] | None = None) -> tuple[float, float]:
    """The range that holds every one of ``scores`` (all the instrument's by default)."""
    bounds = [entry.instrument.score_bounds(s) for s in scores or entry.instrument.score_ids]
    return min(low for low, _ in bounds), max(high for _, high in bounds)


@dataclass(frozen=True)
class ScoreLine:
    id: str
    name: str
    description: str
    value: float
    reading: str
    practices: tuple[str, ...]


def score_lines(entry: Entry, pack: TextPack, values: dict[str, float]) -> list[ScoreLine]:
    lines = []
    for score in entry.instrument.score_ids:
        if score not in values:
            continue
        text = pack.scores[score]
        low, high = entry.instrument.score_bounds(score)
        reading = text.high if values[score] >= (low + high) / 2 else text.low
        lines.append(
            ScoreLine(score, text.name, text.description, values[score], reading, text.practices)
        )
    return lines


def change_text(change: Change) -> str:
    """The change in words: which way, by how much, and whether it is more than noise."""
    amount = f"{abs(change.difference):.1f}"
    if change.is_reliable is None:
        return _(
            "%(amount)s points; we can't yet tell whether that is more than day-to-day wobble."
        ) % {"amount": amount}
    if change.is_reliable:
        if change.difference > 0:
            return _("Up %(amount)s points: a reliable change, larger than day-to-day wobble.") % {
                "amount": amount
            }
        return _("Down %(amount)s points: a reliable change, larger than day-to-day wobble.") % {
            "amount": amount
        }
    return _("A shift of %(amount)s points, within day-to-day wobble: not a reliable change.") % {
        "amount": amount
    }


def changes_for(entry: Entry, pack: TextPack, changes: tuple[Change, ...]) -> list[dict[str, Any]]:
    return [
        {"name": pack.scores[c.score].name, "change": c, "text": change_text(c)} for c in changes
    ]


def result_context(
    *,
    entry: Entry,
    pack: TextPack,
    assessment: Assessment,
    earlier: Assessment | None,
    name: str | None,
) -> dict[str, Any]:
    scores = scores_of(assessment)
    interpretation = interpretation_of(assessment, entry)
    values = dict(scores.values)
    context: dict[str, Any] = {
        "assessment": assessment,
        "entry": entry,
        "pack": pack,
        "name": name,
        "lines": score_lines(entry, pack, values),
        "categories": [
            {
                "result": c,
                "text": pack.categories[c.category],
                "ours": c.origin.source is Source.OURS,
            }
            for c in interpretation.classifications
        ]
        + [
            {"result": b, "text": pack.categories[b.label], "ours": b.origin.source is Source.OURS}
            for b in interpretation.bands
        ],
        "is_near_boundary": interpretation.is_near_boundary,
        "standings": [
            {
                "name": pack.scores[s.score].name,
                "z": s.z,
                "percentile": s.percentile,
                "sample": s.norm.sample,
                "citation": s.norm.origin.citation,
            }
            for s in interpretation.standings
        ],
        "ranking": ranking_context(entry, pack, interpretation.ranking),
        "chart": result_chart(entry, pack, values),
        "chart_guide": quadrant_guide(entry, pack) if quadrant_rule(entry) else "",
        "changes": [],
    }
    if earlier is not None:
        context["earlier"] = earlier
        changes = compare(entry.instrument, scores_of(earlier), scores)
        context["changes"] = changes_for(entry, pack, changes)
    return context


def ranking_context(entry: Entry, pack: TextPack, ranking: Any) -> dict[str, Any] | None:
    if ranking is None:
        return None
    guidance = challenges()
    ordered = [
        {
            "id": score,
            "name": pack.scores[score].name,
            "description": pack.scores[score].description,
            "practices": pack.scores[score].practices,
            "challenge": guidance.get(score),
        }
        for score in ranking.order
    ]
    by_id = {line["id"]: line for line in ordered}
    return {
        "order": ordered,
        "strengths": [by_id[s] for s in ranking.strengths],
        "growth_areas": [by_id[s] for s in ranking.growth_areas],
        "is_challenges": all(line["challenge"] is not None for line in ordered),
    }


def quadrant_rule(entry: Entry) -> Any:
    return next((c for c in entry.instrument.classifications if c.type == "quadrant"), None)


def result_chart(entry: Entry, pack: TextPack, values: dict[str, float]) -> str:
    rule = quadrant_rule(entry)
    if rule is not None and rule.x in values and rule.y in values:
        return quadrant(entry, pack, [(_("You"), values[rule.x], values[rule.y])])
    lines = score_lines(entry, pack, values)
    low, high = scale_range(entry, [line.id for line in lines])
    bars = [(line.name, line.value) for line in lines]
    return charts.bar_chart(bars, low=low, high=high, title=pack.title)


def quadrant(entry: Entry, pack: TextPack, points: list[tuple[str, float, float]]) -> str:
    rule = quadrant_rule(entry)
    low, high = scale_range(entry, [rule.x, rule.y])
    return charts.quadrant_chart(
        points,
        x_title=pack.scores[rule.x].name,
        y_title=pack.scores[rule.y].name,
        x_cut=rule.x_cut,
        y_cut=rule.y_cut,
        low=low,
        high=high,
        divider_label=_("Middle of the scale"),
    )


CORNERS = {
    "low_low": _lazy("bottom left"),
    "low_high": _lazy("top left"),
    "high_low": _lazy("bottom right"),
    "high_high": _lazy("top right"),
}


def quadrant_guide(entry: Entry, pack: TextPack) -> str:
    """Which corner of the chart is which pattern, in words, for the caption."""
    rule = quadrant_rule(entry)
    parts = [
        _("%(corner)s: %(name)s") % {"corner": CORNERS[key], "name": pack.categories[c].name}
        for key, c in rule.quadrants.items()
    ]
    lead = _("The lines mark the middle of each scale.")
    listed = "; ".join(parts)
    return f"{lead} {listed[:1].upper()}{listed[1:]}."


def history_context(*, entry: Entry, pack: TextPack, rows: list[HistoryRow]) -> dict[str, Any]:
    """The history page's chart and table, formatted here: five years of monthly results
    make 60 rows, and formatting in Python keeps the page within its time budget."""
    score_ids = [s for s in entry.instrument.score_ids if any(s in r.scores.values for r in rows)]
    low, high = scale_range(entry, score_ids)
    series = tuple(
        (
            pack.scores[score].name,
            tuple(
                (r.assessment.completed_at, round(r.scores.values[score], 2))
                for r in rows
                if score in r.scores.values
            ),
        )
        for score in score_ids
    )
    result_url = reverse("assessments:result", args=[0]).removesuffix("0/result/")
    table = [
        history_row(
            url=f"{result_url}{r.assessment.pk}/result/",
            when=date_format(localtime(r.assessment.completed_at), "j M Y"),
            values=[r.scores.values.get(s) for s in score_ids],
            changes=changes_for(entry, pack, r.changes),
        )
        for r in rows
    ]
    return {
        "entry": entry,
        "pack": pack,
        "score_names": [pack.scores[s].name for s in score_ids],
        "rows": [html for html, _ in reversed(table)],
        "chart": charts.history_chart(series, low=low, high=high) if rows else "",
        "latest_changes": table[-1][1] if table else [],
    }


def history_row(
    *, url: str, when: str, values: list[float | None], changes: list[dict[str, Any]]
) -> tuple[SafeString, list[dict[str, Any]]]:
    """One table row as escaped HTML, built here rather than in the template: with 60 rows
    the template's loops were most of the page's time (make bench)."""
    cells = format_html_join(
        "", "<td>{}</td>", ((f"{v:.1f}" if v is not None else "\N{EN DASH}",) for v in values)
    )
    if changes:
        change_cell = format_html_join(
            mark_safe("<br>"),
            "{}: {}",
            ((c["name"], c["text"]) for c in changes),
        )
    else:
        change_cell = format_html("{}", _("First time"))
    html = format_html(
        '<tr><th scope="row"><a href="{}">{}</a></th>{}<td>{}</td></tr>',
        url,
        when,
        cells,
        change_cell,
    )
    return html, changes


def couple_context(
    *,
    entry: Entry,
    pack: TextPack,
    mine: Assessment | None,
    theirs: Assessment | None,
    my_name: str,
    their_name: str,
) -> dict[str, Any]:
    context: dict[str, Any] = {
        "mine": mine,
        "theirs": theirs,
        "their_name": their_name,
        "pack": pack,
    }
    if mine is None or theirs is None:
        return context
    rule = quadrant_rule(entry)
    points = []
    categories = []
    for label, assessment in ((my_name, mine), (their_name, theirs)):
        values = scores_of(assessment).values
        points.append((label, values[rule.x], values[rule.y]))
        category = next(
            c.category
            for c in interpretation_of(assessment, entry).classifications
            if c.id == rule.id
        )
        categories.append(
            {
                "who": label,
                "category": category,
                "text": pack.categories[category],
                "x": values[rule.x],
                "y": values[rule.y],
            }
        )
    context["chart"] = quadrant(entry, pack, points)
    context["chart_guide"] = quadrant_guide(entry, pack)
    context["people"] = categories
    context["x_name"] = pack.scores[rule.x].name
    context["y_name"] = pack.scores[rule.y].name
    first, second = (person["category"] for person in categories)
    context["dynamic"] = couple_dynamics()[pair_key(first, second)]
    return context
