"""Fakes for pipeline tests: a paged in-memory connector and a digit-run detector."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from pii_scanner.config import load_settings
from pii_scanner.records import Attachment, Comment, Finding, Ticket
from pii_scanner.sources.contract import Batch


class DigitsDetector:
    """Flags every run of 11 digits as NO_FODSELSNUMMER (enough to exercise the pipeline)."""

    def analyze(self, text, lang=None):
        return [Finding("NO_FODSELSNUMMER", m.start(), m.end(), 0.9, "fake")
                for m in re.finditer(r"\b\d{11}\b", text)]

    def analyze_many(self, items):
        return [self.analyze(t, lang) for t, lang in items]


class ExplodingDetector(DigitsDetector):
    def analyze(self, text, lang=None):
        if "BOOM" in text:
            raise ValueError("cannot analyse")
        return super().analyze(text, lang)

    def analyze_many(self, items):
        return [self.analyze(t, lang) for t, lang in items]


class PagedStream:
    def __init__(self, name, pages, fail_after=None):
        self.name = name
        self.pages = pages
        self.fail_after = fail_after
        self.reads = []

    def read(self, checkpoint):
        start = checkpoint["page"] + 1 if checkpoint else 0
        self.reads.append(start)
        for n in range(start, len(self.pages)):
            if self.fail_after is not None and n > self.fail_after:
                raise KeyboardInterrupt  # stands in for a kill between two batches
            yield Batch(self.name, tuple(self.pages[n]), {"page": n})


@dataclass
class FakeConnector:
    streams_: list
    files: dict
    name: str = "zendesk"
    requests: int = 0

    def check(self):
        self.requests += 1

    def streams(self):
        return self.streams_

    def download(self, att, max_bytes):
        self.requests += 1
        from pii_scanner.errors import TooLarge
        data = self.files[att.id]
        if len(data) > max_bytes:
            raise TooLarge("attachment over the cap")
        return data

    @property
    def request_count(self):
        return self.requests

    def close(self):
        pass


def ticket(i, text):
    return Ticket(id=str(i), updated_at=f"2026-01-{i % 28 + 1:02d}T00:00:00Z", status="open",
                  subject=f"Sak {i}", description=text)


def comment(i, tid, html, attachments=()):
    return Comment(id=str(i), ticket_id=str(tid), author_id="1", public=True, body=None,
                   html_body=html, attachments=tuple(attachments))


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={}, config_path=None, overrides={
        "data_dir": tmp_path, "database.url": f"sqlite:///{tmp_path}/s.db",
        "zendesk.url": "https://acme.zendesk.com", "scan.batch_size": 3,
        "scan.max_attachment_bytes": 100})


@pytest.fixture
def pages():
    tickets = [[ticket(i, f"fnr {10000000000 + i} og tlf") for i in range(p * 4, p * 4 + 4)]
               for p in range(3)]
    att = Attachment(id="900", file_name="scan.txt", content_type="text/plain", size=None,
                     content_url="https://acme.zendesk.com/a/900", ticket_id="1", comment_id="50")
    big = Attachment(id="901", file_name="big.bin", content_type=None, size=None,
                     content_url="https://acme.zendesk.com/a/901", ticket_id="1", comment_id="50")
    comments = [[comment(50, 1, "<p>Kari har fnr <b>12345678901</b> &amp; mer</p>", [att, big]),
                 comment(51, 2, "<div>ingen data</div>")]]
    return {"tickets": tickets, "comments": comments,
            "files": {"900": b"fnr 22222222222", "901": b"x" * 500}}


@pytest.fixture
def fakes():
    from types import SimpleNamespace

    return SimpleNamespace(DigitsDetector=DigitsDetector, ExplodingDetector=ExplodingDetector,
                           FakeConnector=FakeConnector, PagedStream=PagedStream)
