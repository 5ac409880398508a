"""Sources: one row per configured helpdesk."""

from __future__ import annotations

from sqlalchemy import select

from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import Source


class SourceRepository(Repository[Source]):
    model = Source

    def ensure(self, name: str, kind: str, base_url: str) -> int:
        """Id of the source called ``name``, created or updated to the given kind and URL."""
        row = self.session.scalars(select(Source).where(Source.name == name)).one_or_none()
        if row is None:
            row = self.add(Source(name=name, kind=kind, base_url=base_url,
                                  created_at=self.clock()))
        else:
            row.kind, row.base_url = kind, base_url
        return row.id

    def names(self) -> dict[int, str]:
        return dict(self.session.execute(select(Source.id, Source.name)).all())
