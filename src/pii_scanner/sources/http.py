"""The one HTTP client every connector uses: auth, timeouts, rate limits, retries, caps.

All traffic goes through :meth:`HttpClient.request` (API calls) or
:meth:`HttpClient.download` (attachment bytes). Both share one retry loop driven by the
pure policy in :mod:`pii_scanner.sources.retry`. Redirects are followed by hand, only to
allowed hosts, and credentials are attached only for the instance origin. Logs and error
messages name the method and the URL without query values; bodies are never logged.
"""

from __future__ import annotations

import json as jsonlib
import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import urljoin

import requests

from pii_scanner.errors import (ApiError, AuthError, NotFound, RateLimited, TooLarge,
                                UnsafeRedirect)
from pii_scanner.sources.hosts import HostAllowList, origin, safe_url
from pii_scanner.sources.ratelimit import RateLimiter
from pii_scanner.sources.retry import RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSPORT_ERRORS = (requests.ConnectionError, requests.Timeout,
                     requests.exceptions.ChunkedEncodingError,
                     requests.exceptions.ContentDecodingError)


class _BadBody(Exception):
    """A 2xx answer whose body was cut short or is not JSON: retried like a dropped line."""


def decode_json(content: bytes) -> Any:
    """Parse a JSON body leniently about encoding, strictly about syntax.

    Invalid UTF-8 bytes become U+FFFD and a BOM is skipped (hostile text must not stop a
    scan); a truncated document still raises ``ValueError``.

    >>> decode_json(b'\\xef\\xbb\\xbf{"a": "caf\\xe9"}')
    {'a': 'caf\\ufffd'}
    >>> decode_json(b'{"tickets": [{"id": 1')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    json.decoder.JSONDecodeError: Expecting ...
    """
    return jsonlib.loads(content.decode("utf-8-sig", errors="replace"))


