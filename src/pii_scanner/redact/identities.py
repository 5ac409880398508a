"""Delete the secondary identities of a user that hold approved personal data.

A user identity (a second e-mail address, a phone number) has no text to black out: under
GDPR the identity itself goes. Per user: one read of the live identities, a check that each
identity still holds the finding's value (same span, same HMAC fingerprint), one ``DELETE``
per identity, one read to verify they are gone. A primary identity is never deleted (Zendesk
refuses): it is reported ``unsupported``, with what to do instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pii_scanner.errors import ApiError, NotFound, PiiScannerError, RateLimited
from pii_scanner.redact import live
from pii_scanner.redact.plan import identity_id
from pii_scanner.redact.writeback import IdentityWriteback

Row = Mapping[str, Any]
PRIMARY = "primary identity: change the user's primary e-mail in Zendesk first"


@dataclass(frozen=True, slots=True)
class IdentityOutcome:
    """What happened to the findings on one identity; ``writes`` is the DELETE calls made."""

    identity_id: str
    rows: tuple[Row, ...]
    result: str  # redacted, stale, failed, deferred, unsupported
    reason: str = ""
    writes: int = 0


def supports_identities(writeback: Any) -> bool:
    """Whether the write-back can list and delete identities (the optional
    :class:`~pii_scanner.redact.writeback.IdentityWriteback` calls)."""
    return isinstance(writeback, IdentityWriteback)


def delete_identities(writeback: Any, user_id: str, rows: Sequence[Row],
                      fingerprint: Callable[[str, str], str]) -> list[IdentityOutcome]:
    """Delete the identities of ``user_id`` that ``rows`` (findings on
    ``identities.<id>.value``) were found in, after checking each still holds its value.

    Errors of the first read propagate (the caller marks the rows); later errors become
    outcomes, so a deletion already made is always reported.
    """
    live_ids = {str(i.get("id")): i for i in writeback.identities(user_id)}
    by_identity: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_identity[identity_id(row["field"]) or ""].append(row)
    out: list[IdentityOutcome] = []
    attempted: dict[str, tuple[list[Row], str, int]] = {}  # id -> (rows, note, writes)
    for iid, group in by_identity.items():
        ident = live_ids.get(iid)
        value = ident.get("value") if ident else None
        if not isinstance(value, str):
            out.append(IdentityOutcome(iid, tuple(group), "stale", "identity no longer exists"))
            continue
        unit = live.analyse_text(value)
        held = [r for r in group if live.locate(unit, r, fingerprint) is not None]
        stale = [r for r in group if r not in held]
        if stale:
            out.append(IdentityOutcome(iid, tuple(stale), "stale",
                                       "live identity no longer holds the value"))
        if not held:
            continue
        if ident.get("primary"):
            out.append(IdentityOutcome(iid, tuple(held), "unsupported", PRIMARY))
            continue
        try:
            writeback.delete_identity(user_id, iid)
            attempted[iid] = (held, "", 1)
        except RateLimited:
            out.append(IdentityOutcome(iid, tuple(held), "deferred", "rate limited; retry later"))
        except NotFound:
            attempted[iid] = (held, "already gone when deleted", 0)
        except (ApiError, PiiScannerError) as exc:  # the re-read decides whether it went
            attempted[iid] = (held, _reason(exc), 1)
    if attempted:
        out.extend(_verify(writeback, user_id, attempted))
    return out


def _verify(writeback: Any, user_id: str,
            attempted: Mapping[str, tuple[list[Row], str, int]]) -> list[IdentityOutcome]:
    try:
        remaining = {str(i.get("id")) for i in writeback.identities(user_id)}
    except NotFound:
        remaining = set()  # the user is gone, and its identities with it
    except (ApiError, PiiScannerError) as exc:
        return [IdentityOutcome(iid, tuple(rows), "failed", f"could not verify: {_reason(exc)}",
                                writes) for iid, (rows, _note, writes) in attempted.items()]
    out = []
    for iid, (rows, note, writes) in attempted.items():
        if iid in remaining:
            out.append(IdentityOutcome(iid, tuple(rows), "failed",
                                       note or "the identity is still there after the delete",
                                       writes))
        else:
            out.append(IdentityOutcome(iid, tuple(rows), "redacted", note, writes))
    return out


_reason = live.api_reason
