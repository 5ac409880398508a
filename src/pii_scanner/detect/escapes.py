"""JSON string escapes read as the characters they stand for, with offsets mapped back.

Developers paste API bodies and logs whose strings are escaped: ``"Bj\\u00f8rn Haaland"``
(``json.dumps`` escapes every non-ASCII letter by default), ``"Hilsen\\nKari Nordmann"``.
Read as written, the name is cut at the escape (``Bj``, ``u00f8rn``) and the line break is
the letter ``n`` glued to the next word (``nKari``). :func:`decoded_view` gives the text as
the JSON string means it, with, for each character of that view, the span of source text it
came from, so a finding in the view maps back onto the escape sequences themselves (and a
redaction masks them).

The view is made only where a text shows JSON escaping: a ``\\uXXXX`` escape, or a ``\\n``
/ ``\\t`` in a text with a JSON key (``"message":``). Then every JSON escape is decoded; a
lone surrogate (``\\ud83d`` without its pair) and a control character other than a line
break or tab stay as written.

Two more kinds of text are read the same way. Invisible format characters (zero-width
space, soft hyphen, zero-width (non-)joiner, word joiner, BOM) that editors and web forms
leave inside a value (``0101\u200b9012345``, ``fødsels\u00adnummer``) are left out of the
view, and so are the direction marks a phone's contact card puts around a number or a name
(``\u202a+47 912 34 567\u202c``, as iOS copies it; ``\u200e``) and the emoji
presentation selector that glues an emoji to the value after it (``☎\ufe0f91234567``),
also where a field copied out of HTML writes them as character references (``Nord&shy;mann``,
``&#8203;``, ``&zwnj;``). A soft hyphen between a letter and a capital reads as the hyphen a
reader sees where the line breaks there: it joins two capitalised parts, as a double-barrelled
name is written (``Kari\u00adNordmann``, ``Anne&shy;Marie``), not one word.
Letters written decomposed, a base letter and a combining mark (``A\u030ase``, as macOS
file names and some phone keyboards give them), are read composed (``Åse``): a name list
and a word pattern see one letter. Raw mail pasted as quoted-printable (it says ``quoted-printable`` or shows ``=3D``,
``=C3=B8``) has its soft line breaks (``=`` at a line's end, which may cut a number in two)
left out and its ``=XX`` bytes decoded as UTF-8. A URL query string's parameter values are read
with their percent escapes and form-encoded spaces decoded (``?navn=Kari%20Nordmann``,
``&adresse=Storgata+5%2C+0155+Oslo``: :func:`.extracted_text.query_edits`). A field label glued to its value
(``tlf91234567``: :mod:`pii_scanner.detect.glued_labels`) is read with a space after it.
A text written in capitals only (shouting) is read in lower case, as chat writes, but for the
listed first names and surnames, which keep their capital: in capitals, no name stands out
from the words around it.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.extracted_text import (directory_edits, encoded_word_edits, pdf_edits,
                                                query_edits)
from pii_scanner.detect.glued_labels import glued_label_edits

_WORD = lazy_compile(r"\p{L}+")
_UNICODE_ESCAPE = lazy_compile(r"\\u[0-9a-fA-F]{4}")
_LINE_ESCAPE = lazy_compile(r"\\[nt]")
_INVISIBLE = ("\u00ad\u200b\u200c\u200d\u2060\ufeff"
              # direction marks, embeddings and isolates; text and emoji presentation selectors
              "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufe0e\ufe0f")
#: a letter and the combining marks after it (one character once composed, where it has one)
_DECOMPOSED = lazy_compile(r"\P{M}\p{M}+")
#: what shows quoted-printable mail: its header, an encoded '=', or an encoded UTF-8 letter
_QP_HINT = lazy_compile(r"(?i:quoted-printable)|=3D|=C3=[89AB][0-9A-F]|=E2=80=[89A][0-9A-F]")
#: an invisible format character written as an HTML character reference
_INVISIBLE_REF = (r"&(?:shy|zwnj|zwj|#173|#8203|#820[45]|#8288"
                  r"|#[xX](?:00)?[aA][dD]|#[xX]200[b-dB-D]);")
_ESCAPE = lazy_compile(r'\\(?:u(?P<high>[dD][89abAB][0-9a-fA-F]{2})'
                        r'\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2})'
                        r'|u(?P<code>[0-9a-fA-F]{4})|(?P<simple>["\\/nrt]))'
                        r'|(?P<invisible>(?:[' + _INVISIBLE + r']|' + _INVISIBLE_REF + r')+)'
                        r'|(?P<soft>=\r?\n)|(?P<qp>(?:=[0-9A-F]{2}){1,64})')
_INVISIBLE_REF_SEARCH = lazy_compile(_INVISIBLE_REF)
#: a soft hyphen, as a character or a character reference
_SOFT_HYPHEN = ("\u00ad", "&shy;", "&#173;", "&#xad;", "&#x00ad;")
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True)
class DecodedView:
    """``text`` as decoded, and where each of its characters came from in the source: the
    view is cut into pieces ``(view start, source start, source length)``, each either a run
    of characters copied as they were (source length == view length) or one decoded escape."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    _starts: tuple[int, ...]

    def _source(self, index: int) -> tuple[int, int]:
        piece = bisect.bisect_right(self._starts, index) - 1
        view_start, source_start, source_length = self.pieces[piece]
        view_end = self._starts[piece + 1] if piece + 1 < len(self._starts) else len(self.text)
        if view_end - view_start == source_length:  # copied as it was
            at = source_start + index - view_start
            return at, at + 1
        return source_start, source_start + source_length

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span that holds the view's ``text[start:end]`` (end > start)."""
        return self._source(start)[0], self._source(end - 1)[1]


