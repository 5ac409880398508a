"""What PERSON asks about words: first names (hyphenated, in the genitive, curated), name-like
common words, what a name is joined to, and the names in e-mail local parts.

Every look-up goes to the name lists in :mod:`pii_scanner.detect.gazetteers` and the common
words in :mod:`pii_scanner.detect.common_words`; keys are lower-cased, accent-folded words
(:func:`word_key`).
"""

from __future__ import annotations

import unicodedata

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words, trade_name
from pii_scanner.detect.cue_words import ROLES

#: An address's local part, read backwards from its '@' (at most 64 characters), and its
#: domain's first label: one '@' at a time, never a 64-character attempt at every position
_LOCAL_PART = lazy_compile(r"(?r)[\w.\-+]{2,64}")
_DOMAIN_LABEL = lazy_compile(r"[\w\-]+\.")
_LOCAL_SPLIT = lazy_compile(r"[.\-_+\d]+")


def genitive_base(key: str) -> str:
    """'karis' -> 'kari': a first name in the genitive ('karis konto', 'olas bil': Nordic
    genitives add -s without an apostrophe) that is no word of its own; else ``key``."""
    first = gazetteers.first_names()
    if key not in first and len(key) > 3 and key[-1] == "s" and key[:-1] in first \
            and key not in common_words():
        return key[:-1]
    if key[-2:] in ("'s", "’s") and key[:-2] in first:
        return key[:-2]  # English: "erika's subscription"
    return key


def is_first(key: str) -> bool:
    """A first name, a hyphenated one whose parts all are ('bjørn-erik'), or a first name in
    the genitive (:func:`genitive_base`)."""
    first = gazetteers.first_names()
    if key in first:
        return True
    if "-" in key:  # ('else-maries': a double name in the genitive too)
        parts = [p for p in key.split("-") if p]
        if len(parts) > 1 and all(p in first for p in parts[:-1]) \
                and genitive_base(parts[-1]) in first:
            return True
    # genitive_base(key) != key, its cheap tests first: most words end in no 's'
    return key[-1:] == "s" and len(key) > 3 and (
        key[:-1] in first and key not in common_words()
        or key[-2] in "'’" and key[:-2] in first)  # ("erika's")


#: Finnish surnames the lists lack mostly end in a vowel and '-nen' ('Virtanen', 'Nieminen',
#: 'Ahonen'), a vowel and '-la'/'-lä' ('Ojala', 'Mattila', 'Sipilä') or '-npää' ('Mäenpää');
#: adjectives and numerals ending so ('toinen', 'suomalainen') are common words
_FINNISH_SURNAME = lazy_compile(r"\p{Ll}{2,}(?:[aeiouyäö](?:nen|l[aä])|npää)")
_FINNISH_NEN_WORDS = frozenset((
    "toinen", "nainen", "ihminen", "jokainen", "ensimmäinen", "viimeinen", "sininen", "punainen",
    "valkoinen", "keltainen", "kaltainen", "samanlainen", "erilainen", "millainen",
    "tällainen", "sellainen", "suomalainen", "ruotsalainen", "norjalainen", "tanskalainen",
    "virolainen", "venäläinen", "saksalainen", "englantilainen", "kuukausittainen",
    "vuosittainen", "päivittäinen", "viikoittainen", "henkilökohtainen"))


#: Finnish surnames among the most borne that have none of those shapes: nature words ('Salo',
#: 'Aalto', 'Koski', 'Niemi', 'Mäki') and a few others, from the population register's top list
FINNISH_PLAIN_SURNAMES = frozenset((
    "laine", "salo", "aalto", "lehto", "niemi", "koski", "mäki", "kallio", "vainio", "virta",
    "ranta", "heino", "laakso", "nurmi", "lahti", "saari", "aho", "lindholm", "lindqvist",
    "lindroos", "kivi", "lehtimäki", "mäkelä", "harju", "kangas", "hakala", "peltola",
    "halme", "valkama", "suominen", "blomqvist", "nyman", "sundström", "holmström"))


def finnish_surname(key: str) -> bool:
    """Whether ``key`` (lower-cased) has a Finnish surname's shape, or is one of the common
    ones without it (:data:`FINNISH_PLAIN_SURNAMES`), and is no common word; only a vote next to
    a first name or under a name column, never a name alone."""
    if key in FINNISH_PLAIN_SURNAMES:
        return key not in common_words()
    return key.endswith(("nen", "la", "lä", "pää")) and _FINNISH_SURNAME.fullmatch(key) is not None \
        and key not in _FINNISH_NEN_WORDS and key not in common_words()


