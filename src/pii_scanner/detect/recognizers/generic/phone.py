"""PHONE_NUMBER: candidates by one linear regex, validated by ``phonenumbers`` (NO/SE/DK/FI, +CC).

A candidate with ``+``/``00`` is parsed as international; otherwise it is tried against
the text language's country first, then NO, SE, DK, FI (and GB for English), but only where
the numbering plan allows its first digit: a national number with a leading 0 is a trunk-prefix
country's (SE, FI, GB), one without is NO's or DK's (no trunk prefix). So ``40123456`` is not
made a Finnish phone number after failing as a Norwegian one, and a candidate costs at most two
parses instead of four. Dates and
numbers touching other digits are not candidates. A national number that is only *possible*
(right length, unassigned range, e.g. fiction ranges) needs a context word; with an explicit
``+``/``00`` country code it passes on its own (range tables lag behind new series).
"""

from __future__ import annotations

import contextvars

import phonenumbers
import regex
from presidio_analyzer import RecognizerResult

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import blocks
from pii_scanner.detect import context as ctx
from pii_scanner.detect import number_words
from pii_scanner.detect.recognizers.base import (EXPLANATION_KEY, NordicRecognizer, PatternSpec,
                                                 explained_result)
from pii_scanner.detect.recognizers.boundaries import (CSV_FIELD_AFTER, CSV_FIELD_BEFORE, KeyForms,
                                                       field_key, words_of_key)
from pii_scanner.detect.text_language import reads_english
from pii_scanner.detect.validators.no import fodselsnummer

# phonenumbers compiles its metadata's patterns through re.compile on every use (a lookup in
# re's bounded cache); its own cache keeps each compiled once (round 36B: ~0.4 % of an
# analysis). It holds the metadata's patterns only, never a text's; a phonenumbers without
# it keeps re's cache.
if (_enable_pattern_cache := getattr(phonenumbers, "enable_pattern_cache", None)) is not None:
    _enable_pattern_cache()

_REGIONS = {"nb": "NO", "nn": "NO", "no": "NO", "sv": "SE", "da": "DK", "fi": "FI", "en": "GB"}
_FALLBACK = ("NO", "SE", "DK", "FI")
_DAY, _MONTH = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
#: Shapes that are dates or national ids (6+4/6+5 digits), never written phone numbers; with
#: spaces only a day and a month before the year ('12 3 1985'; not '91 32 6303', a phone in 2-2-4);
#: two years joined by a dash are a period ('2015-2020', a CV's or a contract's; a life's
#: '(1839-1914)' after a name), not a phone
_NOT_PHONE = lazy_compile(rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{2}}-\d{{2}}-\d{{4}}|"
                           rf"{_DAY} {_MONTH} \d{{4}}|\d{{6}}[ -]\d{{4,5}}|\d{{8}}-\d{{4}}|"
                           rf"(?:1\d|20)\d\d ?[-\u2013] ?(?:1\d|20)\d\d)")


#: The labels that make four dotted pairs a phone, not an IPv4 address ('Tlf. 22.33.44.55',
#: 'ring meg på 94.37.42.93'), looked for in the few characters before the number
DOTTED_PAIR_LABELS = ("tlf", "telefon", "mobil", "mob", "phone", "ring", "call", "sms", "fax",
                      "faks", "puh", "puhelin", "soita", "mobilnr", "telefonnr", "tel",
                      # English forms ('Mobile: 91.23.45.67', 'Cell', 'Telephone')
                      "mobile", "cell", "telephone")
_DOTTED_PAIR_LABEL = lazy_compile(r"(?<![\w])(?:" + "|".join(DOTTED_PAIR_LABELS)
                                   + r")\b[\w .:]{0,16}$")


_NETWORK_WORDS = frozenset(("ip", "server", "serveren", "host", "adresse", "address", "router",
                            "gateway", "node", "klient", "client"))


def dotted_pairs_after_phone_label(lower: str, start: int, value: str) -> bool:
    """Whether ``value`` at ``start`` is four dotted pairs ('22.33.44.55') that make a valid
    Norwegian or Danish number, right after a phone label on its line (``DOTTED_PAIR_LABELS``,
    at most 16 characters before it)."""
    if len(value) != 11 or value.count(".") != 3 or not all(len(p) == 2 for p in value.split(".")):
        return False
    digits = value.replace(".", "")
    if not any(phonenumbers.is_valid_number(_parse(digits, region)) for region in ("NO", "DK")):
        return False
    line_start = lower.rfind("\n", max(0, start - 40), start) + 1
    label = _DOTTED_PAIR_LABEL.search(lower, max(line_start, start - 40), start)
    # ('ring server 10.20.30.40', 'call host ...': a network word between them names an address)
    return label is not None and not _NETWORK_WORDS.intersection(label.group().split())


#: one group of a number written in groups ('412', '34', '4567')
_GROUP = r"\d{2,4}"
#: 8 digits grouped as Norwegian and Danish phones are written (3-2-3, 2-2-2-2)
_PHONE_GROUPING = lazy_compile(r"\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2}")


#: the key naming the value right after it: 'phoneNumber=', '"msisdn": "', "'tlf': '"
_KEY_FORMS = KeyForms(bare=True)


#: Nordic country codes an MSISDN opens with (DK, SE, NO, FI)
_MSISDN = lazy_compile(r"(?:45|46|47|358)\d{7,10}")


#: 'mit cpr nummer er ', 'hans kunde nummer är ': the word before a spelled-out 'number is'
#: names what kind of number follows (the phrase alone is a phone context word)
_KIND_OF_NUMBER = lazy_compile(r"(?:^|[\s(])([\w.\-]+)[ ]+(?:nummer|nummeret|numret|numero)[ ]+"
                                r"(?:er|är|on|is)[ ]*:?[ ]*$")

#: a 'new number' phrase right before a value ('nytt nummer: ', 'mitt nya nummer är ')
_NEW_NUMBER = lazy_compile(r"(?<![\w])(?:nytt|nye|nya|nyt|new)[ ](?:nummer(?:et)?|numret|nr\.?|number)"
                            r"[ ]?(?:er|är|is)?[ ]?:?[ ]*$")
