"""NO_FODSELSNUMMER: fødselsnummer, D-, H-, FH- and synthetic numbers (6+5 digits)."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import (EXPLANATION_KEY, NordicRecognizer, PatternSpec,
                                                   explained_result)
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.no import fodselsnummer


class NoFodselsnummerRecognizer(NordicRecognizer):
    MIN_DIGITS = 11
    ENTITY = "NO_FODSELSNUMMER"
    KEYED_VALUES = True
    COUNTRY_CODE = "no"
    PATTERNS = (
        # also '080272  19064', and '041196.28437' or '041196. 28437' (a typo or a form that split the fields) or
        # date and personal number on two lines (a PDF or OCR paste): those are also a
        # decimal's or two numbers' shape, so they score SPLIT_SCORE and need a birth-number
        # word (one pattern, one scan)
        # (also a line break inside a forwarded quote: '> fnr: 120586\n> 95082')
        PatternSpec("6+5 separated", NUM_START + r"\d{6}(?:[ \-]| {2}|\.[ ]?|[ ]?\n(?:[ ]?>)*[ ]?)\d{5}"
                    + NUM_END, 0.9),
        PatternSpec("11 digits", NUM_START + r"\d{11}" + NUM_END, 0.85,
                    line_digits=11, run_digits=11),
        # a link or a log line: 'minside/kunde?fnr=12058695082&vis=alt' (NUM_START keeps
        # numbers after '=' out of the patterns above: most are ids)
        PatternSpec("url parameter", r"(?i:(?<=[?&;](?:fnr|f[øo]dselsnr|f[øo]dselsnummer|"
                    r"personnr|personnummer|pnr|ssn|nin|birthnumber)=))\d{11}(?![\w])", 0.9,
                    line_digits=11, run_digits=11),
        # right after its label with no space ('FNR12058695082') or after '#'
        # ('Fødselsnummer #12058695082', 'fnr: #...'), which NUM_START keeps out for ids
        PatternSpec("after label", r"(?i:(?<=(?<!\p{L})(?:fnr|f[øo]dselsnr|f[øo]dselsnummer|"
                    r"personnr|personnummer|pnr)(?:[ ]?[:.]?[ ]?\#)?))\d{11}" + NUM_END, 0.9,
                    line_digits=11, run_digits=11),
        # spaced digit by digit ('1 2 0 5 8 6 9 5 0 8 2', read aloud or typed from a card):
        # also a list of digits, so it scores SPLIT_SCORE and needs a birth-number word
        PatternSpec("digit by digit", NUM_START + r"\d(?:[ ]\d){10}" + NUM_END, 0.9,
                    line_digits=11),
        # the birth date spaced as a date ('12 05 86 95082', '1205 86 95082') or written as
        # one ('12.05.86 95082'), or the personal number split ('120586 950 82'), as a
        # form's boxes or a card's print are copied, or as people type it in a hurry: also a
        # row of numbers, so it scores SPLIT_SCORE and needs a birth-number word
        PatternSpec("date groups", NUM_START + r"(?:\d{2}[ ]?\d{2}[ ]\d{2}[ ]{1,2}\d{5}|"
                    r"\d{2}\.\d{2}\.\d{2}[ ]\d{5}|\d{6}[ ]\d{3}[ ]\d{2})" + NUM_END, 0.9,
                    line_digits=11, run_digits=5),
    )
    #: substrings one of which every label of the two patterns above holds
    _LABELS = ("fnr", "fødselsn", "fodselsn", "fødseln", "fodseln", "fødelsn", "fodelsn", "personn",
               "personum", "pnr",
               # English labels of a Norwegian number in an English ticket (round 29A: 'social
               # security number 240642.45364', 'national ID 24 06 42 45364')
               "social security", "national id", "national identity", "id number", "ssn",
               "personal number", "personal id")
    CONTEXT = ("fødselsn", "fodselsn", "fødselsnr", "fnr", "f.nr", "personnummer", "personnr",
               "pers.nr", "persnr",
               # (typos typed in a hurry: 'personummer mitt er ...', 'fødselnummer')
               "personummer", "fødselnummer", "fødelsnummer",
               "pnr", "d-nummer", "d-nr", "dnummer", "h-nummer", "fh-nummer", "birth number",
               "national identity", "national id", "identity number", "id-nummer", "idnummer",
               "ssn", "syntetisk", "tenor", "testperson", "fødd", "født", "nin", "birthnumber",
               # ID-porten's and Maskinporten's claim for the fødselsnummer ('pid=...' in a log)
               "pid",
               # English labels ('Norwegian ID number: 120586 95082', 'norwegian_id_number=')
               "id number", "norwegian id", "social security", "personal number", "personal id")
    NEGATIVE_CONTEXT = ("ordre", "order", "bestilling", "faktura", "invoice", "kid",
                        "kontrakt", "saksn", "sak nr", "kundenr", "kundenummer", "referanse",
                        "ref", "job", "build", "versjon", "version", "ticket", "konto",
                        "account", "tracking", "sporing", "fakturanummer", "ordernummer",
                        "bsu")  # (a home-savings account's initials: 'BSU 60116158011')
    #: The 2032 rule and FH-numbers match far more random digit strings: they need context.
    DETAIL_SCORES = {"fh/classic": 0.45}

    SPLIT_SCORE = 0.4

    #: Negative words that only say a number is quoted ('Ref: …', 'Reference … in the form',
    #: 'Referanse …'), not which kind: they lower a number of a weaker kind, but a whole
    #: fødselsnummer or D-number that passes both check digits and gives a real date is kept
    #: after one (round 31A), in every language alike; a word that names another kind
    #: (order, invoice, KID, account, ticket) still counts
    QUOTING_WORDS = ("ref", "referanse")
    #: the validation details that outweigh a quoting word: unsplit, classic check digits
    _WHOLE_CLASSIC = ("fnr/classic", "d/classic")

    def score_span(self, text, lower, spec, start, end, require_context=None):
        result = super().score_span(text, lower, spec, start, end, require_context)
        if result is None:
            return None
        parts = result.recognition_metadata[EXPLANATION_KEY]
        found = dict(parts)
        negative = found.get("negative_context", ())
        if negative and found.get("validation") in self._WHOLE_CLASSIC \
                and all(word in self.QUOTING_WORDS for word in negative):
            score = min(1.0, found["score"] + self.NEGATIVE_PENALTY)
            kept = [p for p in parts if p[0] not in ("negative_context", "negative_penalty", "score")]
            kept += [("quoting_word_ignored", negative), ("score", round(score, 3))]
            return explained_result(self, result.start, result.end, score, kept)
        return result

    def detail_score(self, detail: str, base: float) -> float:
        split = detail.endswith("/split")
        detail = detail.removesuffix("/split")
        score = 0.3 if detail.endswith("/2032") else super().detail_score(detail, base)
        return min(score, self.SPLIT_SCORE) if split else score

    def pattern_applies(self, spec, lower: str) -> bool:
        if spec.name == "after label":
            return any(label in lower for label in self._LABELS)
        if spec.name in ("digit by digit", "date groups"):
            return " " in lower and any(label in lower for label in self._LABELS)
        return True

    def validate_result(self, value: str) -> bool | str:
        # (one double space between date and personal number is no split: '080272  19064')
        split = "." in value or "\n" in value or len(value.split()) > 2
        value = value.replace(".", "").replace("\n", "").replace(" ", "").replace(">", "")
        if (found := fodselsnummer.details(value)) is None:
            return False
        detail = "/".join(found)
        return detail + "/split" if split else detail
