"""Derived finding columns the report and review-queue aggregates share, as portable SQL.

A :class:`FindingScope` is ``findings`` left-joined to its decision and, only when a query
needs them, to its own object (comment ``public`` flag, organisation) and its ticket object
(ticket status, the organisation as fallback). The expressions mirror, row for row, what the
Python reference folds read (``bool(meta["public"])`` for comments, ``own org or ticket org``,
``redacted`` / decision / ``todo``), so ``GROUP BY`` results equal the Python ones.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, cast, func, literal, or_
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import Integer, Numeric

from pii_scanner.store.clock import Clock, system_clock
from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import FindingDecision, StoredFinding, StoredObject

F = StoredFinding
D = FindingDecision


@dataclass(frozen=True)
class FindingScope:
    """Expressions over one finding row plus the joins they need (``dialect``: engine name)."""

    dialect: str
    own: type[StoredObject]
    ticket: type[StoredObject]

    @classmethod
    def for_dialect(cls, dialect: str) -> FindingScope:
        return cls(dialect, aliased(StoredObject, name="own_object"),
                   aliased(StoredObject, name="ticket_object"))

    # -- derived columns --------------------------------------------------------------------

    def organization(self) -> ColumnElement:
        """The finding's own object's organisation, else its ticket's (needs ``ticket=True``)."""
        return func.coalesce(self.own.organization_id, self.ticket.organization_id)

    def public(self) -> ColumnElement:
        """1 for a finding in a public comment, else 0 (needs ``own=True``)."""
        flag = self.own.meta["public"].as_boolean()
        return case((and_(F.kind == "comments", flag), 1), else_=0)

    def ticket_status(self) -> ColumnElement:
        """The ticket's status from its stored meta (needs ``ticket=True``)."""
        return self.ticket.meta["status"].as_string()

    @staticmethod
    def review() -> ColumnElement:
        """``redacted``, the decision, or ``todo``."""
        return case((D.status == "redacted", literal("redacted")),
                    (func.coalesce(D.decision, "") == "", literal("todo")),
                    else_=D.decision)

    @staticmethod
    def national(national_ids: Collection[str]) -> ColumnElement:
        return case((F.entity_type.in_(sorted(national_ids)), 1), else_=0)

    @staticmethod
    def current() -> ColumnElement:
        """Open and not redacted by us (the report's "current" findings)."""
        return and_(F.state == "open", or_(D.status.is_(None), D.status != "redacted"))

    def binary(self, expr: ColumnElement) -> ColumnElement:
        """``expr`` compared by code point, as Python sorts strings."""
        return expr.collate("C") if self.dialect == "postgresql" else expr

    def ticket_number(self) -> tuple[ColumnElement, ColumnElement]:
        """Sort keys equal to Python's ``(int(t), "") if t.isdigit() else (0, t)`` (ASCII)."""
        if self.dialect == "postgresql":
            digits = F.ticket_id.regexp_match("^[0-9]+$")
            number = cast(F.ticket_id, Numeric)
        else:
            digits = and_(F.ticket_id != "", F.ticket_id.op("NOT GLOB")("*[^0-9]*"))
            number = cast(F.ticket_id, Integer)
        return (case((digits, number), else_=0),
                self.binary(case((digits, literal("")), else_=F.ticket_id)))

    # -- joins ------------------------------------------------------------------------------

    def joined(self, stmt: Select, *, own: bool = False, ticket: bool = False) -> Select:
        """``stmt`` selecting from findings, its decision, and the objects asked for."""
        stmt = stmt.select_from(F).outerjoin(D, D.finding_id == F.id)
        if own or ticket:
            stmt = stmt.join(self.own, self.own.id == F.object_pk)
        if ticket:
            stmt = stmt.outerjoin(self.ticket, and_(self.ticket.source_id == F.source_id,
                                                    self.ticket.kind == "tickets",
                                                    self.ticket.object_id == F.ticket_id))
        return stmt


class ScopedFindingRepository(Repository[StoredFinding]):
    """Base of the read models over findings of all sources or one (``source_id``), with the
    dialect's :class:`FindingScope`."""

    model = StoredFinding

    def __init__(self, session: Session, clock: Clock = system_clock, *,
                 source_id: int | None = None):
        super().__init__(session, clock)
        self.source_id = source_id
        self.scope = FindingScope.for_dialect(session.get_bind().dialect.name)
