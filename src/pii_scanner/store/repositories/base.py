"""The generic base every aggregate repository builds on: a session, a clock, one model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from pii_scanner.store.clock import Clock, system_clock
from pii_scanner.store.tables import Base

M = TypeVar("M", bound=Base)
T = TypeVar("T")

#: keep IN (...) lists well under SQLite's bound-parameter limit
CHUNK = 500


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items.

    >>> [list(c) for c in chunked(range(5), 2)]
    [[0, 1], [2, 3], [4]]
    """
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Repository(Generic[M]):
    """Data access for one aggregate; works inside the caller's transaction, never commits."""

    model: type[M]

    def __init__(self, session: Session, clock: Clock = system_clock):
        self.session = session
        self.clock = clock

    def get(self, pk: int) -> M | None:
        return self.session.get(self.model, pk)

    def add(self, row: M) -> M:
        self.session.add(row)
        self.session.flush()
        return row
