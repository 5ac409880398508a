"""Listed first names that are common English words ('grace', 'frank', 'mark', 'iris'), for
telling a word opening an English sentence from a name (round 32A: 'Grace period ends ...',
'Frank feedback is welcome', 'Mark the invoice as paid').

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
import sys
from pathlib import Path

import regex

from pii_scanner.detect import gazetteers

TABLE = Path(__file__).parent / "data" / "en_word_names.txt"
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


#: the lower-case word right after a run
_NEXT_WORD = regex.compile(r"[ ](\p{Ll}[\p{Ll}'’]*)")
#: lower-case words that follow a person who is a sentence's subject: verbs, auxiliaries, a
#: preposition of where the person works or is, a conjunction to another subject ('Frank said',
#: 'Grace will call', 'Mark from IT', 'Rose and I'); a word ending in '-ed' or '-s' counts as a
#: verb too ('Frank called', 'Grace says'), so 'Grace notes' stays the name it may be
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
    """Whether ``start`` opens the text, a line or a sentence (after '.', '!', '?', ';', ':')."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    return not before or before[-1] in ".!?;:\n"


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
    return not (word.endswith("s") and not word.endswith("ss") and len(word) >= 3
                and word not in _NOT_VERBS)


def place_phrase(keys: list[str]) -> bool:
    """Whether two lower-cased words are a first name that is a common English word and a place's
    or an institution's noun that no list holds as a surname ('rose garden', 'ivy league')."""
    return len(keys) == 2 and keys[0] in gazetteers.english_word_names() \
        and keys[1] in PLACE_NOUNS and keys[1] not in gazetteers.surnames()


def main() -> int:
    words = from_lexeme_probabilities()
    TABLE.write_text("# listed first names that are common English words, from spacy-lookups-data's "
                     "en_lexeme_prob (python -m pii_scanner.detect.english_words)\n"
                     + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
