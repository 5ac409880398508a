"""ORM models (SQLAlchemy 2 typed mappings, portable column types only).

The schema itself is created by the Alembic migrations in ``migrations/versions``; a test
checks that the migrations and these models agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Finding states: ``open`` (current), ``gone`` (the object changed and no longer has it),
#: ``deleted`` (the object was deleted upstream; kept as history).
FINDING_STATES = ("open", "gone", "deleted")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON}


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(50))
    base_url: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime]


class ScanRun(Base):
    __tablename__ = "scan_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    mode: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    requests: Mapped[int] = mapped_column(Integer, default=0)
    #: {"objects": {kind: n}, "findings": {entity: n}, "errors": {kind: n}, "unchanged": n, ...}
    counters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Checkpoint(Base):
    __tablename__ = "checkpoints"
    __table_args__ = (UniqueConstraint("source_id", "stream"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    stream: Mapped[str] = mapped_column(String(100))
    cursor: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class StoredObject(Base):
    __tablename__ = "objects"
    __table_args__ = (UniqueConstraint("source_id", "kind", "object_id"),
                      Index(None, "source_id", "ticket_id"),
                      Index(None, "organization_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    kind: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64))
    ticket_id: Mapped[str | None] = mapped_column(String(100))
    organization_id: Mapped[str | None] = mapped_column(String(100))
    #: the helpdesk's own ``updated_at`` as it sent it
    remote_updated_at: Mapped[str | None] = mapped_column(String(40))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))


class StoredFinding(Base):
    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("object_pk", "key"),
                      Index(None, "fingerprint"),
                      Index(None, "entity_type", "state"),
                      Index(None, "source_id", "ticket_id"),
                      Index(None, "state", "detected_at"),
                      # covers the report and review-queue aggregates (migration 0005)
                      Index("ix_findings_review_cover", "state", "ticket_id", "entity_type",
                            "kind", "source_id", "object_pk", "detected_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_pk: Mapped[int] = mapped_column(ForeignKey("objects.id"))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    #: stable natural key: hash of (field, entity, span, page, bbox, fingerprint)
    key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[str] = mapped_column(String(100))
    ticket_id: Mapped[str | None] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(200))
    entity_type: Mapped[str] = mapped_column(String(60))
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    bbox: Mapped[list[int] | None] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    recognizer: Mapped[str] = mapped_column(String(120))
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    preview: Mapped[str] = mapped_column(String(120))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="open")
    detected_at: Mapped[datetime]
    state_changed_at: Mapped[datetime]
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"))


class ScanError(Base):
    __tablename__ = "scan_errors"
    __table_args__ = (Index(None, "source_id", "kind", "object_id"),
                      Index(None, "resolved_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[str] = mapped_column(String(100))
    stage: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]


#: Reviewer decisions on a finding (one current row per finding; history is the audit log).
DECISIONS = ("approved", "dismissed")
#: Where an approved finding stands with the helpdesk: ``pending`` (not written yet),
#: ``redacted`` (written and verified), ``stale`` (the live text no longer holds the value),
#: ``failed`` (the API refused or did not apply it; retried by the next apply),
#: ``unsupported`` (no write-back exists for that field).
REDACTION_STATUSES = ("pending", "redacted", "stale", "failed", "unsupported")


class FindingDecision(Base):
    __tablename__ = "finding_decisions"
    __table_args__ = (Index(None, "decision", "status"),
                      # the decision columns the aggregates read, without the row (0005)
                      Index("ix_finding_decisions_review_cover", "finding_id", "status",
                            "decision"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(20))
    #: what approved it: ``manual``, ``cli:type=...``, ``auto:NO_FODSELSNUMMER>=0.9``...
    rule: Mapped[str | None] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    #: the operator chosen at approval time (None: the policy's operator for the type)
    operator: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    decided_at: Mapped[datetime]
    applied_at: Mapped[datetime | None]


class AuditEvent(Base):
    """One row per action on the helpdesk or on a decision; ids, types, results, never values."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "at"), Index(None, "object_kind", "object_id"),
                      Index(None, "finding_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[int | None] = mapped_column(Integer)
    object_kind: Mapped[str | None] = mapped_column(String(30))
    object_id: Mapped[str | None] = mapped_column(String(100))
    finding_id: Mapped[int | None] = mapped_column(Integer)
    entity_type: Mapped[str | None] = mapped_column(String(60))
    operator: Mapped[str | None] = mapped_column(String(30))
    result: Mapped[str] = mapped_column(String(20))
    response_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# The web app's tables (accounts, sessions, sign-in attempts; migration 0003) live in their own
# module; importing it here keeps this metadata, which the migrations are checked against, whole.
from pii_scanner.store import web_tables  # noqa: E402,F401
from pii_scanner.store import allow_tables  # noqa: E402,F401  (allow-list; migration 0004)
