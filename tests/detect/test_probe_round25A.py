"""Round 25A: tickets about other people and about the writer's own data rights: a parent
writing for a child, a guardian, an heir, a spouse (`samboeren min lise`, `min far Per`,
`Isäni Pentti`), a surname named by its initial (`Skadelidte er R. Hansen`), and the surname
a person was born with or had before, as erasure and rectification requests list it (`née
Lindqvist`, `mitt flicknamn är Berg`, `her maiden name was Dahl`). Values are generated
(seeded draws from the shipped name lists), never corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers

from .generated import plain_names, values_of

_R = random.Random(2525)


_FIRST = plain_names("no_first_names.txt", 6, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 6, _R, first=False)
_SE_SURNAMES = plain_names("se_surnames.txt", 4, _R, first=False)


# ---------------------------------------------------------------- a relative's noun, lower case

@pytest.mark.parametrize("cue, lang", [
    ("samboeren min", "nb"), ("sønnen vår", "nb"), ("min sønn", "nb"), ("dottera mi,", "nn"),
    ("min sambo", "sv"), ("my wife", "en"), ("min datter (", "da")])
def test_a_lower_case_first_name_after_a_relative_is_a_name(found, cue, lang):
    name = _R.choice(_FIRST).lower()
    text = f"hei. {cue}{'' if cue.endswith('(') else ' '}{name} har fått en regning på mobilen."
    assert values_of(found, text, lang, "PERSON") == [name]


def test_a_lower_case_full_name_after_a_relative_is_one_name(found):
    name = f"{_FIRST[0].lower()} {_SURNAMES[0].lower()}"
    text = f"min sønn, {name}, har brukt opp datakvoten sin."
    assert values_of(found, text, "nb", "PERSON") == [name]


@pytest.mark.parametrize("text, lang", [
    ("min sønn har brukt opp datakvoten.", "nb"),
    ("samboeren min sa at dere ville ringe tilbake.", "nb"),
    ("kona mi og eg har flytta til ny adresse.", "nn"),
    ("my son will be fourteen in may.", "en"),
    ("min mann ringte i går om saken.", "nb"),
    ("Hei! Dattera mi er 16 år og har fått ei rekning.", "nn")])
def test_words_after_a_relative_that_are_no_names_stay_unflagged(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


# ---------------------------------------------------------------- a relative's noun, capitalised

@pytest.mark.parametrize("cue", ["min far", "faren min", "far min", "min mor"])
def test_a_first_name_that_is_also_a_word_after_a_parent_is_a_name(found, cue):
    text = f"Jeg ringer fordi {cue} Per har flyttet på sykehjem."
    assert values_of(found, text, "nb", "PERSON") == ["Per"]


@pytest.mark.parametrize("cue", ["Isäni", "Tyttäreni", "Vaimoni"])
def test_a_finnish_relative_before_a_first_name_cues_it(found, cue):
    name = _R.choice(sorted(n.capitalize() for n in ("pentti", "aino", "helinä", "jarkko")
                            if n in gazetteers.first_names()))
    text = f"{cue} {name} kuoli viime kuussa, ja sopimus pitää irtisanoa."
    assert values_of(found, text, "fi", "PERSON") == [name]


@pytest.mark.parametrize("text, lang", [
    ("Mor døde i fjor, og Far bor alene i huset. Søster og jeg hjelper ham.", "nb"),
    ("Min far er 84 år og min mor er 80.", "nb"),
    ("Isäni kuoli viime kuussa.", "fi"),
    ("My son is fourteen and my wife works nights.", "en")])
def test_relatives_without_a_name_add_no_name(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


# ---------------------------------------------------------------- an initial and a surname

@pytest.mark.parametrize("lead", ["Skadelidte er", "Saken gjelder", "Vitnet var"])
def test_an_initial_before_a_listed_surname_mid_sentence_is_a_name(found, lead):
    surname = _R.choice(_SURNAMES)
    initial = _R.choice("ABEHKLMORT")
    text = f"{lead} {initial}. {surname}, polise {_R.randint(10_000_000, 99_999_999)}."
    assert values_of(found, text, "nb", "PERSON") == [f"{initial}. {surname}"]


@pytest.mark.parametrize("text", [
    "Se vedlegg B. Oversikt over kostnadene ligger der.",
    "Vi bruker plan A. Neste steg er å ringe.",
    "Levert av K. Hansen AS i forrige uke."])
def test_an_initial_before_a_word_or_a_company_is_no_name(found, text):
    assert values_of(found, text, "nb", "PERSON") == []


# ---------------------------------------------------------------- a birth or former surname

@pytest.mark.parametrize("before, lang", [
    ("My wife, Anna Holt, née ", "en"), ("My wife, Anna Holt (née ", "en"),
    ("Her maiden name was ", "en"), ("Mitt flicknamn är ", "sv"), ("jag heter numera Anna Holt, född ", "sv"),
    ("Pikenavnet mitt var ", "nb"), ("tidligere etternavn: ", "nb"), ("Kona mi Siv, fødd ", "nn")])
def test_a_surname_named_as_a_birth_or_former_surname_is_a_name(found, before, lang):
    surname = _R.choice(_SURNAMES + _SE_SURNAMES)
    text = f"{before}{surname}{')' if before.endswith('(née ') else ''}, bør slettes."
    assert surname in values_of(found, text, lang, "PERSON")


@pytest.mark.parametrize("text, lang", [
    ("Hun er født 12.03.1990 og bor i Bergen.", "nb"),
    ("Jeg er født i Molde, men bor nå i Oslo.", "nb"),
    ("Mitt pikenavn er Ukjent i registeret deres.", "nb"),
    ("The former surname field is Empty in the export.", "en")])
def test_birth_words_before_no_surname_add_no_name(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


@pytest.mark.parametrize("before", ["Äitini Anna Virtanen o.s. ", "Anna Virtanen (o. s. ",
                                    "Tyttönimeni on "])
def test_a_finnish_birth_surname_counts_by_its_shape(found, before):
    surname = _R.choice(["Korhonen", "Mäkinen", "Lehtonen", "Heikkilä"])
    text = f"{before}{surname}{')' if before.endswith('(o. s. ') else ''} muutti pois."
    assert surname in values_of(found, text, "fi", "PERSON")


@pytest.mark.parametrize("before, lang", [
    ("Fodenavnet mitt var ", "nb"), ("Fødenamnet hennar var ", "nn"), ("fodenamn: ", "nn"),
    ("Pikenamnet mitt var ", "nn"), ("Pigenavn: ", "da")])
def test_a_birth_surname_after_each_spelling_of_the_birth_name_word(found, before, lang):
    """The birth-name words in both written forms (-navn, -namn), with the 'ø' as typed or
    lost ('fodenavnet'): an unlisted Finnish surname after them is the surname."""
    surname = _R.choice(["Korhonen", "Mäkinen", "Lehtonen", "Heikkilä"])
    assert surname in values_of(found, f"{before}{surname}, og det må rettes.", lang, "PERSON")
