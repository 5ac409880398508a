"""Round 32A: leftovers of the ticket probe (benchmarks/ticket_probe.py). A listed first name
that is a common English word (data/en_word_names.txt, from spacy-lookups-data's word
probabilities) opening an English sentence before a lower-case word that is no subject's verb
is that word ('Grace period ends', 'Frank feedback is welcome', 'Mark the invoice as paid'); such
a name before a place's noun that is no surname is a place ('Rose Garden', 'Ivy League'); an
English weekday alone is the day ('Regards,\\nFriday'). Names stay names with a cue, a verb, a
surname after them ('Frank said', 'Grace Hansen', 'Hi Grace,')."""

from __future__ import annotations

import pytest

from pii_scanner.detect import english_words, gazetteers

from .generated import values_of


# ------------------------------------------------------------- 1. a word opening a sentence

@pytest.mark.parametrize("text", [
    "Hi team,\n\nGrace period ends on 14.06.2025 for the old licences.",
    "Frank feedback from the pilot group is welcome.",
    "Thanks for the update. Mark the invoice 418822931 as paid, please.",
    "The door is broken. Iris scanner at the main entrance is down too.",
    "Status: Hope springs eternal, but the export still fails.",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_an_english_word_opening_a_sentence_is_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,names", [
    ("Hi team,\n\nFrank said the invoice 418822931 is wrong.", ["Frank"]),
    ("Grace Hansen will call you about the invoice.", ["Grace Hansen"]),
    ("Hi Grace,\nthe export works again.", ["Grace"]),
    ("Hi,\n\nGrace will call you about the invoice tomorrow.", ["Grace"]),
    ("Kind regards,\nFrank", ["Frank"]),
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_name_with_a_verb_a_surname_or_a_cue_stays(found_ner, text, names, lang):
    assert values_of(found_ner, text, lang, "PERSON") == names


def test_the_rule_is_english_only(found_ner):
    # in a Norwegian ticket a capitalised first name opening a sentence is read as before
    text = "Hei,\n\nFrank ringte meg i går om fakturaen."
    assert values_of(found_ner, text, "nb", "PERSON") == ["Frank"]


# ------------------------------------------------------------- 2. place phrases, weekdays

@pytest.mark.parametrize("text", [
    "Rose Garden is closed for the season, so the delivery waits.",
    "We moved the meeting. Ivy League pricing is not for us.",
    "The printer at Hope Centre is offline again.",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_place_phrase_is_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,names", [
    ("Contact: Rose Hall, tel. 07911 123456", ["Rose Hall"]),  # Hall is a surname
    ("Kind regards,\nGrace Garden", ["Grace Garden"]),  # signed: a name
])
def test_a_surname_or_a_cue_keeps_a_name(found_ner, text, names):
    assert values_of(found_ner, text, "en", "PERSON") == names


@pytest.mark.parametrize("day", ["Friday", "Monday"])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_weekday_signing_is_no_person(found_ner, day, lang):
    text = f"Thanks for the quick fix.\n\nRegards,\n{day}\n"
    assert values_of(found_ner, text, lang, "PERSON") == []


# ------------------------------------------------------------- 3. the word list

def test_the_word_list_holds_words_not_plain_names():
    words = gazetteers.english_word_names()
    assert {"grace", "frank", "mark", "rose", "hope", "iris"} <= words
    assert not {"john", "kari", "anna", "smith"} & words


def test_the_word_list_is_current():
    pytest.importorskip("spacy_lookups_data")
    assert sorted(gazetteers.english_word_names()) == english_words.from_lexeme_probabilities()


@pytest.mark.parametrize("text,lang", [
    ("Hei Friday,\n\nvi har rettet adressen din.\n\nHilsen\nKundeservice", "nb"),
    ("Hi Friday,\n\nwe have fixed your address.\n\nKind regards,\nSupport", "en"),
    ("Name: Friday\nPhone: 412 34 567", None),
])
def test_a_weekday_greeted_or_labelled_is_a_name(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == ["Friday"]


@pytest.mark.parametrize("text,lang", [
    ("Hi all,\n\nthe release moves to Friday.\n\nKind regards,\nSupport", "en"),
    ("Hei,\n\nvi sees på Friday-møtet.\n\nHilsen\nKundeservice", "nb"),
])
def test_a_weekday_in_prose_stays_no_name(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []
