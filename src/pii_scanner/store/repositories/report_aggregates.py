"""The managers' report computed in the database: each figure is one ``GROUP BY`` query.

Memory stays bounded whatever the store size: queries return one row per type, kind, age
bucket, agent or (top) organisation, and time-to-redaction percentiles are picked by row
number from a sorted window, so only the (at most four) rows at those ranks come back.
The semantics equal :func:`pii_scanner.reports.data.summarise` over
:meth:`.ReportRepository.finding_facts`; a test checks that on random stores.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from pii_scanner.store.clock import as_utc
from pii_scanner.store.repositories.finding_columns import D, F, FindingScope, ScopedFindingRepository

Pairs = list[tuple[str, int]]


def _sum(cond: ColumnElement) -> ColumnElement:
    """How many rows meet ``cond`` (0 on no rows)."""
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


class ReportAggregateRepository(ScopedFindingRepository):
    """Report figures for all sources or one (``source_id``)."""

    # -- building blocks ----------------------------------------------------------------------

    def _select(self, *columns: Any, own: bool = False, ticket: bool = False) -> Select:
        """``columns`` over the findings the report reads: current ones and ones we redacted."""
        stmt = self.scope.joined(select(*columns), own=own, ticket=ticket)
        stmt = stmt.where(or_(F.state == "open", D.status == "redacted"))
        if self.source_id is not None:
            stmt = stmt.where(F.source_id == self.source_id)
        return stmt

    @staticmethod
    def _live() -> ColumnElement:
        """Current and not dismissed."""
        return and_(FindingScope.current(),
                    or_(D.decision.is_(None), D.decision != "dismissed"))

    def _org_key(self) -> ColumnElement:
        org = self.scope.organization()
        return case((or_(org.is_(None), org == ""), literal("(none)")), else_=org)

    # -- figures ------------------------------------------------------------------------------

    def totals(self) -> dict[str, int]:
        current = FindingScope.current()
        todo = and_(current, func.coalesce(D.decision, "") == "")
        with_ticket = and_(current, F.ticket_id.is_not(None), F.ticket_id != "")
        row = self.session.execute(self._select(
            _sum(current), _sum(todo), _sum(and_(current, D.decision == "approved")),
            _sum(and_(current, D.decision == "dismissed")), _sum(D.status == "redacted"),
            func.count(func.distinct(case((with_ticket, F.ticket_id)))))).one()
        keys = ("open", "to_review", "approved", "dismissed", "redacted", "tickets")
        return dict(zip(keys, (int(v or 0) for v in row), strict=True))

    def live_counts(self, column: str) -> Pairs:
        """Live findings per ``entity_type`` or ``kind`` (unsorted)."""
        col = {"entity_type": F.entity_type, "kind": F.kind}[column]
        stmt = self._select(col, func.count()).where(self._live()).group_by(col)
        return [(value, n) for value, n in self.session.execute(stmt)]

    def top_organizations(self, limit: int) -> Pairs:
        """Live findings per organisation (``(none)`` for none), most first, then by name."""
        key = self._org_key().label("org")
        n = func.count().label("n")
        stmt = (self._select(key, n, ticket=True).where(self._live()).group_by(key)
                .order_by(n.desc(), self.scope.binary(key)).limit(limit))
        return [(org, int(count)) for org, count in self.session.execute(stmt)]

    def risky_organizations(self, national_ids: Collection[str],
                            limit: int) -> list[tuple[str, int, int, int]]:
        """(organisation, risk score, findings, national ids), riskiest first.

        Score per live finding: 5 for a national id, 2 in a public comment, else 1."""
        org = self.scope.organization().label("org")
        national = FindingScope.national(national_ids)
        points = case((national == 1, 5), (self.scope.public() == 1, 2), else_=1)
        score = func.sum(points).label("score")
        stmt = (self._select(org, score, func.count(), func.sum(national), ticket=True)
                .where(self._live(), org.is_not(None), org != "").group_by(org)
                .order_by(score.desc(), self.scope.binary(org)).limit(limit))
        return [(o, int(s), int(n), int(k)) for o, s, n, k in self.session.execute(stmt)]

    def backlog(self, now: datetime, buckets: Sequence[tuple[int | None, str]]) -> dict[str, int]:
        """Findings still to review per age bucket ``(days below, label)``; the last has None."""
        now = as_utc(now)
        whens = [(F.detected_at > now - timedelta(days=days), literal(label))
                 for days, label in buckets if days is not None]
        label = case(*whens, else_=literal(buckets[-1][1])).label("bucket")
        todo = and_(FindingScope.current(), func.coalesce(D.decision, "") == "")
        stmt = self._select(label, func.count()).where(todo).group_by(label)
        return {b: int(n) for b, n in self.session.execute(stmt)}

    def redactions_by_agent(self) -> Pairs:
        agent = case((func.coalesce(D.actor, "") == "", literal("(unknown)")),
                     else_=D.actor).label("agent")
        stmt = self._select(agent, func.count()).where(D.status == "redacted").group_by(agent)
        return [(a, int(n)) for a, n in self.session.execute(stmt)]

    def redaction_hours(self, ranks: Callable[[int], Iterable[int]]) -> tuple[int, dict[int, float]]:
        """(how many redactions have an applied time, {rank: hours}) for the 0-based ranks
        ``ranks(count)`` returns, in ascending order of hours."""
        base = self._select(F.id).where(D.status == "redacted", D.applied_at.is_not(None))
        count = self.session.execute(select(func.count()).select_from(base.subquery())).scalar()
        if not count:
            return 0, {}
        wanted = sorted(set(ranks(count)))
        if self.scope.dialect == "sqlite":
            span = func.julianday(D.applied_at) - func.julianday(F.detected_at)
        else:
            span = D.applied_at - F.detected_at
        rank = (func.row_number().over(order_by=(span, F.id)) - 1).label("rank")
        inner = (self._select(D.applied_at.label("applied"), F.detected_at.label("detected"),
                              rank)
                 .where(D.status == "redacted", D.applied_at.is_not(None)).subquery())
        stmt = select(inner.c.rank, inner.c.applied, inner.c.detected).where(
            inner.c.rank.in_(wanted))
        hours = {int(r): (as_utc(a) - as_utc(d)).total_seconds() / 3600
                 for r, a, d in self.session.execute(stmt)}
        return int(count), hours
