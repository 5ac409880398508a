"""A driving licence's front read in its field order (EU model, Directive 2006/126/EC annex I).

An EU driving licence (Norwegian ``FØRERKORT``, Danish ``KØREKORT``, Swedish ``KÖRKORT``,
Finnish ``AJOKORTTI``, ``DRIVING LICENCE``, ``PERMIS DE CONDUIRE``) prints its values as
numbered fields in one order: 1. surname, 2. given names, 3. birth date and place, 4a. issue
date, 4b. expiry date, 4c. issuing authority, 4d. personal number, 5. licence number, 9.
categories. A photo or scan of one, read by OCR, keeps the values and their order but often
loses the small field numbers, so no label tells that ``HANSEN`` is a surname, that
``12.05.1986 Bergen`` is a birth date, or that the 8-digit licence number is no phone.

Under a title line (the title word alone with country names or ``EU-MODELL``, in capitals,
one OCR letter off allowed: ``FORERKORT``), the lines are read as fields: a visible field
number (``1. HANSEN``, ``4d. 12058695082``) names its field, and without one the order does.
Field 3 is the first line that opens with a date right after one or two name lines (or the
line numbered ``3.``); its name lines (1 and 2) are PERSON, its date DATE_OF_BIRTH; after it
the first number of a personal number's length that passes its country's check digits is 4d
(the country from the title or a country word in the header), and the next number line is
the licence number (5): no finding on it, nor on the 4a/4b dates.

A text without a title word's letters (``KORT``, ``LICEN``, ``CONDUIRE``) pays a few
substring tests and nothing more.

>>> text = "NORGE FØRERKORT\\nEU-MODELL\\nHANSEN\\nKARI ANNE\\n12.05.1986 Bergen\\n" \\
...        "01.02.2020 4b. 01.02.2035\\nStatens vegvesen\\n12058695082\\n12345678\\nB"
>>> [(f.field, text[f.start:f.end]) for f in fields(text)]
[('1', 'HANSEN'), ('2', 'KARI ANNE'), ('3', '12.05.1986'), ('4a', '01.02.2020'), ('4b', '01.02.2035'), ('4d', '12058695082'), ('5', '12345678')]
>>> fields("Jeg har mistet førerkortet mitt, ring meg på 91234567")
[]
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

import regex
from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.decisions import Candidate
from pii_scanner.detect.validators.dk import cpr
from pii_scanner.detect.validators.fi import hetu
from pii_scanner.detect.validators.no import fodselsnummer
from pii_scanner.detect.validators.se import personnummer

#: the cheap gate: a title word's letters (a text without any of them is no licence)
_GATE = ("KORT", "kort", "Kort", "LICEN", "Licen", "licen", "CONDUIRE", "onduire")
#: title words without diacritics, upper case, spaces left out; the country each names
_TITLES = {"FORERKORT": "NO", "FORARKORT": "NO", "KOREKORT": "DK", "KORKORT": "SE", "AJOKORTTI": "FI",
           "DRIVINGLICENCE": "", "DRIVINGLICENSE": "", "PERMISDECONDUIRE": ""}
#: other words a licence's header line holds (country names, the model)
_HEADER_WORDS = frozenset({"NORGE", "NOREG", "NORWAY", "KONGERIKET", "SVERIGE", "SWEDEN", "DANMARK", "DENMARK",
                           "SUOMI", "FINLAND", "EU", "MODELL", "MODEL", "EUMODELL", "EUMODEL", "EUROPEAN",
                           "UNION", "EUROPEISK", "UK", "REPUBLIC"})
_COUNTRIES = {"NORGE": "NO", "NOREG": "NO", "NORWAY": "NO", "SVERIGE": "SE", "SWEDEN": "SE", "DANMARK": "DK",
              "DENMARK": "DK", "SUOMI": "FI", "FINLAND": "FI"}
#: how many lines after the title a licence's fields may reach
_REACH = 24
#: a visible field number opening a line (after short OCR debris cells before a tab); its
#: full stop may be read as a comma, colon or semicolon ('2;\tPER')
_LABEL = lazy_compile(r"(?P<label>[1-9][abcd]?)[.,:;]?(?=[ \t])")
_DEBRIS = lazy_compile(r"[^\t]{1,4}\t")
_DATE = lazy_compile(r"(?:(?P<d>\d{2})[./-](?P<m>\d{2})[./-](?P<y>\d{4}|\d{2})"
                      r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2}))(?![\d.-]?\d)")
#: a name line: one to four words of letters (hyphen, apostrophe), each opening in capitals
_NAME = lazy_compile(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}")
#: a number line's value (digits with spaces, dashes or a plus), nothing else on the line
_NUMBER = lazy_compile(r"\d[\d +-]{5,20}\d")
#: a personal number's shape (10 or 12 digits, or 11 for a fødselsnummer; a dash or plus after the date)
_ID_SHAPE = lazy_compile(r"(?:\d{2})?\d{6}[+-]?\d{4}|\d{6} ?\d{5}")
#: a 4a/4b line's label inside it ('26.09.2025  4b. 26.09.2040')
_INNER_LABEL = lazy_compile(r"(?<=\s)4[ab][.,]?(?=\s)")
_CHECKS = {"NO": (fodselsnummer, "NO_FODSELSNUMMER"), "SE": (personnummer, "SE_PERSONNUMMER"),
           "DK": (cpr, "DK_CPR"), "FI": (hetu, "FI_PERSONAL_IDENTITY_CODE")}
SCORE = 0.9
RECOGNIZER = "licence_fields"


@dataclass(frozen=True, slots=True)
class Field:
    field: str
    start: int
    end: int
    entity_type: str | None  # None: a value that is no finding (4a, 4b, 5)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.upper().replace("Ø", "O").replace("Æ", "AE"))
    return "".join(ch for ch in decomposed if ch.isalpha())


def _near(a: str, b: str) -> bool:
    """At most one letter off (one substitution, insertion or deletion)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _title(line: str) -> str | None:
    """The country a licence title line names ('' for none), or None for no title line: the
    title word (one letter off allowed) in capitals, with only header words and OCR debris
    (one- or two-letter bits) besides."""
    words = [w for w in regex.split(r"[\s/-]+", line) if w]
    plain = [_plain(w) for w in words]
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            got = "".join(plain[i:i + size])
            if len(got) < 7 or any(not w.isupper() for w in words[i:i + size]):
                continue
            country = _TITLES.get(got, next((c for t, c in _TITLES.items() if _near(got, t)), None))
            if country is None:
                continue
            rest = plain[:i] + plain[i + size:]
            if all(w in _HEADER_WORDS or len(w) <= 2 for w in rest):
                return country or next((_COUNTRIES[w] for w in rest if w in _COUNTRIES), "")
    return None


