"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
PII_SCANNER_TEST_POSTGRES_URL is set (start one with `.ci/postgres.sh`), each test in a
fresh database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from pii_scanner.store import Store
from pii_scanner.store.tables import Base

PG_ENV = "PII_SCANNER_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/db/store.db"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} not set")
    name = f"pii_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class StepClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def store(store_url, clock) -> Iterator[Store]:
    store = Store.open(store_url, clock=clock)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def source_id(store) -> int:
    return store.ensure_source("acme", "zendesk", "https://acme.example")


def row_counts(store: Store) -> dict[str, int]:
    """Rows per table, straight from the database."""
    with store.engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in Base.metadata.tables.items()}
