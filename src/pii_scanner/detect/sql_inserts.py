"""The columns of an SQL ``INSERT`` pasted into a ticket (round 33A).

``INSERT INTO kunder (navn, fnr, telefon) VALUES ('Kari Berg', '12058695082', '41234567');``
names each value's field in its column list, as a CSV header names its column's: the n-th
value of every row tuple is the n-th column's. :func:`value_column` gives the column of a
value (a number recognizer's label, :func:`context.column_header`), :func:`cells` every value
with its column (the name columns, :mod:`.name_columns`). Only the plain form is read: a
column list, ``VALUES``, row tuples of quoted strings and bare literals (``''`` escapes a
quote); a tuple holding a call or a nested parenthesis ends the reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from pii_scanner.detect.lazy_regex import lazy_compile

#: 'INSERT INTO name (col, col, ...) VALUES ': the column list is group 1
_INSERT = lazy_compile(r"(?i)\binsert[ \t\n]+into[ \t\n]+[\w.`\"\[\]]{1,80}[ \t\n]*"
                       r"\(([^()'\n]{1,2000})\)[ \t\n]*values[ \t\n]*")
#: one value of a row tuple and what ends it (',' or ')'): a quoted string or a bare literal
_VALUE = lazy_compile(r"[ \t]*('(?:[^'\n]|'')*'|[^,()'\n]*?)[ \t]*([,)])")
_ROW_START = lazy_compile(r"[ \t\n]*,?[ \t\n]*\(")
_STRING = lazy_compile(r"'(?:[^'\n]|'')*'")
#: how far back from a value its statement's head is looked for
REACH = 4000


def _columns(column_list: str) -> list[str]:
    return [c.strip().strip('`"[]').strip().lower() for c in column_list.split(",")]


def value_column(text: str, start: int) -> str | None:
    """The column (lower case, as written) of the value starting at ``start`` (right after
    its opening quote, or its first character) in an ``INSERT``'s row tuple; None elsewhere.

    >>> value_column("insert into t (navn, fnr) values ('kari', '12058695082');", 43)
    'fnr'
    >>> value_column("insert into t (a, b) values (1, 2), (3, 4);", 40)
    'b'
    >>> value_column("select * from t where fnr in ('1', '2')", 35) is None
    True
    """
    lo = max(0, start - REACH)
    head = None
    for head in _INSERT.finditer(text, lo, start):
        pass
    if head is None:
        return None
    body = _STRING.sub("''", text[head.end():start])
    if body.count("'") % 2:
        body = body[:body.rfind("'")]  # (the value's own opening quote)
    if ";" in body:
        return None  # another statement
    row = body.rfind("(")
    if row == -1 or ")" in body[row:]:
        return None
    columns = _columns(head.group(1))
    index = body.count(",", row)
    return columns[index] if index < len(columns) else None


def cells(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, column) of every value of every ``INSERT`` in ``text``, a quoted value
    without its quotes.

    >>> t = "INSERT INTO t (navn, id) VALUES ('Kari Berg', 7), ('Ola', 8);"
    >>> [(t[a:b], c) for a, b, c in cells(t)]
    [('Kari Berg', 'navn'), ('7', 'id'), ('Ola', 'navn'), ('8', 'id')]
    """
    if "insert" not in text.lower():
        return
    for head in _INSERT.finditer(text):
        columns = _columns(head.group(1))
        pos = head.end() - 1
        while (row := _ROW_START.match(text, pos + 1)) is not None:
            pos = row.end() - 1
            index = 0
            while (value := _VALUE.match(text, pos + 1)) is not None:
                a, b = value.span(1)
                if b - a >= 2 and text[a] == "'" and text[b - 1] == "'":
                    a, b = a + 1, b - 1
                if index < len(columns) and b > a:
                    yield a, b, columns[index]
                index += 1
                pos = value.end() - 1
                if value.group(2) == ")":
                    break
            else:
                break  # a tuple not read to its end
