"""Which language a text without a language hint reads as, where a rule depends on it.

The ``detect`` contract's ``lang`` is a hint and may be missing (the recognizers then run as
``xx``). A rule that holds in one language only (a British mobile written unspaced,
``07778002840``, is a phone in English text) asks :func:`reads_english`: it counts the
text's function words, short closed-class words every sentence uses, in English and in the
Scandinavian languages; words that are both (``i``, ``for``, ``min``, ``kan``) count for none.
A rule that tells the Scandinavian numbers apart (a dashed DDMMYY-SSSS CPR or YYMMDD-NNNN
personnummer with no label) asks :func:`nordic_language`: Danish, Norwegian and Swedish by the
words and spellings only one or two of them use (round 32D); nynorsk reads as Norwegian, ``nb``
(its own function words, ``eg``, ``kva``, ``nokon``, ``frå``: round 33B).

Why not a language-identification library: the question here is narrow (which of three close
languages, for a prior on one number's reading) and its answer must be precise on one-line
tickets, or it moves a number the wrong way. Measured on 1,500 short probe tickets
(``benchmarks/ticket_probe.py``'s generator, seed 11: not the seed these words were chosen
on, but the same templates, which favours them)
against ``py3langid`` (a maintained character n-gram model, restricted to da/no/nn/sv/en/fi):
at a probability above 0.5 it named 508 of the 1,003 Danish, Norwegian and Swedish ones right
and 50 wrong (5 %); above 0.9, 126 right and none wrong; these counts named 405 right, none
wrong, and left the rest unread (no prior). A text neither function reads is scored as before.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from pii_scanner.detect.lazy_regex import lazy_compile

#: English function words that are no Norwegian, Danish or Swedish word
ENGLISH = frozenset((
    "the", "and", "to", "of", "is", "am", "are", "was", "were", "be", "been", "you", "your",
    "my", "me", "we", "our", "on", "in", "it", "this", "that", "with", "please", "thanks",
    "thank", "can", "could", "would", "will", "have", "has", "not", "at", "from", "if", "all",
    "but", "any", "there", "what", "when", "which", "who", "here", "just", "also", "hi", "hello",
    "dear", "regards", "cheers", "best", "kind", "day", "number", "call", "back"))
#: Norwegian, Danish and Swedish function words that are no English word
SCANDINAVIAN = frozenset((
    "og", "och", "jeg", "jag", "eg", "er", "är", "det", "ikke", "ikkje", "inte", "på", "til",
    "till", "med", "meg", "mig", "mitt", "mit", "mine", "har", "vil", "vill", "ska", "skal",
    "som", "av", "af", "ett", "et", "en", "hei", "hej", "takk", "tak", "tack", "hilsen",
    "hälsningar", "mvh", "vh", "eller", "meddelande", "nummer", "nytt", "nyt"))
#: a word: letters with no digit glued to them (round 34A: the letters of a UUID's or a
#: hash's hex digits, '9af7', '18d489d5fafd', are no word: 'af' read as Danish)
_WORD = lazy_compile(r"(?<![\p{L}\p{N}])\p{L}++(?!\p{N})")
#: the part of a long text that is read (a ticket's first lines tell its language)
_READ_CHARS = 2000


def reads_english(lower: str) -> bool:
    """Whether the lower-cased ``lower`` reads as English: at least two of its English
    function words, more than its Scandinavian ones.

    >>> reads_english("i am on 07778002840"), reads_english("jeg er på 07778002840")
    (True, False)
    >>> reads_english("07778002840")
    False
    """
    english = nordic = 0
    for word in _WORD.findall(lower, 0, _READ_CHARS):
        if word in ENGLISH:
            english += 1
        elif word in SCANDINAVIAN:
            nordic += 1
    return english >= 2 and english > nordic


#: Words that only one or two of Danish (da), Norwegian bokmål (nb) and Swedish (sv) write, and
#: Finnish (fi) function words (a Finnish text's 'ä'/'ö' words are no Swedish evidence): each
#: is evidence for the languages named and against the others. Danish and bokmål share most
#: function words ('jeg', 'ikke', 'og', 'er', 'hilsen', 'vedr'), so those tell only that a
#: text is no Swedish; Danish and Swedish share 'mig', 'dig', 'sig', 'nu', 'hej', 'blev',
#: 'efter' (bokmål 'meg', 'deg', 'seg', 'nå', 'hei', 'ble', 'etter').
NORDIC_WORDS: dict[str, frozenset[str]] = {}
for _langs, _words in (
        ("sv", "och jag är inte att för från till tack vänliga vänlig hälsningar hälsning också "
               "hur vad när hon bara mycket ärende ärendet kunde skulle vår våra ni"),
        ("da", "af venlig venligst hvad hvornår noget nogle mit dit sit tak kære jeres sagen "
               "spørgsmål beløbet købt"),
        ("nb", "av vennlig vennligst hva når noe noen mitt ditt sitt takk kjære dere meg deg "
               "seg hei ble etter nå saken gjelder spørsmål beløpet kjøpt ikkje "
               # nynorsk, read as Norwegian (round 33B: 'Hei, eg har eit spørsmål frå …')
               "eg kva korleis kvifor kven nokon noko eit frå dykk dykkar berre venleg "
               "vennleg helsing saka gjeld"),
        ("da nb", "jeg ikke og er hilsen"),
        ("da sv", "mig dig sig nu hej blev efter"),
        ("nb sv", "mitt ditt sitt av"),
        ("fi", "ja on ei että olen minun kiitos terveisin hei moi ystävällisin "
               # round 34E: more Finnish function words and a helpdesk's Finnish field and
               # list words ('Yhteystiedot:', 'Puhelin', 'Osoite'), none a Scandinavian word
               "mutta tai jos koska myös vielä kanssa mitä miten onko voisitko voisiko olisi "
               "oli ovat olemme hän hänen meidän teidän tämä tässä minulle meille teille "
               "yhteystiedot puhelin matkapuhelin osoite sähköposti henkilötunnus hetu "
               "syntymäaika tilinumero asiakasnumero tilaus tilausnumero lasku tapaus")):
    for _word in _words.split():
        NORDIC_WORDS[_word] = NORDIC_WORDS.get(_word, frozenset()) | frozenset(_langs.split())
del _langs, _words, _word
#: the prefix 'up' (Swedish 'upp-', bokmål 'opp-', Danish 'op-': 'uppdatera', 'oppdater',
#: 'opdater'; Danish 'op' before a consonant, not bokmål's loanwords 'opsjon', 'optisk')
_UP_PREFIX = lazy_compile(r"(upp)\p{L}{3,}|(opp)\p{L}{3,}|(op)(?!sj)[bdfghklmnrsv]\p{L}{2,}")
_UP_LANGS = (frozenset(("sv",)), frozenset(("nb",)), frozenset(("da",)))
#: letters only Swedish and Finnish (ä, ö) or only Danish and bokmål (æ, ø) write
_SV_FI_LETTERS, _DA_NB_LETTERS = frozenset("äö"), frozenset("æø")
_SV_FI, _DA_NB = frozenset(("sv", "fi")), frozenset(("da", "nb"))


def _evidence(word: str) -> frozenset[str] | None:
    """The languages ``word`` (lower case) is written in, of da/nb/sv/fi (None: all or no
    telling)."""
    langs = NORDIC_WORDS.get(word)
    if langs is not None:
        return langs
    if (up := _UP_PREFIX.fullmatch(word)) is not None:
        return _UP_LANGS[up.lastindex - 1]
    letters = set(word)
    if letters & _SV_FI_LETTERS and not letters & _DA_NB_LETTERS:
        return _SV_FI
    if letters & _DA_NB_LETTERS and not letters & _SV_FI_LETTERS:
        return _DA_NB
    return None


def nordic_language(lower: str) -> str | None:
    """Which of Danish ``da``, Norwegian bokmål ``nb``, Swedish ``sv`` (or Finnish ``fi``) the
    lower-cased ``lower`` reads as, or None where it does not tell (or reads as English).
    A language needs a word only it writes, at least twice as many plus one of those as any
    other language has, and more words written in it, shared ones included, than any other.

    >>> nordic_language("angående 681018-9792 - uppdatera registret.")
    'sv'
    >>> nordic_language("vedr. 200953-9223 - opdater venligst."), nordic_language("jeg er her")
    ('da', None)
    >>> nordic_language("gjelder 200953-9223 - oppdater registeret."), nordic_language("re: 1")
    ('nb', None)
    """
    return _nordic_language(lower[:_READ_CHARS])  # (the cache holds no long text)


@lru_cache(maxsize=8)
def _nordic_language(lower: str) -> str | None:
    own = dict.fromkeys(("da", "nb", "sv", "fi"), 0)
    votes = dict(own)
    for word in _WORD.findall(lower):
        langs = _evidence(word)
        if langs is None:
            continue
        for lang in langs:
            votes[lang] += 1
        if len(langs) == 1:
            own[next(iter(langs))] += 1
    best = max(own, key=own.get)
    if not own[best] or any(own[best] < 2 * own[lang] + 1 or votes[best] <= votes[lang]
                            for lang in own if lang != best):
        return None
    return None if reads_english(lower) else best
