"""One scan per source at a time: an OS file lock that dies with its process.

A second concurrent ``scan`` of the same source fails at once with :class:`ScanLocked`;
a SIGKILLed scan leaves no stale lock (the OS releases it).
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from pii_scanner.errors import ScanLocked


def lock_path(lock_dir: Path, source_name: str) -> Path:
    digest = hashlib.sha256(source_name.encode()).hexdigest()[:16]
    return lock_dir / f"scan-{digest}.lock"


@contextmanager
def source_lock(lock_dir: Path, source_name: str):
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_path(lock_dir, source_name)
    lock = FileLock(str(path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        holder = _read_pid(path.with_suffix(".pid"))
        raise ScanLocked(
            f"another scan of {source_name} is running" + (f" (pid {holder})" if holder else "")
            + f"; lock file {path}"
        ) from None
    pid_file = path.with_suffix(".pid")
    try:
        pid_file.write_text(str(os.getpid()))
        yield path
    finally:
        pid_file.unlink(missing_ok=True)
        lock.release()


def _read_pid(path: Path) -> str | None:
    try:
        return path.read_text().strip() or None
    except OSError:
        return None
