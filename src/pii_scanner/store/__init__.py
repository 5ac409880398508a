"""Persistence: scan runs, objects, findings (masked previews + HMAC fingerprints), errors.

``Store.open(url)`` works on SQLite (default) and PostgreSQL and upgrades the schema with the
Alembic migrations shipped in ``migrations/``. Raw personal values never reach this package.
"""

from pii_scanner.store.rows import ErrorRow, FindingRow, ObjectRow
from pii_scanner.store.store import Store

__all__ = ["ErrorRow", "FindingRow", "ObjectRow", "Store"]
