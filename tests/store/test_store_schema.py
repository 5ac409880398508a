"""Migrations, engine settings and concurrent access."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from pii_scanner.errors import ConfigError
from pii_scanner.store import Store
from pii_scanner.store.db import MIGRATIONS
from pii_scanner.store.tables import Base


def test_migrations_match_the_models(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
        assert diff == []
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == _script_head()


def _script_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    heads = ScriptDirectory.from_config(cfg).get_heads()
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def test_migrations_ship_inside_the_package():
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert sorted(p.name for p in (MIGRATIONS / "versions").glob("0*.py"))[0].startswith("0001_")


def test_open_twice_is_idempotent_and_keeps_data(store_url):
    with Store.open(store_url) as first:
        sid = first.ensure_source("acme", "zendesk", "https://a.example")
    with Store.open(store_url) as second:
        assert second.ensure_source("acme", "zendesk", "https://a.example") == sid


def test_sqlite_settings(tmp_path):
    url = f"sqlite:///{tmp_path}/deep/er/store.db"
    with Store.open(url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert (tmp_path / "deep" / "er" / "store.db").is_file()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception):
        store.begin_run(999, "full")


def test_database_newer_than_the_code_is_a_config_error(tmp_path):
    url = f"sqlite:///{tmp_path}/store.db"
    Store.open(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(ConfigError, match="upgraded"):
        Store.open(url)


def test_bad_url_is_a_config_error():
    with pytest.raises(ConfigError):
        Store.open("not a url")


WRITER = textwrap.dedent("""
    import sys
    from pii_scanner.store import Store, ObjectRow
    store = Store.open(sys.argv[1])
    source = store.ensure_source("acme", "zendesk", "https://a.example")
    run = store.begin_run(source, "full")
    for i in range(40):
        rows = [ObjectRow("tickets", f"{sys.argv[2]}-{i}-{j}", "h") for j in range(20)]
        store.commit_batch(run, source, "tickets", rows, [], [], {"page": i})
        store.add_run_requests(run, 1)
    store.finish_run(run, "done", 40)
    store.close()
""")


def test_two_writers_and_a_reader_in_separate_processes(tmp_path):
    url = f"sqlite:///{tmp_path}/store.db"
    Store.open(url).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    writers = [subprocess.Popen([sys.executable, str(script), url, name]) for name in "ab"]
    reads = 0
    with Store.open(url) as reader:
        while any(w.poll() is None for w in writers):
            reader.status()
            reads += 1
        assert [w.wait(timeout=60) for w in writers] == [0, 0]
        status = reader.status()
    assert reads > 0
    assert status["total"]["objects"]["tickets"] == 2 * 40 * 20
    assert status["total"]["runs"] == 2 and status["total"]["requests"] == 80

