"""Round 33D: names of the ticket probe's English leftovers (benchmarks/ticket_probe.py).

A sign-off that opens a sentence and closes its line after another sentence (``I need to
update my details. Kind regards,`` / ``June Baker``) signs the name alone on the line below, as
a sign-off alone on its line does. A name alone on its line right under a party's or an
address's block label alone on its line (``Ship to:`` / ``Ashleigh Abbott`` / ``25 Butler
Close``), with a line holding a number (the street's, the postcode's) right below it, is the
label's value. A first name that is a common English word before a capitalised word that is
also such a name (``May Baker``, ``May Young``: a listed first name, an English surname) is a
full name where a person stands, as one before an unlisted surname is (round 32C)."""

from __future__ import annotations

import pytest

from .generated import values_of


# ---------------------------------------------- 1. a sign-off closing a line after a sentence

@pytest.mark.parametrize("text,names", [
    ("Hi,\nI need to update my details. Kind regards,\nJune Baker", ["June Baker"]),
    ("Hi,\nThe invoice is wrong again. Best regards,\nAshleigh Abbott", ["Ashleigh Abbott"]),
    ("Hei,\nJeg må oppdatere opplysningene mine. Med vennlig hilsen\nMay Baker", ["May Baker"]),
])
@pytest.mark.parametrize("lang", [None, "en"])
def test_a_signoff_after_a_sentence_signs_the_line_below(found_ner, text, names, lang):
    assert values_of(found_ner, text, lang, "PERSON") == names


@pytest.mark.parametrize("text", [
    # more words after the sign-off on its line, or the line below is no name alone
    "Hi,\nThe export works again. Thanks to the team\nGrace period ends on 12.03.2025.",
    "Hi,\nAll good now. Thanks,\nMonday",
    "Hi,\nAll good now. Thanks,\nJune 2024 invoices are attached.",
    "Hi,\nIt works. Thanks for the fix\nMay Update is out now.",
])
def test_near_misses_of_a_signoff_after_a_sentence(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []


# ------------------------------------------------- 2. a name line under a block's label line

@pytest.mark.parametrize("text,names", [
    ("Ship to:\nAshleigh Abbott\n25 Butler Close\nL7 8YD Danielville\n", ["Ashleigh Abbott"]),
    ("Bill to:\nAshleigh Abbott\n7 Hill Road\nSW1A 1AA Westminster\n", ["Ashleigh Abbott"]),
    ("Delivery address:\nJune Baker\n25 Butler Close\nL7 8YD Danielville\n", ["June Baker"]),
])
@pytest.mark.parametrize("lang", [None, "en"])
def test_a_name_under_a_block_label_line(found_ner, text, names, lang):
    assert values_of(found_ner, text, lang, "PERSON") == names


@pytest.mark.parametrize("text", [
    # no number below (no address block), a firm's or an office's line, a label that is no
    # party's or address's
    "Ship to:\nAshleigh Abbott\n",
    "Ship to:\nHead Office\n25 Butler Close\nL7 8YD Danielville\n",
    "Ship to:\nNorth Warehouse Ltd\n25 Butler Close\n",
    "Status:\nAwaiting Pickup\n25 parcels\n",
])
def test_near_misses_of_a_name_under_a_block_label(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []


# ------------------------------------------------- 3. a word first name and a word surname

@pytest.mark.parametrize("text,names", [
    ("Hello,\n\nMay Baker from accounts asked me to chase this.", ["May Baker"]),
    ("Hello,\n\nMay Young from accounts asked me to chase this.", ["May Young"]),
    ("Hello,\n\nWill Young called about the invoice.", ["Will Young"]),
])
@pytest.mark.parametrize("lang", [None, "en"])
def test_a_word_first_name_and_a_word_surname_where_a_person_stands(found_ner, text, names,
                                                                     lang):
    assert values_of(found_ner, text, lang, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Hello,\n\nMay Sale from the shop ends on Friday.",
    "Hello,\n\nMay Young people apply?",
    "Hello,\n\nWill Baker deliver on Monday?",
    "Hello,\n\nWill Young drivers pay more?",
])
def test_near_misses_of_a_word_surname(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []
