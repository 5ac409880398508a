"""What running prose says about a capitalised word that no greeting, sign-off, header or
label names (probe round 28B, helpdesk tickets that speak of other people mid-sentence).

- a first name in the genitive before the lower-case word it owns is a person's
  ('Karis abonnement', 'Else-Maries mobil', "Erika's subscription", 'Lars' konto'), and so
  is one before a genitive's 'sin'/'sitt'/'sine' ('Frøya sin bursdag', round 30E);
- a word after a verb of using, or before one of working, is a thing, an app or a service
  ('Jeg bruker Finn', 'Eg nyttar Vipps, men Finn verkar ikkje', 'I use Finn');
- a surname before the department its bearer works in is a person's ('Moen i
  økonomiavdelingen har bekreftet beløpet', 'Berg på kundeservice');
- a listed first name joined by a comma or 'og'/'and' to a name found already is one more
  name of the list ('Kasper, Bo og Mai', 'Dag, Murat og Gunlaug').
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers, name_edges
from pii_scanner.detect.common_words import GROUP_ADDRESSES, common_words
# (a surname before its department: 'Moen i økonomiavdelingen'; the cue module holds the test)
from pii_scanner.detect.introductions import affiliated_after
from pii_scanner.detect.name_words import curated_first, is_first

#: words after a genitive-looking name that are no noun it owns: the sentence goes on
#: ('Lars og Kari', 'Jonas er ...', 'Hans sa ...')
_NOT_OWNED = name_edges.FUNCTION_WORDS | frozenset(("i", "på", "og", "och", "eller", "er", "är", "har", "fra", "från", "frå",
                        "til", "till", "med", "som", "at", "att", "in", "and", "or", "is", "was",
                        "has", "had", "her", "här", "der", "där", "kan", "vil", "skal", "ska",
                        "var", "vart", "blev", "ble", "sa", "sier", "seier", "säger", "sade",
                        "said", "says", "skriver", "skrev", "ringte", "ringer", "fikk", "fekk",
                        "fick", "det", "den", "de", "also", "også", "òg", "också", "ikke",
                        "ikkje", "inte", "not", "will", "would", "can", "could"))


def owns_next_word(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is a listed first name in the genitive before a
    lower-case word it owns ('Karis abonnement', "Erika's subscription", 'Lars' konto'); a
    name that itself ends in 's' ('Jonas', 'Hans') or a word ('Finns det ...') is none."""
    if text[end:end + 1] != " ":
        return False  # (owns_word_after's first test, made first: most runs own no next word)
    word = text[start:end].lower()
    if word.endswith(("'s", "’s")):
        name = word[:-2]
    elif word.endswith(("'", "’")):
        name = word[:-1]
    elif word.endswith("s") and "'" not in word and "’" not in word:
        name = word[:-1]
        if word in common_words() or word in gazetteers.first_names() \
                or word in gazetteers.surnames():
            return False  # 'Finns det ...', 'Jonas', 'Hans': no genitive
    else:
        return False
    return is_first(name) and name not in common_words() \
        and name_edges.owns_word_after(text, end, _NOT_OWNED)


#: round 30E: a genitive's 'sin'/'sitt'/'sine' and the lower-case word it owns after a run
#: ('Frøya sin bursdag', 'Vega sitt bryllup', 'Asker sine barn')
_SIN_OWNING = lazy_compile(r"[ ](?:sin|sitt|sine)[ ]\p{Ll}")
#: a noun naming a place or a body right before the run: the genitive is that place's
#: ('kommunen Asker sin plan', 'byen Bodø sitt', 'laget Vega sin trener')
_PLACE_NOUN_BEFORE = lazy_compile(
    r"(?<![\w])(?i:kommune|kommunen|byen|bygda|bygdi|fylket|fylke|stedet|tettstedet|øya|øyen"
    r"|landet|regionen|distriktet|laget|klubben|foreningen|firmaet|selskapet|bedriften|skolen"
    r"|kirken|kyrkja|hotellet|butikken)[ ]$")


