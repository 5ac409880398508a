"""status(): the shape the CLI prints as JSON, and counts that follow the batches."""

from __future__ import annotations

import json

from .storerows import finding, obj

from pii_scanner.records import OBJECT_KINDS
from pii_scanner.store import ErrorRow


def test_status_of_an_empty_store(store):
    status = store.status()
    assert status["last_run"] is None
    assert status["total"] == {"objects": dict.fromkeys(OBJECT_KINDS, 0), "findings": {},
                               "errors": {}, "requests": 0, "runs": 0}
    assert status["checkpoints"] == [] and status["recent_errors"] == []


def test_status_shape_and_counts(store, source_id, clock):
    other = store.ensure_source("other", "zendesk", "https://o.example")
    old = store.begin_run(other, "full")
    store.commit_batch(old, other, "users", [obj("users", "1")], [], [], None)
    store.finish_run(old, "done", 2)

    clock.advance(hours=1)
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets",
                       [obj("tickets", "1"), obj("tickets", "2"), obj("comments", "3")],
                       [finding("tickets", "1", "NO_FODSELSNUMMER", "01019012345"),
                        finding("comments", "3", "NO_FODSELSNUMMER", "15057512345"),
                        finding("comments", "3", "EMAIL_ADDRESS", "a@b.no", start=30)],
                       [ErrorRow("attachments", "7", "fetch", "HTTP 500")], {"start_time": 1})
    store.add_run_requests(run, 5)
    clock.advance(minutes=3)
    store.finish_run(run, "done_with_errors", 6)

    status = store.status()
    json.dumps(status)  # JSON-ready
    assert set(status) == {"last_run", "total", "checkpoints", "recent_errors"}
    last = status["last_run"]
    assert {"id", "source", "mode", "state", "started_at", "finished_at", "requests", "objects",
            "findings", "errors"} <= set(last)
    assert (last["id"], last["source"], last["mode"], last["state"], last["requests"]) == \
        (run, "acme", "full", "done_with_errors", 6)
    assert last["objects"] == {"tickets": 2, "comments": 1, "attachments": 0, "users": 0,
                               "organizations": 0}
    assert last["findings"] == {"NO_FODSELSNUMMER": 2, "EMAIL_ADDRESS": 1}
    assert last["errors"] == {"attachments": 1}
    assert last["finished_at"] == clock.now.isoformat()

    total = status["total"]
    assert total["objects"]["users"] == 1 and total["objects"]["tickets"] == 2
    assert total["requests"] == 8 and total["runs"] == 2
    assert total["findings"] == {"NO_FODSELSNUMMER": 2, "EMAIL_ADDRESS": 1}
    assert status["recent_errors"] == [{"kind": "attachments", "object_id": "7", "stage": "fetch",
                                        "message": "HTTP 500", "at": status["recent_errors"][0]["at"]}]

    mine = store.status(other)
    assert mine["last_run"]["id"] == old and mine["last_run"]["source"] == "other"
    assert mine["total"]["findings"] == {} and mine["total"]["runs"] == 1
    assert mine["checkpoints"] == [] and mine["recent_errors"] == []
