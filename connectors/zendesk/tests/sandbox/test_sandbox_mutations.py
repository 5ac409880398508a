"""Writes: ticket updates, redactions, uploads, user/org edits — all visible to later reads."""

from __future__ import annotations

import pytest

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

REDACTED = "\u2587"


@pytest.fixture()
def fresh(session_for):
    with SandboxServer(SandboxConfig(tickets=80, seed=11)) as sb, session_for(sb) as s:
        yield sb, s


def _open_ticket(sb, s):
    for tid in range(1, 81):
        if s.get(f"{sb.base_url}/api/v2/tickets/{tid}.json").status_code == 200:
            return tid
    raise AssertionError


def _drain(s, url):
    body = s.get(url).json()
    while not body["end_of_stream"]:
        body = s.get(body["after_url"]).json()
    return body


def test_update_with_comment_shows_in_comments_events_and_export(fresh):
    sb, s = fresh
    tid = _open_ticket(sb, s)
    end = _drain(s, f"{sb.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0")
    empty = s.get(end["after_url"]).json()
    assert empty["tickets"] == [] and empty["end_of_stream"]
    r = s.put(f"{sb.base_url}/api/v2/tickets/{tid}.json",
              json={"ticket": {"status": "pending", "comment": {"body": "Ny info fra kunden", "public": False}}})
    assert r.status_code == 200 and r.json()["ticket"]["status"] == "pending"
    assert r.json()["audit"]["events"][0]["type"] == "Comment"
    comments = s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"]
    assert comments[-1]["plain_body"] == "Ny info fra kunden" and comments[-1]["public"] is False
    later = s.get(end["after_url"]).json()
    assert [t["id"] for t in later["tickets"]] == [tid] and later["tickets"][0]["status"] == "pending"
    start = int(later["tickets"][0]["generated_timestamp"])
    events = s.get(f"{sb.base_url}/api/v2/incremental/ticket_events.json",
                   params={"start_time": start, "include": "comment_events"}).json()["ticket_events"]
    bodies = [c.get("plain_body") for e in events for c in e["child_events"]]
    assert "Ny info fra kunden" in bodies


def test_comment_redactions_replace_text_with_blocks(fresh):
    sb, s = fresh
    tid = _open_ticket(sb, s)
    comment = s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"][0]
    planted = next(p for p in sb.manifest() if p.kind == "comment" and p.object_id == str(comment["id"]))
    marked = comment["html_body"].replace(planted.value, f"<redact>{planted.value}</redact>", 1)
    r = s.put(f"{sb.base_url}/api/v2/comment_redactions/{comment['id']}.json",
              json={"ticket_id": tid, "html_body": marked})
    assert r.status_code == 200
    after = s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"][0]
    assert REDACTED * len(planted.value) in after["html_body"]
    assert REDACTED * len(planted.value) in after["plain_body"]
    assert after["html_body"].count(planted.value) == comment["html_body"].count(planted.value) - 1
    bad = s.put(f"{sb.base_url}/api/v2/comment_redactions/{comment['id']}.json",
                json={"ticket_id": tid, "html_body": "<p>something else</p>"})
    assert bad.status_code == 422
    ticket = s.get(f"{sb.base_url}/api/v2/tickets/{tid}.json").json()["ticket"]
    assert ticket["description"] == after["plain_body"]


def test_legacy_text_redaction_and_attachment_redaction(fresh):
    sb, s = fresh
    layout = sb.state.world.layout
    candidates = [int(p.object_id) for p in sb.manifest() if p.kind == "attachment" and p.field == "content"
                  and layout.split_attachment_id(int(p.object_id))]
    aid = next(a for a in candidates
               if s.get(f"{sb.base_url}/api/v2/tickets/{layout.split_attachment_id(a)[0]}.json").status_code == 200)
    tid, n, _ = layout.split_attachment_id(aid)
    cid = layout.comment_id(tid, n)
    r = s.put(f"{sb.base_url}/api/v2/tickets/{tid}/comments/{cid}/attachments/{aid}/redact.json")
    assert r.status_code == 200 and r.json()["attachment"]["file_name"] == "redacted.txt"
    att = next(a for c in s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json",
                                params={"include_inline_images": "true"}).json()["comments"]
               for a in c["attachments"] if a["id"] == aid)
    assert att["size"] == 0 and s.get(att["content_url"]).content == b""
    comment = next(c for c in s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"]
                   if c["id"] == cid)
    word = comment["plain_body"].split()[0]
    r = s.put(f"{sb.base_url}/api/v2/tickets/{tid}/comments/{cid}/redact.json", json={"text": word})
    assert r.status_code == 200 and word not in r.json()["comment"]["plain_body"].split()[0]


def test_upload_attached_to_new_comment(fresh):
    sb, s = fresh
    tid = _open_ticket(sb, s)
    up = s.post(f"{sb.base_url}/api/v2/uploads.json", params={"filename": "masked.png"}, data=b"\x89PNGdata",
                headers={"Content-Type": "image/png"})
    assert up.status_code == 201
    token = up.json()["upload"]["token"]
    s.put(f"{sb.base_url}/api/v2/tickets/{tid}.json",
          json={"ticket": {"comment": {"html_body": "<p>Maskert kopi</p>", "uploads": [token]}}})
    last = s.get(f"{sb.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"][-1]
    assert last["attachments"][0]["file_name"] == "masked.png"
    assert s.get(last["attachments"][0]["content_url"]).content == b"\x89PNGdata"


def test_user_and_org_updates_reach_exports(fresh):
    sb, s = fresh
    users = s.get(f"{sb.base_url}/api/v2/incremental/users/cursor.json?start_time=0").json()
    uid = users["users"][10]["id"]
    r = s.put(f"{sb.base_url}/api/v2/users/{uid}.json", json={"user": {"notes": "", "user_fields": {"x": "1"}}})
    assert r.json()["user"]["notes"] == ""
    again = s.get(users["after_url"]).json()
    assert [u["id"] for u in again["users"]] == [uid] and again["users"][0]["user_fields"]["x"] == "1"
    orgs = s.get(f"{sb.base_url}/api/v2/incremental/organizations.json?start_time=0").json()
    oid = orgs["organizations"][0]["id"]
    s.put(f"{sb.base_url}/api/v2/organizations/{oid}.json", json={"organization": {"notes": "renset"}})
    later = s.get(orgs["next_page"]).json()["organizations"]
    assert later[-1]["id"] == oid and later[-1]["notes"] == "renset"


def test_state_delete_ticket_reports_deleted(fresh):
    sb, s = fresh
    tid = _open_ticket(sb, s)
    end = _drain(s, f"{sb.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0")
    sb.state.delete_ticket(tid)
    later = s.get(end["after_url"]).json()["tickets"]
    assert later[0]["id"] == tid and later[0]["status"] == "deleted"
    assert s.get(f"{sb.base_url}/api/v2/tickets/{tid}.json").status_code == 404
    assert sb.stats()["counts"]["mutations"] == 1
