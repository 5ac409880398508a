"""Migration 0003 creates exactly the web tables the models describe, on top of 0002."""

from __future__ import annotations

import os
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from pii_scanner.store import Store
from pii_scanner.store.db import upgrade
from pii_scanner.store.tables import Base


def test_migrations_match_models_including_web_tables(tmp_path):
    with Store.open(f"sqlite:///{tmp_path}/s.db") as store, store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata) == []
        # later migrations (0004: allow-list) sit on top of 0003
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() >= "0003"
        assert {"web_users", "web_sessions", "web_login_attempts"} <= set(
            inspect(conn).get_table_names())


def test_downgrade_to_0002_removes_only_web_tables(tmp_path):
    from alembic import command
    from alembic.config import Config

    from pii_scanner.store.db import MIGRATIONS, WRITE

    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.execution_options(**WRITE).connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    with store.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert "web_users" not in names and "audit_log" in names and "findings" in names
    upgrade(store.engine)
    with store.engine.connect() as conn:
        assert "web_sessions" in set(inspect(conn).get_table_names())
    store.close()


@pytest.mark.postgres
def test_accounts_and_reports_on_postgres():
    base = os.environ.get("PII_SCANNER_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("PII_SCANNER_TEST_POSTGRES_URL not set")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from pii_scanner.config import WebSettings
    from pii_scanner.reports import build_report
    from pii_scanner.web.accounts import add_user, principal, sign_in

    name = f"pii_web_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
        with Store.open(url) as store:
            with store.engine.connect() as conn:
                assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            add_user(store, "kari", "agent", "x" * 12)
            token = sign_in(store, WebSettings(), "kari", "x" * 12, "test")
            assert principal(store, token).role == "agent"
            assert build_report(store).totals["open"] == 0
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
