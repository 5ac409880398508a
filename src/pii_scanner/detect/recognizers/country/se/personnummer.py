"""SE_PERSONNUMMER: personnummer and samordningsnummer, 10/12 digits, ``-``/``+`` forms."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.boundaries import NUM_END, NUM_START
from pii_scanner.detect.validators.dk import cpr
from pii_scanner.detect.validators.se import personnummer


class SePersonnummerRecognizer(NordicRecognizer):
    MIN_DIGITS = 10
    ENTITY = "SE_PERSONNUMMER"
    KEYED_VALUES = True
    COUNTRY_CODE = "se"
    PATTERNS = (
        PatternSpec("12 digits with dash", NUM_START + r"(?:18|19|20)\d{6}[-+]\d{4}" + NUM_END, 0.9,
                    line_digits=12, run_digits=8),
        PatternSpec("12 digits", NUM_START + r"(?:18|19|20)\d{10}" + NUM_END, 0.6,
                    line_digits=12, run_digits=12),
        PatternSpec("10 digits with dash", NUM_START + r"\d{6}[-+]\d{4}" + NUM_END, 0.45,
                    line_digits=10, run_digits=6),
        PatternSpec("10 digits", NUM_START + r"\d{10}" + NUM_END, 0.25,
                    line_digits=10, run_digits=10),
        # a space for the dash ('Personnummer: 530821 7826'): scored as bare digits, so it
        # needs a personnummer word
        PatternSpec("6 4", NUM_START + r"\d{6} \d{4}" + NUM_END, 0.25,
                    line_digits=10, run_digits=6),
        # the same with the century ('Personnummer: 19851118 3355'), scored as bare digits too
        PatternSpec("8 4", NUM_START + r"(?:18|19|20)\d{6} \d{4}" + NUM_END, 0.25,
                    line_digits=12, run_digits=8),
    )
    CONTEXT = ("personnummer", "personnr", "person nr", "pnr", "samordningsn", "samordningsnr",
               # round 32A: the abbreviation with its dot ('Pers.nr: 801027+2691')
               "pers.nr", "pers. nr", "persnr",
               "personal identity number", "swedish id",
               # what Swedes writing English call it
               "personal number", "personal id", "social security", "ssn", "national id", "bankid", "folkbokf", "personnumret",
               "personnumm", "id-nummer", "identitetsnummer", "skatteverket",
               # generic birth-number labels (a Swede's number in a Norwegian ticket is often
               # labelled "fnr") and identity-document words
               "fnr", "fødselsnummer", "fødselsnr", "födelsenummer", "födelsenr",
               "legitimasjon", "legitimation", "id-kort",
               # named in Finnish ('Ruotsalainen henkilötunnus: …', 'ruotsalaisen')
               "ruotsalai")
    WHOLE_VALUE_BOOST = 0.3
    # in a Swedish ticket YYMMDD-NNNN with a valid date and Luhn digit is a personnummer without
    # a label ('Min sambo Per (880315-6457)'); it also outranks the Danish DDMMYY reading.
    # In a Danish ticket the Danish reading comes first (round 31A: 'personnummer' is what
    # Danes call the CPR: 'mit personnummer er 090477-2175', one Luhn digit in ten passes)
    LANGUAGE_PRIOR = {"sv": 0.1, "da": -0.15}
    # round 33D: in English text with no label, dashed and passing Luhn, a personnummer of a
    # country nothing names ('Re: 710129-5348 - please update the record.'): reported at 0.55;
    # a samordningsnummer (day + 60) only where its digits are no CPR's date (round 34C; a
    # CPR of the same digits is more likely, '070668-6789': 7 June 1968 as a CPR, the 8th as a
    # samordningsnummer: :meth:`_unclear_country`)
    UNCLEAR_COUNTRY = {"10 digits with dash": ("personnummer", "samordningsnummer")}
    # round 34C: in Swedish text ten bare digits passing the date and the Luhn digit, with no
    # label and no other number's word ('mitt nummer är 8112189876'; :mod:`.bare_ids`)
    BARE_IN_LANGUAGE = {"10 digits": ("sv",)}
    # round 36E: a whole quoted literal of an SQL INSERT with no column list ('INSERT INTO
    # kund VALUES (17, '8112189876', …)'): a field's whole value, as after a field's label
    SQL_LITERAL_WHOLE = True
    # round 36E: in English text ten bare digits passing the date and the Luhn digit as a
    # message's subject ('Re: 9208147117 - please update the record.'), no other number's word
    SUBJECT_IN_ENGLISH = {"10 digits": ("personnummer",)}
    NEGATIVE_CONTEXT = ("organisationsn", "orgnr", "org.nr", "ordernummer", "order", "ordre",
                        "faktura", "invoice", "ärende", "cpr", "telefon", "tel", "mobil",
                        # round 37C: the Swedish plural that drops the word's 'a' ('INSERT
                        # INTO fakturor VALUES (…)'; 'ordrar' holds 'ordre''s inflected 'ordr')
                        "fakturor",
                        # date-based reference and customer numbers ('Referens 240115-0032')
                        "ref", "kundnummer", "kundnr", "avtalsnummer", "leverans",
                        # another country's number ('Norskt personnummer: 2103863276')
                        "norsk", "norwegian", "dansk", "danish", "finsk", "finnish",
                        "norjalai", "tanskalai", "suomalai")
    # a payment reference shaped like a personnummer ('OCR 850312-1231'): its own label only
    OWN_LABEL_NEGATIVE = ("ocr", "betalningsreferens", "kid")

    def _unclear_country(self, lower: str, spec: PatternSpec, verdict, start: int, end: int) -> bool:
        # round 34C: a samordningsnummer is reported as a country's unclear ID only where its
        # digits are no CPR's date ('850378-…': day 85); '070668-6789' reads as a CPR
        if verdict == "samordningsnummer" and cpr.is_valid(lower[start:end]):
            return False
        return super()._unclear_country(lower, spec, verdict, start, end)

    def validate_result(self, value: str) -> bool | str:
        if not personnummer.is_valid(value):
            return False
        return personnummer.kind(value)
