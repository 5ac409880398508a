"""Machine formats and extraction artefacts read as a person reads them, for the decoded view.

Helpdesk tickets hold text that a program wrote or that was pulled out of a file, pasted as
it came (the extractor, :mod:`pii_scanner.extract`, decodes the files it reads itself; a
ticket body gets what the writer pasted):

* iCalendar and vCard source (``BEGIN:VCALENDAR``, ``BEGIN:VCARD``): a line longer than 75
  octets is folded, the rest on the next line after one space (RFC 5545 3.1, RFC 6350 3.2),
  and a fold can cut a name, a number or an address in two; a value's commas, semicolons and
  line breaks are backslash-escaped (``Storgata 1\\, 0150 Oslo``, ``...\\nCPR: ...``). The
  view leaves the folds out and reads the escapes.
* RFC 2047 encoded words in raw mail headers (``From: =?utf-8?q?Bj=C3=B8rn_Hansen?= <...>``,
  ``=?UTF-8?B?S2FyaSBCZXJn?=``): read decoded, and the white space between two of them left
  out, as a mail reader shows them.
* URL query strings (``?navn=Kari%20Nordmann&adresse=Storgata+5%2C+0155+Oslo``, a form's
  or an API's request pasted from a log or a browser): a parameter's value is read with its
  percent escapes decoded (a run of them as UTF-8: ``%C3%B8`` is ``ø``) and its form-encoded
  spaces (``+`` between two letters or digits; a ``+`` opening a value, ``tlf=+4791234567``,
  stays one, and so does one in an e-mail address, ``kari+zendesk%40firma.no``, as people
  paste it) read as spaces, as the receiving server reads it.
* PDF text: ligatures (``ﬁ``, ``ﬀ``, ``ﬂ``: ``Soﬁe``) read as their letters, a word cut at
  a line's end by a hyphen between two lower-case letters (``Fødsels-`` / ``nummer``) read
  whole, and a number wrapped after its own dash (``120586-`` / ``95082``) read on one line.

Each helper returns edits ``(source start, source end, what the view reads)`` for
:func:`pii_scanner.detect.escapes.edited_view`, and costs a substring test on text without
the shape.

>>> directory_edits("BEGIN:VCARD\\r\\nTEL:+47 912\\r\\n 34 567\\r\\nADR:;;Gata 1\\\\, Oslo")
[(24, 27, ''), (47, 49, ',')]
>>> encoded_word_edits("From: =?utf-8?q?Bj=C3=B8rn?= =?utf-8?q?_Hansen?= <b@x.no>")
[(6, 28, 'Bjørn'), (28, 29, ''), (29, 48, ' Hansen')]
>>> pdf_edits("Soﬁe, fødsels-\\nnummer 120586-\\n95082")
[(2, 3, 'fi'), (13, 15, ''), (29, 30, '')]
>>> query_edits("GET /k?navn=Kari+Berg&adr=Gata%201%2C%200150%20Oslo&tlf=+4791234567")
[(16, 17, ' '), (30, 33, ' '), (34, 40, ', '), (44, 47, ' ')]
"""

from __future__ import annotations

import base64
import binascii
import codecs
from email import quoprimime
from urllib.parse import unquote

import regex

from pii_scanner.detect.lazy_regex import lazy_compile

#: an iCalendar or vCard object's first line (the one test a text without one pays)
_DIRECTORY = lazy_compile(r"(?im)^[ \t]*BEGIN:V(?:CALENDAR|CARD|EVENT|TODO|JOURNAL)[ \t]*\r?$")
#: a fold (a line break and the one space or tab that opens the continuation) or an escape
_DIRECTORY_EDIT = lazy_compile(r"(?P<fold>\r?\n[ \t])|\\(?P<escape>[nN,;\\])")
#: one encoded word (RFC 2047: charset, optional language, Q or B, text)
_ENCODED_WORD = lazy_compile(r"=\?(?P<charset>[A-Za-z0-9_.:+-]{1,40})(?:\*[A-Za-z-]{1,20})?"
                              r"\?(?P<kind>[QqBb])\?(?P<text>[^?\s]{0,600})\?=")
