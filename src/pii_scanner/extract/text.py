"""Plain text in any encoding, CSV/TSV and HTML files.

Encodings are detected with ``charset-normalizer``. CSV/TSV rows become one piece each at
the row's cell range (``"A3:F3"``), cells joined by tabs, so a name and the number beside
it are read together. Long plain text is cut at line ends into parts of ``PART_CHARS``.
"""

from __future__ import annotations

import csv
import io
import re

from charset_normalizer import from_bytes

from pii_scanner.extract.job import Job
from pii_scanner.extract.pieces import ExtractError, TextPiece

PART_CHARS = 200_000


def utf16_encoding(data: bytes) -> str | None:
    """``"utf-16"`` for UTF-16 with a byte-order mark, ``"utf-16-le"``/``"utf-16-be"`` for
    UTF-16 without one (Excel's "Unicode text" and PowerShell exports), judged by where the
    zero bytes of Latin text fall; None for anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0:2 * half:2].count(0), sample[1:2 * half:2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


#: Characters Nordic (and German/French) text in Windows-1252 or Latin-1 has beyond ASCII.
#: When every such character of a cp1252 reading is one of these, that reading is taken:
#: charset-normalizer often calls short Norwegian text cp1250 ('Hĺkon', 'Fřdselsnr.').
_WESTERN = frozenset("ÆØÅæøåÄÖÜäöüßÉÈÊËéèêëÁÀÂáàâÍÎÏíîïÓÒÔóòôÚÙÛúùûÇçÑñÿ"
                     "\u00a0«»°§½¼¾±×€–—‘’‚“”„…•·´¨¸©®™")


def decode(data: bytes) -> str:
    """Text of ``data`` in its detected encoding (UTF-8 with replacement as a fallback)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", "replace")
    wide = utf16_encoding(data)
    if wide:
        return data.decode(wide, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = data.decode("cp1252", "replace")
    if all(ch in _WESTERN for ch in western if ord(ch) > 127):
        return western
    best = from_bytes(data[:2_000_000]).best()
    if best is None:
        return data.decode("utf-8", "replace")
    return data.decode(best.encoding, "replace")


def column_name(index: int) -> str:
    """Spreadsheet column letters for a 0-based index (0 → A, 26 → AA)."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def row_piece(cells: list[tuple[int, str]], row: int, prefix: str = "",
              header: dict[int, str] | None = None) -> TextPiece | None:
    """One piece for the non-empty ``(column index, text)`` cells of a row; ``header`` (the
    table's header cells by column) becomes its context, aligned with its cells."""
    cells = [(c, " ".join(t.split())) for c, t in cells if t and t.strip()]
    if not cells:
        return None
    first, last = cells[0][0], cells[-1][0]
    rng = f"{column_name(first)}{row}" + (f":{column_name(last)}{row}" if last != first else "")
    context = "\t".join(header.get(c, "") for c, _ in cells) if header else ""
    return TextPiece("\t".join(t for _, t in cells), f"{prefix}{rng}",
                     context=context if context.strip() else "")


def header_cells(cells: list[tuple[int, str]]) -> dict[int, str] | None:
    """The row as a table header (column -> label), or None when it holds data: a header
    row has at least one label and no digits at all."""
    labels = {c: " ".join(t.split()) for c, t in cells if t and t.strip()}
    if not labels or any(ch.isdigit() for t in labels.values() for ch in t):
        return None
    return labels


def text_pieces(data: bytes, job: Job) -> tuple[list[TextPiece], list[str]]:
    text = unfold_directory(decode(data))
    errors: list[str] = []
    if len(text) > job.limits.max_chars:
        errors.append(f"text longer than {job.limits.max_chars} characters; the rest was not read")
        text = text[: job.limits.max_chars]
    job.take_chars(len(text))
    return split_text(text, "text"), errors


_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\([nN,;:\\])")


def unfold_directory(text: str) -> str:
    """iCalendar (.ics) and vCard (.vcf) text as a person reads it: long lines are folded
    every 75 octets (a fold can split a number or a name), and commas, semicolons and line
    breaks in values are backslash-escaped. Other text is returned unchanged."""
    if not text.lstrip("\ufeff \r\n").upper().startswith(("BEGIN:VCALENDAR", "BEGIN:VCARD")):
        return text
    return "\n".join(_content_line(line) for line in _FOLD.sub("", text).splitlines())


_STRUCTURED = re.compile(r"^((?:item\d+\.)?(N|ADR)(?:;[^:]*)?:)(.*)$", re.I)


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _content_line(line: str) -> str:
    """One unfolded content line, unescaped; a vCard name (``N:Family;Given;;;``) and
    address (``ADR:;;Street;Town;;Code;Country``) written the way a person writes them."""
    m = _STRUCTURED.match(line)
    if not m:
        return _unescape(line)
    parts = [_unescape(p).strip() for p in re.split(r"(?<!\\);", m.group(3))]
    parts += [""] * (7 - len(parts))
    if m.group(2).upper() == "N":
        value = " ".join(p for p in (parts[3], parts[1], parts[2], parts[0], parts[4]) if p)
    else:
        town = " ".join(p for p in (parts[5], parts[3]) if p)
        value = ", ".join(p for p in (parts[0], parts[1], parts[2], town, parts[4], parts[6]) if p)
    return m.group(1) + value


def split_text(text: str, location: str) -> list[TextPiece]:
    """One piece, or parts cut at line ends when the text is long."""
    if len(text) <= PART_CHARS:
        return [TextPiece(text, location)] if text.strip() else []
    pieces, start, n = [], 0, 1
    while start < len(text):
        end = min(len(text), start + PART_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + PART_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        pieces.append(TextPiece(text[start:end], f"{location} part {n}"))
        start, n = end, n + 1
    return pieces


def csv_pieces(data: bytes, job: Job, delimiter: str | None = None) -> tuple[list[TextPiece], list[str]]:
    text = decode(data)
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    pieces: list[TextPiece] = []
    errors: list[str] = []
    try:
        header = None
        for r, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
            for _ in row:
                job.count_cell()
            piece = row_piece(list(enumerate(row)), r, header=header)
            if piece:
                if not pieces:
                    header = header_cells(list(enumerate(row)))
                pieces.append(piece)
    except ExtractError as exc:
        errors.append(str(exc))
    except csv.Error:
        errors.append("malformed CSV; read as plain text")
        return split_text(text, "text"), errors
    return pieces, errors


def html_pieces(data: bytes, job: Job) -> tuple[list[TextPiece], list[str]]:
    from pii_scanner.extract.html import html_to_text

    text, _ = html_to_text(decode(data))
    job.take_chars(len(text))
    return split_text(text, "text"), []
