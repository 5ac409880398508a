"""Listed first names that are common English words ('grace', 'frank', 'mark', 'iris'), for
telling a word opening an English sentence from a name (round 32A: 'Grace period ends ...',
'Frank feedback is welcome', 'Mark the invoice as paid'; round 32C: 'Grace notes in the manual
are wrong', the model's 'Rose' of 'Rose Street office'), and such a name with an unlisted
surname where a person stands from a phrase (round 32C: 'Will Bird from accounts asked ...').
Round 33F: frequent English words that are no listed name (``data/en_common_words.txt``: a
written form at least :data:`COMMON_MIN_LOWER` and its capitalised form at least
:data:`COMMON_CAPITAL_GAP` rarer) tell a Title Case phrase ('Grace Period', 'Summer Release')
from a first name and surname (:func:`title_phrase`).

They come from the English word probabilities of ``spacy-lookups-data``
(``en_lexeme_prob.json.gz``, log probabilities of written forms, case kept): a first name of
:func:`gazetteers.first_names` (three letters or more) is listed when its lower-case form is
frequent (log probability at least :data:`MIN_LOWER`) and not much rarer than its capitalised
form (at most :data:`MAX_CAPITAL_LEAD` below it): English writes it mostly as a word, not as
a name ('grace' is commoner than 'Grace'; 'john' far rarer than 'John'). Kept in
``data/en_word_names.txt`` so start-up reads no 1,000,000-word table. Rebuild it after the name
lists or spacy-lookups-data change (a test checks it is current where the package is
installed):

    python -m pii_scanner.detect.english_words
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect import context as ctx
from pii_scanner.detect.common_words import is_common
from pii_scanner.detect.generated_tables import write_table

TABLE = Path(__file__).parent / "data" / "en_word_names.txt"
COMMON_TABLE = Path(__file__).parent / "data" / "en_common_words.txt"
#: round 33F: a lower-case form at least this probable is a frequent English word ...
COMMON_MIN_LOWER = -10.5
#: ... written in lower case at least this much (natural log) more often than capitalised
COMMON_CAPITAL_GAP = 2.0
#: a lower-case form at least this probable (natural log) is a common English word
MIN_LOWER = -14.5
#: ... and its capitalised form (a name, or the word opening a sentence) at most this much more
MAX_CAPITAL_LEAD = 1.5
#: the capitalised form's log probability where the table lacks it
_ABSENT = -20.0


def _probabilities() -> dict[str, float]:
    import spacy_lookups_data  # (only the build needs it)

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def from_lexeme_probabilities() -> list[str]:
    """The listed first names that are common English words, sorted (see module doc)."""
    prob = _probabilities()
    words = []
    for name in gazetteers.first_names():
        if len(name) < 3 or not name.isascii() or not name.isalpha():
            continue
        lower = prob.get(name)
        if lower is None or lower < MIN_LOWER:
            continue
        if lower - prob.get(name.capitalize(), _ABSENT) >= -MAX_CAPITAL_LEAD:
            words.append(name)
    return sorted(words)


def common_from_lexeme_probabilities() -> list[str]:
    """Frequent English words of three letters or more, written mostly in lower case, that no
    name list holds (round 33F: 'period', 'release', 'update'; not 'baker', 'grace'), sorted."""
    prob = _probabilities()
    names = gazetteers.first_names() | gazetteers.surnames()
    return sorted(word for word, lower in prob.items()
                  if len(word) >= 3 and word.isascii() and word.isalpha() and word.islower()
                  and lower >= COMMON_MIN_LOWER and word not in names
                  and lower - prob.get(word.capitalize(), _ABSENT) >= COMMON_CAPITAL_GAP)


def title_phrase(keys: list[str]) -> bool:
    """Whether two lower-cased words are a first name that is a common English word and a
    frequent English word that no list holds as a name: a Title Case name of a plan, a feature
    or a product ('grace period', 'summer release', 'may update'; not 'grace hansen', nor
    'will bird': 'bird' is no such frequent word). Round 33F."""
    return len(keys) == 2 and keys[0] in gazetteers.english_word_names() \
        and keys[1] in gazetteers.english_common_words()


#: the lower-case word right after a run
_NEXT_WORD = lazy_compile(r"[ ](\p{Ll}[\p{Ll}'’]*)")
#: lower-case words that follow a person who is a sentence's subject: verbs, auxiliaries, a
#: preposition of where the person works or is, a conjunction to another subject ('Frank said',
#: 'Grace will call', 'Mark from IT', 'Rose and I'); a word ending in '-ed' counts as a verb too
#: ('Frank called'), and one ending in '-s' unless a plural verb shows it a noun ('Grace says';
#: round 32C: 'Grace notes are wrong' is the phrase: :func:`plural_subject`)
PERSON_NEXT = frozenset((
    "is", "was", "has", "had", "have", "will", "would", "can", "could", "should", "shall", "may",
    "might", "must", "did", "does", "do", "said", "told", "got", "made", "sent", "wrote", "went",
    "came", "gave", "took", "saw", "knew", "left", "put", "ran", "rang", "brought", "bought",
    "felt", "kept", "found", "paid", "spoke", "met", "thought", "forgot", "here", "from", "at",
    "in", "on", "and", "or", "who", "also", "just", "still", "never", "always", "already", "too",
    "again", "isn't", "wasn't", "hasn't", "didn't", "doesn't", "can't", "won't", "couldn't",
    "wouldn't", "&", "via", "with", "to", "of",
))
#: words ending in 's' that are no verb ('Mark this as paid')
_NOT_VERBS = frozenset(("this", "thus", "plus", "bonus", "status", "versus", "chaos"))
#: English nouns of a place or an institution that no name list holds as a surname: after a
#: first name that is a word, a capitalised phrase naming a place ('Rose Garden', 'Ivy League',
#: 'Hope Centre'); 'Hall', 'Park' and 'House' are surnames and left out
PLACE_NOUNS = frozenset((
    "garden", "gardens", "centre", "center", "square", "hotel", "museum", "library", "theatre",
    "theater", "cafe", "café", "restaurant", "stadium", "arena", "plaza", "building", "tower",
    "league", "club", "college", "school", "academy", "church", "chapel", "clinic", "hospital",
    "market", "gallery", "street", "road", "avenue", "lane",
))
#: English weekdays, some listed as first names: alone they name the day ('Regards,\nFriday')
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"))


def opens_phrase(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence (after '.', '!', '?', ';', ':');
    a line also behind a reply's quote marks ('> Frank feedback is welcome', '>> May Mann
    called': round 33B)."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    if before.endswith(">") and not text[ctx.line_start(text, start):start].strip(" \t>"):
        return True
    return not before or before[-1] in ".!?;:\n"


#: English auxiliaries that name people too ('Will', 'May', 'Can'): opening a question they
#: are its verb; round 35C: the Nordic 'kan' as well, a listed first name ('Kan Kari ringe meg
#: i dag?', 'Kan Emma ringa mig?')
QUESTION_AUXILIARIES = frozenset(("will", "may", "can", "kan"))
_SENTENCE_REST = lazy_compile(r"[^.!?\n]{0,120}[.!?]?")


def question_auxiliary(text: str, key: str, start: int) -> bool:
    """Whether the word ``key`` at ``start`` is an auxiliary (:data:`QUESTION_AUXILIARIES`)
    opening a sentence (:func:`opens_phrase`) that ends in '?': the question's verb before its
    subject, not a first name ('Will Emma from support call me?'; round 34G). 'Will Harris
    called.' and 'Will Emma call me.' are no question: the caller keeps the run whole."""
    if key not in QUESTION_AUXILIARIES or not opens_phrase(text, start):
        return False
    rest = _SENTENCE_REST.match(text, start)
    return rest is not None and rest.group().endswith("?")


