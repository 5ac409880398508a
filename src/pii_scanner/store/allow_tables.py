"""ORM model of the allow-list: values a reviewer said are never personal data here.

Created by migration ``0004``. A value is known only by its entity type and the HMAC
fingerprint the store already keeps for findings; the masked preview is kept for display.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pii_scanner.store.tables import Base


class AllowEntry(Base):
    __tablename__ = "allow_list"
    __table_args__ = (UniqueConstraint("entity_type", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    #: HMAC of the value (as in ``findings.fingerprint``), never the value
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: masked preview of the finding it came from, for display only
    preview: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(500))
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    #: the finding whose dismissal put it here (a plain id: findings may be purged later)
    finding_id: Mapped[int | None] = mapped_column(Integer)
