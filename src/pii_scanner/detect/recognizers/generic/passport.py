"""PASSPORT_NUMBER: numbers next to a passport word, and document numbers in a passport MRZ."""

from __future__ import annotations

from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import cell_labels
from pii_scanner.detect.validators import mrz


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
    )
    CONTEXT = ("pass", "passport", "passnummer", "passnr", "passeport", "reisedokument",
               "pasnummer", "passinummer", "travel document", "passet",
               # Danish 'pas' ('Pas nr.: ', 'pasnr', 'pas-nr'); not the word alone: 'pas på'
               "pas nr", "pasnr", "pas-nr", "pas no")
    #: 'pass' also starts 'password'/'passord': a code next to those is a secret, not a passport
    #: and 'pass' starts words that are no passport: a passenger's ticket, 'det passer' (it
    #: suits), a test that passed, a passive account ('passasjer', 'passerte', 'passiv')
    NEGATIVE_CONTEXT = ("password", "passord", "passw", "passcode", "lösenord", "adgangskode",
                        "engangskode", "kode", "code", "pin",
                        "passasj", "passag", "passer", "passar", "passiv", "passend", "passed",
                        "passing", "passes", "passenger")
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
        if spec.name != "mrz line 2":
            return super()._score_match(text, lower, spec, match)
        if not mrz.is_valid(match.group(0)):
            return None
        start = match.start(1)
        end = start + len(match.group(1).rstrip("<"))
        return self.score_span(text, lower, spec, start, end, require_context=False)

    def score_span(self, text, lower, spec, start, end, require_context=None):
        found = super().score_span(text, lower, spec, start, end, require_context)
        if found is None or require_context is False:
            return found
        # in a pasted sheet the passport word must label this cell's column, not another's
        labels = cell_labels(lower, start)
        if labels is not None and not self._context.hits(labels + "\n" + ctx.row_label(lower, start)
                                                          + "\n"):
            return None
        return found

    def applies_to(self, lower: str) -> bool:
        return "<<" in lower or super().applies_to(lower)

    def validate_result(self, value: str) -> bool:
        return len(set(value)) > 2