def _lines(text: str, start: int):
    """(label or None, value start, value end, value) of each line from ``start``."""
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        at, label = pos, None
        while at < end and text[at] in " \t":  # (a line the engine opened with a tab: '\t\t2\tELISABETH')
            at += 1
        while (m := _LABEL.match(text, at, end)) or (
                not label and end - at > 6 and (m := _DEBRIS.match(text, at, end))):
            if m.re is _LABEL:  # (the last of a repeated one: '1\t1.\tHOLMGREN')
                label = m["label"]
            at = m.end()
            while at < end and text[at] in " \t":
                at += 1
        stop = end
        while stop > at and text[stop - 1] in " \t\r":
            stop -= 1
        yield label, at, stop, text[at:stop]
        pos = end + 1


def _date_at(value: str) -> regex.Match | None:
    m = _DATE.match(value)
    if not m:
        return None
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        date(int(y) if len(y) == 4 else 2000 + int(y), int(mo), int(d))
    except ValueError:
        return None
    return m


def _personal(value: str, country: str) -> str | None:
    compact = value.replace(" ", "")
    for code in ([country] if country else ["NO", "SE", "DK", "FI"]):
        module, entity = _CHECKS[code]
        if module.is_valid(compact) and (code != "NO" or len(compact) == 11):
            return entity
    return None


