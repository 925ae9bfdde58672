"""Server-rendered SVG charts (pygal), shown as images so no script or inline style runs.

Every chart is a ``data:`` URI: the page's Content-Security-Policy allows ``data:``
images, and an SVG shown as an image cannot run script or reach the network. pygal's
own tooltip script is switched off (``js=[]``), since by default it loads from a CDN.
Each chart has a table or sentence beside it in the page for people who cannot see it.
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Sequence
from datetime import datetime

import pygal
from pygal.style import Style

STYLE = Style(
    background="#fffdf9",
    plot_background="#fffdf9",
    foreground="#3b3431",
    foreground_strong="#2a2422",
    foreground_subtle="#8a7f7a",
    colors=("#b4553c", "#4f6b8a", "#6b8a5a", "#8a5a7a", "#a07a2a", "#5a8a86"),
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    # drawn at 520 px and shown as narrow as 340 px on a phone: large type survives the shrink
    label_font_size=18,
    major_label_font_size=18,
    legend_font_size=18,
    title_font_size=19,
    value_font_size=16,
    value_label_font_size=16,
)
DOTS_UP_TO = 24
COMMON = {
    "style": STYLE,
    "js": [],
    "disable_xml_declaration": True,
    "show_legend": True,
    "legend_at_bottom": True,
    "width": 520,
    "height": 440,
    "explicit_size": False,
    "print_values": False,
    "tooltip_fancy_mode": False,
    "truncate_legend": -1,
    "truncate_label": -1,
    "margin_right": 28,
}


def quadrant_chart(
    points: Sequence[tuple[str, float, float]],
    *,
    x_title: str,
    y_title: str,
    x_cut: float,
    y_cut: float,
    low: float,
    high: float,
    divider_label: str,
) -> str:
    """Points on two dimensions, each named by its dot, with the cuts drawn as lines.

    The quadrants' names are too long to print inside a phone-sized chart; the page says
    which corner is which beside it.
    """
    # half a point of margin so a score at the end of the scale is not cut by the axis
    chart = pygal.XY(
        **(COMMON | {"show_legend": False}),
        x_title=x_title,
        y_title=y_title,
        range=(low - 0.5, high + 0.5),
        xrange=(low - 0.5, high + 0.5),
        stroke=False,
        dots_size=9,
        print_labels=True,
    )
    chart.add(
        divider_label,
        [(x_cut, low - 0.5), (x_cut, high + 0.5), None, (low - 0.5, y_cut), (high + 0.5, y_cut)],
        stroke=True,
        show_dots=False,
        allow_interruptions=True,
        print_labels=False,
    )
    # each person's dot carries their name, so the chart needs no legend
    for label, x, y in points:
        chart.add(label, [{"value": (round(x, 2), round(y, 2)), "label": label}])
    return data_uri(chart)


def bar_chart(bars: Sequence[tuple[str, float]], *, low: float, high: float, title: str) -> str:
    """One horizontal bar per score, on the scale's own range."""
    chart = pygal.HorizontalBar(**(COMMON | {"show_legend": False}), range=(low, high), title=title)
    chart.x_labels = [name for name, _ in bars]
    chart.add(title, [round(value, 2) for _, value in bars])
    return data_uri(chart)


# pygal takes tens of milliseconds for a chart of five years of monthly results, so the
# latest few drawings are kept in this process's memory, keyed by exactly what they show;
# a person returning to the same history page gets it at once. Never in a shared cache.
@functools.lru_cache(maxsize=64)
def history_chart(
    series: tuple[tuple[str, tuple[tuple[datetime, float], ...]], ...], *, low: float, high: float
) -> str:
    """Each score over time."""
    chart = pygal.DateTimeLine(
        **COMMON,
        range=(low, high),
        x_value_formatter=lambda moment: moment.strftime("%b %Y"),
        x_labels_major_count=4,
        show_minor_x_labels=False,
        dots_size=5,
    )
    # Dots and their hover labels cost most of the drawing time, and a long series reads
    # as a line anyway; the table beside the chart has every figure.
    longest = max((len(values) for _, values in series), default=0)
    for index, (name, values) in enumerate(series):
        chart.add(
            name,
            [(moment, round(value, 2)) for moment, value in values],
            show_dots=longest <= DOTS_UP_TO,
            # dashes tell the lines apart where two scores run together
            stroke_style={"width": 3, "dasharray": "10, 6" if index % 2 else ""},
        )
    return data_uri(chart)


# pygal's settings script (inert in an image) and its credit comments, which name URLs
INERT_PARTS = re.compile(r"<script\b.*?</script>|<!--.*?-->", re.DOTALL)


def data_uri(chart: pygal.graph.graph.Graph) -> str:
    # pygal's own render_data_uri fails once the XML declaration is switched off
    svg = INERT_PARTS.sub("", chart.render(is_unicode=True)).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
