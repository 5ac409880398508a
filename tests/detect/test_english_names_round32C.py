"""Round 32C: leftovers of the ticket probe in English text (benchmarks/ticket_probe.py). A
first name that is a common English word and an unlisted surname where a person stands are one
full name ('Will Bird from accounts asked ...'); an '-s' word after such a first name is a
plural noun only before a plural verb ('Grace notes in the manual are wrong'; 'Grace notes
that ...' stays a name); the model's one-word span before a place's noun is the place ('Rose
Street office'); the words after a UK postcode on its line are its post town; a street's name
may hold an apostrophe's capital ("104 O'Brien Avenue"); a British mobile spaced as the British
write it is a contact row's phone with no language hint ('07949 489264')."""

from __future__ import annotations

import pytest

from pii_scanner.detect import english_words

from .generated import values_of


# ------------------------------------------------------------- 1. a full name of words

@pytest.mark.parametrize("text,names", [
    ("Hello,\n\nWill Bird from accounts asked me to chase this.", ["Will Bird"]),
    ("Hello,\n\nMay Mann from accounts asked me to chase this.", ["May Mann"]),
    ("Hello,\n\nWill Bird asked me to chase this invoice.", ["Will Bird"]),
    ("Hello,\n\nMay Mann in finance confirmed the refund.", ["May Mann"]),
    ("Thanks for the reply. Hope Dunn from the helpdesk called me.", ["Hope Dunn"]),
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_word_first_name_and_an_unlisted_surname_where_a_person_stands(found_ner, text,
                                                                         names, lang):
    assert values_of(found_ner, text, lang, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Hello,\n\nMay Update is out now.",
    "Hello,\n\nWill Power matters here.",
    "Hello,\n\nRose Garden from the city called.",
    "Hello,\n\nHope Street from the station is closed.",
    "Hello,\n\nMay Sale from the shop ends on Friday.",
    "Hello,\n\nWill do. May I ask for an update?",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_word_first_name_before_a_thing_stays_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


def test_the_pair_needs_a_persons_place():
    text = "Hello,\n\nWill Bird from accounts asked me."
    second = (text.index("Bird"), text.index("Bird") + 4)
    assert english_words.full_name_pair(text, ["will", "bird"], text.index("Will"), second)
    other = "Hello,\n\nWill Bird from the shop is closed."
    assert not english_words.full_name_pair(other, ["will", "bird"], other.index("Will"),
                                            (other.index("Bird"), other.index("Bird") + 4))
    inside = "I think Will Bird from accounts asked me."  # (no sentence's or line's start)
    assert not english_words.full_name_pair(inside, ["will", "bird"], inside.index("Will"),
                                            (inside.index("Bird"), inside.index("Bird") + 4))


# ------------------------------------------------------------- 2. '-s' words: noun or verb

@pytest.mark.parametrize("text", [
    "Hi team,\n\nGrace notes in the manual are wrong.",
    "Hi team,\n\nGrace notes are wrong in chapter 4.",
    "Thanks. Frank talks with the vendor were useful.",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_plural_noun_before_its_verb_is_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,names", [
    ("Hi team,\n\nGrace notes that the manual is wrong.", ["Grace"]),
    ("Hi team,\n\nGrace says the manual is wrong.", ["Grace"]),
])
def test_a_verb_before_its_clause_keeps_the_name(found_ner, text, names):
    assert values_of(found_ner, text, "en", "PERSON") == names


def test_plural_subject_reads_the_clause():
    assert english_words.plural_subject("notes are wrong", 5)
    assert english_words.plural_subject("notes in the manual are wrong", 5)
    assert not english_words.plural_subject("notes that the docs are wrong", 5)
    assert not english_words.plural_subject("works in the team that are moving", 5)
    assert not english_words.plural_subject("works in finance.", 5)


# ------------------------------------------------------------- 3. places

@pytest.mark.parametrize("text", [
    "Hi team,\n\nThe lift is broken. Rose Street office is moving.",
    "Hi team,\n\nGrace notes are wrong. Rose Street office is moving.",
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_word_name_before_a_place_noun_is_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,names", [
    ("Ship to:\nNaomi Morgan\n93 Curtis Road\nE95 1DG East Andrea\n\nOrder 4290846", ["Naomi Morgan"]),
    ("Ship to:\nKate Hansen\n12 Main Road\nSO15 5AA Shirley\n", ["Kate Hansen"]),
    # a name on the line after the postcode stays a name
    ("Address:\n12 Main Road\nE95 1DG\nAndrea Smith", ["Andrea Smith"]),
])
def test_the_words_after_a_uk_postcode_are_its_town(found_ner, text, names):
    assert values_of(found_ner, text, "en", "PERSON") == names


@pytest.mark.parametrize("text,streets", [
    ("Please update my address to 104 O'Brien Avenue, S3 1PB. Thanks, Katie Davies",
     ["104 O'Brien Avenue, S3 1PB"]),
    ("New address: 7 D'Arcy Road, Leeds LS1 4AB", ["7 D'Arcy Road, Leeds LS1 4AB"]),
    # no street: no type after the name
    ("Hello,\n\nRose O'Brien from accounts has 104 invoices open.", []),
])
def test_an_irish_name_in_a_street(found, text, streets):
    assert values_of(found, text, "en", "STREET_ADDRESS") == streets


# ------------------------------------------------------------- 4. a British mobile in a row

ROWS = ("Contact list for the new office:\n"
        "Clive Williams | +44 7571 678920 | clive.williams@example.co.uk\n"
        "Carolyn Wood  +44 7735 614247  carolyn.wood@example.co.uk\n"
        "Martyn Kelly  {phone}  martyn.kelly@example.co.uk\n")


@pytest.mark.parametrize("phone", ["07949 489264", "07949 489 264", "07949489264"])
def test_a_spaced_british_mobile_in_a_row_with_no_hint(found, phone):
    assert phone in values_of(found, ROWS.format(phone=phone), None, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "Martyn Kelly  07949 489264  1 299,00 kr\n",   # an amount in the row: a ledger
    "Invoice 07949 489264 is still open.",          # no row
    # another number's label over the list
    "Membership numbers:\nMartyn Kelly  07949 489264  martyn.kelly@example.co.uk\n",
])
def test_no_british_mobile_outside_a_contact_row(found, text):
    assert values_of(found, text, None, "PHONE_NUMBER") == []


def test_a_norwegian_row_is_read_as_before(found):
    text = "Kontaktliste:\nKari Nordmann\t41234567\tkari@firma.no\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == ["41234567"]


# ------------------------------------------------------------- 5. Nordic names that are words

@pytest.mark.parametrize("text,names", [
    ("Hei,\n\nSol Mann fra regnskap ringte i går.", ["Sol Mann"]),
    ("Hei,\n\nLiv Berg sa at fakturaen er feil.", ["Liv Berg"]),
])
def test_nordic_word_names_are_unaffected(found_ner, text, names):
    assert values_of(found_ner, text, "nb", "PERSON") == names


def test_a_post_town_is_no_mention_of_a_name_found_elsewhere(found_ner):
    text = ("Hi,\n\nAddress: Flat 60G\nClifford Rue, W68 8XW Lake Linda.\nPlease update it.\n\n"
            "Kind regards,\nLinda Arnesen\n")
    assert values_of(found_ner, text, "en", "PERSON") == ["Linda Arnesen"]
