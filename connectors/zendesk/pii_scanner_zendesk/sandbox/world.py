"""The generated (unmutated) helpdesk: objects built on demand from (seed, index), cached in
small per-instance LRU caches so memory stays bounded at any size."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator

from .config import SandboxConfig
from .files import declared_size
from .layout import PHOTO_BASE, Layout
from .people import GenOrg, GenUser, make_org, make_user
from .planted import Planted
from .tickets import GenAttachment, GenTicket, make_ticket
from .vocab import Vocab


class World:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.layout = Layout(config.seed, config.tickets)
        self.vocab = Vocab.load()
        self.ticket = functools.lru_cache(maxsize=4096)(self._ticket)
        self.user = functools.lru_cache(maxsize=8192)(self._user)
        self.org = functools.lru_cache(maxsize=4096)(self._org)

    def _ticket(self, tid: int) -> GenTicket | None:
        if not 1 <= tid <= self.layout.tickets:
            return None
        return make_ticket(self.layout, tid, self.user, self.org, self.vocab)

    def _user(self, index: int) -> GenUser:
        return make_user(self.layout, self.vocab, index, self.config.email,
                         lambda i: self.org(i).domain_names[0])

    def _org(self, index: int) -> GenOrg:
        return make_org(self.layout, self.vocab, index)

    def user_by_id(self, uid: int) -> GenUser | None:
        index = self.layout.user_index(uid)
        return None if index is None else self.user(index)

    def org_by_id(self, oid: int) -> GenOrg | None:
        index = self.layout.org_index(oid)
        return None if index is None else self.org(index)

    # -- attachments -------------------------------------------------------------------
    def token(self, aid: int) -> str:
        sig = hashlib.sha256(f"{self.config.seed}:{aid}".encode()).hexdigest()[:14]
        return f"{sig}{aid}"

    @staticmethod
    def token_id(token: str) -> int | None:
        return int(token[14:]) if len(token) > 14 and token[14:].isdigit() else None

    def attachment(self, aid: int) -> tuple[GenAttachment, int] | None:
        """The generated attachment with this id and its ticket id."""
        parts = self.layout.split_attachment_id(aid)
        if parts is None:
            return None
        tid, n, _k = parts
        ticket = self.ticket(tid)
        if ticket is None or n >= len(ticket.comments):
            return None
        found = next((a for a in ticket.comments[n].attachments if a.id == aid), None)
        return (found, tid) if found else None

    def photo_user(self, aid: int) -> GenUser | None:
        user = self.user_by_id(aid - PHOTO_BASE + self.layout.user_id(0))
        return user if user and user.photo_id == aid else None

    def size_of(self, kind: str, aid: int) -> int:
        return declared_size(kind, aid, self.config.faults.oversized_attachment_bytes)

    # -- planted values ----------------------------------------------------------------
    def planted(self) -> Iterator[Planted]:
        """Everything planted in the generated data (mutations are not considered here)."""
        for index in range(self.layout.organizations):
            o = self.org(index)
            yield from (Planted(e, v, "organization", str(o.id), f, not o.deleted)
                        for e, v, f in o.planted)
        for index in range(self.layout.users):
            u = self.user(index)
            yield from (Planted(e, v, "user", str(u.id), f) for e, v, f in u.planted)
            if u.photo_gps:
                yield Planted("GPS_COORDINATES", f"{u.photo_gps[0]}, {u.photo_gps[1]}", "attachment",
                              str(u.photo_id), "content")
        for tid in range(1, self.layout.tickets + 1):
            t = self.ticket(tid)
            live = t.status != "deleted"
            yield from (Planted(e, v, "ticket", str(tid), f, live) for e, v, f in t.planted)
            for c in t.comments:
                yield from (Planted(e, v, "comment", str(c.id), "html_body", live)
                            for e, v in c.planted)
                for a in c.attachments:
                    yield from (Planted(e, v, "attachment", str(a.id), f, live)
                                for e, v, f in a.planted)
