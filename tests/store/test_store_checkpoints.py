"""Checkpoints round-trip per (source, stream), are saved with batches and cleared for --full."""

from __future__ import annotations


def test_checkpoint_round_trip_update_and_clear(store, source_id, clock):
    other = store.ensure_source("other", "zendesk", "https://o.example")
    run = store.begin_run(source_id, "full")
    assert store.get_checkpoint(source_id, "tickets") is None
    cursor = {"start_time": 1700000000, "cursor": "MTcwMDAwMDAwMC4w", "nested": {"a": [1, 2]}}
    store.commit_batch(run, source_id, "tickets", [], [], [], cursor)
    store.commit_batch(run, source_id, "users", [], [], [], {"start_time": 5})
    store.commit_batch(run, other, "tickets", [], [], [], {"start_time": 9})
    assert store.get_checkpoint(source_id, "tickets") == cursor

    clock.advance(minutes=5)
    store.commit_batch(run, source_id, "tickets", [], [], [], {"start_time": 1700000100})
    assert store.get_checkpoint(source_id, "tickets") == {"start_time": 1700000100}
    store.commit_batch(run, source_id, "tickets", [], [], [], None)  # None keeps the last one
    assert store.get_checkpoint(source_id, "tickets") == {"start_time": 1700000100}

    store.clear_checkpoints(source_id)
    assert store.get_checkpoint(source_id, "tickets") is None
    assert store.get_checkpoint(source_id, "users") is None
    assert store.get_checkpoint(other, "tickets") == {"start_time": 9}


def test_checkpoints_in_status(store, source_id, clock):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets", [], [], [], {"cursor": "x" * 300})
    (entry,) = store.status()["checkpoints"]
    assert entry["source"] == "acme" and entry["stream"] == "tickets"
    assert entry["updated_at"] == clock.now.isoformat()
    assert entry["cursor_summary"].startswith("cursor=xxx") and len(entry["cursor_summary"]) < 130