def curated_first(key: str) -> bool:
    """A first name on the curated Norwegian/Danish lists, also hyphenated ('jenny-mari') or
    in the genitive."""
    curated = gazetteers.common_first_names()
    if "-" in key:
        parts = [p for p in key.split("-") if p]
        return len(parts) > 1 and all(genitive_base(p) in curated for p in parts)
    return genitive_base(key) in curated


def listed_first(run: str) -> bool:
    """Whether the first word of ``run`` is a listed first name (as written or accent-folded)."""
    word = run.split(None, 1)[0].lower() if run.strip() else ""
    return word in gazetteers.first_names() or gazetteers.fold(word) in gazetteers.first_names()


def word_key(text: str, token: tuple[int, int]) -> str:
    """The token lower-cased, accents the lists may lack taken off ('Sárá' -> 'sara')."""
    return gazetteers.fold(text[token[0]:token[1]].lower())


#: English articles and prepositions the long Swedish list holds as first names ('The', 'An',
#: 'In', 'To'): opening a run before a surname ('The Jordan account', 'In Berg's case') they
#: are the sentence's words, not a name's
_FUNCTION_WORDS = frozenset(("the", "an", "in", "into", "on", "to", "than", "nor"))


def name_like(text: str, tokens: list, index: int) -> bool:
    """A common word that is part of a name: a first name ('Per', 'Hans') followed by a known
    surname or by a second curated first name that is no word ('Per Olav', 'Tor Erik'), or a
    surname ('With', 'By') capitalised right after a known first name."""
    if len(tokens) < 2:
        return False
    if index == 0:
        key, nxt = word_key(text, tokens[0]), word_key(text, tokens[1])
        return key in gazetteers.first_names() and key not in _FUNCTION_WORDS and (
            nxt in gazetteers.surnames()
            or curated_first(key) and curated_first(nxt) and nxt not in common_words())
    if index == -1:
        before, key = word_key(text, tokens[-2]), word_key(text, tokens[-1])
        return is_first(before) and key in gazetteers.surnames()
    return False


_NEXT_WORD = lazy_compile(r"[ ]+\p{Ll}")
_AND_WORD = lazy_compile(r"[ ](?:og|and|eller|or|och|&)[ ](\p{Ll}[\p{Ll}\-]+)")
#: Lower-case words a person's name is joined to ('Kari og familien', 'Anne and her husband')
_PEOPLE_WORDS = frozenset(w for p in ROLES for w in p.split()) | frozenset((
    "barna", "barn", "barnet", "familien", "familie", "mann", "mannen", "kona", "kone",
    "samboer", "samboeren", "sønnen", "datteren", "dattera", "venn", "venner", "vennene",
    "venninne", "venninnen", "kjæreste", "kjæresten", "foreldre", "foreldrene", "søsken",
    "bror", "broren", "søster", "søsteren", "mor", "far", "moren", "faren", "mamma", "pappa",
    "husband", "wife", "kids", "children", "family", "friends", "colleagues", "partner",
    "sambo", "maken", "barnen", "familjen", "frun", "børnene", "resten"))


#: Endings of definite and plural nouns: a name joined to one is mostly joined to people
#: ('vennen', 'medelevene', 'kona', 'venner'); 'helse', 'uvær' have none ('uførhet' is no '-et').
_DEFINITE_OR_PLURAL = ("en", "et", "ne", "na", "a", "er")


def coordinated_with_a_thing(text: str, start: int, end: int, keys: list[str],
                              seen: tuple[str, ...]) -> bool:
    """A lone first name opening a sentence with no cue, joined by 'og'/'and' to a
    lower-case word that names no person: 'Liv og helse', 'Tor og fre', 'Storm og uvær',
    'Rose og ris'. A name is joined to a name or a person ('Kari og Per', 'Kari og
    familien', 'Anne og jeg', 'Espen og vennen Elise')."""
    if len(keys) != 1 or (seen and seen != ("mid-sentence capital",)):
        return False  # (a capital mid-sentence: 'kampanjen Storm og skygge', as below)
    match = _AND_WORD.match(text, end)
    if match is None:
        return _and_title_word(text, end)
    word = match.group(1)
    if word in _SEASON_AND_WEATHER:
        return True  # 'Storm og vinter stengte veien', 'Sol og sommer': no person's company
    if word in common_words() or word in _PEOPLE_WORDS or (
            word.endswith(_DEFINITE_OR_PLURAL) and not word.endswith("het")):
        return False  # 'Espen og vennen Elise', 'Espen og medelevene': people nouns take these
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n" or before[-1] in _TITLE_OPENINGS \
        or _NAMED_THING_BEFORE.search(text, max(0, start - 24), start) is not None


