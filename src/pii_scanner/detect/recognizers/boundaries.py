"""Regex fragments shared by number recognizers: a number must not touch other digits/words.

``NUM_START``/``NUM_END`` stop a match inside a longer number (``12.34567890123``,
``4711-12058695082``) while allowing ``fnr:12058695082.`` and ``(962 514 995)``. A number
after ``=`` (``fnr=12058695082`` in a log line or link) is a candidate; the recognizer keeps
it only when the key names its kind (:func:`assigned_key`), so ``id=...`` stays out.
A value in a pasted table is labelled by its column's header (:func:`cell_labels`).
"""

from dataclasses import dataclass, field

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx

#: a number after '<digits>,' is a decimal's tail ('3,14159265'), unless that field was a CSV
#: field of its own, opened by a comma or its line ('Kari Berg,46871268,16457268878'), also
#: an international phone number's field ('+45 39930148,310381-8086': round 33A)
#: ... or a code's field of letters and digits ending in a digit, which is no number's whole
#: part (round 34A: a UUID's, a hash's, an order's '#3456513,05126509652')
#: ... or a date's field written with slashes ('12/05/1967,34153636208': round 35F)
#: ... or a grouped IBAN's field ('DK26 6974 9309 3198 48,58 43 93 09': round 35F)
CSV_FIELD_BEFORE = (r"(?<![,\n]\+?[\d ./\-]{3,24}\d,|[\p{L}#][\w\-#]{0,80}\d,"
                    r"|[,\n]\p{Lu}{2}\d{2}(?:[ ][\dA-Z]{1,4}){2,8},)")
NUM_START = r"(?<!\d[.:/-]|\d," + CSV_FIELD_BEFORE + r"|[\w+/@#&])"
#: ',' + digit after a number is a decimal ('12058695082,50'), unless a ',' also opened it: a
#: CSV field followed by a numeric one ('1024,"Berg, Jonas",12058695082,40380685')
#: ... a ',' + digit after it that starts the next CSV field (the comma also opened this one)
CSV_FIELD_AFTER = r",\d(?<![,][\d .\-]{6,24},\d)"
NUM_END = r"(?![\w@/]|[.:/-]\d|" + CSV_FIELD_AFTER + r")"

#: How far back a ``key=`` is read; longer keys are a path or a blob, not a label.
KEY_MAX_CHARS = 40


def assigned_key(lower: str, start: int) -> str | None:
    """The key when the value at ``start`` directly follows ``key=``, else None: ``ssn`` in
    ``user=kari ssn=12058695082``, ``customer.mobile`` in ``customer.mobile=40380685``. (A
    quoted value, ``value="..."``, was always a candidate and is left as it was.)

    >>> assigned_key("ts=1 fnr=12058695082", 9)
    'fnr'
    >>> assigned_key("fnr: 12058695082", 5) is None
    True
    >>> assigned_key("ssn='12058695082'", 5) is None
    True
    """
    at = start - 1
    if at < 0 or lower[at] != "=":
        return None
    key_end = at
    while at > 0 and key_end - at < KEY_MAX_CHARS and (lower[at - 1].isalnum()
                                                        or lower[at - 1] in "._-"):
        at -= 1
    return lower[at:key_end]


_KEY_WORD_EDGE = lazy_compile(r"(?<=\p{Ll})(?=\p{Lu})|[._\-]+")


def key_words(text: str, start: int, key: str) -> str:
    """The key that ends just before ``text[start]`` (``=`` between) split into lower-case
    words, so a label written as a camelCase or snake_case field name reads like prose:
    ``nationalId`` and ``national_id`` -> ``national id``, ``phoneNumber`` -> ``phone number``.

    >>> key_words("x nationalId=1", 13, "nationalid")
    'national id'
    >>> key_words("customer.birth_number=1", 22, "customer.birth_number")
    'customer birth number'
    """
    return words_of_key(text[start - 1 - len(key):start - 1])


#: HTML's elements, whose tags hold a page's text, not a data field's value
_HTML_ELEMENTS = ("a|abbr|address|article|aside|b|bdi|bdo|big|blockquote|body|caption|center|cite|"
                  "code|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|"
                  "header|html|i|ins|kbd|label|legend|li|main|mark|nav|nobr|ol|option|p|pre|q|"
                  "s|samp|section|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|"
                  "th|thead|time|title|tr|tt|u|ul|var")