def decoded_view(source: str) -> DecodedView | None:
    """The decoded view of ``source``, or None when it shows no JSON escaping, no invisible
    character, no quoted-printable, no label glued to its value and none of the machine
    formats and extraction artefacts of :mod:`pii_scanner.detect.extracted_text`."""
    json = "\\" in source and (_UNICODE_ESCAPE.search(source) is not None
                               or '":' in source and _LINE_ESCAPE.search(source) is not None)
    invisible = any(char in source for char in _INVISIBLE) or "&" in source and (
        _INVISIBLE_REF_SEARCH.search(source) is not None)
    quoted = "=" in source and _QP_HINT.search(source) is not None
    edits: list[tuple[int, int, str]] = []  # (source start, source end, what the view reads)
    if json or invisible or quoted:
        for match in _ESCAPE.finditer(source):
            decoded = _decode(match, json, quoted)
            if decoded is not None:  # else kept as written
                edits.append((match.start(), match.end(), decoded))
    if not source.isascii() and not unicodedata.is_normalized("NFC", source):
        edits = _composed_edits(source, edits)
    glued = glued_label_edits(source)  # 'tlf91234567' read as 'tlf 91234567'
    # folded iCalendar/vCard lines, RFC 2047 encoded words, PDF ligatures and hyphenation, a
    # query string's escapes; an encoded word goes before the quoted-printable bytes inside it
    extracted = directory_edits(source) + encoded_word_edits(source) + pdf_edits(source) \
        + query_edits(source)
    if extracted:
        edits = sorted(extracted + edits + glued, key=lambda edit: (edit[0], -edit[1]))
    elif glued:
        edits = sorted(edits + glued)
    if not edits:
        return _unshouted_view(source) if _shouting(source) else None
    view = edited_view(source, edits)
    if _shouting(view.text):
        view = DecodedView(_unshouted(view.text), view.pieces, view._starts)
    return view


