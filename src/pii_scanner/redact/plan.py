"""What a redaction would change: each finding's write-back target, grouped and counted.

A *target* is one object the helpdesk rewrites in one call: a comment (all its spans in one
``comment_redactions`` call), a user, an organisation, a ticket's own fields, or an
attachment. A user's secondary identities (``identities.<id>.value``: a second e-mail address,
a phone number) are deleted, one call per identity (method ``identity``; a primary identity is
found out and reported ``unsupported`` when applying). Fields with no write-back (user names,
tags, the ``via`` sender) are listed as ``unsupported``, never silently dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

#: fields rewritten through the object's own update endpoint, per object kind
UPDATABLE = {
    "users": ("notes", "details", "phone", "user_fields."),
    "organizations": ("notes", "details", "organization_fields."),
    "tickets": ("subject", "custom_fields."),
}
_KIND = {"users": "user", "organizations": "organization", "tickets": "ticket"}
#: a user identity's field: ``identities.<identity id>.value``
IDENTITY_FIELD = re.compile(r"identities\.(\d+)\.value")


def identity_id(field_name: str) -> str | None:
    """The identity id of an ``identities.<id>.value`` field, else None.

    >>> identity_id("identities.9001.value"), identity_id("notes")
    ('9001', None)
    """
    match = IDENTITY_FIELD.fullmatch(field_name)
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class Target:
    """One write: ``method`` names how (``comment``, ``update``, ``attachment``, ``description``
    (redacted in the ticket's first comment, which the description mirrors), ``identity``
    (deletes the user's identities named by the findings' fields), ``unsupported``);
    ``kind``/``object_id`` what; ``ticket_id`` the ticket whose update limit the write counts
    against (None for users and organisations)."""

    method: str
    kind: str
    object_id: str
    ticket_id: str | None = None

    @property
    def writes(self) -> bool:
        return self.method in ("comment", "update", "attachment", "description", "identity")


def target_of(finding: Mapping[str, Any]) -> Target:
    """Where ``finding`` (a :meth:`Store.findings` dict) is written back."""
    kind, oid, fname = finding["kind"], str(finding["object_id"]), finding["field"]
    ticket = finding.get("ticket_id")
    if kind == "comments" and fname in ("html_body", "body"):
        return Target("comment", "comment", oid, ticket)
    if kind == "attachments":
        if ticket and (fname.startswith("content") or fname == "file_name"):
            return Target("attachment", "attachment", oid, ticket)
        return Target("unsupported", "attachment", oid, ticket)
    if kind == "users" and identity_id(fname) is not None:
        return Target("identity", "user", oid)
    if kind == "tickets" and fname == "description":
        return Target("description", "ticket", oid, ticket)  # the first comment carries it
    prefixes = UPDATABLE.get(kind, ())
    if any(fname == p or (p.endswith(".") and fname.startswith(p)) for p in prefixes):
        return Target("update", _KIND[kind], oid, ticket if kind == "tickets" else None)
    return Target("unsupported", _KIND.get(kind, kind), oid, ticket)


@dataclass(frozen=True, slots=True)
class PlannedRedaction:
    finding_id: int
    entity_type: str
    kind: str
    object_id: str
    ticket_id: str | None
    field: str
    start: int | None
    end: int | None
    score: float
    preview: str
    operator: str
    method: str
    decision: str | None
    status: str | None


@dataclass(frozen=True, slots=True)
class RedactionPlan:
    """The findings a redaction would touch and how; ``writes`` is the number of API write
    calls (one per target), which is what counts against the per-ticket update limit."""

    items: tuple[PlannedRedaction, ...] = ()
    summary: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"summary": dict(self.summary), "items": [asdict(i) for i in self.items]}


def make_plan(rows: Iterable[Mapping[str, Any]], operator_for) -> RedactionPlan:
    """A plan from decided-finding dicts; ``operator_for(entity_type)`` is the policy default."""
    items, targets = [], set()
    by_type, by_ticket, by_method, by_decision = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        target = target_of(row)
        operator = row.get("operator") or operator_for(row["entity_type"])
        items.append(PlannedRedaction(
            row["id"], row["entity_type"], row["kind"], str(row["object_id"]), row["ticket_id"],
            row["field"], row["start"], row["end"], row["score"], row["preview"], operator,
            target.method, row.get("decision"), row.get("redaction_status")))
        if target.writes:  # one DELETE per identity, one call per other target
            targets.add((target, row["field"] if target.method == "identity" else None))
        by_type[row["entity_type"]] += 1
        by_ticket[row["ticket_id"] or "-"] += 1
        by_method[target.method] += 1
        by_decision[row.get("decision") or "undecided"] += 1
    summary = {"findings": len(items), "writes": len(targets), "by_type": dict(by_type),
               "by_ticket": dict(by_ticket), "by_method": dict(by_method),
               "by_decision": dict(by_decision)}
    return RedactionPlan(tuple(items), summary)
