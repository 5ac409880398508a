"""Rescan the objects a redaction touched, through the normal scan pipeline.

Comment redactions do not always surface in the incremental exports, so after ``apply`` the
touched tickets (with their comments), users and organisations are re-read one by one and
run through the same stages as a scan: findings that are gone become ``gone`` in the store.
Its checkpoint lives under its own stream name and never moves the real scan's cursors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pii_scanner.sources.contract import Batch

STREAM = "redact-rescan"


class _TouchedStream:
    name = STREAM

    def __init__(self, writeback, touched: Mapping[str, Iterable[str]]):
        self._writeback = writeback
        self._touched = touched

    def read(self, checkpoint) -> Iterator[Batch]:
        n = 0
        for kind, ids in self._touched.items():
            for object_id in ids:
                n += 1
                yield Batch(STREAM, tuple(self._writeback.records(kind, object_id)), {"done": n})


class _RescanConnector:
    """The real connector, with one stream over the touched objects; closing is left to
    the caller, who owns the connector."""

    def __init__(self, connector, writeback, touched: Mapping[str, Iterable[str]]):
        self._connector = connector
        self._stream = _TouchedStream(writeback, touched)
        self.name = connector.name

    def check(self) -> None:
        self._connector.check()

    def streams(self) -> list[Any]:
        return [self._stream]

    def download(self, attachment, max_bytes: int) -> bytes:
        return self._connector.download(attachment, max_bytes)

    @property
    def request_count(self) -> int:
        return self._connector.request_count

    def close(self) -> None:
        pass


def rescan_touched(settings, connector, writeback, touched: Mapping[str, Iterable[str]]):
    """Re-read and re-analyse ``touched`` (``{"ticket": ids, "user": ids, "organization": ids}``);
    returns the scan result."""
    from pii_scanner.pipeline.build import run_scan
    from pii_scanner.pipeline.runner import ScanOptions

    return run_scan(settings, ScanOptions(streams=(STREAM,)),
                    connector=_RescanConnector(connector, writeback, touched))