def _is_name(value: str) -> bool:
    return bool(_NAME.fullmatch(value)) and not any(_plain(w) in _HEADER_WORDS or _title(w) is not None
                                                     for w in value.split())


def fields(text: str) -> list[Field]:
    """The findings' fields of the first driving licence in ``text`` (see module doc)."""
    starts = set()
    for gate in _GATE:  # (only the lines holding a title word's letters are tried)
        at = text.find(gate)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(gate, at + len(gate))
    for pos in sorted(starts):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos <= 80 and (country := _title(text[pos:end])) is not None:
            found = _read(text, end + 1, country)
            if found:
                return found
    return []


def _read(text: str, start: int, country: str) -> list[Field]:
    lines = [ln for _, ln in zip(range(_REACH), _lines(text, start)) if ln[3]]
    for word in regex.findall(r"\p{L}+", text[max(0, start - 200):start]):  # a country word in the header
        country = country or _COUNTRIES.get(_plain(word), "")
    born = next((i for i, (label, *_rest, value) in enumerate(lines) if label == "3" and _date_at(value)), None)
    if born is None:
        born = next((i for i, (label, *_rest, value) in enumerate(lines)
                     if _date_at(value) and i and _is_name(lines[i - 1][3]) and label in (None, "3")), None)
    if born is None:
        return []
    out: list[Field] = []
    names = []
    for i in range(born - 1, max(-1, born - 3), -1):
        if not _is_name(lines[i][3]) or lines[i][0] not in (None, "1", "2"):
            break
        names.append(i)
    for n, i in enumerate(sorted(names)):
        label, s, e, _ = lines[i]
        out.append(Field(label or str(n + 1 + (len(names) == 1)), s, e, "PERSON"))
    label, s, _, value = lines[born]
    out.append(Field("3", s, s + _date_at(value).end(), "DATE_OF_BIRTH"))
    personal = licence = False
    for label, s, e, value in lines[born + 1:]:
        if label in ("1", "2", "3") or (label is None and _title(value) is not None):
            break  # (a second card, or the back)
        if label in ("4a", "4b") or (label is None and not personal and _date_at(value)):
            for part in (_DATE.finditer(value)):
                if _date_at(value[part.start():]):
                    inner = _INNER_LABEL.search(value, 0, part.start())
                    out.append(Field("4b" if inner or label == "4b" else "4a", s + part.start(), s + part.end(), None))
            continue
        number = _NUMBER.fullmatch(value) or (label and regex.fullmatch(r"\d{6,12}", value))
        if not number:
            continue
        entity = _personal(value, country) if label in (None, "4d") and not personal else None
        if entity and label != "5":
            out.append(Field("4d", s, e, entity))
            personal = True
        elif label == "4d" or (label is None and not personal and _ID_SHAPE.fullmatch(value)):
            personal = True  # (a personal number whose check digits fail: no finding, not field 5)
        elif label in (None, "5") and not licence:
            out.append(Field("5", s, e, None))
            licence = True
        if licence:
            break
    return out


def apply(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a licence's fields read: its values' findings added, and none kept
    on a value that is no finding (the licence number, the issue and expiry dates)."""
    found = fields(text)
    if not found:
        return candidates
    quiet = [(f.start, f.end) for f in found if f.entity_type is None]
    kept = [c for c in candidates if not any(c.start < e and s < c.end for s, e in quiet)]
    for f in found:
        if f.entity_type:
            kept.append(Candidate(f.entity_type, f.start, f.end, SCORE, RECOGNIZER,
                                  (("recognizer", RECOGNIZER), ("cue", f"driving licence field {f.field}"),
                                   ("score", SCORE))))
    return kept
