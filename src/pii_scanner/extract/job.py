"""State shared by the extractors while one top-level file is read: limits, OCR engine,
time and byte budgets, nesting depth. One ``Job`` per ``extract_bytes`` call; nested files
(archive members, e-mail attachments) get a child sharing the budgets."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.ocr import OCR
from pii_scanner.extract.pieces import ExtractError
from pii_scanner.extract.preprocess import SCREENSHOT, Preprocess


@dataclass(slots=True)
class Budget:
    """Mutable counters for one top-level file (not shared across files or processes)."""

    archive_bytes: int = 0
    cells: int = 0
    chars: int = 0


@dataclass(slots=True)
class Job:
    limits: ExtractLimits
    ocr: OCR | None
    prep: Preprocess = SCREENSHOT
    depth: int = 0
    deadline: float = field(default=0.0)
    budget: Budget = field(default_factory=Budget)

    def __post_init__(self) -> None:
        if not self.deadline:
            self.deadline = time.monotonic() + self.limits.ocr_timeout_s

    def child(self) -> Job:
        if self.depth + 1 > self.limits.max_depth:
            raise ExtractError(f"nesting deeper than {self.limits.max_depth} levels")
        return Job(self.limits, self.ocr, self.prep, self.depth + 1, self.deadline, self.budget)

    def ocr_seconds_left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise ExtractError(f"OCR time limit of {self.limits.ocr_timeout_s:g} s reached")
        return left

    def count_cell(self) -> None:
        self.budget.cells += 1
        if self.budget.cells > self.limits.max_cells:
            raise ExtractError(f"more than {self.limits.max_cells} cells; the rest was not read")

    def take_chars(self, n: int) -> None:
        self.budget.chars += n
        if self.budget.chars > self.limits.max_chars:
            raise ExtractError(f"more than {self.limits.max_chars} characters; the rest was not read")
