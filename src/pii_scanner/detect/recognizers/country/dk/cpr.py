"""DK_CPR: Danish CPR-nummer (DDMMYY-SSSS); without the old mod 11 it needs context."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.dk import cpr


class DkCprRecognizer(NordicRecognizer):
    MIN_DIGITS = 10
    ENTITY = "DK_CPR"
    KEYED_VALUES = True
    COUNTRY_CODE = "dk"
    PATTERNS = (
        PatternSpec("6-4", NUM_START + r"[0-3]\d[01]\d{3}-\d{4}" + NUM_END, 0.3),
        PatternSpec("10 digits", NUM_START + r"[0-3]\d[01]\d{7}" + NUM_END, 0.15),
    )
    CONTEXT = ("cpr", "cpr-nr", "cprnr", "cpr-nummer", "personnummer", "sygesikring",
               "personal identification number", "dansk", "danish", "copenhagen",
               "københavn", "denmark", "danmark",
               # what Norwegian and Danish writers call it in a Norwegian helpdesk
               "fnr", "fødselsnummer", "fødselsnr", "personnr")
    CONTEXT_BOOST = 0.4
    WINDOW_BEFORE = 64
    DETAIL_SCORES = {"mod11": 0.4}
    WHOLE_VALUE_BOOST = 0.3
    # 'Personnr 0505262220' in a Swedish ticket is a personnummer (YYMMDD), not a CPR (DDMMYY)
    LANGUAGE_PRIOR = {"sv": -0.15}
    # "kundenr", not "kunde": a chat line "Kunde: mit cpr er ..." names the speaker
    NEGATIVE_CONTEXT = ("ordre", "order", "faktura", "invoice", "kundenr", "kundenummer",
                        "kunde nr", "telefon", "tlf")

    def validate_result(self, value: str) -> bool | str:
        if not cpr.is_valid(value):
            return False
        return "mod11" if cpr.has_mod11(value) else "post-2007"
