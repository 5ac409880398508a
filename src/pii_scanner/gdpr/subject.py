"""A data subject's request: where their identifiers appear, and erasing them.

The officer gives the identifiers the request names (a fødselsnummer, e-mail addresses, phone
numbers, a name, an account number...) without saying which is which: each value is
fingerprinted as every entity type (:mod:`pii_scanner.store.normalise` makes ``912 34 567``
and ``+47 91234567`` one phone, ``010190 12345`` and ``01019012345`` one fødselsnummer), and
the store is asked for those fingerprints. The values stay in memory for the lookup only:
neither the store, the audit log nor the output holds them (findings show their masked
preview). A name matches only where the same name was found: names are shared by many people,
so matches by name alone are marked for the officer to confirm. A user profile matched by an
e-mail, phone or identity number is the subject's account: the tickets it requested are listed
too, whether or not their text names the person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.detect.options import ENTITY_TYPES
from pii_scanner.errors import ConfigError
from pii_scanner.redact.workflow import check_operator
from pii_scanner.store.fingerprint import Fingerprinter

#: types whose match alone does not single out one person (several people share them)
SHARED_TYPES = frozenset({"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"})
#: at most this many values per request (a request names a person, not a customer list)
MAX_VALUES = 50


@dataclass(frozen=True, slots=True)
class SubjectReport:
    """Every finding of the subject's identifiers, and where they are.

    ``value_hits[i]`` counts the findings of the i-th value given (1-based in ``to_json``), so
    the officer sees which identifier matched without the output naming it.
    """

    findings: tuple[dict[str, Any], ...]
    value_hits: tuple[int, ...]
    value_of: dict[int, int] = field(repr=False)  # finding id -> index of the value it matched
    #: ticket ids requested by a user profile matched by a strong identifier
    requested: frozenset[str] = frozenset()
    #: tickets of those profiles' helpdesks whose requester is not known (scanned before the
    #: scanner kept it): the subject may have requested some of them; a full rescan tells
    requester_unknown: int = 0

    @property
    def confirmed_only_by_shared(self) -> set[str]:
        """Tickets where the subject is matched only by a name, address or birth date."""
        strong: set[str] = set()
        weak: set[str] = set()
        for f in self.findings:
            (weak if f["entity_type"] in SHARED_TYPES else strong).add(_place(f))
        return weak - strong

    def places(self) -> list[dict[str, Any]]:
        """One row per ticket (or user / organisation profile) holding the subject's data."""
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in self.findings:
            grouped[_place(f)].append(f)
        weak = self.confirmed_only_by_shared
        rows = []
        for place, items in grouped.items():
            kind, _, ident = place.partition(":")
            rows.append({
                "kind": kind, "id": ident,
                "organization_id": next((f["organization_id"] for f in items
                                         if f["organization_id"]), None),
                "findings": len(items),
                "types": dict(sorted(Counter(f["entity_type"] for f in items).items())),
                "objects": dict(sorted(Counter(f["kind"] for f in items).items())),
                "states": dict(sorted(Counter(_status(f) for f in items).items())),
                "values": sorted({self.value_of[f["id"]] + 1 for f in items}),
                "confirm": place in weak,
                "requester": kind == "ticket" and ident in self.requested,
            })
        for ident in self.requested - {p.partition(":")[2] for p in grouped
                                       if p.startswith("ticket:")}:
            rows.append({"kind": "ticket", "id": ident, "organization_id": None, "findings": 0,
                         "types": {}, "objects": {}, "states": {}, "values": [],
                         "confirm": False, "requester": True})
        return sorted(rows, key=lambda r: (r["kind"], numeric_order(r["id"])))

    def to_json(self) -> dict[str, Any]:
        places = self.places()
        return {
            "values": [{"value": i + 1, "findings": n} for i, n in enumerate(self.value_hits)],
            "findings": len(self.findings),
            "tickets": sum(1 for p in places if p["kind"] == "ticket"),
            "requested_tickets": len(self.requested),
            "tickets_without_requester": self.requester_unknown,
            "places": places,
            "to_confirm": sum(1 for p in places if p["confirm"]),
            "items": [{k: f[k] for k in ("id", "entity_type", "kind", "object_id", "ticket_id",
                                         "field", "preview", "state", "detected_at")}
                      | {"value": self.value_of[f["id"]] + 1, "status": _status(f)}
                      for f in self.findings],
        }


