"""Round 33A: structured records pasted into tickets (benchmarks/record_probe.py). A field key
or header cell that splits a compound (``fodsels_dato``, ``födelse-datum``, ``Fodelse Datum``,
``Person Nr``) or runs a phrase together (``personalnumber``) names what the compound or phrase
does; a CSV row's quoted field holding the separator is one cell; a pipe table without outer
pipes is a table; an SQL INSERT's column list heads its values; a CSV field after an
international phone number is a field of its own; a name field's key is read at the end of a
long link or log token. Near misses: another column's or another key's values, numbers under
order and record keys. Values are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from stdnum.dk import cpr as std_cpr

from pii_scanner.detect import context as ctx

from .generated import plain_names, valid_fnr, valid_personnummer, values_of

_R = random.Random(3301)


def _date() -> str:
    return f"{_R.randint(1, 28):02d}.{_R.randint(1, 12):02d}.19{_R.randint(40, 99)}"


def _pnr() -> str:
    value = valid_personnummer(_R)
    return value[:6] + "-" + value[6:]


def _cpr() -> str:
    """A dashed CPR number whose digits pass the old mod 11."""
    while True:
        value = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(40, 99)}" \
                f"{_R.randint(0, 3999):04d}"
        if std_cpr.checksum(value) == 0 and std_cpr.is_valid(value):
            return value[:6] + "-" + value[6:]


def _dk_phone() -> str:
    while True:
        value = f"{_R.choice('2345')}{_R.randint(0, 9999999):07d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(value, "DK")):
            return value


def _surname() -> str:
    return plain_names("no_surnames.txt", 1, _R, first=False)[0]


# ------------------------------------------------------------- 1. split compounds in keys

@pytest.mark.parametrize("text", [
    '{{"navn": "Kari Berg", "fodsels_dato": "{d}", "guid": "x"}}',
    "INFO update kunde=42 födelse-datum={d} status=ok",
    "namn: Alva\nfödelse_datum: {d}\nstatus: aktiv",
    "Ref;Kund Namn;Fodelse Datum\n{n};Marko Lind;{d}",
])
def test_a_split_birth_key_labels_a_date(found, text):
    date = _date()
    text = text.format(d=date, n=_R.randint(10000, 99999))
    assert values_of(found, text, None, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize("text", [
    '{{"navn": "Kari Berg", "opprettet_dato": "{d}", "guid": "x"}}',
    "INFO update kunde=42 levering-dato={d} status=ok",
    "Ref;Kund Namn;Order Datum\n{n};Marko Lind;{d}",
    "Ref;Fodelse Datum;Order Datum\n{n};01.01.1970;{d}",  # another column's header
])
def test_other_date_keys_stay_dates(found, text):
    date = _date()
    text = text.format(d=date, n=_R.randint(10000, 99999))
    assert date not in values_of(found, text, None, "DATE_OF_BIRTH")


@pytest.mark.parametrize("key", ["personalnumber", "person_nr"])
def test_a_key_naming_the_personnummer_labels_it(found, key):
    value = _pnr()
    text = f"Uuid,{key},Kund\nx,{value},Anna\n" if " " in key else f"{key}: {value}\nkund: Anna\n"
    assert values_of(found, text, None, "SE_PERSONNUMMER") == [value]


# ------------------------------------------------------------- 2. tables

def test_a_quoted_csv_field_is_one_cell(found):
    dates = [_date(), _date()]
    rows = "\n".join(f'{_R.randint(100, 999)},Kari Berg,"Storgata {i + 1}, 0155 Oslo",{d}'
                     for i, d in enumerate(dates))
    text = f"id,navn,adresse,fødselsdato\n{rows}\n"
    assert values_of(found, text, None, "DATE_OF_BIRTH") == dates


def test_a_quoted_csv_field_moves_no_column(found):
    # the birth column is the last; a quoted comma must not shift a date under it
    date = _date()
    text = f'id,adresse,opprettet,fødselsdato\n7,"Storgata 1, 0155 Oslo",{date},01.02.1980\n'
    assert date not in values_of(found, text, None, "DATE_OF_BIRTH")


def test_a_pipe_table_without_outer_pipes(found):
    values = [_pnr(), _pnr()]
    text = "ordernummer | namn | personnummer | födelsedatum\n" + "\n".join(
        f"{_R.randint(10 ** 7, 10 ** 8)} | Eva Lind | {v} | {_date()}" for v in values)
    assert values_of(found, text, None, "SE_PERSONNUMMER") == values


def test_one_pipe_is_no_table():
    assert ctx.table_separator("Kari Berg | Rådgiver") == ""
    assert ctx.table_separator("Kari Berg | Rådgiver | Firma AS") == "|"


def test_csv_cells():
    assert ctx.separators('a,"b, c",d', ",") == 2
    assert ctx.split_cells('a;"b; c";d', ";") == ["a", '"b; c"', "d"]


# ------------------------------------------------------------- 3. SQL INSERT

def test_an_insert_names_its_values(found):
    fnr, date = valid_fnr(_R), _date()
    text = (f"INSERT INTO kunder (ordre_nr, fornavn, fodselsnummer, fodselsdato) VALUES "
            f"('{_R.randint(10 ** 7, 10 ** 8)}', 'Inger', '{fnr}', '{date}');")
    assert values_of(found, text, None, "NO_FODSELSNUMMER") == [fnr]
    assert values_of(found, text, None, "DATE_OF_BIRTH") == [date]


def test_an_inserts_name_column(found):
    surname = _surname()
    text = f"INSERT INTO kunder (id, etternavn, status) VALUES (12, '{surname}', 'aktiv');"
    assert values_of(found, text, None, "PERSON") == [surname]


def test_an_insert_column_of_other_things(found):
    date = _date()
    text = (f"INSERT INTO ordre (id, produktnavn, levert) VALUES "
            f"(12, 'Sofabord', '{date}');")
    assert values_of(found, text, None, "PERSON") == []
    assert values_of(found, text, None, "DATE_OF_BIRTH") == []


def test_sql_columns():
    from pii_scanner.detect import sql_inserts

    text = "insert into t (navn, fnr) values ('kari', '1'), ('ola', '2');"
    assert sql_inserts.value_column(text, text.index("'2'") + 1) == "fnr"
    assert sql_inserts.value_column("update t set fnr = '1'", 18) is None
    assert [c for _, _, c in sql_inserts.cells(text)] == ["navn", "fnr", "navn", "fnr"]


# ------------------------------------------------------------- 4. a field after a '+' phone

def test_a_csv_field_after_an_international_phone(found):
    phone, cpr = _dk_phone(), _cpr()
    text = f"navn,tlf,cpr\nKari Berg,+45 {phone},{cpr}\n"
    assert values_of(found, text, "da", "PHONE_NUMBER") == [f"+45 {phone}"]
    assert values_of(found, text, "da", "DK_CPR") == [cpr]


def test_a_decimal_after_a_price_stays_out(found):
    assert values_of(found, f"Pris {_R.randint(100, 999)},{_R.randint(10, 99)} kr", "nb",
                     "PHONE_NUMBER") == []


# ------------------------------------------------------------- 5. a key at a long token's end

def test_a_name_key_at_the_end_of_a_long_link(found):
    surname = _surname()
    text = (f"https://crm.example.com/api/customer/update?belob={_R.randint(1000, 9999)}.50"
            f"&ordre={_R.randint(10 ** 6, 10 ** 7)}&etternavn={surname}&status=ok")
    assert values_of(found, text, None, "PERSON") == [surname]


def test_a_long_links_other_keys_name_nobody(found):
    surname = _surname()
    text = (f"https://crm.example.com/api/customer/update?belob={_R.randint(1000, 9999)}.50"
            f"&ordre={_R.randint(10 ** 6, 10 ** 7)}&produkt={surname.lower()}&status=ok")
    assert values_of(found, text, None, "PERSON") == []
