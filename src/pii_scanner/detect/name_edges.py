"""What stands right before or after a name's run: a surname written first, an initial, a
company's acronym or form, a sign-off letter.

PERSON asks these after it has cut a run to its name words: ``surname_before`` ('NORDMANN,
Kari', '"Hansen, Kari"') and ``initial_after`` ('Kari N.') widen the name; ``after_acronym``
('DNB Liv') and ``company_suffix_after`` ('Berg AS', not 'Hansen sa at') say it is no person's.
Each test reads a few characters around the run.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import cue_words, gazetteers, name_fields
from pii_scanner.detect import context as ctx
from pii_scanner.detect.brand_names import COMPANY_WORDS
from pii_scanner.detect.header_cells import header_cell
from pii_scanner.detect.common_words import COMPANY_SUFFIXES, common_words
from pii_scanner.detect.context import cell_bounds
from pii_scanner.detect.name_words import is_first, word_key
from pii_scanner.detect.recognizers.generic.date_of_birth import MONTH_WORDS

#: One-word cue phrases ('ring', 'kontakt', 'fru', 'hei'): before a first name they are the
#: cue, not part of the name, even where a name list also holds them as a surname.
CUE_WORDS = frozenset(p for p in cue_words.ROLES + cue_words.LABELS + cue_words.GREETINGS
                      + cue_words.LINKS if " " not in p)
#: a word in capitals right before a one-word run: a company's name ('DNB Liv', 'SAS Ask'),
#: unless it is a cue or a note word in capitals ('HEI Kari', 'MVH Ola', 'OBS Kari')
_ACRONYM_BEFORE = lazy_compile(r"(?<![\w\-.])(\p{Lu}{2,6})[ ]$")
_NOTE_WORDS = frozenset(("obs", "nb", "ps", "pps", "fyi", "re", "sv", "fw", "fwd", "aw"))
#: a surname in capitals and a comma before the first name, as forms and rosters write it
#: ('Name: NORDMANN, Kari', 'HANSEN, Per Olav')
_CAPS_SURNAME_BEFORE = lazy_compile(r"(?<![\w\-])\p{Lu}{2,}(?:-\p{Lu}{2,})?,[ ]$")
#: a surname in Title Case after a form label, with its particles ('Navn: Hansen, Kari',
#: 'Name: de la Cruz, Maria', 'Kunde: van der Berg, Anna', 'Navn: DE LA CRUZ, Maria')
_PARTICLES = r"(?:van|von|de|der|den|del|af|av|la|le|di|da|dos|du|bin|al)"
_LABEL_SURNAME_BEFORE = lazy_compile(
    r"(?<![\w\-])((?:(?i:" + _PARTICLES + r")[ ]){0,2})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
    r"|\p{Lu}{2,}(?:-\p{Lu}{2,})?),[ ]$")
#: the same in a quoted cell of an export ('"Hansen, Kari";"Oslo"')
_QUOTED_SURNAME_BEFORE = lazy_compile(r"(?<=[\"'])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ ]$")
#: a day number before a month word ('1st ', '4th of ', '12. ', '3 ') and a year or a day and
#: a year after it ('Jan 1990', 'Jan. 5, 1990'): the month of a date, not a first name
_DAY_BEFORE = lazy_compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th|\.)?[ ](?:of[ ])?$")
_YEAR_AFTER = lazy_compile(r"\.?,?[ ](\d{1,2}(?:st|nd|rd|th)?,?[ ])?(?:19|20)\d\d"
                            r"(?!\d|[ ]\d(?!\d?[:.]\d\d))")  # (a time may follow: 'Jan 2024 10:12')
#: a month between a day and a year in slashes, as web server logs write their dates
_LOG_YEAR = lazy_compile(r"/(?:19|20)\d\d(?!\d)")
#: a first name after a surname and its comma, up to the end of the display name
_FIRST_NAME_AFTER = lazy_compile(
    r",[ ](\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:$|[;<(\[\"\n]))")
#: an initial for the surname after a first name ('Kari N.', 'Requester: Jonas B.')
_INITIAL_AFTER = lazy_compile(r"[ ]\p{Lu}\.(?=[ \t]*(?:$|[\n,;)(|]))")


def surname_before(text: str, start: int, end: int) -> int | None:
    """Where a surname written before the first name at ``start:end`` begins ('NORDMANN,
    Kari' after a label or with a listed surname, 'Navn: Hansen, Kari' or 'de la Cruz, Maria'
    after a label, a quoted '"Hansen, Kari"' cell), or None."""
    if text[start - 2:start] != ", ":
        return None
    surnames = gazetteers.surnames()
    lead = _LABEL_SURNAME_BEFORE.search(text, max(0, start - 40), start)
    if lead is not None and (lead.group(1) or lead.group(2).lower() in surnames
                             or _display_name_surname(text, lead)) \
            and after_label(text, lead.start()):
        return lead.start()  # (first: a surname in capitals may follow particles)
    if lead is not None and _line_alone(text, lead.start(), end) \
            and lead.group(2).lower() in surnames and lead.group(2).lower() not in common_words():
        return lead.start()  # 'Hansen, Kari' as a whole line: a display name, an attendee list
    lead = _CAPS_SURNAME_BEFORE.search(text, max(0, start - 40), start)
    if lead is not None and (word_key(text, (lead.start(), lead.end() - 2)) in surnames
                             or after_label(text, lead.start())):
        return lead.start()
    if text[end:end + 1] in ("\"", "'"):
        lead = _QUOTED_SURNAME_BEFORE.search(text, max(0, start - 40), start)
        if lead is not None and word_key(text, (lead.start(), lead.end() - 2)) in surnames \
                and text[lead.start() - 1] == text[end]:
            return lead.start()
    return None


def _line_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is its line's only content (a reply's '>' and closing
    punctuation aside): a user's display name field, a row of an attendee list; round 35G:
    or its tab-separated cell's, a value beside its label ('Navn<TAB>Gundersen, Marianne')."""
    line_start, line_end = cell_bounds(text, start, end)
    return not text[line_start:start].strip(" >") and not text[end:line_end].strip(" .,;")


