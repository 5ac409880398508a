"""Round 31E: leftovers of the 31A/31D probes. A language's name (also a people's adjective)
alone is no person ('Nationality: Danish', 'Danish CPR number' in a header); a table's header
cells are labels ('Asiakasnro,HETU,Tila' over a row of values; Finnish 'nro' ends a label);
Finnish first names and surnames (Faker's fi_FI lists) are on the name lists ('Uolevi
Kallio'); in a Danish ticket a CPR with a space for its dash in parentheses after a name is
that person's. Values are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from stdnum.dk import cpr as std_cpr

from pii_scanner.detect import finnish_names, gazetteers, language_names
from pii_scanner.detect.header_cells import header_cell

from .generated import digits, shipped_names, valid_hetu, values_of

_R = random.Random(3105)


# ------------------------------------------------------------- 1. language names

@pytest.mark.parametrize("language", ["Danish", "German", "Irish"])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_nationality_field_is_no_person(found_ner, language, lang):
    text = f"Passport number: 079868307\nName: Sabine Frederiksen\nNationality: {language}"
    got = values_of(found_ner, text, lang, "PERSON")
    assert got == ["Sabine Frederiksen"], got


@pytest.mark.parametrize("lang", ["en", None])
def test_a_language_in_a_header_cell_is_no_person(found_ner, lang):
    text = f"Customer no,Danish CPR number,Status\n{digits(_R, 5)},1707751829,active"
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,name", [
    ("Hi Danish,\nthanks for the call.", "Danish"),  # greeted: a person of that name
    ("Kontaktperson: Shona", "Shona"),  # labelled as a person
    ("Mvh\nGeorgia", "Georgia"),  # signed
])
def test_a_language_named_person_with_a_strong_cue_stays(found_ner, text, name):
    assert values_of(found_ner, text, "en", "PERSON") == [name]


def test_the_language_list_holds_the_nordic_forms():
    names = gazetteers.language_names()
    assert {"danish", "dansk", "danska", "tanska", "tysk", "svensk", "norsk", "engelsk"} <= names
    assert not {"kari", "anna", "per"} & names


def test_the_language_list_is_current():
    if not language_names.ISO_CODES.exists():
        pytest.skip("iso-codes is not installed")
    assert sorted(gazetteers.language_names()) == language_names.from_iso_codes()


# ------------------------------------------------------------- 2. header cells

@pytest.mark.parametrize("text,lang", [
    ("Asiakasnro,HETU,Tila\n77713,120406A125J,aktiivinen", "fi"),
    ("Asiakasnro,HETU,Tila\n77713,120406A125J,aktiivinen", None),
    ("Asiakas,Vuokrasopimus,Tila\n77713,2024-01,aktiivinen", None),
])
def test_header_cells_are_no_person(found_ner, text, lang):
    assert values_of(found_ner, text, lang, "PERSON") == []


@pytest.mark.parametrize("text,cell,expected", [
    ("Asiakas,Tila\n77713,aktiivinen", "Tila", True),
    ("| Lejer | Tila |\n|---|---|\n| 79097 | 25000 |", "Tila", True),
    ("Kundenr\tTila\n12\t14", "Tila", True),
    ("Asiakas,Tila Virtanen\n77713,aktiivinen", "Tila", False),  # part of a cell
    ("Asiakas,Tila\nKari,aktiivinen", "Tila", False),  # no number under it: maybe a data row
    ("Asiakas,Tila\n77713", "Tila", False),  # another number of cells
    ("Tila 77713,aktiivinen\n1,2", "Tila", False),  # a digit in the row
    ("Hei Tila, takk\nfor svaret, 12 kr", "Tila", False),  # prose lines, not a table
])
def test_header_cell(text, cell, expected):
    start = text.index(cell)
    assert header_cell(text, start, start + len(cell)) is expected


def test_names_under_a_header_stay(found):
    text = "Fornavn;Etternavn;Telefon\nKari;Hansen;41234567"
    got = values_of(found, text, "nb", "PERSON")
    assert got and "Kari" in " ".join(got), got


def test_a_curated_first_name_heading_a_roster_column_is_not_cut(found):
    text = "Hei Kari,\nvakter:\nUke;Kari;Ola\n12;08-16;10-18"
    got = values_of(found, text, "nb", "PERSON")
    assert "Kari" in got, got


# ------------------------------------------------------------- 3. Finnish names

def _finnish_only(file_name: str, listed) -> list[str]:
    """Names of a Finnish list that no Norwegian, Swedish or Danish list holds."""
    others: set[str] = set()
    for country in ("no", "se", "dk"):
        others.update(n.lower() for n in shipped_names(f"{country}_{file_name}"))
    return sorted(n for n in shipped_names(f"fi_{file_name}")
                  if n.isalpha() and n.lower() not in others and n.lower() in listed)


_FI_FIRST = _R.sample(_finnish_only("first_names.txt", gazetteers.first_names()), 4)
_FI_LAST = _R.sample([n for n in _finnish_only("surnames.txt", gazetteers.surnames())
                      if not n.lower().endswith(("nen", "la", "lä"))], 4)


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template,lang", [
    ("New hire in Finland: {name}\nPersonal identity code: {id}\nPhone: 040 683 2383", "en"),
    ("Ny anställd i Esbo: {name}, personbeteckning {id}, tel. 040 683 2383", None),
])
def test_a_finnish_name_is_a_person(found, template, lang, case):
    name = f"{_FI_FIRST[case]} {_FI_LAST[case]}"
    text = template.format(name=name, id=valid_hetu(random.Random(case)))
    assert name in values_of(found, text, lang, "PERSON"), found(text, lang)


def test_the_finnish_lists_are_fakers():
    pytest.importorskip("faker")
    first, surnames = finnish_names.from_faker()
    assert shipped_names("fi_first_names.txt") == first
    assert shipped_names("fi_surnames.txt") == surnames


def test_the_finnish_lists_are_attributed():
    attribution = (Path(finnish_names.__file__).parent / "data" / "ATTRIBUTION.md").read_text(
        encoding="utf-8")
    assert "fi_first_names.txt" in attribution and "fi_FI" in attribution


# ------------------------------------------------------------- 4. a spaced CPR after a name

def _spaced_cpr(rng: random.Random) -> str:
    """A valid CPR without the old mod 11 (so no mod 11 alone makes it one), spaced."""
    while True:
        value = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(40, 99)}" \
                f"{rng.randrange(0, 4)}{digits(rng, 3)}"
        if std_cpr.is_valid(value) and std_cpr.checksum(value) != 0:
            return value[:6] + " " + value[6:]


@pytest.mark.parametrize("case", range(4))
def test_a_spaced_cpr_after_a_name_in_a_danish_ticket_is_one(found, case):
    value = _spaced_cpr(random.Random(case))
    text = f"Lejer: Erik Lund ({value}), mobil 31 43 13 63"
    assert values_of(found, text, "da", "DK_CPR") == [value]


@pytest.mark.parametrize("case", range(3))
@pytest.mark.parametrize("template,lang", [
    ("Lejer: Erik Lund ({v}), mobil 31 43 13 63", "nb"),  # a 6+5 fødselsnummer short a digit
    ("Lejer: Erik Lund ({v}), mobil 31 43 13 63", "sv"),
    ("Ring til Erik Lund (tlf. {v})", "da"),  # a phone's word
    ("Ordre ({v}) er sendt", "da"),  # no name before it
])
def test_a_spaced_number_elsewhere_stays_none(found, template, lang, case):
    value = _spaced_cpr(random.Random(case))
    assert values_of(found, template.format(v=value), lang, "DK_CPR") == []
