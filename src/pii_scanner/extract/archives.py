"""ZIP archives (nested ones too) under depth, member-count, byte and ratio limits.

Members are named by their position (``"member 3"``), never by file name, because file
names can carry personal data; the names themselves become one piece (``"member names"``)
so they are scanned like any other text. Members are read in bounded chunks, so a lying
header or a zip bomb stops at the limit instead of filling memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from pii_scanner.extract.job import Job
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, relocated

Nested = Callable[[bytes, str | None, Job], Extracted]
CHUNK = 1 << 16


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ExtractError("unreadable ZIP archive") from None


def check_container(data: bytes, job: Job) -> None:
    """Refuse an Office file (a ZIP inside) whose parts unpack past the byte limit."""
    with open_zip(data) as zf:
        total = sum(i.file_size for i in zf.infolist())
    if total > job.limits.max_total_bytes:
        raise ExtractError(f"parts unpack to {total} bytes, over the {job.limits.max_total_bytes}-byte limit")


def zip_pieces(data: bytes, job: Job, nested: Nested) -> tuple[list[TextPiece], list[str]]:
    pieces: list[TextPiece] = []
    errors: list[str] = []
    with open_zip(data) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        names = "\n".join(i.filename for i in infos[: job.limits.max_members])
        if names.strip():
            pieces.append(TextPiece(names, "member names"))
        if len(infos) > job.limits.max_members:
            errors.append(f"{len(infos)} members; members after {job.limits.max_members} not read")
        for n, info in enumerate(infos[: job.limits.max_members], 1):
            label = f"member {n}"
            try:
                child = job.child()
                blob = read_member(zf, info, job)
            except ExtractError as exc:
                errors.append(f"{label}: {exc}")
                if "archive limit" in str(exc):
                    break
                continue
            res = nested(blob, info.filename, child)
            pieces.extend(relocated(p, label) for p in res.pieces)
            errors.extend(f"{label}: {e}" for e in res.errors)
    return pieces, errors


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, job: Job) -> bytes:
    """Member bytes, stopping at the ratio, per-file and archive-total limits."""
    lim = job.limits
    if info.flag_bits & 0x1:
        raise ExtractError("encrypted member")
    declared_ratio = info.file_size / max(info.compress_size, 1)
    if declared_ratio > lim.max_ratio:
        raise ExtractError(f"compression ratio {declared_ratio:.0f} over the limit of {lim.max_ratio:g}")
    cap = min(lim.max_bytes, int(max(info.compress_size, 1) * lim.max_ratio))
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                out += chunk
                job.budget.archive_bytes += len(chunk)
                if job.budget.archive_bytes > lim.max_total_bytes:
                    raise ExtractError(f"archive limit of {lim.max_total_bytes} unpacked bytes reached")
                if len(out) > cap:
                    raise ExtractError(f"unpacks past {cap} bytes (size or ratio limit)")
    except ExtractError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExtractError(f"damaged member ({type(exc).__name__})") from None
    return bytes(out)
