"""Proposals for linking users to organisations by the domains of their e-mail addresses.

Pure: users and organisations in, proposals out. Per user, every e-mail (primary and
secondary identities) gives a domain; free-mail/ISP domains are never used. A corporate
domain maps to the organisation whose ``domain_names`` hold it (or a parent of it, with
``match_subdomains``). Proposals:

* ``link``: the user has no organisation and their domains point at exactly one;
* ``mismatch``: the user sits in another organisation than their domain says (report only);
* ``ambiguous``: the user's domains point at several organisations (report only);
* ``conflict``: several organisations claim one domain (report only, never applied);
* ``suggest_org``: a corporate domain with enough users and no organisation.

Plans name user and organisation ids, domains of corporate mail and counts; never an address.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from pii_scanner.orgs.domains import email_domain, is_free, parents
from pii_scanner.orgs.policy import OrgsPolicy
from pii_scanner.records import Organization, User

STAFF_ROLES = frozenset({"agent", "admin"})


@dataclass(frozen=True, slots=True)
class Proposal:
    action: str
    domain: str
    user_id: str | None = None
    organization_id: str | None = None
    current_organization_id: str | None = None
    verified: bool | None = None
    users: int = 1
    organizations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgPlan:
    proposals: tuple[Proposal, ...] = ()
    summary: dict[str, Any] = field(default_factory=dict)

    def of(self, action: str) -> list[Proposal]:
        return [p for p in self.proposals if p.action == action]

    def to_json(self) -> dict[str, Any]:
        return {"summary": self.summary, "proposals": [asdict(p) for p in self.proposals]}


def _domains(user: User) -> dict[str, bool]:
    """Domain → verified, over the primary address and every e-mail identity."""
    out: dict[str, bool] = {}
    primary = email_domain(user.email)
    if primary:
        out[primary] = user.verified
    for ident in user.identities:
        if ident.type == "email":
            domain = email_domain(ident.value)
            if domain:
                out[domain] = out.get(domain, False) or ident.verified
    return out


def plan_links(users: Iterable[User], orgs: Iterable[Organization], free: frozenset[str],
               policy: OrgsPolicy = OrgsPolicy()) -> OrgPlan:
    owners: dict[str, set[str]] = defaultdict(set)
    for org in orgs:
        if not org.deleted:
            for d in org.domain_names:
                if d and d.strip():
                    owners[d.strip().lower()].add(org.id)

    def owner_of(domain: str) -> tuple[str, set[str]] | None:
        for candidate in [domain, *(parents(domain) if policy.match_subdomains else ())]:
            if candidate in owners:
                return candidate, owners[candidate]
        return None

    proposals: list[Proposal] = []
    unmatched: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    conflicts: Counter[str] = Counter()
    for user in users:
        if user.role in STAFF_ROLES or not user.active:
            counts["skipped_staff_or_inactive"] += 1
            continue
        domains = _domains(user)
        corporate = {d: v for d, v in domains.items() if not is_free(d, free)}
        counts["users"] += 1
        if domains and not corporate:
            counts["free_mail_only"] += 1
        matches: dict[str, tuple[str, bool]] = {}  # org id → (domain, verified)
        for domain, verified in corporate.items():
            found = owner_of(domain)
            if found is None:
                unmatched[domain] += 1
            elif len(found[1]) > 1:
                conflicts[found[0]] += 1
            else:
                org_id = next(iter(found[1]))
                seen = matches.get(org_id)
                matches[org_id] = (found[0], verified or bool(seen and seen[1]))
        if not matches:
            continue
        current = user.organization_id
        if current in matches:
            counts["already_linked"] += 1
            continue
        if len(matches) > 1:
            proposals.append(Proposal("ambiguous", ",".join(sorted(d for d, _ in matches.values())),
                                      user.id, None, current, None, 1, tuple(sorted(matches))))
            continue
        org_id, (domain, verified) = next(iter(matches.items()))
        action = "link" if current is None else "mismatch"
        proposals.append(Proposal(action, domain, user.id, org_id, current, verified))
    for domain, n in sorted(conflicts.items()):
        proposals.append(Proposal("conflict", domain, users=n,
                                  organizations=tuple(sorted(owners[domain]))))
    for domain, n in sorted(unmatched.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= policy.suggest_min_users:
            proposals.append(Proposal("suggest_org", domain, users=n))
    by_action = Counter(p.action for p in proposals)
    summary = {**counts, "proposals": dict(by_action),
               "link_verified": sum(1 for p in proposals if p.action == "link" and p.verified),
               "link_unverified": sum(1 for p in proposals if p.action == "link" and not p.verified)}
    return OrgPlan(tuple(proposals), summary)
