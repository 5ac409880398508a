"""STREET_ADDRESS: street + house number, with a postcode + place checked against the gazetteer.

Nordic forms (``Nedre Slottsgate 16A, 8006 Bodø``, ``Sveavägen 67, 903 26 Umeå``,
``Vesterbrogade 12, 1620 København V``) need a street-type word (``-veien``, ``gate``,
``-vägen``, ``-vej``...); a Norwegian postcode whose place matches the Posten register
scores highest. English forms (``52 Market Street, Birmingham B2 4QA``) need a street type.
"""

from __future__ import annotations

import regex

from pii_scanner.detect import gazetteers
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec

_SUFFIX = (r"(?:veien|vegen|veg|vei|gata|gaten|gate|gt\.?|plass|plassen|allé|alle|alléen|bakken|"
           r"bakke|stien|sti|torget|torg|brygge|bryggen|kaia|kai|lia|haugen|tunet|tun|ringen|"
           r"svingen|løkka|jordet|terrasse|vägen|väg|gatan|gränd|backe|backen|stigen|platsen|"
           r"vej|vejen|gade|stræde|boulevard|vænget|parken|kaien|promenade|strand|stranda)")
_CAP = r"\p{Lu}[\p{Ll}'’.\-]+"
_STREET = (r"(?:" + _CAP + r"\s){0,3}(?:[\p{L}][\p{Ll}\-]*?" + _SUFFIX + r"|" + _CAP
           + r"\s(?i:" + _SUFFIX + r"))")
_NUMBER = r"\d{1,4}(?:\s?[A-Za-z](?![\w]))?(?:-\d{1,4})?"
_PLACE = r"\p{Lu}[\p{L}\-]+(?:\s(?:\p{Lu}[\p{L}\-]+|[A-ZØ]\b))?"
_POST = r"(?:,?\s(?:(?:NO|N|SE|S|DK)-)?(?P<code>\d{4}|\d{3}\s\d{2})\s(?P<place>" + _PLACE + r"))"
_EN_TYPE = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Court|Ct|"
            r"Crescent|Terrace|Gardens|Square|Sq|Hill|Row|Walk|Mews|Parade|Grove|Park|Boulevard)")
_UK_POST = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_WORD = regex.compile(r"\p{L}+")


class StreetAddressRecognizer(NordicRecognizer):
    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        PatternSpec("nordic", r"(?<![\w])" + _STREET + r"\s" + _NUMBER + _POST + r"?(?![\w])", 0.6),
        PatternSpec("english", r"(?<![\w])\d{1,4}[A-Za-z]?,?\s(?:" + _CAP + r"\s){1,3}" + _EN_TYPE
                    + r"\.?(?:,\s" + _CAP + r"(?:\s" + _CAP + r")?)?(?:,?\s" + _UK_POST + r")?(?![\w])",
                    0.6),
    )
    CONTEXT = ("adresse", "address", "adress", "bor i", "bor på", "flytt", "befaring", "leilighet",
               "levering", "lever", "besøksadresse", "postadresse", "hjemme", "ny adresse", "gateadresse",
               "moved", "lives", "bostad", "bostadsadress", "boende", "leiligheten", "eiendom")
    CONTEXT_BOOST = 0.3

    def validate_result(self, value: str) -> bool | str:
        match = regex.search(_POST + r"$", value)
        if match is None:
            words = [w.lower() for w in _WORD.findall(value)]
            if words and words[0] in gazetteers.first_names() and len(words) > 2:
                return "street only"
            return "street only" if not _looks_english_code(value) else "uk"
        code = match.group("code").replace(" ", "")
        place = match.group("place").lower()
        if len(code) == 4:
            known = gazetteers.postal_codes().get(code)
            if known is not None and (place == known or place.startswith(known)
                                      or known.startswith(place.split()[0])):
                return "postcode matches place"
            if known is not None or place in gazetteers.postal_places():
                return "postcode known"
            return "postcode unknown"
        return "swedish postcode"

    def detail_score(self, detail: str, base: float) -> float:
        return {"postcode matches place": 0.95, "postcode known": 0.8, "swedish postcode": 0.8,
                "postcode unknown": 0.65, "uk": 0.85}.get(detail, base)


def _looks_english_code(value: str) -> bool:
    return regex.search(_UK_POST + r"$", value) is not None
