"""GPS_COORDINATES: decimal pairs, hemisphere forms, degrees-minutes(-seconds), map-URL params."""

from __future__ import annotations

import regex

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec

_DEC = r"\d{1,3}[.,]\d{2,8}"
_DEG = r"\d{1,3}\s?°\s?\d{1,2}(?:[.,]\d+)?\s?['′’]"
_DMS = _DEG + r"\s?\d{1,2}(?:[.,]\d+)?\s?(?:\"|″|''|”)"
_NUM = regex.compile(r"-?\d+(?:[.,]\d+)?")


class NordicGpsRecognizer(NordicRecognizer):
    MIN_DIGITS = 2
    ENTITY = "GPS_COORDINATES"
    PATTERNS = (
        PatternSpec("decimal pair", r"(?<![\w.,\-])-?\d{1,2}\.\d{3,8},\s{0,2}-?\d{1,3}\.\d{3,8}"
                    r"(?![\w]|[.,]\d)", 0.7, lead=r"[\d-]"),
        PatternSpec("hemisphere prefix", r"(?<![\w])[NS]\s?" + _DEC + r"°?,?\s{0,2}[EWØO]\s?" + _DEC
                    + r"°?(?![\w])", 0.85),
        PatternSpec("hemisphere suffix", r"(?<![\w.])" + _DEC + r"\s?°?\s{0,2}[NS],?\s{0,2}" + _DEC
                    + r"\s?°?\s{0,2}[EWØO](?![\w])", 0.85, lead=r"\d"),
        # chat writes the hemisphere in lower case ('59.91° n, 10.75° e'): then with its degree
        # sign, as a lone 'n'/'e' after a number is a word more often than not
        PatternSpec("hemisphere suffix lower case", r"(?<![\w.])" + _DEC + r"\s?°\s{0,2}[ns],?\s{0,2}"
                    + _DEC + r"\s?°\s{0,2}[ewøo](?![\w])", 0.85, lead=r"\d"),
        PatternSpec("dms", r"(?<![\w])(?:[NS]\s?)?" + _DMS + r"\s?[NS]?,?\s{0,2}[EWØO]?\s?" + _DMS
                    + r"\s?[EWØO]?", 0.9),
        PatternSpec("degrees minutes", r"(?<![\w])(?:[NS]\s?)?" + _DEG + r"\s?[NS]?,?\s{0,2}[EWØO]?\s?"
                    + _DEG + r"\s?[EWØO]?", 0.85),
        PatternSpec("map url", r"(?:[?&](?:q|ll|query|center|daddr|saddr|destination|sll)=|/@|"
                    r"[#/]map=\d{1,2}/)(-?\d{1,2}\.\d{3,},\s?-?\d{1,3}\.\d{3,})", 0.9, 1),
        PatternSpec("lat lon params", r"[?&](?:mlat|lat)=-?\d{1,2}\.\d{3,}&(?:mlon|lon|lng)="
                    r"-?\d{1,3}\.\d{3,}", 0.9),
    )
    CONTEXT = ("gps", "posisjon", "position", "koordinat", "coordinat", "lokasjon", "location",
               "kart", "map", "lat", "breddegrad", "sted", "plassering", "innkjøring", "punkt")
    CONTEXT_BOOST = 0.25
    #: a pair of decimals with a unit after it, or under a price/size word, is a measurement
    #: ('60.12345, 10.54321 cm', 'Pris: 59.9123, 10.7512 kr')
    NEGATIVE_CONTEXT = ("cm", "mm", "km", "kg", "kr", "nok", "sek", "dkk", "eur", "usd", "kwh",
                        "stk", "pris", "price", "beløp", "amount", "bredde", "høyde", "lengde",
                        "vekt", "width", "height", "length", "weight", "størrelse", "size")
    NEGATIVE_AFTER = 6

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        return spec.name != "hemisphere suffix lower case" or "°" in lower

    def validate_result(self, value: str) -> bool:
        numbers = [abs(float(n.replace(",", "."))) for n in _NUM.findall(value.replace(", ", " "))]
        if "°" in value or len(numbers) < 2:
            return True
        lat, lon = numbers[0], numbers[1]
        return lat <= 90 and lon <= 180 and not (lat == 0 and lon == 0)
