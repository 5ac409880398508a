"""Link users to organisations as planned: re-read each user, check, update, audit.

A user is linked only if, live, they still have no organisation and still have an address at
the planned domain (or a subdomain of it). Reruns are idempotent: linked users drop out of
the next plan, and a user linked meanwhile is skipped as ``stale``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import ApiError, NotFound, PiiScannerError, RateLimited
from pii_scanner.orgs.domains import email_domain
from pii_scanner.orgs.plan import Proposal


@dataclass(frozen=True, slots=True)
class LinkReport:
    results: tuple[tuple[str, str, str], ...] = ()  # (user id, result, reason)
    requests: int = 0
    touched: tuple[str, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        return dict(Counter(r for _, r, _ in self.results))

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts(), "requests": self.requests,
                "results": [{"user_id": u, "result": r, "reason": why}
                            for u, r, why in self.results]}


def _still_matches(user: dict, domain: str) -> bool:
    found = email_domain(user.get("email"))
    return found is None or found == domain or found.endswith("." + domain)


def apply_links(store, writeback, proposals: Iterable[Proposal], *, actor: str,
                verified_only: bool = False) -> LinkReport:
    before = writeback.request_count
    results: list[tuple[str, str, str]] = []
    for p in proposals:
        if p.action != "link" or p.user_id is None or p.organization_id is None:
            continue
        if verified_only and not p.verified:
            results.append((p.user_id, "skipped", "address not verified"))
            continue
        result, reason, response_id = "failed", "", None
        try:
            live = writeback.get("user", p.user_id)
            if live.get("organization_id") is not None:
                result, reason = "stale", "user is in an organisation now"
            elif not _still_matches(live, p.domain):
                result, reason = "stale", "user's address changed"
            else:
                updated = writeback.update("user", p.user_id,
                                           {"organization_id": int(p.organization_id)
                                            if p.organization_id.isdigit() else p.organization_id})
                response_id = updated.get("updated_at")
                ok = str(updated.get("organization_id")) == p.organization_id
                result, reason = ("linked", "") if ok else ("failed", "the API did not apply it")
        except NotFound:
            result, reason = "stale", "user no longer exists"
        except RateLimited:
            result, reason = "deferred", "rate limited; retry later"
        except (ApiError, PiiScannerError) as exc:
            result, reason = "failed", type(exc).__name__
        results.append((p.user_id, result, reason))
        store.audit(actor=actor, action="org_link", object_kind="user", object_id=p.user_id,
                    result=result, response_id=response_id,
                    detail={"organization_id": p.organization_id, "domain": p.domain,
                            "verified": p.verified, "reason": reason})
    return LinkReport(tuple(results), writeback.request_count - before,
                      tuple(u for u, r, _ in results if r == "linked"))
