import pytest
from requests.structures import CaseInsensitiveDict

from pii_scanner.sources.ratelimit import RateLimiter


class FakeTime:
    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def limiter(limits, **kw):
    t = FakeTime()
    return RateLimiter(limits, clock=t.clock, sleep=t.sleep, **kw), t


def test_never_more_than_limit_in_any_window():
    rl, t = limiter({"default": 5})
    stamps = []
    for _ in range(23):
        rl.acquire("default")
        stamps.append(t.now)
        t.now += 1.0  # requests take a second each
    for i, start in enumerate(stamps):
        in_window = [s for s in stamps[i:] if s < start + 60.0]
        assert len(in_window) <= 5
    assert sum(t.sleeps) > 0


def test_buckets_are_independent():
    rl, t = limiter({"default": 100, "incremental": 1})
    rl.acquire("incremental")
    for _ in range(50):
        assert rl.acquire("default") == 0.0
    assert rl.acquire("incremental") == pytest.approx(60.0)


def test_unknown_bucket_is_not_throttled():
    rl, t = limiter({"default": 1})
    assert [rl.acquire("search") for _ in range(5)] == [0.0] * 5


def test_rejects_non_positive_limits():
    with pytest.raises(ValueError):
        limiter({"default": 0})


def test_server_hint_spreads_remaining_requests_over_reset():
    rl, t = limiter({"default": 1000})
    rl.observe("default", CaseInsensitiveDict({"ratelimit-limit": "700",
                                               "ratelimit-remaining": "3",
                                               "ratelimit-reset": "20"}))
    assert rl.acquire("default") == pytest.approx(5.0)


def test_server_hint_zero_remaining_waits_full_window_without_reset():
    rl, t = limiter({"default": 1000})
    rl.observe("default", CaseInsensitiveDict({"X-Rate-Limit": "700",
                                               "X-Rate-Limit-Remaining": "0"}))
    assert rl.acquire("default") == pytest.approx(60.0)


def test_plenty_remaining_changes_nothing():
    rl, t = limiter({"default": 1000})
    rl.observe("default", CaseInsensitiveDict({"X-Rate-Limit": "700",
                                               "X-Rate-Limit-Remaining": "650"}))
    assert rl.acquire("default") == 0.0


def test_endpoint_hint_slows_only_its_bucket():
    rl, t = limiter({"default": 1000, "incremental": 1000})
    rl.observe("incremental", CaseInsensitiveDict({
        "Zendesk-RateLimit-incremental-exports": "total=10; remaining=0; resets=45",
        "X-Rate-Limit-Remaining": "690"}))
    assert rl.acquire("default") == 0.0
    assert rl.acquire("incremental") == pytest.approx(45.0)
