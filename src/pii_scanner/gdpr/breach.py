"""Breach impact: what personal data a set of tickets holds.

When tickets leak (an export sent to the wrong party, an account taken over, an integration
that read too much), the notification to the data protection authority (GDPR art. 33) and to
the people (art. 34) needs the categories of data, how many records and roughly how many
people. :func:`breach_report` answers from the store for a scope: ticket ids, an
organisation, a period in which the data was found, or the whole store.

"How many people" is estimated, not known: the store has no person identity, only values.
The report gives distinct values per type (a fødselsnummer seen in ten tickets counts once)
and, as the estimate, the number of distinct national identity numbers or, where more,
distinct e-mail addresses, with the method named in the output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.subject import numeric_order

NATIONAL_IDS = frozenset({"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR",
                          "FI_PERSONAL_IDENTITY_CODE"})
#: what Datatilsynet and the EDPB guidelines treat as raising a breach's risk: identity numbers,
#: financial data, travel documents
HIGH_RISK = NATIONAL_IDS | {"NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "PASSPORT_NUMBER"}


@dataclass(slots=True)
class _Tally:
    findings: int = 0
    values: set[bytes] = field(default_factory=set)  # fingerprints, 32 bytes each
    tickets: set[tuple[int, str]] = field(default_factory=set)


@dataclass(slots=True)
class BreachReport:
    """Counts folded while the findings stream past: memory grows with the distinct values
    and tickets, not with the findings (a million findings are never held at once)."""

    scope: dict[str, Any]
    tickets_in_scope: int | None  # tickets asked about (None when the scope is not a list)
    findings: int = 0
    by_type: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    tickets: set[tuple[int, str]] = field(default_factory=set)
    profiles: set[tuple[int, str, str]] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)

    def add(self, f: dict[str, Any]) -> None:
        tally = self.by_type[f["entity_type"]]
        tally.findings += 1
        tally.values.add(bytes.fromhex(f["fingerprint"]))
        if f["ticket_id"]:
            place = (f["source_id"], f["ticket_id"])
            self.tickets.add(place)
        else:
            place = (f["source_id"], f"{f['kind']}:{f['object_id']}")
            self.profiles.add((f["source_id"], f["kind"], f["object_id"]))
        tally.tickets.add(place)
        if f["organization_id"]:
            self.organizations.add(f["organization_id"])
        self.findings += 1

    def to_json(self) -> dict[str, Any]:
        distinct = {k: len(t.values) for k, t in self.by_type.items()}
        ids = sum(distinct.get(t, 0) for t in NATIONAL_IDS)
        emails = distinct.get("EMAIL_ADDRESS", 0)
        ranked = sorted(self.by_type.items(), key=lambda kv: (-kv[1].findings, kv[0]))
        return {
            "scope": self.scope,
            "tickets_in_scope": self.tickets_in_scope,
            "tickets_with_personal_data": len(self.tickets),
            "profiles_with_personal_data": len(self.profiles),
            "organizations": sorted(self.organizations, key=numeric_order),
            "findings": self.findings,
            "by_type": {k: {"findings": t.findings, "distinct_values": distinct[k],
                            "tickets": len(t.tickets), "high_risk": k in HIGH_RISK}
                        for k, t in ranked},
            "high_risk_types": sorted(k for k in self.by_type if k in HIGH_RISK),
            "people_estimate": {
                "at_least": max(ids, emails),
                "method": ("distinct national identity numbers" if ids >= emails
                           else "distinct e-mail addresses"),
            },
        }


def breach_report(store, *, ticket_ids: Iterable[str] | None = None,
                  organization_id: str | None = None, since: datetime | str | None = None,
                  until: datetime | str | None = None, everything: bool = False,
                  include_history: bool = False) -> BreachReport:
    """The personal data found in the scope (every filter given must hold).

    ``include_history`` counts findings since redacted away or deleted upstream too: a leak
    of last month's export held what was there then.
    """
    tickets = None if ticket_ids is None else list(dict.fromkeys(str(t).strip()
                                                                  for t in ticket_ids if str(t).strip()))
    if not everything and not tickets and organization_id is None and since is None \
            and until is None:
        raise ConfigError("give the breach's scope: tickets, an organisation, a period, "
                          "or everything")
    scope = {"tickets": len(tickets) if tickets is not None else None,
             "organization_id": organization_id,
             "since": str(since) if since is not None else None,
             "until": str(until) if until is not None else None,
             "include_history": include_history}
    report = BreachReport(scope, len(tickets) if tickets is not None else None)
    for f in store.findings(ticket_ids=tickets, organization_id=organization_id, since=since,
                            until=until, include_history=include_history):
        report.add(f)
    return report
