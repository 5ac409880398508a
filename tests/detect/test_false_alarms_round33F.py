"""Round 33F: false alarms the ticket probe's mail threads left (benchmarks/ticket_probe.py
--threads). A number right after a case's, a ticket's or an order's word is that thing's number,
no phone, as a reply's subject line names it ('Subject: RE: Case 61342395', 'Emne: SV: Sag …',
'Ämne: SV: Ärende …'); a first name that is a common English word before a frequent English
word no list holds as a name is a Title Case plan's or product's name ('Grace Period', 'Summer
Release'); a town's line right under an English street's line is the address's post town
('12 Baker Street' / 'London'). Near misses: a phone after a case handler's or a contact's
word, 'Grace Hansen', 'Will Bird from accounts asked', a greeted phrase, a full name under a
street."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import english_words, gazetteers

from .generated import valid_mobile, values_of

_RNG = random.Random(3303)
#: a valid Norwegian mobile number, generated (an eight-digit number as a case's reads too)
NO_MOBILE = valid_mobile(_RNG, "NO")


# ------------------------------------------------------------- 1. a case's number in a subject

@pytest.mark.parametrize("text,lang", [
    ("From: Joan Wilson <joan.wilson@example.co.uk>\nSubject: RE: Case {n}\n\n"
     "Contact list for the new office follows.", "en"),
    ("Fra: Kari Berg <kari.berg@example.no>\nEmne: SV: Sak {n}\n\n> Kontaktliste for avdelingen",
     "nb"),
    ("Subject: Fwd: Case {n}\n\nPlease contact the customer back.", "en"),
    ("Fra: Lise Holm <lise.holm@example.dk>\nEmne: SV: Sag {n}\n\nHej,\nring venligst tilbage.",
     "da"),
])
@pytest.mark.parametrize("lang_given", [True, False])
def test_a_number_after_a_case_word_is_no_phone(found, text, lang, lang_given):
    assert values_of(found, text.format(n=NO_MOBILE), lang if lang_given else None,
                     "PHONE_NUMBER") == []


@pytest.mark.parametrize("text,lang", [
    ("Subject: RE: Case about my number\n\nSaksbehandler {n}", "nb"),
    ("Emne: SV: Sak om mobil\n\nKontakt: {n}", "nb"),
    ("Subject: RE: Case closed\n\nPlease call me on {n}.", "en"),
    ("Emne: SV: Sak\n\nRing meg på {n}", "nb"),
])
def test_a_phone_near_a_case_word_stays(found, text, lang):
    assert values_of(found, text.format(n=NO_MOBILE), lang, "PHONE_NUMBER") == [NO_MOBILE]


# ------------------------------------------------------------- 2. a Title Case plan or product

@pytest.mark.parametrize("text", [
    "Hi Anna,\n\nThe Grace Period for your plan ends on Friday.\n\nBest regards,\nTom Berg",
    "Hello,\n\nWe are preparing the Summer Release for next month.\n\nKind regards,\nSupport",
    "Grace Period\nYour plan has a grace period of 14 days.",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_title_case_phrase_is_no_person(found_ner, text, lang):
    assert [v for v in values_of(found_ner, text, lang, "PERSON")
            if v not in ("Anna", "Tom Berg")] == []


@pytest.mark.parametrize("text,names", [
    ("Hi,\n\nGrace Hansen called about the invoice.\n\nThanks", ["Grace Hansen"]),
    ("Will Bird from accounts asked me to chase this.", ["Will Bird"]),
    ("Dear Grace Period,\nthanks for the feedback.", ["Grace Period"]),
])
def test_a_name_or_a_greeted_phrase_stays(found_ner, text, names):
    assert values_of(found_ner, text, "en", "PERSON") == names


def test_the_common_word_list_holds_words_not_names():
    words = gazetteers.english_common_words()
    assert {"period", "release", "update"} <= words
    assert not {"hansen", "baker", "smith", "grace", "london"} & words
    assert english_words.title_phrase(["grace", "period"])
    assert not english_words.title_phrase(["grace", "hansen"])
    assert not english_words.title_phrase(["will", "bird"])


def test_the_common_word_list_is_current():
    pytest.importorskip("spacy_lookups_data")
    assert sorted(gazetteers.english_common_words()) \
        == english_words.common_from_lexeme_probabilities()


# ------------------------------------------------------------- 3. a post town under its street

@pytest.mark.parametrize("text", [
    "Hi,\nPlease send it to:\n12 Baker Street\nLondon\nSW1A 1AA\n\nThanks",
    "Ship to:\nAnna Berg\n25 Butler Close\nLondon\nE1 6AN",
    "> Flat 2, 25 Butler Close\n> London\n> E1 6AN",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_town_under_a_street_is_no_person(found_ner, text, lang):
    assert [v for v in values_of(found_ner, text, lang, "PERSON") if v != "Anna Berg"] == []


@pytest.mark.parametrize("text,names", [
    ("Ship to:\n25 Butler Close\nAnna Berg\nThanks", ["Anna Berg"]),
    ("Baker Street is closed.\nLondon\nThanks", []),
    ("Address: 12 Baker Street\nHi Grace,\nthanks", ["Grace"]),
])
def test_a_name_under_a_street_stays(found_ner, text, names):
    assert [v for v in values_of(found_ner, text, "en", "PERSON") if v != "London"] == names
