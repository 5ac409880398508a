"""Round 35F: structured records pasted into tickets (benchmarks/record_probe.py, seed 5
worked on, seed 6 held out). A form's ``Label:<TAB>value`` lines are no table (the line above
is another field, not a header); a lower-case kebab-case YAML key is read whole before its
``: `` in the whole-text gate too (``fodelse-datum: …``); a date written with slashes is a CSV
field of its own, so the number after it is no decimal's tail; an article's number is no
card's; a key naming a thing's name (``product_name: Storm``) makes its value no person; a
grouped IBAN is a CSV field of its own; a header row may hold a label numbered at its end
(``Address Line 1``) and rows with quoted commas. Near misses: the same shapes where the old
reading holds."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn
from stdnum.no import kontonr

from pii_scanner.detect import context as ctx
from pii_scanner.detect import name_edges
from pii_scanner.detect.name_fields import thing_key
from pii_scanner.detect.recognizers.boundaries import cell_labels

from .generated import digits, valid_fnr, valid_mobile, values_of

_R = random.Random(3506)


def _kontonr() -> str:
    while True:
        value = str(_R.randint(1, 9)) + digits(_R, 10)
        if kontonr.is_valid(value) and not value.startswith("0000"):
            return value


def _card() -> str:
    """A 13-digit Visa-shaped number with a valid Luhn digit."""
    body = "4" + digits(_R, 11)
    return body + luhn.calc_check_digit(body)


def _grouped(mobile: str) -> str:
    return f"{mobile[:3]} {mobile[3:5]} {mobile[5:]}"


# ------------------------------------------------------------- 1. a form is no table

@pytest.mark.parametrize("lang", [None, "nb"])
def test_a_form_field_under_another_field_is_no_table_cell(found, lang):
    mobile = _grouped(valid_mobile(_R))
    text = f"Article No:\tSKU-15373-XL\nMobil:\t{mobile}\nApp Version:\t2.28.0\n"
    assert values_of(found, text, lang, "PHONE_NUMBER") == [mobile]


def test_a_table_cell_keeps_its_header(found):
    mobile = _grouped(valid_mobile(_R))
    text = f"SKU\tAntall\nSKU-15373-XL\t3\n{mobile}\t4\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == []


def test_column_header_of_a_form_line():
    assert ctx.column_header("navn:\tkari\nfødt:\t1.2.1980", 17) == ""
    assert ctx.column_header("navn\tfødt\nkari\t1.2.1980", 15) == "født"


def test_cell_labels_of_a_form_line_is_its_own_label():
    assert cell_labels("navn:\tkari\nfødt:\t1.2.1980", 17) == "født:\n"
    assert cell_labels("født: 1.2.1980", 6) is None


def test_a_birth_word_on_the_form_line_above_labels_no_date(found):
    text = "Født:\t12.03.1985\nStartdato:\t01.02.2020\n"
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == ["12.03.1985"]


# ------------------------------------------------------------- 2. keys and fields

@pytest.mark.parametrize("key", ["fodelse-datum", "födelse-datum"])
def test_a_kebab_case_yaml_key_names_a_birth_date(found, key):
    text = f"kund:\n  hash: 94e9048775ff\n  {key}: '1968-10-23'\n  amount: 21885.39\n"
    assert values_of(found, text, None, "DATE_OF_BIRTH") == ["1968-10-23"]


def test_a_kebab_case_yaml_key_of_another_date(found):
    text = "kund:\n  hash: 94e9048775ff\n  updated-datum: '1968-10-23'\n"
    assert values_of(found, text, None, "DATE_OF_BIRTH") == []


def test_split_words_reads_a_kebab_key_before_its_colon():
    assert ctx.split_words("fodelse-datum: 1") == "fodelsedatum:"
    assert ctx.split_words("se e-post i dag") == ""  # (prose: no key)


def test_a_number_after_a_slashed_date_field(found):
    account, fnr = _kontonr(), valid_fnr(_R)
    text = ("fornavn,etternavn,fnr,født,kontonr,versjon\n"
            f"Line,Berg,{fnr},12/05/1967,{account},4.11.9\n")
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == [account]


def test_a_decimal_after_a_fraction_stays_a_decimal(found):
    text = f"Rabatt 1/2,{_kontonr()} av prisen"
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == []


def test_an_article_number_column_holds_no_card(found):
    text = ("sessionid\tfornavn\tarticleno\tbelop\n"
            f"46edb539\tInga\t{_card()}\t28787.37\n")
    assert values_of(found, text, None, "CREDIT_CARD") == []


def test_a_card_column_keeps_its_card(found):
    card = _card()
    text = f"sessionid\tfornavn\tkortnummer\tbelop\n46edb539\tInga\t{card}\t28787.37\n"
    assert values_of(found, text, None, "CREDIT_CARD") == [card]


# ------------------------------------------------------------- 3. names of things

@pytest.mark.parametrize("text", ["id: 4\nproduct_name: Storm\nstatus: aktiv",
                                  "Product Name: Storm\nAntall: 2",
                                  'order:\n  produktnavn: "Storm"\n  antall: 2'])
def test_a_things_name_key_makes_no_name(found_ner, text):
    assert values_of(found_ner, text, "nb", "PERSON") == []


@pytest.mark.parametrize("text,name", [("id: 4\ncustomer_name: Storm\nstatus: aktiv", "Storm"),
                                       ("Name: Storm\nAntall: 2", "Storm"),
                                       ("project_manager: Kari Nordmann\n", "Kari Nordmann")])
def test_a_persons_key_keeps_the_name(found_ner, text, name):
    assert values_of(found_ner, text, "nb", "PERSON") == [name]


def test_thing_key():
    assert thing_key("product_name: Storm", 14) and thing_key("Firmanavn:\tStorm", 11)
    assert not thing_key("username: Storm", 10) and not thing_key("organizer: Storm", 11)
    assert not thing_key("Kunde: Storm", 7) and not thing_key("by: Storm", 4)


# ------------------------------------------------------------- 4. fields of a CSV export

def test_a_number_after_a_grouped_iban_field(found):
    mobile = "58 43 93 09"  # a Danish number in pairs, as the export writes it
    text = ("amount,navn,mail,bankAccount,tlf,orderNumber\n"
            f"11276.22,Klara Berg,klara@post.dk,DK26 6974 9309 3198 48,{mobile},44420420\n")
    assert values_of(found, text, "da", "PHONE_NUMBER") == [mobile]


def test_a_decimal_after_a_spaced_amount_stays_a_decimal(found):
    text = "Beløbet er DK 12 50,58439309 kr"
    assert values_of(found, text, "da", "PHONE_NUMBER") == []


def test_a_header_row_with_a_numbered_cell_names_no_one(found_ner):
    text = ("Payload from the webhook:\n"
            "Belob,Given Name,Fnr,Surname,Phone Number,Address Line 1,Birthday\n"
            f'39737.32,Bjørg,{valid_fnr(_R)},Nilsen,+47 47603154,"Antonsenløkka 8, 8930 Stineås",'
            "03/04/1954\n")
    people = values_of(found_ner, text, "en", "PERSON")
    assert "Given Name" not in people and "Line" not in people
    assert "Bjørg" in people and "Nilsen" in people


def test_a_numbered_word_of_a_header_cell_not_of_a_row():
    header = "Navn,Address Line 1,Tlf\nKari Berg,Storgata 5,41234567\n"
    assert name_edges.numbered_word(header, 13, 17, False)
    row = "Kontakt,Tlf\nLine 2,41234567\n"
    assert not name_edges.numbered_word(row, 12, 16, False)
