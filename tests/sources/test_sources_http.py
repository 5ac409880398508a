"""HttpClient: real localhost HTTP where a server can do it, ``responses`` for storms."""

from __future__ import annotations

import json
import logging

import pytest
import requests
import responses
from requests.auth import HTTPBasicAuth

from pii_scanner.errors import (ApiError, AuthError, NotFound, RateLimited, TooLarge,
                                UnsafeRedirect)
from pii_scanner.sources.http import HttpClient
from pii_scanner.sources.ratelimit import RateLimiter
from pii_scanner.sources.retry import RetryPolicy


BASE = "https://acme.zendesk.com"
SECRET = "s3cret-token"


class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make(base=BASE, *, policy=None, limiter=None, clock=None):
    clock = clock or Clock()
    client = HttpClient(base, auth=HTTPBasicAuth("agent@example.com/token", SECRET),
                        policy=policy or RetryPolicy(max_attempts=4, wait_budget_s=100),
                        limiter=limiter, clock=clock, sleep=clock.sleep, jitter=lambda: 0.5,
                        timeout_s=5.0)
    return client, clock


# --- responses: bursts and storms ------------------------------------------------------
@responses.activate
def test_429_storm_honours_retry_after_then_succeeds():
    url = f"{BASE}/api/v2/tickets.json"
    for wait in ("7", "3"):
        responses.get(url, status=429, headers={"Retry-After": wait})
    responses.get(url, json={"tickets": []})
    client, clock = make()
    assert client.get_json("api/v2/tickets.json") == {"tickets": []}
    assert clock.sleeps == [7.0, 3.0]
    assert client.request_count == 3


@responses.activate
def test_429_beyond_wait_budget_raises_rate_limited_without_sleeping_it():
    responses.get(f"{BASE}/api/v2/x.json", status=429, headers={"Retry-After": "3600"})
    client, clock = make(policy=RetryPolicy(wait_budget_s=600))
    with pytest.raises(RateLimited) as err:
        client.get_json("api/v2/x.json")
    assert err.value.status == 429 and clock.sleeps == []


@responses.activate
def test_429_without_retry_after_uses_x_rate_limit():
    url = f"{BASE}/api/v2/x.json"
    responses.get(url, status=429, headers={"X-Rate-Limit": "200"})
    responses.get(url, json={})
    client, clock = make()
    client.get_json("api/v2/x.json")
    assert clock.sleeps == [pytest.approx(0.3)]


@responses.activate
def test_raise_on_ratelimit_fails_on_first_429():
    responses.get(f"{BASE}/api/v2/x.json", status=429, headers={"Retry-After": "1"})
    client, _ = make(policy=RetryPolicy(raise_on_ratelimit=True))
    with pytest.raises(RateLimited):
        client.get_json("api/v2/x.json")
    assert client.request_count == 1


@responses.activate
def test_5xx_burst_backs_off_exponentially_then_gives_up():
    responses.get(f"{BASE}/api/v2/x.json", status=503)
    client, clock = make(policy=RetryPolicy(max_attempts=4, base_s=1.0, wait_budget_s=100))
    with pytest.raises(ApiError) as err:
        client.get_json("api/v2/x.json?start_time=0")
    assert not isinstance(err.value, RateLimited)
    assert err.value.status == 503 and client.request_count == 4
    assert clock.sleeps == [0.75, 1.5, 3.0]  # 0.5 + 0.5*jitter(0.5) = 0.75 of 1, 2, 4


@responses.activate
def test_truncated_json_is_retried():
    url = f"{BASE}/api/v2/x.json"
    responses.get(url, body='{"tickets": [{"id": 1', content_type="application/json")
    responses.get(url, json={"tickets": [{"id": 1}]})
    client, _ = make()
    assert client.get_json("api/v2/x.json")["tickets"][0]["id"] == 1
    assert client.request_count == 2


@responses.activate
def test_connection_errors_are_retried():
    url = f"{BASE}/api/v2/x.json"
    responses.get(url, body=requests.ConnectionError("reset"))
    responses.get(url, body=requests.Timeout("slow"))
    responses.get(url, json={"ok": True})
    client, clock = make()
    assert client.get_json("api/v2/x.json") == {"ok": True}
    assert len(clock.sleeps) == 2


@responses.activate
def test_401_is_auth_error_and_404_not_found_without_retry():
    responses.get(f"{BASE}/api/v2/a.json", status=401, json={"error": "Couldn't authenticate you"})
    responses.get(f"{BASE}/api/v2/b.json", status=404, json={"error": "RecordNotFound"})
    client, clock = make()
    with pytest.raises(AuthError):
        client.get_json("api/v2/a.json")
    with pytest.raises(NotFound):
        client.get_json("api/v2/b.json")
    assert client.request_count == 2 and clock.sleeps == []


@responses.activate
def test_422_is_final_and_message_has_no_query_values():
    responses.get(f"{BASE}/api/v2/search.json", status=422,
                  json={"description": "bad query kari@example.no"})
    client, _ = make()
    with pytest.raises(ApiError) as err:
        client.get_json("api/v2/search.json", params={"query": "kari@example.no"})
    assert "kari" not in str(err.value) and "search.json" in str(err.value)
    assert client.request_count == 1