#: white space between two encoded words (left out when they are read)
_BETWEEN_WORDS = lazy_compile(r"[ \t]*(?:\r?\n[ \t]+)?[ \t]*")
#: a run of percent escapes ('%20', '%C3%B8' as one run: a UTF-8 letter's bytes)
PERCENT = lazy_compile(r"(?:%[0-9A-Fa-f]{2})+")
#: a form-encoded space inside a value ('Storgata+1,+0155+Oslo', 'navn=Kari+Nordmann'); a plus
#: opening a value stays one ('?tlf=+4791234567')
FORM_SPACE = lazy_compile(r"(?<=[\p{L}\p{N},.])\+(?=[\p{L}\p{N}%])")
#: a query string's parameter value ('?navn=…', '&adresse=…'), up to the next '&', space or '#'
_QUERY_VALUE = lazy_compile(r"(?<=[?&][\w.\-\[\]]{1,40}=)[^&\s#]+")
#: the Unicode Latin ligatures PDF text extraction leaves (U+FB00-U+FB06)
_LIGATURE = lazy_compile(r"[\ufb00-\ufb06]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
#: a word hyphenated at a line's end: a lower-case letter, '-', the line break, a lower-case
#: letter ('Fødsels-\nnummer'; 'Nord-\nNorge' and '- punkt' lists keep theirs)
_LINE_END_HYPHEN = lazy_compile(r"(?<=\p{Ll}\p{Ll})-\r?\n(?=\p{Ll})")
#: a line broken after the dash inside a number ('120586-' / '95082'): the break is left out
_NUMBER_DASH_BREAK = lazy_compile(r"(?<=\d-)\r?\n(?=\d)")


def directory_edits(source: str) -> list[tuple[int, int, str]]:
    """Folds left out and value escapes read, in iCalendar or vCard text."""
    if "BEGIN:" not in source and "begin:" not in source or _DIRECTORY.search(source) is None:
        return []
    edits = []
    for match in _DIRECTORY_EDIT.finditer(source):
        escape = match.group("escape")
        read = "" if escape is None else "\n" if escape in "nN" else escape
        edits.append((match.start(), match.end(), read))
    return edits


#: an iCalendar attendee that is a room or a resource (RFC 5545 CUTYPE), and its CN's value
_RESOURCE_ATTENDEE = lazy_compile(r"(?im)^ATTENDEE;(?=[^:\n]*CUTYPE=(?:RESOURCE|ROOM)[;:])"
                                   r"[^:\n]*?CN=(\"[^\"\n]*\"|[^;:\n]*)")


def resource_names(text: str) -> list[tuple[int, int]]:
    r"""The spans of the names of an invitation's rooms and resources (``ATTENDEE;CUTYPE=ROOM;
    CN=Møterom Ibsen:mailto:...``): offices name their rooms after people, and such a name
    is no attendee's.

    >>> text = "ATTENDEE;CN=Kari Berg:mailto:k@x.no\nATTENDEE;CUTYPE=RESOURCE;CN=Rom Ibsen:mailto:r@x.no"
    >>> [text[a:b] for a, b in resource_names(text)]
    ['Rom Ibsen']
    """
    if "CUTYPE=R" not in text and "cutype=r" not in text:
        return []
    return [match.span(1) for match in _RESOURCE_ATTENDEE.finditer(text)]


def _holds_vcard(text: str) -> bool:
    """Whether ``text`` holds a directory object (a line ``BEGIN:VCARD``, or another
    ``BEGIN:V…``, where the text names a vCard in either case); a text without ``BEGIN:VCARD``
    costs a substring test."""
    return ("BEGIN:VCARD" in text or "begin:vcard" in text) and _DIRECTORY.search(text) is not None


#: a vCard's name properties (RFC 6350 6.2.1-2, a group's prefix and parameters allowed): ``FN``
#: the formatted name, ``N`` its parts 'Family;Given;Additional;Prefixes;Suffixes'
_CARD_NAME = lazy_compile(r"(?im)^(?:[\w\-]+\.)?(?P<prop>FN|N)(?:;[^:\n]{0,200})?:(?P<value>[^\r\n]{1,300})")
#: one name in a part: capitalised words of letters ('Nordmann', 'Anne-Marie', "O'Brien")
_CARD_WORDS = lazy_compile(r"\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,3}")


def card_names(text: str) -> list[tuple[int, int, str]]:
    r"""(start, end, why) of the names a vCard's ``FN:`` and ``N:`` lines hold: the formatted
    name, and the family, given and additional names of ``N`` (``N:Nordmann;Kari;;;``, the
    surname first; prefixes and suffixes, ``Dr.``, are left out). The property says what the
    value is, so a surname that is also a word (``N:Lund;Emilie;;;``) is a name there (round
    34A). A text without ``BEGIN:VCARD`` costs a substring test.

    >>> text = "BEGIN:VCARD\nN:Lund;Emilie;;Dr.;\nFN:Emilie Lund\nEND:VCARD"
    >>> [text[a:b] for a, b, _ in card_names(text)]
    ['Lund', 'Emilie', 'Emilie Lund']
    """
    if not _holds_vcard(text):
        return []
    found = []
    for match in _CARD_NAME.finditer(text):
        value = match.group("value")
        if match.group("prop").upper() != "FN":  # 'N': family;given;additional, each may
            value = ";".join(value.split(";")[:3])  # hold several values split by ','
        for name in _CARD_WORDS.finditer(text, match.start("value"),
                                         match.start("value") + len(value)):
            if text[name.start() - 1] in ":;, " and text[name.end():name.end() + 1] in ";,\r\n":
                found.append((name.start(), name.end(), "vCard name"))
    return found


#: a vCard's address property (RFC 6350 6.3.1): 'PO box;extended;street;locality;region;
#: postal code;country'
_CARD_ADDRESS = lazy_compile(r"(?im)^(?:[\w\-]+\.)?ADR(?:;[^:\n]{0,200})?:(?P<value>[^\r\n]{1,400})")
#: the parts of ``ADR`` that name places: the locality, the region and the country
_PLACE_PARTS = (3, 4, 6)


def card_places(text: str) -> list[tuple[int, int]]:
    r"""The spans of the locality, region and country of a vCard's ``ADR`` lines: places,
    though a town may be named like a person (``ADR:;;Storgata 5;Johannessen;;6565;Norge``:
    round 36E). A text without ``BEGIN:VCARD`` costs a substring test.

    >>> text = "BEGIN:VCARD\nN:Lie;Kari;;;\nADR;TYPE=home:;;Storgata 5;Hansen;Viken;6565;Norge\nEND:VCARD"
    >>> [text[a:b] for a, b in card_places(text)]
    ['Hansen', 'Viken', 'Norge']
    """
    if not _holds_vcard(text):
        return []
    found = []
    for match in _CARD_ADDRESS.finditer(text):
        at = match.start("value")
        for index, part in enumerate(match.group("value").split(";")):
            if index in _PLACE_PARTS and part.strip():
                found.append((at, at + len(part)))
            at += len(part) + 1
    return found


def encoded_word_edits(source: str) -> list[tuple[int, int, str]]:
    """Each RFC 2047 encoded word read decoded (one in an unknown charset or not decodable
    stays as written), and the white space between two decoded ones left out."""
    if "=?" not in source:
        return []
    edits: list[tuple[int, int, str]] = []
    last_end = -1
    for match in _ENCODED_WORD.finditer(source):
        read = _decoded_word(match)
        if read is None:
            last_end = -1
            continue
        if last_end >= 0 and _BETWEEN_WORDS.fullmatch(source, last_end, match.start()):
            if match.start() > last_end:
                edits.append((last_end, match.start(), ""))
        edits.append((match.start(), match.end(), read))
        last_end = match.end()
    return edits


def _decoded_word(match: regex.Match) -> str | None:
    try:
        codec = codecs.lookup(match.group("charset"))
    except LookupError:
        return None
    text = match.group("text")
    try:
        if match.group("kind") in "Bb":
            raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        else:
            raw = quoprimime.header_decode(text).encode("latin-1")  # ('_' a space, '=C3' a byte)
        read = raw.decode(codec.name)
    except (binascii.Error, ValueError, UnicodeError):
        return None
    return read if read.isprintable() else None


def url_escape_edits(text: str, pos: int = 0, endpos: int | None = None,
                     spaces: bool = True) -> list[tuple[int, int, str]]:
    """The percent escapes of a link's or a parameter's ``text[pos:endpos]`` read decoded (a
    run that is no UTF-8, or that holds a control character, stays as written) and, with
    ``spaces``, its form-encoded spaces read as spaces (:data:`FORM_SPACE`), in order."""
    endpos = len(text) if endpos is None else endpos
    edits = []
    for match in PERCENT.finditer(text, pos, endpos):
        try:
            read = unquote(match.group(), errors="strict")
        except UnicodeDecodeError:
            continue
        if not any(ch < " " for ch in read):  # ('%0A' in a value: kept as written)
            edits.append((match.start(), match.end(), read))
    if spaces and "+" in text:
        edits += [(m.start(), m.end(), " ") for m in FORM_SPACE.finditer(text, pos, endpos)]
    return sorted(edits)


def query_edits(source: str) -> list[tuple[int, int, str]]:
    """Each query-string parameter value's percent escapes and form-encoded spaces read
    decoded (:func:`url_escape_edits`); a text with no ``=`` after a ``?`` or ``&`` and no
    ``%`` or ``+`` costs a few substring tests."""
    if "=" not in source or "%" not in source and "+" not in source \
            or "?" not in source and "&" not in source:
        return []
    edits: list[tuple[int, int, str]] = []
    for match in _QUERY_VALUE.finditer(source):
        value = match.group()
        if "%" in value or "+" in value:
            # an address's '+' is its sub-address, left as pasted ('kari+zendesk%40firma.no')
            address = "@" in value or "%40" in value
            edits += url_escape_edits(source, match.start(), match.end(), spaces=not address)
    return edits


def pdf_edits(source: str) -> list[tuple[int, int, str]]:
    """Ligatures read as their letters, and words hyphenated at a line's end read whole."""
    edits: list[tuple[int, int, str]] = []
    if _LIGATURE.search(source) is not None:
        edits += [(m.start(), m.end(), _LIGATURES[m.group()]) for m in _LIGATURE.finditer(source)]
    if "-\n" in source or "-\r\n" in source:
        edits += [(m.start(), m.end(), "") for m in _LINE_END_HYPHEN.finditer(source)]
        edits += [(m.start(), m.end(), "") for m in _NUMBER_DASH_BREAK.finditer(source)]
    return sorted(edits)
