"""Server-rendered SVG charts (matplotlib, no browser-side chart code).

Each function takes report pairs and returns one SVG document as text.

>>> svg = bar_chart((("PERSON", 3), ("EMAIL_ADDRESS", 1)), "Findings by type")
>>> svg.startswith("<?xml") and "PERSON" in svg
True
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib
from matplotlib.figure import Figure

from pii_scanner.reports.data import Report

COLOR = "#2f5d8a"
ACCENT = "#c0392b"
_RC = {"svg.fonttype": "none", "svg.hashsalt": "pii-scanner", "font.size": 9,
       "font.family": "sans-serif", "axes.spines.top": False, "axes.spines.right": False}


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    return buf.getvalue()


def _empty(fig: Figure, ax, title: str) -> str:
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.5, "no data yet", ha="center", va="center", transform=ax.transAxes,
            color="#777")
    ax.set_axis_off()
    return _svg(fig)


def bar_chart(pairs: Sequence[tuple[str, int]], title: str, *, color: str = COLOR) -> str:
    """Horizontal bars, largest on top."""
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(6, 0.35 * max(len(pairs), 3) + 0.8))
        ax = fig.add_subplot()
        if not pairs:
            return _empty(fig, ax, title)
        labels = [str(k) for k, _ in pairs][::-1]
        values = [v for _, v in pairs][::-1]
        bars = ax.barh(labels, values, color=color)
        ax.bar_label(bars, padding=3)
        ax.set_title(title, loc="left")
        ax.set_xlabel("findings")
        return _svg(fig)


def line_chart(points: Sequence[tuple[str, int]], title: str) -> str:
    """Values per scan run (x labels are run labels)."""
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(6, 2.6))
        ax = fig.add_subplot()
        if not points:
            return _empty(fig, ax, title)
        xs = list(range(len(points)))
        ax.plot(xs, [v for _, v in points], marker="o", color=COLOR)
        ax.set_xticks(xs, [k for k, _ in points], rotation=45, ha="right")
        ax.set_title(title, loc="left")
        ax.set_ylabel("findings found")
        ax.set_ylim(bottom=0)
        return _svg(fig)


def report_charts(report: Report) -> dict[str, str]:
    """Chart name -> SVG for every chart the dashboard and the HTML report show."""
    return {
        "by_type": bar_chart(report.by_type, "Findings by type"),
        "by_organization": bar_chart(report.by_organization, "Findings by organisation"),
        "by_source": bar_chart(report.by_source, "Findings by source field"),
        "trend": line_chart([(f"#{rid} {started[:10]}", n) for rid, started, n in report.trend],
                            "Findings per scan"),
        "backlog_age": bar_chart(report.backlog_age, "Backlog age (not yet reviewed)",
                                 color=ACCENT),
        "redactions_by_agent": bar_chart(report.redactions_by_agent, "Redactions per agent"),
    }


CHART_NAMES = ("by_type", "by_organization", "by_source", "trend", "backlog_age",
               "redactions_by_agent")
