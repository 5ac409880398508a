"""A fake helpdesk with Zendesk's redaction semantics, and findings stored as a scan would."""

from __future__ import annotations

import copy
import html as htmlmod
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from pii_scanner.errors import ApiError, NotFound, RateLimited
from pii_scanner.extract.html import map_span
from pii_scanner.pipeline.stages import to_analysed
from pii_scanner.records import TextUnit
from pii_scanner.store import FindingRow, ObjectRow, Store
from pii_scanner.store.fingerprint import Fingerprinter
from pii_scanner.store.preview import masked_preview

KEY = b"unit-test-key-" + b"k" * 32
BLACK = "\u2587"
_REDACT = re.compile(r"<redact>(.*?)</redact>", re.S)


class FakeHelpdesk:
    """Implements the Writeback protocol in memory. ``ignore_writes`` accepts writes without
    applying them; ``fail_next`` raises the given exception on the next write (after applying
    it when ``apply_anyway``)."""

    def __init__(self) -> None:
        self.tickets: dict[str, dict] = {}
        self.comments_by_ticket: dict[str, list[dict]] = {}
        self.users: dict[str, dict] = {}
        self.orgs: dict[str, dict] = {}
        self.identities_by_user: dict[str, list[dict]] = {}
        self.calls: list[tuple[str, str]] = []
        self.ignore_writes = False
        self.fail_next: Exception | None = None
        self.apply_anyway = False
        self.comment_redactions_missing = False

    # protocol ---------------------------------------------------------------------------
    @property
    def request_count(self) -> int:
        return len(self.calls)

    def comments(self, ticket_id):
        self.calls.append(("GET", f"comments/{ticket_id}"))
        if ticket_id not in self.comments_by_ticket:
            raise NotFound("gone", status=404)
        return copy.deepcopy(self.comments_by_ticket[ticket_id])

    def _comment(self, ticket_id, comment_id) -> dict:
        for c in self.comments_by_ticket.get(ticket_id, []):
            if str(c["id"]) == str(comment_id):
                return c
        raise NotFound("gone", status=404)

    def _write(self, name, apply) -> dict:
        self.calls.append(("PUT", name))
        failure, self.fail_next = self.fail_next, None
        result = {}
        if failure is None or self.apply_anyway:
            if not self.ignore_writes:
                result = apply()
        if failure is not None:
            raise failure
        return result

    def redact_comment(self, ticket_id, comment_id, marked_html):
        if self.comment_redactions_missing:
            self.calls.append(("PUT", "comment_redactions"))
            raise NotFound("no such endpoint", status=404)
        comment = self._comment(ticket_id, comment_id)

        def apply():
            if _REDACT.sub(lambda m: m.group(1), marked_html) != comment["html_body"]:
                raise ApiError("422", status=422)
            comment["html_body"] = _REDACT.sub(
                lambda m: BLACK * len(htmlmod.unescape(m.group(1))), marked_html)
            return copy.deepcopy(comment)
        return self._write("comment_redactions", apply)

    def redact_comment_text(self, ticket_id, comment_id, text):
        comment = self._comment(ticket_id, comment_id)

        def apply():
            comment["html_body"] = comment["html_body"].replace(text, BLACK * len(text))
            return copy.deepcopy(comment)
        return self._write("legacy_redact", apply)

    def redact_attachment(self, ticket_id, comment_id, attachment_id):
        comment = self._comment(ticket_id, comment_id)

        def apply():
            for att in comment["attachments"]:
                if str(att["id"]) == str(attachment_id):
                    att.update(file_name="redacted.txt", size=0)
            return {}
        return self._write("attachment_redact", apply)

    def upload(self, file_name, content_type, data):
        self.calls.append(("POST", "uploads"))
        return "tok"

    def add_private_note(self, ticket_id, body, uploads):
        return self._write("note", lambda: {})

    def download(self, content_url, max_bytes):
        self.calls.append(("GET", "download"))
        return b""

    def _store(self, kind):
        return {"user": self.users, "organization": self.orgs, "ticket": self.tickets}[kind]

    def get(self, kind, object_id):
        self.calls.append(("GET", f"{kind}/{object_id}"))
        found = self._store(kind).get(str(object_id))
        if found is None:
            raise NotFound("gone", status=404)
        return copy.deepcopy(found)

    def update(self, kind, object_id, changes):
        obj = self._store(kind)[str(object_id)]

        def apply():
            for key, value in changes.items():
                if isinstance(value, dict):
                    obj.setdefault(key, {}).update(value)
                elif key == "custom_fields":
                    for cf in value:
                        for field in obj[key]:
                            if field["id"] == cf["id"]:
                                field["value"] = cf["value"]
                else:
                    obj[key] = value
            obj["updated_at"] = "2026-01-01T00:00:00Z"
            return copy.deepcopy(obj)
        return self._write(f"{kind}_update", apply)

    def identities(self, user_id):
        self.calls.append(("GET", f"identities/{user_id}"))
        if str(user_id) not in self.users:
            raise NotFound("gone", status=404)
        return copy.deepcopy(self.identities_by_user.get(str(user_id), []))

    def delete_identity(self, user_id, identity_id):
        listed = self.identities_by_user.get(str(user_id), [])
        ident = next((i for i in listed if str(i["id"]) == str(identity_id)), None)

        def apply():
            if ident is None:
                raise NotFound("gone", status=404)
            if ident["primary"]:
                raise ApiError("422", status=422)
            listed.remove(ident)
        self.calls.append(("DELETE", f"identities/{user_id}/{identity_id}"))
        failure, self.fail_next = self.fail_next, None
        if failure is None or self.apply_anyway:
            if not self.ignore_writes:
                apply()
        if failure is not None:
            raise failure

    def records(self, kind, object_id):
        return []

    def writes(self) -> list[str]:
        return [name for method, name in self.calls if method in ("PUT", "DELETE")]


