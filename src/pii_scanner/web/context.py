"""What every request handler needs, built once per app by :func:`create_app`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi.templating import Jinja2Templates

from pii_scanner.config import Settings
from pii_scanner.store import Store
from pii_scanner.store.fingerprint import Fingerprinter


@dataclass(frozen=True, slots=True)
class WebContext:
    settings: Settings
    store: Store
    #: opens a connector to the helpdesk (live ticket text, redaction write-back)
    connector_factory: Callable[[], Any]
    fingerprinter: Fingerprinter
    templates: Jinja2Templates
    #: the configured helpdesk's source id in the store (None: not scanned yet)
    source_id: int | None
    #: attachment bytes are fetched live up to this size for the screenshot view
    max_image_bytes: int = 15_000_000
