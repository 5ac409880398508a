"""Write a :class:`Report` as ``html`` (self-contained), ``csv``, ``xlsx`` or ``json``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from pii_scanner.reports.data import Report

FORMATS = ("html", "csv", "xlsx", "json")
#: (section name, column headers, report attribute) for the tabular formats
SECTIONS = (
    ("findings by type", ("entity type", "findings"), "by_type"),
    ("findings by organisation", ("organisation id", "findings"), "by_organization"),
    ("findings by source field", ("source field", "findings"), "by_source"),
    ("findings per scan", ("run", "started at", "findings found"), "trend"),
    ("backlog age", ("age", "findings to review"), "backlog_age"),
    ("redactions per agent", ("agent", "redactions"), "redactions_by_agent"),
    ("top risky organisations", ("organisation id", "risk score", "findings", "national ids"),
     "risky_organizations"),
)


def sections(report: Report) -> list[tuple[str, tuple[str, ...], list[tuple]]]:
    """The report as titled tables (totals and time to redaction first)."""
    out = [("totals", ("measure", "value"), list(report.totals.items())),
           ("time from detection to redaction", ("measure", "value"),
            list(report.time_to_redaction.items()))]
    out.extend((title, headers, [tuple(r) for r in getattr(report, attr)])
               for title, headers, attr in SECTIONS)
    return out


def render_html(report: Report) -> str:
    from pii_scanner.reports.charts import report_charts

    env = Environment(loader=PackageLoader("pii_scanner.reports", "templates"),
                      autoescape=select_autoescape(default=True))
    css = (Path(__file__).parent / "templates" / "report.css").read_text()
    return env.get_template("report.html").render(
        report=report, charts=report_charts(report), sections=sections(report), css=css)


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(("section", "key", "value", "extra 1", "extra 2"))
    for title, _headers, rows in sections(report):
        for row in rows:
            writer.writerow((title, *("" if v is None else v for v in row)))
    return buf.getvalue()


def render_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, headers, rows in sections(report):
        ws = wb.create_sheet(title[:31])
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 34
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_json(report: Report) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


def render(report: Report, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "xlsx":
        return render_xlsx(report)
    text = {"html": render_html, "csv": render_csv, "json": render_json}[fmt](report)
    return text.encode("utf-8")


def write_report(report: Report, fmt: str, path: Path | str) -> Path:
    """Write ``report`` to ``path`` in ``fmt``; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render(report, fmt))
    return path