def word_opening(text: str, key: str, start: int, end: int) -> bool:
    """Whether the one-word run ``key`` at ``start:end`` is a first name that is a common English
    word (:func:`gazetteers.english_word_names`) opening a sentence or phrase before a lower-case
    word that is no verb of a subject ('Grace period ends', 'Frank feedback is welcome', 'Mark
    the invoice as paid'; not 'Frank said', 'Grace will call', 'Mark from IT'). The caller
    asks it in English text with no cue naming the word."""
    if key not in gazetteers.english_word_names() or not opens_phrase(text, start):
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    if word in PERSON_NEXT or word.endswith(("ed", "'s", "’s", "'ll", "’ll", "'d", "’d")):
        return False
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 3 \
            and word not in _NOT_VERBS:
        # round 32C: a plural noun, the subject's head, before its own verb ('Grace notes are
        # wrong', 'Grace notes in the manual are wrong'), not a verb before its object or clause
        # ('Grace notes that ...', 'Frank works in finance')
        return plural_subject(text, following.end())
    return True


#: verbs that agree with a plural subject and no singular one: after an '-s' word they make it
#: a plural noun ('Grace notes are wrong'), where a verb's object or clause would follow a verb
PLURAL_VERBS = frozenset((
    "are", "were", "have", "aren't", "weren't", "haven't", "don't", "do", "need", "seem", "look",
    "remain", "show", "say", "contain", "mention", "describe", "make", "cover", "explain",
))
#: prepositions that open a phrase qualifying a plural noun ('Grace notes in the manual are ...')
_QUALIFYING = frozenset(("in", "on", "of", "for", "from", "about", "at", "with", "under", "inside",
                         "by"))
