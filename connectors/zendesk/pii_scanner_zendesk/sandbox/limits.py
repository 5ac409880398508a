"""Per-minute rate limits, seeded fault injection and the request statistics."""

from __future__ import annotations

import math
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .config import FaultConfig


@dataclass
class Window:
    """A fixed one-minute window that starts with its first request."""

    limit: int
    started: float = 0.0
    used: int = 0

    def take(self, now: float) -> bool:
        if now - self.started >= 60:
            self.started, self.used = now, 0
        if self.used >= self.limit:
            return False
        self.used += 1
        return True

    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    def reset_in(self, now: float) -> int:
        return max(1, math.ceil(self.started + 60 - now))


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with one request before (or instead of) answering it."""

    fault: str | None = None  # drop, error, truncate, burst_429, rate_limited
    status: int = 200
    delay_s: float = 0.0
    retry_after: int = 0


class Governor:
    """Decides rate limiting and faults per request; counts everything it sees."""

    def __init__(self, rpm: int, incremental_rpm: int, faults: FaultConfig, seed: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.faults = faults
        self.clock = clock
        self.lock = threading.Lock()
        self.rng = random.Random(f"faults:{seed}:{faults.seed}")
        self.windows = {"default": Window(rpm), "incremental": Window(incremental_rpm)}
        self.by_endpoint: Counter[str] = Counter()
        self.by_family: Counter[str] = Counter()
        self.by_status: Counter[int] = Counter()
        self.fault_counts: Counter[str] = Counter()
        self.downloads = 0
        self.bytes_served = 0

    def admit(self, endpoint: str, family: str, incremental: bool, content_host: bool) -> Verdict:
        with self.lock:
            self.by_endpoint[endpoint] += 1
            self.by_family[family] += 1
            f = self.faults
            if f.burst_429 and self.by_family[family] <= f.burst_429:
                self.fault_counts["burst_429"] += 1
                return Verdict("burst_429", 429, retry_after=1)
            if not content_host:
                now = self.clock()
                windows = [self.windows["default"]] + ([self.windows["incremental"]] if incremental else [])
                for window in windows:
                    if not window.take(now):
                        self.fault_counts["rate_limited"] += 1
                        return Verdict("rate_limited", 429, retry_after=window.reset_in(now))
            if not f.any_random:
                return Verdict()
            roll = self.rng.random()
            delay = f.slow_ms / 1000 if f.slow_ms and self.rng.random() < f.slow_rate else 0.0
            if delay:
                self.fault_counts["slow"] += 1
            if roll < f.drop_rate:
                self.fault_counts["drop"] += 1
                return Verdict("drop", 0, delay)
            roll -= f.drop_rate
            if roll < f.error_rate:
                self.fault_counts["error"] += 1
                return Verdict("error", self.rng.choice((500, 502, 503)), delay)
            roll -= f.error_rate
            if roll < f.truncate_rate and not content_host:
                self.fault_counts["truncate"] += 1
                return Verdict("truncate", 200, delay)
            return Verdict(None, 200, delay)

    def headers(self, incremental: bool) -> dict[str, str]:
        with self.lock:
            now = self.clock()
            w = self.windows["default"]
            out = {"ratelimit-limit": str(w.limit), "ratelimit-remaining": str(w.remaining()),
                   "ratelimit-reset": str(w.reset_in(now)), "x-rate-limit": str(w.limit),
                   "x-rate-limit-remaining": str(w.remaining()),
                   "zendesk-ratelimit-tickets-index": f"total={w.limit}; remaining={w.remaining()}; "
                                                      f"resets={w.reset_in(now)}"}
            if incremental:
                i = self.windows["incremental"]
                out["zendesk-ratelimit-incremental-exports"] = (
                    f"total={i.limit}; remaining={i.remaining()}; resets={i.reset_in(now)}")
            return out

    def finished(self, status: int, body_bytes: int, download: bool) -> None:
        with self.lock:
            self.by_status[status] += 1
            self.bytes_served += body_bytes
            self.downloads += int(download)

    def snapshot(self) -> dict:
        with self.lock:
            return {"requests": sum(self.by_endpoint.values()), "by_endpoint": dict(self.by_endpoint),
                    "by_family": dict(self.by_family),
                    "by_status": {str(k): v for k, v in self.by_status.items()},
                    "rate_limited": self.fault_counts["rate_limited"] + self.fault_counts["burst_429"],
                    "faults": {k: self.fault_counts[k] for k in
                               ("burst_429", "rate_limited", "error", "truncate", "drop", "slow")},
                    "downloads": self.downloads, "bytes_served": self.bytes_served}