#: The key's own characters: a letter, then letters, digits, '_', '.', '-' (``customer.mobile``)
_KEY = rf"(?P<key>\p{{L}}[\w.\-]{{0,{KEY_MAX_CHARS - 1}}})"
#: how far back from the value a key's form is read (a 40-character key, its quotes and ': ')
_KEY_REACH = KEY_MAX_CHARS + 20
#: the last character of every form (before a line break that may end it): a quote, a ':' or
#: '=' or the space after it, an element's '>'
_KEY_FORM_ENDS = frozenset("\"' \t:=>")
#: what may follow a form's ':', '=' or '>' (its last mark) to the value
_KEY_FORM_TAIL = frozenset("\"' \t")
_KEY_FORM_MARKS = frozenset(":=>")


@dataclass(frozen=True, slots=True)
class KeyForms:
    """The ways of writing a field's key that :func:`field_key` reads. It always reads a
    quoted key before ``:`` (JSON, a Python dict: ``"orgNo": "``, ``'ssn': ``) and an
    attribute or parameter before a quoted value (``ssn="``, ``--name='``); the flags add:

    ``bare``: an unquoted key before ``:`` or ``=`` anywhere (``phoneNumber=``, ``mobil: ``),
    quotes on either side optional, as a log line or a query string writes it;
    ``yaml``: a key opening a line before ``:`` (``kunde: "``, ``- kunde: '``);
    ``xml``: an element's start tag (``<kunde>``);
    ``quoted_yaml``: a key opening a line before ``:`` and a quoted value (``orgNo: "``),
    YAML's JSON-like form (round 31D);
    ``data_element``: an element's start tag that is no HTML element's (``<personalNumber>``,
    not ``<b>``, ``<td>``: a page's markup names no field; round 31D).
    """

    bare: bool = False
    yaml: bool = False
    xml: bool = False
    quoted_yaml: bool = False
    data_element: bool = False
    #: False leaves out the JSON keys and attributes (a second look after them)
    json: bool = True
    pattern: regex.Pattern = field(init=False, repr=False, compare=False)
    #: True when every form holds a quote (a JSON key's, an attribute's value's): then a key
    #: is looked for only where a quote stands within reach (round 37B: most values follow a
    #: plain label, ``Telefon: 41234567``, and a search of the forms costs a regex call)
    quoted: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        forms = [rf"[\"']{_KEY}[\"'][ \t]*:[ \t]*[\"']?", rf"(?<![\w.]){_KEY}=[\"']"] if self.json else []
        if self.bare:  # (no bound on its left: '_msisdn=' is the key 'msisdn')
            forms.append(rf"[\"']?{_KEY}[\"']?[ \t]*[:=][ \t]*[\"']?")
        if self.yaml:
            forms.append(rf"(?<![^\n])[ \t]*(?:-[ \t]+)?{_KEY}:[ \t]*[\"']?")
        if self.xml:
            forms.append(rf"<{_KEY}>")
        if self.quoted_yaml:
            forms.append(rf"(?<![^\n])[ \t]*(?:-[ \t]+)?{_KEY}:[ \t]*[\"']")
        if self.data_element:
            forms.append(rf"<(?!(?i:{_HTML_ELEMENTS})>){_KEY}>")
        object.__setattr__(self, "pattern", regex.compile("(?:" + "|".join(forms) + ")$"))
        object.__setattr__(self, "quoted", bool(forms) and not (self.bare or self.yaml or self.xml
                                                                or self.data_element))


#: JSON keys and attributes: what labels a number's value (base.NordicRecognizer), and
#: after them YAML's quoted values and data elements (``<cprNumber>``: :func:`value_key`)
FIELD_FORMS = KeyForms()
DATA_FORMS = KeyForms(json=False, quoted_yaml=True, data_element=True)
#: the characters right before a value that :data:`DATA_FORMS` can key
_DATA_FORM_ENDS = frozenset("\"'>\n")


def value_key(text: str, start: int) -> str | None:
    """The key of a number's field (:data:`FIELD_FORMS`, then :data:`DATA_FORMS`, looked
    for only after a quote, a tag's ``>`` or a line break; round 31D).

    >>> value_key('x:\\n  orgNo: "946206091"', 13), value_key("<cprNr>0101901234", 7)
    ('orgNo', 'cprNr')
    >>> value_key("kunde: 946206091", 7) is None, value_key("<b>946206091", 3) is None
    (True, True)
    """
    key = field_key(text, start)
    if key is None and start and text[start - 1] in _DATA_FORM_ENDS:
        key = field_key(text, start, DATA_FORMS)
    return key


