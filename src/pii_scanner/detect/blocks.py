"""Layouts that say what a bare value is where no label word does.

A contact list read as rows (``Kari Nordmann<TAB>41234567<TAB>Aktiv``): a row that opens with
a person's name and holds a number in a cell of its own (:func:`contact_row`). An address
block (``Kunde:`` / ``Kari Nordmann`` / ``Sandvikflata 9``, or a firm's name line over its
street): the line under a block label and a name line, or right under a firm's name line
(:func:`address_block_line`). The recognizers decide what else the value must be (a valid
mobile number, a street-shaped word); these functions only read the layout.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.context import line_bounds
from pii_scanner.detect.common_words import COMPANY_SUFFIXES, common_words, organisation_name
from pii_scanner.detect.firm_names import firm_spans, partner_pairs

#: a gap between two cells of a row: a tab, two spaces or more, or a pipe
_GAP = lazy_compile(r"[ ]*\t[ \t]*|[ ]{2,}|[ ]*\|[ ]*")
#: what may open a row before its first cell: spaces, a reply's quote marks, a bullet (OCR
#: reads a round bullet as '*', '«' or '°'), a table's opening pipe
_ROW_LEAD = lazy_compile(r"[ \t>]*(?:[*•·«»°◦▪‣–|\-][ \t]*)?")
#: a person's name as a list writes it: two to four capitalised words, a hyphen allowed
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_NAME = lazy_compile(_NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,3}")
#: a gap before the value, and one after it or the line's end
_GAP_BEFORE = lazy_compile(r"(?:\t|[ ]{2}|\|)[ ]*$")
#: round 32A: a bulleted row's fields split by a comma and a spaced dash ('- Kari Nordmann,
#: fnr 01024534975 - 41234567'): the dash before the value, the comma after the name
_DASH_BEFORE = lazy_compile(r"[ ][-–][ ]+$")
_BULLET_LEAD = lazy_compile(r"[ \t>]*[*•·◦▪‣–\-][ \t]+")
#: round 37H: or one space before an e-mail address that ends the row, a cell of its own
#: kind ('Karin Paulsen  41929533 karin.paulsen@firma.no': an HTML list's line break
#: between the cells, which the markup's reading turns into one space)
_GAP_AFTER = lazy_compile(r"[ ]*(?:$|\t|\|)|[ ]{2}|[ ][^\s@<>|]+@[^\s@<>|]+\.\w+[ ]*$")


def first_cell(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """``(start, end)`` of a row's first cell: after its lead (spaces, quote marks, a bullet),
    up to the first gap (a tab, two spaces, a pipe) or the line's end."""
    start = _ROW_LEAD.match(text, line_start, line_end).end()
    gap = _GAP.search(text, start, line_end)
    end = gap.start() if gap is not None else line_end
    while end > start and text[end - 1] in " \r":
        end -= 1
    return start, end


def person_cell(cell: str) -> bool:
    """Whether ``cell`` is a person's name: a listed first name and one to three more
    capitalised words, none of them a common word but a listed surname; a first name that is
    a common word too ('Per', 'Mai') needs a listed surname after it.

    >>> person_cell("Kari Nordmann"), person_cell("Kari"), person_cell("Mai Status")
    (True, False, False)
    >>> person_cell("KARI NORDMANN"), person_cell("MAI STATUS")
    (True, False)
    """
    if cell.isupper() and len(cell) > 3:
        cell = cell.title()  # round 35B: a label's or an envelope's capitals ('KARI NORDMANN')
    if _NAME.fullmatch(cell) is None:
        return False
    words = [gazetteers.fold(w.lower()) for w in cell.split(" ")]
    surnames, common = gazetteers.surnames(), common_words()
    if words[0] not in gazetteers.first_names() or words[0] in common and words[1] not in surnames:
        return False
    return all(w in surnames or not set(w.split("-")) & common for w in words[1:])


