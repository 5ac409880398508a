"""DATE_OF_BIRTH: a date only when a birth word is just before it (``født``, ``Född:``, ``DOB``),
or, in an identity document (a text headed ``PASS``, ``Legitimasjon``, ``Førerkort``...), a date
at least ``ID_DOCUMENT_MIN_AGE`` years old: issue and expiry dates are recent or ahead, so an
old date on an ID is the holder's birth date even where OCR lost its label."""

from __future__ import annotations

import datetime

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec, explained_result
from pii_scanner.detect.recognizers.boundaries import cell_labels

_MONTHS = {
    **dict.fromkeys(("januar", "january", "januari", "jan", "tammikuu"), 1),
    **dict.fromkeys(("februar", "february", "februari", "feb"), 2),
    **dict.fromkeys(("mars", "march", "mar", "marts"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mai", "may", "maj"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("august", "augusti", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("desember", "december", "dec", "des"), 12),
}
_MONTH_RE = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: the letters a month word begins with (a month-first date's ``lead``)
_MONTH_LEAD = "(?i:[" + "".join(sorted({month[0] for month in _MONTHS})) + "])"
#: Finnish month names ('tammikuu'), written day first in the partitive ('3. tammikuuta
#: 1985'): only in the digit-first pattern, so no letter-first alternative grows
_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
              "loka", "marras", "joulu")
#: every month word a date may hold, with its number: the above and the Finnish ones
_MONTH_NUMBERS = {**_MONTHS, **{f"{stem}kuu{end}": number
                                for number, stem in enumerate(_FI_MONTHS, 1) for end in ("", "ta")}}
#: every month word, lower-cased ('jan', 'may', 'juni'): PERSON reads one inside a date as no name
MONTH_WORDS = frozenset(_MONTH_NUMBERS)
_DAY_MONTH_RE = "(?i:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_NUM = lazy_compile(r"\d+")
#: day and month with no space between, a space and the year ('1403 1996': see 'd m y')
_DDMM = lazy_compile(r"\d{4}[ ]\d{4}$")
#: what may stand right before a date: no letter, digit or dash, and a dot only as the end of
#: a one-letter abbreviation glued to it ('f.12.03.85', 'b.1985-03-12'), not of a number
#: ('1.12.03.1985') or a word ('v2.12.03.85')
_AFTER = r"(?<![\w\-]|(?<!(?<![\w.])\p{L})\.)"
_ISO_START = lazy_compile(r"\d{4}[-/.]")
#: a heading line of its own ('PASS / PASSPORT', 'Legitimasjon'), not 'Pass på at ...'
_ID_DOCUMENT = lazy_compile(r"(?m)^[ \t]*(?:pass|passport|legitimasjon|id-kort|identitetskort|"
                             r"identity card|førerkort|forerkort|körkort|kørekort|"
                             r"driving licen[cs]e|driver'?s licen[cs]e)\b[^\n]{0,24}$")
#: How far into a text its heading is looked for, and how old a date on an ID must be.
ID_DOCUMENT_HEAD = 120
ID_DOCUMENT_MIN_AGE = 12
ID_DOCUMENT_SCORE = 0.7
_WORD = lazy_compile(r"[^\W\d_]+")
_DIGIT = lazy_compile(r"\d")
#: a clause's end between a birth word and a date: a comma, a semicolon or 'and'
_CLAUSE_BREAK = lazy_compile(r"[,;][ \t\n]|[ \t](?:og|and|och|men|but|ja|mutta|samt)[ \t]")
#: two field names joined by 'og'/'and' into one label, up to its colon
_JOINED_LABEL = lazy_compile(r"^[^,;:\n]*:[ \t]*$")
#: words that may open a date's own clause after a birth word ('..., den 12.', 'on the 4th')
_DATE_INTRO = frozenset(("den", "d", "on", "the", "of", "am", "at", "i", "in", "på", "ble", "vart",
                         "blev", "was", "were", "is", "er", "är", "var", "født", "fødd", "född",
                         "born", "syntynyt"))
#: the words for a birthday, not a birth ('fødselsdag', 'födelsedag', 'birthday', 'syntymäpäivä');
#: a date of this year or the last after them alone is the day it is celebrated
_BIRTHDAY_WORD = lazy_compile(r"(?i:f[øo]dselsdag|f[öo]delsedag|bursdag|b(?:irth)?day|syntymäp[äa]iv[äa])")
RECENT_BIRTHDAY_YEARS = 1
#: the end of a sentence: '?' or '!', or a full stop before a capital ('f. 03.03.85' stays)
_SENTENCE_END = lazy_compile(r"[?!][ \t\n]|\.[ \t\n]+(?=\p{Lu})")
#: a birthday as an event, not a birth: a compound ('fødselsdagsfeiring', 'födelsedagskalas',
#: Finnish 'syntymäpäiväjuhlat', but not 'fødselsdagsdato'), 'birthday party' or a verb of
#: celebrating after it: its date is the party's
_BIRTHDAY_EVENT = lazy_compile(r"(?i:f[øo]dselsdag|f[öo]delsedag|bursdag)s(?!dato|datum)\p{L}{3,}"
                                r"|(?i:syntymäpäivä)(?:juhl|kakku|lahj|kortt|kutsu)\p{L}*"
                                r"|(?i:birthday)[ ](?:party|cake|gift|present|card|celebration|"
                                r"lunch|dinner|event)"
                                # or with a verb of celebrating ('Fødselsdagen feires …',
                                # 'Födelsedagen firades …', 'her birthday was celebrated on …')
                                r"|(?i:f[øo]dselsdag|f[öo]delsedag|bursdag|birthday|syntymäpäivä)"
                                r"\p{L}{0,4}(?:[ ]\p{L}+){0,2}[ ](?i:feire[ts]|feira|fira[rs]|firades|"
                                r"celebrat\p{L}*|vietetään|juhlitaan)")


class NordicDateOfBirthRecognizer(NordicRecognizer):
    MIN_DIGITS = 4
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (
        # also the US month-first form ('DOB: 11/23/1979'), read as such when the day is
        # impossible as a month (see _parse), and Danish forms ('21/1-1949', '21/1 1949',
        # '21-01-1949')
        # also the year set off by a space after its dot, as some typists and forms print it
        # ('20.02. 1990', '3. 4. 1985'; a four-digit year only)
        PatternSpec("d.m.y", _AFTER + r"[0-3]?\d(?:[./-][01]?\d[./-]|/[0-3]?\d/|"
                    r"/[01]?\d[ ](?=\d{4})|\.[ ]?[01]?\d\.[ ](?=\d{4}(?!\d)))(?:\d{4}|\d{2})"
                    r"(?![\w]|[./-]\d)", 0.1, lead=r"\d", line_digits=4),
        # round 33C: day, month and year set off by spaces alone, as identity cards and
        # passports print them (ICAO 9303's 'DD MM YYYY': 'Date of birth / 25 06 1953'); two
        # digits each for day and month, a four-digit year of this or the last century, no
        # digit group after it (a phone's '25 06 19 53' stays); round 34F: also with the
        # space between day and month lost, as OCR reads a card's narrow gap ('1403 1996')
        PatternSpec("d m y", _AFTER + r"(?<!\d[ ])[0-3]\d[ ]?[01]\d[ ](?:19|20)\d{2}(?![\w]|[ ]?\d|[./-]\d)", 0.1,
                    lead=r"\d", line_digits=8, run_digits=4),
        # an export's timestamp ('1985-03-12T00:00:00Z') holds the date too, and year first
        # with slashes or dots ('Birthdate: 1974/01/18', '1974.1.18')
        PatternSpec("iso", _AFTER + r"(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\w]|-\d)|"
                    + _AFTER + r"(?:19|20)\d{2}(?P<sep>[/.])[01]?\d(?P=sep)[0-3]?\d(?![\w]|[/.]\d)|"
                    + _AFTER + r"(?:19|20)\d{2}-[01]\d-[0-3]\d(?=T\d\d:\d\d)", 0.1, lead="[12]",
                    line_digits=6, run_digits=4),
        # also English ordinals and hyphens ('the 4th of March 1987', 'DOB: 12-May-1990')
        # and a month glued to the day's dot or to the day itself, as typed in a hurry or
        # scanned with the space lost ('født 13.august 1972', 'Födelsedatum: 22juni 1998')
        PatternSpec("d month y", _AFTER + r"[0-3]?\d(?:(?:\.|st|nd|rd|th)?(?:\s(?:of\s)?|-)|\.|)" + _DAY_MONTH_RE
                    + r"(?:,?\s|-)(?:19|20)\d{2}(?!\w)", 0.15, lead=r"\d"),
        PatternSpec("month d y", r"(?<![\w])" + _MONTH_RE + r"\s[0-3]?\d(?:st|nd|rd|th)?,?\s"
                    r"(?:19|20)\d{2}(?!\w)", 0.15, lead=_MONTH_LEAD),
        # 'Født: 120385', the first six digits of a fødselsnummer (or eight with the century),
        # and the Swedish 'Födelsedatum: 19490121' / 'född 740118' (a personnummer's first
        # eight or six)
        PatternSpec("ddmmyy", r"(?<![\w.,/-])(?:[0-3]\d[01]\d(?:(?:19|20)\d{2}|\d{2})|"
                    r"(?:19|20)\d{2}[01]\d[0-3]\d|\d{2}[01]\d[0-3]\d)(?![\w]|[.,/-]\d)", 0.1,
                    lead=r"\d",
                    line_digits=6, run_digits=6),
    )
    CONTEXT = ("født", "fødd", "född", "født den", "fødselsdato", "fødselsdag",
               "födelsedatum", "födelsedag", "fødselsdato", "date of birth", "birth date",
               "birthdate", "dob", "d.o.b", "born", "birthday", "syntymäaika", "geboren",
               # Finnish 'syntynyt 3.3.1985' / 'synt. 3.3.1985' / 's. 3.3.1985' (born)
               "syntynyt", "synt.", "s.", "syntymäpäivä",
               # abbreviations of 'fødselsdato' ('Fdato 18.01.1974', 'F-dato:')
               "fdato", "f-dato",
               # a letter lost in a hurry ('fødelsdato', 'fødseldato', Swedish 'födelsdatum')
               "fødelsdato", "fødseldato", "födelsdatum",
               "fødselsår", "f. dato", "f.dato", "f.", "d.o.b.", "b.", "geburtsdatum",
               # field names of exports and APIs ('"dateOfBirth":', 'birth_date=')
               "dateofbirth", "date_of_birth", "birth_date", "date-of-birth",
               # vCard's birthday property ('BDAY:19850312', 'BDAY;VALUE=date:1985-03-12')
               "bday")
    CONTEXT_BOOST = 0.7
    CONTEXT_REQUIRED = True
    #: words a short birth word starts ('dob' in Norwegian 'dobbeltrom', 'born' in
    #: 'Bornholm', 'borne'): a date after them is a booking's or a trip's
    NEGATIVE_CONTEXT = ("dobbelt", "bornholm", "borne")
    NEGATIVE_BEFORE = 26
    WINDOW_BEFORE = 26
    WINDOW_AFTER = 0

    def validate_result(self, value: str) -> bool:
        return _parse(value) is not None

    def applies_to(self, lower: str) -> bool:
        return super().applies_to(lower) or _id_document(lower) is not None

    def score_span(self, text, lower, spec, start, end, require_context=None):
        found = super().score_span(text, lower, spec, start, end, require_context)
        if found is not None and not self._birth_word_in_sentence(text, lower, start, end):
            found = None  # 'Født 2023? Nei, kjøpt 03.03.2024': the word is another sentence's
        if found is not None and self._another_clause_after_birth_word(text, lower, start):
            found = None  # 'Født i Norge, kom hit 12.03.2015': the date is the move's
        if found is not None and self._only_a_birthday_event(lower, start) \
                or found is not None and self._a_recent_birthday(text, lower, start, end):
            found = None  # 'Fødselsdagsfeiring 12.05.2024': the party's date
        if found is not None and (labels := cell_labels(lower, start)) is not None \
                and not self._context.hits(labels + "\n" + ctx.row_label(lower, start) + "\n"
                                           + ctx.cell_above(lower, start) + "\n"
                                           + ctx.split_label(text, lower, start) + "\n"):
            # 'Dato;DOB' over '11.01.2024;12.08.53': the birth word is another column's (but
            # 'Navn<TAB>Kari' over 'Fødselsdato<TAB>12.03.1985' is a form, a label per row,
            # and 'Fødselsdato<TAB>Mobil' right over '12.03.1985<TAB>...' one in two columns)
            found = None
        heading = None if found is not None else _id_document(lower)
        if heading is None:
            return found
        date = _parse(text[start:end])
        if date is None or date.year > datetime.date.today().year - ID_DOCUMENT_MIN_AGE:
            return None
        parts = (("recognizer", self.name), ("pattern", spec.name), ("validation", "valid"),
                 ("id_document", heading), ("score", ID_DOCUMENT_SCORE))
        return explained_result(self, start, end, ID_DOCUMENT_SCORE, parts)

    def _a_recent_birthday(self, text: str, lower: str, start: int, end: int) -> bool:
        """Whether a birthday word ('fødselsdagen', 'birthday') is the only birth word before
        a date of this year or last: the day it is celebrated ('Fødselsdagen feires
        20.03.2025'), not the day of birth ('Fødselsdagen min er 12.03.1985')."""
        date = _parse(text[start:end])
        if date is None or date.year < datetime.date.today().year - RECENT_BIRTHDAY_YEARS:
            return False
        head = ctx.window(lower, start, start, self.WINDOW_BEFORE, 0)
        seen = self._context.hits(head)
        return bool(seen) and all(_BIRTHDAY_WORD.match(word) for word in seen)

    def _only_a_birthday_event(self, lower: str, start: int) -> bool:
        """Whether the birth words before ``start`` all name a birthday event."""
        head = lower[max(0, start - self.WINDOW_BEFORE):start]
        if _BIRTHDAY_EVENT.search(head) is None:
            return False
        return not self._context.hits(_BIRTHDAY_EVENT.sub(" ", head) + "\n")

    def _another_clause_after_birth_word(self, text: str, lower: str, start: int) -> bool:
        """Whether the last birth word before ``start`` is followed by another value or by
        another clause before the date ('Født: 12.03.1985, død: 04.05.2020', 'born here and
        moved 12.03.2015'); a place after it stays ('født i Bergen, 12. mars 1985', 'born
        in Oslo, Norway on 12 March 1985')."""
        cut = start - len(ctx.window(lower, start, start, self.WINDOW_BEFORE, 0)) + 1
        spans = self._context.spans(lower[cut:start])
        if not spans:
            return False  # the label is a column's header or an export's key
        tail = text[cut + spans[-1][1]:start]
        if "\t" in tail:
            return False
        if _DIGIT.search(tail):
            return True
        if _JOINED_LABEL.search(tail):
            return False  # 'Fødselsdato og alder: 12.03.1985 (39)': one label naming two fields
        clauses = _CLAUSE_BREAK.split(tail)
        return len(clauses) > 1 and any(word.casefold() not in _DATE_INTRO and word[0].islower()
                                        for word in _WORD.findall(clauses[-1]))

    def _birth_word_in_sentence(self, text: str, lower: str, start: int, end: int) -> bool:
        """Whether a birth word before the date is in the date's own sentence (or the date
        needs none: a whole field, a table column)."""
        head = text[max(0, start - self.WINDOW_BEFORE):start]
        cut = None
        for cut in _SENTENCE_END.finditer(head):
            pass
        if cut is None or "\t" in head or ";" in head:
            return True
        return bool(self._context.hits(lower[start - len(head) + cut.end():start] + "\n"))


def _id_document(lower: str) -> str | None:
    """The identity-document heading near the start of ``lower``, if any."""
    match = _ID_DOCUMENT.search(lower[:ID_DOCUMENT_HEAD])
    return match.group().strip() if match else None


def _parse(value: str) -> datetime.date | None:
    """Read day, month and year from any of the patterns above (None when impossible)."""
    digits = value.strip()
    if digits.isdigit() and len(digits) in (6, 8):  # ddmmyy / ddmmyyyy, else yyyymmdd
        date = _parse(f"{digits[:2]}.{digits[2:4]}.{digits[4:]}")
        if date is None and len(digits) == 8:
            date = _parse(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}")
        elif date is None:  # Swedish year first, as a personnummer opens ('född 740118')
            date = _parse(f"{digits[4:]}.{digits[2:4]}.{digits[:2]}")
        return date
    numbers = [int(n) for n in _NUM.findall(value)]
    words = [w.lower() for w in _WORD.findall(value)]
    month_words = [_MONTH_NUMBERS[w] for w in words if w in _MONTH_NUMBERS]
    try:
        if month_words:
            day = numbers[0]
            year = numbers[-1]
            month = month_words[0]
        elif _ISO_START.match(value):
            year, month, day = numbers
        elif len(numbers) == 2 and _DDMM.match(value.lstrip()):
            day, month, year = *divmod(numbers[0], 100), numbers[1]  # 'ddmm yyyy' (see 'd m y')
        else:
            day, month, year = numbers
            if month > 12 and day <= 12 and "/" in value:  # month-first (US): 11/23/1979
                day, month = month, day
    except (ValueError, IndexError):
        return None
    if year < 100:
        year += 1900 if year > datetime.date.today().year % 100 else 2000
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    return date if 1890 <= year and date <= datetime.date.today() else None
