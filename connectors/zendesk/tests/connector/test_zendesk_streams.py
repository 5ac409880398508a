"""Stream paging and checkpoints on Zendesk-shaped pages (``responses`` serves them)."""

import pytest
import responses
from responses import matchers

from pii_scanner.errors import AuthError, UnsafeRedirect
from pii_scanner_zendesk.connector import ZendeskConnector
from pii_scanner_zendesk.streams import CommentsStream, OrganizationsStream

BASE = "https://acme.zendesk.com"


def connector(**kw):
    return ZendeskConnector(BASE, email="agent@example.com", token="t",
                            incremental_requests_per_minute=1000, sleep=lambda s: None, **kw)


def q(**params):
    return [matchers.query_param_matcher({k: str(v) for k, v in params.items()},
                                         strict_match=False)]


def ticket(i, status="open"):
    return {"id": i, "status": status, "subject": f"s{i}", "updated_at": "2024-01-01T00:00:00Z"}


def cursor_page(key, items, after, end):
    return {key: items, "after_cursor": after,
            "after_url": f"{BASE}/api/v2/incremental/{key}/cursor.json?cursor={after}",
            "before_cursor": None, "before_url": None, "end_of_stream": end}


def read_all(stream, checkpoint=None):
    return list(stream.read(checkpoint))


def no_ticket_fields():
    """The Ticket Fields answer of an account without custom fields (read before tickets)."""
    responses.get(f"{BASE}/api/v2/ticket_fields.json",
                  json={"ticket_fields": [], "meta": {"has_more": False}, "links": {"next": None}})


@responses.activate
def test_tickets_cursor_export_pages_deleted_and_errors():
    url = f"{BASE}/api/v2/incremental/tickets/cursor.json"
    responses.get(url, match=q(start_time=0, per_page=1000),
                  json=cursor_page("tickets", [ticket(1), ticket(2)], "c1", False))
    responses.get(url, match=q(cursor="c1"),
                  json=cursor_page("tickets", [ticket(3, "deleted"), {"subject": "no id"},
                                               ticket(4)], "c2", True))
    no_ticket_fields()
    c = connector()
    batches = read_all(c.stream("tickets"))
    assert [[r.id for r in b.records] for b in batches] == [["1", "2"], ["4"]]
    assert [b.checkpoint for b in batches] == [{"cursor": "c1"}, {"cursor": "c2"}]
    assert batches[1].deleted == (("tickets", "3"),)
    assert batches[1].errors == (("ticket", "?", "ticket: missing field 'id'"),)
    assert c.request_count == 3  # the two pages and the ticket field titles


@responses.activate
def test_tickets_resume_from_checkpoint_reads_only_the_rest():
    url = f"{BASE}/api/v2/incremental/tickets/cursor.json"
    responses.get(url, match=q(cursor="c1"),
                  json=cursor_page("tickets", [ticket(3)], "c2", True))
    no_ticket_fields()
    c = connector()
    batches = read_all(c.stream("tickets"), {"cursor": "c1"})
    assert [r.id for b in batches for r in b.records] == ["3"]
    assert c.request_count == 2  # the page and the titles (an incremental run reads them too)


def event(eid, ticket_id, ts, *comment_ids):
    return {"id": eid, "ticket_id": ticket_id, "timestamp": ts, "event_type": "Audit",
            "created_at": "2024-01-01T00:00:00Z",
            "child_events": [{"id": cid, "event_type": "Comment", "type": "Comment",
                              "body": f"b{cid}", "html_body": f"<p>b{cid}</p>",
                              "public": True, "author_id": 5, "attachments": []}
                             for cid in comment_ids]
                            + [{"id": eid * 10, "event_type": "Change", "field_name": "status"}]}


def events_page(events, end_time, end):
    return {"ticket_events": events, "count": len(events), "end_time": end_time,
            "next_page": f"{BASE}/api/v2/incremental/ticket_events.json?start_time={end_time}",
            "end_of_stream": end}


@responses.activate
def test_comments_overlap_is_delivered_exactly_once():
    url = f"{BASE}/api/v2/incremental/ticket_events.json"
    page1 = [event(1, 7, 100, 11), event(2, 7, 200, 21, 22), event(3, 8, 200, 31)]
    page2 = [event(2, 7, 200, 21, 22), event(3, 8, 200, 31), event(4, 8, 300, 41)]
    responses.get(url, match=q(start_time=0, include="comment_events"),
                  json=events_page(page1, 200, False))
    responses.get(url, match=q(start_time=200), json=events_page(page2, 300, True))
    batches = read_all(connector().stream("comments"))
    ids = [r.id for b in batches for r in b.records]
    assert ids == ["11", "21", "22", "31", "41"]
    assert batches[0].checkpoint == {"start_time": 200, "seen": ["21", "22", "31"]}
    assert batches[1].checkpoint == {"start_time": 300, "seen": ["41"]}
    assert {r.ticket_id for r in batches[0].records} == {"7", "8"}


@responses.activate
def test_comments_resume_skips_boundary_ids_from_checkpoint():
    url = f"{BASE}/api/v2/incremental/ticket_events.json"
    responses.get(url, match=q(start_time=200),
                  json=events_page([event(2, 7, 200, 21, 22), event(4, 8, 300, 41)], 300, True))
    batches = read_all(connector().stream("comments"), {"start_time": 200, "seen": ["21", "22"]})
    assert [r.id for b in batches for r in b.records] == ["41"]


