"""Round 36E: structured records pasted into tickets (benchmarks/record_probe.py seed 7 worked
on, 8 held out) and the records' leftovers of round 35F. A word in another cell of a tab or
pipe table's row is that cell's, not a value's under a header naming its kind
(``SKU-55407-XL<TAB>…<TAB>912 63 082`` under ``telefonNr``); a camelCase name header
(``customerName``) is a name column; a header row holding a field name glued to digits
(``Sha256``) is still a header for the whole-text gate; a vCard address's town is no person;
a whole quoted literal of an SQL ``INSERT`` with no column list is a field's whole value for a
personnummer. Near misses: the same shapes where the old reading holds."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import context as ctx
from pii_scanner.detect import name_columns, sql_inserts
from pii_scanner.detect import extracted_text

from .generated import valid_mobile, valid_personnummer, values_of

_R = random.Random(3605)


def _grouped(mobile: str) -> str:
    return f"{mobile[:3]} {mobile[3:5]} {mobile[5:]}"


# ------------------------------------------------ 1. a row's other cell says nothing of a value

@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_negative_word_in_another_cell_leaves_the_phone(found, sep):
    mobile = _grouped(valid_mobile(_R))
    text = sep.join(["artikelnr", "fornavn", "telefonNr"]) + "\n" \
        + sep.join(["SKU-55407-XL", "Arne", mobile]) + "\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == [mobile]


def test_a_negative_word_in_the_value_s_own_cell_still_counts(found):
    mobile = _grouped(valid_mobile(_R))
    text = f"artikelnr\tfornavn\ttelefonNr\nSKU-55407-XL\tArne\tsku {mobile}\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == []


@pytest.mark.parametrize("header", ["ordre", "antall"])
def test_a_header_naming_no_phone_keeps_the_row_s_negative_word(found, header):
    mobile = _grouped(valid_mobile(_R))
    text = f"artikelnr\tfornavn\t{header}\nSKU-55407-XL\tArne\t{mobile}\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == []


def test_cell_head():
    assert ctx.cell_head("sku-1\tarne\tx 912", 13) == "x "
    assert ctx.cell_head("a | b | sku 1 | 912", 16) == " "
    assert ctx.cell_head("sku 1, 912 63 082", 7) is None
    assert ctx.cell_head("sku;1;912 63 082", 6) is None


# ------------------------------------------------ 2. a camelCase name header

@pytest.mark.parametrize("header", ["customerName", "contactName", "fullName", "lastName"])
def test_a_camel_case_name_header_is_a_name_column(found, header):
    text = f"orderId | {header} | emailAddress\n17216488 | Ashleigh Cook | a@example.co.uk\n"
    assert values_of(found, text, None, "PERSON") == ["Ashleigh Cook"]


@pytest.mark.parametrize("header", ["productName", "fileName", "userName", "hostName"])
def test_a_camel_case_header_naming_a_thing_is_no_name_column(found, header):
    text = f"orderId | {header} | emailAddress\n17216488 | Ashleigh Cook | a@example.co.uk\n"
    assert values_of(found, text, None, "PERSON") == []


def test_name_column_keys():
    assert name_columns._key("customerName") == "customer_name"
    assert name_columns._key("FirstName") in name_columns.NAME_HEADERS
    assert name_columns._key("productName") == "productname"


# ------------------------------------------------ 3. a header with a field name glued to digits

def test_a_header_row_with_a_digit_glued_to_a_field_name_still_gates(found):
    text = ("Namn\tMobil\tFödelse Datum\tSha256\n"
            "Marjatta Johansson\t076-844 86 43\t24/04/1940\tde44e651478c7b982f0779db86\n")
    assert values_of(found, text, "sv", "DATE_OF_BIRTH") == ["24/04/1940"]


def test_a_header_row_without_a_birth_word_still_leaves_the_date(found):
    text = ("Namn\tMobil\tLeverans Datum\tSha256\n"
            "Marjatta Johansson\t076-844 86 43\t24/04/2024\tde44e651478c7b982f0779db86\n")
    assert values_of(found, text, "sv", "DATE_OF_BIRTH") == []


def test_header_rows_run_together_reads_glued_digits_only():
    assert ctx.header_rows_run_together("a b\tc\tsha256\nx") == "ab\tc\tsha256"
    assert ctx.header_rows_run_together("a b\tc\t12.03.1985\nx") == ""


# ------------------------------------------------ 4. a vCard address's town

def _card(town: str) -> str:
    return ("BEGIN:VCARD\nVERSION:3.0\nN:Johannessen;Robert;;;\nFN:Robert Johannessen\n"
            f"ADR;TYPE=home:;;Mathisenstykket 48C;{town};;6565;Norge\nEND:VCARD\n")


def test_a_vcard_address_s_town_named_like_the_person_is_no_person(found_ner):
    text = _card("Johannessen")
    persons = [(k, v) for k, v in found_ner(text, "nb") if k == "PERSON"]
    assert sorted(v for _, v in persons) == ["Johannessen", "Robert", "Robert Johannessen"]
    town = text.index(";Johannessen;;") + 1
    assert all(text.find(v) != town for _, v in persons)


def test_card_places_reads_only_the_address_s_places():
    text = _card("Hansen")
    assert [text[a:b] for a, b in extracted_text.card_places(text)] == ["Hansen", "Norge"]
    assert extracted_text.card_places(text.replace("BEGIN:VCARD", "BEGIN:CARD")) == []


def test_a_vcard_name_stays_a_name(found):
    text = _card("Oslo")
    assert "Johannessen" in values_of(found, text, "nb", "PERSON")


# ------------------------------------------------ 5. an SQL literal with no column list

def _pnr() -> str:
    while True:
        value = valid_personnummer(_R)
        if not value.startswith("0"):
            return value


@pytest.mark.parametrize("table", ["kunder", "customers", "personer"])
def test_a_personnummer_as_an_sql_literal_with_no_column_list(found, table):
    pnr = _pnr()
    text = f"INSERT INTO {table} VALUES (17, '{pnr}', 'Anna Berg');"
    assert values_of(found, text, None, "SE_PERSONNUMMER") == [pnr]


def test_a_dashed_personnummer_as_an_sql_literal(found):
    pnr = _pnr()
    dashed = pnr[:6] + "-" + pnr[6:]
    text = f"INSERT INTO kunder VALUES ('Anna Berg', '{dashed}'), ('Per Lund', '{_pnr()}');"
    assert dashed in values_of(found, text, None, "SE_PERSONNUMMER")


@pytest.mark.parametrize("shape", [
    "INSERT INTO orders VALUES (17, '{v}', 'Widget');",        # the table names another number
    "INSERT INTO invoices VALUES (17, '{v}', 'Widget');",
    "INSERT INTO ordre_linjer VALUES (17, '{v}', 'Widget');",
    "INSERT INTO kunder VALUES (17, {v}, 'Anna Berg');",      # an integer, no text
    "INSERT INTO kunder VALUES (17, 'nr {v}', 'Anna Berg');",  # no whole literal
    "INSERT INTO kunder (id, ordrenr) VALUES (17, '{v}');",    # a column names it
    "SELECT '{v}' FROM kunder;",
])
def test_sql_literals_that_stay_out(found, shape):
    text = shape.format(v=_pnr())
    assert values_of(found, text, None, "SE_PERSONNUMMER") == []


def test_an_sql_literal_failing_the_luhn_digit_stays_out(found):
    pnr = _pnr()
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)
    text = f"INSERT INTO kunder VALUES (17, '{wrong}', 'Anna Berg');"
    assert values_of(found, text, None, "SE_PERSONNUMMER") == []


def test_unlabelled_table():
    text = "INSERT INTO kund VALUES ('Anna Berg', '8112189876');"
    assert sql_inserts.unlabelled_table(text, 39, 49) == "kund"
    assert sql_inserts.unlabelled_table("INSERT INTO kund (a, b) VALUES ('x', '8112189876');",
                                        39, 49) is None
