"""Incremental exports: cursor walks, time-based overlap, determinism and laziness."""

from __future__ import annotations

import time

import requests

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer


def test_ticket_cursor_export_yields_each_ticket_once(sandbox, api, walk):
    tickets, pages = walk(api, f"{sandbox.base_url}/api/v2/incremental/tickets/cursor.json", "tickets",
                          start_time=0, per_page=37)
    ids = [t["id"] for t in tickets]
    assert sorted(ids) == list(range(1, 201)) and pages == 6
    stamps = [t["generated_timestamp"] for t in tickets]
    assert stamps == sorted(stamps)
    assert any(t["status"] == "deleted" for t in tickets)
    for t in tickets[:5]:
        assert {"url", "via", "custom_fields", "satisfaction_rating", "email_cc_ids", "brand_id",
                "raw_subject", "description"} <= t.keys()
        assert t["created_at"].endswith("Z") and t["created_at"] <= t["updated_at"]


def test_start_time_filters_and_missing_start_is_400(sandbox, api):
    url = f"{sandbox.base_url}/api/v2/incremental/tickets/cursor.json"
    everything = api.get(url, params={"start_time": 0}).json()["tickets"]
    middle = everything[100]["generated_timestamp"]
    later = api.get(url, params={"start_time": middle}).json()["tickets"]
    assert [t["id"] for t in later] == [t["id"] for t in everything[100:]]
    assert api.get(url).status_code == 400


def test_users_cursor_export_sideloads_identities(sandbox, api, walk):
    users, _ = walk(api, f"{sandbox.base_url}/api/v2/incremental/users/cursor.json", "users",
                    start_time=0, per_page=40)
    assert len({u["id"] for u in users}) == len(users) == sandbox.stats()["counts"]["users"]
    page = api.get(f"{sandbox.base_url}/api/v2/incremental/users/cursor.json",
                   params={"start_time": 0, "per_page": 10, "include": "identities"}).json()
    owners = {i["user_id"] for i in page["identities"]}
    assert owners == {u["id"] for u in page["users"]}


def test_organization_export_overlaps_at_page_boundaries(sandbox, api):
    url, params = f"{sandbox.base_url}/api/v2/incremental/organizations.json", {"start_time": 0, "per_page": 4}
    seen, pages, r = [], 0, api.get(f"{sandbox.base_url}/api/v2/incremental/organizations.json", params=params)
    while True:
        body = r.json()
        assert body["count"] == len(body["organizations"])
        if body["organizations"]:
            assert body["end_time"] == max(int(time.mktime(time.strptime(o["updated_at"], "%Y-%m-%dT%H:%M:%SZ")))
                                           - time.timezone for o in body["organizations"])
            assert f"start_time={body['end_time']}" in body["next_page"]
        seen += [o["id"] for o in body["organizations"]]
        pages += 1
        if body["end_of_stream"]:
            break
        r = api.get(body["next_page"])
    total = sandbox.stats()["counts"]["organizations"]
    assert len(set(seen)) == total
    assert len(seen) > total  # the start_time of a page is inclusive: boundary items repeat
    assert url in body["next_page"]


def test_ticket_events_carry_every_comment(sandbox, api):
    url = f"{sandbox.base_url}/api/v2/incremental/ticket_events.json"
    r = api.get(url, params={"start_time": 0, "include": "comment_events", "per_page": 250})
    events, raw = {}, 0
    while True:
        body = r.json()
        raw += len(body["ticket_events"])
        events.update({e["id"]: e for e in body["ticket_events"]})
        if body["end_of_stream"]:
            break
        r = api.get(body["next_page"])
    assert raw > len(events)  # overlapping pages: the client must de-duplicate by event id
    comment_ids = {c["id"] for e in events.values() for c in e["child_events"] if c["event_type"] == "Comment"}
    for tid in (3, 50, 120, 199):
        if api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}.json").status_code != 200:
            continue
        served = api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"]
        assert {c["id"] for c in served} <= comment_ids
    one = next(c for e in events.values() for c in e["child_events"] if c["event_type"] == "Comment")
    assert {"html_body", "plain_body", "body", "public", "author_id", "attachments"} <= one.keys()
    bare = api.get(url, params={"start_time": 0, "per_page": 50}).json()["ticket_events"]
    assert all(c["event_type"] != "Comment" for e in bare for c in e["child_events"])


def _export_bytes(sb: SandboxServer) -> bytes:
    s = requests.Session()
    s.auth = (f"{sb.email}/token", sb.token)
    parts = [s.get(f"{sb.base_url}/api/v2/incremental/tickets/cursor.json", params={"start_time": 0}).content,
             s.get(f"{sb.base_url}/api/v2/tickets/17/comments.json").content,
             s.get(f"{sb.base_url}/api/v2/incremental/users/cursor.json", params={"start_time": 0}).content]
    return b"".join(parts).replace(sb.base_url.encode(), b"BASE")


def test_same_seed_gives_same_bytes_and_other_seed_differs():
    with SandboxServer(SandboxConfig(tickets=60, seed=3)) as a, SandboxServer(SandboxConfig(tickets=60, seed=3)) as b:
        assert _export_bytes(a) == _export_bytes(b)
    with SandboxServer(SandboxConfig(tickets=60, seed=4)) as c, SandboxServer(SandboxConfig(tickets=60, seed=3)) as d:
        assert _export_bytes(c) != _export_bytes(d)


def test_100k_tickets_first_page_is_lazy_and_quick():
    with SandboxServer(SandboxConfig(tickets=100_000, seed=1)) as sb:
        s = requests.Session()
        s.auth = (f"{sb.email}/token", sb.token)
        started = time.monotonic()
        body = s.get(f"{sb.base_url}/api/v2/incremental/tickets/cursor.json",
                     params={"start_time": 0, "per_page": 1000}).json()
        elapsed = time.monotonic() - started
        assert len(body["tickets"]) == 1000 and body["end_of_stream"] is False
        assert elapsed < 20, elapsed
        assert sb.state.world.ticket.cache_info().currsize <= 1000  # nothing beyond the page was built
        last = s.get(f"{sb.base_url}/api/v2/tickets/100000.json").json()["ticket"]
        assert last["id"] == 100_000
