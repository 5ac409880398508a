"""Settings of one sandbox helpdesk: data size and seed, credentials, rate limits, faults."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """Misbehaviour to inject; every decision comes from one RNG seeded with ``seed``.

    ``error_rate`` answers 500/502/503, ``truncate_rate`` a 200 with cut-off JSON,
    ``drop_rate`` closes the socket without an answer, ``slow_rate`` of the requests wait
    ``slow_ms`` first, ``burst_429`` answers the first N requests of every endpoint family
    with 429 and ``Retry-After: 1``. ``vanish_ticket_ids`` are listed by the exports but
    answer 404 on show/comments. ``oversized_attachment_bytes`` is the size of the planted
    oversized attachments (0 turns them into ordinary small files).
    """

    error_rate: float = 0.0
    truncate_rate: float = 0.0
    drop_rate: float = 0.0
    slow_ms: int = 0
    slow_rate: float = 1.0
    burst_429: int = 0
    vanish_ticket_ids: tuple[int, ...] = ()
    oversized_attachment_bytes: int = 12 * 1024 * 1024
    seed: int = 0

    @property
    def any_random(self) -> bool:
        return bool(self.error_rate or self.truncate_rate or self.drop_rate
                    or (self.slow_ms and self.slow_rate))


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """What the sandbox serves. ``tickets`` may be 50..100_000; data is generated lazily.

    ``requests_per_minute`` budgets ordinary API calls, ``incremental_per_minute`` the
    incremental export endpoints (Zendesk's own defaults are 700 and 10).
    ``host``/``port`` place the API listener, ``content_port`` the user-content listener,
    which always listens on the *name* ``localhost`` so it is a different origin.
    """

    tickets: int = 200
    seed: int = 1
    email: str = "admin@example.com"
    token: str = "sandbox-token"
    oauth_token: str | None = None
    oauth_scopes: str = "read write"
    requests_per_minute: int = 100_000
    incremental_per_minute: int = 100_000
    faults: FaultConfig = field(default_factory=FaultConfig)
    host: str = "127.0.0.1"
    port: int = 0
    content_port: int = 0
    subdomain: str = "sandbox"

    def __post_init__(self) -> None:
        if not 1 <= self.tickets <= 1_000_000:
            raise ValueError("tickets must be between 1 and 1,000,000")
        if self.requests_per_minute < 1 or self.incremental_per_minute < 1:
            raise ValueError("rate limits must be positive")
