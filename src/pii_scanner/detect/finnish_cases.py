"""Finnish first names in a case ending (round 34E: 'Soitin Matille', 'Liisan puhelinnumero').

Finnish inflects a name as any noun, with no apostrophe: the genitive ``Liisan`` (Liisa's),
the allative ``Matille`` (to Matti, the double stop of ``Matti`` weakened), the adessive
``Helenalla`` (Helena has), the ablative ``Johanilta`` (from Johan); a name ending in a
consonant takes a linking ``i`` (``Mikaelille``), one ending in ``s`` turns it to ``kse``
(``Johanneksen``). The name lists hold the nominative only, so such a word matched none of
them. A capitalised word that is no common word and strips, by one of these endings in its
vowel harmony (``-lla`` after a back vowel, ``-llä`` after none), to a Finnish first name of
the lists is that person's name, in a Finnish text only (the hint, or the words it reads
as: :func:`pii_scanner.detect.text_language.nordic_language`). Finnish writes common nouns
in lower case, so a capital mid-sentence marks a name; opening a sentence, the names that
are Finnish words too stay words (``Toivon, että ...``: I hope; ``Rauhan``, ``Onnen``), as
does a company named like a first name (``Elisalle``: the operator). The partitive
(``Ainoa``: only; ``Onnea``: good luck) and the local cases of places (``-ssa``, ``-sta``)
are left out: they name things more often than people.
"""

from __future__ import annotations

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.recognizers.nlp.person_context import mid_sentence

#: a capitalised word long enough to hold a name and an ending
_WORD = lazy_compile(r"(?<![\p{L}\d@.\-])\p{Lu}\p{Ll}{3,}(?![\p{L}\d@\-]|\.\p{L})")
#: genitive, allative, adessive, ablative: back-vowel forms (a front-vowel name takes 'ä')
_ENDINGS = ("lle", "lla", "lta", "n")
_BACK_VOWELS = frozenset("aou")
#: Finnish first names that are Finnish words too (luck, hope, faith, peace, joy, gift, ...),
#: or, with '-n', a verb's first person ('Annan' I give, 'Toivon' I hope, 'Uskon' I believe):
#: words where a sentence opens with them
WORD_NAMES = frozenset((
    "onni", "toivo", "usko", "anna", "armas", "rauha", "ilo", "lahja", "kielo", "voitto",
    "aatos", "into", "satu", "tuuli", "sulo", "taisto", "urho", "kaino", "lempi", "helmi",
    "pilvi", "suvi", "säde", "lumi", "sini", "tenho", "arvo", "kari", "marja", "orvokki",
    "ruusu", "sade", "tähti", "aamu", "ilta", "valo", "lilja", "vilja", "veli"))
#: companies named like first names, which Finnish tickets inflect as often ('Soitin
#: Elisalle': the operator), each with the words of its trade: round 37C, such a name is the
#: company where the text speaks of its trade ('Soitin Elisalle, mutta liittymä ei toimi'),
#: the person where it does not ('Soitin Elisalle numeroon 044…, mutta kukaan ei vastannut')
COMPANY_NAMES = {"elisa": (
    "liittymä", "operaattori", "verkko", "verkon", "laajakaista", "mobiilidata", "nettiyhtey",
    "kuuluvuu", "viihde", "sim-kort", "prepaid", "puhelinyhtiö", "teleyhtiö", "asiakaspalvelu",
    "myymälä", "elisa.fi", "elisa oyj", "saunalahti", "5g", "4g", "reititin", "modeemi")}
#: round 37C: a person's own data, named after the genitive of its holder ('Orvokin
#: puhelinnumero on …'): a word-name opening its sentence is the name before one (hope,
#: 'Toivon', has no phone number; a verb's first person takes the object's possessive
#: suffix instead, 'Annan puhelinnumeroni': I give my number)
_OWN_DATA_AFTER = lazy_compile(
    r"[ ](?:puhelinnumero|puhelin|matkapuhelin|matkapuhelinnumero|sähköposti|"
    r"sähköpostiosoite|osoite|kotiosoite|henkilötunnus|syntymäaika|tilinumero)(?![\p{L}\d\-])")


#: round 37C: a yes/no question's opening verb, its '-ko'/'-kö' clitic (with '-han'/'-hän'),
#: right before the word: the word is the question's subject, not its sentence's opening
#: ('Voisiko Karilla olla pääsy …?', 'Onko Toivolla …': mid-sentence, though after a capital)
_QUESTION_BEFORE = lazy_compile(r"(?:^|[.!?\n][ \t]*)\p{Lu}\p{Ll}+(?:ko|kö)(?:han|hän)?[ ]$")


