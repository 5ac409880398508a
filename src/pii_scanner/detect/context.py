"""Context words around a match: a bounded window, so every lookup is O(window), never O(text).

A term of one or two letters must equal a word; a longer term matches a word that starts
with it, and a term of five or more letters also a word that contains it, which catches
Nordic compounds such as ``depositumskonto`` or ``fødselsnummeret``. Terms with a space
or punctuation are matched as phrases; one ending in punctuation (``f.``) not before a letter
(``f.eks.``); an abbreviation written whole (``dob``: :data:`WHOLE_ABBREVIATIONS`, round
35C) not before a letter either (``Dobson``). A term of four or more letters also matches with its
Nordic letters written plainly (``fodselsnummer``, ``Fodelsedatum``): OCR drops diacritics
on small screenshot labels, and people type without them. Irregular inflections that do not
start with the term (``fødselsnumrene``, ``konti``) come from :mod:`.inflections`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable

import ahocorasick
import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers, inflections, sql_inserts

_WORD = lazy_compile(r"\w+")


def last_text_memo(func):
    """``func(text)`` remembered for the last ``text`` (the same object) it was asked about:
    the recognizers of one text ask the same whole-text question in turn (round 34D). Only
    the last text is held, as the street recognizer's facts are; the pair is replaced whole,
    so a thread never reads one text's answer for another."""
    last: tuple = (None, None)

    @functools.wraps(func)
    def memo(text: str):
        nonlocal last
        held = last
        if held[0] is not text:
            held = last = (text, func(text))
        return held[1]

    return memo


#: What each Nordic letter may be written as when a diacritic is lost (OCR, plain keyboards).
PLAIN_FORMS = {"ø": ("ø", "ö", "o"), "ö": ("ö", "ø", "o"), "å": ("å", "a"), "ä": ("ä", "æ", "a"),
               "æ": ("æ", "ä", "ae"), "é": ("é", "e"), "ü": ("ü", "u")}
FOLD_MIN_LETTERS = 4


#: a short note in parentheses between a label and its value, a format hint or a qualifier
#: ('Date of birth (DD/MM/YYYY): ', 'Personnummer (ÅÅÅÅMMDD-NNNN): ', 'Telefon (mobil) ')
_LABEL_NOTE = lazy_compile(r"\([^()\n]{1,24}\)[ \t]?[:=]?[ \t]{0,2}$")


def window(text_lower: str, start: int, end: int, before: int, after: int) -> str:
    """The lower-cased text just before and after a span, joined by a newline; a word the
    window's edge cuts is left out (the end of 'hamid' is no 'id', the start of 'idrett' no
    'id'). A short note in parentheses right before the span (a format hint,
    ``(dd/mm/yyyy):``) does not count against ``before``: the label stands before it.

    >>> window("hamid onarheim 9", 15, 16, 12, 0)
    ' onarheim \\n'
    >>> window("date of birth (dd/mm/yyyy): 1", 28, 29, 16, 0)
    'date of birth (dd/mm/yyyy): \\n'
    """
    # (the note's ')' stands at most five characters before the span, ') : ' aside: round
    # 37B, a regex call saved for nearly every span)
    if start and text_lower[start - 1] in " \t:=)" and ")" in text_lower[max(0, start - 5):start] \
            and (note := _LABEL_NOTE.search(text_lower, max(0, start - 32), start)) is not None:
        before += note.end() - note.start()
    return (text_lower[_after_cut_word(text_lower, max(0, start - before)):start] + "\n"
            + text_lower[end:_before_cut_word(text_lower, min(len(text_lower), end + after))])


def _after_cut_word(text: str, pos: int) -> int:
    """``pos``, or past the rest of the word it falls inside."""
    if 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum():
        while pos < len(text) and text[pos].isalnum():
            pos += 1
    return pos


def _before_cut_word(text: str, pos: int) -> int:
    """``pos``, or back to the start of the word it falls inside."""
    if 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum():
        while pos > 0 and text[pos - 1].isalnum():
            pos -= 1
    return pos


#: a list item's end (``, ``, ``; ``) or a sentence's (``. `` before a word: ``Hyran är 8 700
#: SEK. Ni når mig på 08-…``; not a label's abbreviation before its value, ``Kundenr. 123``)
_CLAUSE_END = lazy_compile(r"[,;]\s|[.!?][ \t]+(?=\p{L})")
#: the end of an earlier value followed by a new label ('mobil: 40380685 org.nr: '), or by
#: a list's field separator alone ('CPR 181079-9526 - ', round 31A: a spaced dash, a bar, a
#: bullet): the words before that value describe it, not the next one
_VALUE_THEN_LABEL = lazy_compile(r"\d[\t ]+(?=[^\d\n]*\p{L}[^\d\n]*$)|\d[\t ]+[-|•·][\t ]+$")


