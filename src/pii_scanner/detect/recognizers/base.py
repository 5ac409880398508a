"""The base every pattern recognizer derives from: data (patterns, context) plus one hook.

A subclass declares ``ENTITY``, ``COUNTRY_CODE``, ``PATTERNS``, ``CONTEXT`` (and optionally
``NEGATIVE_CONTEXT`` and ``DETAIL_SCORES``) and implements ``validate_result(value)``, which
returns False (reject), True (valid) or a short detail string (valid, of a named kind such
as ``"d-number"``; ``DETAIL_SCORES`` may give that kind its own score). Scoring is
``pattern score`` (or the valid/detail score) ``+ CONTEXT_BOOST`` when a context word is
near, ``- NEGATIVE_PENALTY`` when a negative word is near, ``+ WHOLE_VALUE_BOOST`` when the
match is the whole (stripped) text: a short field such as a user's ``phone`` or an org-number
custom field holds nothing but the identifier, so the field itself is the context. Matching
uses the ``regex`` module, with a timeout where :mod:`pii_scanner.detect.regex_timeout` says
one is needed (a range longer than ``UNTIMED_MAX_CHARS``, or a recognizer defined outside
this package), on the text with no-break spaces and Unicode dashes
read as plain ones (:mod:`pii_scanner.detect.separators`). The explanation never holds the
matched value.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from pii_scanner.detect.lazy_regex import LazyPattern, lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect import bare_ids, sql_inserts, unclear_country
from pii_scanner.detect.digit_lines import digit_lines
from pii_scanner.detect.regex_timeout import REGEX_TIMEOUT_S  # noqa: F401  (re-exported)
from pii_scanner.detect.regex_timeout import UNTIMED_MAX_CHARS, audited_class, scan_timeout
from pii_scanner.detect.recognizers.boundaries import (assigned_key, key_words, value_key,
                                                         words_of_key)
from pii_scanner.detect.separators import plain_view
from pii_scanner.detect.text_language import nordic_language

log = logging.getLogger(__name__)

EXPLANATION_KEY = "pii_scanner_explanation"


@dataclass(frozen=True, slots=True)
class PatternSpec:
    """A named regex with the base score of a bare, validated match.

    ``group`` names the capture group that holds the value (0 = whole match). ``lead`` is a
    character class every match begins with (a digit, ``\\d``), for a pattern that opens with a
    lookbehind: the ``regex`` module then tries the pattern only where the class matches
    instead of at every position (a date pattern 5x faster on a 10 KB ticket). It must not
    change what the pattern matches; a test checks each one. ``line_digits`` (> 0) says
    that every match lies on one line and holds at least that many digits: the pattern is
    then tried only on the lines that do (:mod:`pii_scanner.detect.digit_lines`; a test
    checks each one against a scan of the whole text). A match may also run on to the next
    line where that line holds as many (a street's line over its postcode's, round 34D):
    adjacent qualifying lines are scanned as one part. ``run_digits`` (> 0, with
    ``line_digits``, for a match that never runs on to another line) says that every match
    holds that many consecutive digits (``\\d{11}``: 11, ``[89]\\d{8}``: 9): only the lines
    whose longest run of digits is as long are tried (round 35E; the same test checks it).
    """

    name: str
    regex: str
    score: float
    group: int | str = 0
    lead: str = ""
    line_digits: int = 0
    run_digits: int = 0

    @property
    def source(self) -> str:
        """The pattern's source, behind a lookahead for ``lead`` where one is given."""
        return f"(?={self.lead})(?:{self.regex})" if self.lead else self.regex

    def compiled(self, flags: int = 0) -> regex.Pattern:
        """The pattern, behind a lookahead for ``lead`` where one is given."""
        return regex.compile(self.source, flags | regex.V1)


@functools.cache
def _lazy_pattern(spec: PatternSpec, flags: int) -> LazyPattern:
    """``spec.compiled(flags)``, compiled when a scan first uses it (:mod:`..lazy_regex`), one
    object for the recognizers of every language (round 32U)."""
    return lazy_compile(spec.source, flags | regex.V1)


