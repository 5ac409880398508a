"""The one interface every detector implements; the pipeline and ``detect`` see only this."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from pii_scanner.records import Finding


@runtime_checkable
class Detector(Protocol):
    def analyze(self, text: str, lang: str | None = None) -> list[Finding]:
        """Findings in ``text`` (plain text: HTML is converted before it gets here)."""

    def analyze_many(self, items: Sequence[tuple[str, str | None]]) -> list[list[Finding]]:
        """Batch form: one list of findings per (text, lang) item, same order."""