def contact_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a cell of its own (a gap before it, a gap or the line's
    end after it) in a row whose first cell is a person's name (:func:`person_cell`).

    >>> contact_row("Kari Nordmann\\t41234567\\tAktiv", 14, 22)
    True
    >>> contact_row("Kari Nordmann 41234567", 14, 22), contact_row("Kari\\t41234567", 5, 13)
    (False, False)
    >>> contact_row("- Kari Nordmann, fnr 01024534975 - 41234567", 35, 43)
    True
    >>> contact_row("Kari Nordmann  41234567 kari@firma.no", 15, 23)
    True
    >>> contact_row("Kari Nordmann  41234567 kari@firma.no og mer", 15, 23)
    False
    """
    line_start, line_end = line_bounds(text, start, start)
    if _GAP_AFTER.match(text, end, line_end) is None:
        return False
    if _GAP_BEFORE.search(text, line_start, start) is None:
        # round 32A: a bulleted row, its name's cell ended by a comma, the value after a
        # spaced dash ('- Kari Nordmann, fnr 01024534975 - 41234567')
        lead = _BULLET_LEAD.match(text, line_start, start)
        if lead is None or _DASH_BEFORE.search(text, line_start, start) is None:
            return False
        comma = text.find(", ", lead.end(), start)
        return comma != -1 and person_cell(text[lead.end():comma])
    cell_start, cell_end = first_cell(text, line_start, line_end)
    if cell_end >= start:
        return False
    cell = text[cell_start:cell_end]
    return person_cell(cell) or named_by_row_email(cell, text[cell_end:line_end])


#: an e-mail address's local part ('ashleigh.wilson' in 'ashleigh.wilson@outlook.com')
_EMAIL_LOCAL = lazy_compile(r"(?<![\w.\-])([\w\-]+(?:\.[\w\-]+)+)@[\w\-]+(?:\.[\w\-]+)+")
#: letters an e-mail address writes without their marks ('Sørensen' -> 'sorensen')
_PLAIN = str.maketrans({"ø": "o", "ö": "o", "å": "a", "ä": "a", "æ": "ae", "ü": "u", "é": "e",
                        "è": "e", "á": "a", "í": "i", "ó": "o", "ú": "u"})


def named_by_row_email(cell: str, rest: str) -> bool:
    """Whether ``cell`` (capitalised words as a list writes a name) is spelled, word by word,
    by the local part of an e-mail address in the rest of its row ('Ashleigh Wilson |
    07927 769964 | ashleigh.wilson@outlook.com'): the row's own address names the cell a
    person's, though the first name is in no list (round 37H).

    >>> named_by_row_email("Ashleigh Wilson", " | 0712 | ashleigh.wilson@outlook.com")
    True
    >>> named_by_row_email("Ashleigh Wilson", " | 0712 | sales.team@outlook.com")
    False
    >>> named_by_row_email("Synnøve Sørensen", "  41234567  synnove.sorensen@telia.se")
    True
    """
    if "@" not in rest or _NAME.fullmatch(cell) is None:
        return False
    words = cell.lower().translate(_PLAIN).replace("-", " ").split()
    return any(regex.split(r"[._\-]", m.group(1).lower().translate(_PLAIN)) == words
               for m in _EMAIL_LOCAL.finditer(rest))


def rows_above(text: str, line_start: int, max_rows: int = 8) -> str:
    """The lines right above the one at ``line_start`` up to a blank line (a list's heading
    and earlier rows), at most ``max_rows``."""
    top = line_start
    for _ in range(max_rows):
        if top == 0:
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        if not text[prev:top - 1].strip(" \t>\r"):
            break
        top = prev
    return text[top:line_start]


# ---------------------------------------------------------------- address blocks

#: a firm's name ending in its company form, written as one ('Berg Bygg AS', 'Sol og Vind ASA')
_FIRM = lazy_compile(r"(?:\p{Lu}[\p{L}'’.&\-]*[ ](?:(?:og|&|and|och)[ ])?){1,5}"
                      r"(?P<form>\p{Lu}{2,4}|ApS|GmbH|Ltd\.?|Inc\.?|Oyj|Abp)")
#: two to four capitalised words, one space apart ('Aas Gruppen', 'Bergen Kommunale Bustader')
_CAPITALISED_WORDS = lazy_compile(r"\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){1,3}")
#: a block label and a name on one line ('Kunde: Kari Nordmann')
_LABEL_AND_NAME = lazy_compile(r"(?P<label>[\p{L} ]{3,24}):[ \t]*(?P<name>\S.*)")

#: labels heading a party's block: its name line, then its address ('Kunde:', 'Bill to')
PARTY_LABELS = frozenset((
    "kunde", "kunden", "mottaker", "mottakar", "kjøper", "kjøpar", "leveres til", "levering til",
    "faktureres til", "fakturamottaker", "sendes til", "kund", "mottagare", "köpare",
    "levereras till", "faktureras till", "modtager", "køber", "customer",
    "recipient", "bill to", "billed to", "ship to", "shipped to", "sold to", "deliver to",
    "invoice to", "consignee", "asiakas", "vastaanottaja"))
#: labels of an address, over the street line itself or over a name line and then the street
ADDRESS_LABELS = frozenset((
    "adresse", "adressa", "postadresse", "leveringsadresse", "fakturaadresse",
    "faktureringsadresse", "besøksadresse", "hjemmeadresse", "adress", "postadress",
    "leveransadress", "leveringsadress", "fakturaadress", "faktureringsadress", "besöksadress",
    "hemadress", "address", "postal address", "delivery address", "billing address",
    "shipping address", "home address", "osoite", "toimitusosoite", "laskutusosoite"))
#: a contact card's field labels for a home address, over the street line alone ('hjem')
HOME_LABELS = frozenset(("hjem", "hjemme", "heim", "hem", "home", "privat", "koti"))
#: round 35B: a parcel label's or a consignment note's parties, heading a name line and then
#: the address ('TIL / TO:' / 'KARI NORDMANN' / 'STORGATA 5'): only over a name line, where a
#: mail header's 'Til:' never stands
SENDER_RECEIVER_LABELS = frozenset((
    "til", "till", "to", "fra", "från", "from", "avsender", "avsendar", "avsändare", "afsender",
    "sender", "mottaker", "mottakar", "mottagare", "modtager", "receiver", "lähettäjä"))
_BLOCK_LABELS = PARTY_LABELS | ADDRESS_LABELS


def rows_below(text: str, line_end: int, max_rows: int = 8) -> str:
    """The lines right below the one ending at ``line_end`` (its line break or the text's end)
    up to a blank line (a list's later rows), at most ``max_rows``."""
    bottom = line_end
    for _ in range(max_rows):
        if bottom >= len(text):
            break
        nxt = text.find("\n", bottom + 1)
        nxt = len(text) if nxt == -1 else nxt
        if not text[bottom + 1:nxt].strip(" \t>\r"):
            break
        bottom = nxt
    return text[line_end:bottom]


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The line above the one starting at ``line_start``, past one blank line at most (OCR
    puts one between a screen's rows); None at the text's start."""
    for _ in range(2):
        if line_start == 0:
            return None
        start, end = line_bounds(text, line_start - 1, line_start - 1)
        if text[start:end].strip(" \t>\r"):
            return start, end
        line_start = start
    return None


def under_other_than_person(text: str, line_start: int) -> bool:
    """Round 37D: whether the line at ``line_start`` has a line above it (past one blank line)
    whose first cell is no person's name line (:func:`person_cell`): a letterhead's name, of
    a firm or an authority written with no company form (``Skatteetaten``)."""
    above = _line_above(text, line_start)
    return above is not None and not person_cell(text[slice(*first_cell(text, *above))])


def firm_cell(cell: str) -> bool:
    """Whether ``cell`` is a firm's name: capitalised words ending in a company form written
    as one ('Berg Bygg AS'), or partners' surnames as a firm (:mod:`.firm_names`, also joined
    by hyphens: 'Olsen-Johnsen'), or (round
    33C) two to four capitalised words of which one after the first is an organisation's
    word or one ends in a company's head noun (``common_words.organisation_name``: 'Aas
    Gruppen', 'Møller Bil', 'Lund Media' heading a signature's or letterhead's street)."""
    match = _FIRM.fullmatch(cell)
    if match is not None and match.group("form").lower().rstrip(".") in COMPANY_SUFFIXES:
        return True
    if _CAPITALISED_WORDS.fullmatch(cell) is not None and organisation_name(cell.lower().split(" ")):
        return True
    # (round 36D: partners' surnames joined by hyphens, 'Olsen-Johnsen' as a signature's firm
    # line over its street, :func:`.firm_names.partner_pairs`)
    return any(a == 0 and b == len(cell) for a, b in firm_spans(cell) + partner_pairs(cell))


def _label(cell: str) -> str:
    return cell.lower().rstrip(" :").strip()


def address_block_line(text: str, line_start: int) -> str | None:
    """What makes the line at ``line_start`` an address block's street line, or None: it is
    right under a name line (a person's or a firm's, its first cell) under a block label
    (``"labelled block"``: ``Kunde:`` / ``Kari Nordmann`` / street; the label may stand before
    the name on its line, ``Kunde: Kari Nordmann``), right under a firm's name line (``"firm
    block"``: a letterhead), or right under an address or home label line (``"address
    label"``: a contact card's ``hjem`` / street).

    >>> text = "Kunde:\\nKari Nordmann\\nSandvikflata 9"
    >>> address_block_line(text, text.index("Sandvik"))
    'labelled block'
    >>> address_block_line("Kari Nordmann\\nSandvikflata 9", 14) is None
    True
    """
    above = _line_above(text, line_start)
    if above is None:
        return None
    cell_start, cell_end = first_cell(text, *above)
    cell = text[cell_start:cell_end]
    label = _label(cell)
    if label in HOME_LABELS or label in ADDRESS_LABELS:
        return "address label"
    if label in PARTY_LABELS:  # 'Kunde:<TAB>Kari Nordmann'
        gap = _GAP.match(text, cell_end, above[1])
        rest = first_cell(text, gap.end(), above[1]) if gap is not None else (cell_end, cell_end)
        return "labelled block" if _named(text[slice(*rest)]) else None
    labelled = _LABEL_AND_NAME.fullmatch(cell)
    if labelled is not None and _label(labelled.group("label")) in _BLOCK_LABELS:
        return "labelled block" if _named(labelled.group("name")) else None
    firm = firm_cell(cell)
    if not firm and not person_cell(cell):
        return None
    top = _line_above(text, above[0])
    if top is not None and _top_label(_label(text[slice(*first_cell(text, *top))])):
        return "labelled block"
    return "firm block" if firm else None


def _top_label(label: str) -> bool:
    """Whether ``label`` (a line's first cell, lower case, its colon cut) heads a party's
    block over its name line: a block label, or (round 35B) a sender's or a receiver's, also
    written in two languages ('til / to', 'från/from')."""
    if label in _BLOCK_LABELS:
        return True
    return all(part.strip() in SENDER_RECEIVER_LABELS | _BLOCK_LABELS for part in label.split("/"))


def _named(cell: str) -> bool:
    return person_cell(cell) or firm_cell(cell)
