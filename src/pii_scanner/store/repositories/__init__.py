"""One short repository per aggregate, all on :class:`.base.Repository`."""

from pii_scanner.store.repositories.checkpoints import CheckpointRepository
from pii_scanner.store.repositories.errors import ErrorRepository
from pii_scanner.store.repositories.findings import FindingRepository
from pii_scanner.store.repositories.objects import ObjectRepository
from pii_scanner.store.repositories.runs import RunRepository
from pii_scanner.store.repositories.sources import SourceRepository

__all__ = ["CheckpointRepository", "ErrorRepository", "FindingRepository", "ObjectRepository",
           "RunRepository", "SourceRepository"]