def subject_fingerprints(values: Sequence[str], fingerprinter: Fingerprinter,
                         types: Iterable[str] = ENTITY_TYPES) -> dict[str, int]:
    """fingerprint -> index of the value it was made from, for every value and type."""
    values = [v.strip() for v in values]
    if not any(values):
        raise ConfigError("give at least one identifier of the data subject")
    if len(values) > MAX_VALUES:
        raise ConfigError(f"at most {MAX_VALUES} identifiers per request")
    out: dict[str, int] = {}
    for index, value in enumerate(values):
        if value:
            for entity_type in types:
                out.setdefault(fingerprinter.fingerprint(entity_type, value), index)
    return out


def find_subject(store, fingerprinter: Fingerprinter, values: Sequence[str], *,
                 include_history: bool = False, actor: str = "unknown",
                 reference: str | None = None) -> SubjectReport:
    """Every stored finding of any of ``values`` (with its redaction decision and status).

    The lookup is written to the audit log (who, when, the request reference and how many
    values and findings; never the values).
    """
    by_fp = subject_fingerprints(values, fingerprinter)
    states = ("open", "gone", "deleted") if include_history else ("open",)
    found = list(store.findings(fingerprints=by_fp, include_history=include_history))
    decided = {r["id"]: r for r in store.decided_findings(
        finding_ids=[f["id"] for f in found], states=states)} if found else {}
    rows = tuple(sorted(({**f, **{k: decided.get(f["id"], {}).get(k) for k in
                                  ("decision", "redaction_status")}} for f in found),
                        key=lambda f: f["id"]))
    value_of = {f["id"]: by_fp[f["fingerprint"]] for f in rows}
    hits = Counter(value_of.values())
    requested, unknown = requested_tickets(store, rows)
    store.audit(actor=actor, action="gdpr-lookup", result="ok",
                detail={"reference": reference, "values": len(values), "findings": len(rows),
                        "tickets": len({f["ticket_id"] for f in rows if f["ticket_id"]}),
                        "requested_tickets": len(requested)})
    return SubjectReport(rows, tuple(hits.get(i, 0) for i in range(len(values))), value_of,
                         requested, unknown)


def requested_tickets(store, findings: Iterable[dict[str, Any]]) -> tuple[frozenset[str], int]:
    """Ids of the tickets requested by the user profiles among ``findings`` that an open
    finding of a strong identifier (not a name, address or birth date) ties to the subject,
    and how many tickets of those profiles' helpdesks have no requester on record."""
    users = {(f["source_id"], f["object_id"]) for f in findings
             if f["kind"] == "users" and f["state"] == "open"
             and f["entity_type"] not in SHARED_TYPES}
    requested: set[str] = set()
    unknown = 0
    for sid in {sid for sid, _ in users}:
        for t in store.ticket_ages(sid):
            if t["requester_id"] is None:
                unknown += 1
            elif (sid, str(t["requester_id"])) in users:
                requested.add(t["ticket_id"])
    return frozenset(requested), unknown


def erase_subject(store, report: SubjectReport, *, actor: str, reference: str | None = None,
                  operator: str | None = None, include_shared: bool = False) -> int:
    """Approve the subject's open, not yet redacted findings for redaction (``redact apply``
    then writes them); returns how many decisions changed. Matches by a shared kind of value
    (a name, an address, a birth date) in a place no other identifier of the subject is
    found are left for a person to review unless ``include_shared``."""
    weak = set() if include_shared else report.confirmed_only_by_shared
    ids = [f["id"] for f in report.findings
           if f["state"] == "open" and f.get("redaction_status") != "redacted"
           and _place(f) not in weak]
    if not ids:
        return 0
    check_operator(operator)
    rule = "gdpr-erasure" + (f":{reference}" if reference else "")
    return len(store.decide(ids, "approved", actor=actor, rule=rule, operator=operator,
                            reason="GDPR erasure request"))


def _place(f: dict[str, Any]) -> str:
    if f.get("ticket_id"):
        return f"ticket:{f['ticket_id']}"
    kind = {"users": "user", "organizations": "organization"}.get(f["kind"], f["kind"])
    return f"{kind}:{f['object_id']}"


def _status(f: dict[str, Any]) -> str:
    if f.get("redaction_status") == "redacted":
        return "redacted"
    if f["state"] != "open":
        return f["state"]
    return f.get("decision") or "open"


def numeric_order(ident: str) -> tuple[int, str]:
    """Sort key: numeric ids by number (Zendesk ids are integers), others after them."""
    return (int(ident), "") if ident.isdigit() else (1 << 62, ident)