def _display_name_surname(text: str, lead: regex.Match) -> bool:
    """Whether the surname of ``lead`` ('Nordmann, ') opens a display name in a mail header's
    address field ('From: Nordmann, Kari <kari@...>', 'Til: Berg, Ola; Nordmann, Kari'):
    Outlook writes every name there surname first, listed or not, so a first name after it is
    enough; a word of the language or a company's ('Kundeservice, Kari') is no surname."""
    word = lead.group(2).lower()
    return (word not in common_words() and word not in gazetteers.first_names()
            and name_fields.address_field(text, lead.start()))


def initial_after(text: str, end: int) -> int | None:
    """The end of a surname's initial right after ``end`` ('Kari N.'), or None."""
    if text[end:end + 1] != " ":
        return None
    initial = _INITIAL_AFTER.match(text, end)
    return initial.end() if initial is not None else None


_SUFFIX_WORD = lazy_compile(r"[ ]*([\p{L}/]+)(?![\p{L}\d\-])")


def company_suffix_after(text: str, end: int) -> bool:
    """Whether a company form follows ``end`` ('Berg AS', 'Lund Oy', 'Dahl ab'); one in lower
    case that is also a word is the word ('Hansen sa at', 'Kari Hansen as agreed', 'da')."""
    word = _SUFFIX_WORD.match(text, end, min(len(text), end + 8))  # ('Acme AS"', 'Berg AS</navn>')
    if word is None:
        return False
    after = word.group(1)
    key = after.lower()
    return key in COMPANY_SUFFIXES and not (after == key and key in common_words())


def company_form_cut(text: str, end: int) -> bool:
    """Whether a space and a company form (:func:`company_suffix_after`) follow ``end``, a cut
    inside a run: the words before the cut name the company, no person ('Phillips Retail Ltd',
    round 36C's name-list path; round 37C: a model's span ending in the form, 'Kevin Phillips
    Ltd', :func:`ends_in_company_form`)."""
    return text[end:end + 1] == " " and company_suffix_after(text, end)


def ends_in_company_form(text: str, start: int, end: int) -> bool:
    """Whether the last word of the span ``text[start:end]`` of two words or more is a
    company form (round 37C: the model reads 'Kevin Phillips Ltd' as one person's name).

    >>> ends_in_company_form("Kevin Phillips Ltd, 12 High St", 0, 18)
    True
    >>> ends_in_company_form("Kari Dahl as agreed", 0, 12), ends_in_company_form("Kari Dahl", 0, 9)
    (False, False)
    """
    cut = text.rfind(" ", start, end)
    if cut <= start or not company_form_cut(text, cut):
        return False
    form = _SUFFIX_WORD.match(text, cut, min(len(text), cut + 8))
    return form is not None and form.end() == end


#: the local parts of a desk's or a company's shared mailbox ('kundeservice@', 'post@',
#: 'kundtjanst.vast@', 'no-reply@')
ROLE_MAILBOXES = ("post", "postmottak", "kundeservice", "kundesenter", "kundesenteret",
                  "kundservice", "kundtjanst", "kundtjänst", "kundcenter", "kundecenter", "support",
                  "info", "hjelp", "help", "service", "servicedesk", "helpdesk", "noreply",
                  "no-reply", "donotreply", "do-not-reply", "faktura", "invoice", "billing",
                  "kontakt", "contact", "office", "kontor", "salg", "sales", "firmapost",
                  "personvern", "gdpr", "dpo", "privacy", "utleie", "utleige", "uthyrning",
                  "forvaltning", "förvaltning", "drift", "hello", "team")