@pytest.fixture
def helpdesk() -> FakeHelpdesk:
    return FakeHelpdesk()


@pytest.fixture
def fp() -> Fingerprinter:
    return Fingerprinter(KEY)


class ManualClock:
    """The store's clock, moved by hand (no sleeps)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def store(tmp_path, clock) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path}/store.db", clock=clock) as s:
        yield s


class Seeder:
    """Puts objects into the fake helpdesk and their findings into the store, as a scan would."""

    def __init__(self, store: Store, helpdesk: FakeHelpdesk, fp: Fingerprinter):
        self.store, self.helpdesk, self.fp = store, helpdesk, fp
        self.source = store.ensure_source("fake", "zendesk", "https://fake.example")
        self.run = store.begin_run(self.source, "full")

    def comment(self, ticket_id: str, comment_id: str, html: str,
                values: list[tuple[str, str]], attachments=()) -> list[FindingRow]:
        self.helpdesk.comments_by_ticket.setdefault(ticket_id, []).append(
            {"id": int(comment_id), "html_body": html, "attachments": list(attachments)})
        unit = to_analysed(TextUnit("comment", comment_id, "html_body", html, "text/html",
                                    ticket_id))
        rows = []
        for entity, value in values:
            ts = unit.text.index(value)
            te = ts + len(value)
            start, end = map_span(html, list(unit.offsets), ts, te)
            rows.append(self._row("comments", comment_id, "html_body", entity, value, start, end,
                                  ticket_id, {"text_span": [ts, te]}))
        self._commit("comments", comment_id, ticket_id, rows)
        return rows

    def user(self, user_id: str, obj: dict, values: list[tuple[str, str, str]]) -> list[FindingRow]:
        """``values``: (field, entity, value); ``user_fields.X`` for custom fields."""
        self.helpdesk.users[user_id] = {"id": int(user_id), **obj}
        rows = []
        for field, entity, value in values:
            text = obj[field] if "." not in field else obj["user_fields"][field.split(".", 1)[1]]
            start = text.index(value)
            rows.append(self._row("users", user_id, field, entity, value, start,
                                  start + len(value), None, {}))
        self._commit("users", user_id, None, rows)
        return rows

    def identities(self, user_id: str, items: list[tuple[int, str, str, bool]]
                   ) -> list[FindingRow]:
        """A user with identities ``(id, value, entity, primary)``, each with the finding a
        scan of ``identities.<id>.value`` stores."""
        self.helpdesk.users[user_id] = {"id": int(user_id), "name": "Kari Nordmann"}
        self.helpdesk.identities_by_user[user_id] = [
            {"id": iid, "user_id": int(user_id), "type": "email" if "@" in value else
             "phone_number", "value": value, "primary": primary, "verified": False}
            for iid, value, _entity, primary in items]
        rows = [self._row("users", user_id, f"identities.{iid}.value", entity, value, 0,
                          len(value), None, {}) for iid, value, entity, _primary in items]
        self._commit("users", user_id, None, rows)
        return rows

    def _row(self, kind, oid, field, entity, value, start, end, ticket_id, explanation):
        return FindingRow(kind, oid, field, entity, start, end, 0.95, "test",
                          masked_preview(entity, value), self.fp.fingerprint(entity, value),
                          explanation, ticket_id=ticket_id)

    def _commit(self, kind, oid, ticket_id, rows):
        self.store.commit_batch(self.run, self.source, kind,
                                [ObjectRow(kind, oid, f"h-{kind}-{oid}", ticket_id=ticket_id)],
                                rows, [], None)

    def ids(self, **filters) -> list[int]:
        return [r["id"] for r in self.store.findings(**filters)]


@pytest.fixture
def seed(store, helpdesk, fp) -> Seeder:
    return Seeder(store, helpdesk, fp)


def rate_limited() -> RateLimited:
    return RateLimited("429", status=429)
