"""Plain values the pipeline hands to :meth:`Store.commit_batch`.

None of them may carry a raw personal value: objects carry a content hash and harmless
metadata (language, status, sizes, content type), findings carry a masked preview and an
HMAC fingerprint (see :mod:`pii_scanner.store.preview` and :mod:`.fingerprint`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ObjectRow:
    """One helpdesk object seen by a scan; ``kind`` is plural (``"tickets"``, ``"comments"``...)."""

    kind: str
    object_id: str
    content_hash: str
    ticket_id: str | None = None
    organization_id: str | None = None
    updated_at: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One finding in one field of one object: where, what type, how sure, never the value."""

    kind: str
    object_id: str
    field: str
    entity_type: str
    start: int | None
    end: int | None
    score: float
    recognizer: str
    preview: str
    fingerprint: str
    explanation: dict[str, Any] = field(default_factory=dict)
    page: int | None = None
    bbox: tuple | None = None
    ticket_id: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """An item that failed at ``stage`` (``fetch``/``extract``/``detect``/``store``)."""

    kind: str
    object_id: str
    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class AllowResult:
    """What :meth:`Store.allow` did: the entry, whether it is new, the findings it dismissed."""

    entry_id: int
    created: bool
    dismissed: tuple[int, ...] = ()
