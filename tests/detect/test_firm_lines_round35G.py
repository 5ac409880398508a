"""Round 35G (screenshots, false alarms of PERSON): a firm's line made of surnames.

Two surnames joined by a hyphen with no first name, alone on their line or cell, are a firm
('Ruud-Arnesen' under 'Organisasjon', under a parcel label's 'FRA / FROM:', a signature's firm
line), unless a cue names a person there (a greeting, a name label, a name column); a list of
surnames joined by commas and 'og' that opens with a surname that is no first name is a firm
with more first names in it ('Myklebust, Lien og Ali'), a surname twice counts once ('Aune,
Haugland og Aune'), and a surname read without its Nordic
letter counts ('Jorgensen'); a surname repeated from a person found in full is no mention of
them before another name and a company form ('Abrahamsson Karlsson AB'); a tab-split header
row is a header over a row with fewer cells (OCR writes no tab for an empty cell); 'Hansen,
Kari' alone in a label's tab cell is one name. Names come from the shipped lists."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers

from .generated import plain_names, valid_fnr, valid_mobile, values_of

_R = random.Random(3507)
#: surnames that are no first names
_SURNAMES = plain_names("no_surnames.txt", 6, _R, first=False)
_FIRST = plain_names("no_first_names.txt", 3, _R, first=True)
_PAIRS = [f"{a}-{b}" for a, b in zip(_SURNAMES[:3], _SURNAMES[3:])]


@pytest.mark.parametrize("pair", _PAIRS)
def test_a_hyphenated_surname_pair_alone_under_an_organisation_label_is_a_firm(found_ner, pair):
    text = f"E-post\nkundeservice@firma.no\n\nOrganisasjon\n{pair}\n\nTelefon\n{valid_mobile(_R)}\n"
    assert pair not in values_of(found_ner, text, None, "PERSON")


@pytest.mark.parametrize("pair", _PAIRS)
def test_a_hyphenated_surname_pair_as_a_sender_or_a_signature_line_is_a_firm(found_ner, pair):
    label = f"FRA / FROM:\n{pair}\nStorgata 12, 0155 Oslo\n\nTIL / TO:\n{_FIRST[0]} {_SURNAMES[0]}\n"
    assert pair not in values_of(found_ner, label, None, "PERSON")
    signature = f"Mvh\n\n{_FIRST[1]} {_SURNAMES[1]}\nKonsulent\nM: {valid_mobile(_R)}\n{pair}\n"
    people = values_of(found_ner, signature, None, "PERSON")
    assert f"{_FIRST[1]} {_SURNAMES[1]}" in people
    assert pair not in people
    assert pair not in values_of(found_ner, f"{pair}\n\nTimebekreftelse\n\n{_FIRST[2]} {_SURNAMES[2]}",
                                 None, "PERSON")


@pytest.mark.parametrize("pair", _PAIRS)
def test_a_hyphenated_surname_stays_a_name_where_a_cue_names_a_person(found_ner, pair):
    first = _FIRST[0]
    assert f"{first} {pair}" in values_of(found_ner, f"Mvh\n{first} {pair}", None, "PERSON")
    assert pair in values_of(found_ner, f"Hei {pair},\ntakk for svaret.", None, "PERSON")
    assert pair in values_of(found_ner, f"Etternavn\n{pair}\n", None, "PERSON")
    assert pair in values_of(found_ner, f"Navn:\n{pair}\n", None, "PERSON")
    assert pair in values_of(found_ner, f"Fornavn;Etternavn\n{first};{pair}\n", None, "PERSON")


def test_partner_pairs_leave_double_first_names_and_runs_in_a_line():
    from pii_scanner.detect.firm_names import partner_pairs

    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    assert "aune" in first and "aune" in surnames  # (a first name too: one part may be)
    text = "Anne-Marie\nBjørn-Stein\nKari Hansen-Berg\nHansen-Berg kommer\nAune-Kristensen\n"
    assert [text[a:b] for a, b in partner_pairs(text)] == ["Aune-Kristensen"]


@pytest.mark.parametrize("text, firms", [
    ("\tMyklebust, Lien og Ali\tLØNNSSLIPP\n", ["Myklebust, Lien og Ali"]),
    ("FRA/ FROM:\nSivertsen, Jorgensen og Lunde\nStrandstien 94", ["Sivertsen, Jorgensen og Lunde"]),
    ("Aune, Haugland og Aune\tFakturanr: 96327\n", ["Aune, Haugland og Aune"]),
    ("Hilsen Kari, Ola og Per", []),
    ("Hansen, Kari og Ola kommer", []),  # ('Ola' is no surname)
    ("Kari, Lien og Ali", []),  # (opens with a first name: people)
])
def test_firm_lists_opening_with_a_surname_and_surnames_without_their_nordic_letter(text, firms):
    from pii_scanner.detect.firm_names import firm_spans

    assert [text[a:b] for a, b in firm_spans(text)] == firms


def test_a_surname_repeated_in_a_firm_with_a_company_form_is_no_mention(found_ner):
    first, surname, other = _FIRST[0], _SURNAMES[0], _SURNAMES[1]
    text = f"{surname} {other} AB\tLÖNESPECIFIKATION\n{first} {surname}\tAnst.nr\t74396\n"
    people = values_of(found_ner, text, None, "PERSON")
    assert people == [f"{first} {surname}"]
    # (the mention stays where the name is repeated alone)
    text = f"Hilsen\n{first} {surname}\n\nPS: {surname} ringer i morgen."
    assert values_of(found_ner, text, None, "PERSON").count(surname) == 1


def test_a_header_row_over_a_row_with_fewer_cells(found_ner):
    text = "Art\tBenämning\tAntal\tA-pris\tBelopp\n011\tMånadslön\t55 546,00\n"
    assert "Art" not in values_of(found_ner, text, None, "PERSON")
    # (a name on a row of its own under no header stays)
    text = f"Saksbehandler\n{_FIRST[1]} {_SURNAMES[2]}\tTelefon\n{valid_mobile(_R)}\n"
    assert f"{_FIRST[1]} {_SURNAMES[2]}" in values_of(found_ner, text, None, "PERSON")


def test_surname_first_in_a_label_cell_is_one_name(found_ner):
    first, surname = "Marianne", _SURNAMES[4]
    text = f"\t\tNavn\t{surname}, {first}\n\t\tFødselsnummer\t{valid_fnr(_R)}\n"
    assert values_of(found_ner, text, None, "PERSON") == [f"{surname}, {first}"]
