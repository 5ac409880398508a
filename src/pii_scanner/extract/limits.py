"""Limits that keep a hostile attachment from stopping a scan.

Every limit ends in a recorded error on the file (never an exception out of
``extract_bytes``), and extraction keeps what it found before the limit was hit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from pii_scanner.errors import ConfigError

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """Caps for one attachment. Defaults suit helpdesk attachments on a small machine.

    - ``max_bytes``: size of the file itself (50 MiB).
    - ``max_pixels``: width x height of any image, frame or rendered page (40 megapixels);
      bigger images are refused before decoding, so pixel bombs never allocate memory.
    - ``max_pages``: PDF pages and image frames read per file (100); the rest is recorded.
    - ``ocr_timeout_s``: total OCR seconds per file (60), pages share the budget.
    - ``max_depth``: nesting of archives and e-mails inside each other (5).
    - ``max_members``: entries read from one archive (1000).
    - ``max_total_bytes``: uncompressed bytes read from one archive tree (200 MiB).
    - ``max_ratio``: uncompressed/compressed size of one archive member (200).
    - ``max_cells``: non-empty spreadsheet/CSV cells read per file (200 000).
    - ``max_chars``: characters of text kept per file (5 000 000).
    - ``pdf_ocr_dpi``: resolution scanned PDF pages are rendered at for OCR (200).
    - ``pdf_min_text_chars``: a PDF page with fewer text-layer characters is OCR'd (20).
    - ``ocr``: OCR images and scanned pages at all (True).
    """

    max_bytes: int = 50 * MiB
    max_pixels: int = 40_000_000
    max_pages: int = 100
    ocr_timeout_s: float = 60.0
    max_depth: int = 5
    max_members: int = 1000
    max_total_bytes: int = 200 * MiB
    max_ratio: float = 200.0
    max_cells: int = 200_000
    max_chars: int = 5_000_000
    pdf_ocr_dpi: int = 200
    pdf_min_text_chars: int = 20
    ocr: bool = True

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ExtractLimits:
        """Limits from a config table (e.g. ``[extract.limits]``); unknown keys or values of
        the wrong type raise ``ConfigError`` naming the key."""
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"extract.limits: unknown key {key!r}")
            default = getattr(cls(), key)
            ok = isinstance(value, bool) if isinstance(default, bool) else (
                isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0)
            if not ok:
                raise ConfigError(f"extract.limits.{key}: expected a positive number" if not isinstance(default, bool)
                                  else f"extract.limits.{key}: expected true or false")
            kwargs[key] = type(default)(value)
        return cls(**kwargs)