class HttpClient:
    """HTTP for one helpdesk instance (``base_url``) over one ``requests.Session``.

    ``auth`` is any ``requests`` auth object; it is applied only to requests whose origin
    equals the instance origin. ``limiter`` throttles API requests per bucket (every
    non-default bucket also counts against ``default``).
    """

    def __init__(self, base_url: str, *, auth: requests.auth.AuthBase | None = None,
                 timeout_s: float = 30.0, policy: RetryPolicy | None = None,
                 limiter: RateLimiter | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random,
                 session: requests.Session | None = None,
                 user_agent: str = "pii-scanner", max_redirects: int = 5,
                 download_deadline_s: float = 600.0):
        found = origin(base_url)
        if found is None:
            raise ValueError("base_url must be an http(s) URL without credentials")
        self.base_url = base_url.rstrip("/") + "/"
        self._origin = found
        self._auth = auth
        self._timeout = (min(10.0, timeout_s), timeout_s)
        self._policy = policy or RetryPolicy()
        self._limiter = limiter
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = user_agent
        self._max_redirects = max_redirects
        self._download_deadline_s = download_deadline_s
        self._requests = 0
        self._downloads = 0
        self.retry_wait_s = 0.0

    # -- counters -------------------------------------------------------------------
    @property
    def request_count(self) -> int:
        """API requests sent (every attempt; attachment downloads excluded)."""
        return self._requests

    @property
    def download_count(self) -> int:
        """HTTP requests sent for downloads (every attempt and redirect hop)."""
        return self._downloads

    def close(self) -> None:
        self._session.close()

    # -- public calls ------------------------------------------------------------------
    def request(self, method: str, url: str, *, bucket: str = "default",
                params: Mapping[str, Any] | None = None, json: Any = None,
                stream: bool = False, allow_redirects: bool = False) -> requests.Response:
        """Send one API request with retries; return the successful response.

        ``url`` is a path relative to ``base_url`` or an absolute URL on the instance
        origin (another host raises :class:`UnsafeRedirect`). JSON bodies of 2xx answers are
        checked (a truncated body is retried). 401/403 raise :class:`AuthError`, 404
        :class:`NotFound`; other failures :class:`ApiError` or :class:`RateLimited` once
        retries or the wait budget run out.
        """
        response, _ = self._send(method, url, bucket=bucket, params=params, json=json,
                                 stream=stream, allow_redirects=allow_redirects,
                                 want_json=not stream)
        return response

    def request_json(self, method: str, url: str, *, bucket: str = "default",
                     params: Mapping[str, Any] | None = None, json: Any = None,
                     data: bytes | None = None, content_type: str | None = None) -> Any:
        """Like :meth:`request`, returning the decoded JSON body (None for an empty one).

        ``data`` sends raw bytes instead of a JSON body (e.g. an upload), typed ``content_type``.
        """
        _, body = self._send(method, url, bucket=bucket, params=params, json=json,
                             stream=False, allow_redirects=False, want_json=True,
                             data=data, content_type=content_type)
        return body

    def get_json(self, url: str, *, bucket: str = "default",
                 params: Mapping[str, Any] | None = None) -> Any:
        return self.request_json("GET", url, bucket=bucket, params=params)

    def download(self, url: str, max_bytes: int, allowed_hosts: Iterable[str] = ()) -> bytes:
        """Fetch bytes from ``url`` (instance origin or ``allowed_hosts``), at most ``max_bytes``.

        Redirects are followed only to allowed hosts; credentials go only to the instance
        origin. Raises :class:`TooLarge` past the cap (declared or actual),
        :class:`UnsafeRedirect` for a host not allowed.
        """
        allow = HostAllowList(allowed_hosts)
        if not self._allowed(url, allow):
            raise UnsafeRedirect(f"download host not allowed: {safe_url(url, keep_path=False)}",
                                 url=safe_url(url, keep_path=False))
        attempt, waited = 0, 0.0
        while True:
            attempt += 1
            status: int | None = None
            retry_after: float | None = None
            try:
                response = self._follow("GET", url, allow, params=None, json=None,
                                        stream=True, counter="downloads")
                with response:
                    status = response.status_code
                    if status < 300:
                        return self._read_capped(response, max_bytes)
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    self._raise_final(status, "GET", url, attempt, keep_path=False)
            except _TRANSPORT_ERRORS:
                status = None
            wait = self._policy.next_wait(status, attempt, waited, retry_after, None,
                                          self._jitter)
            if wait is None:
                raise self._exhausted(status, "GET", url, attempt, keep_path=False)
            log.warning("download %s failed (%s), retry %d in %.1fs",
                        safe_url(url, keep_path=False), status or "connection", attempt, wait)
            self._sleep(wait)
            waited += wait
            self.retry_wait_s += wait

    # -- internals ---------------------------------------------------------------------
    def _resolve(self, url: str) -> str:
        absolute = urljoin(self.base_url, url)
        if origin(absolute) != self._origin:
            raise UnsafeRedirect(f"URL outside the instance: {safe_url(absolute)}",
                                 url=safe_url(absolute))
        return absolute

    def _allowed(self, url: str, allow: HostAllowList) -> bool:
        return origin(url) == self._origin or allow.allows(url)

    def _send(self, method: str, url: str, *, bucket: str, params, json, stream: bool,
              allow_redirects: bool, want_json: bool, data: bytes | None = None,
              content_type: str | None = None) -> tuple[requests.Response, Any]:
        target = self._resolve(url)
        api_only = HostAllowList(())
        attempt, waited = 0, 0.0
        while True:
            attempt += 1
            status: int | None = None
            retry_after: float | None = None
            rate_limit: int | None = None
            self._throttle(bucket)
            try:
                response = self._follow(method, target, api_only, params=params, json=json,
                                        stream=stream, counter="requests",
                                        redirects=allow_redirects, data=data,
                                        content_type=content_type)
                status = response.status_code
                if self._limiter is not None:
                    self._limiter.observe(bucket, response.headers)
                if status < 400:
                    data = self._body(response) if want_json and status < 300 else None
                    return response, data
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                try:
                    rate_limit = int(response.headers.get("X-Rate-Limit", ""))
                except ValueError:
                    rate_limit = None
                response.close()
                self._raise_final(status, method, target, attempt)
            except (_BadBody, *_TRANSPORT_ERRORS):
                status = None
            wait = self._policy.next_wait(status, attempt, waited, retry_after, rate_limit,
                                          self._jitter)
            if wait is None:
                raise self._exhausted(status, method, target, attempt)
            log.warning("%s %s failed (%s), retry %d in %.1fs", method, safe_url(target),
                        status or "connection/body", attempt, wait)
            self._sleep(wait)
            waited += wait
            self.retry_wait_s += wait

    def _throttle(self, bucket: str) -> None:
        if self._limiter is None:
            return
        if bucket != "default":
            self._limiter.acquire(bucket)
        self._limiter.acquire("default")

    def _body(self, response: requests.Response) -> Any:
        try:
            content = response.content
        except _TRANSPORT_ERRORS as exc:
            raise _BadBody() from exc
        if not content.strip():
            if response.status_code == 204:
                return None
            raise _BadBody()
        try:
            return decode_json(content)
        except ValueError as exc:
            raise _BadBody() from exc

    def _follow(self, method: str, url: str, allow: HostAllowList, *, params, json,
                stream: bool, counter: str, redirects: bool = True, data: bytes | None = None,
                content_type: str | None = None) -> requests.Response:
        """Send, then follow up to ``max_redirects`` redirects to allowed hosts only."""
        hops = 0
        while True:
            same_origin = origin(url) == self._origin
            if counter == "requests":
                self._requests += 1
            else:
                self._downloads += 1
            started = time.monotonic()
            response = self._session.request(
                method, url, params=params, json=json, data=data, stream=stream,
                headers={"Content-Type": content_type} if content_type else None,
                auth=self._auth if same_origin else None, timeout=self._timeout,
                allow_redirects=False)
            log.debug("%s %s -> %s in %.0f ms", method, safe_url(url, keep_path=same_origin),
                      response.status_code, (time.monotonic() - started) * 1000)
            location = response.headers.get("Location")
            if not redirects or response.status_code not in _REDIRECTS or not location:
                return response
            response.close()
            hops += 1
            if hops > self._max_redirects:
                raise ApiError(f"too many redirects for {safe_url(url, keep_path=same_origin)}",
                               status=response.status_code)
            url = urljoin(url, location)
            if not self._allowed(url, allow):
                raise UnsafeRedirect("redirect to a host that is not allowed: "
                                     f"{safe_url(url, keep_path=False)}",
                                     status=response.status_code,
                                     url=safe_url(url, keep_path=False))
            params = None  # the Location carries its own query
            if response.status_code == 303 or (response.status_code in (301, 302)
                                               and method != "HEAD"):
                method, json, data = "GET", None, None

    def _read_capped(self, response: requests.Response, max_bytes: int) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise TooLarge(f"download declares {int(declared)} bytes, cap is {max_bytes}")
        deadline = time.monotonic() + self._download_deadline_s
        chunks, total = [], 0
        for chunk in response.iter_content(chunk_size=64 * 1024):
            total += len(chunk)
            if total > max_bytes:
                raise TooLarge(f"download exceeds the cap of {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise ApiError(f"download took longer than {self._download_deadline_s:.0f} s")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _raise_final(status: int, method: str, url: str, attempt: int,
                     keep_path: bool = True) -> None:
        """Raise at once for statuses no retry can fix."""
        where = safe_url(url, keep_path=keep_path)
        if status in (401, 403):
            raise AuthError(f"{method} {where}: HTTP {status}, credentials rejected")
        if status == 404:
            raise NotFound(f"{method} {where}: HTTP 404 not found", status=404, url=where)

    @staticmethod
    def _exhausted(status: int | None, method: str, url: str, attempt: int,
                   keep_path: bool = True) -> ApiError:
        where = safe_url(url, keep_path=keep_path)
        what = f"HTTP {status}" if status is not None else "connection error or bad body"
        message = f"{method} {where}: {what} after {attempt} attempt(s)"
        if status == 429:
            return RateLimited(message, status=status, url=where)
        return ApiError(message, status=status, url=where)