#: round 30A: seasons and weather, which a first name opening a sentence ('Storm og vinter',
#: 'Sol og regn') is joined to as a word, though some end like a plural ('vinter', 'sommer')
_SEASON_AND_WEATHER = frozenset((
    "vinter", "sommer", "sommar", "høst", "haust", "höst", "vår", "våren", "regn", "snø", "snö",
    "sludd", "vind", "blåst", "kulde", "kyla", "varme", "värme", "tåke", "dimma", "frost",
    "uvær", "oväder", "torden", "åska", "hagl", "mørke", "mörker", "winter", "summer",
    "autumn", "spring", "rain", "snow", "wind", "cold", "heat", "fog", "thunder"))
#: ... or to a capitalised word that is no name, a title's ('Dag og Tid', a newspaper; 'Liv
#: og Lyst'), wherever it stands
_AND_TITLE_WORD = lazy_compile(r"[ ](?:og|och|&)[ ](\p{Lu}\p{Ll}+)(?![\w\-'’])")


def _and_title_word(text: str, end: int) -> bool:
    """Whether 'og'/'&' and a capitalised common word that is no listed name follow ``end``
    (:data:`_AND_TITLE_WORD`): the run and that word are a title's ('Dag og Tid')."""
    match = _AND_TITLE_WORD.match(text, end) if text[end:end + 1] == " " else None
    if match is None:
        return False
    word = match.group(1).lower()
    return word in common_words() and not is_first(word) and word not in gazetteers.surnames()


#: round 29A: the phrase is a title, in quotes ('Pakken «Sol og sommer»'), or named by the
#: thing before it ('kampanjen Storm og skygge', 'reisen Dag og natt'): a noun in its
#: definite form right before the capital, no word a name follows ('med', 'til', 'hilsen')
_TITLE_OPENINGS = "«\"“'("
_NAMED_THING_BEFORE = lazy_compile(
    r"(?<![\w\-])(?i:kampanjen|pakken|reisen|turen|tilbudet|produktet|serien|filmen|boka|boken|"
    r"kurset|programmet|festivalen|konserten|menyen|pakka|kolleksjonen|campaign|package|trip|"
    r"offer|deal|series|show|film|course|product)[ ]$")


def signs_off_a_phrase(text: str, keys: list[str], end: int, seen: tuple[str, ...]) -> bool:
    """A sign-off or greeting before a word known as a first name only from the long Swedish
    list ('alle', 'hele', 'min') that goes on with a lower-case word: 'Mvh Alle oss', 'Hilsen
    Hele teamet', 'Hei Alle sammen!'. Curated names that are words ('Mvh Per i IT', 'Hilsen
    Else kan nås') stay."""
    return (("sign-off" in seen or "greeting" in seen) and len(keys) == 1
            and not curated_first(keys[0])
            and _NEXT_WORD.match(text, end) is not None)


#: English abstract-noun endings: 'Protection', 'Hiring', 'Privacy', 'Compliance'
_ABSTRACT_ENDINGS = ("tion", "sion", "ity", "ment", "ing", "ance", "ence", "acy", "ics", "ship")


def title_qualifier(keys: list[str]) -> bool:
    """Whether the words left before a job title cut from a run ('Data Protection' of 'Data
    Protection Officer') qualify the title: no listed name and an abstract noun among them
    ('Dear Aatu Virtanen Manager' keeps the unlisted name)."""
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    return (not any(k in first or k in surnames or is_first(k) for k in keys)
            and any(k.endswith(_ABSTRACT_ENDINGS) for k in keys))