_OWN_LABEL = lazy_compile(r"(?:(?<![\p{L}\d])[\p{L}][\p{L}.\-/]*[ \t]){0,1}"
                          r"(?<![\p{L}\d])[\p{L}][\p{L}.\-/]*[ \t]?[:=#.]?[ \t]{0,2}$")


def own_label(text_lower: str, start: int) -> str:
    """The one or two words right before a value at ``start`` on its line, with nothing but a
    colon, ``=``, ``#`` or spaces between them and it (``'min ordre danish cpr 170165-0774'``
    -> ``'danish cpr '``); empty when a digit or anything else comes between.

    >>> own_label("min ordre danish cpr 170165-0774", 21)
    'danish cpr '
    >>> own_label("ordre 12, fnr: 0101", 15)
    'fnr: '
    >>> own_label("tlf (mobil) 4123", 12)
    ''
    """
    head = text_lower[max(0, start - 48):start]
    match = _OWN_LABEL.search(head)
    return match.group() if match else ""


#: a word of a label, and the endings of a word that names a kind of number ('Medlemsnr',
#: 'Kundenummer', 'Medlemsnumre', 'Tilausnumero', 'Employee no')
LABEL_WORD = lazy_compile(r"\p{L}[\p{L}.\-]*")
NUMBER_LABEL_ENDS = ("nummer", "nummeret", "numre", "numrene", "nummerne", "numret", "numren",
                     "numrena", "nr", "nr.", "number", "numbers", "numero", "numerot", "no.")


def names_a_number(label_lower: str) -> bool:
    """Whether a label holds a compound naming a kind of number (not a bare ``nummer``).

    >>> names_a_number("ansattnummer: "), names_a_number("nummer: "), names_a_number("ekstra: ")
    (True, False, False)
    """
    return any(word.endswith(NUMBER_LABEL_ENDS) and word not in NUMBER_LABEL_ENDS
               for word in LABEL_WORD.findall(label_lower))


def clause_window(text_lower: str, start: int, end: int, before: int, after: int) -> str:
    """Like :func:`window`, but the part before the span starts after the last ``, `` or
    ``; ``, after a sentence's end (round 27A: ``. `` before a word) and at its own line: a
    word in the previous list item (``fnr 010203 12345, tlf 41234567``) or sentence (``kr.
    Ring meg på …``) describes that item, not this one, nor does a label before an earlier value on
    the line (``mobil: 40380685 org.nr: 907 848 566``), and a heading on a line above
    (``HUSLEIEKONTRAKT``) describes the document, not the number. The one exception is a
    label line right above a number that starts its line (``Ordre:`` / ``12345678``).

    >>> clause_window("fnr 1, tlf 2", 11, 12, 24, 0)
    'tlf \\n'
    >>> clause_window("kontrakt\\nfnr 2", 13, 14, 24, 0)
    'fnr \\n'
    >>> clause_window("se under.\\nordre:\\n2", 17, 18, 24, 0)
    'ordre:\\n\\n'
    >>> clause_window("mobil: 4038 org.nr: 9", 20, 21, 24, 0)
    'org.nr: \\n'
    >>> clause_window("cpr 1812 - 9", 11, 12, 24, 0), clause_window("cpr 1812-9", 9, 10, 24, 0)
    ('\\n', 'cpr 1812-\\n')
    >>> clause_window("> ordre:\\n> 2", 11, 12, 24, 0)
    '> ordre:\\n> \\n'
    >>> clause_window("99 sek. ring 2", 13, 14, 24, 0), clause_window("kundenr. 2", 9, 10, 24, 0)
    ('ring \\n', 'kundenr. \\n')
    """
    head = text_lower[_after_cut_word(text_lower, max(0, start - before)):start]
    cut = None
    if "," in head or ";" in head or "." in head or "!" in head or "?" in head:
        for cut in _CLAUSE_END.finditer(head):  # (round 37B: only where one of its marks is)
            pass
    if cut is not None:
        head = head[cut.end():]
    value = _VALUE_THEN_LABEL.search(head)
    if value is not None:
        head = head[value.end():]
    newline = head.rfind("\n")
    if newline != -1:
        own = head[newline + 1:]
        above = head[:newline].rstrip(" \t")
        label = above[above.rfind("\n") + 1:]
        # (a quoted reply's '> ' marks count as the line's start: '> Ordre:\n> 12345678')
        # a form read line by line puts a short label without its colon on the line above a
        # value alone on its own ('Polisenummer\n28375536')
        head = label + "\n" + own if not own.strip(" \t>") and (
            label.endswith(":") or _split_label(label, text_lower, end)) else own
    return head + "\n" + text_lower[end:_before_cut_word(text_lower,
                                                          min(len(text_lower), end + after))]


