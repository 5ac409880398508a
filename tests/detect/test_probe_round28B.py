"""Round 28B: PERSON names in the running prose of helpdesk tickets, with no greeting,
sign-off, header or label near them: third parties named mid-sentence, genitives, names that
are also words, names in lists, names after a neighbour's or a case handler's word; and the
places, apps and pronouns in the same sentences that are no names. Names are drawn from the
shipped lists (seeded) or literal synthetic ones, never corpus strings."""

from __future__ import annotations

import random

import pytest

from .generated import plain_names, values_of

_R = random.Random(2828)
_FIRST = plain_names("no_first_names.txt", 6, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 4, _R, first=False)


def _persons(found, text, lang="nb"):
    return values_of(found, text, lang, "PERSON")


# ---------------------------------------------------------------- a first name in the genitive

@pytest.mark.parametrize("template, lang", [
    ("Takk for svaret. {n}s abonnement ble sagt opp uten at noen spurte.", "nb"),
    ("Eg har ikkje fått svar.\n{n}s mobil er sperra etter bytet.", "nn"),
    ("The bill is wrong. {n}'s subscription was cancelled without notice.", "en"),
])
def test_a_first_name_owning_the_next_word_opening_a_sentence(found, template, lang):
    """'Karis abonnement' opening a sentence: no cue but the genitive before the noun it owns
    (it was left to the model, which read no name there)."""
    name = _FIRST[0]
    text = template.format(n=name)
    assert [v.rstrip("s'") for v in _persons(found, text, lang)] == [name.rstrip("s")]


def test_a_double_first_name_in_the_genitive(found):
    assert _persons(found, "Vi venter fortsatt. Anne-Maries abonnement ble sagt opp.") \
        == ["Anne-Maries"]


@pytest.mark.parametrize("text", [
    "Jonas abonnement ble sagt opp.",       # (a name ending in s, no genitive: the lists' own)
    "Finns det någon som kan hjälpa mig?",  # Swedish 'is there', no genitive of 'Finn'
    "Hans abonnement ble sagt opp i går.",  # 'his'
])
def test_no_possessive_cue_for_a_name_or_word_ending_in_s(found, text):
    assert _persons(found, text, "sv" if text.startswith("Finns") else "nb") == []


# ---------------------------------------------------------------- first names that are words

@pytest.mark.parametrize("text, name", [
    ("Det er Kari som har fullmakt, ikke Per.", "Per"),
    ("Hun som tok telefonen, Dag, var veldig hyggelig.", "Dag"),
    ("Jeg lurer på om Dag kan få tilgang til kontoen min.", "Dag"),
])
def test_a_first_name_that_is_a_word_capitalised_mid_sentence(found, text, name):
    """Norwegian writes 'per' and 'dag' in lower case mid-sentence: a capital there is a name
    (they were cut as common words)."""
    assert name in _persons(found, text)


@pytest.mark.parametrize("text", [
    "Per i dag har jeg ikke fått noe svar.",          # a sentence's first word
    "Dag etter dag venter jeg på teknikeren.",
    "Prisen er 100 kr Per måned.",                   # after a number
    "Vi har stengt på Kristi himmelfartsdag.",       # a feast
    "Kontoret åpner igjen i Mai.",                   # a month after 'i'
    "Send fakturaen før Juni er omme.",              # a month
])
def test_a_word_in_its_own_place_stays_no_name(found, text):
    assert _persons(found, text) == []


def test_capital_words_only_where_nouns_are_lower_case(found):
    """English capitalises neither 'per' nor 'dag'; a capital there says nothing new."""
    assert _persons(found, "The fee is charged once Per month.", "en") == []


# ---------------------------------------------------------------- lists of names

def test_a_first_name_that_is_a_word_listed_with_names(found):
    """'Kasper, Bo og Mai': 'Mai' is a month and a word, but listed with names it is one."""
    a, b = _FIRST[1], _FIRST[2]
    text = f"Vi er tre i husstanden: {a}, {b} og Mai."
    assert _persons(found, text) == [a, b, "Mai"]


def test_a_list_of_places_and_apps_stays_no_name(found):
    text = f"Jeg har snakket med {_FIRST[3]} om Vipps, Altinn og BankID."
    assert _persons(found, text) == [_FIRST[3]]


# ---------------------------------------------------------------- role words in prose

@pytest.mark.parametrize("template, lang", [
    ("Jeg har ventet lenge. Naboen min, {f} {s}, har også fått brevet.", "nb"),
    ("Eg har venta lenge. Sakshandsamar {s} lova svar innan fredag.", "nn"),
    ("Jag har väntat länge. Handläggaren {s} lovade svar före fredag.", "sv"),
    ("Det har tatt tid. Kan dere ringe {f} på telefon i morgen?", "nb"),
])
def test_a_neighbour_a_case_handler_or_a_person_to_call(found, template, lang):
    """'Naboen min,' (a comma closing the role before a name in apposition), nynorsk
    'sakshandsamar', Swedish 'handläggaren', 'ringe' (call): role words."""
    f, s = _FIRST[4], _SURNAMES[0]
    text = template.format(f=f, s=s)
    expected = f"{f} {s}" if "{f} {s}" in template else f if "{f}" in template else s
    assert _persons(found, text, lang) == [expected]


def test_a_surname_before_the_department_its_bearer_works_in(found):
    """A sentence-initial surname is left out (places and nouns open sentences), but not before
    'i økonomiavdelingen', 'på kundeservice': a person's department."""
    s = _SURNAMES[1]
    assert _persons(found, f"{s} i økonomiavdelingen har bekreftet beløpet.") == [s]
    assert _persons(found, f"{s} i Rana har bekreftet beløpet.") == []


# ---------------------------------------------------------------- negatives in the same prose

@pytest.mark.parametrize("text, lang", [
    ("Jeg bruker Finn, men Vipps fungerer ikke på telefonen.", "nb"),
    ("Eg nyttar Vipps, men Finn verkar ikkje.", "nn"),
    ("I use BankID, but Finn does not work on my phone.", "en"),
])
def test_an_app_used_or_working_is_no_person(found, text, lang):
    """'Finn' is a first name and an app: used, or working, it is the app."""
    assert _persons(found, text, lang) == []


def test_a_person_named_finn_is_still_one(found):
    assert _persons(found, "Jeg snakket med Finn i kundeservice i går.") == ["Finn"]


def test_a_place_after_i_is_no_speaker(found):
    """'Kundeservice i Lier sa at ...': a verb of saying after a place (a listed surname)."""
    assert _persons(found, "Kundeservice i Lier sa at det var en feil hos dere.") == []


# ---------------------------------------------------------------- the model's part

@pytest.mark.parametrize("text, lang, name", [
    ("Abonnementet ble overført til Thusyanthan Sivakumar i fjor.", "nb", "Thusyanthan Sivakumar"),
])
def test_an_unlisted_full_name_mid_sentence_is_put_to_the_model(found_ner, text, lang, name):
    """Two capitalised words mid-sentence that no list knows (names of foreign origin): the
    model was never asked about them."""
    assert name in _persons(found_ner, text, lang)


def test_a_pronoun_and_its_verb_are_no_name(found_ner):
    text = "I spoke to Kieran in customer service yesterday. He said the parcel would come."
    assert "He said" not in _persons(found_ner, text, "en")


def test_a_phrase_opening_a_sentence_stays_no_name_for_the_model(found_ner):
    text = "Fakturaen fra Haugen Rør AS er dobbelt så høy som før. Liv og røre i oppgangen gjør det ikke bedre."
    assert "Liv" not in _persons(found_ner, text)
