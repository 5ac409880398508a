"""UTC time helpers: the store writes UTC and hands out timezone-aware values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | str | None) -> datetime | None:
    """Aware UTC datetime from a datetime or ISO string; naive values are taken as UTC.

    >>> as_utc("2024-05-01T12:00:00+02:00").isoformat()
    '2024-05-01T10:00:00+00:00'
    >>> as_utc(datetime(2024, 5, 1)).isoformat()
    '2024-05-01T00:00:00+00:00'
    """
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def iso(value: datetime | None) -> str | None:
    """ISO 8601 text of a stored timestamp (SQLite returns them naive, in UTC)."""
    aware = as_utc(value)
    return aware.isoformat() if aware else None
