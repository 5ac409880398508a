"""NO_BANK_ACCOUNT: Norwegian kontonummer (4.2.5 digits, mod 11)."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.no import kontonr


class NoBankAccountRecognizer(NordicRecognizer):
    MIN_DIGITS = 11
    ENTITY = "NO_BANK_ACCOUNT"
    KEYED_VALUES = True
    COUNTRY_CODE = "no"
    PATTERNS = (
        PatternSpec("4.2.5 dotted", NUM_START + r"\d{4}\.\d{2}\.\d{5}" + NUM_END, 0.9,
                    line_digits=11, run_digits=5),
        # also dashed ('9710-93-08467', as some banks' forms print it)
        PatternSpec("4 2 5 spaced", NUM_START + r"\d{4}([ \-])\d{2}\1\d{5}" + NUM_END, 0.75,
                    line_digits=11, run_digits=5),
        PatternSpec("11 digits", NUM_START + r"\d{11}" + NUM_END, 0.4,
                    line_digits=11, run_digits=11),
        # the bank's four digits apart, the rest in one ('1503 4221138', '1503.4221138'), as
        # typed in a hurry: scored as bare digits (it needs an account word); not opening
        # with 0 (a British number's area code: '0116 4960257'), nor in Swedish and Danish
        # tickets, where clearing or reg. number and account are written so
        PatternSpec("4+7", NUM_START + r"[1-9]\d{3}[ .]\d{7}" + NUM_END, 0.4,
                    line_digits=11, run_digits=7),
    )
    CONTEXT = ("konto", "kontonr", "kto", "ktnr", "bankkonto", "account", "acct", "utbetal",
               "innbetal", "overfør", "overfor", "depositum", "refusjon", "tilbakebetal",
               "betal", "bank", "lønn", "kontoen", "accountnumber", "kontonummer", "gironr",
               # a young person's home-savings account, named by its initials ('BSU' before
               # the number in a bank's account list)
               "bsu",
               # Finnish: account number, bank account ('Tilinumero' over a sheet's column)
               "tilinumero", "tilinro", "pankkitili")
    WHOLE_VALUE_BOOST = 0.25
    NEGATIVE_CONTEXT = ("ordre", "order", "bestilling", "faktura nr", "fakturanummer",
                        "kid", "job", "build", "ticket", "sak", "kontrakt", "invoice",
                        "kundenr", "fødselsn", "personnummer", "fnr")
    # a Swedish OCR reference of eleven digits ('OCR-nr: 41234567891'): its own label only
    OWN_LABEL_NEGATIVE = ("ocr", "betalningsreferens")

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        return spec.name != "4+7" or self.supported_language not in ("sv", "da")

    def validate_result(self, value: str) -> bool:
        return kontonr.is_valid(value) and not value.startswith("0000")