class NordicRecognizer(EntityRecognizer):
    """Presidio recognizer driven by class-level data; see module doc."""

    ENTITY: ClassVar[str] = ""
    COUNTRY_CODE: ClassVar[str | None] = None
    PATTERNS: ClassVar[tuple[PatternSpec, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    DETAIL_SCORES: ClassVar[dict[str, float]] = {}
    CONTEXT_BOOST: ClassVar[float] = 0.35
    NEGATIVE_PENALTY: ClassVar[float] = 0.5
    WINDOW_BEFORE: ClassVar[int] = 48
    WINDOW_AFTER: ClassVar[int] = 16
    NEGATIVE_BEFORE: ClassVar[int] = 24
    NEGATIVE_AFTER: ClassVar[int] = 0
    FLAGS: ClassVar[int] = 0
    #: True when no match can pass without a context word: context is checked first.
    CONTEXT_REQUIRED: ClassVar[bool] = False
    #: Added when the match is the entire text (a field holding only the value); 0 = off.
    #: Such a match also satisfies ``CONTEXT_REQUIRED``.
    WHOLE_VALUE_BOOST: ClassVar[float] = 0.0
    #: Added when the match is alone on its line (a contact block: name / number / e-mail).
    LINE_VALUE_BOOST: ClassVar[float] = 0.0
    #: Texts longer than this are never "only the value".
    WHOLE_VALUE_MAX_CHARS: ClassVar[int] = 40
    #: Digits every match of every pattern holds at least (0 = no gate). A text with fewer
    #: digits in all is skipped without a scan: most helpdesk comments hold few or none.
    MIN_DIGITS: ClassVar[int] = 0
    #: True when the patterns take a number right after ``=`` (``NUM_START``): such a match is
    #: kept only when the key names this kind (``ssn=...``, not ``id=...``).
    KEYED_VALUES: ClassVar[bool] = False
    #: Score added per text language hint (``{"sv": 0.1}``): where two countries' numbers share
    #: a shape (Swedish YYMMDD-NNNN, Danish DDMMYY-NNNN) the ticket's language tells which.
    LANGUAGE_PRIOR: ClassVar[dict[str, float]] = {}
    #: Negative words that count only as the value's own label (:func:`context.own_label`, or
    #: its key): a payment reference's ('OCR 850312-1231', 'OCR-nr: 41234567891'), while the
    #: word earlier in a sentence ('betalade med OCR …, personnummer 850312-1231') says nothing
    #: of another number (round 28A)
    OWN_LABEL_NEGATIVE: ClassVar[tuple[str, ...]] = ()
    #: True when a ``key=`` right before the value (or ``key=[`` before a bracketed one,
    #: ``remoteAddr=[2001:db8::1]:443``) is its label, as ``KEYED_VALUES`` reads it for
    #: numbers: its words are context and only its negative words count (``action=update``
    #: earlier in a log line says nothing of the address), but a key naming nothing does not
    #: drop the value (round 31D)
    KEY_LABELS: ClassVar[bool] = False
    #: Patterns (name -> the validations that count, None: any) of a dashed national ID that
    #: English text reports with no label, its country unclear (round 33D: 'Re: 261176-0941 -
    #: please update the record.'; :mod:`pii_scanner.detect.unclear_country`)
    UNCLEAR_COUNTRY: ClassVar[dict[str, tuple[str, ...] | None]] = {}
    #: Patterns (name -> languages) of an ID's bare digits that text in one of those
    #: languages reports with no label (round 34C: 'mitt nummer är 8112189876' in Swedish
    #: text; :mod:`pii_scanner.detect.bare_ids`)
    BARE_IN_LANGUAGE: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: A pattern of phrases holding a negative word that name where the value is kept, not
    #: what it is (round 36C: 'the mobile number on your account', 'på kontoen din'): with a
    #: context word near, such a phrase is set aside before the negative words are read
    HELD_NEGATIVE: ClassVar[str | None] = None
    #: True when a whole quoted string literal of an SQL ``INSERT`` with no column list counts
    #: as a whole field's value (``WHOLE_VALUE_BOOST``) where the table's name holds no
    #: negative word and names no other number (round 36E: ``INSERT INTO kund VALUES (17,
    #: '8112189876', …)``; :func:`sql_inserts.unlabelled_table`); for IDs whose own check
    #: (a date and a check digit) makes a random text field unlikely to pass
    SQL_LITERAL_WHOLE: ClassVar[bool] = False
    #: Patterns (name -> the validations that count) of an ID's bare digits that English text
    #: reports with no label where they are a message's subject (round 36E: 'Re: 9208147117 -
    #: please update the record.'; :func:`bare_ids.subject_of_line`)
    SUBJECT_IN_ENGLISH: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(self, supported_language: str = "en", name: str | None = None):
        # each pattern is compiled when a scan first uses it: a text's gates (too few digits,
        # no context word) rule most of a recognizer's patterns out of a short first text
        self._compiled = [(p, _lazy_pattern(p, self.FLAGS)) for p in self.PATTERNS]
        self._context = ctx.shared_terms(self.CONTEXT)
        self._negative = ctx.shared_terms(self.NEGATIVE_CONTEXT)
        self._own_negative = ctx.shared_terms(self.OWN_LABEL_NEGATIVE)
        self._held_negative = lazy_compile(self.HELD_NEGATIVE) if self.HELD_NEGATIVE else None
        self._language_prior = self.LANGUAGE_PRIOR.get(supported_language, 0.0)
        #: ranges up to this long are scanned without the regex timeout: the package's own,
        #: audited patterns only (:mod:`pii_scanner.detect.regex_timeout`); -1 = always timed
        self.untimed_chars = UNTIMED_MAX_CHARS if audited_class(type(self)) else -1
        super().__init__(supported_entities=[self.ENTITY], name=name or type(self).__name__,
                         supported_language=supported_language, context=list(self.CONTEXT))

    def text_language(self, lower: str) -> str:
        """The text's language: the hint, or without one (``xx``) the Scandinavian language
        the lower-cased text ``lower`` reads as (:func:`text_language.nordic_language`), else
        ``xx``."""
        if self.supported_language != "xx":
            return self.supported_language
        return nordic_language(lower) or "xx"

    def load(self) -> None:
        """Patterns are compiled on first use (:mod:`pii_scanner.detect.lazy_regex`); nothing to load."""

    def validate_result(self, value: str) -> bool | str | None:
        """False rejects the match; True or a detail string accepts it; None = no check."""
        return None

    def detail_score(self, detail: str, base: float) -> float:
        """The score of a match whose validation named a kind (``DETAIL_SCORES`` or ``base``)."""
        return self.DETAIL_SCORES.get(detail, base)

    def line_value_boost(self, value: str) -> float:
        """The boost for ``value`` alone on its line (``LINE_VALUE_BOOST``; override to refine)."""
        return self.LINE_VALUE_BOOST

    def applies_to(self, lower: str) -> bool:
        """Cheap whole-text gate: False when no match could pass (e.g. no context word at all;
        a header cell's words run together count, ``Fodelse Datum``: :func:`context.header_words`,
        and a split label's, ``Fødsels Dato:``: :func:`context.split_label`)."""
        return (not self.CONTEXT_REQUIRED or self._context.search(lower)
                or (self.WHOLE_VALUE_BOOST > 0 and len(lower) <= self.WHOLE_VALUE_MAX_CHARS)
                or ("\t" in lower or ";" in lower or "," in lower or "|" in lower)
                and bool(rows := ctx.header_rows_run_together(lower)) and self._context.search(rows)
                or bool(labels := ctx.split_labels_run_together(lower))
                and self._context.search(labels))  # ('Fødsels Dato: …', round 34A)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Run every pattern once over ``text``; see module doc for the scoring."""
        results: list[RecognizerResult] = []
        text, lower = plain_view(text, nlp_artifacts)  # '412\u00a034\u00a0567' as '412 34 567'
        for spec, match in self.matches(text, lower, nlp_artifacts):
            found = self._score_match(text, lower, spec, match)
            if found is not None:
                results.append(found)
        return results

    def matches(self, text: str, lower: str, nlp_artifacts=None) -> Iterator[tuple[PatternSpec, Any]]:
        """Every match of every pattern in the plain view ``text`` (``lower``: its lower case),
        pattern by pattern, each in text order; nothing where the cheap gates rule the text out
        (too few digits, no context word where one is required). A pattern that runs past
        ``REGEX_TIMEOUT_S`` on the text is logged and given up, the others still run (a range
        up to ``untimed_chars`` long is scanned untimed: :mod:`pii_scanner.detect.regex_timeout`)."""
        if self.MIN_DIGITS and digit_count(text, nlp_artifacts) < self.MIN_DIGITS:
            return
        if not self.applies_to(lower):
            return
        # one scan per pattern: the regex module finds a lone pattern's first character
        # fast, while an alternation of patterns is tried at every position (100x slower)
        for spec, pattern in self._compiled:
            if not self.pattern_applies(spec, lower):
                continue
            # (lower-casing can change a text's length, 'İ': then the offsets are not the text's)
            ranges = self.scan_ranges(spec, lower) if len(lower) == len(text) else None
            if ranges is None and spec.line_digits:
                ranges = digit_lines(text, nlp_artifacts).ranges(spec.line_digits,
                                                                  spec.run_digits)
            try:
                for pos, endpos in ((0, len(text)),) if ranges is None else ranges:
                    for match in pattern.finditer(text, pos, endpos, **scan_timeout(
                            endpos - pos, untimed_chars=self.untimed_chars)):
                        yield spec, match
            except TimeoutError:
                log.warning("pattern %s.%s timed out on a %d-char text",
                            self.name, spec.name, len(text))

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        """Per-pattern cheap gate (override to skip a pattern that cannot match)."""
        return True

    def scan_ranges(self, spec: PatternSpec, lower: str) -> Sequence[tuple[int, int]] | None:
        """Disjoint ``(pos, endpos)`` parts of the text that hold every match of ``spec``, in
        order, for a pattern that is costly to try at every position (None: the whole text;
        empty: nowhere). Each part must end at a line end or the text's end, so a lookahead
        at its edge sees what it would see in the whole text."""
        return None

    def _score_match(self, text, lower, spec, match) -> RecognizerResult | None:
        start, end = match.span(spec.group)
        return self.score_span(text, lower, spec, start, end)

    def score_span(self, text: str, lower: str, spec: PatternSpec, start: int, end: int,
                   require_context: bool | None = None) -> RecognizerResult | None:
        """Validate and score ``text[start:end]`` (None when rejected)."""
        if start >= end:
            return None
        # 'ssn=12058695082' in a log line or link: the key is the label, and a key that names
        # no such thing ('id=', 'amount=') leaves a number out
        key_label = None
        if self.KEYED_VALUES and text[start].isdigit() \
                and (key := assigned_key(lower, start)) is not None:
            # ('org_no' as 'org no'; the key's '=' kept, so a '-' before it joins a compound
            # as in the line, 'fodsels-nr=' as 'fodselsnr': round 34A)
            key_label = key + "=\n" + key_words(text, start, key)
            if not self._context.hits(key_label):
                return None
        elif self.KEY_LABELS and (key := assigned_key(
                lower, at := start - (lower[start - 1:start] == "["))) is not None:
            key_label = key + "\n" + key_words(text, at, key)
        elif (field := value_key(text, start)) is not None:  # '{"orgNo": "946206091"}'
            key_label = field.lower() + "\n" + words_of_key(field)
        required = self.CONTEXT_REQUIRED if require_context is None else require_context
        # the cheaper test first: most candidates fail validation (a check digit) or, where
        # context is required, have no context word near
        verdict = None if required else self.validate_result(text[start:end])
        if verdict is False:
            return None
        win = ctx.window(lower, start, end, self.WINDOW_BEFORE, self.WINDOW_AFTER)
        header = ""
        if "\t" in win or ";" in win or "," in win or "|" in win:
            header = ctx.header_words(ctx.column_header(lower, start))
            win += "\n" + header
        if joined := ctx.split_label(text, lower, start):  # 'Fødsels Dato: …' (round 34A)
            win += "\n" + joined
        seen = self._context.hits(win)
        if key_label is not None:  # the key is this value's label, however it is written
            seen = tuple(dict.fromkeys(seen + self._context.hits(key_label)))
        whole = self.WHOLE_VALUE_BOOST > 0 and _is_whole_value(text, start, end,
                                                                self.WHOLE_VALUE_MAX_CHARS)
        if whole and start and text[:start].strip() and (
                self.NEGATIVE_CONTEXT and self._negative.hits(lower[:start])
                or ctx.names_a_number(lower[:start]) and not self._context.hits(lower[:start])):
            whole = False  # 'Tilausnumero: 86019330534', 'Norskt personnummer: …': the label
            # names another number, or holds a negative word
        if not whole and self.SQL_LITERAL_WHOLE and text[start - 1:start] == "'" \
                and (table := sql_inserts.unlabelled_table(lower, start, end)) is not None \
                and not self._negative.hits(table.replace("_", " ") + "\n") \
                and not ctx.names_a_number(table.replace("_", " ")):
            whole = True  # round 36E: 'INSERT INTO kund VALUES (17, '8112189876', …)'
        if required:
            if not seen and not whole:
                return None
            verdict = self.validate_result(text[start:end])
            if verdict is False:
                return None
        score = spec.score
        parts: list[tuple[str, object]] = [("recognizer", self.name), ("pattern", spec.name)]
        if isinstance(verdict, str):
            score = self.detail_score(verdict, score)
            parts.append(("validation", verdict))
        elif verdict is True:
            parts.append(("validation", "valid"))
        parts.append(("base_score", round(score, 3)))
        prior = self._language_prior
        if self.supported_language == "xx" and self.LANGUAGE_PRIOR:
            # no hint: the language the text reads as (round 32D: 'Angående 681018-9792 -
            # uppdatera registret.', 'Vedr. 200953-9223 - opdater venligst.')
            prior = self.LANGUAGE_PRIOR.get(self.text_language(lower), 0.0)
        if prior:
            score += prior
            parts.append(("language_prior", prior))
        if seen:
            score += self.CONTEXT_BOOST
            parts.append(("context", seen))
            parts.append(("context_boost", self.CONTEXT_BOOST))
        if whole:
            score += self.WHOLE_VALUE_BOOST
            parts.append(("whole_value_boost", self.WHOLE_VALUE_BOOST))
        elif (line_boost := self.line_value_boost(text[start:end])) > 0 \
                and _is_whole_line(text, start, end):
            score += line_boost
            parts.append(("line_value_boost", line_boost))
        negative = ()
        if self.NEGATIVE_CONTEXT:
            keyed = key_label is not None
            if keyed:  # 'svc=ticket-api orgnr=...': only its own key labels it
                near = key_label + "\n"
            else:
                near = ctx.clause_window(lower, start, end, self.NEGATIVE_BEFORE,
                                         self.NEGATIVE_AFTER)
            tail = "\n" + header if header else ""  # a table cell: its column's header is its label
            negative = self._negative.hits(near + tail)
            if negative and not keyed and seen and self._held_negative is not None:
                # round 36C: 'updated the mobile number on your account to 413 93 476': the
                # account holds the number, it does not label it
                negative = self._negative.hits(self._held_negative.sub(" ", near) + tail)
            if negative and not keyed and seen and (own := ctx.own_label(lower, start)) \
                    and self._context.hits(own) and not self._negative.hits(own):
                # '... problem with my order, danish cpr 170165-0774': the label right before
                # the value is its own; a word earlier in the run-on sentence is not
                near = own + "\n" + ctx.clause_window(lower, start, end, 0, self.NEGATIVE_AFTER)
                negative = self._negative.hits(near + tail)
            if negative and not keyed and header and self._context.hits(header) \
                    and not self._negative.hits(header) \
                    and (cell := ctx.cell_head(lower, start)) is not None:
                # round 36E: a tab or pipe table's cell under a header naming this kind: the
                # header and the cell are its label, a word in another cell of the row is that
                # cell's ('SKU-55407-XL<TAB>Arne<TAB>912 63 082' under 'telefonNr')
                negative = self._negative.hits(cell + "\n" + header)
        if not negative and self.OWN_LABEL_NEGATIVE:
            own = key_label if key_label is not None else ctx.own_label(lower, start)
            negative = self._own_negative.hits(own) if own else ()
        if negative:
            score -= self.NEGATIVE_PENALTY
            parts.append(("negative_context", negative))
            parts.append(("negative_penalty", self.NEGATIVE_PENALTY))
        if spec.name in self.UNCLEAR_COUNTRY and not seen and not negative and not whole \
                and self._unclear_country(lower, spec, verdict, start, end):
            score += unclear_country.BOOST
            parts.append(("country_unclear", unclear_country.NOTE))
            parts.append(("country_unclear_boost", unclear_country.BOOST))
        elif spec.name in self.BARE_IN_LANGUAGE and not seen and not negative and not whole \
                and verdict is not None and verdict is not False \
                and self.text_language(lower) in self.BARE_IN_LANGUAGE[spec.name] \
                and bare_ids.stands_bare(lower, start, end):
            score += bare_ids.BOOST
            parts.append(("bare_in_language", bare_ids.NOTE))
            parts.append(("bare_in_language_boost", bare_ids.BOOST))
        elif spec.name in self.SUBJECT_IN_ENGLISH and not seen and not negative and not whole \
                and verdict in self.SUBJECT_IN_ENGLISH[spec.name] \
                and bare_ids.subject_of_line(lower, start) \
                and unclear_country.in_english_text(lower, start, end, self.supported_language) \
                and bare_ids.stands_bare(lower, start, end):
            score += bare_ids.SUBJECT_BOOST
            parts.append(("subject_in_english", bare_ids.SUBJECT_NOTE))
            parts.append(("subject_in_english_boost", bare_ids.SUBJECT_BOOST))
        score = max(0.0, min(1.0, score))
        if score <= 0:
            return None
        parts.append(("score", round(score, 3)))
        return explained_result(self, start, end, score, parts)


    def _unclear_country(self, lower: str, spec: PatternSpec, verdict, start: int, end: int) -> bool:
        """Whether ``lower[start:end]``, matched by ``spec`` with the validation ``verdict``, is
        a national ID in English text that no label names (:data:`UNCLEAR_COUNTRY`)."""
        kinds = self.UNCLEAR_COUNTRY[spec.name]
        if verdict is False or verdict is None or kinds is not None and verdict not in kinds:
            return False
        return unclear_country.in_english_text(lower, start, end, self.supported_language)


def explained_result(recognizer: EntityRecognizer, start: int, end: int, score: float,
                     parts) -> RecognizerResult:
    """A finding of ``recognizer``'s entity carrying its explanation ``parts`` (already ending
    with the score part)."""
    return RecognizerResult(recognizer.supported_entities[0], start, end, score,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                                EXPLANATION_KEY: tuple(parts)})


def digit_count(text: str, nlp_artifacts=None) -> int:
    """Decimal digits in ``text`` (any script, as ``\\d`` matches), counted once per text
    (with its digit lines, :mod:`pii_scanner.detect.digit_lines`)."""
    return digit_lines(text, nlp_artifacts).total


#: a field's label alone before its value, on one line ('Ekstra: ', 'Telefon privat: ')
_FIELD_LABEL_ONLY = lazy_compile(r"[ \t]*\p{L}[\p{L}\p{N} _.\-/]{0,38}:[ \t]*")


def _is_whole_value(text: str, start: int, end: int, max_chars: int) -> bool:
    """True when ``text[start:end]`` is all of ``text`` but surrounding whitespace, or all but
    a field's label on the same line (``Ekstra: 41234567``: a form field's or a helpdesk
    field's value with its title before it; :meth:`score_span` takes the boost back where the
    label holds a negative word or names another kind of number).

    >>> _is_whole_value("Ekstra: 41234567", 8, 16, 40), _is_whole_value("Ring 41234567", 5, 13, 40)
    (True, False)
    """
    if end - start > max_chars or text[end:].strip():
        return False
    return not text[:start].strip() or (
        text[start - 1:start] in (" ", "\t", ":") and start <= 48
        and _FIELD_LABEL_ONLY.fullmatch(text, 0, start) is not None)


_LINE_LEAD = " \t\r\f\v>"  # spaces, and a reply's quote marks ('> > 44584121')


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is alone on its line (but surrounding spaces, and the
    quote marks of a quoted reply before it)."""
    line_start, line_end = ctx.line_bounds(text, start, end)
    return not text[line_start:start].strip(_LINE_LEAD) and not text[end:line_end].strip()
