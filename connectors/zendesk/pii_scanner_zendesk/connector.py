"""The Zendesk connector: streams over the Support API v2 incremental exports.

Registered as ``zendesk`` in the ``pii_scanner.connectors`` entry-point group.

A full scan costs about one request per 1,000 tickets, one per 1,000 ticket events
(comments), one per 1,000 users and one per 1,000 organizations, plus retries; every scan
that reads tickets adds one for the ticket field titles (``/ticket_fields``, 100 per page).
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterable, Iterator

from pii_scanner.errors import AuthError, ConfigError
from pii_scanner.records import Attachment
from pii_scanner.sources.contract import Batch, Stream
from pii_scanner.sources.hosts import origin
from pii_scanner.sources.http import HttpClient
from pii_scanner.sources.ratelimit import RateLimiter
from pii_scanner.sources.retry import RetryPolicy
from pii_scanner_zendesk.auth import zendesk_auth
from pii_scanner_zendesk.streams import (CommentsStream, OrganizationsStream, TicketsStream,
                                         UsersStream, ticket_comments)
from pii_scanner_zendesk.ticket_fields import load_titles


class ZendeskConnector:
    """Read tickets, comments, users and organizations from one Zendesk instance.

    ``base_url`` is the instance root (``https://acme.zendesk.com``). Give ``email`` and
    ``token`` (API token) or ``oauth_token``. ``attachment_hosts`` lists the hosts
    attachment redirects may lead to (``*.zdusercontent.com`` for Zendesk's CDN).
    """

    name = "zendesk"

    def __init__(self, base_url: str, *, email: str | None = None, token: str | None = None,
                 oauth_token: str | None = None, requests_per_minute: int = 400,
                 incremental_requests_per_minute: int = 10, timeout_s: float = 30.0,
                 max_attempts: int = 6, wait_budget_s: float = 600,
                 attachment_hosts: Iterable[str] = (), page_size: int = 1000,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random,
                 start_time: int = 0, raise_on_ratelimit: bool = False):
        if origin(base_url) is None:
            raise ConfigError("zendesk.base_url must be an http(s) URL without credentials")
        if not 1 <= page_size <= 1000:
            raise ConfigError("zendesk.page_size must be between 1 and 1000")
        if requests_per_minute <= 0 or incremental_requests_per_minute <= 0:
            raise ConfigError("zendesk rate limits must be positive")
        self.base_url = base_url.rstrip("/")
        self.attachment_hosts = tuple(attachment_hosts)
        self._page_size = page_size
        self._start_time = start_time
        limiter = RateLimiter({"default": requests_per_minute,
                               "incremental": incremental_requests_per_minute},
                              clock=clock, sleep=sleep)
        policy = RetryPolicy(max_attempts=max_attempts, wait_budget_s=wait_budget_s,
                             raise_on_ratelimit=raise_on_ratelimit)
        self.client = HttpClient(self.base_url, auth=zendesk_auth(email, token, oauth_token),
                                 timeout_s=timeout_s, policy=policy, limiter=limiter,
                                 clock=clock, sleep=sleep, jitter=jitter,
                                 user_agent="pii-scanner-zendesk")

    def check(self) -> None:
        """One cheap request (``/users/me``); AuthError if we are anonymous or rejected."""
        data = self.client.get_json("api/v2/users/me.json")
        user = data.get("user") if isinstance(data, dict) else None
        if not isinstance(user, dict) or user.get("id") is None:
            raise AuthError("zendesk: credentials not accepted (anonymous user)")

    def streams(self) -> list[Stream]:
        kwargs = {"start_time": self._start_time, "page_size": self._page_size}
        titles = functools.partial(load_titles, self.client)  # fetched once per tickets read
        return [TicketsStream(self.client, titles=titles, **kwargs),
                CommentsStream(self.client, **kwargs),
                UsersStream(self.client, **kwargs), OrganizationsStream(self.client, **kwargs)]

    def stream(self, name: str) -> Stream:
        """The stream called ``name`` (``tickets``, ``comments``, ``users``, ``organizations``)."""
        for found in self.streams():
            if found.name == name:
                return found
        raise ConfigError(f"zendesk has no stream {name!r}")

    def ticket_comments(self, ticket_id: str) -> Iterator[Batch]:
        """One ticket's comments page by page (fallback to the ticket-events stream)."""
        return ticket_comments(self.client, ticket_id, page_size=min(self._page_size, 100))

    def download(self, attachment: Attachment, max_bytes: int) -> bytes:
        """Attachment bytes, following the redirect only to ``attachment_hosts``."""
        return self.client.download(attachment.content_url, max_bytes,
                                    allowed_hosts=self.attachment_hosts)

    @property
    def request_count(self) -> int:
        return self.client.request_count

    @property
    def download_count(self) -> int:
        return self.client.download_count

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> ZendeskConnector:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
