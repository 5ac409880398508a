"""Other occurrences of a value that the text already holds as a finding.

A number is found by its label or its context where it is first written (``Personnummer:
760713-2003``); written again further down, alone (a quoted reply's copy, a sheet's formula bar
as a scan reads it, ``som sagt: 760713-2003``), it has neither, yet it is the same person's
number, and a redaction that masks one copy and leaves the other has masked nothing.
:func:`repeated_values` takes a text's resolved findings of the identifier types and finds each
value written again in the same spelling, as a token of its own, where no finding is: it gets
the same type and score, and an explanation that names the finding it repeats by its offset,
never by its text. Names have their own, stricter rule (:mod:`pii_scanner.detect.name_mentions`);
birth dates are not carried (the same date may well be another day's). Round 36C: a street
address with its house number is (``Stopp all post til Eriksenlyngen 99``, under ``Postadressen
min er Eriksenlyngen 99, 1553 Haraldvik``: the same street and number are the same address),
and so is its street alone, before the postcode the finding holds.
"""

from __future__ import annotations

import bisect

import ahocorasick
import regex

from pii_scanner.detect.decisions import Candidate

RECOGNIZER = "RepeatedValue"
#: the types whose value is an identifier: the same string is the same value wherever it stands
REPEATED_TYPES = frozenset((
    "NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "NO_ORGNR",
    "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "PASSPORT_NUMBER", "PHONE_NUMBER",
    "EMAIL_ADDRESS", "IP_ADDRESS", "GPS_COORDINATES"))
#: round 36C: addresses, carried where they hold a house number (:func:`_street_values`)
ADDRESS_TYPES = frozenset(("STREET_ADDRESS",))
#: the street of a found address, before its postcode ('Eriksenlyngen 99', 'Storgata 5B')
_STREET_HEAD = regex.compile(r"[^\n,]*?\p{L}[^\n,]*?[ ]\d{1,4}[A-Za-z]?(?=,?[ ]?\n|,[ ])")
#: shorter values (a short phone's digits, 'FH123456') are carried only where they stand again
#: as long as this
MIN_CHARS = 8
_GLUE_BEFORE = "_@-/+.:="
_GLUE_AFTER = "_@"
#: findings x characters above which one automaton scan finds the values written twice, not
#: one count of the text per value (a 100 KB text holds hundreds of values: that many scans of it;
#: below, the counts cost less than building the automaton: 10 KB x 50 findings measured +0.3 %)
_ONE_SCAN_ABOVE = 5_000_000


def _own_token(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a token of its own: no letter, digit or joining
    mark runs into it ('X760713-2003', '760713-20031', 'kari@firma.no.uk', a path)."""
    before = text[start - 1] if start else " "
    if before.isalnum() or before in _GLUE_BEFORE:
        return False
    after = text[end] if end < len(text) else " "
    if after.isalnum() or after in _GLUE_AFTER:
        return False
    return not (after in ".-/," and end + 1 < len(text) and text[end + 1].isalnum())


def _written_twice(text: str, values: set[str]) -> set[str]:
    """The ``values`` that ``text`` holds twice or more without the two overlapping, as
    ``text.count(value) > 1`` tells, by one Aho-Corasick scan for all of them (a value's first
    occurrence is the one that ends first, and a count finds a second one exactly where one
    starts at or after its end)."""
    if not values:
        return set()
    automaton = ahocorasick.Automaton()
    for value in values:
        automaton.add_word(value, value)
    automaton.make_automaton()
    first_end: dict[str, int] = {}
    twice: set[str] = set()
    for last, value in automaton.iter(text):  # (in the order of the occurrences' ends)
        if value not in first_end:
            first_end[value] = last + 1
        elif last + 1 - len(value) >= first_end[value]:
            twice.add(value)
    return twice


def _street_values(text: str, found: list[Candidate]) -> list[tuple[str, Candidate]]:
    """Round 36C: ``(value, finding)`` for each street address found with a house number: the
    whole value, and, where a postcode or a line follows the house number in it, the street
    before them (written again, an address is often the street alone)."""
    out = []
    for c in found:
        if c.entity_type not in ADDRESS_TYPES or c.end - c.start < MIN_CHARS:
            continue
        value = text[c.start:c.end]
        if not any(ch.isdigit() for ch in value):
            continue
        out.append((value, c))
        head = _STREET_HEAD.match(value)
        if head is not None and len(head.group()) >= MIN_CHARS:
            out.append((head.group(), c))
    return out


def repeated_values(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates for the copies of ``found``'s identifier values that no finding covers;
    ``found`` are a text's resolved findings (:func:`decisions.resolve`: no two overlap)."""
    # (a value the text holds once has no copy: most have none, and a count is one scan in C,
    # in a long text one automaton scan for all values; occurrences that overlap the first
    # one, all a count of one leaves, overlap one another, and so the finding, and are no
    # copies)
    values = [(text[c.start:c.end], c) for c in found if c.entity_type in REPEATED_TYPES
              and c.end - c.start >= MIN_CHARS]
    values += _street_values(text, found)
    if len(found) * len(text) <= _ONE_SCAN_ABOVE:  # (most texts: a count per value)
        sources = [(v, c) for v, c in values if text.count(v) > 1]
    else:
        twice = _written_twice(text, {v for v, _ in values})
        sources = [(v, c) for v, c in values if v in twice]
    if not sources:
        return []
    # the spans taken, sorted by start: the findings (resolved, so none overlaps another) and
    # the copies added (each where nothing is), so their ends sort alike and one look at the
    # last span starting before a copy's end tells whether any overlaps it, not a scan of all
    # spans for every occurrence (a long text repeats its values hundreds of times)
    spans = sorted((c.start, c.end) for c in found)
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    out: list[Candidate] = []
    carried: set[str] = set()
    for value, source in sorted(sources, key=lambda vc: (vc[1].start, -len(vc[0]))):
        if value in carried:
            continue
        carried.add(value)
        pos = text.find(value)
        while pos != -1:
            end = pos + len(value)
            at = bisect.bisect_left(starts, end)  # the spans starting before ``end``: ``[:at]``
            if (at == 0 or ends[at - 1] <= pos) and _own_token(text, pos, end):
                starts.insert(at, pos)
                ends.insert(at, end)
                out.append(Candidate(source.entity_type, pos, end, source.score, RECOGNIZER, (
                    ("recognizer", RECOGNIZER), ("repeats_finding_at", source.start),
                    ("score", round(source.score, 3)))))
            pos = text.find(value, pos + 1)
    return out
