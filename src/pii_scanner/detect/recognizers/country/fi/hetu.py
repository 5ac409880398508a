"""FI_PERSONAL_IDENTITY_CODE: henkilötunnus (DDMMYY, century sign incl. 2023 ones, NNN, check)."""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.recognizers.base import (EXPLANATION_KEY, NordicRecognizer, PatternSpec,
                                                   explained_result)
from pii_scanner.detect.validators.fi import hetu

_CPR_SHAPE = lazy_compile(r"\d{6}-\d{4}")


class FiHetuRecognizer(NordicRecognizer):
    MIN_DIGITS = 9
    ENTITY = "FI_PERSONAL_IDENTITY_CODE"
    COUNTRY_CODE = "fi"
    PATTERNS = (
        # letters in either case ('250363-806t', as typed)
        PatternSpec("hetu", r"(?<![\w-])[0-3]\d[01]\d{3}[-+A-FU-Ya-fu-y]\d{3}"
                    r"[0-9A-FHJ-NPR-Ya-fhj-npr-y](?![\w-])", 0.9, line_digits=9, run_digits=6),
    )
    CONTEXT = ("henkilötunnus", "hetu", "henkilötun", "sotu", "personal identity code",
               "finnish id", "personbeteckning", "helsinki", "finland", "suomi", "finsk")
    #: A Danish CPR (DDMMYY-SSSS) passes as a hetu about one time in ten: an all-digit hetu
    #: scores lower, so a CPR (or personnummer) word near it decides for the other type.
    DETAIL_SCORES = {"cpr shape": 0.6}
    #: in a Danish ticket an all-digit one is a CPR first: it needs a hetu word (round 31D)
    CPR_SHAPE_IN_DANISH = 0.45
    NEGATIVE_CONTEXT = ("cpr", "sygesikring",
                        # another country's number ('Swedish personal number: 020525-5373'
                        # with a wrong Luhn digit is no hetu), also named in Finnish
                        # ('ruotsalainen', 'tanskalaisen', 'norjalainen')
                        "svensk", "swedish", "norsk", "norwegian", "dansk", "danish",
                        "ruotsalai", "tanskalai", "norjalai",
                        # an order, invoice or reference number of the same shape
                        # ('Tilausnumero 131252U683H')
                        "tilausnum", "laskunum", "viitenum", "asiakasnum", "order", "ordre",
                        "faktura", "invoice")
    NEGATIVE_BEFORE = 48

    def detail_score(self, detail: str, base: float) -> float:
        if detail == "cpr shape" and self.supported_language == "da":
            return self.CPR_SHAPE_IN_DANISH
        return super().detail_score(detail, base)

    def score_span(self, text, lower, spec, start, end, require_context=None):
        result = super().score_span(text, lower, spec, start, end, require_context)
        if result is None or self.supported_language != "xx":
            return result
        parts = result.recognition_metadata[EXPLANATION_KEY]
        if ("validation", "cpr shape") not in parts or any(k == "context" for k, _ in parts) \
                or self.text_language(lower) != "da":
            return result
        # round 36E: with no hint, a text that reads Danish treats an all-digit one as the
        # hint 'da' does: a CPR first (the CPR's own reading takes it, :mod:`.cpr`)
        drop = self.DETAIL_SCORES["cpr shape"] - self.CPR_SHAPE_IN_DANISH
        score = max(0.0, result.score - drop)
        why = tuple(parts[:-1]) + (("reads_as", "da"), ("cpr_shape_in_danish", -round(drop, 3)),
                                   ("score", round(score, 3)))
        return explained_result(self, result.start, result.end, score, why)

    def validate_result(self, value: str) -> bool | str:
        if not hetu.is_valid(value.upper()):
            return False
        return "cpr shape" if _CPR_SHAPE.fullmatch(value) else True
