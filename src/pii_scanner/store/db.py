"""Engine from a URL, SQLite tuned for one writer and several readers, and Alembic upgrades."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pii_scanner.errors import ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")
#: seconds a SQLite connection waits for another process's write lock
SQLITE_BUSY_TIMEOUT = 30.0
#: execution option that makes a SQLite transaction take the write lock at BEGIN
WRITE = {"pii_scanner_write": True}


def create_store_engine(url: str) -> Engine:
    """Engine for ``url``; for SQLite files, creates the folder and sets WAL + foreign keys."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"store URL is not a database URL (store.url): {exc}") from None
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
    _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling starts transactions lazily and runs SELECTs outside
    # them; take over so that every Session transaction is a real one, and writers take the
    # lock up front (BEGIN IMMEDIATE) instead of failing to upgrade a read lock under WAL.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get("pii_scanner_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the packaged Alembic migrations up to ``revision`` on ``engine``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**WRITE).connect() as connection:
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, revision)
        except CommandError as exc:
            raise ConfigError(f"store schema cannot be upgraded (is this pii-scanner older "
                              f"than the database?): {exc}") from None