def owns_by_sin(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]``, a listed first name, owns the lower-case word
    after its genitive 'sin'/'sitt'/'sine' (round 30E: 'Vi var på Frøya sin bursdag', 'Det er
    Asker sine barn som ringte'): a person's, though a place is spelled so; not after a noun
    naming a place or a body ('kommunen Asker sin plan')."""
    if text[end:end + 2] != " s" or _SIN_OWNING.match(text, end) is None:
        return False  # (most runs)
    return is_first(text[start:end].lower()) \
        and _PLACE_NOUN_BEFORE.search(text, max(0, start - 16), start) is None


#: a verb of using right before a word: what follows is a thing ('Jeg bruker Finn', 'I use
#: Finn', 'Jag använder Swish', 'Eg har lasta ned Finn')
_USED_BEFORE = lazy_compile(
    r"(?i:(?<![\w])(?:bruker|brukte|bruke|brukar|nyttar|nytta|nytte|använder|använde|använda"
    r"|use|uses|used|using|installert|installerte|installerade|installed|lastet[ ]ned"
    r"|lasta[ ]ned|laddade[ ]ner|laddat[ ]ner|downloaded|åpner|åpnet|opnar|opna|öppnar"
    r"|öppnade|opened|open|opening))[ ]$")
#: a verb of working after it: it is a thing that works or fails ('Finn verkar ikkje',
#: 'Vipps fungerer ikke', 'Finn does not work', 'Swish kraschar')
_WORKS_AFTER = lazy_compile(
    r"[ ](?:(?:virker|virket|verkar|verka)[ ](?:ikke|ikkje|inte)|fungerer|fungerte|funker"
    r"|funka|fungerar|fungerade|works|worked|does[ ]not[ ]work|doesn't[ ]work|did[ ]not[ ]work"
    r"|crashes|crashed|krasjer|krasja|krasjet|kraschar|kraschade)(?![\w])")


def thing_in_use(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is used or works, as an app or a service does
    (:data:`_USED_BEFORE`, :data:`_WORKS_AFTER`), not as a person; one that works in a
    department is a person (round 34C: 'Grace works in finance'; 'Finn works again' stays)."""
    # (both patterns need a space next to the run: the cheap test first; '$' also matches
    # before a newline closing the searched slice)
    return (text[start - 1:start] == " " or text[start - 2:start] == " \n") \
        and _USED_BEFORE.search(text, max(0, start - 24), start) is not None \
        or text[end:end + 1] == " " and _WORKS_AFTER.match(text, end) is not None \
        and not affiliated_after(text, end)


#: pronouns the lists hold as first names ('Han', 'De', 'Ho')
_PRONOUNS = frozenset(("han", "hun", "ho", "hon", "he", "de", "den", "det", "du", "dei", "vi", "me"))
#: a name's neighbour in a list: after it (', Mai', ' og Mai') and before it ('Dag, ', 'Dag og ')
_NEXT_IN_LIST = lazy_compile(r"(?:,[ ]|[ ](?:og|and|och|eller|or|&)[ ])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
                              r"(?![\w'’\-])(?![ ]\p{Lu})")
_PREVIOUS_IN_LIST = lazy_compile(r"(?<![\w\-'’])(?<!\p{Lu}\p{Ll}*[ ])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
                                  r"(?:,[ ]|[ ](?:og|and|och|eller|or|&)[ ])$")


def _list_name(word: str) -> bool:
    """Whether a word in a list of names is a first name: listed and curated, no group
    address or pronoun ('Mai', 'Sine' are names beside 'Bo'; 'Alle', 'De' are none)."""
    key = gazetteers.fold(word.lower())
    return is_first(key) and curated_first(key) and key not in GROUP_ADDRESSES \
        and key not in _PRONOUNS


def listed_with(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first names joined by a comma or 'og'/'and' to one of ``spans`` (names found) or to
    one another, outward from them: 'Kasper, Bo og Mai', 'Dag, Murat og Gunlaug'."""
    taken = list(spans)
    todo = list(spans)
    found: list[tuple[int, int]] = []
    while todo:
        start, end = todo.pop()
        near = []
        # (both patterns need a comma or a space next to the name: the cheap test first;
        # '$' also matches before a newline closing the searched slice)
        after = _NEXT_IN_LIST.match(text, end) if text[end:end + 1] in (",", " ") else None
        if after is not None:
            near.append(after.span(1))
        before = _PREVIOUS_IN_LIST.search(text, max(0, start - 40), start) \
            if text[start - 1:start] == " " or text[start - 2:start] == " \n" else None
        if before is not None:
            near.append(before.span(1))
        for a, b in near:
            if any(x < b and a < y for x, y in taken) or not _list_name(text[a:b]):
                continue
            taken.append((a, b))
            found.append((a, b))
            todo.append((a, b))
    return found
