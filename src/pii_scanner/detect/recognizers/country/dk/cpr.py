"""DK_CPR: Danish CPR-nummer (DDMMYY-SSSS); without the old mod 11 it needs context."""

from __future__ import annotations

from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import (EXPLANATION_KEY, NordicRecognizer, PatternSpec,
                                                   explained_result)
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.dk import cpr
from pii_scanner.detect.validators.fi import hetu


class DkCprRecognizer(NordicRecognizer):
    MIN_DIGITS = 10
    ENTITY = "DK_CPR"
    KEYED_VALUES = True
    COUNTRY_CODE = "dk"
    PATTERNS = (
        PatternSpec("6-4", NUM_START + r"[0-3]\d[01]\d{3}-\d{4}" + NUM_END, 0.3,
                    line_digits=10, run_digits=6),
        PatternSpec("10 digits", NUM_START + r"[0-3]\d[01]\d{7}" + NUM_END, 0.15,
                    line_digits=10, run_digits=10),
        # a space for the dash ('CPR-nummer: 070870 1076'): scored as bare digits, so it needs
        # a CPR word or the old mod 11
        PatternSpec("6 4", NUM_START + r"[0-3]\d[01]\d{3} \d{4}" + NUM_END, 0.15,
                    line_digits=10, run_digits=6),
    )
    CONTEXT = ("cpr", "cpr-nr", "cprnr", "cpr-nummer", "personnummer", "sygesikring",
               "personal identification number", "dansk", "danish", "copenhagen",
               "københavn", "denmark", "danmark", "tanskalai",
               # what Norwegian and Danish writers call it in a Norwegian helpdesk
               "fnr", "fødselsnummer", "fødselsnr", "personnr", "pers.nr", "persnr")
    CONTEXT_BOOST = 0.4
    WINDOW_BEFORE = 64
    DETAIL_SCORES = {"mod11": 0.4}
    WHOLE_VALUE_BOOST = 0.3
    # 'Personnr 0505262220' in a Swedish ticket is a personnummer (YYMMDD), not a CPR (DDMMYY);
    # in a Danish one a dashed DDMMYY-SSSS passing the old mod 11 is a CPR without a label
    # ('Vedr. 060575-1873'; round 31D), as a Swedish ticket's YYMMDD-NNNN is a personnummer
    LANGUAGE_PRIOR = {"sv": -0.15, "da": 0.15}
    # round 33D: in English text with no label, dashed and passing the old mod 11, a CPR of a
    # country nothing names ('Re: 261176-0941 - please update the record.'): reported at 0.5
    UNCLEAR_COUNTRY = {"6-4": ("mod11",)}
    # "kundenr", not "kunde": a chat line "Kunde: mit cpr er ..." names the speaker
    NEGATIVE_CONTEXT = ("ordre", "order", "faktura", "invoice", "kundenr", "kundenummer",
                        "kunde nr", "telefon", "tlf",
                        # a case's, a reference's or an agreement's number of the same shape
                        # ('Sagsnummer 060575-1873', 'Reference 010203-4567')
                        "sagsn", "sagsnr", "sag nr", "reference", "ref.", "ref nr", "aftalen",
                        "ordrenr", "fakturanr", "kvittering",
                        # another country's number ('Svensk personnummer: 021104-8847' with a
                        # wrong Luhn digit is no CPR)
                        "svensk", "swedish", "norsk", "norwegian", "finsk", "finnish",
                        "ruotsalai", "norjalai", "suomalai",
                        # the Finnish number's own names, also in a label's parentheses
                        # ('Finsk personnummer (HETU) 220752-4005'; round 32A)
                        "hetu", "henkilötunnus")
    #: Norwegian birth-number labels: context for a CPR written with its dash ('Fnr:
    #: 040964-3552', a Danish customer on a Norwegian form), but for undashed digits only when
    #: they pass the old mod 11: '2512720837' or '251272 0837' under 'Fødselsnr.' is as often
    #: a fødselsnummer (6+5) missing a digit
    NORWEGIAN_LABELS = ("fnr", "fødselsn", "fodselsn")
    #: in a Norwegian ticket 'Personnummer'/'personnr' is the fødselsnummer's label too
    NORWEGIAN_TICKET_LABELS = NORWEGIAN_LABELS + ("personn",)
    #: in a Swedish ticket 'personnummer' is the personnummer's own word: a CPR without the
    #: old mod 11, dashed or not, needs a Danish word (round 31D)
    SWEDISH_TICKET_LABELS = ("personn",)
    #: round 36E: added to a dashed CPR with no label, valid as a Finnish HETU too, in a text
    #: that reads Danish (0.3 + the Danish prior 0.15 -> 0.55; the HETU's reading drops to
    #: 0.45 there): the text's language decides between the twins
    HETU_TWIN_IN_DANISH = 0.1
    HETU_TWIN_NOTE = "valid as a Finnish HETU too; the text reads Danish: a CPR"

    def score_span(self, text, lower, spec, start, end, require_context=None):
        result = super().score_span(text, lower, spec, start, end, require_context)
        if result is None:
            return None
        parts = dict(result.recognition_metadata[EXPLANATION_KEY])
        seen = parts.get("context", ())
        language = self.text_language(lower)  # (without a hint, what the text reads as)
        labels = self.NORWEGIAN_TICKET_LABELS if language in ("nb", "nn", "no") \
            else self.NORWEGIAN_LABELS
        if spec.name != "6-4" and parts.get("validation") == "post-2007" and seen \
                and all(word.startswith(labels) for word in seen):
            return None
        if language == "sv" and parts.get("validation") == "post-2007" and seen \
                and all(word.startswith(self.SWEDISH_TICKET_LABELS) for word in seen):
            return None  # 'mitt personnummer är 020606-2501' (a Luhn digit wrong): no CPR
        if (spec.name == "6-4" or spec.name == "6 4" and language == "da") \
                and not seen and "negative_context" not in parts \
                and ctx.after_name_in_parentheses(text, start, end) \
                and (parts.get("validation") == "mod11" or not hetu.is_valid(text[start:end])):
            # round 31A: 'Lejer: Svenning Lund (191271-0261)': the named person's own number,
            # written in the CPR's shape (a phone there gets the same context); not where a
            # Finnish HETU's check character passes too ('(200587-3699)': one in 31 does)
            # and no mod 11 says CPR; round 31E: in a Danish ticket with a space for the dash too
            # ('Lejer: Erik Lund (010589 0604)': a Norwegian 6+5 number missing a digit, the
            # reason the spaced form needs a CPR word elsewhere, is no Danish ticket's)
            score = min(1.0, result.score + self.CONTEXT_BOOST)
            why = tuple(result.recognition_metadata[EXPLANATION_KEY][:-1]) + (
                ("context", ("name (number)",)), ("context_boost", self.CONTEXT_BOOST),
                ("score", round(score, 3)))
            return explained_result(self, result.start, result.end, score, why)
        if spec.name == "6-4" and language == "da" and not seen \
                and "negative_context" not in parts and parts.get("validation") != "mod11" \
                and hetu.is_valid(text[start:end]):
            # round 36E: digits a Finnish HETU's check character passes too ('120385-1210'),
            # no label, in a text that reads Danish (the hint, or none and the words): the
            # language decides the twin for the CPR (the HETU's reading is lowered there and
            # recorded as the alternative); in Finnish or other text the HETU keeps it
            score = min(1.0, result.score + self.HETU_TWIN_IN_DANISH)
            why = tuple(result.recognition_metadata[EXPLANATION_KEY][:-1]) + (
                ("hetu_twin", self.HETU_TWIN_NOTE),
                ("hetu_twin_boost", self.HETU_TWIN_IN_DANISH), ("score", round(score, 3)))
            return explained_result(self, result.start, result.end, score, why)
        return result

    def validate_result(self, value: str) -> bool | str:
        if not cpr.is_valid(value):
            return False
        return "mod11" if cpr.has_mod11(value) else "post-2007"