_ROLE_MAILBOX_AFTER = lazy_compile(r"[ \t]*\"?[ \t]*[<(\[][ \t]*(?:mailto:)?(?:"
                                    + "|".join(regex.escape(r) for r in ROLE_MAILBOXES)
                                    + r")(?:[._\-][\w\-]+)?@", regex.IGNORECASE)


def role_mailbox_after(text: str, end: int) -> bool:
    """Whether a shared mailbox's address in brackets follows ``end`` ('Hallingdal Kraft
    <kundeservice@…>', 'Til: Heimstaden <post@…>'): the display name is the desk's or the
    company's (round 27A); callers keep a run with a listed first name ('Kari Berg <post@…>')."""
    return text[end:end + 1] in (" ", "\t", "\"", "<") and \
        _ROLE_MAILBOX_AFTER.match(text, end, min(len(text), end + 60)) is not None


def after_acronym(text: str, start: int) -> bool:
    """Whether a word in capitals that is no cue ('DNB', not 'MVH'/'OBS') and one space
    come right before ``start``."""
    if text[start - 1:start] != " " or not text[start - 2:start - 1].isupper():
        return False  # (most runs: no capital before the space, so no acronym's last letter)
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    if acronym is None:
        return False
    word = acronym.group(1).lower()
    return word not in cue_words.CUE_PHRASES and word not in CUE_WORDS and word not in _NOTE_WORDS


def signs_off(text: str, end: int) -> bool:
    """Whether the line up to ``end`` is a sign-off phrase ('T.', 'Mvh.', 'Terv.')."""
    line_start = text.rfind("\n", max(0, end - 40), end) + 1
    return text[line_start:end].strip(" \t>").lower() in cue_words.CUE_PHRASES


