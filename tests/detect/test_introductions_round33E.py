"""Round 33E: a lower-case full name after the writer's verb of being ('hei, eg er kari hansen',
'jag är anna berg', 'i am john smith') is a presentation as 'det er kari hansen' is: a listed
first name and a listed surname that is no common word ('jeg er usikker', 'eg er heime', 'jag
är inte nöjd' stay words), and after a greeting a listed first name closing its clause."""

from __future__ import annotations

import pytest

from .generated import values_of


@pytest.mark.parametrize("text, lang, name", [
    ("hei, eg er kari hansen og eg har eit spørsmål om rekninga", "nb", "kari hansen"),
    ("jeg er kari hansen fra oslo, og lurer på noe", "nb", "kari hansen"),
    ("hej, jag är anna berg och undrar över fakturan", "sv", "anna berg"),
    ("hej, jeg er mette jensen og har et spørgsmål", "da", "mette jensen"),
    ("hi, i am john smith and need help with my order", "en", "john smith"),
    ("hei, jeg er kari.", "nb", "kari"),
])
def test_a_lower_case_name_after_the_writers_verb_of_being(found_ner, text, lang, name):
    assert name in values_of(found_ner, text, lang, "PERSON")


@pytest.mark.parametrize("text, lang", [
    ("jeg er usikker på om dette stemmer", "nb"),
    ("eg er heime no, ring meg", "nb"),
    ("jag är inte nöjd med svaret", "sv"),
    ("hei, jeg er ny her og lurer på noe", "nb"),
    ("jeg er kunde hos dere og er lei meg", "nb"),
    ("hi, i am not sure this works", "en"),
    ("Jeg er Dag 3 på kurset", "nb"),
])
def test_no_name_after_a_verb_of_being_before_words(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []
