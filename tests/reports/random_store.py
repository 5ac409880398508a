"""Seeded random stores, filled through the Store API the way scans, reviews and redactions
fill it: several sources, organisations, tickets with statuses, public and private comments,
attachments, user profiles, rescans that make findings ``gone``, upstream deletions,
decisions by several agents and redactions (redacted, failed, pending) at various times.
No value in here is personal data: previews and fingerprints are made up."""

from __future__ import annotations

import hashlib
import random

from pii_scanner.store import FindingRow, ObjectRow, Store

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NO_FODSELSNUMMER",
         "SE_PERSONNUMMER", "DK_CPR", "STREET_ADDRESS")
ORGS = ("1", "2", "3", "10", "Acme", None)
STATUSES = ("open", "pending", "solved", "hold", None)
AGENTS = ("kari", "ola", "", "per")


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _findings(rng: random.Random, kind: str, oid: str, ticket: str | None,
              version: int) -> list[FindingRow]:
    out = []
    for i in range(rng.choice((0, 1, 1, 2, 3))):
        etype = rng.choice(TYPES)
        out.append(FindingRow(kind, oid, "body", etype, i * 10, i * 10 + 5,
                              round(rng.uniform(0.4, 1.0), 2), "random", "x***y",
                              _hash(etype, rng.randrange(40), version), ticket_id=ticket))
    return out


def _objects(rng: random.Random, tickets: list[str], version: int):
    """Objects of one batch (a few tickets with their comments/attachments, some users)."""
    objects, findings = [], []
    for tid in rng.sample(tickets, k=min(len(tickets), rng.randint(2, 5))):
        org = rng.choice(ORGS)
        objects.append(ObjectRow("tickets", tid, _hash(tid, version), organization_id=org,
                                 meta={"status": rng.choice(STATUSES)}))
        findings += _findings(rng, "tickets", tid, tid, version)
        for c in range(rng.randint(0, 3)):
            cid = f"{tid}-c{c}"
            kind = rng.choice(("comments", "comments", "attachments"))
            meta = {"public": rng.choice((True, False, None))} if kind == "comments" else {}
            objects.append(ObjectRow(kind, cid, _hash(cid, version), ticket_id=tid,
                                     organization_id=rng.choice((None, None, org, "2")),
                                     meta=meta))
            findings += _findings(rng, kind, cid, tid, version)
    for u in rng.sample(range(8), k=rng.randint(0, 2)):
        uid = f"u{u}"
        objects.append(ObjectRow(rng.choice(("users", "organizations")), uid,
                                 _hash(uid, version), organization_id=rng.choice(ORGS)))
        findings += _findings(rng, objects[-1].kind, uid, None, version)
    return objects, findings


def fill_random_store(store: Store, clock, seed: int, *, sources: int = 2, runs: int = 3,
                      batches: int = 4) -> list[int]:
    """Fill ``store`` (whose clock is the StepClock ``clock``); returns the source ids."""
    rng = random.Random(seed)
    source_ids = [store.ensure_source(f"helpdesk-{i}", "zendesk", f"https://h{i}.example")
                  for i in range(sources)]
    for sid in source_ids:
        tickets = [str(rng.randint(1, 60)) for _ in range(12)] + ["A-7", "007"]
        tickets = list(dict.fromkeys(tickets))
        for run in range(runs):
            run_id = store.begin_run(sid, "full" if run == 0 else "incremental")
            for _ in range(batches):
                clock.advance(hours=rng.choice((0, 1, 7, 30, 200)))
                objects, findings = _objects(rng, tickets, rng.randint(0, run))
                deleted = [("tickets", t) for t in rng.sample(tickets, k=rng.choice((0, 0, 1)))]
                deleted = [d for d in deleted if d[1] not in {o.object_id for o in objects}]
                store.commit_batch(run_id, sid, "tickets", objects, findings, [], None, deleted)
            store.finish_run(run_id, "done", rng.randint(1, 50))
            _review(store, clock, rng)
    return source_ids


def _review(store: Store, clock, rng: random.Random) -> None:
    """Agents decide on some findings and some approved ones get redacted (or fail)."""
    ids = [f["id"] for f in store.findings(include_history=True)]
    for fid in rng.sample(ids, k=len(ids) // 3):
        clock.advance(minutes=rng.randint(1, 300))
        store.decide([fid], rng.choice(("approved", "approved", "dismissed")),
                     actor=rng.choice(AGENTS), overwrite=rng.random() < 0.3)
    approved = [r["id"] for r in store.decided_findings(approved_only=True,
                                                        states=("open", "gone", "deleted"))]
    for fid in rng.sample(approved, k=len(approved) // 2):
        clock.advance(hours=rng.randint(0, 80), seconds=rng.randint(0, 59))
        store.record_redaction([fid], rng.choice(("redacted", "redacted", "failed", "pending")),
                               [])