def ascii_fold(word: str) -> str:
    """'Bjørn Ødegård' -> 'Bjorn Odegard': a name as e-mail local parts write it."""
    if word.isascii():
        return word  # (most words: nothing to fold)
    word = word.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def email_local_parts(text: str) -> frozenset[str]:
    """The name-like pieces of every e-mail address's local part ('kari.nordmann@' -> kari,
    nordmann; 'tgundersen@' -> also gundersen), lower-cased; a local part of two or three
    words of letters also whole, its words split by spaces ('reece.day@' -> 'reece day':
    :func:`spelled_by_address`)."""
    parts: set[str] = set()
    if "@" not in text:
        return frozenset()
    end, at = 0, text.find("@")
    while at != -1:  # the matches of r"([\w.\-+]{2,64})@[\w\-]+\." left to right
        domain = _DOMAIN_LABEL.match(text, at + 1)
        match = None if domain is None else _LOCAL_PART.match(text, max(end, at - 64), at)
        at = text.find("@", at + 1)
        if match is None:
            continue
        end = domain.end()
        local = match.group().lower()
        pieces = _LOCAL_SPLIT.split(local)
        parts.update(p for p in pieces if len(p) >= 3)
        if 1 < len(pieces) <= 3 and all(p.isalpha() and len(p) >= 2 for p in pieces):
            parts.add(" ".join(pieces))  # round 36E: 'reece.day@' -> also 'reece day'
        if len(pieces) == 1 and len(local) > 4:
            parts.add(local[1:])  # 'tgundersen' -> 'gundersen'
    return frozenset(parts)


def spelled_by_address(keys: list[str], locals_: frozenset[str]) -> bool:
    """Whether the two or three lower-cased words ``keys`` are, in order, all the words of an
    e-mail address's local part in the text (``Reece Day`` and ``reece.day@gmail.com``: the
    address writes the run as a person's name, round 36E).

    >>> spelled_by_address(["reece", "day"], email_local_parts("x reece.day@gmail.com"))
    True
    >>> spelled_by_address(["reece", "day"], email_local_parts("day.reece@x.com reece@x.com"))
    False

    Round 37C: an address whose last word is a firm's trade or organisation word spells the
    firm (``Acme Widgets`` and ``acme.widgets@…``: :func:`common_words.trade_name`).

    >>> spelled_by_address(["acme", "widgets"], email_local_parts("acme.widgets@x.com"))
    False
    """
    return 1 < len(keys) <= 3 and bool(locals_) and " ".join(map(ascii_fold, keys)) in locals_ \
        and not trade_name(keys)


#: Endings of Nordic common nouns (actions, qualities, departments, rent: 'Udlejning',
#: 'Förvaltningen', 'Ledelsen', 'Husleige', 'Kundeavdelingen'): a lone unlisted word with one
#: is the noun a mail's 'Til:' line or a sign-off names (a desk or an office), not a person
_NOUN_ENDINGS = ("ning", "ningen", "ninga", "ningar", "ningarna", "ningene", "else", "elsen",
                 "heten", "skap", "skapet", "skabet", "sjon", "sjonen", "tion", "tionen",
                 "leie", "leige", "leje", "avdeling", "avdelinga", "avdelingen", "afdeling",
                 "afdelingen", "avdelning", "avdelningen", "kontoret", "senteret", "tjenesten")
#: endings a short word of fewer than seven letters does not count by (Chinese given names)
_SHORT_NOUN_EXCEPTIONS = ("ning", "ninga", "ningar")


def noun_shaped(key: str) -> bool:
    """Whether a lower-case word ends like a Nordic common noun ('udlejning', 'förvaltningen',
    'husleige'): one of seven letters or more, or a shorter one with two letters or more
    before its ending (a department signing, 'Utleie', 'Utleje': a prefix and the noun); a
    name's double 'n' before '-ing' is no such ending ('manning', 'henning', 'browning'), nor
    is a short '-ning' ('Yining', 'Xining': Chinese given names), nor the ending alone ('Else').

    >>> [noun_shaped(w) for w in ("udlejning", "husleige", "manning", "ledelsen", "nilsen")]
    [True, True, False, True, False]
    >>> [noun_shaped(w) for w in ("utleie", "udleje", "else", "helse", "yining")]
    [True, True, False, False, False]
    """
    if not key.isalpha() or not key.endswith(_NOUN_ENDINGS):
        return False
    if len(key) < 7:
        return not key.endswith(_SHORT_NOUN_EXCEPTIONS) and any(
            key.endswith(e) and len(key) - len(e) >= 2 for e in _NOUN_ENDINGS)
    return not key.endswith(("nning", "nningen", "wning"))
