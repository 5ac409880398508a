"""Retry policy as pure functions: which failures to retry and how long to wait.

Nothing here sleeps, reads a clock or draws random numbers; the caller injects ``jitter``
(a function returning a float in [0, 1)) and keeps track of time already waited.

``status`` is the HTTP status of a failed attempt, or ``None`` when no usable answer came
back (connection refused or reset, timeout, truncated or undecodable body).

>>> should_retry(429, attempt=1, max_attempts=6)
True
>>> should_retry(404, attempt=1, max_attempts=6)
False
>>> should_retry(None, attempt=6, max_attempts=6)
False
>>> backoff_seconds(1, retry_after=7.0, rate_limit=700, jitter=lambda: 0.5)
7.0
>>> backoff_seconds(1, retry_after=None, rate_limit=10, jitter=lambda: 0.5)
6.0
>>> backoff_seconds(3, retry_after=None, rate_limit=None, jitter=lambda: 0.0)
2.0
>>> backoff_seconds(30, retry_after=None, rate_limit=None, jitter=lambda: 0.999) <= 60.0
True
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

#: Status codes worth another try besides 5xx: rate limited, edit conflict.
RETRYABLE_STATUSES = frozenset({409, 429})


def should_retry(status: int | None, attempt: int, max_attempts: int) -> bool:
    """True if attempt number ``attempt`` (1-based) failed in a way worth retrying.

    Connection errors (``None``), 429, 409 and 5xx are retried while attempts remain;
    every other status (400, 401, 403, 404, 422, ...) is final.

    >>> [should_retry(s, 1, 3) for s in (None, 409, 429, 500, 503, 400, 401, 422)]
    [True, True, True, True, True, False, False, False]
    >>> should_retry(503, attempt=3, max_attempts=3)
    False
    """
    if attempt >= max_attempts:
        return False
    if status is None:
        return True
    return status in RETRYABLE_STATUSES or 500 <= status <= 599


def backoff_seconds(attempt: int, retry_after: float | None, rate_limit: int | None,
                    jitter: Callable[[], float], *, base_s: float = 1.0,
                    cap_s: float = 60.0) -> float:
    """Seconds to wait before the attempt after number ``attempt`` (1-based).

    ``Retry-After`` wins when the server sent one; else, if the per-minute limit is known
    (``X-Rate-Limit``), wait one request slot (60/limit s); else back off exponentially
    from ``base_s``, doubling per attempt up to ``cap_s``, scaled by 0.5-1.0 "equal jitter".

    >>> backoff_seconds(2, retry_after=0.0, rate_limit=None, jitter=lambda: 0.5)
    0.0
    >>> backoff_seconds(1, retry_after=-5, rate_limit=None, jitter=lambda: 0.5)
    0.0
    >>> [backoff_seconds(a, None, None, lambda: 0.999999, base_s=1, cap_s=8) // 1
    ...  for a in (1, 2, 3, 4, 5)]
    [0.0, 1.0, 3.0, 7.0, 7.0]
    """
    if retry_after is not None:
        return max(0.0, float(retry_after))
    if rate_limit is not None and rate_limit > 0:
        return 60.0 / rate_limit
    ceiling = min(cap_s, base_s * 2.0 ** max(0, attempt - 1))
    return ceiling * (0.5 + 0.5 * min(max(jitter(), 0.0), 1.0))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date); None if absent/bad.

    >>> parse_retry_after("93")
    93.0
    >>> parse_retry_after("1.5")
    1.5
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT",
    ...                   now=datetime(2015, 10, 21, 7, 28, 0, tzinfo=timezone.utc))
    30.0
    >>> parse_retry_after("soon") is None, parse_retry_after(None) is None
    (True, True)
    """
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Settings for the retry loop plus the one decision it needs.

    ``wait_budget_s`` caps the total time spent sleeping between attempts of one request;
    ``raise_on_ratelimit`` makes a 429 fail at once (for callers that schedule themselves).
    """

    max_attempts: int = 6
    wait_budget_s: float = 600.0
    base_s: float = 1.0
    cap_s: float = 60.0
    raise_on_ratelimit: bool = False

    def next_wait(self, status: int | None, attempt: int, waited_s: float,
                  retry_after: float | None, rate_limit: int | None,
                  jitter: Callable[[], float]) -> float | None:
        """Seconds to sleep before retrying, or None to give up now.

        >>> p = RetryPolicy(max_attempts=3, wait_budget_s=10)
        >>> p.next_wait(429, 1, 0.0, retry_after=4, rate_limit=None, jitter=lambda: 0)
        4.0
        >>> p.next_wait(429, 1, 8.0, retry_after=4, rate_limit=None, jitter=lambda: 0) is None
        True
        >>> RetryPolicy(raise_on_ratelimit=True).next_wait(429, 1, 0, None, None, lambda: 0) is None
        True
        """
        if status == 429 and self.raise_on_ratelimit:
            return None
        if not should_retry(status, attempt, self.max_attempts):
            return None
        wait = backoff_seconds(attempt, retry_after, rate_limit if status == 429 else None,
                               jitter, base_s=self.base_s, cap_s=self.cap_s)
        if waited_s + wait > self.wait_budget_s:
            return None
        return wait
