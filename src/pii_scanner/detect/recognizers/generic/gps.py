"""GPS_COORDINATES: decimal pairs, hemisphere forms, degrees-minutes(-seconds), map-URL params."""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec

_DEC = r"\d{1,3}[.,]\d{2,8}"
_DEG = r"\d{1,3}\s?°\s?\d{1,2}(?:[.,]\d+)?\s?['′’]"
_DMS = _DEG + r"\s?\d{1,2}(?:[.,]\d+)?\s?(?:\"|″|''|”)"
_NUM = lazy_compile(r"-?\d+(?:[.,]\d+)?")
#: a longitude's label ('lng', 'lon:', 'Longitude', Norwegian 'lengdegrad')
_LON_LABEL = r"(?i:longitude|long|lng|lon|lengdegrad|längdgrad)"
#: a lower-case hemisphere letter glued to a number ('61.12345n 8.12345e')
_GLUED_HEMISPHERE = lazy_compile(r"\d[ns][ ,]")
#: the decimals of each number in a pair
_DECIMALS = lazy_compile(r"(?<=\d\.)\d+")
#: what stands between the numbers of a pair written with no comma or label
_BARE_SEPARATOR = lazy_compile(r"[ \t]*[/;]?[ \t]*")


class NordicGpsRecognizer(NordicRecognizer):
    MIN_DIGITS = 2
    ENTITY = "GPS_COORDINATES"
    PATTERNS = (
        # also with a degree sign after each number ('67.68256°, 23.92804°'), the longitude's
        # own label between them ('60.01675, lng 22.10774', 'Latitude: 59.91\nLongitude: 10.75',
        # '"lat": 59.91, "lng": 10.75'), or only a space or a slash ('GPS-posisjon: 61.93117
        # 18.90889'): then a place word must be near (see _score_match), as two decimals in a
        # row are often two measurements
        # (round 37B: each number holds four digits or more, and a pair written over two
        # lines has its first number on the first and its second on the last, only a label
        # between: only the lines that hold four digits are read, :mod:`..digit_lines`)
        PatternSpec("decimal pair", r"(?<![\w.,\-])-?\d{1,2}\.\d{3,8}°?(?P<sep>,\s{0,2}|"
                    r"[\"']?[ \t]?[,;/]?\s{0,2}[\"']?" + _LON_LABEL + r"[\"']?[ \t]?[:=]?[ \t]{0,2}|"
                    r"[ \t]{1,2}|[ \t]?[/;][ \t]{0,2})-?\d{1,3}\.\d{3,8}°?(?![\w]|[.,]\d)", 0.7,
                    lead=r"[\d-]", line_digits=4),
        # decimal commas, as a Nordic locale writes them ('GPS: 59,91273, 10,74609', '59,9127;
        # 10,7461'): four decimals or more and a place word near (round 31D), as a list of
        # amounts has the shape too
        PatternSpec("decimal comma pair", r"(?<![\w.,\-])-?\d{1,2},\d{4,8}(?:,[ ]{1,2}|;[ ]{0,2}|[ ]{1,2})"
                    r"-?\d{1,3},\d{4,8}(?![\w]|[.,]\d)", 0.7, lead=r"[\d-]", line_digits=10,
                    run_digits=4),
        PatternSpec("hemisphere prefix", r"(?<![\w])[NS]\s?" + _DEC + r"°?,?\s{0,2}[EWØO]\s?" + _DEC
                    + r"°?(?![\w])", 0.85, lead="[NS]"),
        PatternSpec("hemisphere suffix", r"(?<![\w.])" + _DEC + r"\s?°?\s{0,2}[NS],?\s{0,2}" + _DEC
                    + r"\s?°?\s{0,2}[EWØO](?![\w])", 0.85, lead=r"\d"),
        # chat writes the hemisphere in lower case ('59.91° n, 10.75° e'): then with its degree
        # sign or glued to the number ('61.12345n 8.12345e'), as a lone 'n'/'e' after a number
        # is a word more often than not
        PatternSpec("hemisphere suffix lower case", r"(?<![\w.])" + _DEC + r"(?:\s?°\s{0,2})?[ns],?\s{0,2}"
                    + _DEC + r"(?:\s?°\s{0,2})?[ewøo](?![\w])", 0.85, lead=r"\d"),
        # (after minutes and seconds a hemisphere letter in lower case is one too: '50" n')
        PatternSpec("dms", r"(?<![\w])(?:[NS]\s?)?" + _DMS + r"\s?[NSns]?,?\s{0,2}[EWØOewøo]?\s?" + _DMS
                    + r"(?:\s?[EWØOewøo](?![\w]))?", 0.9),
        PatternSpec("degrees minutes", r"(?<![\w])(?:[NS]\s?)?" + _DEG + r"\s?[NSns]?,?\s{0,2}[EWØOewøo]?\s?"
                    + _DEG + r"(?:\s?[EWØOewøo](?![\w]))?", 0.85),
        # also Bing's 'cp=lat~lon' and Google's '/maps/search/lat,+lon'
        PatternSpec("map url", r"(?:[?&](?:q|ll|query|center|daddr|saddr|destination|sll|cp)=|/@|"
                    r"[#/]map=\d{1,2}/|/maps/(?:search|place|dir)/)(-?\d{1,2}\.\d{3,}"
                    r"(?:,(?:\s|\+|%20)?|~|(?<=map=\d{1,2}/[\d.-]+)/)-?\d{1,3}\.\d{3,})", 0.9, 1),
        # also outside a link's query ('lat=59.91&lng=10.75' in a log line)
        PatternSpec("lat lon params", r"(?:[?&]|(?<![\w.&?])(?=lat))(?:mlat|lat)=-?\d{1,2}\.\d{3,}&"
                    r"(?:mlon|lon|lng)=-?\d{1,3}\.\d{3,}", 0.9),
    )
    CONTEXT = ("gps", "posisjon", "position", "koordinat", "coordinat", "lokasjon", "location",
               "kart", "map", "lat", "breddegrad", "sted", "plassering", "innkjøring", "punkt",
               # Swedish, Danish and Finnish place words ('Koordinaatit', 'Sijainti')
               "plats", "placering", "koordinaat", "sijainti", "wgs84", "wgs 84",
               # iCalendar's and vCard's 'GEO:59.9127;10.7461' (and a 'geo:' URI)
               "geo")
    CONTEXT_BOOST = 0.25
    #: a pair of decimals with a unit after it, or under a price/size word, is a measurement
    #: ('60.12345, 10.54321 cm', 'Pris: 59.9123, 10.7512 kr')
    NEGATIVE_CONTEXT = ("cm", "mm", "km", "kg", "kr", "nok", "sek", "dkk", "eur", "usd", "kwh",
                        "stk", "pris", "price", "beløp", "amount", "bredde", "høyde", "lengde",
                        "vekt", "width", "height", "length", "weight", "størrelse", "size",
                        # a software version or build ('versjon 18.34022, 19.80225'), timings
                        # and readings ('latency 59.9139, 10.7522 ms', 'Temperatur 21.54, 22.12')
                        "versjon", "version", "build", "release", "firmware", "latency", "ping",
                        "mb", "gb", "temperatur", "temperature")
    NEGATIVE_AFTER = 6

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(supported_language, name)
        self._negative = _WithoutDegreeWords(self._negative)

    def _score_match(self, text, lower, spec, match):
        if spec.name == "decimal comma pair":
            return self.score_span(text, lower, spec, *match.span(), require_context=True)
        if spec.name != "decimal pair":
            return super()._score_match(text, lower, spec, match)
        bare = _BARE_SEPARATOR.fullmatch(match.group("sep")) is not None
        if bare and match.start() and text[match.start() - 1] == "/":  # a path's '/59.91/10.75'
            return None
        # only a space or a slash between the numbers, or a number with fewer than four
        # decimals ('Scores: 12.345, 13.456'): a place word must be near
        coarse = any(len(part) < 4 for part in _DECIMALS.findall(match.group()))
        return self.score_span(text, lower, spec, *match.span(), require_context=bare or coarse)

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        if spec.name == "lat lon params":
            return "lat=" in lower
        if spec.name == "decimal comma pair":  # (a place word is required: see _score_match)
            return "," in lower and self._context.search(lower)
        if spec.name in ("dms", "degrees minutes"):  # (round 35E: each needs its degree sign)
            return "°" in lower
        if spec.name == "map url":  # (a query's '=', '/@', or a '/maps/' path: round 35E)
            return "=" in lower or "/@" in lower or "/maps/" in lower
        return spec.name != "hemisphere suffix lower case" or "°" in lower \
            or _GLUED_HEMISPHERE.search(lower) is not None

    def validate_result(self, value: str) -> bool:
        numbers = [abs(float(n.replace(",", "."))) for n in _NUM.findall(value.replace(", ", " "))]
        if "°" in value or len(numbers) < 2:
            return True
        lat, lon = numbers[0], numbers[1]
        return lat <= 90 and lon <= 180 and not (lat == 0 and lon == 0)


class _WithoutDegreeWords:
    """Negative terms that do not read 'bredde'/'lengde' (width, length) inside the names of
    latitude and longitude ('Breddegrad 59.91, lengdegrad 10.75')."""

    __slots__ = ("_terms",)
    _DEGREE_WORDS = regex.compile(r"(?i:bre(?:i)?dde|lengde|längd)grad\w*")

    def __init__(self, terms):
        self._terms = terms

    def hits(self, win: str) -> tuple[str, ...]:
        return self._terms.hits(self._DEGREE_WORDS.sub(" ", win))

    def search(self, text: str) -> bool:
        return self._terms.search(self._DEGREE_WORDS.sub(" ", text))
