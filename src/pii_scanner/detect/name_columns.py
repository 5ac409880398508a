"""Names in the columns of a pasted table or export whose header names them.

``fornavn;etternavn;telefon`` over ``Kari;Hansen;41234567``, ``first_name,last_name,email``,
``Name<TAB>Email``: a cell under a name column is a name although no cue sits on its line
and a lone first name or surname scores too low. The header is a line of two fields or more
split by ``,``, ``;``, a tab or ``|``, one of them a name label; the rows under it, up to a
blank line or a row with another number of fields, are read cell by cell (a reply's quote
marks, ``> > ``, before a line are no part of it). A cell counts when
it is one to four words of letters, capitalised or on the name lists, and not all common
words, unless each is a capitalised listed name under a column of a name's own part (``Per``
under ``förnamn``, ``Hans`` under ``first_name``: round 34A); under a bare ``name``/``navn`` column (products and files have names too) it must open
with a listed first name, any further word a listed name too. A text with no name header
cell between delimiters costs one regex search. A paper form's labels over their boxes, as OCR
reads them, may stand a blank line above the values and hold a box's edge as a cell of dashes
(``Etternavn<TAB>——<TAB>Fornavn``; round 34F). The values of an SQL ``INSERT`` under a name
column of its column list are read the same way (:mod:`.sql_inserts`, round 33A).
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers, sql_inserts
from pii_scanner.detect.common_words import is_common
from pii_scanner.detect.name_words import finnish_surname
from pii_scanner.detect.regex_timeout import scan_timeout

#: header cells of name columns (lower-cased, quotes and spaces stripped, '-'/' ' as '_')
NAME_HEADERS = frozenset((
    "navn", "name", "namn", "nimi", "fornavn", "etternavn", "efternavn", "mellomnavn", "förnamn",
    "efternamn", "fornamn", "etternamn", "etunimi", "sukunimi", "first_name", "firstname",
    "last_name", "lastname", "surname", "given_name", "givenname", "family_name", "familyname",
    "full_name", "fullname", "fullt_navn", "middle_name", "kundenavn", "customer_name",
    "contact_name", "kontaktperson", "requester_name", "fulde_navn",
))
#: a bare 'name' column may hold products or files: its cells need a listed name word
_GENERIC = frozenset(("name", "navn", "namn", "nimi"))
_DELIMITERS = (";", "\t", "|", ",")
_CELL = lazy_compile(r"\p{L}[\p{L}'’\-]*(?:,?[ ]\p{L}[\p{L}'’\-]*){0,3}(?:[ ]\p{Lu}\.)?")
#: a name header cell between delimiters or line ends, somewhere in the lower-cased text: the
#: one search a text without such a table costs ('animi' in prose holds 'nimi', no cell does)
_HEADER_CELL = regex.compile(
    r"(?m)(?:^(?:[ ]*>)*|[;,\t|])[ \"']*(?:" + "|".join(
        regex.escape(h).replace("_", "[ _\\-]?") for h in sorted(NAME_HEADERS, key=len, reverse=True))
    + r")[ \"'\r]*(?:[;,\t|]|$)")
#: the marks a mail client puts before each quoted line ('> ', '> > ', '>>'): not part of the
#: table, so a sheet quoted in a reply keeps its columns
_QUOTE_MARKS = lazy_compile(r"(?:[ ]*>)+[ ]?")
#: a cell of rule marks alone: dashes, underscores, spaces (``——``, ``__``, `` – ``)
_RULE = lazy_compile(r"[ ]*[-–—_]+(?:[ ]*[-–—_]+)*[ ]*")
#: A piece every header word holds as written ('first name', 'fornavn', 'etunimi'): a line
#: without one holds no header cell
HEADER_MARKERS = ("nam", "navn", "nimi", "kontaktperson")


def column_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of each cell under a name column's header."""
    lowered = text.lower()
    found: list[tuple[int, int, str]] = []
    if "insert" in lowered:  # an SQL INSERT's column list heads its values (round 33A)
        for start, end, column in sql_inserts.cells(text):
            if (key := _key(column)) in NAME_HEADERS \
                    and (span := _name_cell(text, start, end, key in _GENERIC)) is not None:
                found.append(span + ("column header",))
    if "\n" not in text or not _has_header_cell(lowered):
        return found
    lines = text.split("\n")
    offsets, pos = [], 0
    for i, line in enumerate(lines):
        offsets.append(pos)
        pos += len(line) + 1
        if line.startswith((">", " >")):
            marks = _QUOTE_MARKS.match(line)
            if marks is not None:
                lines[i] = line[marks.end():]
                offsets[-1] += marks.end()
    index = 0
    while index < len(lines) - 1:
        header = _header(lines[index])
        if header is None:
            index += 1
            continue
        delimiter, width, columns, generic, ruled = header
        index += 1
        if delimiter == "\t" and index < len(lines) - 1 and not lines[index].strip():
            index += 1  # round 34F: a form's labels over its boxes, OCR's blank line between
        while index < len(lines) and lines[index].strip():
            cells = _split(lines[index], delimiter)
            if ruled:
                cells = [cell for cell in cells if not _rule_cell(lines[index][slice(*cell)])]
            if len(cells) != width:
                break
            if any(ch.isdigit() for column in columns for ch in lines[index][slice(*cells[column])]):
                break  # a date or a number under the name header: a two-column form's label
                # rows over value rows ('Fødselsdato<TAB>Mobil' / '12.03.1985<TAB>...'), no
                # name column below this (its 'Språk' would be read as one)
            for column in columns:
                start, end = cells[column]
                span = _name_cell(text, offsets[index] + start, offsets[index] + end,
                                  column in generic)
                if span is not None:
                    found.append(span + ("column header",))
            index += 1
    return found


