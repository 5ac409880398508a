"""Migration 0005: the covering indexes the report and queue aggregates read exist after an
upgrade, go away on downgrade to 0004, and the aggregate queries use them."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from pii_scanner.reports.data import build_report
from pii_scanner.store import Store
from pii_scanner.store.db import MIGRATIONS, WRITE
from pii_scanner.web.queue import QueueFilters, query_queue

from ..store.conftest import store_url  # noqa: F401  (SQLite + PostgreSQL stores)

INDEXES = {("findings", "ix_findings_review_cover"),
           ("finding_decisions", "ix_finding_decisions_review_cover")}


def _indexes(store: Store) -> set[tuple[str, str]]:
    insp = inspect(store.engine)
    return {(t, ix["name"]) for t in ("findings", "finding_decisions")
            for ix in insp.get_indexes(t)}


def test_upgrade_and_downgrade_0005(store_url):  # noqa: F811
    with Store.open(store_url) as store:
        assert INDEXES <= _indexes(store)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.execution_options(**WRITE).connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0004")
            conn.commit()
        assert not INDEXES & _indexes(store)
    with Store.open(store_url) as store:  # upgrades again
        assert INDEXES <= _indexes(store)


def test_sqlite_aggregates_read_the_covering_index(tmp_path):
    with Store.open(f"sqlite:///{tmp_path}/s.db") as store:
        statements = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def _keep(conn, cursor, statement, params, context, executemany):
            if statement.startswith("SELECT") and "findings" in statement:
                statements.append((statement, params))

        build_report(store, now=datetime(2026, 1, 1, tzinfo=UTC))
        with Session(store.engine) as s:
            query_queue(s, QueueFilters(), limit=10)
        event.remove(store.engine, "before_cursor_execute", _keep)
        with store.engine.connect() as conn:
            plans = [" ".join(r[-1] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, params)) for sql, params in statements]
        ranking = next(p for sql, p in zip(statements, plans, strict=True)
                       if "GROUP BY findings.ticket_id" in sql[0])
        assert "COVERING INDEX ix_findings_review_cover" in ranking
        assert sum("ix_findings_review_cover" in p for p in plans) >= 6, plans
