"""scan.executor = "process": a detect worker that dies costs only the text it was reading."""

from __future__ import annotations

import os
import signal

import pytest

from pii_scanner.extract.workers import WorkerDied
from pii_scanner.pipeline.executor import ProcessExecutor
from pii_scanner.pipeline.items import AnalysedUnit, ScanItem
from pii_scanner.pipeline.stages import Detect
from pii_scanner.records import Comment, Finding, TextUnit


class _Detector:
    def analyze_many(self, texts):
        out = []
        for text, _ in texts:
            if "EXPLODE" in text:
                os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
            k = text.find("41234567")
            out.append([Finding("PHONE_NUMBER", k, k + 8, 0.9, "test")] if k >= 0 else [])
        return out


def _factory():
    return _Detector()


def _item(n: int, text: str) -> ScanItem:
    unit = AnalysedUnit(TextUnit("comment", str(n), "body", text), text, None)
    return ScanItem(record=Comment(id=str(n), ticket_id="1", author_id=None, created_at=None, public=True,
                                   body=text), content_hash=str(n), units=(unit,))


def test_a_killed_worker_fails_only_its_chunk_and_the_executor_keeps_working():
    executor = ProcessExecutor(_factory, workers=2, chunk=2)
    try:
        with pytest.raises(WorkerDied):
            executor.detect([("ring 41234567", None), ("EXPLODE", None)])
        assert executor.detect([("ring 41234567", None), ("ingenting", None)]) == [
            [Finding("PHONE_NUMBER", 5, 13, 0.9, "test")], []]
    finally:
        executor.close()


def test_the_detect_stage_records_the_killed_text_as_an_error_and_keeps_the_rest():
    executor = ProcessExecutor(_factory, workers=2, chunk=8)
    try:
        texts = ["tlf 41234567", "EXPLODE her", "ingenting", "mobil 41234567"]
        out = Detect(executor).process([_item(n, t) for n, t in enumerate(texts)])
    finally:
        executor.close()
    assert [len(it.findings) for it in out] == [1, 0, 0, 1]
    assert [bool(it.errors) for it in out] == [False, True, False, False]
    assert "WorkerDied" in out[1].errors[0].message