def _has_header_cell(lowered: str) -> bool:
    """Whether ``_HEADER_CELL`` matches anywhere in ``lowered``: searched only on the lines
    holding a header marker (no header cell crosses a line), not at every comma of the prose."""
    searched = set()
    for marker in HEADER_MARKERS:
        at = lowered.find(marker)
        while at != -1:
            start = lowered.rfind("\n", 0, at) + 1
            end = lowered.find("\n", at)
            end = len(lowered) if end == -1 else end
            if start not in searched:
                searched.add(start)
                if _HEADER_CELL.search(lowered, start, end, **scan_timeout(end - start)) is not None:
                    return True
            at = lowered.find(marker, end)
    return False


def _header(line: str) -> tuple[str, int, list[int], set[int], bool] | None:
    """(delimiter, number of fields, indexes of name columns, those of bare 'name' columns,
    whether a cell of rule marks was left out) when ``line`` is such a header. A cell of
    dashes alone between two labels of a tab-split line is a form's rule or a box's edge as
    OCR read it (``Etternavn<TAB>——<TAB>Fornavn``, round 34F), no column: left out, in the
    rows under it too."""
    lowered = line.lower()
    if len(line) > 400 or _HEADER_CELL.search(lowered) is None:
        return None  # (most lines: prose, or a row of values)
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        cells = [line[a:b] for a, b in _split(line, delimiter)]
        ruled = delimiter == "\t" and any(map(_rule_cell, cells))
        keys = [_key(cell) for cell in cells if not (ruled and _rule_cell(cell))]
        columns = [i for i, key in enumerate(keys) if key in NAME_HEADERS]
        if columns and len(keys) >= 2:
            return delimiter, len(keys), columns, {i for i in columns if keys[i] in _GENERIC}, ruled
        return None  # (the first delimiter on a header line is its own)
    return None


def _rule_cell(cell: str) -> bool:
    """Whether ``cell`` holds dashes or underscores alone (a rule as OCR reads it: ``——``)."""
    return _RULE.fullmatch(cell) is not None


#: the name headers with their separators left out: a camelCase key's words run together
#: (``customerName``, ``contactName``: round 36E), as ``_HEADER_CELL`` finds them
_RUN_TOGETHER = {header.replace("_", ""): header for header in NAME_HEADERS}


def _key(cell: str) -> str:
    key = cell.strip().strip("\"'").strip().lower().replace(" ", "_").replace("-", "_")
    return _RUN_TOGETHER.get(key.replace("_", ""), key)


def _split(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each field of ``line``; a quoted field may hold the delimiter."""
    fields, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            fields.append((start, i))
            start = i + 1
    fields.append((start, len(line)))
    return fields


def _name_cell(text: str, start: int, end: int, listed: bool) -> tuple[int, int] | None:
    """The name in ``text[start:end]`` (quotes and spaces off), or None when it is none."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'\r":
        end -= 1
    if start >= end or _CELL.fullmatch(text, start, end) is None:
        return None
    cell = text[start:end]
    if "," in cell:  # 'Lindström, Mirall': the surname first
        last, _, given = cell.partition(",")
        words = given.split() + last.split()
    else:
        words = cell.split()
    if len(words) > 1 and len(words[-1]) == 2 and words[-1][1] == ".":
        words = words[:-1]  # 'Gitana H.': a surname shortened to its initial
    keys = [w.lower() for w in words]
    if "_".join(keys) in NAME_HEADERS:
        return None  # ('Etternavn' under 'Fornavn': a form's next label, read as a column)
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    if all(is_common(k) for k in keys) and (listed or not all(
            w[0].isupper() and (k in first or k in surnames) for w, k in zip(words, keys))):
        return None  # ('Ukjent', 'Ingen'; round 34A: but under a first name's or a surname's
        # own column a capitalised listed name that is also a word is the name, 'Per', 'Hans')
    if listed and not (keys[0] in first and (len(keys) == 1 or any(
            _listed(k, first, surnames) for k in keys[1:]))):
        return None  # ('Cable Set' under 'name': a product)
    if not (all(w[0].isupper() for w in words) or all(k in first or k in surnames for k in keys)):
        return None
    return start, end


def _listed(key: str, first, surnames) -> bool:
    """Whether ``key`` is a listed name, or a double-barrelled one of listed parts
    ('lundkvist-arvidsson'), or has a Finnish surname's shape ('koistinen')."""
    if key in first or key in surnames or finnish_surname(key):
        return True  # ('Niko Koistinen' under 'nimi': the lists hold no Finnish surnames)
    parts = key.split("-")
    return len(parts) > 1 and all(p in first or p in surnames for p in parts)
