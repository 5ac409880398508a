"""A name alone on its line, and the lines around it that make it a signature or a value.

A run alone on its line (post-nominal letters after it allowed: ``Sian Murphy MRICS``,
:func:`post_nominals`) signs a message under a sign-off line (``Mvh`` / ``Kari Nordmann``:
:func:`signature_above`), or as a listed first name closing a reply above a quoted message
(``Takk, det gikk fint nå!`` / ``Are`` / ``> Den ... skrev``: :func:`closes_message`); after a
slash or a dash opening its line it signs as Swedish and Norwegian writers do (``/Hans``,
``- Kari Berg``: :func:`slash_signed`); under a label alone on its line it is the label's value
(``Etternavn`` / ``Rasmussen``: :func:`label_above`).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect import context as ctx
from pii_scanner.detect.blocks import ADDRESS_LABELS, PARTY_LABELS
from pii_scanner.detect.cue_words import LABELS, POST_NOMINALS, SIGNOFFS, alternatives
from pii_scanner.detect.name_speech import PRONOUNS

_BLOCK_LABELS = PARTY_LABELS | ADDRESS_LABELS
#: a sign-off alone on its line ('Mvh', 'Thanks,', '> Best regards'), or closing it after a
#: sentence of the message (round 33D: 'I need to update my details. Kind regards,')
_SIGNOFF_LINE = lazy_compile(r"^[\s>]*(?:[^\n]*[.!?][ \t]+)?" + alternatives(SIGNOFFS)
                             + r"[\s,.!]*$")
#: the signature delimiter alone on its line ('-- ' with its space, RFC 3676 4.3; a bare '--'
#: also opens SQL comments and separates lists)
_SIG_DASHES = lazy_compile(r"^[ \t>]*-- [ \t]*$")
#: A line holding only a label ("Etternavn", "Name:"): forms and profile screenshots put the
#: value on the line below.
_LABEL_LINE = lazy_compile(r"^[\s>]*" + alternatives(LABELS) + r"\s*:?\s*$")
#: ... and a passport's in two languages ('Fornavn/Given names'), tried only on a line with a
#: slash: one pattern for both, with the second alternation optional, backtracked so long on
#: some lines that the analyses of 10 KB tickets took 11 % more instructions
_TWO_LANGUAGE_LABEL_LINE = lazy_compile(r"^[\s>]*" + alternatives(LABELS) + r"[ \t]*/[ \t]*"
                                         + alternatives(LABELS) + r"s?\s*:?\s*$")
#: ... and such a label as OCR reads a card's small print (round 34F): the first language's
#: word garbled and the slash lost, the English label of a name's own field after it, a dot
#: after that ('Fomam Given names.' for 'Förnamn/Given names'); not a bare 'name' ('Company
#: name' heads a firm's)
_READ_TWO_LANGUAGE_LABEL_LINE = lazy_compile(
    r"^[\s>]*\p{L}{3,14}[ \t]*[/|]?[ \t]*(?:given|first|last|family|fore)?[ ]?(?:sur)?names?[\s:.]*$")
#: round 35C: a line that asks for something to be sent to the block under it, closing in a
#: colon ('Please send it to:', 'Kan dere sende den til:', 'Skicka paketet till:'): a verb of
#: sending, up to two words, 'to'/'til'/'till'; the block's first line is its recipient
_SEND_TO_LINE = lazy_compile(
    r"(?:^|[\s>,.!])(?:send|ship|deliver|post|mail|return|forward|sende|sendes|lever|levere|"
    r"returner|skicka|leverera|returnera|posta|skickas)(?:[ ]\p{L}+){0,2}[ ](?:to|til|till)"
    r"[ \t]*:[ \t]*$")
#: what stands before a name signing after a slash or a dash ('/Hans', '- Kari')
SLASH_SIGNS = frozenset("/- ")
_LETTERS = lazy_compile(r"\p{L}+")
#: the rest of a name's line as post-nominal letters: up to four short words, commas between
_POST_NOMINALS = lazy_compile(r"^(?:,?[ ]+[\p{L}.\d]{2,12}){1,4}[ \t,.]*$")
#: (the patterns below compiled once: a pattern string is looked up in regex's cache per call)
_SPACES_COMMAS = lazy_compile(r"[ ,]+")


def _more_than_post_nominal_words(after: str) -> bool:
    """Whether ``after`` holds more words than :data:`_POST_NOMINALS` can match, a cheap test
    before it (round 36G: most runs' lines go on with a sentence). That pattern's match is at
    most four words of letters, digits and dots, spaces before each and a comma before the
    spaces, then spaces, tabs, commas and dots: with that tail stripped, split at whitespace
    it is at most five pieces (the words, and a comma opening the line)."""
    return len(after.rstrip(" \t,.").split(None, 5)) > 5


def post_nominals(after: str) -> bool:
    """Whether ``after`` (the rest of a name's line) holds only post-nominal letters."""
    if _more_than_post_nominal_words(after) or _POST_NOMINALS.match(after) is None:
        return False
    words = [w for w in _SPACES_COMMAS.split(after.strip(" \t,")) if w]
    return bool(words) and all(w.lower() in POST_NOMINALS or w.lower().rstrip(".") in POST_NOMINALS
                               for w in words)


def slash_signed(before: str, run: str) -> bool:
    """Whether a run alone on its line after a slash or a dash opening the line ('/Hans',
    '- Kari Berg', '> /Ola') signs a message, as Swedish and Norwegian writers do: the run's
    first word a listed first name (a path's '/Users', a list's '- Support' are none)."""
    if before.strip(" \t>") not in ("/", "-", "--"):
        return False
    word = _LETTERS.match(run.lower())
    return word is not None and gazetteers.fold(word.group()) in gazetteers.first_names() \
        and word.group() not in PRONOUNS


def _lines_above(text: str, line_start: int, max_lines: int = 2) -> Iterator[str]:
    """Up to ``max_lines`` lines just above the line starting at ``line_start``, nearest first."""
    pos = line_start - 1
    for _ in range(max_lines):
        if pos <= 0:
            return
        prev_start = text.rfind("\n", 0, pos) + 1
        yield text[prev_start:pos]
        pos = prev_start - 1


def label_above(text: str, line_start: int) -> bool:
    """Whether the nearest non-blank line of the two just above is a name label alone."""
    line = next((line for line in _lines_above(text, line_start) if line.strip(" \t>")), "")
    if not 0 < len(line) <= 40:
        return False
    line = line.lower()
    return bool(_LABEL_LINE.match(line) or "/" in line and _TWO_LANGUAGE_LABEL_LINE.match(line)
                or line.rstrip(" \t.:").endswith(("names", "name")) and _read_label(line))


def _read_label(line: str) -> bool:
    """Whether ``line`` (lower case) is a two-language name label as OCR read it
    (:data:`_READ_TWO_LANGUAGE_LABEL_LINE`): its English half names a given name or surname."""
    match = _READ_TWO_LANGUAGE_LABEL_LINE.match(line)
    return match is not None and any(w in line for w in ("given", "first", "last", "family", "fore", "surname"))


def block_label_above(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line ``[line_start, line_end)`` is an address block's name line: the
    nearest non-blank line of the two just above is a party's or an address's block label
    alone (``Ship to:``, ``Leveringsadresse:``: :data:`blocks.PARTY_LABELS`,
    :data:`blocks.ADDRESS_LABELS`), and the line right below holds a digit (the street's
    number or the postcode: ``Ship to:`` / ``Ashleigh Abbott`` / ``25 Butler Close``; round
    33D); round 35C: or a line asking for a thing to be sent there, closing in a colon
    (``Please send it to:``: :data:`_SEND_TO_LINE`)."""
    line = next((line for line in _lines_above(text, line_start) if line.strip(" \t>")), "")
    if not 0 < len(line) <= 80:
        return False
    if (len(line) > 40 or line.strip(" \t>").rstrip(" :").lower() not in _BLOCK_LABELS) \
            and not (line.rstrip(" \t").endswith(":") and _SEND_TO_LINE.search(line.lower())):
        return False
    below = text[line_end + 1:ctx.line_end(text, line_end + 1)]
    return any(c.isdigit() for c in below)


#: A line that ends a reply's own text: the quoted message's header or first quoted line, a
#: forwarded message's separator, an Outlook rule ('> Den 18.04.2025 skrev ...', 'On Mon, ...
#: wrote:', '---------- Videresendt melding ----------', '-----Original Message-----', 'Fra: ...');
#: the header also with its writer after the verb, the line ending in a colon ('Den 3. mars
#: 2025 kl. 10:12 skreiv Kari <…>:'), and opening with its date ('tys. 4. mar. 2025 kl. 09:01
#: skreiv …:', '3. mar. 2025 kl. 10:12 skrev …:', as Gmail and Apple Mail write it; round 33B)
_THREAD_BREAK = lazy_compile(
    r"[ \t]*(?:>|-{2,}[ \t]*\p{L}|_{5,}|(?:fra|frå|från|from|fr[åa]n)[ \t]*:|"
    r"(?:den|on|am|le|på|d\.|\p{L}{2,4}\.?,?[ \t]+\d|\d)[ \t]?[^\n]{0,120}"
    r"(?:skrev|skreiv|wrote|schrieb|kirjoitti)(?:[ \t]*:?|[ \t][^\n]{1,120}:)[ \t]*$)",
    regex.IGNORECASE)


def closes_message(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line ``[line_start, line_end)`` alone closes a reply's own text, as a first
    name (a Norwegian or Danish listed one; the caller checks) signs it
    (``Takk, det gikk fint nå!\n\nAre\n\n> Den ... skrev``): a sentence ends on the nearest
    non-blank line above (a blank line between), and the nearest non-blank line below, within
    two, breaks to a quoted or forwarded message (:data:`_THREAD_BREAK`)."""
    if not text.startswith("\n", line_end) or line_start < 2 or text[line_start - 2] != "\n":
        return False
    above = next((line for line in _lines_above(text, line_start, 3) if line.strip(" \t")), "")
    if above.rstrip(" \t")[-1:] not in (".", "!", "?", ")"):
        return False
    pos = line_end + 1
    for _ in range(3):
        nl = text.find("\n", pos)
        line = text[pos:len(text) if nl == -1 else nl]
        if line.strip(" \t"):
            return _THREAD_BREAK.match(line) is not None
        if nl == -1:
            return False
        pos = nl + 1
    return False


def signature_above(text: str, line_start: int) -> bool:
    """Whether the nearest non-blank line of the two just above is a sign-off ('Mvh',
    'Thanks,'), alone or closing it after a sentence ('… my details. Kind regards,'), or the
    signature delimiter ('-- ', also under a sign-off: 'Helsing' / '-- ' / 'Dag', as Gmail and
    plain-text mail write a signature): the line under the name ('Rådgiver', 'Customer Success
    Manager') is a title."""
    line = next((line for line in _lines_above(text, line_start) if line.strip(" \t>")), "")
    return bool(_SIGNOFF_LINE.match(line.lower()) or _SIG_DASHES.match(line))