def _split_label(label: str, text_lower: str, end: int) -> bool:
    r"""Whether ``label`` is a form field's label naming a number (one to three words, no
    digits, the last one a number's: ``…nummer``, ``…nr``, ``number``) over a value that ends
    its line. A line that names no number is a heading or a signature's department
    (``Spørsmål om faktura``, ``Kari Nordmann\nFaktura\n91234567``), not the value's label.

    >>> _split_label("polisenummer", "x\n", 1), _split_label("polisenummer", "x y", 1)
    (True, False)
    >>> _split_label("husleiekontrakt for boliglokaler i oslo.", "x\n", 1)
    False
    >>> _split_label("claim number", "x\n", 1), _split_label("faktura", "x\n", 1)
    (True, False)
    """
    return (0 < len(label) <= 32 and label.count(" ") <= 2 and _LABEL_LINE.fullmatch(label) is not None
            and label.rstrip(" .").endswith(_NUMBER_LABEL_ENDINGS)
            and (end == len(text_lower) or text_lower[end] in "\r\n"))


#: how the last word of a label naming a number ends ('polisenummer', 'skadenr', 'policy no.')
_NUMBER_LABEL_ENDINGS = ("nummer", "numret", "nummeret", "nr", "number", " no", "numero")
_LABEL_LINE = lazy_compile(r"[> ]*\p{L}[\p{L} .\-/]*")


def line_start(text: str, pos: int) -> int:
    r"""The start of the line holding ``pos``: after the last newline before it, 0 on the first
    line (``text.rfind("\n", 0, pos) + 1``).

    >>> line_start("Navn:\nKari Berg", 11), line_start("Navn:\nKari", 3), line_start("a\nb", 2)
    (6, 0, 2)
    """
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    r"""The end of the line holding ``pos``: its first newline at or after ``pos``, or the
    text's end on the last line.

    >>> line_end("Kari Berg\nOslo", 2), line_end("Kari Berg\nOslo", 11), line_end("a\nb", 1)
    (9, 14, 1)
    """
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    r"""The start and end of the line that holds ``text[start:end]``: :func:`line_start` of
    ``start`` and :func:`line_end` of ``end`` (one position: ``line_bounds(text, pos, pos)``).

    >>> text = "Navn\tKari Berg\nTlf 41234567"
    >>> [text[a:b] for a, b in (line_bounds(text, 5, 14), line_bounds(text, 19, 27))]
    ['Navn\tKari Berg', 'Tlf 41234567']
    """
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def cell_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    r"""The start and end of the line or tab-separated cell that holds ``text[start:end]``:
    after the nearest newline or tab before ``start``, up to the nearest after ``end``.

    >>> text = "Navn\tGundersen, Marianne\nKari"
    >>> [text[a:b] for a, b in (cell_bounds(text, 5, 14), cell_bounds(text, 27, 31))]
    ['Gundersen, Marianne', 'Kari']
    """
    cell_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    cell_end = min((i for i in (text.find("\n", end), text.find("\t", end)) if i != -1),
                   default=len(text))
    return cell_start, cell_end


def cell_above(text_lower: str, start: int) -> str:
    r"""The cell in the same column of the nearest non-blank row above, when that row holds
    no digit (a label row): a form laid out in two columns, label rows over value rows
    ('Fornavn<TAB>Etternavn' / 'Kari<TAB>Hansen' / 'Fødselsdato<TAB>Mobil' / '12.03.1985<TAB>
    ...'), where the table's header is only the first label row; empty otherwise.

    >>> cell_above("fornavn\tetternavn\nkari\thansen\nfødselsdato\tmobil\n12.03.1985\t+47 99", 48)
    'fødselsdato'
    >>> cell_above("dato\tsum\n12.03.2024\t100\n12.03.1985\t200", 24)
    ''
    """
    row_start = line_start(text_lower, start)
    column = text_lower.count("\t", row_start, start)
    end = row_start - 1
    while end > 0:
        prev = text_lower.rfind("\n", 0, end) + 1
        row = text_lower[prev:end]
        if row.strip():
            if "\t" not in row or any(ch.isdigit() for ch in row):
                return ""
            cells = row.split("\t")
            return cells[column].strip() if column < len(cells) else ""
        end = prev - 1
    return ""


