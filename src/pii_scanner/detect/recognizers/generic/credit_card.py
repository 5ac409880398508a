"""CREDIT_CARD: 13-19 digit card numbers (grouped or not), Luhn and a known issuer prefix;
12-digit Maestro and 15-digit legacy JCB numbers only with a card word near."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators import luhn


class NordicCreditCardRecognizer(NordicRecognizer):
    MIN_DIGITS = 12
    ENTITY = "CREDIT_CARD"
    KEYED_VALUES = True
    PATTERNS = (
        # also 4-4-4 (12-digit Maestro) and 4-4-4-3 (15-digit JCB); the groups split by one
        # separator throughout, a double space too (typed, or a table's padding)
        PatternSpec("4x4", NUM_START + r"\d{4}([ \-]|[ ]{2})\d{4}\1\d{4}(?:\1\d{3,4}(?:\1\d{1,3})?)?"
                    + NUM_END, 0.85, lead=r"\d", line_digits=12, run_digits=4),
        PatternSpec("amex 4-6-5", NUM_START + r"3\d{3}([ \-]|[ ]{2})\d{6}\1\d{5}" + NUM_END, 0.85,
                    line_digits=15, run_digits=6),
        PatternSpec("digits", NUM_START + r"\d{12,19}" + NUM_END, 0.55,
                    line_digits=12, run_digits=12),
        # two halves of eight, as a card's number is read out or copied in two goes
        # ('49291234 56781236'): two phone numbers side by side have the shape too, so only
        # with a card word near (0.2 + CONTEXT_BOOST)
        PatternSpec("8+8", NUM_START + r"\d{8}[ \-]\d{8}" + NUM_END, 0.2, lead=r"\d",
                    line_digits=16, run_digits=8),
    )
    CONTEXT = ("kort", "card", "visa", "mastercard", "amex", "american express", "kredittkort",
               "betalingskort", "kortnummer", "kortnr", "bankkort", "debit", "credit", "cvc",
               "cvv", "utløp", "expir", "kontokort",
               # Swedish and Danish words ('kreditkort=...' in a log needs its key to name a card)
               "kreditkort", "betalkort", "betalningskort", "dankort")
    NEGATIVE_CONTEXT = ("ordre", "order", "tracking", "sporing", "imei", "serial", "serie",
                        "job", "id", "ref", "faktura", "invoice", "ean", "gtin", "strekkode",
                        "barcode", "varenummer", "varenr", "artikkel", "sku",
                        # an article's number (EAN-13 is Luhn-like: 'articleno', 'Artikelnr')
                        "article", "artikel",
                        # payment references are Luhn numbers too: Norwegian KID, Swedish OCR
                        "kid", "ocr", "betalingsreferanse", "payment reference",
                        # meter and SIM numbers ('Målernummer', 'Målepunkt-ID', 'ICCID')
                        "måler", "målepunkt", "mätar", "meter", "anlegg", "iccid",
                        "sim-kort")

    #: a rare scheme's number passes only with a card word near (0.2 + CONTEXT_BOOST)
    DETAIL_SCORES = {"rare scheme": 0.2}

    def validate_result(self, value: str) -> bool | str:
        if luhn.is_valid(value):
            return True
        return "rare scheme" if luhn.is_rare_card(value) else False
