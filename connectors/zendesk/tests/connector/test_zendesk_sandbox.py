"""The connector end to end against the sandbox helpdesk over real localhost HTTP."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest

from pii_scanner.errors import AuthError, NotFound, TooLarge, UnsafeRedirect
from pii_scanner_zendesk.connector import ZendeskConnector

sandbox_mod = pytest.importorskip("pii_scanner_zendesk.sandbox")
if not hasattr(sandbox_mod, "SandboxServer"):
    pytest.skip("sandbox server not available yet", allow_module_level=True)
SandboxServer, SandboxConfig, FaultConfig = (sandbox_mod.SandboxServer, sandbox_mod.SandboxConfig,
                                             sandbox_mod.FaultConfig)

STREAMS = ("tickets", "comments", "users", "organizations")


class Sleeps:
    def __init__(self):
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def connect(sb, **kw) -> ZendeskConnector:
    kw.setdefault("requests_per_minute", 100_000)
    kw.setdefault("incremental_requests_per_minute", 100_000)
    kw.setdefault("attachment_hosts", (urlsplit(sb.content_base_url).netloc,))
    kw.setdefault("timeout_s", 10.0)
    return ZendeskConnector(sb.base_url, email=sb.email, token=sb.token, **kw)


def read(connector, name, checkpoint=None, limit=None):
    batches = []
    for batch in connector.stream(name).read(checkpoint):
        batches.append(batch)
        if limit and len(batches) >= limit:
            break
    return batches


def ids(batches):
    return [r.id for b in batches for r in b.records]


def full_read(connector):
    return {name: read(connector, name) for name in STREAMS}


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer(SandboxConfig(tickets=1000, seed=7)) as sb:
        yield sb


@pytest.fixture(scope="module")
def baseline(sandbox):
    with connect(sandbox) as c:
        c.check()
        before, served_before = c.request_count, sandbox.stats()["requests"]
        result = full_read(c)
        requests = c.request_count - before
        assert sandbox.stats()["requests"] - served_before == requests  # our count is honest
    return result, requests


def test_full_read_is_complete_and_cheap(baseline):
    result, requests = baseline
    ticket_ids = ids(result["tickets"])
    deleted = [d for b in result["tickets"] for d in b.deleted]
    assert len(ticket_ids) + len(deleted) == 1000
    assert len(set(ticket_ids)) == len(ticket_ids)
    for name in STREAMS:
        got = ids(result[name])
        assert got, name
        assert len(set(got)) == len(got), f"{name} delivered duplicates"
        assert all(not b.errors for b in result[name]), name
    comments = [r for b in result["comments"] for r in b.records]
    assert {c.ticket_id for c in comments} >= set(ticket_ids)
    print(f"\nfull read of 1,000 tickets: {requests} API requests, "
          f"{len(comments)} comments, {len(ids(result['users']))} users, "
          f"{len(ids(result['organizations']))} organizations")
    assert requests <= 10


@pytest.mark.parametrize("name", STREAMS)
def test_resume_from_checkpoint_yields_the_rest_exactly_once(sandbox, baseline, name):
    full, _ = baseline
    with connect(sandbox, page_size=100) as first:
        head = read(first, name, limit=1)
    with connect(sandbox, page_size=100) as second:
        tail = read(second, name, checkpoint=head[-1].checkpoint)
    combined = ids(head) + ids(tail)
    assert Counter(combined) == Counter(ids(full[name]))


def test_faults_are_retried_to_the_same_result(baseline):
    full, _ = baseline
    faults = FaultConfig(error_rate=0.2, truncate_rate=0.1, drop_rate=0.1, burst_429=2, seed=3)
    sleeps = Sleeps()
    with SandboxServer(SandboxConfig(tickets=1000, seed=7, faults=faults)) as sb:
        with connect(sb, sleep=sleeps, max_attempts=12) as c:
            result = full_read(c)
            retries = c.request_count
    for name in STREAMS:
        assert Counter(ids(result[name])) == Counter(ids(full[name])), name
    assert retries > 4 and sleeps.calls  # it really did have to retry


def test_wrong_token_is_auth_error(sandbox):
    with ZendeskConnector(sandbox.base_url, email=sandbox.email, token="wrong") as c:
        with pytest.raises(AuthError):
            c.check()
    with ZendeskConnector(sandbox.base_url) as anonymous:
        with pytest.raises(AuthError):
            anonymous.check()


def _attachments(result):
    return [a for b in result["comments"] for c in b.records for a in c.attachments]


def test_download_follows_redirect_only_to_allowed_hosts(sandbox, baseline):
    full, _ = baseline
    small = [a for a in _attachments(full) if a.size is not None and a.size < 1_000_000]
    assert small
    with connect(sandbox) as c:
        data = c.download(small[0], 5_000_000)
        assert len(data) == small[0].size
        assert c.download_count >= 1 and c.request_count == 0
    with connect(sandbox, attachment_hosts=()) as strict:
        with pytest.raises(UnsafeRedirect):
            strict.download(small[0], 5_000_000)


def test_oversized_attachment_is_refused(sandbox, baseline):
    full, _ = baseline
    big = [a for a in _attachments(full) if a.size is not None and a.size > 5_000_000]
    if not big:
        pytest.skip("sandbox planted no oversized attachment in this seed")
    with connect(sandbox) as c:
        with pytest.raises(TooLarge):
            c.download(big[0], 5_000_000)


def test_vanished_ticket_comments_are_not_found():
    with SandboxServer(SandboxConfig(tickets=60, seed=2,
                                     faults=FaultConfig(vanish_ticket_ids=(5,)))) as sb:
        with connect(sb) as c:
            with pytest.raises(NotFound):
                list(c.ticket_comments("5"))
            assert ids(list(c.ticket_comments("6")))