def _bases(stem: str) -> tuple[str, ...]:
    """The nominatives ``stem`` (a word without its case ending) may come from: itself, with
    its weakened stop doubled again ('mati' -> 'matti'), without its linking 'i' ('mikaeli' ->
    'mikael'), its 'kse' an 's' again ('johannekse' -> 'johannes')."""
    forms = [stem]
    if len(stem) >= 4 and stem[-2] in "kpt" and stem[-3] != stem[-2]:
        forms.append(stem[:-1] + stem[-2:])
    if stem.endswith("i") and stem[-2:-1] not in "aeiouyäö":
        forms.append(stem[:-1])
    if stem.endswith("kse"):
        forms.append(stem[:-3] + "s")
    return tuple(forms)


def case_base(word: str) -> str | None:
    """The Finnish first name that lower-cased ``word`` inflects, or None.

    >>> case_base("matille"), case_base("liisan"), case_base("mikaelilta"), case_base("johanneksen")
    ('matti', 'liisa', 'mikael', 'johannes')
    >>> case_base("päiville"), case_base("pekällä"), case_base("ikkunan")
    ('päivi', None, None)
    >>> case_base("liisaa"), case_base("mattia"), case_base("ainoa")
    ('liisa', None, None)
    """
    names = gazetteers.finnish_first_names()
    if word[-2:] in ("aa", "ää") and len(word) >= 5 and word[:-1] in names:
        return word[:-1]  # round 37C: the partitive of a name ending in 'a', 'Liisaa' (not
        # 'Ainoa', only; 'Onnea', good luck: the partitive of the other names stays out)
    for ending in _ENDINGS:
        front = ending.replace("a", "ä")
        for form in {ending, front}:
            if not word.endswith(form) or len(word) - len(form) < 3:
                continue
            for base in _bases(word[:-len(form)]):
                if base in names and ("a" not in ending or (form == ending) == bool(
                        _BACK_VOWELS.intersection(base))):
                    return base
    return None


def inflected_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of each capitalised word in Finnish ``text`` that is a Finnish first
    name in a case ending (see the module doc)."""
    found = []
    common = common_words()
    for match in _WORD.finditer(text):
        key = match.group().lower()
        base = case_base(key)
        if base is None or base in COMPANY_NAMES and _trade_named(text, COMPANY_NAMES[base]):
            continue
        # round 37F: a form that is a Swedish, Norwegian or English word ('Arton': eighteen,
        # 'Annen': other; 'Ville': would) is the name where a person stands in a Finnish text
        # (mid-sentence, before the person's own data, after a yes/no question's verb:
        # 'Arton puhelinnumero on …', 'Soitin eilen Villelle'); elsewhere it stays the word
        if (key in common or base in common) and not _person_position(text, match, key):
            continue
        if base in WORD_NAMES and not _person_position(text, match, key) \
                and not _after_opening_word(text, match.start(), key):
            continue  # 'Toivon, että ...', 'Rauhan aikaan': a word opening its sentence
        found.append((match.start(), match.end(), "Finnish first name in a case ending"))
    return found


def _person_position(text: str, match, key: str) -> bool:
    """Whether the word of ``match`` (``key``, lower-cased) stands where a person does:
    mid-sentence, in the genitive before a person's own data, or right after a yes/no
    question's verb (round 37C's tests for a word-name)."""
    return mid_sentence(text, match.start()) \
        or key.endswith("n") and _OWN_DATA_AFTER.match(text, match.end()) is not None \
        or _QUESTION_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None


#: round 37F: the local cases a person is spoken of in (to, at, from), which no verb form ends
#: in (the genitive's '-n' ends a verb's first person too: 'Toivon', I hope)
_LOCAL_CASES = ("lle", "lla", "llä", "lta", "ltä")
#: the word opening a sentence right before another word
_OPENING_WORD = lazy_compile(r"(?:^|[.!?\n][ \t>]*)(\p{Lu}\p{Ll}+)[ ]$")


def _after_opening_word(text: str, start: int, key: str) -> bool:
    """Whether the word-name in a local case at ``start`` (``key``, lower-cased) comes right
    after the word that opens its sentence, which itself is no name: round 37F. Finnish
    writes nouns in lower case and has no Title Case phrases, so the second word's capital
    marks a name, not the sentence's opening ('Sain Taistolta viestin': I got a message from
    Taisto; 'Soitin Toivolle'), while the opening word-name itself stays a word ('Toivolla on
    merkitystä')."""
    if not key.endswith(_LOCAL_CASES):
        return False
    match = _OPENING_WORD.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1).lower()
    return word not in gazetteers.finnish_first_names() and case_base(word) is None \
        and word not in gazetteers.surnames() and word not in gazetteers.first_names()


def _trade_named(text: str, trade: tuple[str, ...]) -> bool:
    """Whether ``text`` speaks of a company's trade (a word of :data:`COMPANY_NAMES`)."""
    lowered = text.lower()
    return any(word in lowered for word in trade)