def row_label(text_lower: str, start: int) -> str:
    r"""The first cell of a two-cell row when the value at ``start`` is its second cell and
    that cell holds no digit: a form laid out as a two-column sheet, a label and its value
    per row ('Navn<TAB>Kari' / 'Fødselsdato<TAB>12.03.1985'); empty otherwise.

    >>> row_label("navn\tkari\nfødselsdato\t12.03.1985", 22)
    'fødselsdato'
    >>> row_label("navn\tdato\n2\t12.03.1985", 12)
    ''
    """
    line = text_lower[line_start(text_lower, start):start]
    label, tab, rest = line.partition("\t")
    if not tab or "\t" in rest or rest.strip() or any(ch.isdigit() for ch in label):
        return ""
    return label.strip()


def table_separator(line: str) -> str:
    r"""The cell separator of a table row: a tab, a markdown table's pipe (the row opens with
    one: ``| Kari Berg | 12.03.1985 |``, also in a quoted reply), a semicolon or a comma;
    '' for none.

    Round 33A: also a pipe table without its outer pipes, two cells' ``' | '`` or more
    (``Navn | Personnummer | Telefon``, as a plain-text export pads its columns).

    >>> [table_separator(r) for r in ("a\tb;c", "> | a; b | c |", "a;b,c", "a, b", "a | b")]
    ['\t', '|', ';', ',', '']
    >>> table_separator("navn | telefon | e-post")
    '|'
    """
    if "\t" in line:
        return "\t"
    if line.lstrip(" >").startswith("|") or line.count(" | ") >= 2:
        return "|"
    return ";" if ";" in line else "," if "," in line else ""


def cell_head(text: str, start: int) -> str | None:
    r"""The part of a tab- or pipe-separated table cell before ``start`` (from the cell's
    separator), or None when ``start`` is in no such cell: what labels a value in a table
    besides its column's header. A word in another cell of the row is that cell's
    (``SKU-55407-XL<TAB>Arne<TAB>912 63 082``: the article code says nothing of the phone;
    round 36E). Semicolons and commas are left out: prose writes them too.

    >>> cell_head("sku-1\tarne\t912 63 082", 11), cell_head("sku 1, 912 63 082", 7) is None
    ('', True)
    """
    line_start, line_end = line_bounds(text, start, start)
    sep = table_separator(text[line_start:line_end])
    if sep not in ("\t", "|"):
        return None
    return text[max(line_start, text.rfind(sep, line_start, start) + 1):start]