def field_key(text: str, start: int, forms: KeyForms = FIELD_FORMS) -> str | None:
    """The key (as written) of the field whose value starts at ``start``, in one of
    ``forms``; the value may also start the next line (``<navn>`` newline ``Kari``). None
    when no key is right before it. (A bare ``key=value`` under :data:`FIELD_FORMS` is
    :func:`assigned_key`'s.)

    >>> field_key('{"orgNo": "946206091"}', 11)
    'orgNo'
    >>> field_key("{'ssn': 12058695082}", 8)
    'ssn'
    >>> field_key('<a ssn="12058695082">', 8)
    'ssn'
    >>> field_key("fnr: 12058695082", 5) is None
    True
    >>> field_key("fnr: 12058695082", 5, KeyForms(bare=True))
    'fnr'
    >>> field_key("log phoneNumber=4741157642", 16, KeyForms(bare=True))
    'phoneNumber'
    >>> field_key("  - kunde: 'Kari'", 11, KeyForms(yaml=True))
    'kunde'
    >>> field_key("<kunde>Kari</kunde>", 7, KeyForms(xml=True))
    'kunde'
    >>> field_key('Kunden skrev "946206091"', 14) is None
    True
    """
    end = start - 1 if text[start - 1:start] == "\n" else start
    if end < 1 or text[end - 1] not in _KEY_FORM_ENDS:
        return None  # (most values: the cheap test first)
    # every form ends in ':', '=' or '>' and then only quotes and blanks ('"ssn": "', 'id='):
    # a value after a plain space ('ring 91234567') has no key, without a search
    lo = max(0, start - _KEY_REACH)
    mark = end
    while mark > lo and text[mark - 1] in _KEY_FORM_TAIL:
        mark -= 1
    if mark == lo or text[mark - 1] not in _KEY_FORM_MARKS:
        return None
    if forms.quoted and '"' not in text[lo:start] and "'" not in text[lo:start]:
        return None  # (no quote within reach: no JSON key nor attribute, without a search)
    # (no form crosses a line break: the search starts at the line's start, where the prose
    # before a label on a long line would otherwise be tried position by position)
    match = forms.pattern.search(text, max(lo, text.rfind("\n", lo, end) + 1), start)
    return match.group("key") if match else None


def words_of_key(raw: str) -> str:
    """A field name as lower-case words: ``contactPerson`` -> ``contact person``.

    >>> words_of_key("createdBy")
    'created by'
    """
    return _KEY_WORD_EDGE.sub(" ", raw).lower().strip()


# A recognizer that needs a label word near its value (a birth date, a passport number) reads a
# window of characters before the value; in a pasted sheet that window runs into the header
# row, whose other cells label other columns ('Kundenr;Koordinater;Passnummer' over
# '77577348;...': 'Passnummer' labels the fourth column, not the first).
def cell_labels(lower: str, start: int) -> str | None:
    """For a value at ``start`` in a table cell under a header row: the header cell of its
    column, a newline, and the cell's own text before the value, after the cell before it
    when that one is a label (ends with ':': a form laid out in cells, 'Fødselsdato:' TAB
    '15/12/1978', as OCR lays out a two-column form); None when the value is not in such a
    table (prose, a header-less row).

    >>> cell_labels("kundenr;passnummer\\n77577348;ab1234567", 9 + 10)
    'kundenr\\n'
    >>> cell_labels("navn:\\tkari\\nfødt:\\t1.2.1980", 17)
    'født:\\n'
    >>> cell_labels("passnr 12345678", 7) is None
    True
    """
    header = ctx.column_header(lower, start)
    line = lower[ctx.line_start(lower, start):start]
    if not header and not line.rstrip(" \t").endswith(":"):
        return None
    sep = ctx.table_separator(line) or ","
    cells = ctx.split_cells(line, sep)
    before = cells[-2].strip() if len(cells) > 1 else ""
    if not header and not before.endswith(":"):
        return None
    # (a form's field has no header: the line above is another field, round 35F)
    return ((ctx.header_words(header) + "\n" if header else "")
            + (before + "\n" if before.endswith(":") else "") + cells[-1])
