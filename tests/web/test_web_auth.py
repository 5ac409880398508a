"""Sign-in: argon2 hashes, session cookies, throttling, sign-out, disabled accounts, redirects."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from sqlalchemy import select
from sqlalchemy.orm import Session

from pii_scanner.store.web_tables import WebSession, WebUser
from pii_scanner.web.accounts import add_user, principal, set_active

from .conftest import PASSWORD, sign_in, store_of


def test_passwords_are_stored_as_argon2_hashes(app):
    store = store_of(app)
    with Session(store.engine) as s:
        hashes = s.scalars(select(WebUser.password_hash)).all()
        tokens = s.scalars(select(WebSession.token_hash)).all()
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)
    assert tokens == []


def test_sign_in_sets_a_safe_cookie_and_stores_only_its_hash(app, client):
    res = client.post("/login", data={"name": "agent", "password": PASSWORD},
                      follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"
    cookie = res.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    token = client.cookies.get("pii_session")
    with Session(store_of(app).engine) as s:
        stored = s.scalars(select(WebSession.token_hash)).all()
    assert len(stored) == 1 and token not in stored[0]
    assert client.get("/", follow_redirects=False).headers["location"] == "/queue"
    assert [e["result"] for e in store_of(app).audit_log(actions=["login"])] == ["ok"]


def test_wrong_password_and_unknown_name_look_the_same(client):
    a = client.post("/login", data={"name": "agent", "password": "wrong password!"})
    b = client.post("/login", data={"name": "nobody", "password": "wrong password!"})
    assert a.status_code == b.status_code == 401
    assert "wrong name or password" in a.text and "wrong name or password" in b.text


def test_throttling_after_repeated_failures(app, client):
    limit = app.state.ctx.settings.web.login_max_failures
    for _ in range(limit):
        assert client.post("/login", data={"name": "agent", "password": "nope nope"}).status_code == 401
    res = client.post("/login", data={"name": "agent", "password": PASSWORD},
                      follow_redirects=False)
    assert res.status_code == 429 and "pii_session" not in res.headers.get("set-cookie", "")
    assert client.post("/login", data={"name": "manager", "password": PASSWORD},
                       follow_redirects=False).status_code == 303  # other accounts unaffected
    results = [e["result"] for e in store_of(app).audit_log(actions=["login"])]
    assert results.count("refused") == limit and "throttled" in results


def test_throttle_window_passes(settings, scanned):
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.web.accounts import LoginRefused, LoginThrottled, sign_in as do_sign_in

    class Clock:
        def __init__(self, store_clock):
            self.now = store_clock()

        def __call__(self):
            return self.now

    store = open_store(settings)
    store.clock = clock = Clock(store.clock)
    web = replace(settings.web, login_max_failures=2, login_lockout_s=60)
    for _ in range(2):
        with pytest.raises(LoginRefused):
            do_sign_in(store, web, "agent", "bad password", "10.0.0.1")
    with pytest.raises(LoginThrottled):
        do_sign_in(store, web, "agent", PASSWORD, "10.0.0.1")

    clock.now += timedelta(seconds=61)
    assert do_sign_in(store, web, "agent", PASSWORD, "10.0.0.1")
    store.close()


def test_sign_out_ends_the_session(app, client):
    csrf = sign_in(client, "agent")
    token = client.cookies.get("pii_session")
    res = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert res.status_code == 303
    assert principal(store_of(app), token) is None
    client.cookies.set("pii_session", token)  # replaying the old cookie does not help
    assert client.get("/queue", follow_redirects=False, headers={"accept": "text/html"}).status_code == 303


def test_disabled_accounts_lose_their_sessions(app, client):
    store = store_of(app)
    sign_in(client, "agent2")
    uid = next(u.id for u in _users(store) if u.name == "agent2")
    assert set_active(store, uid, False)
    assert client.get("/queue", follow_redirects=False, headers={"accept": "text/html"}).status_code == 303
    assert client.post("/login", data={"name": "agent2", "password": PASSWORD}).status_code == 401


def test_expired_sessions_are_refused(app, client):
    store = store_of(app)
    sign_in(client, "agent")
    token = client.cookies.get("pii_session")
    later = store.clock() + timedelta(hours=app.state.ctx.settings.web.session_hours, seconds=1)
    original = store.clock
    store.clock = lambda: later
    try:
        assert principal(store, token) is None
    finally:
        store.clock = original


def test_next_parameter_only_redirects_locally(client):
    for bad in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        res = client.post("/login", data={"name": "agent", "password": PASSWORD, "next": bad},
                          follow_redirects=False)
        assert res.headers["location"] == "/"
    res = client.post("/login", data={"name": "agent", "password": PASSWORD,
                                      "next": "/tickets/1"}, follow_redirects=False)
    assert res.headers["location"] == "/tickets/1"


def test_admin_adds_users_and_bad_input_is_explained(app, client):
    csrf = sign_in(client, "admin")
    res = client.post("/users", data={"csrf_token": csrf, "name": "kari", "role": "agent",
                                      "password": "short"})
    assert res.status_code == 400 and "at least" in res.text
    res = client.post("/users", data={"csrf_token": csrf, "name": "kari", "role": "agent",
                                      "password": "long enough pass"}, follow_redirects=False)
    assert res.status_code == 303
    assert "kari" in client.get("/users").text
    [event] = store_of(app).audit_log(actions=["user_add"])
    assert event["actor"] == "admin" and "long enough" not in str(event)


def test_add_user_rejects_bad_roles_and_duplicates(app):
    from pii_scanner.errors import ConfigError

    store = store_of(app)
    with pytest.raises(ConfigError, match="role"):
        add_user(store, "x1", "root", "p" * 12)
    with pytest.raises(ConfigError, match="exists"):
        add_user(store, "agent", "agent", "p" * 12)


def _users(store):
    with Session(store.engine) as s:
        return s.scalars(select(WebUser)).all()
