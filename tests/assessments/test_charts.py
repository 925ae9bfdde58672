"""The server-rendered SVG charts: data URIs that draw what they are given and reach nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest

from closeknit.assessments import charts
from tests.assessments.helpers import MARCH, external_references, svg_of


def quadrant(*points: tuple[str, float, float]) -> str:
    return charts.quadrant_chart(
        points or [("You", 2.0, 3.0)],
        x_title="Need for space",
        y_title="Worry about closeness",
        x_cut=4.0,
        y_cut=4.0,
        low=1,
        high=7,
        divider_label="Middle of the scale",
    )


def bars() -> str:
    return charts.bar_chart([("Trust", 4.0), ("Acceptance", 2.5)], low=1, high=5, title="Profile")


def history(days: int = 3) -> str:
    values = tuple((MARCH + timedelta(days=d), 2.0 + d % 4) for d in range(days))
    return charts.history_chart((("Satisfaction", values),), low=1, high=7)


CHARTS = {"quadrant": quadrant, "bars": bars, "history": history}


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_chart_is_an_svg_data_uri(draw: Callable[[], str]) -> None:
    assert svg_of(draw()).startswith("<svg")


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_chart_reaches_nothing_outside(draw: Callable[[], str]) -> None:
    assert external_references(svg_of(draw())) == []


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_chart_loads_no_script(draw: Callable[[], str]) -> None:
    svg = svg_of(draw())

    assert re.findall(r"<script[^>]*(?:href|src)=", svg) == []


def test_quadrant_chart_labels_every_point() -> None:
    svg = svg_of(quadrant(("You", 2.0, 3.0), ("Sam", 6.0, 5.0)))

    assert (">You<" in svg, ">Sam<" in svg) == (True, True)


def test_quadrant_chart_keeps_a_name_as_text() -> None:
    svg = svg_of(quadrant(("<script>alert(1)</script>", 2.0, 3.0)))

    assert ("<script>alert" in svg, "&lt;script&gt;alert(1)&lt;/script&gt;" in svg) == (
        False,
        True,
    )


def test_bar_chart_names_every_bar() -> None:
    svg = svg_of(bars())

    assert (">Trust<" in svg, ">Acceptance<" in svg) == (True, True)


def test_history_chart_dots_a_short_series_in_order() -> None:
    svg = svg_of(history(days=3))

    assert re.findall(r'<desc class="value">[^<]*?([\d.]+)</desc>', svg) == ["2", "3", "4"]


def test_history_chart_draws_a_long_series_as_a_line() -> None:
    svg = svg_of(history(days=charts.DOTS_UP_TO + 1))

    assert (svg.count("<circle"), 'class="line' in svg) == (0, True)
