"""Per-ticket comments: cursor and offset pagination, 404 shapes, inline images."""

from __future__ import annotations


def _visible_ticket_with(api, base, min_comments=4):
    for tid in range(1, 201):
        r = api.get(f"{base}/api/v2/tickets/{tid}/comments.json")
        if r.status_code == 200 and len(r.json()["comments"]) >= min_comments:
            return tid, r.json()["comments"]
    raise AssertionError("no ticket with enough comments")


def test_cursor_pagination_walks_all_comments(sandbox, api):
    tid, everything = _visible_ticket_with(api, sandbox.base_url)
    url = f"{sandbox.base_url}/api/v2/tickets/{tid}/comments.json"
    r = api.get(url, params={"page[size]": 2})
    seen = []
    while True:
        body = r.json()
        seen += body["comments"]
        assert len(body["comments"]) <= 2
        if not body["meta"]["has_more"]:
            assert body["links"]["next"] is None
            break
        assert body["meta"]["after_cursor"]
        r = api.get(body["links"]["next"])
    assert [c["id"] for c in seen] == [c["id"] for c in everything]
    times = [c["created_at"] for c in everything]
    assert times == sorted(times)


def test_offset_pagination_and_comment_shape(sandbox, api):
    tid, everything = _visible_ticket_with(api, sandbox.base_url)
    first = api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}/comments.json", params={"per_page": 3}).json()
    assert first["count"] == len(everything) and len(first["comments"]) == 3
    assert first["next_page"] and first["previous_page"] is None
    c = everything[0]
    assert {"id", "type", "author_id", "body", "html_body", "plain_body", "public", "attachments", "audit_id",
            "via", "created_at", "metadata"} <= c.keys()
    ticket = api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}.json").json()["ticket"]
    assert ticket["description"] == c["plain_body"]


def test_missing_and_deleted_tickets_are_404(sandbox, api):
    not_found = {"error": "RecordNotFound", "description": "Not found"}
    r = api.get(f"{sandbox.base_url}/api/v2/tickets/999999/comments.json")
    assert r.status_code == 404 and r.json() == not_found
    tickets = api.get(f"{sandbox.base_url}/api/v2/incremental/tickets/cursor.json", params={"start_time": 0}).json()
    deleted = next(t["id"] for t in tickets["tickets"] if t["status"] == "deleted")
    assert api.get(f"{sandbox.base_url}/api/v2/tickets/{deleted}.json").json() == not_found
    assert api.get(f"{sandbox.base_url}/api/v2/tickets/{deleted}/comments.json").status_code == 404
    many = api.get(f"{sandbox.base_url}/api/v2/tickets/show_many.json", params={"ids": f"1,{deleted},2"}).json()
    assert deleted not in [t["id"] for t in many["tickets"]]


def test_inline_images_only_with_include_inline_images(sandbox, api):
    for tid in range(1, 201):
        r = api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}/comments.json", params={"include_inline_images": "true"})
        if r.status_code != 200:
            continue
        inline = [a for c in r.json()["comments"] for a in c["attachments"] if a["inline"]]
        if inline:
            plain = api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}/comments.json").json()["comments"]
            assert not [a for c in plain for a in c["attachments"] if a["inline"]]
            html = " ".join(c["html_body"] for c in plain)
            assert inline[0]["content_url"] in html
            return
    raise AssertionError("no inline image planted in 200 tickets")