def column_header(text: str, start: int, max_rows: int = 60) -> str:
    r"""For a cell of a tab-, pipe-, semicolon- or comma-separated table, the header cell of its
    column ('' otherwise); for a value of an SQL ``INSERT``'s row, its column's name
    (:mod:`.sql_inserts`).

    Pasted spreadsheets and CSV exports (``Navn;Fødselsnummer;Telefon``) and markdown tables
    (``| Navn | Fødselsdato |`` over ``|---|---|``) put the label rows above the value; a pipe,
    semicolon or comma table's rows must all have as many cells as this one (prose uses them
    too), and a comma table's header cells must be short field names. Only ``max_rows`` lines
    are walked, so the cost per match stays bounded.

    >>> column_header("| navn | fødselsdato |\n|---|---|\n| kari | 12.03.1985 |", 42)
    ' fødselsdato '
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    if "(" in line and ("values" in line or "VALUES" in line or line.lstrip().startswith("(")) \
            and (column := sql_inserts.value_column(text, start)) is not None:
        return column  # an SQL INSERT's row: the column list is its header (round 33A)
    sep = table_separator(line)
    if not sep:
        return ""
    if "f" in line and (bar := _FORMULA_BAR.match(line)) is not None and start - line_start >= bar.end():
        return _referenced_header(text, line_end, bar["column"])  # 'B5<TAB>fx<TAB>270183-9563'
    # (a quoted CSV field may hold the separator: :func:`separators`; most rows hold no quote)
    cells = line.count(sep) if '"' not in line else separators(line, sep)
    column = text.count(sep, line_start, start) if '"' not in line \
        else separators(text[line_start:start], sep)
    if column and text[line_start:start].rstrip(" \t").endswith(":"):
        # round 35F: a form's field, its label's colon in the cell before ('Mobil:<TAB>410 57
        # 194' under 'Article No:<TAB>SKU-15373-XL'): no table, the line above is another field
        return ""
    top = line_start
    for _ in range(max_rows):
        if top == 0:
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        row = text[prev:top - 1]
        if sep not in row or sep != "\t" and (
                row.count(sep) if '"' not in row else separators(row, sep)) != cells:
            break
        top = prev
    if top == line_start:
        return ""
    header_end = text.find("\n", top)
    header = split_cells(text[top:header_end], sep)
    if sep == "," and not all(_CSV_HEADER_CELL.fullmatch(cell) for cell in header):
        return ""  # prose lines with as many commas, not a CSV header ('Hei, takk for svar')
    return header[column].lower() if column < len(header) else ""


def header_words(cell: str) -> str:
    r"""A header cell as context: as written and, when spaces split it, also run together
    (``Fodelse Datum`` -> ``fodelsedatum``, ``Person Nr`` -> ``personnr``: a "Title Case"
    export writes a compound's parts apart; round 33A).

    >>> header_words("fodelse datum"), header_words(" telefon ")
    ('fodelse datum\nfodelsedatum', ' telefon ')
    """
    words = cell.split()
    return cell + "\n" + "".join(words) if len(words) > 1 else cell


_INNER_SPACE = lazy_compile(r"(?<=\p{L}) (?=\p{L})")
_DIGIT = lazy_compile(r"\d")
#: a digit that opens a run of digits (a value's); one glued to the letters before it is a
#: field name's (``sha256``, ``addressLine1``, ``ipv4``: round 36E)
_VALUE_DIGIT = lazy_compile(r"(?<![\p{L}\d])\d")


@last_text_memo
def header_rows_run_together(text: str) -> str:
    """The lines of ``text`` that may be a table's header row (a space in a cell, two tabs,
    semicolons, commas or pipes or more, no digit), each with the space between two letters
    left out: where a split header cell (:func:`header_words`) may name a context word, for a
    whole text's cheap gate ('' when there is none).

    >>> header_rows_run_together("ref;kund namn;fodelse datum\\n1;kari berg;01.01.1990")
    'ref;kundnamn;fodelsedatum'
    >>> header_rows_run_together("namn\\tfodelse datum\\tsha256\\nkari berg\\t01.01.1990\\tde44e6")
    'namn\\tfodelsedatum\\tsha256'
    """
    rows = [row for row in text.split("\n") if " " in row and (
        row.count("\t") > 1 or row.count(";") > 1 or row.count(",") > 1 or row.count("|") > 1)
        and _VALUE_DIGIT.search(row) is None]
    return "\n".join(_INNER_SPACE.sub("", row) for row in rows)


#: how far before its ':' or '=' a split label is read (three words and quotes)
_SPLIT_LABEL_REACH = 40


def _split_label_before(text_lower: str, mark: int) -> tuple[int, str] | None:
    """(start, words) of a label of two or three words of letters split by single spaces,
    opening its line, a JSON member or a cell, that ends (quotes and spaces aside) right
    before the ``:`` or ``=`` at ``mark`` (``Fødsels Dato:``, ``"Fodsels Dato":``)."""
    low = max(0, mark - _SPLIT_LABEL_REACH)
    start = text_lower.rfind("\n", low, mark) + 1
    if start == 0 and low > 0:  # a long line: a JSON member's, a cell's label, or none
        start = max(text_lower.rfind(",", low, mark), text_lower.rfind("{", low, mark),
                    text_lower.rfind("\t", low, mark)) + 1
        if start == 0:
            return None  # (a sentence, not a label)
    label = text_lower[start:mark].strip(" \t\"'")
    if " " not in label:
        return None  # (most labels: one word, 'Telefon:', '"phone":')
    opened = max(label.rfind("{"), label.rfind(","), label.rfind("\t"))
    if opened != -1:  # a JSON member's or a cell's label after its '{', ',' or tab
        label = label[opened + 1:].strip(" \t\"'")
    words = label.split(" ")
    if not 2 <= len(words) <= 3 or not all(word.isalpha() for word in words):
        return None
    return text_lower.rindex(label, start, mark), label


def split_label(text: str, text_lower: str, start: int) -> str:
    """The label right before a value at ``start``, run together where spaces split it into
    capitalised words (``Fødsels Dato: 19.09.1970`` -> ``fødselsdato``, ``"Person Nr": "``
    -> ``personnr``: a "Title Case" form or key writes a compound's parts apart, as a
    table's header cell does, :func:`header_words`; round 34A); '' when there is none.

    >>> split_label("Fødsels Dato: 19.09.1970", "fødsels dato: 19.09.1970", 14)
    'fødselsdato'
    >>> split_label("Min fødsels dato: 19.09.1970", "min fødsels dato: 19.09.1970", 18)
    ''
    """
    low = max(0, start - 4)
    head = text_lower[low:start].rstrip(" \t\"'")
    if head[-1:] not in (":", "="):
        return ""  # (most values: no label's mark right before them)
    found = _split_label_before(text_lower, low + len(head) - 1)
    if found is None:
        return ""
    at, words = found
    if not all(word[:1].isupper() for word in text[at:at + len(words)].split(" ")):
        return ""
    return words.replace(" ", "")


@functools.lru_cache(maxsize=2)
def split_labels_run_together(text_lower: str) -> str:
    """Every label split by spaces before a ``:`` or ``=`` (:func:`_split_label_before`), run
    together, one a line: where a split label (:func:`split_label`) may name a context word,
    for a whole text's cheap gate ('' when there is none; read once per text, whatever the
    recognizers that ask it).

    >>> split_labels_run_together("navn: kari\\nfødsels dato: 1.2.1990\\nsaken gjelder dette: x")
    'fødselsdato\\nsakengjelderdette'
    """
    labels = []
    for sign in (":", "="):
        mark = text_lower.find(sign)
        while mark != -1:
            if (found := _split_label_before(text_lower, mark)) is not None:
                labels.append(found[1].replace(" ", ""))
            mark = text_lower.find(sign, mark + 1)
    return "\n".join(labels)

#: a CSV field in double quotes, which may hold the separator ('"Storgata 5, 0155 Oslo"')
_QUOTED_FIELD = lazy_compile(r'"[^"\n]*"')


def _unquoted(row: str, sep: str) -> str:
    """``row`` with its quoted fields emptied and, after an unclosed quote (the row cut inside
    a quoted field), cut off: where only the separators that split cells remain."""
    if '"' not in row or sep not in ",;":
        return row
    row = _QUOTED_FIELD.sub('""', row)
    return row[:row.rfind('"')] if row.count('"') % 2 else row


def separators(row: str, sep: str) -> int:
    """How many separators split ``row``'s cells: in a comma or semicolon table not those
    inside a quoted field (RFC 4180, round 33A: a CSV export quotes an address with a comma).

    >>> separators('kari,"storgata 5, 0155 oslo",41234567', ","), separators('1,"a, b', ",")
    (2, 1)
    """
    return _unquoted(row, sep).count(sep)


def split_cells(row: str, sep: str) -> list[str]:
    """``row``'s cells (a quoted field with the separator in it is one cell, as
    :func:`separators` counts them).

    >>> split_cells('navn,"adresse, sted",tlf', ",")
    ['navn', '"adresse, sted"', 'tlf']
    """
    if '"' not in row or sep not in ",;":
        return row.split(sep)
    hidden = _QUOTED_FIELD.sub(lambda m: m.group().replace(sep, "\x00"), row)
    return [cell.replace("\x00", sep) for cell in hidden.split(sep)]


#: A spreadsheet's formula bar as a scan of the sheet reads it: the name box with the selected
#: cell's address (its row digits often read as letters: 'BS' for 'B5', 'Al' for 'A1'), the
#: ``fx`` mark, then the cell's value
_FORMULA_BAR = lazy_compile(r"[ \t]*(?P<column>[A-Za-z])[A-Za-z0-9]{0,5}[ \t]+(?:fx|ƒx|f\(x\))[ \t]+")
#: a sheet's row of column letters ('A<TAB>B<TAB>C'), which OCR reads between the bar and the header
_COLUMN_LETTERS = lazy_compile(r"[ \t]*(?:[A-Za-z][ \t]+)*[A-Za-z][ \t]*")


def _referenced_header(text: str, bar_end: int, column: str, reach: int = 4) -> str:
    """The header cell, in the first rows under a formula bar ending at ``bar_end``, of the
    column whose letter the name box shows: the sheet's first row ('1<TAB>Navn<TAB>CPR-nr.'),
    its row number cell first (read or lost), the row of column letters skipped."""
    pos = bar_end
    for _ in range(reach):
        if pos == -1:
            return ""
        nxt = text.find("\n", pos + 1)
        row = text[pos + 1:nxt if nxt != -1 else len(text)]
        pos = nxt
        if "\t" not in row or _COLUMN_LETTERS.fullmatch(row):
            continue
        cells = row.split("\t")
        if cells[0].strip() not in ("", "1"):
            return ""
        index = 1 + ord(column.upper()) - ord("A")
        return cells[index].lower() if index < len(cells) else ""
    return ""


#: A comma-separated header cell: a short field name ('telefon', '"E-post"', 'first_name'),
#: one word or a few, no sentence
_CSV_HEADER_CELL = lazy_compile(r"[ ]*\"?[\p{L}_][\p{L}\d_./()\-]{0,29}"
                                 r"(?:[ ][\p{L}\d_./()\-]{1,20}){0,2}\"?[ ]*")


@last_text_memo
def split_words(text: str) -> str:
    """The words of ``text`` that a ``_``/``-`` splits as a field key does (:data:`_KEY_SPLIT`:
    ``fodsels_dato``, ``födelse-datum=``), each read whole, one a line ('' when there is
    none): where a whole-text gate finds a split compound (:meth:`Terms.search`)."""
    if "_" not in text and "-" not in text:
        return ""
    words = []
    for mark in _KEY_SPLIT.finditer(text):
        at = mark.start()
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), at - 40) + 1
        end = min(x for x in (text.find(" ", at), text.find("\n", at), at + 40, len(text))
                  if x != -1)
        # (the character after the word too: a kebab-case key's mark is read before its
        # ': ', 'fodelse-datum: 1968-10-23', round 35F)
        words.append(_KEY_SPLIT.sub("", text[start:end + 1]).rstrip())
    return "\n".join(words)


class Terms:
    """Context terms found with one Aho-Corasick automaton (see module doc for the matching
    rule). Every spelling a term may take (its plain forms, its irregular inflections) is a
    key of the automaton; the word-boundary rules are checked on each occurrence found. At one
    start position the longest term wins, so ``fødselsnummer`` is reported, not ``fødselsn``
    as well. A C scan plus a check per occurrence is 3-5x faster than a regex alternation of
    the same terms, which the ``regex`` module tries term by term at every position."""

    __slots__ = ("terms", "_automaton", "_run_together")

    def __init__(self, terms: Iterable[str]):
        self.terms = tuple(dict.fromkeys(t.lower() for t in terms))
        irregular = inflections.forms()
        expanded = dict.fromkeys(self.terms)
        #: phrases run together, as a field name writes them ('personalnumber', 'phonenumber':
        #: a key in lower case, round 33A), where no term of the list spells them so
        self._run_together = frozenset(
            term.replace(" ", "") for term in self.terms
            if " " in term and all(part.isalpha() for part in term.split(" "))) - set(self.terms)
        for term in self.terms:
            expanded.update(dict.fromkeys(irregular.get(term, ())))
        expanded.update(dict.fromkeys(sorted(self._run_together)))
        spellings: dict[str, list[_Rule]] = {}
        for rank, term in enumerate(sorted(expanded, key=len, reverse=True)):
            rule = _rule(term, rank)
            for spelling in _spellings(term):
                spellings.setdefault(spelling, []).append(rule)
        self._automaton = None
        if spellings:
            self._automaton = ahocorasick.Automaton()
            for spelling, rules in spellings.items():
                self._automaton.add_word(spelling, (len(spelling), tuple(rules)))
            self._automaton.make_automaton()

    def _found(self, text: str) -> dict[int, tuple[int, str]]:
        """Start position -> (rank, spelling) of the term that wins there."""
        found: dict[int, tuple[int, str]] = {}
        if self._automaton is None:
            return found
        for last, (length, rules) in self._automaton.iter(text):
            start, after = last - length + 1, last + 1
            for rank, word_start, word_end, no_letter_after, false_starts in rules:
                if word_start and start > 0 and _WORD_CHAR.match(text, start - 1) \
                        or word_end and _WORD_CHAR.match(text, after) \
                        or no_letter_after and _LETTER.match(text, after) \
                        or false_starts and text.startswith(false_starts, start):
                    continue
                if start not in found or rank < found[start][0]:
                    found[start] = (rank, text[start:after])
        return found

    def search(self, text: str) -> bool:
        """Whether any term occurs anywhere in ``text`` (also a split compound, as :meth:`hits`,
        read in the split words alone: a whole text is not read twice)."""
        if self._found(text):
            return True
        words = split_words(text)
        return bool(words) and bool(self._found(words))

    def spans(self, win: str) -> list[tuple[int, int]]:
        """Where the terms found in ``win`` stand (``(start, end)``, in order)."""
        return [(start, start + len(spelling))
                for start, (_rank, spelling) in sorted(self._found(win).items())]

    def hits(self, win: str) -> tuple[str, ...]:
        """The terms found in ``win`` as written there, each once, in first-seen order; a
        compound that a field name splits with ``_`` or ``-`` (``fodsels_dato``,
        ``födelse-datum``, ``person_nr``) is also read whole (round 33A)."""
        found = self._found(win)
        seen = [found[start][1] for start in sorted(found)]
        if ("_" in win or "-" in win) and _KEY_SPLIT.search(win) is not None:
            seen += self._joined_hits(win, seen)
        if self._run_together and len(seen) > 1:
            # a phrase and its run-together spelling ('ID number' over a header cell read
            # 'idnumber' too: :func:`header_words`) are one term seen
            spelled = {_plain(term) for term in seen if term not in self._run_together}
            seen = [term for term in seen if term not in self._run_together
                    or _plain(term) not in spelled]
        return tuple(dict.fromkeys(seen))

    def _joined_hits(self, win: str, seen: list[str]) -> list[str]:
        """The terms that only ``win`` read with its split compounds whole names: each across
        a ``_``/``-`` left out, and none that a term already seen spells (``e-post``)."""
        # where each left-out mark stood, in the joined text's offsets
        cuts = [m.start() - i for i, m in enumerate(_KEY_SPLIT.finditer(win))]
        found = self._found(_KEY_SPLIT.sub("", win))
        plain = {_plain(term) for term in seen}
        out = []
        for start in sorted(found):
            term = found[start][1]
            if any(start < cut < start + len(term) for cut in cuts) and _plain(term) not in plain:
                out.append(term)
        return out


#: (rank, word start required, word end required, no letter may follow, words it does not
#: start) of one term
_Rule = tuple[int, bool, bool, bool, tuple[str, ...]]
#: words that start with a short term but are other words (round 27A): the Nordic 'jobb'
#: (work: 'ring meg på jobben 22…') is no build log's 'job', and the operators Telia and
#: Telenor are no 'tel' label ('mejlen kari@telia.com. personnummer …')
FALSE_STARTS = {"job": ("jobb",), "tel": ("telia", "telenor")}
#: round 35C: short terms that are abbreviations written whole ('DOB', 'bday'): they start no
#: longer word that means the same, so a letter after one makes it another word, a surname's
#: start above all ('James Dobson <james.dobson@…>' over a mail header's 'Sent: 16/04/2025')
WHOLE_ABBREVIATIONS = frozenset(("dob", "bday"))
_WORD_CHAR = lazy_compile(r"\w")
#: a '_' between two letters, or a '-' in a word before '=' or a quoted key's colon, or in a
#: lower-case word before a plain colon and a space (round 34A: a YAML key, 'personal-number:
#: 7911033061'): where a field name joins the parts of its words ('fodsels_dato',
#: 'födelse-datum=', '"Fodsels-Dato":'), read away to find the compound they write (a hyphen in
#: prose, 'e-post', stays); led by the mark itself, so the lookbehind is tried only at a '_' or
#: '-' (a whole text's scan ~35 % faster)
_KEY_SPLIT = lazy_compile(r"(?=[_\-])(?<=\p{L})(?:_(?=\p{L})|-(?=\p{L}[\p{L}\-]*(?:=|[\"']:))"
                          r"|(?<=\p{Ll})-(?=\p{Ll}[\p{Ll}\-]*:[ \t]))")


def _plain(term: str) -> str:
    """A term without its spaces, dashes and underscores: how a joined reading spells it."""
    return term.replace(" ", "").replace("-", "").replace("_", "")
_LETTER = lazy_compile(r"\p{L}")


def _rule(term: str, rank: int) -> _Rule:
    """How ``term`` must sit among the words around it (see module doc)."""
    if " " in term or not term.isalnum():
        # an abbreviation ('f.', 'b.') is not the start of a longer one ('f.eks.') or of a
        # domain ('kari@b.no')
        return rank, term[0].isalnum(), False, not term[-1].isalnum(), ()
    if len(term) >= 5:
        return rank, False, False, False, ()
    return rank, True, len(term) <= 2, term in WHOLE_ABBREVIATIONS, FALSE_STARTS.get(term, ())


def _spellings(term: str) -> list[str]:
    """``term`` and, from four letters on, every spelling with its Nordic letters plain."""
    if sum(ch.isalpha() for ch in term) < FOLD_MIN_LETTERS:
        return [term]
    return ["".join(parts) for parts in itertools.product(*(PLAIN_FORMS.get(ch, (ch,))
                                                            for ch in term))]


@functools.lru_cache(maxsize=256)
def _shared(terms: tuple[str, ...], _forms) -> Terms:
    return Terms(terms)


def shared_terms(terms: Iterable[str]) -> Terms:
    """The :class:`Terms` of ``terms``, built once per distinct list (and inflection table):
    a recognizer class's words serve each of its languages' instances (a ``Terms`` never
    changes once built)."""
    return _shared(tuple(terms), inflections.forms)


def hits(win: str, terms: Iterable[str]) -> tuple[str, ...]:
    """The terms that occur in ``win`` (convenience form of :class:`Terms`)."""
    return Terms(terms).hits(win)


#: a person's name right before an opening parenthesis ('Kari Hansen (', 'vakt: Ola Berg (')
NAME_BEFORE_PAREN = lazy_compile(r"(?<![\w])(\p{Lu}[\p{Ll}\-]+)(?:[ ]\p{Lu}[\p{Ll}\-]+){0,2}[ ]?\($")


def after_name_in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether the number stands alone in parentheses right after a person's name ('Grethe
    Myhre (90948908)', 'Vakthavende: Kari Berg (44 01 71 14)'): the name's own number, as a
    signature or a roster writes it; the name's first word a listed first name."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False  # (most numbers: no parenthesis round them)
    match = NAME_BEFORE_PAREN.search(text, max(0, start - 60), start)
    return match is not None and gazetteers.fold(match.group(1).lower()) in gazetteers.first_names()