#: things that get a new number, not people ('Ordren har fått nytt nummer', 'Saken fikk nytt
#: nr'): with a 'new number' phrase they name whose number follows (whole words, so not
#: 'saksbehandler'; not every negative word either: 'byttet jobb og fikk nytt nummer';
#: :data:`number_words.NUMBERED_THINGS`)
_NUMBERED_THING = lazy_compile(
    r"(?<![\w])" + number_words.word_pattern(number_words.NUMBERED_THINGS) + r"(?![\w])")

#: round 33F: a case's, a ticket's or an order's word right before a value, after nothing but
#: '#', 'nr'/'no.' or a colon ('Subject: RE: Case 61342395', 'Emne: SV: Sag 61342395', 'Ärende
#: 61342395', 'Ticket #61342395'): the value is that thing's number, as a mail's subject line
#: names it, no phone (whole words: 'Saksbehandler 41234567' is a case handler's phone; round
#: 34E: Finnish case, order and invoice words, 'Tapaus 86606895 koskee ...';
#: :data:`number_words.CASE_WORDS`)
_CASE_WORD_BEFORE = lazy_compile(
    r"(?<![\w])" + number_words.word_pattern(number_words.CASE_WORDS)
    + r"[ ]?(?:#|nr\.?|no\.?|:)?[ ]{0,2}$")

#: a sum written in groups of thousands and its currency right after it ('Totalt 28 795 018
#: kr', '1 234 567 NOK', '12 500 000,-'; no-break spaces read as spaces)
_THOUSANDS = lazy_compile(r"\d{1,3}(?:[ ]\d{3})+")
_CURRENCY_AFTER = lazy_compile(r"[ ]?(?:kr|nok|sek|dkk|eur|usd|,-)(?![\p{L}\d])")

#: the contact-row rule's near misses (:meth:`NordicPhoneRecognizer._contact_row_phone`):
#: a money amount in a row ('1 299,00', '499.50'; not a date's '12.03.2026')
_AMOUNT = lazy_compile(r"\d[,.]\d\d(?![\d.,])")
#: words of an order's, a ledger's or a payment list's row, not a contact list's ('2 stk',
#: 'Antall', 'Saldo', 'Betalt')
#: a country code opening a number in a list's row ('+45 49509603', '0045 4950 9603'):
#: the list's country where all its codes are one (:func:`_list_country`)
_COUNTRY_CODE = lazy_compile(r"(?<![\w+])(?:\+|00)(45|46|358)(?=[ ]?\d)")
_CODE_LANGUAGE = {"45": "da", "46": "sv", "358": "fi"}
#: a CPR label before a value in the row: a Danish person's row (' CPR-nr. ', ' cpr: '); a
#: henkilötunnus label a Finnish person's (round 34E: ' Henkilötunnus: ', ' hetu ')
_CPR_LABEL = lazy_compile(r"(?<![\w])cpr(?![\p{L}])")
_HETU_LABEL = lazy_compile(r"(?<![\w])(?:henkilötunnus|hetu)(?![\p{L}])")


def _list_country(lower: str, start: int) -> str | None:
    """The language of the country a contact list names for the bare number at ``start``
    (round 33D): a CPR label before it in its own row (the row is a Danish person's: '-
    Svenning Clausen, CPR-nr. … - 65595167'), else the one country code the list's rows
    write (up to a blank line above and below: '+45 49509603' in one row, '25570707' in
    the next); None where neither names one, or the codes name two."""
    line_start = ctx.line_start(lower, start)
    if _CPR_LABEL.search(lower, line_start, start) is not None:
        return "da"
    if _HETU_LABEL.search(lower, line_start, start) is not None:
        return "fi"
    line_end = ctx.line_end(lower, start)
    rows = blocks.rows_above(lower, line_start) + lower[line_start:line_end] \
        + blocks.rows_below(lower, line_end)
    if "+4" not in rows and "004" not in rows and "+358" not in rows and "00358" not in rows:
        return None  # (the cheap test first: most lists write no country code)
    codes = {m.group(1) for m in _COUNTRY_CODE.finditer(rows)}
    return _CODE_LANGUAGE[codes.pop()] if len(codes) == 1 else None


_LEDGER_WORDS = ctx.Terms(("stk", "pcs", "antall", "qty", "quantity", "mva", "vat", "moms",
                           "saldo", "balance", "betalt", "ubetalt", "betald", "obetald", "paid",
                           "unpaid", "forfall", "förfallen", "due"))
#: a word a list's heading names its numbers by ('Medlemsnr', 'Kundenummer', 'Medlemsnumre',
#: 'Employee no')
_LABEL_WORD = ctx.LABEL_WORD
_NUMBER_LABEL_ENDS = ctx.NUMBER_LABEL_ENDS
#: how a phone's own compound label may open though no phone word is in it ('Privatnummer:',
#: 'jobbnummer', 'Hemnummer', 'Direktnummer'): these name phones, other compounds other numbers
_PHONE_LABEL_HEADS = ("privat", "jobb", "hjem", "hem", "arbeid", "arbets", "arbete", "direkt",
                      "fast", "vakt", "kontor", "reserv", "alternativ", "ekstra", "extra",
                      "bedrift", "företag", "nød", "nöd", "dag", "kvelds", "kvälls")

#: what an MSISDN's number must be (Denmark's numbers are not told apart from fixed lines).
#: ``number_type`` alone tells validity too: it gives UNKNOWN for any invalid number (both
#: read the same region's metadata), so a test of the type needs no ``is_valid_number``
#: before it, which matched the number against the region's ranges once more (round 32T)
_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE,
                 phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
_MOBILE = phonenumbers.PhoneNumberType.MOBILE


#: a verb of contacting, the person to reach and 'on'/'at'/'på' right before a number ('You can
#: reach Dag on 4...', 'Text Elinor on 9...', 'Ta kontakt med Sine på 9...'; round 30E): the
#: phrase names that person's phone, with no phone word of its own; the verb a whole word
#: ('research on 4...' is none) and a capitalised name between ('reach 41234567 units' is none)
_CONTACT_NAME_ON = lazy_compile(
    r"(?<![\w])(?i:text|texta|reach|call|ring|ringe|ringa|ringje|contact|kontakt|kontakte|kontakta"
    r"|kontakt med|kontakte med|kontakta med|sms|sms til|sms till)"
    r"[ ]+\p{Lu}[\p{Ll}\-]+(?:[ ]\p{Lu}[\p{Ll}\-]+)?[ ]+(?:on|at|på)[ ]$")


