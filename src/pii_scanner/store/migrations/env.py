"""Alembic environment: runs on the connection the Store hands over, or on sqlalchemy.url."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from pii_scanner.store.db import create_store_engine
from pii_scanner.store.tables import Base

#: serialises concurrent upgrades of one PostgreSQL database
_PG_LOCK_ID = 0x5011_5CA7


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      compare_type=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_store_engine(context.config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("pii-scanner migrations run online only")
run_migrations_online()
