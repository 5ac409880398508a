"""The report aggregated in SQL equals the Python fold of every finding's facts, on SQLite and
PostgreSQL, over seeded random stores (and a store with nothing in it)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pii_scanner.reports.data import build_report, build_report_in_python
from pii_scanner.store import Store
from pii_scanner.store.clock import as_utc

from ..store.conftest import StepClock, store_url  # noqa: F401  (SQLite + PostgreSQL stores)
from .random_store import fill_random_store


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_report_equals_python_reference(store_url, seed):  # noqa: F811
    clock = StepClock()
    with Store.open(store_url, clock=clock) as store:
        sources = fill_random_store(store, clock, seed)
        reference = build_report_in_python(store)
        assert reference.totals["open"] > 100 and reference.totals["redacted"] > 5
        assert reference.time_to_redaction["count"] > 5
        assert build_report(store) == reference
        for sid in sources:
            assert build_report(store, source_id=sid) == build_report_in_python(store,
                                                                                source_id=sid)
        start = StepClock().now
        ages = set()
        for days in (*range(1, 240, 9), 400):  # every backlog bucket gets rows at some point
            now = start + timedelta(days=days)
            report = build_report(store, now=now)
            assert report == build_report_in_python(store, now=now)
            ages |= {label for label, n in report.backlog_age if n}
        assert len(ages) == 5
        detected = sorted({f["detected_at"] for f in store.findings()})
        for edge in (1, 7, 30, 90):  # exactly on a bucket edge for some findings
            now = as_utc(detected[len(detected) // 2]) + timedelta(days=edge)
            assert build_report(store, now=now) == build_report_in_python(store, now=now)


def test_sql_report_on_an_empty_store(store_url):  # noqa: F811
    with Store.open(store_url, clock=StepClock()) as store:
        report = build_report(store)
        assert report == build_report_in_python(store)
        assert report.time_to_redaction["median_h"] is None and report.totals["open"] == 0