def _after_contact_name_on(text: str, start: int) -> bool:
    """Whether a contact phrase naming a person (:data:`_CONTACT_NAME_ON`) ends right before
    ``start`` on its line."""
    if text[start - 3:start] not in ("on ", "at ", "på "):
        return False  # (most numbers)
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    return _CONTACT_NAME_ON.search(text, max(line_start, start - 60), start) is not None


#: round 32C: a British mobile as people space it, 5-6 or 5-3-3 ('07949 489264', '07949 489 264')
_UK_MOBILE_SPACED = lazy_compile(r"07\d{3}[ ]\d{3}[ ]?\d{3}")


def _uk_mobile(value: str) -> bool:
    """Whether ``value`` is a British mobile number as people write it unspaced ('07778002840':
    07 and nine digits, valid and a mobile by phonenumbers' GB plan) and no valid Norwegian
    fødselsnummer, which has eleven digits too and may open with '07' (round 30E), or (round
    32C) spaced as the British write it ('07949 489264', '07949 489 264': no Nordic number's
    grouping)."""
    if value[:2] != "07":
        return False  # (most numbers)
    if len(value) != 11 or not value.isdigit():
        if _UK_MOBILE_SPACED.fullmatch(value) is None:
            return False
        # round 37H: spaced 5-6 or 5-3-3, the digits are no fødselsnummer's (written 6-5 when
        # spaced at all): no birth-number test ('07411 259700' is an H-number's digits too)
        value = value.replace(" ", "")
        return phonenumbers.number_type(_parse(value, "GB")) == phonenumbers.PhoneNumberType.MOBILE
    # (a number's type is UNKNOWN unless it is valid: no is_valid_number before it)
    return phonenumbers.number_type(_parse(value, "GB")) == phonenumbers.PhoneNumberType.MOBILE \
        and not fodselsnummer.is_valid(value)


def _msisdn_shape(value: str) -> bool:
    """10-12 bare digits opening with a Nordic country code (an MSISDN as Vipps, BankID and
    operator APIs write it, without the '+': '4741157642', '46708851623')."""
    return 10 <= len(value) <= 12 and _MSISDN.fullmatch(value) is not None


def _trunk_zero(region: str) -> bool:
    """Whether ``region``'s national numbers are dialled with a leading 0 (phonenumbers' metadata)."""
    return phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix == "0"


#: what a national candidate may hold: ASCII digits and the national pattern's separators
_ASCII_DIGITS = frozenset("0123456789")
_NATIONAL_MARKS = _ASCII_DIGITS | frozenset(" -()")
#: country codes of the regions with eight-digit numbers and no national prefix to strip
_NO_PREFIX_REGIONS = {
    region: meta.country_code for region, meta in
    ((r, phonenumbers.PhoneMetadata.metadata_for_region(r)) for r in ("NO", "DK"))
    if meta.national_prefix_for_parsing is None}


#: the same regions by their '+CC' ('+47', '+45'), where no shorter code opens it ('+4' is
#: none: parse reads the shortest known code) and the code names that region first
_NO_PREFIX_CODES = {
    f"+{code}": region for region, code in _NO_PREFIX_REGIONS.items()
    if phonenumbers.region_code_for_country_code(code) == region and len(str(code)) == 2
    and int(str(code)[0]) not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE}


#: round 37H: the regions of the contract's languages whose numbers are dialled with a trunk 0
_TRUNK_ZERO_REGIONS = tuple(r for r in dict.fromkeys(_REGIONS.values()) if _trunk_zero(r))


def _foreign_number_after_code(value: str) -> bool:
    """Whether ``value`` is the code of a region with no trunk prefix ('+47', '+45': no
    national number there opens with 0) before a number written with its trunk 0 that is
    valid in a region dialled with one ('+4707866302106', '+47 07866 302106': a British
    mobile to which a Norwegian phone's or mail client's link prefixed its own code). Only
    with the '+' written (bare digits after a 00 are no phone's writing unless valid)."""
    compact = "".join(c for c in value if c.isdigit() or c == "+").lstrip("(")
    if compact[:3] not in _NO_PREFIX_CODES or compact[3:4] != "0":
        return False  # (most numbers)
    national = compact[3:]
    for region in _TRUNK_ZERO_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(national, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _eight_digits(value: str, code: int) -> phonenumbers.PhoneNumber | None:
    """The number of eight digits and separators in ``value``, the first digit no 0, in a region
    with no national prefix (country code ``code``); None for any other value."""
    if set(value) - _NATIONAL_MARKS:
        return None
    digits = "".join(c for c in value if c in _ASCII_DIGITS)
    if len(digits) != 8 or digits[0] == "0":
        return None
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(digits))


def _parse(value: str, region: str | None) -> phonenumbers.PhoneNumber:
    """``phonenumbers.parse(value, region)``, without the parse where it cannot change a thing:
    eight digits and separators only, no leading 0, in a region with no national prefix (NO,
    DK): there is then no prefix to strip, no extension, no country code to find (eight digits
    are these regions' whole national length, never a code plus a number), and the number is
    the digits themselves (parse's extraction and normalisation were ~60 % of a phone
    validation). The same holds after such a region's own '+CC' ('+47 412 34 567', '(+45) 22
    33 44 55'; round 30F). tests/detect/recognizers/test_generic_phone.py compares the two on
    every four-digit prefix, tests/detect/test_phone_speed_round30f.py on random strings."""
    if region is None:
        rest = value.lstrip("(")
        if rest[:3] in _NO_PREFIX_CODES:
            number = _eight_digits(rest[3:], _NO_PREFIX_REGIONS[_NO_PREFIX_CODES[rest[:3]]])
            if number is not None:
                return number
    elif region in _NO_PREFIX_REGIONS:
        number = _eight_digits(value, _NO_PREFIX_REGIONS[region])
        if number is not None:
            return number
    return phonenumbers.parse(value, region)


