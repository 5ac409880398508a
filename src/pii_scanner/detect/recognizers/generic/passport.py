"""PASSPORT_NUMBER: numbers next to a passport word, and document numbers in a passport MRZ."""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import cell_labels
from pii_scanner.detect.validators import mrz


#: line 1 of a passport's machine-readable zone (TD3): 'P', the type's second letter or a
#: filler, the issuing state's three letters, then the name
_MRZ_LINE_1 = lazy_compile(r"[ \t]*[Pp][A-Za-z<][A-Za-z0<]{3}[A-Za-z<]")


#: a value in a field: a token holding four digits in a row ('NK0155385', '118457890')
_VALUE = lazy_compile(r"[\p{L}\d]*\d{4}[\p{L}\d\-]*")


class NordicPassportRecognizer(NordicRecognizer):
    MIN_DIGITS = 6
    ENTITY = "PASSPORT_NUMBER"
    PATTERNS = (
        # not the visible part of a masked number ('968061*****', '***12345678'); a markdown
        # bold '**12345678**' stays one
        PatternSpec("number near passport word",
                    r"(?<![\w\-]|\*{3})[A-Z]{0,2}\d{6,9}(?![\w\-]|\*{3})", 0.15,
                    lead=r"[A-Z\d]", line_digits=6),
        # two lower-case letters, as chat writes them ('passnr nk6741194'): the match starts at
        # the digits and looks back for the letters (a pattern led by a lower-case letter
        # would be tried at nearly every character)
        PatternSpec("lower-case letters near passport word",
                    r"(?<=(?<![\w\-])[a-z]{2})\d{6,9}(?![\w\-]|\*{3})", 0.15, lead=r"\d",
                    line_digits=6),
        # two letters and the digits in groups, as a passport prints and people copy it
        # ('FH 123 4567', 'FH 1234 567', 'FH-1234567'); only after a passport word, as above
        PatternSpec("grouped near passport word",
                    r"(?<![\w\-])(?!N[RO][ \-]|ID[ \-])[A-Z]{2}(?:[ \-]\d{6,9}|[ ]?\d{2,4}(?:[ ]\d{2,4}){1,2})(?![\w\-])",
                    0.15, lead=r"[A-Z]", line_digits=6),
        # line 2 of a passport's machine-readable zone, also as pasted or OCR'd: in lower case,
        # with spaces between its fields or inside its padding ('l898902c3 6 uto 7408122 f ...
        # zE184226B <<<<< 1 0'); its three check digits and the composite one keep text out
        PatternSpec("mrz line 2", r"(?<![\w<])([A-Za-z0-9<]{9})[ ]?\d[ ]?[A-Za-z<]{3}[ ]?\d{6}[ ]?"
                    r"[\dA-Za-z<][ ]?[MFXmfx<][ ]?\d{6}[ ]?[\dA-Za-z<][ ]?(?:[A-Za-z0-9<][ ]?){14}"
                    r"[\d<][ ]?[\d<]", 0.97, 1, lead="[A-Za-z0-9<]", line_digits=13),
        # the same line's first fields where a scan garbles its rest (a sex letter or a digit
        # lost, padding read as 'c'/'e'): the document number and the birth date must both
        # pass their check digits (1 in 100 by chance), with line 1 of a passport's zone
        # ('P<NOR...') right above; the nationality's O may be read as a zero ('N0R')
        PatternSpec("mrz line 2 start", r"(?<![\w<])([A-Za-z0-9<]{9})[ ]?(\d)[ ]?[A-Za-z0<]{3}[ ]?"
                    r"(\d{6})[ ]?(\d)", 0.9, 1, lead="[A-Za-z0-9<]", line_digits=8),
    )
    CONTEXT = ("pass", "passport", "passnummer", "passnr", "passeport", "reisedokument",
               "pasnummer", "passinummer", "travel document", "passet",
               # Danish 'pas' ('Pas nr.: ', 'pasnr', 'pas-nr'); not the word alone: 'pas på'
               "pas nr", "pasnr", "pas-nr", "pas no",
               # (round 31A) and after a possessive or with its number set off ('jeg vedhæfter
               # mit pas (nr. …)'): 'pas' as a noun, never the verb of 'pas på'
               "mit pas", "dit pas", "sit pas", "pas (nr")
    #: 'pass' also starts 'password'/'passord': a code next to those is a secret, not a passport
    #: and 'pass' starts words that are no passport: a passenger's ticket, 'det passer' (it
    #: suits), a test that passed, a passive account ('passasjer', 'passerte', 'passiv')
    NEGATIVE_CONTEXT = ("password", "passord", "passw", "passcode", "lösenord", "adgangskode",
                        "engangskode", "kode", "code", "pin",
                        "passasj", "passag", "passer", "passar", "passiv", "passend", "passed",
                        "passing", "passes", "passenger",
                        # a case number's label on the value's own line or the one above it
                        # ('Saksnr.', Danish 'Sagsnr.', Swedish 'Ärendenr', 'Case no.')
                        "saksn", "sagsn", "ärendenr", "ärendenummer", "case no", "case number")
    CONTEXT_BOOST = 0.65
    CONTEXT_REQUIRED = True
    WINDOW_BEFORE = 28
    NEGATIVE_BEFORE = WINDOW_BEFORE  # a negative 'pass...' word as far back as a positive one
    WINDOW_AFTER = 4

    def _score_match(self, text, lower, spec, match):
        if spec.name == "lower-case letters near passport word":
            return self.score_span(text, lower, spec, match.start() - 2, match.end())
        if spec.name == "grouped near passport word" \
                and not 6 <= sum(c.isdigit() for c in match.group()) <= 9:
            return None
        if spec.name == "mrz line 2 start":
            return self._mrz_start(text, lower, spec, match)
        if spec.name != "mrz line 2":
            return super()._score_match(text, lower, spec, match)
        if not mrz.is_valid(match.group(0)):
            return None
        start = match.start(1)
        end = start + len(match.group(1).rstrip("<"))
        return self.score_span(text, lower, spec, start, end, require_context=False)

    def _mrz_start(self, text, lower, spec, match):
        """A line 2 whose document number and birth date pass their check digits, under a
        passport zone's line 1 (None otherwise)."""
        number, birth = match.group(1).upper(), match.group(3)
        if mrz.calc_check_digit(number) != match.group(2) \
                or mrz.calc_check_digit(birth) != match.group(4) \
                or not (1 <= int(birth[2:4]) <= 12 and 1 <= int(birth[4:6]) <= 31):
            return None
        line_start = ctx.line_start(text, match.start())
        if not _MRZ_LINE_1.match(text, ctx.line_start(text, max(0, line_start - 1)),
                                 max(0, line_start - 1)) \
                or not text[line_start:match.start()].strip() == "":
            return None
        start = match.start(1)
        end = start + len(match.group(1).rstrip("<"))
        return self.score_span(text, lower, spec, start, end, require_context=False)

    def score_span(self, text, lower, spec, start, end, require_context=None):
        found = super().score_span(text, lower, spec, start, end, require_context)
        if found is None or require_context is False:
            return found
        if self._only_inside_negative(lower, start, end):
            return None
        # in a pasted sheet the passport word must label this cell's column, not another's
        labels = cell_labels(lower, start)
        if labels is not None and not self._context.hits(labels + "\n" + ctx.row_label(lower, start)
                                                          + "\n"):
            return None
        if self._labelled_otherwise(lower, start):
            return None
        return found

    def _only_inside_negative(self, lower: str, start: int, end: int) -> bool:
        """Whether every passport word near the value is part of a negative word (round 36D:
        a helpdesk's tab row ``#820420 Password`` over ``#237462 Fel på fakturan``, the
        ticket number read on the line under the other tab's title: ``pass`` there is the
        start of ``password``, which the value's own clause does not hold, so the negative
        word was never weighed). ``Passord: glemt. Passnr: NK1234567`` keeps its word."""
        win = ctx.window(lower, start, end, self.WINDOW_BEFORE, self.WINDOW_AFTER)
        spans = self._negative.spans(win)
        if not spans:
            return False
        blanked = list(win)
        for s, e in spans:
            blanked[s:e] = " " * (e - s)
        if self._context.hits("".join(blanked)):
            return False
        header = ctx.header_words(ctx.column_header(lower, start)) if "\t" in win or "|" in win else ""
        return not self._context.hits(header + "\n" + ctx.row_label(lower, start) + "\n")

    def _labelled_otherwise(self, lower: str, start: int) -> bool:
        """Whether the value has a label of its own that is no passport word, with none in its
        field either (``Passnummer: 40565409\nTlf: 48266545``, ``Pass: NK1234567, tlf
        48266545``: the passport word labels the field before; round 30). The field runs back
        from the label to the line's start or a ``,``/``;``/``|``/tab before it, so ``Passnummer og
        utløpsdato: NK1234567`` keeps its passport word; and (round 35D) to an earlier value
        before the label (``Passnr. NK0155385. Polise 460451975``)."""
        own = ctx.own_label(lower, start)
        if not own.strip() or lower[:start].rstrip(" \t").endswith("\n"):
            return False  # (no label, or the value opens its line: the words are the line above)
        field_start = max(lower.rfind(sep, 0, start - len(own)) for sep in "\n,;|\t") + 1
        # (round 35D: nor past an earlier value: 'Pas nr. 118457890. Police 198062585', the
        # passport word names the first number, not the one after it under its own label)
        for value in _VALUE.finditer(lower, field_start, start - len(own)):
            field_start = value.end()
        return not self._context.hits(lower[field_start:start])

    def applies_to(self, lower: str) -> bool:
        return "<<" in lower or super().applies_to(lower)

    def validate_result(self, value: str) -> bool:
        return len(set(value)) > 2