#: the rest of a clause after a qualifying phrase's preposition: words up to a clause's mark
_CLAUSE_REST = lazy_compile(r"[^.,;:!?\n]{0,80}")
#: words that open a clause of their own: a plural verb after one is that clause's
_CLAUSE_OPENERS = frozenset(("that", "which", "who", "where", "when", "because", "if", "and", "or",
                             "but", "as", "since", "while", "so", "i", "we", "you", "they", "he",
                             "she", "it", "people"))
#: ... and the plural verbs read after such a phrase: the copulas and auxiliaries only (a verb
#: such as 'say' or 'look' there may be another subject's)
_PLURAL_AFTER_PHRASE = frozenset(("are", "were", "have", "aren't", "weren't", "haven't", "don't",
                                  "need", "seem"))
_WORDS = lazy_compile(r"[\p{L}'’]+")


def plural_subject(text: str, end: int) -> bool:
    """Whether the '-s' word ending at ``end`` is a plural noun heading a sentence's subject:
    a plural verb right after it ('Grace notes are wrong'), or after a phrase of a preposition
    with no clause of its own opening before that verb ('Grace notes in the manual are wrong';
    not 'Grace works in the team that are moving', 'Frank works in finance')."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in PLURAL_VERBS:
        return True
    if word not in _QUALIFYING:
        return False
    rest = _CLAUSE_REST.match(text, nxt.end()).group()
    for later in _WORDS.findall(rest.lower()):
        if later in _CLAUSE_OPENERS:
            return False
        if later in _PLURAL_AFTER_PHRASE:
            return True
    return False


#: round 32C: words after a full name that say a person stands there: verbs of saying, asking or
#: contacting ('Will Bird asked me to chase this', 'May Mann called'), and 'here'
PERSON_VERBS = frozenset((
    "said", "says", "asked", "asks", "told", "tells", "wrote", "writes", "called", "calls", "rang",
    "rings", "phoned", "emailed", "e-mailed", "texted", "mentioned", "confirmed", "replied",
    "explained", "promised", "reported", "complained", "noticed", "agreed", "suggested",
    "contacted", "here",
))
#: ... and an English department after 'from', 'in' or 'at' ('Will Bird from accounts', 'May
#: Mann in finance', 'at the helpdesk')
DEPARTMENTS = frozenset((
    "accounts", "accounting", "finance", "billing", "sales", "support", "legal", "marketing",
    "payroll", "procurement", "purchasing", "operations", "reception", "logistics", "facilities",
    "it", "hr", "helpdesk", "servicedesk", "compliance", "management", "admin",
    "administration", "security", "development", "engineering", "customer",
))
_PAIR_AFTER = lazy_compile(r"[ ](?:(?:from|in|at)[ ](?:the[ ])?(?P<unit>[\p{L}\-]+)"
                            r"|(?P<verb>\p{Ll}[\p{Ll}\-]+)(?![\w\-]))")
#: an unlisted surname's shape: capitalised, an apostrophe's capital allowed ('Bird', "O'Brien")
_SURNAME_SHAPE = lazy_compile(r"\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+)?")


def full_name_pair(text: str, keys: list[str], start: int, second: tuple[int, int]) -> bool:
    """Whether two capitalised words at ``start`` are a full name: a listed first name that is a
    common English word and a word no list knows (an English surname: 'Will Bird', 'May Mann',
    "Hope O'Neill"), or another such first name that is no common word ('May Baker', 'May
    Young'; round 33D) where a person stands, opening a sentence or line before a verb of saying
    or contacting or before the department its bearer works in ('Will Bird from accounts asked
    ...', 'May Mann called'); not a place's or an institution's noun ('Rose Garden'), and
    not before another verb or noun ('May Update is out', 'Will Power matters'). The caller
    asks it in English text (round 32C)."""
    if len(keys) != 2 or keys[0] not in gazetteers.english_word_names():
        return False
    word = keys[1]
    # round 33D: a listed first name that is itself a word name is no list's surname to the
    # name lists ('May Baker', 'May Young': English surnames), so the same cues decide; round
    # 34C: so is one that is no word ('Will Howard', 'Will Hale': a first name is no surname
    # to the lists either, and a first name that is a word before it left both unscored)
    if word in PLACE_NOUNS or word in WEEKDAYS or word in gazetteers.surnames() \
            or is_common(word) \
            or _SURNAME_SHAPE.fullmatch(text, second[0], second[1]) is None:
        return False
    if not opens_phrase(text, start):
        return False
    after = _PAIR_AFTER.match(text, second[1])
    if after is None:
        return False
    if after.group("unit") is not None:
        return after.group("unit").lower() in DEPARTMENTS
    return after.group("verb") in PERSON_VERBS


def place_after(text: str, key: str, end: int) -> bool:
    """Whether a one-word run ``key`` ending at ``end`` and the capitalised word after it are a
    place phrase (:func:`place_phrase`: 'Rose Street office', the model's span 'Rose' alone)."""
    if key not in gazetteers.english_word_names() or text[end:end + 1] != " ":
        return False
    nxt = _NEXT_CAPITAL.match(text, end)
    return nxt is not None and place_phrase([key, nxt.group(1).lower()])


_NEXT_CAPITAL = lazy_compile(r"[ ](\p{Lu}\p{Ll}+)(?![\w\-])")


def place_phrase(keys: list[str]) -> bool:
    """Whether two lower-cased words are a first name that is a common English word and a place's
    or an institution's noun that no list holds as a surname ('rose garden', 'ivy league')."""
    return len(keys) == 2 and keys[0] in gazetteers.english_word_names() \
        and keys[1] in PLACE_NOUNS and keys[1] not in gazetteers.surnames()


def main() -> int:
    words = from_lexeme_probabilities()
    write_table(TABLE, "listed first names that are common English words, from "
                "spacy-lookups-data's en_lexeme_prob (python -m "
                "pii_scanner.detect.english_words)", words, "words")
    return write_table(COMMON_TABLE, "frequent English words written mostly in lower case that "
                       "no name list holds, from spacy-lookups-data's en_lexeme_prob (python -m "
                       "pii_scanner.detect.english_words)", common_from_lexeme_probabilities(),
                       "words")


if __name__ == "__main__":
    raise SystemExit(main())
