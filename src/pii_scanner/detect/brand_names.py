"""Brands and chains named like people: 'Clas Ohlson', 'Helly Hansen', 'HBO Max', 'Dr. Oetker'.

Shops, clothes, streaming services and food brands that customers name in tickets are made of
first names and surnames, so the name lists and the model score them as people. A capitalised
run inside one of these phrases is no person. The list holds brands sold or used in the Nordic
countries whose words are on the name lists; a brand made of ordinary words needs no entry.
"""

from __future__ import annotations

import functools

BRANDS = (
    "clas ohlson", "helly hansen", "tom tailor", "louis vuitton", "hugo boss", "ralph lauren",
    "calvin klein", "tommy hilfiger", "michael kors", "marc jacobs", "ted baker", "paul smith",
    "kari traa", "bjørn borg", "björn borg", "gina tricot", "jack & jones", "christian dior",
    "yves saint laurent", "giorgio armani", "emporio armani", "hbo max", "tesla model",
    "dr. oetker", "dr oetker", "georg jensen", "bang & olufsen", "ben & jerry's",
    "tiger of sweden", "filippa k", "daniel wellington", "paul hewitt", "william hill",
    "bertel o. steen", "harald nyborg", "john lewis", "marks & spencer", "vera moda",
    "max mara", "kurt geiger", "stella mccartney", "vivienne westwood", "alexander mcqueen",
    "karl lagerfeld", "jimmy choo", "jean paul gaultier", "estée lauder", "ole lynggaard",
    "kjell & company", "oscar de la renta", "victoria's secret", "tom ford", "mr bean", "eli lilly", "philips hue",
    # Nordic food, shops and services named like people
    "synnøve finden", "peppes pizza", "kid interiør", "frank mohn", "petter smart",
    "jensens bøfhus", "ole henriksen", "søstrene grene",
)

#: One-word companies and services that customers greet or name in tickets ('Hei Telia!',
#: 'Dear Amazon', 'Hej Elgiganten,'): after a greeting the model and the cue read them as a
#: first name the lists do not hold. None of them is on a name list (a brand that is, such as
#: 'Elisa', 'Tesla', 'Finn', stays a possible name); common_words() holds them.
COMPANY_WORDS = frozenset("""
telia telenor ice tele2 dna yousee tdc telmore altibox amazon google apple microsoft netflix
spotify facebook instagram linkedin youtube ikea elkjøp elgiganten komplett power xxl zalando
boozt ebay tise blocket tradera posten postnord bring dhl ups fedex budbee instabox helthjem
porterbuddy klarna swish mobilepay paypal nordea dnb sparebank swedbank danske storebrand
gjensidige tryg fremtind frende norwegian sas finnair widerøe ryanair lufthansa coop meny spar
bunnpris joker ica hemköp lidl netto føtex bilka equinor fortum tibber fjordkraft hafslund
vattenfall ruter skyss entur airbnb uber wolt foodora volvo jysk biltema europris skeidar
bohus plantasjen lyreco atea tietoevry visma tripletex fiken xledger jira slack outlook gmail
hotmail yahoo icloud dropbox onedrive
""".split())


@functools.cache
def _by_word() -> dict[str, tuple[str, ...]]:
    """Each word of a brand -> the brands holding it (a run's words are looked up here)."""
    index: dict[str, list[str]] = {}
    for brand in BRANDS:
        for word in brand.replace("&", " ").replace(".", " ").split():
            if word[0].isalpha() and len(word) > 1:
                index.setdefault(word, []).append(brand)
    return {w: tuple(b) for w, b in index.items()}


def brand_at(text: str, start: int, end: int, keys: list[str]) -> str | None:
    """The brand phrase that ``text[start:end]`` (a run whose lower-cased words are ``keys``)
    lies in or holds ('Kjøpte Philips Hue' opening a sentence), or None. Costs one dictionary
    look-up per word for a run that is no brand."""
    index = _by_word()
    for key in keys:
        for brand in index.get(key, ()):
            floor = max(0, start - len(brand))
            window = text[floor:end + len(brand)].lower()
            pos = window.find(brand)
            while pos != -1:
                b_start, b_end = floor + pos, floor + pos + len(brand)
                if b_start < end and start < b_end and _bounded(text, b_start, b_end):
                    return brand
                pos = window.find(brand, pos + 1)
    return None


def _bounded(text: str, start: int, end: int) -> bool:
    return not (start and text[start - 1].isalnum()) and not (end < len(text)
                                                              and text[end].isalnum())
