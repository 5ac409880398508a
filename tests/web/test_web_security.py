"""Security: every route needs a session and the right role, every POST a CSRF token,
hostile ticket text is rendered inert, and ids of other tickets are refused (IDOR)."""

from __future__ import annotations

import re

import pytest
import requests

from .conftest import sign_in, store_of, ticket_with

#: routes anyone may reach: the sign-in page and the static files
PUBLIC = {"/login", "/static"}


def _flat(routes):
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI's included-router wrapper
        if inner is not None:
            yield from _flat(inner.routes)
        else:
            yield route


def _routes(app):
    for route in _flat(app.routes):
        path = getattr(route, "path", "")
        if path in PUBLIC or path.startswith("/static"):
            continue
        for method in sorted(getattr(route, "methods", None) or ()):
            if method in ("GET", "POST"):
                yield method, path


def _concrete(path: str, ticket_id: str) -> str:
    return (path.replace("{ticket_id}", ticket_id).replace("{finding_id}", "1")
            .replace("{attachment_id}", "1").replace("{user_id}", "1")
            .replace("{name}", "by_type").replace("{fmt}", "csv"))


def test_route_list_covers_every_resource(app):
    paths = {p for _, p in _routes(app)}
    for expected in ("/queue", "/tickets/{ticket_id}", "/dashboard", "/audit", "/users",
                     "/tickets/{ticket_id}/findings/{finding_id}/reveal",
                     "/reports/export.{fmt}", "/queue/bulk", "/logout"):
        assert expected in paths


def test_every_route_requires_sign_in(app, client):
    tid = ticket_with(store_of(app))
    for method, path in _routes(app):
        url = _concrete(path, tid)
        res = client.request(method, url, follow_redirects=False,
                             headers={"accept": "application/json"})
        assert res.status_code == 401, (method, url, res.status_code)
        page = client.request(method, url, follow_redirects=False,
                              headers={"accept": "text/html"})
        if method == "GET":
            assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
        else:
            assert page.status_code == 401


@pytest.mark.parametrize("who, allowed, refused", [
    ("agent", ["/queue"], ["/dashboard", "/audit", "/users", "/reports/export.csv",
                           "/reports/charts/by_type.svg"]),
    ("manager", ["/dashboard", "/audit", "/reports/export.csv"], ["/queue", "/users",
                                                                   "/tickets/{tid}"]),
    ("admin", ["/queue", "/dashboard", "/audit", "/users"], []),
])
def test_roles(app, client, who, allowed, refused):
    tid = ticket_with(store_of(app))
    sign_in(client, who)
    for url in allowed:
        assert client.get(url.replace("{tid}", tid)).status_code == 200, url
    for url in refused:
        res = client.get(url.replace("{tid}", tid))
        assert res.status_code == 403, url
        assert "role" in res.text


def test_posts_without_csrf_token_are_refused(app, client):
    store = store_of(app)
    tid = ticket_with(store)
    fid = next(f["id"] for f in store.findings(ticket_id=tid))
    csrf = sign_in(client, "admin")
    before = len(store.audit_log())
    posts = [(f"/tickets/{tid}/findings/{fid}/reveal", {}),
             (f"/tickets/{tid}/actions", {"action": "dismiss", "finding": str(fid), "reason": "x"}),
             ("/queue/bulk", {"action": "confirm", "ticket": tid}),
             ("/users", {"name": "mallory", "role": "admin", "password": "x" * 12}),
             ("/users/1/active", {"active": "false"}),
             ("/logout", {})]
    for url, form in posts:
        for token in (None, "wrong-" + csrf[6:]):
            data = dict(form, **({"csrf_token": token} if token else {}))
            res = client.post(url, data=data, follow_redirects=False)
            assert res.status_code == 403, (url, token, res.status_code)
    assert store.decided_findings(finding_ids=[fid])[0]["decision"] is None
    assert len(store.audit_log()) == before
    assert client.get("/users").status_code == 200  # still signed in: /logout was refused too
    assert "mallory" not in client.get("/users").text


