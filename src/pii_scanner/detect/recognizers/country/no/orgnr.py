"""NO_ORGNR: organisasjonsnummer (9 digits, mod 11, starts with 8 or 9)."""

from __future__ import annotations

from pii_scanner.detect import number_words
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.no import orgnr


class NoOrgnrRecognizer(NordicRecognizer):
    MIN_DIGITS = 9
    ENTITY = "NO_ORGNR"
    KEYED_VALUES = True
    COUNTRY_CODE = "no"
    PATTERNS = (
        # also dotted ('956.806.151', as a thousands separator groups it)
        PatternSpec("3+3+3", NUM_START + r"[89]\d{2}([ .])\d{3}\1\d{3}" + NUM_END, 0.45,
                    line_digits=9, run_digits=3),
        PatternSpec("9 digits", NUM_START + r"[89]\d{8}" + NUM_END, 0.3,
                    line_digits=9, run_digits=9),
        # one group space lost (OCR, hand-typed): '884 140781', '884140 781'
        PatternSpec("3+6 or 6+3", NUM_START + r"[89]\d{2}(?:[ ]\d{6}|\d{3}[ ]\d{3})" + NUM_END, 0.3,
                    line_digits=9, run_digits=6),
        # the MVA suffix marks a VAT-registered orgnr, with or without the NO prefix and the
        # space ('NO 974 760 673 MVA', '974760673MVA')
        PatternSpec("NO ... MVA", NUM_START + r"(?:(?i:NO)[ ]?)?([89]\d{2} ?\d{3} ?\d{3})(?i:[ ]?MVA\b)",
                    0.9, 1, line_digits=9, run_digits=3),
    )
    CONTEXT = ("org.nr", "orgnr", "org nr", "org. nr", "organisasjonsn", "organisasjonsnr",
               "org.no", "organization number", "organisation number", "foretaksreg",
               "enhetsreg", "brønnøysund", "mva", "org-nr", "orgnummer", "foretaksnummer",
               "company number", "company reg",
               # English invoices and signatures of Norwegian firms ('Org. no. 923 609 016')
               "org. no", "org no", "reg. no", "registration number", "business id",
               "vat no", "vat number", "vat reg",
               # a label 'org' alone ('Tenant org: 9xx xxx xxx', 'Kunde org: ...'); with its
               # colon only, so no '.org' domain and no 'organic'/'orgel' reads as one
               "org:")
    WHOLE_VALUE_BOOST = 0.3
    NEGATIVE_CONTEXT = ("kundenr", "kundenummer", "ordre", "order", "faktura", "invoice",
                        "telefon", "tlf", "mobil", "phone", "ticket", "sak",
                        # round 37H: the same words in Finnish ('Norjalainen org.nr. 9…, lasku
                        # 9…': the invoice's number after the firm's; :mod:`.number_words`)
                        *number_words.FINNISH_CASES)

    def validate_result(self, value: str) -> bool:
        return orgnr.is_plausible(value.replace(".", ""))
