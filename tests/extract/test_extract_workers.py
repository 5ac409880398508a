"""A worker process that dies (killed for memory) costs only the item it was reading."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from .extract_fixtures import FNR
from pii_scanner.extract import pool as pool_module
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.pool import ExtractPool
from pii_scanner.extract.workers import WorkerDied, WorkerPool
from pii_scanner.pipeline.stages import ExtractAttachments

FORK = multiprocessing.get_context("fork")


def _task(word: str) -> str:
    if word == "die":
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    if word == "raise":
        raise ValueError("a bad item")
    return word.upper()


def test_results_come_back_in_the_order_they_are_waited_for():
    with WorkerPool(2, mp_context=FORK) as pool:
        waits = [pool.submit(_task, w) for w in ("a", "b", "c")]
        assert [w() for w in waits] == ["A", "B", "C"]
        assert pool.restarts == 0


def test_a_worker_death_fails_only_its_own_task_and_the_pool_goes_on():
    words = ["a", "b", "die", "c", "d", "e"]
    with WorkerPool(2, mp_context=FORK) as pool:
        waits = [pool.submit(_task, w) for w in words]
        results = []
        for wait in waits:
            try:
                results.append(wait())
            except WorkerDied as exc:
                results.append(exc)
        assert [r if isinstance(r, str) else "died" for r in results] == \
            ["A", "B", "died", "C", "D", "E"]
        assert "twice" in str(results[2])
        # the broken executor and the spare the retry broke were both replaced
        assert pool.restarts >= 2
        assert pool.submit(_task, "after")() == "AFTER"


def test_an_exception_in_the_task_is_raised_as_it_is():
    with WorkerPool(1, mp_context=FORK) as pool:
        with pytest.raises(ValueError, match="a bad item"):
            pool.submit(_task, "raise")()
        assert pool.restarts == 0


def _one_or_die(args):
    if args[1] == "oom.pdf":
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_one(args)


_real_one = pool_module._one


def test_extract_pool_and_the_scan_stage_record_a_killed_worker_as_that_files_error(monkeypatch):
    monkeypatch.setattr(pool_module, "_one", _one_or_die)  # forked workers inherit it
    files = [(f"fil {i}: {FNR}".encode(), f"{i}.txt") for i in range(4)]
    files.insert(2, (b"%PDF-1.4 pretend this needs 40 GB", "oom.pdf"))
    with ExtractPool(ExtractLimits(), None, workers=2) as pool:
        results = list(pool.map(files))
        assert isinstance(results[2], WorkerDied)
        assert [r.pieces[0].text for i, r in enumerate(results) if i != 2] == \
            [f"fil {i}: {FNR}" for i in range(4)]
        # the stage keeps the error per file and never reads the hostile file in-process
        in_process = []
        stage = ExtractAttachments(lambda data, name: in_process.append(name), pool.map)
        assert stage._read_all(files)[2].__class__ is WorkerDied
        assert in_process == []
