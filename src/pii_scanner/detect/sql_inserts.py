"""The columns of an SQL ``INSERT`` pasted into a ticket (round 33A).

``INSERT INTO kunder (navn, fnr, telefon) VALUES ('Kari Berg', '12058695082', '41234567');``
names each value's field in its column list, as a CSV header names its column's: the n-th
value of every row tuple is the n-th column's. :func:`value_column` gives the column of a
value (a number recognizer's label, :func:`context.column_header`), :func:`cells` every value
with its column (the name columns, :mod:`.name_columns`). Only the plain form is read: a
column list, ``VALUES``, row tuples of quoted strings and bare literals (``''`` escapes a
quote); a tuple holding a call or a nested parenthesis ends the reading. Round 36E: an
``INSERT`` with no column list names no value's field; :func:`unlabelled_table` gives a whole
quoted literal's table, where a recognizer may count the literal as a field's whole value.
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


#: 'INSERT INTO name VALUES ': no column list, the table's name is group 1
_INSERT_BARE = lazy_compile(r"(?i)\binsert[ \t\n]+into[ \t\n]+([\w.`\"\[\]]{1,80})[ \t\n]*values[ \t\n]*\(")


def unlabelled_table(text: str, start: int, end: int) -> str | None:
    """The table's name (lower case) when ``text[start:end]`` is a whole quoted string literal
    of a row tuple of an ``INSERT`` with no column list, which names no value's field; None
    elsewhere (round 36E).

    >>> t = "INSERT INTO kund VALUES (17, '8112189876', 'Anna Berg');"
    >>> unlabelled_table(t, 30, 40), unlabelled_table(t.replace("'8112189876'", "8112189876"), 29, 39)
    ('kund', None)
    >>> t = "INSERT INTO kund VALUES ('Anna Berg', '8112189876');"
    >>> unlabelled_table(t, 39, 49), unlabelled_table(t, 26, 35)
    ('kund', 'kund')
    >>> unlabelled_table("INSERT INTO kund VALUES ('a'); x '8112189876'", 34, 44) is None
    True
    >>> unlabelled_table("INSERT INTO kund (id, pnr) VALUES (17, '8112189876');", 41, 51) is None
    True
    """
    if text[start - 1:start] != "'" or text[end:end + 1] != "'":
        return None
    head = None
    for head in _INSERT_BARE.finditer(text, max(0, start - REACH), start):
        pass
    if head is None:
        return None
    body = _STRING.sub("", text[head.end() - 1:start - 1])
    if "'" in body or ";" in body or ")" in body[body.rfind("("):]:
        return None  # inside another literal, another statement, or past the row tuple
    return head.group(1).strip('`"[]').lower()


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