def test_pagination_url_on_another_host_is_refused():
    client, _ = make()
    with pytest.raises(UnsafeRedirect):
        client.get_json("https://evil.example/api/v2/tickets.json?page[after]=x")
    with pytest.raises(UnsafeRedirect):
        client.get_json("http://acme.zendesk.com/api/v2/tickets.json")  # scheme downgrade
    assert client.request_count == 0


@responses.activate
def test_limiter_is_consulted_and_fed_headers():
    responses.get(f"{BASE}/api/v2/incremental/x.json", json={},
                  headers={"Zendesk-RateLimit-incremental-exports":
                           "total=10; remaining=0; resets=30"})
    clock = Clock()
    limiter = RateLimiter({"default": 700, "incremental": 10}, clock=clock,
                          sleep=clock.sleep)
    client, _ = make(limiter=limiter, clock=clock)
    client.get_json("api/v2/incremental/x.json", bucket="incremental")
    client.get_json("api/v2/incremental/x.json", bucket="incremental")
    assert clock.sleeps == [pytest.approx(30.0)]


# --- real localhost HTTP ------------------------------------------------------------------
def test_real_truncated_body_is_retried(send, server):
    calls = []

    def page(h):
        calls.append(1)
        body = json.dumps({"tickets": [{"id": 1}]}).encode()
        if len(calls) == 1:
            send(h, 200, body[:10], {"Content-Type": "application/json"},
                 content_length=len(body))
        else:
            send(h, 200, body, {"Content-Type": "application/json"})

    server.routes["/api/v2/t.json"] = page
    client, clock = make(server.url)
    assert client.get_json("api/v2/t.json") == {"tickets": [{"id": 1}]}
    assert len(calls) == 2 and len(clock.sleeps) == 1


def test_download_redirect_to_allowed_host_drops_auth(send, server, other_server):
    other_server.routes["/blob"] = lambda h: send(h, 200, b"PNGDATA",
                                                  {"Content-Type": "image/png"})
    server.routes["/attachments/token/abc/"] = lambda h: send(
        h, 302, headers={"Location": f"{other_server.url}/blob?sig=1"})
    client, _ = make(server.url)
    host = other_server.url.split("://")[1]
    data = client.download(f"{server.url}/attachments/token/abc/?name=pass_kari.png", 1000,
                           allowed_hosts=[host])
    assert data == b"PNGDATA"
    assert "Authorization" in server.seen[0][2]
    assert "Authorization" not in other_server.seen[0][2]
    assert client.download_count == 2 and client.request_count == 0


def test_download_redirect_to_foreign_host_is_refused(send, server, other_server):
    other_server.routes["/blob"] = lambda h: send(h, 200, b"x")
    server.routes["/a"] = lambda h: send(h, 302, headers={"Location": f"{other_server.url}/blob"})
    client, _ = make(server.url)
    with pytest.raises(UnsafeRedirect):
        client.download(f"{server.url}/a", 1000)
    assert other_server.seen == []


def test_download_of_disallowed_start_url_sends_nothing(send, server, other_server):
    client, _ = make(server.url)
    with pytest.raises(UnsafeRedirect):
        client.download(f"{other_server.url}/blob", 1000)
    assert other_server.seen == []


def test_download_over_cap_by_declared_length_and_by_stream(send, server):
    server.routes["/big"] = lambda h: send(h, 200, b"x" * 5000)

    def chunked(h):
        h.send_response(200)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(10):
            h.wfile.write(b"400\r\n" + b"y" * 1024 + b"\r\n")
        h.wfile.write(b"0\r\n\r\n")

    server.routes["/chunked"] = chunked
    client, _ = make(server.url)
    with pytest.raises(TooLarge):
        client.download(f"{server.url}/big", 4096)
    with pytest.raises(TooLarge):
        client.download(f"{server.url}/chunked", 4096)
    assert client.download(f"{server.url}/chunked", 20000) == b"y" * 10240


def test_auth_never_sent_to_other_port_on_same_host(send, server, other_server):
    other_server.routes["/x"] = lambda h: send(h, 200, b"{}")
    client, _ = make(server.url)
    client.download(f"{other_server.url}/x", 100,
                    allowed_hosts=[other_server.url.split("://")[1]])
    assert "Authorization" not in other_server.seen[0][2]


def test_logs_and_errors_carry_no_secrets_or_query_values(send, server, caplog):
    server.routes["/api/v2/users/search.json"] = lambda h: send(h, 500, b'{"error":"boom"}')
    client, _ = make(server.url, policy=RetryPolicy(max_attempts=2))
    with caplog.at_level(logging.DEBUG, logger="pii_scanner"):
        with pytest.raises(ApiError) as err:
            client.get_json("api/v2/users/search.json", params={"query": "01017012345"})
    text = caplog.text + str(err.value)
    assert "01017012345" not in text and SECRET not in text and "boom" not in text
    assert "search.json" in caplog.text
