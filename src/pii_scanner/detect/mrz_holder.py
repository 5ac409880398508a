r"""A passport's or ID card's holder in its visual zone, named again by its machine-readable zone.

A travel document (ICAO 9303, TD3) prints the holder's surname, given names and birth date
twice: in the visual zone under small labels (``Etternavn/Surname``, ``Fødselsdato/Date of
birth``) and in the machine-readable zone at the foot, line 1 ``P<NOR`` + surname + ``<<`` +
given names, line 2 the document number, nationality and the birth date as ``YYMMDD`` with its
check digit. A photo or scan read by OCR often garbles the small labels
(``Foduesdataareof bith``) or loses them, so nothing tells that ``DANIELSEN`` on a line of its
own is a surname or that ``31.10.1956`` is a birth date, while the zone's letters, printed
large in a monospaced face, read well.

Under the rule here, where a zone's line 1 stands right above a line 2 whose birth date passes
its check digit (a digit read ``O`` is a zero there), a visual line whose whole text is the
zone's surname or given names (the zone's letters are the name transliterated: ``Ø`` as ``O``
or ``OE``, ``Å`` as ``AA``) is PERSON, and a date in the text above the zone that is the
zone's birth date is DATE_OF_BIRTH. A zone whose check digit fails names nobody.

>>> text = ("NORGE PASS\nEtternavn/Surname\nSØRLIE\nFornavn/Given names\nKARI ANNE\n"
...         "Fødselsdato\n12.05.1986\nUtløpsdato\n01.02.2030\n"
...         "P<NORSOERLIE<<KARI<ANNE<<<<<<<<<<<<<<<<<<<<<\n"
...         "NK12345679NOR8605124F3002019<<<<<<<<<<<<<<04")
>>> [(kind, text[s:e]) for kind, s, e in holder_fields(text)]
[('PERSON', 'SØRLIE'), ('PERSON', 'KARI ANNE'), ('DATE_OF_BIRTH', '12.05.1986')]
>>> holder_fields(text.replace("8605124", "8605125"))
[]
"""

from __future__ import annotations

import unicodedata

import regex

from pii_scanner.detect.decisions import Candidate
from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.validators import mrz

#: line 1 of a TD3 zone, spaces taken out: document type, issuing state, surname << given names
_LINE_1 = lazy_compile(r"P[A-Z<][A-Z0<]{3}(?P<last>[A-Z]+(?:<[A-Z]+)*)<<(?P<first>[A-Z]+(?:<[A-Z]+)*)")
#: line 2's first fields, spaces taken out: number, its check digit, nationality, birth date, its check digit
_LINE_2 = lazy_compile(r"[A-Z0-9<]{9}[0-9O][A-Z0<]{3}(?P<born>[0-9O]{6})(?P<check>[0-9O])")
#: a date in the visual zone (day, month, year of four digits; dots, slashes, dashes or spaces)
_DATE = lazy_compile(r"(?<![\d.])(?P<d>\d{2})[./ -](?P<m>\d{2})[./ -](?P<y>\d{4})(?![\d])")
#: a visual line that may be a name: letters, spaces, hyphens, apostrophes
_NAME_LINE = lazy_compile(r"[\p{L}][\p{L}'’ -]*[\p{L}]")
#: how far above the zone the visual fields may stand
_REACH = 1500
SCORE = 0.9
RECOGNIZER = "mrz_holder"
_SPELLINGS = {"Ø": ("O", "OE"), "Æ": ("AE",), "Å": ("AA", "A"), "Ä": ("A", "AE"), "Ö": ("O", "OE"),
              "Ü": ("U", "UE")}


def _zone_names(value: str) -> set[str]:
    """The ways a zone writes ``value`` (upper-cased, Nordic letters transliterated either way,
    other marks dropped, spaces and hyphens as ``<``)."""
    out = {""}
    for ch in value.upper():
        if ch in _SPELLINGS:
            out = {o + s for o in out for s in _SPELLINGS[ch]}
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii() and (c.isalpha() or c in " -"))
        plain = plain.replace(" ", "<").replace("-", "<")
        out = {o + plain for o in out}
    return out


def holder_fields(text: str) -> list[tuple[str, int, int]]:
    """``(entity_type, start, end)`` of the holder's names and birth date above a zone."""
    if "<<" not in text:
        return []
    out: list[tuple[str, int, int]] = []
    pos = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        one = regex.sub(r"\s", "", lines[i])
        if "<<" not in one or not (m1 := _LINE_1.match(one)):
            continue
        two = regex.sub(r"\s", "", lines[i + 1])
        m2 = _LINE_2.match(two)
        if not m2:
            continue
        born, check = m2["born"].replace("O", "0"), m2["check"].replace("O", "0")
        if mrz.calc_check_digit(born) != check or not (1 <= int(born[2:4]) <= 12 and 1 <= int(born[4:6]) <= 31):
            continue
        names = {m1["last"], m1["first"]}
        top = max(0, starts[i] - _REACH)
        for j in range(i):
            if starts[j] < top:
                continue
            value = lines[j].strip(" \t")
            if _NAME_LINE.fullmatch(value) and _zone_names(value) & names:
                s = starts[j] + lines[j].index(value)
                out.append(("PERSON", s, s + len(value)))
        for m in _DATE.finditer(text, top, starts[i]):
            if m["y"][2:] + m["m"] + m["d"] == born:
                out.append(("DATE_OF_BIRTH", m.start(), m.end()))
        return out
    return []


def apply(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the holder's visual fields added (see module doc)."""
    found = holder_fields(text)
    for kind, start, end in found:
        if any(c.entity_type == kind and c.start <= start and end <= c.end for c in candidates):
            continue
        candidates.append(Candidate(kind, start, end, SCORE, RECOGNIZER,
                                    (("recognizer", RECOGNIZER), ("cue", "named by the document's machine-readable zone"),
                                     ("score", SCORE))))
    return candidates
