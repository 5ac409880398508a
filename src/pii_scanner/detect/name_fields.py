"""A name's place in a field: a structured field's value keyed by a person, a form's label
cell, a mail header's address field.

A JSON/YAML/XML field or a query parameter whose key names a person's name (``"lastName": "``,
``<navn>``, ``?customer_name=``: :func:`name_key`) or is a person label (``"kunde": "``,
``contactPerson='``, ``<customer>``: :func:`label_key`); a web form's label cell before a tab,
as OCR reads a label left of its input box (``Etternavn *<TAB>Rasmussen``: :func:`label_cell`);
and a recipient's place in ``Fra:``/``To:``/``Cc:`` after the label or a ``;``
(``Til: Hansen, Ola; Bradshaw, Diane``: :func:`address_field`). Each is a label cue of
:func:`.name_cues.cues`.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect.cue_words import LABELS, NAME_FIELD_LABELS, NOT_PERSON_KEYS, alternatives
from pii_scanner.detect.recognizers.boundaries import KeyForms, field_key, words_of_key

#: A form's label cell, the line's first, without a colon or with a required field's '*'
#: ('Etternavn *<TAB>Rasmussen', 'Efternamn<TAB>Lindholm'): web forms and screenshots of them
#: put the label left of its input box, and OCR reads the gap between them as a tab
#: (only the labels of a name's own fields: 'Kunde<TAB>Aktiv' or 'Til<TAB>Oslo' is a table row)
_LABEL_CELL = lazy_compile(r"^[ \t>]*" + alternatives(NAME_FIELD_LABELS) + r"(?:[ ]?\*)?[ ]*\t[ \t]*$")
#: A structured field whose key names a person's name: JSON/YAML ('"lastName": "'), XML
#: ('<navn>'), a query string ('?customer_name='). Keys of other things' names are not.
_NAME_KEY = lazy_compile(r"(?:[\"']?(?P<key>[\w\-]*(?:name|navn|namn)[\w\-]*)[\"']?\s*[:=]\s*[\"']?"
                          r"|<(?P<tag>[\w\-]*(?:name|navn|namn)[\w\-]*)>)$")
#: A field's key before a quoted value (JSON, YAML, attributes) or an XML element's tag
_FIELD_KEY_FORMS = KeyForms(yaml=True, xml=True)
#: Person labels that may be a field's key (not 'user': a user field holds a login)
_LABEL_KEYS = frozenset(LABELS) - frozenset(NOT_PERSON_KEYS)
#: label words, which are no value of a label cell ('Fornavn<TAB>Etternavn' is a header row)
_LABEL_WORDS = frozenset(LABELS)
#: a mail header's address field up to a recipient's name: its label and the recipients
#: before it ('Fra: ', 'To: Kari <kari@...>; ', '> Kopi: Berg, Ola; ')
_ADDRESS_FIELD = lazy_compile(
    r"[ \t>*]*(?i:fra|frå|från|from|til|till|to|cc|bcc|kopi|kopia|kopie|lähettäjä|vastaanottaja"
    r"|kopio)[ \t]*:[ \t]*(?:[^;\n]{1,120};[ \t]*){0,20}")


def address_field(text: str, start: int) -> bool:
    """Whether ``start`` is a name's place in a mail header's address field: right after its
    label or a ``;`` between recipients ('Fra: ', 'Til: Hansen, Ola; ', 'Cc: '), where a
    display name is written 'Last, First' (Outlook's in a directory)."""
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    if text[max(line_start, start - 8):start].rstrip(" \t")[-1:] not in ("", ":", ";"):
        return False  # the field ends in ':' or ';' and spaces (most runs: no field)
    field = _ADDRESS_FIELD.match(text, line_start, start)
    return field is not None and field.end() == start


def name_key(before: str) -> bool:
    """Whether ``before`` (lower-cased) ends with a structured field keyed by a person's name."""
    match = _NAME_KEY.search(before[-60:])
    if match is None:
        return False
    key = (match.group("key") or match.group("tag")).lstrip("_-")
    return not key.startswith(NOT_PERSON_KEYS)


def label_key(text: str, start: int) -> bool:
    """Whether a quoted value at ``start`` is a structured field whose key is a person label
    (``"kunde": "``, ``"contactPerson": "``, ``created_by='``, ``<customer>``), as the same
    word is before a colon in prose (``Kunde: Kari Nordmann``)."""
    # every form of it ends with a quote or '>', at ``start`` or before a newline there ('$')
    end = start - 1 if text[start - 1:start] == "\n" else start
    if end < 1 or text[end - 1] not in "\"'>":
        return False  # (most runs: a line's first word, where no field key is)
    key = field_key(text, start, _FIELD_KEY_FORMS)
    return key is not None and words_of_key(key) in _LABEL_KEYS


def label_cell(before: str, run: str) -> bool:
    """Whether ``before`` (lower case) is a form's label cell opening the line before a tab
    (:data:`_LABEL_CELL`) and ``run`` no label word itself ('Fornavn<TAB>Etternavn' is a
    header row over the values)."""
    return _LABEL_CELL.match(before) is not None and run.lower() not in _LABEL_WORDS


#: round 35F: a field's key or label right before its value on the line ('product_name: ',
#: 'Product Name: ',
#: '"brand": "', 'Produktnavn:<TAB>', 'hostname='), as written
_VALUE_KEY = lazy_compile(r"(?:^|[\t{,;|])[ \t>\-]*[\"']?(?P<key>\p{L}[\p{L}\d_.\-]{0,30}?(?:[ ]\p{L}+)?)[\"']?"
                          r"[ \t]*[:=][ \t]*[\"']?$")
#: the things whose name a key may hold (:data:`NOT_PERSON_KEYS` but a user's, a role's and a
#: 'by', which a person's name fills: 'user: kari', 'created by: Kari'), and goods' words
_THING_KEYS = tuple(sorted(set(NOT_PERSON_KEYS) - {"user", "bruker", "by", "role", "rolle"}
                           | {"article", "artikkel", "artikel", "varu"}, key=len, reverse=True))
#: what may follow the thing in its key: nothing, or a word for its name
_THING_KEY_TAILS = frozenset(("", "name", "navn", "namn", "navnet", "namnet", "nimi"))


def thing_key(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the value of a field whose key names a thing or its
    name: the thing alone or with a word for its name after it, in any case and split
    (``product_name: Storm``, ``"brand": "Fjord"``, ``Produktnavn:<TAB>Storm``, ``hostname=
    Odin``; not ``project_manager: Kari``, ``username: Kari``, ``Kunde: Storm``).

    >>> thing_key("product_name: Storm", 14), thing_key("project_manager: Kari", 17)
    (True, False)
    """
    line_start = max(ctx.line_start(text, start), start - 48)
    head = text[line_start:start]
    if not head or head[-1] not in " \t:=\"'":
        return False  # (most words: no key right before them)
    match = _VALUE_KEY.search(head)
    if match is None:
        return False
    key = words_of_key(match.group("key")).replace(" ", "")
    return any(key.startswith(thing) and key[len(thing):] in _THING_KEY_TAILS
               for thing in _THING_KEYS)