# markup in the comment's HTML, and markup-looking *visible text* (escaped in the HTML)
HOSTILE = ('<p>Hei <script>window.__pwned = 1</script>'
           '<img src="x" onerror="window.__pwned = 2"> '
           '<a href="javascript:alert(1)">klikk</a> '
           '&lt;script&gt;window.__pwned = 3&lt;/script&gt; '
           '&lt;img src=x onerror=alert(4)&gt; &quot;&gt;&lt;svg onload=alert(5)&gt;</p>')


def add_comment(sandbox, ticket_id: str, html: str, public: bool = True) -> None:
    res = requests.put(f"{sandbox.base_url}/api/v2/tickets/{ticket_id}.json",
                       json={"ticket": {"comment": {"html_body": html, "public": public}}},
                       auth=(f"{sandbox.email}/token", sandbox.token), timeout=10)
    assert res.status_code == 200, res.text


def test_hostile_ticket_text_is_rendered_inert(app, client, scanned):
    tid = ticket_with(store_of(app))
    add_comment(scanned.sandbox, tid, HOSTILE)
    sign_in(client, "agent")
    res = client.get(f"/tickets/{tid}")
    assert res.status_code == 200
    html = res.text
    assert "klikk" in html
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt;" in html  # shown as text ...
    assert "window.__pwned = 1" not in html  # scripts are not part of the visible text
    assert "<script>window" not in html  # ... and never as markup
    assert not re.search(r"<img[^>]*onerror", html)
    assert "<svg" not in html
    assert not re.search(r"<a[^>]*javascript:", html)
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_other_tickets_ids_are_refused(app, client, scanned):
    store = store_of(app)
    tickets = sorted({f["ticket_id"] for f in store.findings(kinds=["comments"])}, key=int)
    mine, other = tickets[0], tickets[1]
    other_fid = next(f["id"] for f in store.findings(ticket_id=other))
    other_att = next((f["object_id"] for f in store.findings(kinds=["attachments"])
                      if f["ticket_id"] != mine), None)
    csrf = sign_in(client, "agent")
    res = client.post(f"/tickets/{mine}/findings/{other_fid}/reveal",
                      headers={"x-csrf-token": csrf, "accept": "application/json"})
    assert res.status_code == 404
    res = client.post(f"/tickets/{mine}/actions", follow_redirects=False,
                      data={"csrf_token": csrf, "action": "dismiss", "reason": "not mine",
                            "finding": str(other_fid)})
    assert res.status_code == 404
    assert store.decided_findings(finding_ids=[other_fid])[0]["decision"] is None
    if other_att:
        assert client.get(f"/tickets/{mine}/attachments/{other_att}/image").status_code == 404
    assert not [e for e in store.audit_log(actions=["reveal"])]


def test_agents_cannot_touch_accounts(app, client):
    store = store_of(app)
    csrf = sign_in(client, "agent")
    res = client.post("/users/1/active", data={"csrf_token": csrf, "active": "false"},
                      follow_redirects=False)
    assert res.status_code == 403
    res = client.post("/users", data={"csrf_token": csrf, "name": "eve", "role": "admin",
                                      "password": "p" * 12}, follow_redirects=False)
    assert res.status_code == 403
    from pii_scanner.web.accounts import list_users

    assert all(u["active"] for u in list_users(store))
    assert "eve" not in {u["name"] for u in list_users(store)}


def test_security_headers(client):
    res = client.get("/login")
    assert res.headers["x-frame-options"] == "DENY"
    assert res.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in res.headers["content-security-policy"]
    assert res.headers["cache-control"] == "no-store"


def test_an_invalid_parameter_gets_the_error_page_not_a_traceback(client):
    from .conftest import sign_in

    sign_in(client, "agent")
    res = client.get("/queue?page=0", headers={"accept": "text/html"})
    assert res.status_code == 422
    assert "Invalid value for page" in res.text and "<html" in res.text
    api = client.get("/queue?page=0", headers={"accept": "application/json"})
    assert api.status_code == 422 and api.json() == {"error": "Invalid value for page."}
