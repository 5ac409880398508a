"""The review queue computed in SQL equals the Python grouping of every row (build_queue), for
random filter combinations and pages, on SQLite and PostgreSQL."""

from __future__ import annotations

import random

import pytest
from sqlalchemy.orm import Session

from pii_scanner.store import Store
from pii_scanner.store.repositories.review_queue import ReviewQueueRepository
from pii_scanner.web.queue import (FACETS, REVIEW_STATES, QueueFilters, build_queue,
                                   query_queue, selected_finding_ids)

from ..reports.random_store import fill_random_store
from ..store.conftest import StepClock, store_url  # noqa: F401  (SQLite + PostgreSQL stores)


def _filters(rng: random.Random, facets: dict) -> QueueFilters:
    """Random filters: mostly values that occur, sometimes one that does not."""
    chosen = {}
    for name in ("type", "org", "status", "source"):
        values = [v for v, _ in facets[name]]
        if values and rng.random() < 0.4:
            chosen[name] = rng.choice(values) if rng.random() < 0.9 else "no-such-value"
    return QueueFilters(**chosen, review=rng.choice(REVIEW_STATES))


@pytest.mark.parametrize("seed", [4, 5])
def test_sql_queue_equals_python_reference(store_url, seed):  # noqa: F811
    clock = StepClock()
    rng = random.Random(seed)
    with Store.open(store_url, clock=clock) as store:
        sources = fill_random_store(store, clock, seed)
        with Session(store.engine) as s, s.begin():
            for source_id in (None, *sources):
                rows = list(ReviewQueueRepository(s).rows(source_id=source_id))
                everything = build_queue(rows, QueueFilters(review="all"))
                assert everything.total_findings > 40 and len(everything.tickets) > 5
                assert all(len(everything.facets[name]) > 1 for name in FACETS)
                for filters in [QueueFilters(), QueueFilters(review="all")] + [
                        _filters(rng, everything.facets) for _ in range(25)]:
                    expected = build_queue(rows, filters)
                    assert query_queue(s, filters, source_id=source_id) == expected, filters
                    size = rng.choice((1, 3, 7))
                    start = rng.randrange(0, max(1, len(expected.tickets)))
                    page = query_queue(s, filters, source_id=source_id, limit=size, offset=start)
                    assert page.tickets == expected.tickets[start:start + size]
                    assert (page.facets, page.total_findings, page.total_tickets) == (
                        expected.facets, expected.total_findings, len(expected.tickets))
                    picked = [t.ticket_id for t in expected.tickets[::2]]
                    assert selected_finding_ids(s, filters, picked, source_id=source_id) == sorted(
                        i for t in expected.tickets[::2] for i in t.finding_ids)


def test_sql_queue_on_an_empty_store(store_url):  # noqa: F811
    with Store.open(store_url, clock=StepClock()) as store, Session(store.engine) as s:
        queue = query_queue(s, QueueFilters(), limit=10)
        assert queue == build_queue([], QueueFilters())
        assert queue.total_tickets == 0 and queue.facets["review"] == ()


def test_queue_page_is_paginated(app, client, monkeypatch):
    from pii_scanner.web.routes import queue as queue_routes

    from .conftest import sign_in

    monkeypatch.setattr(queue_routes, "PAGE", 4)
    sign_in(client, "agent")

    def shown(res) -> list[str]:
        assert res.status_code == 200
        return [chunk.split('"')[0] for chunk in res.text.split('data-href="/tickets/')[1:]]

    first = client.get("/queue?review=all")
    pages = [shown(first), shown(client.get("/queue?review=all&page=2"))]
    assert len(pages[0]) == 4 and pages[1] and not set(pages[0]) & set(pages[1])
    total = int(first.text.split('<span class="muted">')[1].split(" tickets")[0])
    assert f"page 1 of {-(-total // 4)}" in first.text and 'rel="next"' in first.text
    last = client.get(f"/queue?review=all&page={-(-total // 4)}", headers={"HX-Request": "true"})
    assert 'rel="prev"' in last.text and 'rel="next"' not in last.text and shown(last)
    assert shown(client.get("/queue?review=all&page=999")) == []
    assert client.get("/queue?page=0").status_code == 422
