"""Authentication over real HTTP: API token, OAuth bearer, 401/403 shapes."""

from __future__ import annotations

import requests

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer


def test_basic_token_auth_returns_admin(sandbox, api):
    r = api.get(f"{sandbox.base_url}/api/v2/users/me.json")
    assert r.status_code == 200
    assert r.json()["user"]["email"] == sandbox.email
    assert r.json()["user"]["role"] == "admin"


def test_wrong_token_is_401_with_zendesk_body(sandbox):
    for auth in ((f"{sandbox.email}/token", "nope"), ("other@example.com/token", sandbox.token),
                 (sandbox.email, sandbox.token)):  # password-style login is not the token
        r = requests.get(f"{sandbox.base_url}/api/v2/tickets/1.json", auth=auth)
        assert r.status_code == 401
        assert r.json() == {"error": "Couldn't authenticate you"}


def test_missing_auth_is_401_but_me_is_anonymous(sandbox):
    assert requests.get(f"{sandbox.base_url}/api/v2/tickets/1.json").status_code == 401
    me = requests.get(f"{sandbox.base_url}/api/v2/users/me.json")
    assert me.status_code == 200 and me.json()["user"]["id"] is None


def test_bearer_token_and_read_only_scope():
    cfg = SandboxConfig(tickets=50, oauth_token="oauth-abc", oauth_scopes="read")
    with SandboxServer(cfg) as sb:
        ok = requests.get(f"{sb.base_url}/api/v2/tickets/2.json", headers={"Authorization": "Bearer oauth-abc"})
        assert ok.status_code in (200, 404)  # ticket 2 may be a generated deleted one
        bad = requests.get(f"{sb.base_url}/api/v2/tickets/2.json", headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 401 and bad.json() == {"error": "Couldn't authenticate you"}
        put = requests.put(f"{sb.base_url}/api/v2/users/{361_000_000_009}.json",
                           headers={"Authorization": "Bearer oauth-abc"}, json={"user": {"notes": "x"}})
        assert put.status_code == 403
        assert put.json()["error"] == "Forbidden"
        assert put.json()["description"].startswith("You do not have access to this page")


def test_unknown_endpoint_and_status_needs_no_auth(sandbox):
    r = requests.get(f"{sandbox.base_url}/api/v2/nothing.json", auth=(f"{sandbox.email}/token", sandbox.token))
    assert r.status_code == 404
    status = requests.get(f"{sandbox.base_url}/sandbox/status")
    assert status.status_code == 200 and status.json()["counts"]["tickets"] == 200
