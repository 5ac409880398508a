"""Where every generated object sits: id scheme, object counts and timestamps.

All of it is arithmetic on (seed, index), so any object's id and ``updated_at`` are known
without generating it, and exports can binary-search a position in O(log n).
Generated ``updated_at`` values grow strictly with the index; mutated objects move to
"now" (always later, the generated history ends on 2025-01-01).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BASE_TS = 1_640_995_200  # 2022-01-01T00:00:00Z
SPAN_S = 94_694_400  # three years, so generated history ends 2025-01-01
MAX_COMMENTS = 32
MAX_ATTACHMENTS = 8

USER_BASE = 361_000_000_000
ORG_BASE = 362_000_000_000
COMMENT_BASE = 363_000_000_000
AUDIT_BASE = 364_000_000_000
ATTACHMENT_BASE = 365_000_000_000
IDENTITY_BASE = 366_000_000_000
PHOTO_BASE = 367_000_000_000
NEW_ID_BASE = 369_000_000_000
GROUP_IDS = (360_000_101, 360_000_102, 360_000_103, 360_000_104)
BRAND_ID = 360_000_201
AGENTS = 8
ORG_GROUP = 3  # organisations are imported in batches that share an updated_at


def mix(*parts: int) -> int:
    """A fast, well-spread 64-bit hash of integers (splitmix64 finaliser)."""
    x = 0x9E3779B97F4A7C15
    for p in parts:
        x = (x ^ (p & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9 & 0xFFFFFFFFFFFFFFFF
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 31
    return x


def iso(ts: int) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> int:
    return int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


@dataclass(frozen=True, slots=True)
class Layout:
    """Counts and timelines for one (seed, size)."""

    seed: int
    tickets: int

    @property
    def end_users(self) -> int:
        return max(30, self.tickets // 2)

    @property
    def users(self) -> int:
        return AGENTS + self.end_users

    @property
    def organizations(self) -> int:
        return max(6, self.tickets // 25)

    # -- tickets: ids 1..N ------------------------------------------------------------
    @property
    def ticket_step(self) -> float:
        return SPAN_S / self.tickets

    def ticket_updated(self, tid: int) -> int:
        step = self.ticket_step
        return BASE_TS + int((tid - 1) * step) + mix(self.seed, 1, tid) % max(1, int(step) // 2)

    @property
    def max_lifetime(self) -> int:
        """Longest time between a ticket's creation and its generated last update."""
        return int(min(14 * 86_400, 40 * self.ticket_step)) + 600

    def ticket_created(self, tid: int) -> int:
        span = self.max_lifetime - 600
        return self.ticket_updated(tid) - 600 - mix(self.seed, 2, tid) % max(1, span)

    # -- users: index 0..U-1, agents first --------------------------------------------
    def user_id(self, index: int) -> int:
        return USER_BASE + index

    def user_index(self, uid: int) -> int | None:
        index = uid - USER_BASE
        return index if 0 <= index < self.users else None

    def user_updated(self, index: int) -> int:
        step = SPAN_S / self.users
        return BASE_TS + int(index * step) + mix(self.seed, 3, index) % max(1, int(step) // 2)

    # -- organisations ----------------------------------------------------------------
    def org_id(self, index: int) -> int:
        return ORG_BASE + index

    def org_index(self, oid: int) -> int | None:
        index = oid - ORG_BASE
        return index if 0 <= index < self.organizations else None

    def org_updated(self, index: int) -> int:
        batches = -(-self.organizations // ORG_GROUP)
        step = SPAN_S / batches
        batch = index // ORG_GROUP
        return BASE_TS + int(batch * step) + mix(self.seed, 4, batch) % max(1, int(step) // 2)

    # -- comment / attachment ids -----------------------------------------------------
    @staticmethod
    def comment_id(tid: int, n: int) -> int:
        return COMMENT_BASE + tid * MAX_COMMENTS + n

    @staticmethod
    def audit_id(tid: int, n: int) -> int:
        return AUDIT_BASE + tid * MAX_COMMENTS + n

    @staticmethod
    def attachment_id(tid: int, n: int, k: int) -> int:
        return ATTACHMENT_BASE + (tid * MAX_COMMENTS + n) * MAX_ATTACHMENTS + k

    @staticmethod
    def split_comment_id(cid: int) -> tuple[int, int] | None:
        if not COMMENT_BASE <= cid < AUDIT_BASE:
            return None
        return divmod(cid - COMMENT_BASE, MAX_COMMENTS)

    @staticmethod
    def split_attachment_id(aid: int) -> tuple[int, int, int] | None:
        if not ATTACHMENT_BASE <= aid < IDENTITY_BASE:
            return None
        rest, k = divmod(aid - ATTACHMENT_BASE, MAX_ATTACHMENTS)
        tid, n = divmod(rest, MAX_COMMENTS)
        return tid, n, k


def first_at_or_after(ts_of, lo: int, hi: int, ts: int) -> int:
    """Smallest index in [lo, hi) whose ``ts_of(index) >= ts`` (``hi`` if none)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if ts_of(mid) < ts:
            lo = mid + 1
        else:
            hi = mid
    return lo
