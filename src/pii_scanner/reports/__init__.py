"""Managers' redaction reports: one data model, a dashboard and four export formats.

``build_report(store)`` gathers counts (never values); ``write_report(report, fmt, path)``
writes it as ``html`` (one self-contained file with SVG charts), ``csv``, ``xlsx`` or ``json``.
"""

from pii_scanner.reports.data import Report, build_report
from pii_scanner.reports.export import FORMATS, write_report

__all__ = ["FORMATS", "Report", "build_report", "write_report"]
