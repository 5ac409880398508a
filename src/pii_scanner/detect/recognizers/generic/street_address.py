"""STREET_ADDRESS: street + house number, with a postcode + place checked against the gazetteer.

Nordic forms (``Nedre Slottsgate 16A, 8006 Bodø``, ``Sveavägen 67, 903 26 Umeå``,
``Vesterbrogade 12, 1620 København V``, ``Hämeenkatu 20 B 7, 33200 Tampere``) need a street-type
word (``-veien``, ``gate``, ``-vägen``, ``-vej``, ``-katu``...); a Norwegian postcode whose place
matches the Posten register scores highest; written in lower case (``storgata 12, 0155 oslo``)
it must match. English forms (``52 Market Street, Birmingham B2 4QA``) need a street type.
A street line in an address block's layout (``Kunde:`` / ``Kari Nordmann`` / ``Sandvikflata 9``,
a firm's name over its street, a contact card's ``hjem``) needs no address word nor postcode,
but still a street word or a compound-only ending (:mod:`pii_scanner.detect.blocks`).
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import blocks, gazetteers
from pii_scanner.detect import context as ctx
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec, explained_result

#: Street words a Nordic street name ends with (``Storgata``, ``Kongens gate``, ``Nørregade``).
STREET_WORDS = ("veien", "vegen", "veg", "vei", "gata", "gaten", "gate", "gt.", "gt", "plass",
                "plassen", "allé", "alle", "alléen", "bakken", "bakke", "stien", "sti", "torget",
                "torg", "brygge", "bryggen", "kaia", "kai", "lia", "haugen", "tunet", "tun",
                "ringen", "svingen", "løkka", "jordet", "terrasse", "vägen", "väg", "vagen", "vag",
                "gatan",
                "gränd", "backe", "backen", "stigen", "platsen", "vej", "vejen", "gade", "stræde",
                "boulevard", "vænget", "parken", "kaien", "promenade", "strand", "stranda",
                "åsen", "kroken", "vollen", "grenda", "sletta", "brekka")
#: The street words that make a genitive name before them a street's (``Olav Kyrres gate``,
#: ``Haakon VIIs gate``: PERSON drops such runs); the others (``haugen``, ``lia``, ``strand``)
#: also follow a person's name in prose (``Karis strand``).
GENITIVE_STREET_WORDS = ("gate", "gata", "gaten", "gt.", "vei", "veien", "veg", "vegen", "allé",
                         "alle", "plass", "vej", "gade", "gatan", "gränd", "väg", "vägen", "vag", "vagen", "torg",
                         "stræde", "boulevard")
#: Endings of Norwegian street names that are also words or surnames of their own ('Moen',
#: 'Toppen', 'barnehagen'): read as a street's only inside a longer name and after an address
#: word ('bor i eriksengjerdet 92', 'ADRESSE: LUNDEJORDET 56')
COMPOUND_STREET_WORDS = ("berget", "bråten", "eggen", "engen", "faret", "flata", "gjerdet",
                         "gropa", "hagen", "havna", "holtet", "høgda", "kollen", "lunden",
                         "lyngen", "marka", "moen", "myra", "skogen", "skrenten", "spranget",
                         "stubben", "stykket", "tjernet", "toppen", "vika", "enga", "jorde", "roa",
                         "røa", "ekra")
#: A property's cadastral designation ('Gnr. 201 Bnr. 849', 'gårdsnr. 12'): a number of the
#: land register, not a house number, though an address stands near it
CADASTRAL_WORDS = frozenset(("gnr", "bnr", "snr", "fnr", "gårdsnr", "bruksnr", "seksjonsnr",
                             "festenr", "matrikkel", "matrikkelnr"))
FINNISH_STREET_WORDS = ("katu", "tie", "kuja", "polku", "väylä", "tori", "kaari", "rinne",
                        "bulevardi", "puistikko")
_SUFFIX = ("(?:" + "|".join(regex.escape(w) for w in sorted(STREET_WORDS + FINNISH_STREET_WORDS,
                                                             key=len, reverse=True)) + ")")
#: (round 32C: an apostrophe and a capital after the first, an Irish name's "O'Brien Avenue",
#: "D'Arcy Road"; round 35D: a Scottish or Irish 'Mc'/'Mac' before a capital, "86 McKenzie
#: Lane", "MacDonald Road")
_CAP = r"\p{Lu}(?:['’]\p{Lu}|(?<=M)a?c\p{Lu})?[\p{Ll}'’.\-]+"
_TOWN = r"\p{Lu}[\p{Ll}'’\-]+"  # no '.': 'Baker St, London.' ends before the full stop
#: Words that may stand before a one-word street name (``Øvre Slottsgate``); any other
#: capitalised word there (``Befaring Storgata 5``) is a sentence word, not the street's.
_PREFIX = (r"(?:Øvre|Nedre|Store|Lille|Gamle|Nye|Gamla|Nya|Stora|Lilla|Vestre|Østre|Søndre|"
           r"Nordre|Indre|Ytre|Midtre|Norra|Södra|Östra|Västra|Nørre|Vester|Øster|"
           r"Sankt|St\.|Kong|Kongens|Dronning|Dronningens|Prins|Prinsens|Gammel|Ny)")
#: a regnal number in the genitive inside a street name ('Haakon VIIs gate', 'Christian IVs gate')
_REGNAL = r"[IVX]{1,4}s"
#: Street words a lower-case compound after capitalised words may end in: not those that end
#: many other words ('familia', 'kategori', 'fantasti')
_COMPOUND_SUFFIX = ("(?:" + "|".join(regex.escape(w) for w in sorted(
    ("veien", "vegen", "vei", "veg", "gata", "gaten", "gate", "gade", "vej", "vejen", "vägen",
     "väg", "vagen", "vag", "gatan", "gränd", "allé", "plass", "plassen", "stien", "bakken", "katu", "tie",
     "kuja", "polku", "väylä", "kaari", "bulevardi", "puistikko"), key=len, reverse=True)) + ")")
#: (the third form: capitalised words before a lower-case compound, 'Haagan pappilantie',
#: 'Waseniuksen puistokuja', 'Gamle drammensvei')
#: round 30D: street words that lost a letter's mark ('Skolgrand 8' for 'Skolgränd', as a plain
#: keyboard writes it), read only at the end of a compound: alone they are other words
#: ('Grand Hotel 5 stars', 'a grand total of 350')
LOST_MARK_COMPOUND_WORDS = ("grand",)
_JOINED_SUFFIX = "(?:" + _SUFFIX + "|" + "|".join(LOST_MARK_COMPOUND_WORDS) + ")"
#: round 37H: the Nordic one-letter nouns (Danish and Norwegian 'å', a stream; Danish 'ø', an
#: island; Swedish 'ö') as a compound street name's whole first part ('Åvej 9', 'Øgade 4')
_ONE_LETTER_WORD = r"(?<![\w])[ÅØÖ]"
_STREET = (r"(?:(?:" + _PREFIX + r"[ ]){0,2}\p{Lu}[\p{Ll}\-]*+(?<=(?:\p{Ll}|" + _ONE_LETTER_WORD + r")"
           + _JOINED_SUFFIX + r")|(?:" + _CAP
           + r"[ ]){0,3}(?:" + _CAP + r"|" + _REGNAL + r")[ ](?i:" + _SUFFIX + r")|(?:" + _CAP
           + r"[ ]){1,3}\p{Ll}[\p{Ll}\-]{3,}+(?<=" + _COMPOUND_SUFFIX + r"))")
#: House number, letter, range, then a dwelling unit: Norwegian ``H0201`` (bolignummer),
#: Swedish ``lgh 1102``, Danish floor/side ``2. tv`` / ``st. th.``, Finnish ``as. 5``; a Finnish
#: staircase letter is followed by the flat number (``12 B 7``).
_UNIT = (r"(?:,?[ ](?:[HULK]\d{4}|(?i:lgh\.?)[ ]?\d{4}|(?:\d{1,2}|st)\.?[ ]?(?:tv|th|mf|sal)\.?|"
         r"as\.[ ]?\d{1,3})(?![\w]))")
# a house letter is attached ('12b', '12B') or spaced in capitals ('12 B'): a spaced lower-case
# letter is a word ('Kirkeveien 5 i Bergen')
_NUMBER = r"\d{1,4}(?:(?:[A-Za-z]|[ ][A-Z](?:[ ]\d{1,3})?)(?![\w]))?(?:-\d{1,4})?" + _UNIT + "?"
_PLACE = r"\p{Lu}[\p{L}\-]+(?:[ ](?:\p{Lu}[\p{L}\-]+|[A-ZØ]\b))?"
_POST = (r"(?:(?:,?[ ]|,?[ ]?\n)(?:(?:NO|N|SE|S|DK|FI)-)?(?P<code>\d{4,5}|\d{3}[ ]\d{2})[ ](?P<place>"
         + _PLACE + r"))")
#: English street designators (British and American): after a house number or a flat they make
#: the capitalised words before them a street ('52 Market Street', '72 Frank Manors', 'Flat 2,
#: Wright Greens'), which PERSON then leaves alone (:func:`english_street_at`).
EN_STREET_TYPES = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Dr",
                   "Close", "Way", "Place", "Pl", "Court", "Ct", "Crescent", "Terrace", "Gardens",
                   "Square", "Sq", "Hill", "Row", "Walk", "Mews", "Parade", "Grove", "Park",
                   "Boulevard", "Blvd", "Green", "Greens", "Lodge", "Manor", "Manors", "Meadow",
                   "Meadows", "Rise", "Vale", "View", "Heights", "Fields", "Chase", "Wharf",
                   "Quay", "Circle", "Parkway", "Highway", "Trail", "Plaza", "Ridge", "Crossing",
                   "Cottages", "Hollow",
                   # more American and British designators (USPS suffixes and their plurals)
                   "Alley", "Arcade", "Bluffs", "Bridge", "Brook", "Bypass", "Causeway", "Center",
                   "Centre", "Circles", "Cliffs", "Corner", "Corners", "Cove", "Coves", "Creek",
                   "Curve", "Estate", "Estates", "Expressway", "Extension", "Falls", "Ferry",
                   "Ford", "Fords", "Forest", "Freeway", "Glen", "Glens", "Harbor", "Harbors",
                   "Harbour", "Haven", "Hills", "Island", "Islands", "Isle", "Junction", "Knoll",
                   "Knolls", "Lake", "Lakes", "Landing", "Loop", "Motorway", "Mountain",
                   "Mountains", "Orchard", "Overpass", "Pines", "Plains", "Points", "Ports",
                   "Prairie", "Radial", "Rapids", "Ridges", "Shore", "Shores", "Skyway", "Spring",
                   "Springs", "Spur", "Summit", "Throughway", "Track", "Trafficway", "Tunnel",
                   "Turnpike", "Underpass", "Unions", "Valley", "Viaduct", "Village", "Villages",
                   "Vista",
                   # further USPS suffixes Faker's en_US/en_GB addresses use ('17554 Justin
                   # Shoals', 'Flat 12, 59 Carey Divide'); words an IT ticket puts after a
                   # number ('2 API Key', 'Payment Gateway', 'Stack Trace', 'Access Point',
                   # 'Port', 'Route', 'Path', 'Locks') stay out
                   "Branch", "Brooks", "Burg", "Burgs", "Canyon", "Cape", "Centers", "Cliff",
                   "Common", "Courts", "Crest", "Crossroad", "Dale", "Dam", "Divide", "Drives",
                   "Extensions", "Field", "Flats", "Forge", "Forges", "Fort", "Garden", "Groves",
                   "Inlet", "Junctions", "Mill", "Mills", "Neck", "Oval", "Parks", "Parkways",
                   "Passage", "Pike", "Pine", "Plain", "Ranch", "Rapid", "River", "Roads",
                   "Shoal", "Shoals", "Spurs", "Squares", "Stravenue", "Streets", "Valleys",
                   "Views", "Walks", "Ways", "Well", "Wells")
_EN_ABBREVIATIONS = frozenset(("St", "Rd", "Ave", "Ln", "Dr", "Pl", "Ct", "Sq", "Blvd"))
#: a full street type, or an abbreviation with its dot ('St.', but 'Rise.' ends a sentence)
_EN_TYPE = ("(?:" + "|".join(sorted(set(EN_STREET_TYPES) - _EN_ABBREVIATIONS, key=len, reverse=True))
            + "|(?:" + "|".join(sorted(_EN_ABBREVIATIONS, key=len, reverse=True)) + r")\.?)")
_UK_POST = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
#: a flat or unit line before an English street ('Flat 2, ', 'Apt 4B\n')
_EN_FLAT = r"(?:Flat|Apartment|Apt\.?|Unit|Studio|Suite)[ ]\d{1,4}[A-Za-z]?(?:,[ ]|,?\n)"
#: what stands before an English street's name: a house number, a flat, or both
_EN_NUMBER = r"\d{1,5}[A-Za-z]?,?[ ]"  # (American house numbers run to five digits)
_EN_HOUSE = r"(?:" + _EN_FLAT + r"(?:" + _EN_NUMBER + r")?|" + _EN_NUMBER + r")"
#: the street's name and type after the house number, then a town and/or a UK postcode (the
#: town after the postcode, as Nordic writers put it, only where the line or clause ends
#: there: '..., WD1W 1YH West John.'); round 36E: a type joined by a hyphen to a lower-case
#: word is a compound's part, no street's type ('The 3 Wendy's Drive-thru', 'Drive-in')
_EN_STREET_TAIL = (r"(?:" + _CAP + r"[ ]){1,3}" + _EN_TYPE + r"(?:,[ ]" + _UK_POST + r"(?:[ ]"
                   + _TOWN + r"(?:[ ]" + _TOWN + r")?(?=[ \t]*(?:[.,;)\n]|$)))?|(?:,[ ]" + _TOWN
                   + r"(?:[ ]" + _TOWN + r")?)?(?:,?[ ]" + _UK_POST + r")?)(?![\w]|-\p{Ll})")
#: USPS suffixes that IT and prose also put after a name and a number ('2 API Key', 'Payment
#: Gateway', 'Access Point', 'Port', 'Stack Trace', 'Lucky Run'): a street's type only with a UK
#: postcode after it, or after its town ('77 Lewis Key, DY5 7JP', '12 Amy Mall, Leeds LS1 4AB')
EN_POSTCODE_STREET_TYPES = ("Camp", "Club", "Course", "Fall", "Flat", "Fork", "Forks", "Gateway",
                            "Key", "Keys", "Land", "Light", "Lights", "Loaf", "Lock", "Locks",
                            "Mall", "Mission", "Mount", "Pass", "Path", "Point", "Port", "Ramp",
                            "Rest", "Route", "Rue", "Run", "Station", "Stream", "Trace", "Union",
                            "Via", "Ville", "Wall")
#: round 34C: ... or on the lines below the street's, an address block's ('221 Russell Mount' /
#: 'London' / 'SW1A 1AA'; 'London SW1A 1AA' on one line), behind quote marks too
_EN_POSTCODE_BELOW = (r"(?=[ \t]*,?\n[> \t]*(?:" + _TOWN + r"(?:[ ]" + _TOWN + r")?"
                      r"(?:[ \t]*,?\n[> \t]*|,?[ ]))?" + _UK_POST + r"[ \t]*(?:\n|$))")
#: round 35C: ... or its town after a comma, closing the clause ('221 Russell Mount, Leeds.',
#: as a sentence gives an address without its postcode; a town with more after it, '2 API
#: Key, Then restart', stays out)
_EN_TOWN_CLOSING = r",[ ]" + _TOWN + r"(?:[ ]" + _TOWN + r")?(?=[ \t]*(?:[.;)\n]|$))"
_EN_POSTCODE_TAIL = (r"(?:" + _CAP + r"[ ]){1,3}(?:" + "|".join(sorted(
    EN_POSTCODE_STREET_TYPES, key=len, reverse=True)) + r")(?:(?:,[ ]" + _TOWN + r"(?:[ ]" + _TOWN
                     + r")?)?,?[ ]" + _UK_POST + r"(?![\w])|" + _EN_POSTCODE_BELOW + r"|"
                     + _EN_TOWN_CLOSING + r")")
_EN_STREET_TAIL = r"(?:" + _EN_STREET_TAIL + r"|" + _EN_POSTCODE_TAIL + r")"
_EN_POSTCODE_AFTER = lazy_compile(r"(?:,[ ]" + _TOWN + r"(?:[ ]" + _TOWN + r")?)?,?[ ]" + _UK_POST
                                   + r"(?![\w])")
_EN_POSTCODE_BELOW_AT = lazy_compile(_EN_POSTCODE_BELOW)
_EN_TOWN_CLOSING_AT = lazy_compile(_EN_TOWN_CLOSING)
#: ... as a found value ends: such a street is an address only with an address word near it
#: ('My new address is 221 Russell Mount, Leeds.'; 'We use 2 Access Point, Cisco.' stays out)
_EN_POSTCODE_TYPE_TOWN = lazy_compile(r"[ ](?:" + "|".join(EN_POSTCODE_STREET_TYPES) + r"),[ ]"
                                      + _TOWN + r"(?:[ ]" + _TOWN + r")?$")
_EN_FLAT_WORDS = ("flat ", "apartment ", "apt", "unit ", "studio ", "suite ")
_EN_HOUSE_BEFORE = lazy_compile(r"(?<![\w]|\d[:.])" + _EN_HOUSE + r"$")
_WORD = lazy_compile(r"\p{L}+")
_FIRST_DIGIT = lazy_compile(r"\d")
ADDRESS_WORDS = ctx.Terms(("adresse", "address", "adress", "bor i", "bor på", "bopel", "bostad",
                           "adr", "addr", "bur i", "bur på", "live at", "lives at", "living at",
                           # a contract's party: 'bosatt i Karlsenroa 2A', 'boende på Ängsvägen 7'
                           "bosatt i", "bosatt på", "busett i", "busett på", "boende på", "boende i",
                           "residing at", "resident at"))
#: Words of a residence or a move that stand before a street as an address word does ('skal bo
#: i', 'bosatt', 'flytter til', 'flyttar inn i', 'flyttat till', 'moving to', 'flyttet fra'): only before a
#: street word or a compound street ending in one word (the any-case pattern), not before any
#: capitalised word and a number ('flyttet til Teams 2', 'moving to Oslo 2 weeks')
MOVE_WORDS = ctx.Terms(("bo i", "bo på", "bu i", "bu på", "bosatt", "busett", "bosatt i",
                        "flytter til", "flyttet til", "flytta til", "flyttar til",
                        "flytter inn i", "flytter inn på", "flyttar inn i", "flyttar inn på",
                        "flyttat till", "flyttar till", "flyttat in på", "flytter ind i",
                        "moving to", "moved to", "move to",
                        # round 35D: the street moved from, as an address change names both
                        # ('Vi har flyttet fra Danielsenlunden 8 til ...', 'flyttat från')
                        "flyttet fra", "flytter fra", "flytta fra", "flytta frå", "flyttar frå",
                        "flyttat från", "flyttar från", "flyttade från", "moved from",
                        "moving from"))
#: round 35D: a move's destination after the street it left ('flyttet fra Lundtunet 7 til ',
#: 'flytta frå … til ', 'moved from … to '): the street after 'til' is read as one after a move
#: word (the street left holds a digit, so no sentence's 'fra Oslo til' reads so)
_MOVED_FROM_TO = lazy_compile(r"(?<![\w])(?:flytte[rt]|flytta[rt]?|flyttade|moved|moving)[ ]"
                              r"(?:fra|frå|från|from)[ ][^\n.;:!?]{0,40}?\d[^\n.;:!?]{0,12}?[ ]"
                              r"(?:til|till|to)[ ]$")
#: a place of several words with a lower-case 'i'/'på' inside ('Mo i Rana', 'Nes på Hedmarken'):
#: the patterns' place stops before it, and the register's place is read on from there
#: (:func:`_long_place_end`); a validated value may end in it
_PLACE_TAIL = r"(?:[ ](?i:i|på)[ ]\p{L}[\p{L}\-]+)"  # ('HUSØY I SENJA', 'Husøy I Senja' too)
_LONG_PLACE_TAIL = lazy_compile(_PLACE_TAIL)
_POST_AT_END = lazy_compile(_POST[:-2] + _PLACE_TAIL + r"?))$")
#: Chat writes addresses in lower case ('storgata 12, 0155 oslo'): the Norwegian postcode must
#: then match its place in Posten's register, which keeps sentences out.
_POST_LOWER = r"(?:,?[ ](?P<code>\d{4})[ ](?P<place>\p{Ll}[\p{Ll}\-]+))"
_POST_LOWER_AT_END = lazy_compile(_POST_LOWER[:-2] + _PLACE_TAIL + r"?))$")
_HAS_STREET = lazy_compile(r"(?<![\w])" + _STREET + r"[ ]\d")
_UK_POST_IN = lazy_compile(r"(?<![\w])" + _UK_POST + r"(?![\w])")
#: Cheap necessary conditions, checked once per text before a pattern scans it (the street
#: patterns try every capitalised word; most texts hold no street at all).
_SUFFIX_WORDS = STREET_WORDS + FINNISH_STREET_WORDS
_ANY_CASE_WORDS = _SUFFIX_WORDS + COMPOUND_STREET_WORDS
#: the words whose lines the capitalised street pattern is tried on ('Skolgrand 8' too)
_NORDIC_GATE_WORDS = _SUFFIX_WORDS + LOST_MARK_COMPOUND_WORDS
#: a street name in one word in any case (chat's lower case, shouting capitals, double spaces:
#: 'bor i eriksengjerdet 92', 'ADRESSE: LUNDEJORDET 56, 1734 HAFSLUNDSØY'): the pattern starts
#: at the space before the house number (a pattern led by any letter is tried at every one)
#: and the street name before it is read back from there (:func:`_word_before`)
_ANY_CASE_NUMBER = (r"(?<=\p{L})[ ]{1,2}\d{1,4}(?:[A-Za-z]|[ ][A-Z])?(?:(?:,?[ ]{1,2}|,?[ ]?\n)(?P<code>\d{4})"
                    r"[ ]{1,2}(?P<place>\p{L}[\p{L}\-]+))?"
                    r"(?![\w]|[.,:/-]\d|[ ]?(?:kr|nok|%|stk|m2|år|dager|ganger)(?![\w]))")
_SPACE_DIGIT = lazy_compile(r"[ ]\d")
_POSTCODE_PLACE = lazy_compile(r"\d\d[ ]\p{L}")


def street_lines(lower: str) -> list[tuple[int, int]]:
    r"""Disjoint ``(start, end)`` ranges of ``lower``: each line holding a street word right
    before ``' <digit>'``, with the line after it.

    >>> text = "Hei\nJeg bor i Storgata 5,\n0155 Oslo\nHilsen\nKari"
    >>> [text[a:b] for a, b in street_lines(text.lower())]
    ['Jeg bor i Storgata 5,\n0155 Oslo']
    """
    spans = ((m.start(), m.end()) for m in _SPACE_DIGIT.finditer(lower)
             if lower[max(0, m.start() - 12):m.start()].endswith(_SUFFIX_WORDS))
    return _line_ranges(lower, spans, with_next_line=True)


_COMMA_POSTCODE = lazy_compile(r",[ ]\d{4}[ ]\p{L}")


def _line_ranges(lower: str, spans, with_next_line: bool = False) -> list[tuple[int, int]]:
    """Disjoint, merged ``(start, end)`` ranges of the lines of ``lower`` holding each of
    ``spans`` (in order), each with the line after it when ``with_next_line``."""
    ranges: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        start = lower.rfind("\n", 0, span_start) + 1
        end = lower.find("\n", span_end)
        if with_next_line and end != -1:
            end = lower.find("\n", end + 1)
        end = len(lower) if end == -1 else end
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], end))
        else:
            ranges.append((start, end))
    return ranges


class NordicStreetAddressRecognizer(NordicRecognizer):
    MIN_DIGITS = 1
    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        PatternSpec("nordic", r"(?<![\w])" + _STREET + r"[ ]" + _NUMBER + _POST + r"?(?![\w])", 0.6),
        # (round 34D: both read only the lines that hold a digit, :mod:`..digit_lines`: the house
        # number's line, and a postcode's on the line below it is one too, scanned as one part
        # with it)
        PatternSpec("any street + postcode", r"(?<![\w])(?:" + _CAP + r"[ ]){0,2}" + _CAP + r"[ ]"
                    + _NUMBER + _POST + r"(?![\w])", 0.3, line_digits=1),
        PatternSpec("lower case + postcode", r"(?<![\w])\p{Ll}[\p{Ll}\-]*+(?<=" + _SUFFIX + r")[ ]"
                    + _NUMBER + _POST_LOWER + r"(?![\w])", 0.6, lead=r"\p{Ll}"),
        PatternSpec("any case near an address word", _ANY_CASE_NUMBER, 0.6, lead=r"[ ]"),
        PatternSpec("name + number near an address word", r"(?<![\w])(?:" + _CAP + r"[ ]){0,2}" + _CAP
                    + r"[ ]\d{1,4}(?:[ ]?[A-Za-z])?(?![\w]|[.,:/-]\d|[ ]?(?:kr|nok|%|stk|m2|år))", 0.2,
                    line_digits=1),
        # a farm or rural place with no street word nor house number, whose postcode matches
        # its place, right after an address word ('Adresse: Nordre Li, 2040 Kløfta', 'bor på
        # Haugen gård, 2850 Lena')
        PatternSpec("place + postcode near an address word", r"(?<![\w])(?:" + _PREFIX + r"[ ])?"
                    + _CAP + r"(?:[ ](?:" + _CAP + r"|g[åa]rd(?:en)?))?,[ ](?P<code>\d{4})[ ]"
                    r"(?P<place>" + _PLACE + r")(?![\w])", 0.5, lead=r"\p{Lu}"),
        # house number, capitalised name, street type: as sure as a Nordic street word (it
        # must outrank the name 'Baker Street' that the PERSON rules see in it)
        # (the town after the postcode, as Nordic writers put it, only where the line or
        # clause ends there: '..., WD1W 1YH West John.')
        # (two patterns, one opening with the house number, one with a flat: a pattern
        # whose first character is a digit is scanned far faster than one that may open
        # with a letter)
        # (no house number after a time's or a date's digits: 'On 3 Mar 2025, at 12:49,
        # Sylvia Mills <…> wrote:', a reply's header, round 33B)
        PatternSpec("english", r"(?<![\w]|\d[:.])" + _EN_NUMBER + _EN_STREET_TAIL, 0.75,
                    lead=r"\d"),
        PatternSpec("english flat", r"(?<![\w])" + _EN_FLAT + r"(?:" + _EN_NUMBER + r")?"
                    + _EN_STREET_TAIL, 0.75),
    )
    CONTEXT = ("adresse", "address", "adress", "bor i", "bor på", "flytt", "befaring", "leilighet",
               "levering", "lever", "besøksadresse", "postadresse", "hjemme", "ny adresse", "gateadresse",
               "moved", "lives", "osoite", "bostad", "bostadsadress", "boende", "leiligheten", "eiendom")
    CONTEXT_BOOST = 0.3

    #: ``(lower, facts)`` of the last text: the patterns ask about one text in turn
    _last: tuple[str, dict] | None = None

    def _facts(self, lower: str) -> dict:
        """What the patterns' gates ask of ``lower``, each found once per text: whether an
        address word occurs, and the street lines of :meth:`scan_ranges`."""
        last = self._last
        if last is not None and last[0] is lower:
            return last[1]
        facts: dict = {}
        self._last = (lower, facts)
        return facts

    def _has_address_word(self, lower: str) -> bool:
        facts = self._facts(lower)
        if "address" not in facts:
            facts["address"] = ADDRESS_WORDS.search(lower)
        return facts["address"]

    def _street_lines(self, lower: str) -> tuple[list, list]:
        """(lines for the street-word patterns, lines for the any-case one), found in one scan
        of the ``' <digit>'`` places."""
        facts = self._facts(lower)
        if "lines" not in facts:
            nordic, any_case = [], []
            for m in _SPACE_DIGIT.finditer(lower):
                start = m.start()
                if lower.endswith(_NORDIC_GATE_WORDS, max(0, start - 12), start):
                    nordic.append(m.span())
                    any_case.append(m.span())
                elif lower.endswith(COMPOUND_STREET_WORDS, max(0, start - 12), start) or (
                        lower[start - 1:start] == " "
                        and lower.endswith(_ANY_CASE_WORDS, max(0, start - 13), start - 1)):
                    any_case.append(m.span())
            facts["lines"] = (_line_ranges(lower, nordic, with_next_line=True),
                              _line_ranges(lower, any_case, with_next_line=True))
        return facts["lines"]

    def pattern_applies(self, spec: PatternSpec, lower: str) -> bool:
        if spec.name == "any street + postcode":
            return _POSTCODE_PLACE.search(lower) is not None
        if spec.name == "any case near an address word":
            # (an address block's layout may stand for the address word: its lines alone are
            # scanned, :meth:`scan_ranges`)
            return True
        if spec.name == "name + number near an address word":
            return self._has_address_word(lower)
        if spec.name == "place + postcode near an address word":
            return _POSTCODE_PLACE.search(lower) is not None and self._has_address_word(lower)
        if spec.name == "english flat":
            return any(word in lower for word in _EN_FLAT_WORDS)
        return True

    def scan_ranges(self, spec: PatternSpec, lower: str) -> list[tuple[int, int]] | None:
        """For the street-word patterns, only the lines where a street word stands before
        ``' <digit>'``, each with the line after it (a postcode may stand there): every match
        lies inside one, and the patterns' leading alternation of street words is then not
        tried at every letter of the text (:func:`street_lines`)."""
        if spec.name == "place + postcode near an address word":
            # (its ', 2040 Kløfta' is on the match's own line)
            return _line_ranges(lower, (m.span() for m in _COMMA_POSTCODE.finditer(lower)))
        if spec.name == "any case near an address word":
            return self._street_lines(lower)[1]
        if spec.name not in ("nordic", "lower case + postcode"):
            return None
        return self._street_lines(lower)[0]

    def _score_match(self, text, lower, spec, match):
        if _no_house_number(text, match):
            return None
        if spec.name == "any case near an address word":
            start = _word_before(lower, match.start())
            if start is None or lower[start:match.start()] in common_words():
                return None
            word = text[start:match.start()]
            code = match.group("code")
            registered = code is not None and _matches_register(code, match.group("place").lower())
            if word[0].isupper() and not word.isupper() and match.group()[1] != " " and (
                    registered or lower.endswith(_SUFFIX_WORDS, start, match.start())):
                # capitalised with one space: the "nordic" pattern's, or with its postcode
                # and place "any street + postcode"'s (which takes no made-up place)
                return None
            before = ctx.window(lower, start, start, 24, 0)
            if not ADDRESS_WORDS.hits(before) and not registered and not MOVE_WORDS.hits(before) \
                    and not _MOVED_FROM_TO.search(lower, max(0, start - 72), start) \
                    and not _block_street_line(text, start, match) \
                    and not _postal_line_after(text, word, match):
                # an address block's street line, in capitals or a compound, over a line with
                # its postcode and place ('MADSENROA 74B\n2069 Jessheim'), or in a block's
                # layout (:func:`_block_street_line`)
                return None
            end = _long_place_end(lower, match, match.end())
            if code and not registered:
                end = match.start("code")
                while text[end - 1] in " ,\n":
                    end -= 1
            return self.score_span(text, lower, spec, start, end)
        if spec.name == "name + number near an address word":
            # the words before the house number: its letter ('72A') is no word of its own
            number = match.start() + _FIRST_DIGIT.search(match.group()).start()
            words = [w.lower() for w in _WORD.findall(text, match.start(), number)]
            if any(w in common_words() or w in gazetteers.first_names() for w in words) \
                    or words[-1] in CADASTRAL_WORDS:
                return None
            before = ctx.window(lower, match.start(), match.start(), 40, 0)
            if not ADDRESS_WORDS.hits(before + "\n" + ctx.column_header(lower, match.start())):
                return None
        if spec.name == "place + postcode near an address word":
            words = [w.lower() for w in _WORD.findall(text, match.start(), match.start("code"))]
            first = gazetteers.first_names()
            person = (words[0] in first and (len(words) == 1 or words[1] in gazetteers.surnames()
                                             or words[1] in first))
            if person or all(w in common_words() for w in words) \
                    or not _matches_register(match.group("code"), match.group("place").lower()):
                return None  # a person's name before a postcode, a post box, a wrong place
            before = ctx.window(lower, match.start(), match.start(), 24, 0)
            if not ADDRESS_WORDS.hits(before):
                return None
        if spec.name == "lower case + postcode" and not _matches_register(
                match.group("code"), match.group("place")):
            return None
        if spec.name == "any street + postcode":
            if _HAS_STREET.search(match.group()):
                return None  # the "nordic" pattern covers it, without sentence words before
            named = _WORD.findall(text, match.start(), match.start("code"))
            if all(w.lower() in common_words() for w in named if len(w) > 1):
                return None  # 'Postboks 123, 0102 Oslo', 'Pb 45': a post box is no street
            known = gazetteers.postal_codes().get(match.group("code"))
            place = match.group("place").lower()
            if known is None or not (place == known or known.startswith(place.split()[0])):
                return None
        start, end = match.span(spec.group)
        if spec.name == "nordic":
            start = _bearer_before(text, start)
        return self.score_span(text, lower, spec, start, _long_place_end(lower, match, end))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "\t" in text:  # (most texts hold no tab: no two columns side by side)
            results += self._column_addresses(text, results)
            results += self._split_numbers(text, results)
        return results

    def _split_numbers(self, text: str, found: list) -> list:
        """Round 35B: a street whose house number a scan set apart in a cell of its own
        (``Skolvägen<TAB>7<TAB>Personnr``: OCR reads a wide gap before a short number as a
        column's): one capitalised word ending in a street word opening its line or cell, and
        a cell of a house number alone after it. A sheet's street and number columns read
        alike, and are an address too."""
        added = []
        for match in _SPLIT_NUMBER_STREET.finditer(text):
            start, end = match.span()
            if not any(r.start < end and start < r.end for r in found):
                added.append(explained_result(self, start, end, 0.6, (
                    ("recognizer", self.name), ("pattern", "street with its number in the next cell"),
                    ("score", 0.6))))
        return added

    def _column_addresses(self, text: str, found: list) -> list:
        """A recipient's address block with a column beside it, as OCR joins a letter's two
        columns with a tab ('Sørensenfaret 1F<TAB>Deres ref.: ABJ' / '2612 SJUSJØEN<TAB>Dato:
        ...'): a street cell with, in the next line's first cell, its postcode and the place
        the register gives it. The street cell is the finding (the postcode line is its
        evidence: a finding of its own would count as a second address where the block is
        one, and one spanning both would take in the column between)."""
        added = []
        for (start, end), _post in column_street_cells(text):
            if not any(r.start < end and start < r.end for r in found):
                added.append(explained_result(self, start, end, 0.95, (
                    ("recognizer", self.name), ("pattern", "street cell over postcode cell"),
                    ("validation", "postcode matches place"), ("score", 0.95))))
        return added

    def validate_result(self, value: str) -> bool | str:
        match = _POST_AT_END.search(value) or _POST_LOWER_AT_END.search(value)
        if match is None and _looks_english_code(value):
            return "uk"
        if match is None and _EN_POSTCODE_TYPE_TOWN.search(value):
            return "town only"
        if match is None:
            words = [w.lower() for w in _WORD.findall(value)]
            if words and words[0] in gazetteers.first_names() and len(words) > 2:
                return "street only"
            return "street only"
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
                "postcode unknown": 0.65, "uk": 0.85, "town only": 0.35}.get(detail, base)


#: a street named after a person in one word, a genitive 's' before its street word
#: ('Brahesgade', 'Bangsvej', 'Wergelandsveien'); PERSON's ``street_number_after`` reads it too
GENITIVE_COMPOUND_STREET = (r"\p{Lu}\p{Ll}+s(?:" + "|".join(regex.escape(w) for w in sorted(
    GENITIVE_STREET_WORDS, key=len, reverse=True)) + r")")
_GENITIVE_COMPOUND = lazy_compile(GENITIVE_COMPOUND_STREET + r"(?=[ ])")
#: a capitalised word right before a position on its line
_WORD_BEFORE_STREET = lazy_compile(r"(?<![\w.\-])\p{Lu}\p{Ll}+[ ]$")


def _bearer_before(text: str, start: int) -> int:
    """The street's start with the first names of its bearer before a one-word genitive
    street name ('Sofie Brahesgade 17', 'Hans Christian Ørstedsvej 3'): listed first names
    that are no common words, up to two."""
    if _GENITIVE_COMPOUND.match(text, start) is None:
        return start
    for _ in range(2):
        word = _WORD_BEFORE_STREET.search(text, max(0, start - 20), start)
        if word is None:
            break
        key = word.group().strip().lower()
        if key not in gazetteers.first_names() or key in common_words():
            break
        start = word.start()
    return start


#: a firm's register number's label after its street on a letterhead's line ('Storgata 5,
#: Org.nr. 912 345 678', 'Nørregade 55, CVR-nr. …', '· Y-tunnus …'): the line goes on past
#: the street with the firm's own identifier, not with more words of a sentence
_FIRM_ID_LABEL = (r",?[ ](?:[·|•][ ])?(?i:org\.?[ ]?(?:nr|no|nummer)\.?|org-nr|organisasjonsnummer|"
                  r"organisationsnummer|foretaksnummer|cvr(?:-nr)?\.?|y-tunnus)(?![\w])")
#: the end of a street line's house number: the line's or its cell's end, or its postcode, or
#: a firm's register number's label (:data:`_FIRM_ID_LABEL`)
_HOUSE_NUMBER_END = lazy_compile(r"[ ]{1,2}\d{1,4}(?:[A-Za-z]|[ ][A-Z])?"
                                  r"(?=[ ]*(?:$|\r|\t|[ ]{2}|,?[ ]\d{4}[ ])|" + _FIRM_ID_LABEL + ")")


#: what, after a street's number, makes the number something else: a month after its dot (a
#: date: 'på Nonnestien 7. januar'), a unit or a count ('i Italia 41 prosent', 'Drygt 150
#: menneske', '12 kr')
_AFTER_NO_HOUSE_NUMBER = lazy_compile(
    r"\.[ ]?(?i:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
    r"|desember|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec)(?![\w\-])"
    r"|[ ]?%|[ ](?i:prosent|procent|percent|kr|kroner|kronor|nok|sek|dkk|eur|km|meter|mil|år|timer"
    r"|minutter|grader|personer|menneske|mennesker|människor|people|stk|dager|dagar|uker"
    r"|veckor|måneder|månader|elever|barn)\b")
#: a public road's designation, no address ('Riksveg 13 over Vikafjellet', 'fylkesvei 55')
_ROAD = lazy_compile(r"(?<![\w])(?i:riksve[gi]|fylkesve[gi]|europave[gi]|kommuneve[gi]|riksväg(?:en)?"
                      r"|länsväg(?:en)?|europaväg(?:en)?)[ ]\d")


def _no_house_number(text: str, match) -> bool:
    """Whether the number of a street match is none of a house: the match ends in it and a
    date's month or a unit follows, or the 'street' is a public road's designation."""
    if match.group()[-1:].isdigit() and _AFTER_NO_HOUSE_NUMBER.match(text, match.end()):
        return True
    return _ROAD.search(match.group()) is not None


def _block_street_line(text: str, start: int, match) -> bool:
    """Whether the street at ``start`` (capitalised, a street word or a compound-only ending,
    :func:`_word_before`) opens its line and is its line's (or first cell's) whole text with
    its house number (and postcode), in an address block's layout
    (:func:`pii_scanner.detect.blocks.address_block_line`: under a name line under
    ``Kunde:``, under a firm's name line, under a ``hjem`` label)."""
    line_start = ctx.line_start(text, start)
    if text[line_start:start].strip(" \t>") or not text[start].isupper():
        return False
    number = _HOUSE_NUMBER_END.match(text, match.start(), ctx.line_end(text, start))
    if number is None:
        return False
    # (round 37D: a firm's register number right after the house number makes the line a
    # letterhead's under a name line that is no person's: 'Skatteetaten' / 'Sandvikhavna 9,
    # Org.nr. …')
    if _FIRM_ID_AFTER.match(text, number.end()) is not None and blocks.under_other_than_person(text, line_start):
        return True
    return blocks.address_block_line(text, line_start) is not None


_FIRM_ID_AFTER = lazy_compile(_FIRM_ID_LABEL)


#: the end of a clause or line after a place ('..., 7515 Eirikstrand.')
_CLAUSE_END = lazy_compile(r"[ \t]*(?:[.,;)\n]|$)")


def _postal_line_after(text: str, word: str, match) -> bool:
    """Round 36C: whether a capitalised one-word street (``word``, a compound-only ending:
    ``Johnsenlyngen``, ``Moenstykket``) goes on, after its house number, with a comma, a
    four-digit postcode and a capitalised place: a one-line postal address (an authority's or a
    firm's after its name, ``Datatilsynet, Johnsenlyngen 38, 7515 Eirikstrand``), the address's
    shape standing for the address word, though the register does not give the place (a
    typo, a town it spells otherwise; the postcode is then left out of the value). Capitals
    (``ROM 12, 2024 Rapport``) and words in lower case stay out, and a compound-only ending
    must have three letters or more before it (:func:`_word_before`), and the place must close
    its clause or line and be no common word (``Nordtoppen 3, 2024 Sesongen``)."""
    if not (word[:1].isupper() and word[1:].islower()) or match.group("code") is None:
        return False
    code, place = match.start("code"), match.group("place")
    return text[code - 2:code] == ", " and place[0].isupper() and place[1:].islower() \
        and place.lower() not in common_words() and _CLAUSE_END.match(text, match.end()) is not None


def _word_before(lower: str, end: int) -> int | None:
    """Where the street name ending at ``end`` starts: one word (letters and hyphens, not after
    another word character) ending in a street word, or in a compound-only ending (``-toppen``)
    with three letters or more before it; None when there is none.

    >>> [_word_before(t, t.index(" ")) for t in ("eriksengjerdet 9", "toppen 5", "x-storgata 5")]
    [0, None, 0]
    """
    start = end
    while start > 0 and end - start < 40 and (lower[start - 1].isalpha() or lower[start - 1] == "-"):
        start -= 1
    if start == end or start > 0 and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
        return None
    word = lower[start:end]
    if word.endswith(_SUFFIX_WORDS):
        return start
    if any(word.endswith(w) and len(word) - len(w) >= 3 for w in COMPOUND_STREET_WORDS):
        return start
    return None


def _long_place_end(lower: str, match, end: int) -> int:
    """Where the address of ``match`` (ending at ``end``) ends: on past a place that the
    register writes in several words with a lower-case 'i'/'på' inside ('8622 Mo i Rana',
    '2360 Nes på Hedmarken'), whose first word the patterns' place stops at; else ``end``.

    >>> text = "Storgata 1, 8622 Mo i Rana"
    >>> m = regex.search(_POST, text)
    >>> m.group("place"), _long_place_end(text.lower(), m, m.end())
    ('Mo', 26)
    """
    if "place" not in match.re.groupindex or match.group("place") is None \
            or match.end("place") != end:
        return end
    start = match.start("place")
    space = lower.find(" ", start, end)  # (in capitals the place may have taken 'BØ I')
    tail = _LONG_PLACE_TAIL.match(lower, end if space == -1 else space)
    if tail is not None and tail.end() >= end and lower[start:tail.end()] in \
            gazetteers.postal_places() and (tail.end() == len(lower)
                                            or not lower[tail.end()].isalnum()):
        return tail.end()
    return end


def _matches_register(code: str, place: str) -> bool:
    """Whether Posten's register gives ``code`` the place ``place`` (or one starting with it)."""
    known = gazetteers.postal_codes().get(code)
    return known is not None and (known == place or known.startswith(place + " "))


def _looks_english_code(value: str) -> bool:
    return _UK_POST_IN.search(value) is not None


def english_street_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an English street's name: it ends in a street type and
    a house number or a flat stands right before it ('72 Frank Manors', 'Flat 2\\nWright Greens');
    a type that IT writes too ('Mount', 'Key') needs a UK postcode after it or on the lines below,
    or (round 35C) its town after a comma closing the clause ('221 Russell Mount, Leeds.').

    >>> text = "Address: 72 Frank Manors, London. Dear Frank Lodge,"
    >>> english_street_at(text, 12, 24), english_street_at(text, 39, 50)
    (True, False)
    """
    last = text[start:end].rsplit(" ", 1)[-1].rstrip(".")
    if last in EN_POSTCODE_STREET_TYPES:  # ('77 Lewis Key, DY5 7JP': with its postcode only)
        if _EN_POSTCODE_AFTER.match(text, end) is None \
                and _EN_POSTCODE_BELOW_AT.match(text, end) is None \
                and _EN_TOWN_CLOSING_AT.match(text, end) is None:  # (round 35C: ', Leeds.')
            return False
    elif last not in EN_STREET_TYPES:
        return False
    return " " in text[start:end] and _EN_HOUSE_BEFORE.search(text, max(0, start - 24), start) \
        is not None


#: round 33F: a line that is an English street with its house number (or a flat) and nothing
#: after it but a comma ('12 Baker Street', '> Flat 2, 25 Butler Close,'), behind quote marks too
_EN_STREET_LINE = lazy_compile(r"[> \t]*" + _EN_HOUSE + r"(?:" + _CAP + r"[ ]){1,3}" + _EN_TYPE
                               + r"[ \t]*,?[ \t]*$")
#: ... with a type that needs its postcode (round 34C: '221 Russell Mount' over 'London' /
#: 'SW1A 1AA')
_EN_POSTCODE_STREET_LINE = lazy_compile(r"[> \t]*" + _EN_HOUSE + r"(?:" + _CAP + r"[ ]){1,3}(?:"
                                        + "|".join(EN_POSTCODE_STREET_TYPES) + r")[ \t]*,?[ \t]*$")
#: a town's line: one or two capitalised words, then only a comma or a UK postcode
_TOWN_LINE = lazy_compile(r"[> \t]*" + _TOWN + r"(?:[ ]" + _TOWN + r")?[ \t]*,?(?:[ \t]*"
                          + _UK_POST + r")?[ \t]*$")


def town_under_street(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` fills its line (a comma or a UK postcode after it
    allowed) right under an English street's line: an address block's post town ('12 Baker
    Street' / 'London' / 'SW1A 1AA'), no person; not a listed first name before a listed
    surname ('25 Butler Close' / 'Anna Berg': a full name stays one).

    >>> text = "Send it to:\\n12 Baker Street\\nLondon\\nSW1A 1AA"
    >>> town_under_street(text, 28, 34), town_under_street("Baker Street\\nLondon", 13, 19)
    (True, False)
    """
    line_start = ctx.line_start(text, start)
    if line_start < 2:
        return False
    line_end = ctx.line_end(text, end)
    if _TOWN_LINE.fullmatch(text, line_start, line_end) is None:
        return False
    words = text[start:end].lower().split()
    if len(words) == 2 and words[0] in gazetteers.first_names() \
            and words[1] in gazetteers.surnames():
        return False
    above = ctx.line_start(text, line_start - 1)
    return _EN_STREET_LINE.fullmatch(text, above, line_start - 1) is not None \
        or _EN_POSTCODE_STREET_LINE.fullmatch(text, above, line_start - 1) is not None \
        and _EN_POSTCODE_BELOW_AT.match(text, line_start - 1) is not None  # ('221 Russell Mount')


#: round 35B: a one-word street ending in a word that names a street and nothing else (not
#: 'strand', 'haugen', 'torget': a district's or a farm's name too, 'Nordstrand<TAB>12'),
#: opening its line or cell, its house number alone in the next cell ('Skolvägen<TAB>7'),
#: the cell's or the line's end after it
_STREET_ONLY_WORDS = ("veien", "vegen", "gata", "gaten", "gate", "gade", "vej", "vejen", "vägen",
                      "gatan", "gränd", "allé", "stien", "stigen", "katu")
_SPLIT_NUMBER_STREET = lazy_compile(r"(?<![^\n\t])\p{Lu}[\p{Ll}\-]*+(?<=\p{Ll}(?:"
                                    + "|".join(_STREET_ONLY_WORDS)
                                    + r"))\t\d{1,4}[A-Za-z]?(?=[ ]*(?:\t|\r?\n|$))")

#: a row's first cell that is a street and its house number ('Sørensenfaret 1F', 'Gamle
#: drammensvei 12 B'), and the next row's that is a postcode and its place ('2612 SJUSJØEN')
_STREET_CELL = lazy_compile(r"(?P<name>\p{L}[\p{L}'’.\- ]*?)[ ]{1,2}" + _NUMBER)
_POSTCODE_CELL = lazy_compile(r"(?:(?:NO|N)-)?(?P<code>\d{4})[ ]{1,2}(?P<place>\p{L}[\p{L}\-]*"
                               r"(?:[ ](?:(?i:i|på)[ ])?\p{L}[\p{L}\-]*){0,2})")


def column_street_cells(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    r"""``(street cell, postcode cell)`` spans where a line's first cell, before a tab, is a
    street with its house number (a street word's or a compound street's ending, or the
    patterns' street shape) and the next line's first cell is a postcode and the place the
    register gives it: an address block beside a second column, read row by row.

    >>> text = "Kari Hansen\tVår ref.: 12\nSørensenfaret 1F\tDeres ref.: AB\n2612 SJUSJØEN\tDato"
    >>> [(text[a:b], text[c:d]) for (a, b), (c, d) in column_street_cells(text)]
    [('Sørensenfaret 1F', '2612 SJUSJØEN')]
    >>> column_street_cells("Hammer 2\t199,00\n2612 stk\t10")
    []
    >>> text = "\tKari Hansen\tAnsattnr.\n\tSørensenfaret 1F\tKontonr.\n\t2612 SJUSJØEN\tSkattetabell"
    >>> [(text[a:b], text[c:d]) for (a, b), (c, d) in column_street_cells(text)]
    [('Sørensenfaret 1F', '2612 SJUSJØEN')]
    """
    found = []
    tab = text.find("\t")
    while tab != -1:
        line_start = text.rfind("\n", 0, tab) + 1
        line_end = text.find("\n", tab)
        if line_end == -1:
            break
        street = blocks.first_cell(text, line_start, line_end)
        # (round 35B: the tab after the first cell; a row indented by a tab, as OCR writes a
        # page's block under a left margin, opens with one)
        tab = text.find("\t", street[0], line_end)
        post = blocks.first_cell(text, line_end + 1, ctx.line_end(text, line_end + 1))
        if tab != -1 and street[1] <= tab and text[post[0]:post[0] + 1].isdigit() \
                and _street_cell(text, *street) and _postcode_cell(text[post[0]:post[1]]):
            found.append((street, post))
        tab = text.find("\t", line_end)
    return found


def _street_cell(text: str, start: int, end: int) -> bool:
    match = _STREET_CELL.fullmatch(text, start, end)
    if match is None:
        return False
    name = match.group("name")
    return regex.fullmatch(_STREET, name) is not None or (
        " " not in name and _word_before(name.lower(), len(name)) == 0)


def _postcode_cell(cell: str) -> bool:
    match = _POSTCODE_CELL.fullmatch(cell)
    return match is not None and _matches_register(match.group("code"), match.group("place").lower())