def _composed_edits(source: str, edits: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """``edits`` and, for each decomposed letter that has a composed form ('A\u030a' ->
    'Å'), an edit reading it composed (sorted by start)."""
    composed = []
    for match in _DECOMPOSED.finditer(source):
        letter = unicodedata.normalize("NFC", match.group())
        if len(letter) < len(match.group()):
            composed.append((match.start(), match.end(), letter))
    return sorted(edits + composed) if edits else composed


def edited_view(source: str, edits: list[tuple[int, int, str]]) -> DecodedView:
    """``source`` with each edit ``(source start, source end, what the view reads)`` applied
    (sorted by start; one overlapping an earlier edit is skipped; '' leaves the span out)."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = pos = 0
    for start, end, decoded in edits:
        if start < pos:  # overlaps the edit before
            continue
        if start > pos:  # copied as it was
            pieces.append((length, pos, start - pos))
            parts.append(source[pos:start])
            length += start - pos
        if decoded:  # an empty one is left out of the view
            pieces.append((length, start, end - start))
            parts.append(decoded)
            length += len(decoded)
        pos = end
    if pos < len(source):
        pieces.append((length, pos, len(source) - pos))
        parts.append(source[pos:])
    return DecodedView("".join(parts), tuple(pieces), tuple(p[0] for p in pieces))


#: words (two letters or more) a text in capitals needs to be shouting, not a code or a
#: position whose only letters are units and hemispheres ('59° 54' 50" N, 10° 45' 8" Ø')
SHOUTING_MIN_WORDS = 2


def _shouting(text: str) -> bool:
    """Whether ``text`` is written in capitals only ('HEI, JEG HETER KARI NORDMANN'), where
    capitals tell no name from any other word. An MRZ (``P<NOR...<<``) is none, and neither
    is a text with fewer than ``SHOUTING_MIN_WORDS`` words ('GPS: 61.12345N 8.12345E')."""
    if not (len(text) >= 20 and text.upper() == text and text.lower() != text
            and "<<" not in text):
        return False
    words = 0
    for match in _WORD.finditer(text):
        words += len(match.group()) >= 2
        if words >= SHOUTING_MIN_WORDS:
            return True
    return False


def _unshouted(text: str) -> str:
    """``text`` (in capitals) as a person writes it: in lower case, but a listed first name
    or surname with its capital where it is no common word, or stands next to one that is
    none ('mvh\nKari Nordmann', 'att: Per Olav Hansen', but 'kr 100 per stk'); ``text``
    itself where lower-casing would change its length (as 'İ' does)."""
    lower = text.lower()
    if len(lower) != len(text):
        return text
    names = gazetteers.first_names() | gazetteers.surnames()
    common = common_words()
    words = [m for m in _WORD.finditer(lower) if len(m.group()) > 1]
    listed = [m.group() in names for m in words]
    strong = [hit and m.group() not in common for hit, m in zip(listed, words)]

    def joined(i: int, j: int) -> bool:  # words i < j next to each other in one name
        return j - i == 1 and lower[words[i].end():words[j].start()] in (" ", "-")

    parts = []
    pos = 0
    for i, match in enumerate(words):
        if not (strong[i] or listed[i] and (i > 0 and strong[i - 1] and joined(i - 1, i)
                                            or i + 1 < len(words) and strong[i + 1]
                                            and joined(i, i + 1))):
            continue
        word = match.group()
        if len(word[0].upper()) == 1:
            parts.append(lower[pos:match.start()])
            parts.append(word[0].upper() + word[1:])
            pos = match.end()
    parts.append(lower[pos:])
    return "".join(parts)


def _unshouted_view(source: str) -> DecodedView | None:
    """``source`` (in capitals) read as :func:`_unshouted`, character for character."""
    text = _unshouted(source)
    return None if text is source else DecodedView(text, ((0, 0, len(source)),), (0,))


def _joins_capitalised(match: regex.Match) -> bool:
    """Whether an invisible run holding a soft hyphen stands between a letter and a capital
    ('Kari\u00adNordmann': read 'Kari-Nordmann')."""
    text, start, end = match.string, match.start(), match.end()
    return (start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isupper()
            and any(soft in match.group().lower() for soft in _SOFT_HYPHEN))


def _decode(match: regex.Match, json: bool, quoted: bool) -> str | None:
    """What an escape stands for ('': nothing; None: keep it as written)."""
    if match.group("invisible"):
        return "-" if _joins_capitalised(match) else ""
    if match.group("soft") or match.group("qp"):
        if not quoted:
            return None
        if match.group("soft"):
            return ""
        try:
            read = bytes.fromhex(match.group("qp").replace("=", "")).decode("utf-8")
        except UnicodeDecodeError:
            return None
        # a control character is no text's: a header's 't=1700447272' (DKIM), not '=17'
        return None if any(ch < " " and ch not in "\t\r\n" for ch in read) else read
    if not json:
        return None
    if match.group("simple"):
        return _SIMPLE[match.group("simple")]
    if match.group("high"):
        high, low = int(match.group("high"), 16), int(match.group("low"), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    code = int(match.group("code"), 16)
    if 0xD800 <= code <= 0xDFFF or code < 0x20 and chr(code) not in "\n\t":
        return None
    return chr(code)