@responses.activate
def test_time_export_stops_when_it_makes_no_progress():
    url = f"{BASE}/api/v2/incremental/ticket_events.json"
    responses.get(url, json=events_page([event(2, 7, 200, 21)], 200, False))
    c = connector()
    batches = read_all(c.stream("comments"), {"start_time": 200, "seen": ["21"]})
    assert len(batches) == 1 and batches[0].records == ()
    assert c.request_count == 1


def test_next_page_hook_directly():
    stream = CommentsStream(client=None, start_time=0)
    after, more = stream.next_page(events_page([event(1, 7, 50, 11)], 50, True), None)
    assert after == {"start_time": 50, "seen": ["11"]} and more is False
    org_stream = OrganizationsStream(client=None, start_time=0)
    data = {"organizations": [{"id": 1, "updated_at": "1970-01-01T00:01:40Z"}],
            "end_time": 100, "end_of_stream": False}
    assert org_stream.next_page(data, {"start_time": 40}) == ({"start_time": 100,
                                                                "seen": ["1"]}, True)


@responses.activate
def test_users_get_their_sideloaded_identities():
    url = f"{BASE}/api/v2/incremental/users/cursor.json"
    responses.get(url, match=q(include="identities", start_time=0), json={
        **cursor_page("users", [{"id": 1, "name": "A", "updated_at": None},
                                {"id": 2, "name": "B"}], "u1", True),
        "identities": [{"id": 10, "user_id": 2, "type": "email", "value": "b@example.no"},
                       {"id": 11, "user_id": 2, "type": "phone_number", "value": "+4790000000"}]})
    [batch] = read_all(connector().stream("users"))
    users = {u.id: u for u in batch.records}
    assert users["1"].identities == ()
    assert [i.value for i in users["2"].identities] == ["b@example.no", "+4790000000"]


@responses.activate
def test_organizations_deleted_and_overlap():
    url = f"{BASE}/api/v2/incremental/organizations.json"
    org = lambda i, t, deleted=None: {"id": i, "name": f"o{i}", "deleted_at": deleted,
                                      "updated_at": t}
    responses.get(url, match=q(start_time=0), json={
        "organizations": [org(1, "1970-01-01T00:01:00Z"), org(2, "1970-01-01T00:02:00Z")],
        "end_time": 120, "end_of_stream": False, "count": 2})
    responses.get(url, match=q(start_time=120), json={
        "organizations": [org(2, "1970-01-01T00:02:00Z"),
                          org(3, "1970-01-01T00:03:00Z", "1970-01-01T00:03:00Z")],
        "end_time": 180, "end_of_stream": True, "count": 2})
    batches = read_all(connector().stream("organizations"))
    assert [[o.id for o in b.records] for b in batches] == [["1", "2"], []]
    assert batches[1].deleted == (("organizations", "3"),)


@responses.activate
def test_ticket_comments_cursor_pagination_with_empty_last_page():
    first = f"{BASE}/api/v2/tickets/7/comments.json"
    nxt = f"{BASE}/api/v2/tickets/7/comments.json?page%5Bsize%5D=100&page%5Bafter%5D=xyz"
    responses.get(first, match=q(**{"page[size]": 100}), json={
        "comments": [{"id": 1, "body": "a", "public": True, "attachments": []}],
        "meta": {"has_more": True, "after_cursor": "xyz", "before_cursor": "abc"},
        "links": {"prev": None, "next": nxt}})
    responses.get(first, match=q(**{"page[after]": "xyz"}), json={
        "comments": [], "meta": {"has_more": False, "after_cursor": None,
                                 "before_cursor": None},
        "links": {"prev": None, "next": None}})
    c = connector()
    batches = list(c.ticket_comments("7"))
    assert [r.id for b in batches for r in b.records] == ["1"]
    assert c.request_count == 2


@responses.activate
def test_ticket_comments_next_link_to_foreign_host_is_refused():
    responses.get(f"{BASE}/api/v2/tickets/7/comments.json", json={
        "comments": [{"id": 1, "body": "a"}], "meta": {"has_more": True},
        "links": {"next": "https://evil.example/api/v2/tickets/7/comments.json"}})
    with pytest.raises(UnsafeRedirect):
        list(connector().ticket_comments("7"))


@responses.activate
def test_check_rejects_anonymous_user_and_401():
    me = f"{BASE}/api/v2/users/me.json"
    responses.get(me, json={"user": {"id": None, "name": "Anonymous user", "role": "end-user"}})
    responses.get(me, status=401, json={"error": "Couldn't authenticate you"})
    responses.get(me, json={"user": {"id": 5, "name": "Agent", "role": "admin"}})
    c = connector()
    for _ in range(2):
        with pytest.raises(AuthError):
            c.check()
    c.check()


def test_auth_settings_are_checked():
    from pii_scanner.errors import ConfigError
    from pii_scanner_zendesk.auth import zendesk_auth
    with pytest.raises(ConfigError):
        zendesk_auth("a@example.com", None)
    with pytest.raises(ConfigError):
        zendesk_auth("a@example.com", "t", "oauth")
    assert "oauth" not in repr(zendesk_auth("a@example.com", None, "oauth"))
    assert "secret" not in repr(zendesk_auth("a@example.com", "secret"))