#: the verdicts of the analysis running in this context, by value (round 30F: a number written
#: again in one text is validated once; not across texts); None outside
#: :meth:`NordicPhoneRecognizer.analyze`
_VERDICTS: contextvars.ContextVar[dict[str, bool | str] | None] = contextvars.ContextVar(
    "phone_verdicts", default=None)


def _plausible_national(value: str, digits: int) -> bool:
    """Cheap shape test before phonenumbers: 8 digits (NO/DK) or a trunk 0 (SE/FI/GB)."""
    first = value.lstrip("(")[:1]
    if first == "0":
        return 7 <= digits <= 11
    return digits == 8


#: how far before a number its sentence's giro word may stand ('Bankgiro för hyran är
#: oförändrat (3706-9930)'): further than the negative words' window
_GIRO_REACH = 120
#: a Swedish bankgiro number's shape: 7 or 8 digits, a dash before the last four
_BANKGIRO = lazy_compile(r"\(?\d{3,4}-\d{4}\)?")
_SENTENCE_END = lazy_compile(r"[.!?](?:[ \t]|$)|\n")


def _bankgiro_in_sentence(lower: str, start: int, value: str, phone_words) -> bool:
    """Whether ``value`` has a bankgiro number's shape (``NNN-NNNN``, ``NNNN-NNNN``, in
    parentheses too) and a giro word (``bankgiro``, ``plusgiro``, ``giro``) stands earlier
    in its sentence with no phone word after it (``bankgiro ..., ring 0701-2345``)."""
    if _BANKGIRO.fullmatch(value) is None:
        return False
    head = lower[max(0, start - _GIRO_REACH):start]
    cut = None
    for cut in _SENTENCE_END.finditer(head):
        pass
    if cut is not None:
        head = head[cut.end():]
    at = head.rfind("giro")
    return at != -1 and not phone_words.hits(head[at + 4:])


