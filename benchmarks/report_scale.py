"""Report and review-queue cost at scale: the Python fold of every row vs the SQL aggregates.

Fills a temporary SQLite store (and a fresh PostgreSQL database when
PII_SCANNER_TEST_POSTGRES_URL is set) with N synthetic findings by bulk inserts, then times
``build_report`` and one review-queue page (200 tickets) both ways. Each measurement runs in its
own subprocess so its peak RSS is its own.

    .venv/bin/python benchmarks/report_scale.py                    # 200k findings
    .venv/bin/python benchmarks/report_scale.py --findings 1000000 --skip-python

No value in the store is personal data: previews and fingerprints are made up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

PG_ENV = "PII_SCANNER_TEST_POSTGRES_URL"
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NO_FODSELSNUMMER",
         "SE_PERSONNUMMER", "DK_CPR", "STREET_ADDRESS")
FINDINGS_PER_TICKET = 10
COMMENTS_PER_TICKET = 4
CHUNK = 20_000
PAGE = 200
TARGETS = ("report-python", "report-sql", "queue-python", "queue-sql")


def fill(url: str, findings: int, seed: int = 1) -> None:
    """Bulk-insert ``findings`` findings over ``findings / 10`` tickets into a new store."""
    from sqlalchemy import insert

    from pii_scanner.store import Store
    from pii_scanner.store.tables import (FindingDecision, ScanRun, Source, StoredFinding,
                                          StoredObject)

    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    tickets = max(1, findings // FINDINGS_PER_TICKET)
    orgs = max(1, tickets // 20)
    with Store.open(url) as store, store.engine.begin() as conn:
        conn.execute(insert(Source), [{"id": 1, "name": "bench", "kind": "zendesk",
                                       "base_url": "https://bench.example", "created_at": start}])
        conn.execute(insert(ScanRun), [
            {"id": r, "source_id": 1, "mode": "full", "state": "done",
             "started_at": start + timedelta(days=r), "finished_at": start + timedelta(days=r),
             "requests": 1, "counters": {"findings": {"PERSON": findings // 30}}}
            for r in range(1, 31)])
        objects, found, decisions = [], [], []
        pk = fid = 0
        for t in range(1, tickets + 1):
            org = str(rng.randrange(orgs)) if rng.random() < 0.8 else None
            pk += 1
            ticket_pk = pk
            objects.append(_object(pk, "tickets", str(t), str(t), org, start,
                                   {"status": rng.choice(("open", "pending", "solved"))}))
            for c in range(COMMENTS_PER_TICKET):
                pk += 1
                objects.append(_object(pk, "comments", f"{t}-{c}", str(t), None, start,
                                       {"public": rng.random() < 0.3}))
            for k in range(FINDINGS_PER_TICKET):
                fid += 1
                object_pk = ticket_pk + rng.randrange(COMMENTS_PER_TICKET + 1)
                detected = start + timedelta(minutes=rng.randrange(400 * 24 * 60))
                found.append(_finding(fid, object_pk, str(t), k, detected, rng,
                                      "tickets" if object_pk == ticket_pk else "comments"))
                roll = rng.random()
                if roll < 0.45:
                    redacted = roll < 0.15
                    decisions.append({
                        "finding_id": fid, "decision": "dismissed" if roll > 0.35 else "approved",
                        "actor": rng.choice(("kari", "ola", "per")), "status":
                        "redacted" if redacted else "pending", "attempts": int(redacted),
                        "decided_at": detected + timedelta(hours=1),
                        "applied_at": detected + timedelta(hours=rng.randrange(1, 900))
                        if redacted else None})
            if len(found) >= CHUNK:
                _flush(conn, (StoredObject, objects), (StoredFinding, found),
                       (FindingDecision, decisions))
        _flush(conn, (StoredObject, objects), (StoredFinding, found),
               (FindingDecision, decisions))
        conn.exec_driver_sql("ANALYZE")  # planner statistics, as a long-lived store has


def _object(pk, kind, oid, ticket, org, at, meta):
    return {"id": pk, "source_id": 1, "kind": kind, "object_id": oid, "content_hash": "0" * 64,
            "ticket_id": ticket, "organization_id": org, "remote_updated_at": None, "meta": meta,
            "deleted": False, "first_seen_at": at, "last_seen_at": at, "last_run_id": 1}


def _finding(fid, object_pk, ticket, k, detected, rng, kind):
    etype = rng.choice(TYPES)
    return {"id": fid, "object_pk": object_pk, "source_id": 1, "key": f"{fid:064x}",
            "kind": kind, "object_id": ticket, "ticket_id": ticket, "field": "body",
            "entity_type": etype, "start_offset": k, "end_offset": k + 5, "page": None,
            "bbox": None, "score": 0.9, "recognizer": "bench", "explanation": {},
            "preview": "x***y", "fingerprint": f"{rng.randrange(10**9):064x}",
            "state": "open" if rng.random() < 0.9 else "gone", "detected_at": detected,
            "state_changed_at": detected, "last_run_id": 1}


def _flush(conn, *batches) -> None:
    from sqlalchemy import insert

    for model, rows in batches:
        if rows:
            conn.execute(insert(model), rows)
            rows.clear()


def measure(url: str, target: str) -> dict:
    """Run one target in this process: its time, this process's peak RSS, and how far the
    call raised that peak above the one imports and opening the store had reached."""
    from sqlalchemy.orm import Session

    from pii_scanner.reports.data import build_report, build_report_in_python
    from pii_scanner.store import Store
    from pii_scanner.store.repositories.review_queue import ReviewQueueRepository
    from pii_scanner.web.queue import QueueFilters, build_queue, query_queue

    now = datetime(2026, 3, 1, tzinfo=UTC)
    with Store.open(url, migrate=False) as store:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # imports' peak
        began = time.perf_counter()
        if target == "report-python":
            result = build_report_in_python(store, now=now).totals
        elif target == "report-sql":
            result = build_report(store, now=now).totals
        else:
            with Session(store.engine) as s, s.begin():
                if target == "queue-python":
                    queue = build_queue(ReviewQueueRepository(s).rows(), QueueFilters())
                    page = queue.tickets[:PAGE]
                else:
                    queue = query_queue(s, QueueFilters(), limit=PAGE)
                    page = queue.tickets
            result = {"tickets": len(queue.tickets) if target == "queue-python"
                      else queue.total_tickets, "first": [t.ticket_id for t in page[:5]]}
        seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": round(seconds, 2), "rss_mib": round(peak / 1024),
            "rss_growth_mib": round((peak - base) / 1024), "result": result}


def run_all(url: str, label: str, skip_python: bool) -> None:
    results = {}
    for target in TARGETS:
        if skip_python and target.endswith("python"):
            continue
        out = subprocess.run([sys.executable, __file__, "--measure", target, "--url", url],
                             check=True, capture_output=True, text=True).stdout
        results[target] = json.loads(out.strip().splitlines()[-1])
    for what in ("report", "queue"):
        py, sql = results.get(f"{what}-python"), results[f"{what}-sql"]
        line = f"{label:10} {what:6} sql {sql['seconds']:7.2f}s rss {sql['rss_mib']:5} MiB " \
               f"(+{sql['rss_growth_mib']})"
        if py:
            same = py["result"] == sql["result"]
            line += (f" | python {py['seconds']:7.2f}s rss {py['rss_mib']:5} MiB "
                     f"(+{py['rss_growth_mib']}) | {py['seconds'] / max(sql['seconds'], 1e-3):5.1f}x"
                     f" faster, same answer: {same}")
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=200_000)
    parser.add_argument("--skip-python", action="store_true",
                        help="time only the SQL path (the Python one needs GBs at 1M+)")
    parser.add_argument("--measure", choices=TARGETS, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.url, args.measure)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        began = time.perf_counter()
        fill(url, args.findings)
        print(f"sqlite: {args.findings} findings filled in {time.perf_counter() - began:.0f}s",
              flush=True)
        run_all(url, "sqlite", args.skip_python)
    if os.environ.get(PG_ENV):
        _postgres(os.environ[PG_ENV], args)


def _postgres(base_url: str, args) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"pii_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(base_url).set(database="postgres"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
        began = time.perf_counter()
        fill(url, args.findings)
        print(f"postgres: {args.findings} findings filled in {time.perf_counter() - began:.0f}s",
              flush=True)
        run_all(url, "postgres", args.skip_python)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
