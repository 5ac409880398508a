"""Client-side rate limiter: a sliding one-minute window per named bucket.

Zendesk limits requests per minute per account (``default``) and, far lower, per
incremental-export endpoint (``incremental``). We stay under both on our own side and
also listen to the server: when a response says only a few requests remain before the
window resets, the next requests are spread over the time left instead of running into
a 429.

Clock and sleep are injected, so tests run on a fake clock:

>>> t = [0.0]
>>> limiter = RateLimiter({"incremental": 2}, clock=lambda: t[0],
...                       sleep=lambda s: t.__setitem__(0, t[0] + s))
>>> [limiter.acquire("incremental") for _ in range(3)]
[0.0, 0.0, 60.0]
>>> t[0]
60.0
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Mapping

_DIRECTIVE = re.compile(r"(total|remaining|resets)\s*=\s*(\d+)", re.IGNORECASE)


def _as_int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


Hint = tuple[int | None, int | None, float | None]
"""(limit, remaining, seconds until reset); any part may be unknown."""


def account_hint(headers: Mapping[str, str]) -> Hint | None:
    """The account-wide hint: ``ratelimit-*`` (IETF draft) or ``X-Rate-Limit*`` (Zendesk).

    ``headers`` must be case-insensitive (as ``requests`` gives them).

    >>> from requests.structures import CaseInsensitiveDict as H
    >>> account_hint(H({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "698"}))
    (700, 698, None)
    >>> account_hint(H({"ratelimit-limit": "700", "ratelimit-remaining": "3",
    ...                 "ratelimit-reset": "17"}))
    (700, 3, 17.0)
    >>> account_hint(H({"Content-Type": "application/json"})) is None
    True
    """
    remaining = _as_int(headers.get("ratelimit-remaining"))
    if remaining is not None:
        reset = _as_int(headers.get("ratelimit-reset"))
        return (_as_int(headers.get("ratelimit-limit")), remaining,
                float(reset) if reset is not None else None)
    limit = _as_int(headers.get("x-rate-limit"))
    remaining = _as_int(headers.get("x-rate-limit-remaining"))
    if limit is None and remaining is None:
        return None
    return limit, remaining, None


def endpoint_hint(headers: Mapping[str, str]) -> Hint | None:
    """The tightest per-endpoint hint, from ``Zendesk-RateLimit-<name>: total=..;...``.

    >>> endpoint_hint({"Zendesk-RateLimit-incremental-exports":
    ...                "total=10; remaining=3; resets=42"})
    (10, 3, 42.0)
    >>> endpoint_hint({"X-Rate-Limit": "700"}) is None
    True
    """
    hints: list[Hint] = []
    for name, value in headers.items():
        if name.lower().startswith("zendesk-ratelimit-"):
            parts = {k.lower(): int(v) for k, v in _DIRECTIVE.findall(value or "")}
            if "remaining" in parts:
                resets = parts.get("resets")
                hints.append((parts.get("total"), parts["remaining"],
                              float(resets) if resets is not None else None))
    return min(hints, key=lambda h: h[1]) if hints else None


class RateLimiter:
    """Sliding-window limiter: at most ``limits[bucket]`` requests in any ``window_s``.

    Buckets without a configured limit are not throttled by our side (server hints still
    apply). Not thread-safe: one limiter per client, one client per worker.
    """

    def __init__(self, limits: Mapping[str, int], *, clock: Callable[[], float],
                 sleep: Callable[[float], None], window_s: float = 60.0,
                 low_water: int = 5):
        for name, value in limits.items():
            if value <= 0:
                raise ValueError(f"rate limit for bucket {name!r} must be positive")
        self._limits = dict(limits)
        self._clock = clock
        self._sleep = sleep
        self._window_s = window_s
        self._low_water = low_water
        self._sent: dict[str, deque[float]] = {name: deque() for name in limits}
        self._not_before: dict[str, float] = {}
        self.slept_s = 0.0

    def delay(self, bucket: str = "default") -> float:
        """Seconds to wait before a request in ``bucket`` may go out (0 if now)."""
        now = self._clock()
        wait = max(0.0, self._not_before.get(bucket, 0.0) - now)
        sent = self._sent.get(bucket)
        if sent is not None:
            while sent and sent[0] <= now - self._window_s:
                sent.popleft()
            if len(sent) >= self._limits[bucket]:
                wait = max(wait, sent[0] + self._window_s - now)
        return wait

    def acquire(self, bucket: str = "default") -> float:
        """Block (via the injected sleep) until a request may go out; record it.

        Returns the seconds slept.
        """
        slept = 0.0
        while (wait := self.delay(bucket)) > 0:
            self._sleep(wait)
            slept += wait
        if bucket in self._sent:
            self._sent[bucket].append(self._clock())
        self.slept_s += slept
        return slept

    def observe(self, bucket: str, headers: Mapping[str, str]) -> None:
        """Learn from a response's rate-limit headers.

        Account-wide hints slow ``default``; per-endpoint hints slow ``bucket``.
        """
        account = account_hint(headers)
        if account is not None:
            self.hint("default", *account)
        endpoint = endpoint_hint(headers)
        if endpoint is not None:
            self.hint(bucket, *endpoint)

    def hint(self, bucket: str, limit: int | None, remaining: int | None,
             reset_s: float | None) -> None:
        """Slow ``bucket`` down if the server says its budget is almost spent.

        With ``remaining`` at or below ``low_water``, the next request waits
        ``reset / (remaining + 1)`` seconds (the whole reset time once nothing remains);
        without a reset time, a full window once nothing remains, else one slot of the
        limit (60/limit s).
        """
        if remaining is None or remaining > self._low_water:
            return
        if reset_s is None:
            per_window = limit or self._limits.get(bucket) or 60
            gap = self._window_s if remaining <= 0 else self._window_s / per_window
        else:
            gap = reset_s / (remaining + 1) if remaining > 0 else reset_s
        self._not_before[bucket] = max(self._not_before.get(bucket, 0.0), self._clock() + gap)
