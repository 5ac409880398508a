"""Decisions and the audit log in the store; migration 0002 up and down."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from pii_scanner.store import Store
from pii_scanner.store.db import upgrade


def test_decide_overwrite_rules(store, seed):
    seed.comment("1", "10", "<p>01019012345</p>", [("NO_FODSELSNUMMER", "01019012345")])
    fid = seed.ids()[0]
    assert store.decide([fid], "dismissed", actor="a", reason="test") == [fid]
    assert store.decide([fid], "approved", actor="auto", overwrite=False) == []
    assert store.decide([fid], "approved", actor="b") == [fid]
    assert store.decide([fid], "approved", actor="b") == []  # no change, no audit row
    store.record_redaction([fid], "redacted", [])
    assert store.decide([fid], "dismissed", actor="c") == []  # redacted stays redacted
    row = store.decided_findings()[0]
    assert (row["decision"], row["redaction_status"], row["attempts"]) == ("approved", "redacted", 1)
    assert [r["action"] for r in store.audit_log()] == ["dismiss", "approve"]


def test_audit_log_is_generic_and_filterable(store):
    store.audit(actor="web:kari", action="login", result="ok", detail={"ip_hash": "x"})
    store.audit(actor="cli", action="org_link", object_kind="user", object_id=7, result="linked")
    assert [r["action"] for r in store.audit_log(object_kind="user")] == ["org_link"]
    assert store.audit_log(limit=1)[0]["object_id"] == "7"
    with pytest.raises(ValueError):
        store.audit(actor="x", action="y", value="01019012345")


def test_migration_0002_downgrades_and_upgrades(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    Store.open(url).close()
    engine = create_engine(url)
    assert {"finding_decisions", "audit_log"} <= set(inspect(engine).get_table_names())
    from alembic import command
    from alembic.config import Config

    from pii_scanner.store.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert "audit_log" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "audit_log" in inspect(engine).get_table_names()
    engine.dispose()
