"""Rate limits and injected faults, each visible in /sandbox/status."""

from __future__ import annotations

import time

import pytest
import requests

from pii_scanner_zendesk.sandbox import FaultConfig, SandboxConfig, SandboxServer


def _session(sb):
    s = requests.Session()
    s.auth = (f"{sb.email}/token", sb.token)
    return s


def test_rate_limit_429_with_retry_after_and_headers():
    with SandboxServer(SandboxConfig(tickets=50, requests_per_minute=5, incremental_per_minute=2)) as sb:
        s = _session(sb)
        first = s.get(f"{sb.base_url}/api/v2/users/me.json")
        assert first.headers["x-rate-limit"] == "5" and first.headers["ratelimit-remaining"] == "4"
        assert {"ratelimit-limit", "ratelimit-reset", "x-rate-limit-remaining"} <= set(first.headers)
        inc = f"{sb.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=5"
        assert s.get(inc).headers["zendesk-ratelimit-incremental-exports"].startswith("total=2; remaining=1")
        s.get(inc)
        third = s.get(inc)
        assert third.status_code == 429 and 1 <= int(third.headers["Retry-After"]) <= 60
        codes = [s.get(f"{sb.base_url}/api/v2/users/me.json").status_code for _ in range(3)]
        assert codes[-1] == 429
        assert sb.stats()["faults"]["rate_limited"] >= 2


def test_burst_429_hits_first_requests_of_each_family():
    with SandboxServer(SandboxConfig(tickets=50, faults=FaultConfig(burst_429=2))) as sb:
        s = _session(sb)
        codes = [s.get(f"{sb.base_url}/api/v2/users/me.json").status_code for _ in range(3)]
        assert codes == [429, 429, 200]
        r = s.get(f"{sb.base_url}/api/v2/organizations/show_many.json?ids=1")
        assert r.status_code == 429 and r.headers["Retry-After"] == "1"
        assert sb.stats()["faults"]["burst_429"] == 3


@pytest.mark.parametrize("kind", ["error", "truncate", "drop"])
def test_each_random_fault_kind(kind):
    faults = FaultConfig(**{f"{kind}_rate": 1.0})
    with SandboxServer(SandboxConfig(tickets=50, faults=faults)) as sb:
        s = _session(sb)
        url = f"{sb.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0"
        if kind == "drop":
            with pytest.raises(requests.ConnectionError):
                s.get(url)
        else:
            r = s.get(url)
            if kind == "error":
                assert r.status_code in (500, 502, 503)
            else:
                assert r.status_code == 200
                with pytest.raises(ValueError):
                    r.json()
        assert sb.stats()["faults"][kind] == 1


def test_fault_sequence_is_seeded():
    def codes(seed):
        with SandboxServer(SandboxConfig(tickets=50, faults=FaultConfig(error_rate=0.5, seed=seed))) as sb:
            s = _session(sb)
            return [s.get(f"{sb.base_url}/api/v2/users/me.json").status_code for _ in range(20)]
    assert codes(1) == codes(1)
    assert 200 in codes(1) and any(c >= 500 for c in codes(1))


def test_slow_responses_wait():
    with SandboxServer(SandboxConfig(tickets=50, faults=FaultConfig(slow_ms=300))) as sb:
        started = time.monotonic()
        _session(sb).get(f"{sb.base_url}/api/v2/users/me.json")
        assert time.monotonic() - started >= 0.3
        assert sb.stats()["faults"]["slow"] == 1


def test_vanished_tickets_are_exported_but_404():
    with SandboxServer(SandboxConfig(tickets=50, faults=FaultConfig(vanish_ticket_ids=(5,)))) as sb:
        s = _session(sb)
        ids = [t["id"] for t in s.get(f"{sb.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0")
               .json()["tickets"]]
        assert 5 in ids
        assert s.get(f"{sb.base_url}/api/v2/tickets/5.json").status_code == 404
        assert s.get(f"{sb.base_url}/api/v2/tickets/5/comments.json").status_code == 404


def test_oversized_attachment_size_is_configurable():
    faults = FaultConfig(oversized_attachment_bytes=3_000_000)
    with SandboxServer(SandboxConfig(tickets=200, seed=7, faults=faults)) as sb:
        s = _session(sb)
        events = s.get(f"{sb.base_url}/api/v2/incremental/ticket_events.json",
                       params={"start_time": 0, "include": "comment_events"}).json()["ticket_events"]
        big = [a for e in events for c in e["child_events"] for a in c.get("attachments", [])
               if a["size"] == 3_000_000]
        assert big
        assert len(s.get(big[0]["content_url"]).content) == 3_000_000
