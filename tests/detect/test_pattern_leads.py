"""A pattern's ``lead`` (the class every match begins with) is a speed-up only: the pattern
behind it matches exactly what the bare pattern matches."""

from __future__ import annotations

import regex

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec

# one sample per pattern that has a lead, in running text; each must be matched
SAMPLES = {
    "d.m.y": "Født 12.03.1985, og 3/4-79 også",
    "d m y": "Fødselsdato/Date of birth\n25 06 1953, født 03 11 2001",
    "iso": "dob=1985-03-12T00:00:00Z og 1990-01-31.",
    "d month y": "born on the 4th of March 1987 or 3. tammikuuta 1985",
    "month d y": "DOB: March 12, 1985 and sept 3 1990",
    "ddmmyy": "Født: 120385, Födelsedatum: 19490121",
    "number near passport word": "Passnr AB1234567 og pass 31195855",
    "mrz line 2": "P<NORNORDMANN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                  "FH12345674NOR8503124F3001015<<<<<<<<<<<<<<04\n"
                  "fh1234567 4 nor 8503124 f 3001015 <<<<<<<<<<<<<< 0 4",
    "mrz line 2 start": "P<NORHOLM<<TOVE<<<<<<<<<<<<<<ec<cee<<<ceccc<\n"
                        "79925239<4NOR6602185 3205 149<<<<<<<<<<<<<<04 og 79925239<4N0R6602185",
    "grouped near passport word": "Passnummer: FH 123 4567, pass AB-1234567",
    "double-spaced groups": "ring 412  34 567 eller +47 072-291  69 74",
    "dotted 3-2-3": "tlf 412.34.567 (ikke 1.412.34.567)",
    "area code set off": "Mobil 070/123 45 67 eller 073 - 572 42 25 (ikke 1070/123 45 67, a0701/2345678)",
    "dotted 2-2-2-2": "Tlf. 22.33.44.55 (ikke 1.22.33.44.55)",
    "ipv6": "fra 2001:db8:85a3::8a2e:370:7334 og fe80::1 og ::ffff:192.0.2.7",
    "decimal pair": "pos 59.91391, 10.75225 og -33.8688,151.2093",
    "decimal comma pair": "GPS 59,91391, 10,75225 og -33,8688;151,2093 eller 1,2345 6,78901",
    "hemisphere suffix": "59.9139° N, 10.7522° E",
    "hemisphere suffix lower case": "59.9139° n, 10.7522° e",
    "any case near an address word": "adresse: STORGATA 12, 0155 OSLO, bor i eriksengjerdet  9",
    "lower-case letters near passport word": "passnr nk6741194",
    "4x4": "kort 4111 1111 1111 1111 utløper",
    "8+8": "kortnr 49291234 56781236 og 1234567-12345678 og x12345678 12345678",
    "lower case + postcode": "bor i storgata 12, 0155 oslo nå",
    "place + postcode near an address word": "Adresse: Nordre Li, 2040 Kløfta",
    "international": "ring +47 412 34 567, (+45) 22 33 44 55, %2B4791234567 eller 0046 70 123 45 67",
    "hemisphere prefix": "pos N 59.9139, E 10.7522 og S33.8688 E151.2093",
    "english": "Address: 52 Market Street, Birmingham B2 4QA and 12b Baker St.",
}


def _import_every_recognizer() -> None:
    import importlib
    import pkgutil

    import pii_scanner.detect.recognizers as package

    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)


def _led_specs():
    _import_every_recognizer()
    seen = set()
    for cls in _recognizer_classes(NordicRecognizer):
        if not cls.__module__.startswith("pii_scanner."):
            continue  # (a test's own subclass)
        for spec in cls.PATTERNS:
            if spec.lead and (cls, spec.name) not in seen:
                seen.add((cls, spec.name))
                yield cls, spec


def _recognizer_classes(base):
    for sub in base.__subclasses__():
        yield sub
        yield from _recognizer_classes(sub)


def _spans(pattern: regex.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_every_led_pattern_has_a_sample():
    names = {spec.name for _, spec in _led_specs()}
    assert names, "no pattern declares a lead"
    assert names <= set(SAMPLES), names - set(SAMPLES)


def test_a_lead_changes_no_match():
    texts = list(SAMPLES.values()) + ["", "1", "ab 12 cd", "x" * 50]
    for cls, spec in _led_specs():
        bare = regex.compile(spec.regex, cls.FLAGS | regex.V1)
        led = spec.compiled(cls.FLAGS)
        assert _spans(bare, SAMPLES[spec.name]), (cls.__name__, spec.name, "sample unmatched")
        for text in texts:
            assert _spans(led, text) == _spans(bare, text), (cls.__name__, spec.name, text)


def test_a_wrong_lead_would_be_caught():
    spec = PatternSpec("d", r"(?<!\d)\d{4}", 0.5, lead=r"\p{L}")
    bare = regex.compile(spec.regex, regex.V1)
    assert _spans(spec.compiled(), "år 1985") != _spans(bare, "år 1985")
