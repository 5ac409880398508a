"""The numbers behind the dashboard and the exports, computed from stored facts only.

>>> facts = [{"entity_type": "PERSON", "kind": "comments", "organization_id": "9",
...           "ticket_id": "1", "state": "open", "detected_at": "2026-01-01T00:00:00+00:00",
...           "public": True, "decision": None, "redaction_status": None, "decided_by": None,
...           "applied_at": None}]
>>> r = summarise(facts, [], now="2026-01-11T00:00:00+00:00")
>>> r.totals["open"], r.by_source, r.backlog_age[2]
(1, (('comment', 1),), ('7-30 days', 1))
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from pii_scanner.store import Store
from pii_scanner.store.clock import as_utc
from pii_scanner.store.repositories.report_aggregates import ReportAggregateRepository
from pii_scanner.store.repositories.report_stats import ReportRepository

NATIONAL_IDS = frozenset({"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR",
                          "FI_PERSONAL_IDENTITY_CODE", "PASSPORT_NUMBER"})
#: finding kind -> the source field category managers see
SOURCE_FIELDS = {"comments": "comment", "attachments": "attachment", "tickets": "ticket field",
                 "users": "profile", "organizations": "profile"}
AGE_BUCKETS = ((1, "< 1 day"), (7, "1-7 days"), (30, "7-30 days"), (90, "30-90 days"),
               (None, "> 90 days"))
TOP = 15

Pairs = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a manager's report shows. Counts and ids only, never personal values."""

    generated_at: str
    totals: dict[str, int]
    by_type: Pairs
    by_organization: Pairs
    by_source: Pairs
    #: (run id, started at, findings found by that run)
    trend: tuple[tuple[int, str, int], ...]
    backlog_age: Pairs
    #: hours from detection to redaction: {"count", "median_h", "p90_h", "max_h"}
    time_to_redaction: dict[str, float | int | None]
    redactions_by_agent: Pairs
    #: (organisation id, risk score, findings, national ids)
    risky_organizations: tuple[tuple[str, int, int, int], ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pairs(counter: Counter, limit: int | None = None) -> Pairs:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(items[:limit] if limit else items)


def _age_bucket(days: float) -> str:
    for limit, label in AGE_BUCKETS:
        if limit is None or days < limit:
            return label
    return AGE_BUCKETS[-1][1]


def summarise(facts: Iterable[Mapping[str, Any]], runs: Iterable[Mapping[str, Any]], *,
              now: datetime | str) -> Report:
    """Fold finding facts and scan runs into a :class:`Report` (pure)."""
    now_dt = as_utc(now)
    facts = list(facts)
    current = [f for f in facts if f["state"] == "open" and f.get("redaction_status") != "redacted"]
    redacted = [f for f in facts if f.get("redaction_status") == "redacted"]
    todo = [f for f in current if not f.get("decision")]
    totals = {"open": len(current), "to_review": len(todo),
              "approved": sum(1 for f in current if f.get("decision") == "approved"),
              "dismissed": sum(1 for f in current if f.get("decision") == "dismissed"),
              "redacted": len(redacted),
              "tickets": len({f["ticket_id"] for f in current if f.get("ticket_id")})}
    live = [f for f in current if f.get("decision") != "dismissed"]
    by_org = Counter(f["organization_id"] or "(none)" for f in live)
    ages = Counter(_age_bucket((now_dt - as_utc(f["detected_at"])).total_seconds() / 86400)
                   for f in todo)
    hours = sorted((as_utc(f["applied_at"]) - as_utc(f["detected_at"])).total_seconds() / 3600
                   for f in redacted if f.get("applied_at"))
    risk: dict[str, list[int]] = {}
    for f in live:
        if not f["organization_id"]:
            continue
        score = risk.setdefault(f["organization_id"], [0, 0, 0])
        national = f["entity_type"] in NATIONAL_IDS
        score[0] += 5 if national else 2 if f.get("public") else 1
        score[1] += 1
        score[2] += int(national)
    risky = sorted(((org, *vals) for org, vals in risk.items()), key=lambda r: (-r[1], r[0]))
    return Report(
        generated_at=now_dt.isoformat(timespec="seconds"),
        totals=totals,
        by_type=_pairs(Counter(f["entity_type"] for f in live)),
        by_organization=_pairs(by_org, TOP),
        by_source=_pairs(Counter(SOURCE_FIELDS.get(f["kind"], f["kind"]) for f in live)),
        trend=tuple((r["id"], r["started_at"], sum(r["findings"].values())) for r in runs),
        backlog_age=tuple((label, ages.get(label, 0)) for _, label in AGE_BUCKETS),
        time_to_redaction={
            "count": len(hours),
            "median_h": round(statistics.median(hours), 2) if hours else None,
            "p90_h": round(hours[min(len(hours) - 1, int(len(hours) * 0.9))], 2) if hours else None,
            "max_h": round(hours[-1], 2) if hours else None},
        redactions_by_agent=_pairs(Counter(f.get("decided_by") or "(unknown)" for f in redacted)),
        risky_organizations=tuple(tuple(r) for r in risky[:10]),
    )


def _ranks(n: int) -> tuple[int, ...]:
    """0-based ranks the summary reads from ``n`` sorted durations: median pair, p90, max."""
    return ((n - 1) // 2, n // 2, min(n - 1, int(n * 0.9)), n - 1)


def build_report(store: Store, *, source_id: int | None = None,
                 now: datetime | str | None = None) -> Report:
    """The report for everything in ``store`` (or one source), aggregated in the database.

    Memory is bounded by the number of distinct types, kinds, agents and buckets, not by the
    number of findings. Equal to :func:`build_report_in_python` (tested on random stores)."""
    now_dt = as_utc(now or store.clock())
    with Session(store.engine) as s, s.begin():
        agg = ReportAggregateRepository(s, store.clock, source_id=source_id)
        totals = agg.totals()
        by_type = Counter(dict(agg.live_counts("entity_type")))
        kinds = Counter()
        for kind, n in agg.live_counts("kind"):
            kinds[SOURCE_FIELDS.get(kind, kind)] += n
        by_org = tuple(agg.top_organizations(TOP))
        risky = tuple(agg.risky_organizations(NATIONAL_IDS, 10))
        ages = agg.backlog(now_dt, AGE_BUCKETS)
        count, hours = agg.redaction_hours(_ranks)
        agents = Counter(dict(agg.redactions_by_agent()))
        runs = ReportRepository(s, store.clock).runs(source_id)
    median, _, p90, top = (_ranks(count) if count else (None,) * 4)
    return Report(
        generated_at=now_dt.isoformat(timespec="seconds"),
        totals=totals,
        by_type=_pairs(by_type),
        by_organization=by_org,
        by_source=_pairs(kinds),
        trend=tuple((r["id"], r["started_at"], sum(r["findings"].values())) for r in runs),
        backlog_age=tuple((label, ages.get(label, 0)) for _, label in AGE_BUCKETS),
        time_to_redaction={
            "count": count,
            "median_h": round(statistics.median((hours[median], hours[count // 2])), 2)
            if count else None,
            "p90_h": round(hours[p90], 2) if count else None,
            "max_h": round(hours[top], 2) if count else None},
        redactions_by_agent=_pairs(agents),
        risky_organizations=risky,
    )


def build_report_in_python(store: Store, *, source_id: int | None = None,
                           now: datetime | str | None = None) -> Report:
    """The same report folded in Python from every finding's facts (:func:`summarise`).

    The reference the SQL path is tested against; it holds every fact in memory, so use it
    only on small stores."""
    with Session(store.engine) as s, s.begin():
        repo = ReportRepository(s, store.clock)
        facts = repo.finding_facts(source_id)
        runs = repo.runs(source_id)
    return summarise(facts, runs, now=now or store.clock())
