from hypothesis import given
from hypothesis import strategies as st

from pii_scanner.sources.retry import RetryPolicy, backoff_seconds, should_retry

jitters = st.floats(min_value=0.0, max_value=1.0, exclude_max=True)


def test_only_transient_failures_are_retried():
    retried = {s for s in range(400, 600) if should_retry(s, 1, 5)}
    assert retried == {409, 429} | set(range(500, 600))
    assert should_retry(None, 1, 5)


def test_no_retry_once_attempts_are_spent():
    assert should_retry(503, 4, 5)
    assert not should_retry(503, 5, 5)
    assert not should_retry(None, 7, 5)


def test_retry_after_beats_rate_limit_and_exponential():
    assert backoff_seconds(5, retry_after=3.0, rate_limit=700, jitter=lambda: 0.9) == 3.0


def test_rate_limit_gives_one_slot_per_minute():
    assert backoff_seconds(1, None, rate_limit=400, jitter=lambda: 0.9) == 60 / 400


@given(attempt=st.integers(min_value=1, max_value=200), jitter=jitters)
def test_exponential_backoff_is_capped_and_positive(attempt, jitter):
    wait = backoff_seconds(attempt, None, None, lambda: jitter, base_s=0.5, cap_s=30.0)
    assert 0.0 < wait <= 30.0
    assert wait >= min(30.0, 0.5 * 2 ** (attempt - 1)) / 2


@given(jitter=jitters)
def test_exponential_backoff_grows_until_cap(jitter):
    waits = [backoff_seconds(a, None, None, lambda: jitter, base_s=1, cap_s=16) for a in range(1, 8)]
    assert waits == sorted(waits)
    assert waits[-1] == waits[-2]


def test_wait_budget_stops_retrying():
    policy = RetryPolicy(max_attempts=10, wait_budget_s=5.0)
    assert policy.next_wait(503, 1, waited_s=0.0, retry_after=2.0, rate_limit=None,
                            jitter=lambda: 0) == 2.0
    assert policy.next_wait(503, 2, waited_s=4.0, retry_after=2.0, rate_limit=None,
                            jitter=lambda: 0) is None


def test_rate_limit_header_only_used_for_429():
    policy = RetryPolicy(base_s=8.0)
    on_429 = policy.next_wait(429, 1, 0.0, None, 600, lambda: 0.0)
    on_503 = policy.next_wait(503, 1, 0.0, None, 600, lambda: 0.0)
    assert on_429 == 0.1 and on_503 == 4.0


def test_raise_on_ratelimit_gives_up_on_429_only():
    policy = RetryPolicy(raise_on_ratelimit=True)
    assert policy.next_wait(429, 1, 0.0, 1.0, None, lambda: 0) is None
    assert policy.next_wait(502, 1, 0.0, 1.0, None, lambda: 0) == 1.0
