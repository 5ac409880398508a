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
"""

from __future__ import annotations

import base64
import binascii
import codecs
from email import quoprimime

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


def pdf_edits(source: str) -> list[tuple[int, int, str]]:
    """Ligatures read as their letters, and words hyphenated at a line's end read whole."""
    edits: list[tuple[int, int, str]] = []
    if _LIGATURE.search(source) is not None:
        edits += [(m.start(), m.end(), _LIGATURES[m.group()]) for m in _LIGATURE.finditer(source)]
    if "-\n" in source or "-\r\n" in source:
        edits += [(m.start(), m.end(), "") for m in _LINE_END_HYPHEN.finditer(source)]
        edits += [(m.start(), m.end(), "") for m in _NUMBER_DASH_BREAK.finditer(source)]
    return sorted(edits)
