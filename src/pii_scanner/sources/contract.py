"""What a connector must provide to the pipeline.

A connector exposes ``check()`` and ``streams()``. Each stream reads pages of records from a
checkpoint (an opaque JSON-able dict the stream itself produced earlier, or ``None`` for a
full read) and yields :class:`Batch` values: the records of one page plus the checkpoint that
is valid *after* those records are stored. The pipeline commits records and checkpoint in one
transaction, so a killed scan resumes from the last committed batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pii_scanner.records import Record


@dataclass(frozen=True, slots=True)
class Batch:
    stream: str
    records: tuple[Record, ...]
    checkpoint: Mapping[str, Any]
    #: (object kind, object id, message) for items that could not be parsed; recorded as errors
    errors: tuple[tuple[str, str, str], ...] = ()
    #: object ids that were deleted upstream (e.g. tickets with status "deleted")
    deleted: tuple[tuple[str, str], ...] = field(default=())


@runtime_checkable
class Stream(Protocol):
    name: str  # "tickets", "comments", "users", "organizations"

    def read(self, checkpoint: Mapping[str, Any] | None) -> Iterator[Batch]: ...


@runtime_checkable
class Connector(Protocol):
    #: short name of the source kind, e.g. "zendesk"
    name: str

    def check(self) -> None:
        """Verify credentials with one cheap request; raise AuthError/ApiError."""

    def streams(self) -> list[Stream]: ...

    def download(self, attachment, max_bytes: int) -> bytes:
        """Fetch an attachment's bytes (streamed, capped; raise TooLarge past max_bytes)."""

    @property
    def request_count(self) -> int:
        """API requests made so far (attachment downloads excluded)."""

    def close(self) -> None: ...