class NordicPhoneRecognizer(NordicRecognizer):
    MIN_DIGITS = 6
    ENTITY = "PHONE_NUMBER"
    KEYED_VALUES = True
    PATTERNS = (
        # '+44 (0)20 ...', '+1 (415) 555-0123': a trunk 0 or an area code in parentheses
        # '(+47) 22 33 44 55': the country code in parentheses
        # '%2B4791234567': the '+' URL-encoded in a link or query string ('?tlf=%2B47...')
        # a label's colon may stand right before a number ('Tlf:95 70 29 36'), not another
        # colon's or a number's ('10:15:30', '::1'); a ',' and a digit after it is a decimal's
        # tail, unless a comma or its line opened the number: a CSV field ('+45 39930148,3103…')
        PatternSpec("international", r"(?<![\w+/.#-]|[^\p{L}]:|\d[ ])(?:\(\+\d{1,3}\)|(?:\+|%2[Bb]|\b00)\d{1,3})(?:[ \-]?\(\d{1,4}\))?"
                    r"(?:[ \-]?\d){5,13}(?![\w]|[./:-]\d|,\d(?<![,\n](?:\+|00)[\d .\-]{5,24},\d))", 0.8, lead=r"[(+%0]", line_digits=6),
        # not inside an international number's "(0)": "+44(0)114 ..." is one candidate
        # an opening parenthesis belongs to the number only around an area code ('(22) 12 34
        # 56'), not around the whole number ('Jane Doe (92472982)')
        # a last group of one digit is a check digit ('Y-tunnus 1234567-8', 'plusgiro 12 34
        # 56-7'), never phone grouping
        # a dash glued to the number only after a space, as a dash before a value ('tlf
        # -91234567', 'mob -412 34 567'); glued to a word or number it is one code ('ID-9123...')
        # a digit after a space continues the number, but a date or a time there is a word of
        # its own ('Bekreftet per telefon 41234567 12.03.2024', 'ringte 41234567 14:30')
        # a CSV field after a numeric one, or before one (.Kari Berg,46871268,16457268878.)
        PatternSpec("national", r"(?<![\w+/.#]|\S-|[^\p{L}]:|\d," + CSV_FIELD_BEFORE + r"|\d[ ])(?!0\))"
                    r"(?:\((?=\d{1,4}\)))?\d(?:\)?[ \-]?\d){6,11}"
                    r"(?<![ \-]\d)(?![\w]|[./:-]\d|" + CSV_FIELD_AFTER + r"|[ ]\d(?!\d?[.:]\d\d))",
                    0.45, line_digits=7),
        # a Swedish area code set off by a slash or a spaced dash ('070/123 45 67', '073 - 572
        # 42 25', '08/123 456 78'; round 28A): seven digits or more after the mark, so a
        # date with slashes ('08/12 2024', '05/11/2024') is none; validated as any national
        # number
        PatternSpec("area code set off", r"(?<![\w+/.#\-]|\d[ ])0\d{1,3}(?:/|[ ]-[ ])\d(?:[ \-]?\d){6,8}"
                    r"(?<![ \-]\d)(?![\w]|[./:-]\d|[ ]\d)", 0.45, lead=r"0", line_digits=9),
        # one double space between two groups of a number in three groups or more ('412  34
        # 567', '072-291  69 74', '+47 412  34 567'): a rich-text editor stores a typed double
        # space as '&nbsp; ', so HTML mail shows one inside a phone; two groups alone with a
        # double space between them are two columns of a table, not a number
        PatternSpec("double-spaced groups",
                    r"(?<![\w+/.#]|\S-|[^\p{L}]:|\d,|\d[ ]{1,2})(?:(?:\+|\b00)\d{2,3}[ ])?"
                    rf"(?:{_GROUP}(?:[ \-]{_GROUP})+[ ]{{2}}{_GROUP}(?:[ \-]{_GROUP})*"
                    rf"|{_GROUP}[ ]{{2}}{_GROUP}(?:[ \-]{_GROUP})+)"
                    r"(?![\w]|[.,/:-]\d|[ ]{1,2}\d)", 0.45, lead=r"[\d+]", line_digits=7),
        # a Norwegian number grouped 3-2-3 with dots ('412.34.567', as older signatures write
        # it): no date, amount or version has that shape, but it needs a phone word near
        PatternSpec("dotted 3-2-3", r"(?<![\w+/.#\-])\d{3}\.\d{2}\.\d{3}(?![\w]|[.,]\d)", 0.45,
                    lead=r"\d", line_digits=8, run_digits=3),
        # ... and 2-2-2-2 with dots ('22.33.44.55'), an IPv4 address's shape too: only right
        # after a phone label (:data:`DOTTED_PAIR_LABELS`), where the IP recognizer leaves it
        PatternSpec("dotted 2-2-2-2", r"(?<![\w+/.#\-])\d{2}\.\d{2}\.\d{2}\.\d{2}(?![\w]|[.,]\d)",
                    0.45, lead=r"\d", line_digits=8),
        # a WhatsApp click-to-chat link names its number as an MSISDN, without the '+'
        # ('https://wa.me/4791234567'; 'api.whatsapp.com/send?phone=47...' is a keyed value)
        PatternSpec("whatsapp link", r"(?<=\bwa\.me/)(?:45|46|47|358)\d{7,10}(?![\w])", 0.6,
                    line_digits=9),
    )
    CONTEXT = ("tlf", "telefon", "mobil", "mob", "phone", "tel", "ring", "call", "sms",
               "mobilnr", "telefonnr", "nå meg", "reach me", "m:", "t:", "p:", "cell", "telephone",
               # 'du når meg på …', Swedish 'ni når mig på …', 'kan nå mig på …' (round 27A)
               "når meg", "nå mig", "når mig",
               # English 'I am on 4…', 'I'm on …', 'reachable on …', 'can be reached at …'
               # (round 31A; a phrase needs a word start: 'Sam on 4…' is none)
               "i am on", "i'm on", "reachable", "be reached",
               "whatsapp", "tilgjengelig på", "available on", "nås på", "numret", "fax", "faks",
               "direkte", "direct", "dir.", "tfn", "telnr", "sentralbord", "switchboard",
               "vakttelefon", "hovednummer", "växel", "vaxel", "omstilling",
               # a contact line: 'Kontakt: Espen Bakke, 92472982, espen@firma.no'
               "kontakt", "contact", "puh", "puhelin",
               # 'Hennes nummer är 070...', 'Nummeret hennar er 9...': the word on its own
               # (not 'personnummer', 'kundenummer': a phrase needs a word start)
               "nummer är", "nummer er", "nummeret er", "nummeret mitt", "nummeret hans",
               "nummeret hennes", "nummeret hennar", "nummeret vårt", "mitt nummer",
               "numret är",
               # a new number announced: 'Jeg har fått nytt nummer: 9…', 'mitt nya nummer',
               # Danish 'nyt nummer', 'my new number' (a phrase needs a word start, so 'nytt
               # kundenummer' is none; 'Ordren har fått nytt nummer' names a thing's:
               # :meth:`_new_number_of_a_thing`)
               "nytt nummer", "nye nummer", "nytt nr", "nye nr", "nya nummer", "nyt nummer",
               "new number",
               # English 'my number is 4…', 'my new Norwegian number is 4…' (round 28A: a
               # country's adjective before 'number' names a phone's country, not a number's
               # kind; 'my order number' stays none: the phrase needs 'my' right before)
               "my number", "norwegian number", "swedish number", "danish number",
               "finnish number", "uk number",
               # Finnish: 'soita'/'soittaa' (call), 'numero on' (the number is; a phrase
               # needs a word start, so not 'tilausnumero on'), 'tekstiviesti' (SMS)
               "soita", "soitt", "numero on", "tekstiviesti",
               # operator and payment APIs: 'msisdn', 'phoneNumber=' (read as 'phone number')
               "msisdn",
               # a call-centre note's call back ('cb Kari 9…', 'cb on 9… b4 5pm')
               "cb", "callback", "call back",
               # a missed call or a voice message ('Voicemail fra 98039504', 'Tapt anrop',
               # Swedish 'röstmeddelande', Danish 'opkald')
               "voicemail", "talemelding", "telefonsvar", "anrop", "röstmeddelande", "opkald",
               # a phone's own field titles, compounds ending like another number's label
               # ('Privatnr:', 'Hjemmenummer:'; :meth:`_labelled_another_number`)
               "privatnr", "privatnummer", "hjemmenr", "hjemmenummer", "vaktnr", "vaktnummer")
    WHOLE_VALUE_BOOST = 0.3
    LINE_VALUE_BOOST = 0.1
    #: added to a bare valid mobile number in a contact list's row (:meth:`_contact_row_phone`)
    CONTACT_ROW_BOOST = 0.15
    #: added to an unspaced British mobile number in English text with no word near it (round
    #: 30E: 'I am on 07778002840'; :func:`_uk_mobile`)
    UK_MOBILE_BOOST = 0.15
    NEGATIVE_CONTEXT = ("kid", "ordre", "order", "faktura", "invoice", "kundenr", "kundenummer",
                        "ref", "konto", "account", "saksn", "sak nr", "case no", "case number",
                        # Danish and Swedish case numbers ('Sagsnr.', 'Ärendenummer')
                        "sagsn", "ärendenr", "ärendenummer",
                        "job", "build", "versjon", "version",
                        "org.nr", "orgnr", "organisasjonsn", "fnr", "fødselsn", "personnummer",
                        "personummer",
                        "cpr",
                        "bestilling", "beløp", "kr", "nok", "sek", "referanse", "id",
                        # Swedish giro numbers (NNNN-NNNN) and article codes (NNN-NNN-NN)
                        "bankgiro", "plusgiro", "giro", "bg", "pg", "artikel", "artikkel",
                        # a Swedish payment reference ('Ange OCR 006474162721 vid betalning')
                        "ocr", "betalningsreferens",
                        "art.nr", "artnr", "sku", "varenr", "varenummer", "produktnr",
                        # an insurance form's policy and claim numbers (8 digits, on the
                        # line under their label as often as after it)
                        "polisenummer", "polisenr", "polisnummer", "policenummer", "policy no",
                        "policy number", "forsikringsnummer", "forsikringsnr",
                        "försäkringsnummer", "skadenummer", "skadenr", "claim number",
                        # an agreement's or a case's number ('Avtalenr 4802 4503', 'ärende
                        # 03172293', Danish 'sagsnr.'), a Swedish customer number ('kundnr')
                        "avtalenr", "avtalenummer", "avtalsnummer", "avtalsnr", "aftalenr",
                        "aftalenummer", "ärende", "sagsnr", "sagsnummer", "kundnr", "kundnummer",
                        # a parcel's tracking number (a DHL waybill's 10 digits may open with
                        # '00' and read as an international number: 'DHL waybill 0017306548')
                        "sporingsnummer", "sporingsnr", "sporing", "tracking", "waybill",
                        "kollinummer", "kollinr", "sendingsnummer", "sendingsnr", "shipment",
                        "försändelse", "forsendelse",
                        # a receipt's number ('Fw: Kvittering 2025-7913', Swedish 'kvitto')
                        "kvittering", "kvitto", "receipt")

    #: round 36C: an account or profile a possessive or 'the' makes the customer's, after a
    #: preposition of where: it holds the number, and names no account number ('updated the
    #: mobile number on your account to 413 93 476', 'nummeret på kontoen din', 'på ditt
    #: konto'); only set aside with a phone word near (:attr:`HELD_NEGATIVE`)
    HELD_NEGATIVE = (r"(?<![\w])(?:(?:on|in|to|from|for|of|with|under)[ ](?:your|my|our|his|her|their|the)"
                     r"[ ](?:customer[ ]|user[ ]|online[ ])?account"
                     r"|(?:på|i|til|till|fra|frå|från|hos)[ ](?:kontoen|kontot|profilen)"
                     r"(?:[ ](?:din|min|vår|deres|mi|di|dykkar|ditt|mitt|ert|jeres))?"
                     r"|(?:på|i|til|till|fra|frå|från)[ ](?:din|min|mitt|ditt|vår|vårt|ert|jeres|deres)"
                     r"[ ](?:konto|profil))(?![\w])")

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(supported_language, name)
        first = _REGIONS.get(supported_language)
        regions = ((first,) if first else ()) + tuple(r for r in _FALLBACK if r != first)
        # regions whose national numbers are written with the trunk prefix 0, and the others
        self._trunk_regions = tuple(r for r in regions if _trunk_zero(r))
        self._plain_regions = tuple(r for r in regions if not _trunk_zero(r))

    def _score_match(self, text, lower, spec, match):
        if spec.name == "dotted 3-2-3":
            return self.score_span(text, lower, spec, *match.span(), require_context=True)
        if spec.name == "dotted 2-2-2-2":
            if not dotted_pairs_after_phone_label(lower, match.start(), match.group()):
                return None
            return self.score_span(text, lower, spec, *match.span(), require_context=True)
        return super()._score_match(text, lower, spec, match)

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        """The rare shapes only where they can be: a double space, a dot, a WhatsApp link."""
        if spec.name == "double-spaced groups":
            return "  " in lower
        if spec.name in ("dotted 3-2-3", "dotted 2-2-2-2"):
            return "." in lower
        if spec.name == "whatsapp link":
            return "wa.me/" in lower
        if spec.name == "area code set off":
            return "/" in lower or " - " in lower
        return True

    def line_value_boost(self, value: str) -> float:
        """Only for numbers that cannot be an unseparated national id (11+ bare digits)."""
        return 0.0 if value.isdigit() and len(value) > 10 else self.LINE_VALUE_BOOST

    def score_span(self, text, lower, spec, start, end, require_context=None):
        """An MSISDN without its '+' (``"msisdn": "4741157642"``, ``phoneNumber=4791234567``)
        counts only as the value of a key that names a phone, or in a WhatsApp link; a
        spelled-out 'number is' qualified by a negative word (``cpr nummer er``) is no phone's,
        nor is a thing's new number (``Saken har fått nytt nummer``); a bare mobile number
        in a contact list's row gets ``CONTACT_ROW_BOOST`` (:meth:`_contact_row_phone`)."""
        if (_msisdn_shape(text[start:end]) and spec.name != "whatsapp link"
                and not self._phone_key(text, start)):
            return None
        if self.validate_result(text[start:end]) is False:
            # round 37B: the cheap test first: about half the candidates are no phone number
            # by their shape (a date, a national id's digits; :meth:`_validate`), and the base
            # scoring would reject them after the label checks below (the verdict is kept for
            # the analysis, :data:`_VERDICTS`: no second validation)
            return None
        before = max(0, start - 40)
        kind = _KIND_OF_NUMBER.search(lower, before, start) if "num" in lower[before:start] else None
        if kind is not None and self._negative.hits(kind.group(1)):
            return None  # 'mit cpr nummer er 0805731234': a number of that kind, not a phone
        if self._new_number_of_a_thing(lower, start):
            return None  # 'Saken har fått nytt nummer: 41234567': the case's, not a phone
        if _CASE_WORD_BEFORE.search(lower, max(0, start - 24), start) is not None:
            return None  # round 33F: 'Subject: RE: Case 61342395': the case's number
        if "giro" in lower[max(0, start - _GIRO_REACH):start] and _bankgiro_in_sentence(
                lower, start, text[start:end], self._context):
            return None  # 'Bankgiro för hyran är oförändrat (3706-9930)': the giro number
        if _THOUSANDS.fullmatch(text, start, end) and _CURRENCY_AFTER.match(lower, end):
            return None  # 'Totalt 28 795 018 kr': a sum in thousands groups, not a phone
        found = super().score_span(text, lower, spec, start, end, require_context)
        if found is not None and text[start:start + 2] == "00" and text[start:end].isdigit() \
                and "context" not in (parts := dict(found.recognition_metadata[EXPLANATION_KEY])) \
                and parts.get("validation") == "possible international":
            # round 37H: bare digits after a 00 that are no valid number ('0012029591': a
            # Swedish personnummer's, a Danish FI-kode's digits) are a phone's only under a
            # phone word ('Telefon: 00441986'); the '+' or a phone's grouping writes one
            return None
        if found is not None and self._labelled_another_number(lower, start, found):
            return None  # 'Objektsnummer 055-638-673', 'Ansattnummer: 90412436': that number
        if found is not None and ctx.after_name_in_parentheses(text, start, end):
            parts = dict(found.recognition_metadata[EXPLANATION_KEY])
            if "context" not in parts and "negative_context" not in parts:
                found = self._boosted(found, self.CONTEXT_BOOST, ("context", ("name (number)",)),
                                      ("context_boost", self.CONTEXT_BOOST))
        elif found is not None and _after_contact_name_on(text, start):
            parts = dict(found.recognition_metadata[EXPLANATION_KEY])
            if "context" not in parts and "negative_context" not in parts:
                found = self._boosted(found, self.CONTEXT_BOOST, ("context", ("contact NAME on",)),
                                      ("context_boost", self.CONTEXT_BOOST))
        if found is not None and self._contact_row_phone(text, lower, start, end, found):
            # round 32C: a British mobile in a row of a text with no hint is valid in GB's plan,
            # no region tried: scored as valid, as the English-text rule below scores it
            lift = self.detail_score("plain", 0) - found.score if dict(
                found.recognition_metadata[EXPLANATION_KEY]).get("validation") == "possible" else 0.0
            found = self._boosted(found, self.CONTACT_ROW_BOOST + lift,
                                  *((("gb_plan", "plain"),) if lift else ()),
                                  ("contact_row_boost", self.CONTACT_ROW_BOOST))
        elif found is not None and _uk_mobile(text[start:end]) and (
                self.supported_language == "en"  # or no hint and English words (round 31A)
                or self.supported_language == "xx" and reads_english(lower)):
            parts = dict(found.recognition_metadata[EXPLANATION_KEY])
            if "context" not in parts and "negative_context" not in parts:
                # (without a hint GB is no region tried: the number, valid in GB's plan, is
                # scored as valid, as in an English ticket)
                lift = self.detail_score("plain", 0) - found.score \
                    if parts.get("validation") == "possible" else 0.0
                found = self._boosted(found, self.UK_MOBILE_BOOST + lift,
                                      *((("gb_plan", "plain"),) if lift else ()),
                                      ("uk_mobile_boost", self.UK_MOBILE_BOOST))
        return found

    def _boosted(self, found: RecognizerResult, boost: float, *why) -> RecognizerResult:
        """``found`` with ``boost`` added (at most 1.0) and ``why`` before its final score."""
        score = min(1.0, found.score + boost)
        parts = found.recognition_metadata[EXPLANATION_KEY][:-1]
        return explained_result(self, found.start, found.end, score,
                                tuple(parts) + why + (("score", round(score, 3)),))

    def _names_a_number(self, word: str) -> bool:
        """Whether ``word`` names a kind of number that no phone word is in ('medlemsnr',
        'avinummer'; not 'mobilnummer', 'telefonnr')."""
        return word.endswith(_NUMBER_LABEL_ENDS) and not self._context.hits(word)

    def _labelled_another_number(self, lower: str, start: int, found: RecognizerResult) -> bool:
        """Whether the value's own label (:func:`context.own_label`) names another kind of
        number, so the value is that number and no phone. Either its last word is a compound
        longer than its '-nummer'/'-nr' ending that holds no phone word and opens with none of
        :data:`_PHONE_LABEL_HEADS`, right before the value (round 27A: 'Objektsnummer
        055-638-673', 'Avinummer: 099957826', 'lägenhetsnr 1102'; a phone word earlier in the
        sentence, '... mobil +46 76 …. Lägenhet 901, avinummer 0999…', does not make it one),
        or any of its words is such a compound (not a bare 'Nummer:') and no phone word is
        near (round 27B: 'Ansattnummer:', 'Medlemsnr', 'Lånenummer', as a helpdesk field's
        title before its value reads)."""
        head = lower[max(0, start - 48):start]  # (the most :func:`context.own_label` reads)
        if "nr" not in head and "num" not in head and "no." not in head:
            return False  # (most numbers: no number's label ending before them)
        label = ctx.own_label(lower, start)
        near = head[-12:]
        if "nr" in near or "num" in near or "no." in near:
            word = label.rstrip(" :=#\t").rpartition(" ")[2]
            if len(word) > 8 and self._names_a_number(word) \
                    and not word.startswith(_PHONE_LABEL_HEADS):
                return True
        return "context" not in dict(found.recognition_metadata[EXPLANATION_KEY]) \
            and ctx.names_a_number(label)

    def _new_number_of_a_thing(self, lower: str, start: int) -> bool:
        """Whether a 'new number' phrase labels the value ('nytt nummer: 4…') and its sentence
        says a thing got the new number (:data:`_NUMBERED_THING`: 'Ordren har fått nytt
        nummer', 'the case has a new number')."""
        before = max(0, start - 24)
        window = lower[before:start]
        if "ny" not in window and "new" not in window:
            return False  # (the cheap test first: most numbers have no such phrase before them)
        phrase = _NEW_NUMBER.search(lower, before, start)
        if phrase is None:
            return False
        head = lower[max(0, phrase.start() - 80):phrase.start()]
        head = head[max(head.rfind("\n"), *(head.rfind(c + " ") for c in ".!?")) + 1:]
        return _NUMBERED_THING.search(head) is not None

    def _contact_row_phone(self, text, lower, start, end, found) -> bool:
        """Whether a bare valid Norwegian mobile number with no phone word near is a contact
        list's phone: a cell of its own in a row opening with a person's name
        (:func:`pii_scanner.detect.blocks.contact_row`), with no negative word, amount or
        other number's label in the row, in the rows above it up to a blank line (the
        list's heading), or in its column's header."""
        explanation = dict(found.recognition_metadata[EXPLANATION_KEY])
        if "context" in explanation or "negative_context" in explanation:
            return False
        value = text[start:end]
        if _uk_mobile(value):
            # round 32C: a British mobile ('07949 489264'), in any text: valid in GB's plan, or
            # only possible where no hint names GB
            if explanation.get("validation") not in ("plain", "possible"):
                return False
        elif explanation.get("validation") != "plain" \
                or not self._row_mobile(value, lower, start):
            return False
        if not blocks.contact_row(text, start, end):
            return False
        line_start, line_end = ctx.line_bounds(lower, start, end)
        row = lower[line_start:line_end]
        # round 32A: a label before an earlier value of the row, only a cell's gap between that
        # value and this one, names that value ('Kari Nordmann | Fødselsnummer: 0102… | 4123…')
        own = row[_after_earlier_value(row, start - line_start):]
        around = blocks.rows_above(lower, line_start) + own + "\n" + ctx.column_header(lower, start)
        if self._negative.hits(around) or _LEDGER_WORDS.hits(around) \
                or _AMOUNT.search(row) is not None:
            return False
        # a list of members', employees' or customers' numbers names them ('Medlemsnr')
        return not any(self._names_a_number(word) for word in _LABEL_WORD.findall(around))

    def _row_mobile(self, value: str, lower: str, start: int) -> bool:
        """Whether the bare digits ``value`` (at ``start``) are a mobile number as a contact row
        writes one: a Norwegian mobile in any ticket; in a Danish one (the hint, or none and the
        text reads Danish) any valid Danish number (Denmark's plan does not tell mobiles from
        landlines: 'Kenny Holst  58199179  …'), in a Swedish one a Swedish mobile with its
        trunk 0 ('0701234567'; round 32D), in a Finnish one a Finnish mobile with its trunk 0
        ('0401234567', '0501234567'; round 34E). Round 33D: the list itself may name its
        country instead of the text (:func:`_list_country`)."""
        if not value.isdigit() or len(value) not in (8, 10):
            return False
        if len(value) == 8 and phonenumbers.number_type(_parse(value, "NO")) == _MOBILE:
            return True
        language = self.text_language(lower)
        if language not in ("da", "sv", "fi"):
            language = _list_country(lower, start) or language
        if len(value) == 8 and (language == "da" or self._contact_list_heading(lower, start)):
            return phonenumbers.number_type(_parse(value, "DK")) in _MOBILE_TYPES
        region, trunk = {"sv": ("SE", ("07",)), "fi": ("FI", ("04", "050"))}.get(language, ("", ()))
        return len(value) == 10 and value.startswith(trunk) \
            and phonenumbers.number_type(_parse(value, region)) == _MOBILE

    def _contact_list_heading(self, lower: str, start: int) -> bool:
        """Whether the list holding the row at ``start`` is headed by a phone word (round 34G:
        'Kontaktliste:', 'Contact list for the new office:', 'Telefonliste'): the first line of
        its block (:func:`pii_scanner.detect.blocks.rows_above`, up to a blank line) names
        its numbers as phones, so a valid Danish number in a row is one though no Danish word
        is in the text ('Caroline Holm  26679878'); the heading's phone word reaches only
        the first rows as context."""
        above = blocks.rows_above(lower, ctx.line_start(lower, start))
        return bool(above) and self._context.hits(above[:above.find("\n")])

    def _phone_key(self, text: str, start: int) -> bool:
        key = field_key(text, start, _KEY_FORMS)
        return key is not None and bool(self._context.hits(words_of_key(key)))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The base analysis, each distinct value validated once in it (:data:`_VERDICTS`)."""
        token = _VERDICTS.set({})
        try:
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        finally:
            _VERDICTS.reset(token)

    def validate_result(self, value: str) -> bool | str:
        verdicts = _VERDICTS.get()
        if verdicts is None:
            return self._validate(value)
        verdict = verdicts.get(value)
        if verdict is None:
            verdict = verdicts[value] = self._validate(value)
        return verdict

    def _validate(self, value: str) -> bool | str:
        """The verdict on ``value`` (:meth:`validate_result`, without the memo)."""
        if _msisdn_shape(value):  # (the key was checked in score_span)
            number = phonenumbers.parse("+" + value)
            return "msisdn" if phonenumbers.number_type(number) in _MOBILE_TYPES else False
        if value[:3] in ("%2B", "%2b"):
            value = "+" + value[3:]
        if _NOT_PHONE.fullmatch(value.strip()):
            return False
        digits = sum(c.isdigit() for c in value)
        international = value.lstrip("(").startswith(("+", "00"))
        if not international and not _plausible_national(value, digits):
            return False
        regions = ((None,) if international
                   else self._trunk_regions if value.lstrip("(").startswith("0")
                   else self._plain_regions)
        possible = False
        for region in regions:
            candidate = "+" + value.lstrip("+")[2:] if value.startswith("00") else value
            try:
                number = _parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                grouped = any(not c.isdigit() for c in value.strip("+()"))
                return ("international" if international
                        else "grouped" if grouped and digits >= 8 else "plain")
            possible = possible or phonenumbers.is_possible_number(number)
        if international and not possible and _foreign_number_after_code(value):
            return "possible international"
        if possible and digits >= 8:
            # "+47 440 02 381": an explicit country code in phone grouping is a phone even
            # where phonenumbers' range tables lag behind newly opened number series
            if international:
                return "possible international"
            # '430 66 624', '43 00 55 00': 8 digits in a Nordic phone grouping are written as
            # a phone, whatever range they are in (alone on a contact line, that suffices)
            return "possible grouped" if _PHONE_GROUPING.fullmatch(value.strip()) else "possible"
        return False

    def detail_score(self, detail: str, base: float) -> float:
        return {"international": 0.8, "grouped": 0.6, "plain": 0.45, "possible": 0.2,
                "possible grouped": 0.4, "possible international": 0.5,
                "msisdn": 0.6}.get(detail, base)


#: what may stand between an earlier value of a row and the next: a cell's gap or separator
_CELL_SEPARATORS = " \t|-–,;"


def _after_earlier_value(row: str, pos: int) -> int:
    """Where the words that may label the value at ``pos`` of ``row`` start: right after an
    earlier value (a digit) with nothing but a cell's gap between it and ``pos`` (round 32A:
    'Kari Nordmann | Fødselsnummer: 01024534975 | 41234567': the label names the birth
    number); 0 where no such value stands before it."""
    last = max(row.rfind(digit, 0, pos) for digit in "0123456789")
    if last == -1 or row[last + 1:pos].strip(_CELL_SEPARATORS):
        return 0
    return last + 1