def after_label(text: str, start: int) -> bool:
    """Whether ``start`` follows a form label on its line ('Name: ', 'Kunde:\t'), or a
    recipient before it in a mail header's address field ('Til: Hansen, Ola; ')."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    before = text[line_start:start].rstrip(" \t")
    return before.endswith(":") or before.endswith(";") and name_fields.address_field(text, start)


def first_name_after(text: str, start: int, end: int) -> int | None:
    """The end of a first name that no list holds, or that is also a word, after the surname
    at ``start:end`` in a mail header's address field ('Til: Haraldsson, Faiez', 'Kopi: Lie,
    Per'), or None: on its own it is no name, and the surname alone would leave it out (a
    listed first name is found on its own)."""
    if not name_fields.address_field(text, start):
        return None
    first = _FIRST_NAME_AFTER.match(text, end)
    if first is None:
        return None
    key = word_key(text, (first.start(1), first.end(1)))
    return first.end(1) if not is_first(key) or key in common_words() else None


#: the next cell of a line split by a tab: one capitalised word closing the line
_CELL_WORD_AFTER = lazy_compile(r"\t(\p{Lu}[\p{Ll}'’\-]+)[ \t]*(?:\n|$)")


def tab_split_surname(text: str, end: int) -> int | None:
    """The end of a listed surname in the next cell, when a scan split a name written in one
    cell ('Till<TAB>Anna<TAB>Salomonsson': a bank app's right-aligned payee, read with a gap),
    or None. The line's cells must be the label, the first name and the surname, and the lines
    around it no table of as many columns (there the columns are 'Fornavn' and 'Etternavn',
    each its own name)."""
    cell = _CELL_WORD_AFTER.match(text, end)
    if cell is None:
        return None
    key = cell.group(1).lower()
    if key not in gazetteers.surnames() or key in common_words():
        return None
    line_start = ctx.line_start(text, end)
    line_end = cell.end(1)
    tabs = text.count("\t", line_start, line_end)
    if tabs != 2:
        return None
    above = "" if line_start == 0 else text[ctx.line_start(text, line_start - 1):line_start - 1]
    newline = text.find("\n", line_end)
    below = "" if newline == -1 else text[newline + 1:ctx.line_end(text, newline + 1)]
    if above.count("\t") == tabs or below.count("\t") == tabs:
        return None
    return cell.end(1)


def month_in_date(text: str, start: int, end: int, key: str) -> bool:
    """Whether the one word ``key`` at ``start:end`` is a month between a day number and a
    year ('the 1st Jan 1990', '4 May 2023', a web server log's '[15/Jan/2024:01:12:53'), or
    before a day and a year ('Jan 5, 1990'): 'Jan', 'May', 'June', 'August' are also first
    names, and only the position tells."""
    if key not in MONTH_WORDS:
        return False
    if text[start - 1:start] == "/" and text[start - 2:start - 1].isdigit() \
            and _LOG_YEAR.match(text, end) is not None:
        return True  # '[15/Jan/2024:01:12:53 +0100]': a web server log's date
    year = _YEAR_AFTER.match(text, end)
    return year is not None and (year.group(1) is not None
                                 or _DAY_BEFORE.search(text, max(0, start - 12), start) is not None)


#: a spreadsheet's formula bar after its name box: the box holds a cell's address, which a
#: scan of the sheet reads as a short word ('A1' as 'Al', a listed first name)
_FORMULA_BAR_AFTER = lazy_compile(r"[ \t]+(?:fx|ƒx|f\(x\))(?![\w])")


def formula_bar_after(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` (three characters at most) is a spreadsheet's name
    box before its formula bar ('Al\tfx', 'B12 fx')."""
    return end - start <= 3 and _FORMULA_BAR_AFTER.match(text, end) is not None


#: Danish, Norwegian and Swedish possessives that the name lists also hold as first names
#: ('Min', 'Mine', 'Din', 'Vår', 'Sin'): before a lower-case word they own it ('Min husleje',
#: 'Mitt abonnement', 'Vår leilighet'), no name does
POSSESSIVES = frozenset(("min", "mitt", "mit", "mine", "mina", "din", "ditt", "dit", "dine", "dina",
                         "sin", "sitt", "sit", "sine", "sina", "vår", "vårt", "våre", "våra",
                         "vores", "jeres"))  # ('Hans', 'his', is a first name before a verb too)
_LOWER_WORD_AFTER = lazy_compile(r"[ ](\p{Ll}[\p{Ll}\-]*)")
#: function words a name may stand before ('Mvh Mina i kundeservice', 'Min og Kari'): only a
#: possessive's noun or adjective makes it one
FUNCTION_WORDS = frozenset(("i", "på", "og", "och", "eller", "er", "är", "har", "fra", "från",
                             "til", "till", "med", "som", "at", "att", "in", "and", "or", "is",
                             "her", "här", "der", "där", "kan", "vil", "skal", "ska", "var",
                             "sa", "sagde", "skriver", "skrev", "ringte", "ringer", "fikk", "fik",
                             # round 30D: English and Nordic words no possessive owns ('Contact
                             # Sine on 4123…', 'Spør Sine om nøklene')
                             "on", "om", "via", "about", "from", "igjen", "igen", "again"))


def possessive_before_word(text: str, start: int, end: int) -> bool:
    """Whether the one-word run ``text[start:end]`` is a possessive before a lower-case word
    ('Kunde: Min husleje er steget', 'Mitt abonnement'), not a first name; a function word or
    a verb after it ('Mvh Mina i kundeservice', 'Min ringte i går') leaves the name."""
    if text[start:end].lower() not in POSSESSIVES:
        return False
    return owns_word_after(text, end, FUNCTION_WORDS)


def owns_word_after(text: str, end: int, function_words: frozenset[str]) -> bool:
    """Whether a lower-case word that is none of ``function_words`` follows ``end`` after a
    space: the noun or adjective a possessive or a genitive before it owns."""
    word = _LOWER_WORD_AFTER.match(text, end)
    return word is not None and word.group(1) not in function_words


#: the words that name the surname a person was born with, or had before ('née Lindqvist',
#: 'født Hansen', 'mitt flicknamn är Berg', 'her maiden name was Berg', 'o.s. Korhonen',
#: 'tidligere etternavn: Dahl'); a possessive and a verb may stand between
_BIRTH_NAME_BEFORE = lazy_compile(
    r"(?i:(?<![\w.])(?:née|født|fødd|född|o\.[ ]?s\.|(?:pike|pige|jente|f[øo]de)na(?:vn|mn)(?:et)?"
    r"|flicknamn(?:et)?|tyttönim(?:i|eni|ensä)|maiden[ ]name"
    r"|birth[ ]name|(?:tidligere|tidlegare|tidigare|previous|former)[ ]"
    r"(?:etternavn(?:et)?|etternamn(?:et)?|efternamn(?:et)?|efternavn(?:et)?|surname"
    r"|last[ ]name|family[ ]name))"
    r"(?:[ ](?:mitt|min|mi|my|her|his|hennes|hans|hennar|hendes|sitt|sin|var|er|är|was|is|oli"
    r"|on)){0,2})[ \t]*[:(]?[ \t]*$")
#: the last word of each of those phrases, as :func:`birth_name_before` reads it
_BIRTH_NAME_LAST = frozenset((
    "née", "født", "fødd", "född", "s.", "o.s.", "flicknamn", "flicknamnet", "tyttönimi",
    "tyttönimeni", "tyttönimensä", "name", "surname", "etternavn", "etternavnet", "etternamn",
    "etternamnet", "efternamn", "efternamnet", "efternavn", "efternavnet", "mitt", "min", "mi",
    "my", "her", "his", "hennes", "hans", "hennar", "hendes", "sitt", "sin", "var", "er", "är",
    "was", "is", "oli", "on",
    *(stem + noun + ending for stem in ("pike", "pige", "jente", "føde", "fode")
      for noun in ("navn", "namn") for ending in ("", "et"))))


def birth_name_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` name a birth or former surname ('née ', 'født ',
    'flicknamn är ', 'maiden name: ', 'o.s. '): the run at ``start`` is that surname."""
    before = text[max(0, start - 48):start]
    last = before.rstrip(" \t:(").rsplit(None, 1)[-1:]
    if not last or last[0].lower().lstrip("(\"'«,") not in _BIRTH_NAME_LAST:
        return False
    return _BIRTH_NAME_BEFORE.search(before) is not None


#: one to three lower-case words after a first name, then numbers and their units: a thing
#: named after a person, as shops name their goods ('Oskar sofabord', 'Emma madrass 160x200',
#: 'Victoria termos 0,75 l'); a measure is a number with a unit or a size ('45 l', '160x200')
_THING_TAIL = lazy_compile(
    r"(?:[ ]\p{Ll}[\p{Ll}\-]*){1,3}"
    r"(?P<numbers>(?:[ ]\d+(?:[.,]\d+)?(?:[ ]?[x×][ ]?\d+(?:[.,]\d+)?)*"
    r"(?:[ ]?(?:cm|mm|m|l|dl|cl|ml|kg|g|W|kW|V|GB|TB|mAh|stk|pk)(?![\p{L}\d]))?)*)")
_MEASURE = lazy_compile(r"\d(?:[ ]?[x×][ ]?\d|[.,\d]*[ ]?(?:cm|mm|m|l|dl|cl|ml|kg|g|W|kW|V|GB|TB"
                         r"|mAh|stk|pk)(?![\p{L}\d]))")
#: where a table's cell ends: a tab, two spaces (a fixed-width invoice line), a separator or
#: a quote closing an SQL or CSV value
_CELL_END = lazy_compile(r"[ ]*(?:\t|[ ]{2,}|[;,|'\"]|$)", regex.M)
_CELL_SEPARATORS = lazy_compile(r"\t|[ ]{2,}|;|,(?![ ])|\|")
_CLOSING_QUOTES = {"'": "'", "\"": "\"", "«": "»", "“": "”", "”": "”"}


def thing_named_after(text: str, start: int, end: int) -> bool:
    """Whether the first name at ``start:end`` opens the name of a thing: lower-case words
    after it and a measure ('Lars tursekk 45 l er utsolgt', 'Emma madrass 160x200'), or
    lower-case words filling the rest of a table's cell, where the name opens the cell too
    ('Oskar sofabord<TAB>3<TAB>199,00', an invoice's fixed-width line), or the whole of a
    quoted value ('VALUES (..., 'Mia barnestol', ...)', 'Produktet «Olivia dyne»'); a
    person's name in a cell is capitalised throughout, and in a sentence a verb or a function
    word follows it ('Elsa ringte i går')."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False
    tail = _THING_TAIL.match(text, end, min(len(text), end + 80))
    if tail is None:
        return False
    if _MEASURE.search(tail.group("numbers") or ""):
        return True
    line_start, line_end = ctx.line_bounds(text, start, end)
    line = text[line_start:line_end]
    before = text[line_start:start].rstrip(" ")
    quote = _CLOSING_QUOTES.get(before[-1:])
    if quote is not None and text[tail.end():tail.end() + 1] == quote:
        return True  # a quoted value: 'Mia barnestol' in SQL, «Olivia dyne» in a sentence
    opens_cell = before == "" or before[-1:] in ("\t", ";", ",", "|") \
        or text[start - 2:start] == "  "
    return opens_cell and _CELL_END.match(text, tail.end()) is not None \
        and len(_CELL_SEPARATORS.findall(line)) >= 2


#: English street types that no one bears as a surname: a run of two words or more ending in
#: one names the street, with or without a house number ('our Baker Street store')
_STREET_ONLY_TYPES = frozenset(("Street", "Road", "Avenue", "Boulevard"))
#: a one-word company, capitalised, and one space before a run: the run names its product
_COMPANY_BEFORE = lazy_compile(r"(?<![\w\-.])(\p{Lu}[\p{L}\d]+)[ ]$")


#: round 32C: a UK postcode and a space right before a run on its line: the run is its post town
#: ('E95 1DG East Andrea', as Nordic writers order an English address's last line)
_UK_POSTCODE_BEFORE = lazy_compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}[ ]$")
#: ... and the one capitalised word of the town's that may stand between ('East ')
_TOWN_WORD_BEFORE = lazy_compile(r"(?<=[A-Z][ ])\p{Lu}\p{Ll}+[ ]$")


def after_uk_postcode(text: str, start: int) -> bool:
    """Whether a UK postcode and one space stand right before ``start``, a capitalised word of
    the town's between allowed ('E95 1DG East Andrea', 'LS1 4AB Leeds'): the capitalised
    words after it are its post town, no person."""
    if text[start - 1:start] != " " or start < 7:
        return False
    if not text[start - 4:start - 3].isdigit():  # (the inward code's digit: most runs lack it)
        word = _TOWN_WORD_BEFORE.search(text, max(0, start - 24), start)
        if word is None or not text[word.start() - 4:word.start() - 3].isdigit():
            return False
        start = word.start()
    return _UK_POSTCODE_BEFORE.search(text, max(0, start - 10), start) is not None


#: round 36C: a house number, its comma, and a Norwegian or Danish postcode (four digits) or a
#: Swedish one (three and two) with one space, right before a run: the run is its post town
_NORDIC_POSTCODE_BEFORE = lazy_compile(r"\d[A-Za-z]?,[ ](?:\d{4}|\d{3}[ ]\d{2})[ ]$")


def after_nordic_postcode(text: str, start: int) -> bool:
    """Whether a one-line address's postcode, after a house number and its comma, stands right
    before ``start`` ('Ahmedekra 4, 1848 Ahmed', 'Storgatan 5, 123 45 Berg'): the capitalised
    words after it are its post town, no person, though the town bears a surname written
    elsewhere in the text (a postcode alone, '1848 Ahmed', or after other words is no
    address's)."""
    if text[start - 1:start] != " " or not text[start - 2:start - 1].isdigit():
        return False
    return _NORDIC_POSTCODE_BEFORE.search(text, max(0, start - 12), start) is not None


def street_named(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` is two words or more ending in an English street type
    that is no surname ('Baker Street', 'King Road'): a street, though it bears no number."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1] in _STREET_ONLY_TYPES


def after_company_word(text: str, start: int) -> bool:
    """Whether a one-word company or service capitalised and a space come right before
    ``start`` ('Amazon Alexa Echo', 'Google Maps', 'Apple Watch'): the run is its product."""
    if text[start - 1:start] != " ":
        return False
    company = _COMPANY_BEFORE.search(text, max(0, start - 16), start)
    return company is not None and company.group(1).lower() in COMPANY_WORDS


#: a place after a preposition of where and a conjunction: the next run is a place too
#: ('Kunder i Sørbøvåg og Tolga', 'from Leeds and Bristol')
_PLACE_AND_BEFORE = lazy_compile(
    r"(?<![\w\-])(?:i|in|på|fra|från|from|til|till|to)[ ]"
    r"(?P<place>\p{Lu}[\p{L}\-]*(?:[ ](?:(?i:i|på)[ ])?\p{Lu}[\p{L}\-]*){0,2})"
    r"[ ](?:og|and|och|eller|or)[ ]$")


#: round 29A: a phrase of living in or moving to a place, right before a run ('bor i ',
#: 'flyttet til ', 'I live in ', 'we moved to '), or (round 30A) of the writer coming from it
_RESIDENCE_BEFORE = lazy_compile(
    r"(?i:(?<![\w\-])(?:bor|bur|bodde|budde|bosatt|busett|bosatte|lives?|living|lived|based|"
    r"located|settled|stationed)[ ](?:i|in|på)|(?<![\w\-])(?:flytte[rt]?|flytta|flyttar|"
    r"flyttat|flyttade|move[sd]?|moving|relocated?|relocating)[ ](?:til|till|to)"
    # round 30A: where the writer is from ('jeg er fra Rana', 'vi kommer frå Vågå', "I'm from")
    r"|(?<![\w\-])(?:(?:jeg|eg|vi|me|jag)[ ](?:er|är|kommer|kjem|kom)|i[ ]am|i'm|we[ ]are"
    r"|we're|i[ ]come|we[ ]come)[ ](?:fra|frå|från|from)"
    # round 30D: a place one stays, works or is at ('hytte på Frøya', 'ferie på Hitra', 'jobber i
    # Rana', 'postkontoret i Vega', 'var i Tolga i påsken'), or travels to ('tur til Senja')
    r"|(?<![\w\-])(?:hytte[nr]?|hytta|hyttene|sommerhus|sommarhus|sommerhuset|stuga|stugan|ferie[nr]?"
    r"|feriar|semester|semestern|jobber|jobbet|jobbar|jobba|arbeider|arbeidet|arbeidar|arbetar"
    r"|arbetade|kontoret|lageret|butikken|butiken|postkontoret|sykehuset|sjukehuset|skolen|skulen"
    r"|var|er|är|ligger|ligg|lå|låg|vært|vore|født|fødd|född|oppvokst|uppvuxen)[ ](?:i|på)"
    r"|(?<![\w\-])(?:tur|turen|reise|reiser|reiste|reisa|resa|reser|reste|drar|dro|kjører|kjørte"
    r"|skal|ska)[ ](?:til|till))[ ]$")
#: a genitive's 'sin'/'sitt'/'sine'/'si' after a run: a person's ('på Frøya sin bursdag')
_GENITIVE_AFTER = lazy_compile(r"[ ](?:sin|sitt|sine|si|sitt)\b")
#: the direction words that open the names of Norwegian municipalities, districts and farms
#: ('Indre Østfold', 'Nordre Follo', 'Søndre Land', 'Øvre Eiker', 'Nordre Li'), never names
DIRECTION_WORDS = frozenset(("indre", "ytre", "nordre", "søndre", "vestre", "østre", "øvre",
                             "nedre", "midtre", "øystre", "nørdre", "sørre"))


def place_lived_in(text: str, start: int, key: str) -> bool:
    """Whether the one word ``key`` at ``start`` is a place in the postal register (round 30A:
    or a municipality, 'flyttet til Rana', 'bur i Vågå') after a phrase of living in or moving
    to it ('vi har flyttet til Tolga', 'I live in Vega', 'we moved to Helle'; round 29A): a
    place, though a first name is spelled so."""
    if key not in gazetteers.place_names() or text[start - 1:start] != " ":
        return False
    return _RESIDENCE_BEFORE.search(text, max(0, start - 24), start) is not None \
        and _GENITIVE_AFTER.match(text, start + len(key)) is None


def coordinated_place(text: str, start: int, key: str) -> bool:
    """Whether the one word ``key`` at ``start`` is a place in the postal register (or a
    municipality, round 30A) joined by 'og'/'and' to another such place after a preposition
    of where ('Kunder i Sørbøvåg og Tolga fikk feilmelding', 'i Rana og Vefsn'): a place,
    though a first name or a surname is spelled so."""
    places = gazetteers.place_names()
    if key not in places:
        return False
    before = _PLACE_AND_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and before.group("place").lower() in places


#: round 30D: a short number right after a word (a line's, a job's, a day's: 'Line 332', 'Line:
#: 332', 'Run 12', 'Dag 3 av kurset'), not the first group of a phone number ('Line 412 34 567'),
#: a longer number, a decimal or an age ('Liv 7 år')
_NUMBER_AFTER = lazy_compile(r"(?:[ ]?[:#][ ]?|[ ])\d{1,5}(?![\d]|[ .,:]\d|[ ]?(?i:år|års|years?|yrs"
                              r"|y/o|mnd|måneder|månader|months?)\b)")


def number_after(text: str, end: int) -> bool:
    """Whether a short number follows the word ending at ``end`` (:data:`_NUMBER_AFTER`): a
    first name that is also a word ('Line', 'Dag', 'Run', 'Key') before one is that word
    numbered, a traceback's line or a course's day ('File "app.py", Line 332', 'Det er Dag 3')."""
    return text[end:end + 1] in (" ", ":", "#") and _NUMBER_AFTER.match(text, end) is not None


#: a sign of a program's output on a line: an error word, a source file, a column ('Traceback',
#: 'SyntaxError', 'feilen', 'failed', 'views.py"', 'col 4')
_CODE_SIGN = lazy_compile(
    r"(?i:error|exception|traceback|failed|failure|fatal|warning|feil|fel\b|stack|exit[ ]code"
    r"|\bcol(?:umn)?\b|\.(?:py|js|ts|jsx|tsx|java|cs|go|rb|php|c|cpp|h|kt|swift|json|xml|ya?ml"
    r"|sql|html|css|sh|ps1|log)\b)")
#: how much of a run's line around it a code sign is looked for in
_CODE_REACH = 80


#: a short number closing a field's label before its colon ('Line 1: ', not a time, 'Line 12:30')
_NUMBERED_LABEL = lazy_compile(r"[ ]\d{1,2}[ \t]*:(?!\d)")
#: what may open a numbered label's line before the word: capitalised words ('Address ')
_LABEL_OPENING = lazy_compile(r"[ \t]*(?:\p{Lu}\p{Ll}*[ ]){0,3}")
#: a number closing a table's cell ('Address Line 1,', 'Phone 2<TAB>')
_NUMBERED_CELL_END = lazy_compile(r"[ ]\d{1,2}(?=[ \t\"']*(?:[,;|\t\r\n]|$))")


def numbered_word(text: str, start: int, end: int, common: bool) -> bool:
    """Whether the one-word run ``text[start:end]`` is a word numbered by the short number
    after it (:func:`number_after`): a first name that is also a Nordic word (``common``: 'Dag
    3 av kurset'), or any word on a line of a program's output, where English words are
    numbered ('File "app.py", Line 332, in get', 'Error at Line 12 col 4', 'Job 12 failed'), or
    any word of a form's label numbered before its colon, opening its line ('Address Line 1:')."""
    if not number_after(text, end):
        return False
    if common:
        return True
    if _NUMBERED_LABEL.match(text, end) is not None \
            and _LABEL_OPENING.fullmatch(text, ctx.line_start(text, start), start) is not None:
        return True  # round 34A: a form's numbered field opening its line ('Address Line 1: …')
    if (cell := _NUMBERED_CELL_END.match(text, end)) is not None:
        opening = max(text.rfind(mark, max(0, start - 40), start) for mark in ",;|\t\n") + 1
        words = _LABEL_OPENING.fullmatch(text, opening, start)
        if words is not None and header_cell(text, opening + len(words.group())
                                             - len(words.group().lstrip(" \t")), cell.end()):
            return True  # round 35F: a header row's numbered cell ('Address Line 1,Birthday')
    line_start = text.rfind("\n", max(0, start - _CODE_REACH), start) + 1
    line_end = text.find("\n", end, end + _CODE_REACH)
    line_end = min(len(text), end + _CODE_REACH) if line_end == -1 else line_end
    return _CODE_SIGN.search(text, max(line_start, start - _CODE_REACH), line_end) is not None


#: round 37F: a house number (or a floor's, a flat's) right after a street's name
_HOUSE_NUMBER_NEXT = lazy_compile(r"[ \t]*(?:nr\.?[ ]?)?\d")


def common_word_surname(text: str, tokens: list, keys: list[str], cues, cued: frozenset,
                        strong: frozenset) -> bool:
    r"""Whether the last of two words, a common word, is a surname after a listed first name
    (round 37F), ``cues(start, end)`` giving the cues of the two words:

    - a street word ('Plass'): a Nordic street named after a person puts the name in the
      genitive ('Olav Kyrres plass') and its house number after it; a first name in the
      nominative and the capitalised street word with no number after them, where a person
      is spoken of (one of ``cued``: 'snakka med Maja Plass, ho har ansvaret'), is the
      person's full name ('Maja Plass 4', 'på Maja Plass' stay as they were);
    - a word that the lists hold as a first name or a surname too ('May', 'June'), after a
      first name that is no word, the two alone on their line under a strong cue (one of
      ``strong``: 'Regards,\nMaurice May', 'Ship to:\nMaurice May'): a signed or labelled
      full name, not a first name and a month.

    >>> cues = lambda a, b: ("pronoun after",)
    >>> common_word_surname("med Maja Plass, ho", [(4, 8), (9, 14)], ["maja", "plass"], cues,
    ...                     frozenset({"pronoun after"}), frozenset())
    True
    >>> common_word_surname("Maja Plass 4, ho", [(0, 4), (5, 10)], ["maja", "plass"], cues,
    ...                     frozenset({"pronoun after"}), frozenset())
    False
    """
    if len(tokens) != 2 or not is_first(keys[0]) or keys[0].endswith("s") \
            or not text[tokens[1][0]:tokens[1][0] + 1].isupper():
        return False
    from pii_scanner.detect.recognizers.generic.street_address import STREET_WORDS

    if keys[1] in STREET_WORDS:
        return _HOUSE_NUMBER_NEXT.match(text, tokens[1][1]) is None \
            and bool(cued.intersection(cues(tokens[0][0], tokens[1][1])))
    return (is_first(keys[1]) or keys[1] in gazetteers.surnames()) \
        and keys[0] not in common_words() \
        and not text[ctx.line_start(text, tokens[0][0]):tokens[0][0]].strip(" \t>") \
        and not text[tokens[1][1]:ctx.line_end(text, tokens[1][1])].strip(" \t") \
        and bool(strong.intersection(cues(tokens[0][0], tokens[1][1])))
