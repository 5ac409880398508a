"""Round 28: leftovers of the screenshot round 23 probe, as text. A Swedish street whose 'ä'
the writer or the OCR lost ('Granvagen 12, 123 45 Farsta'); a chat app's message headers, where
the speaker and the time close the line and the message stands under it ('Kari Berg 14:03').
Values are generated (seeded draws from the shipped name lists), never corpus strings."""

from __future__ import annotations

import random

import pytest

from .generated import plain_names, values_of

_R = random.Random(2828)
_FIRST = plain_names("no_first_names.txt", 6, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 6, _R, first=False)


# ------------------------------------------------------------ a Swedish street with its 'ä' lost

@pytest.mark.parametrize("street", ["Granvagen 12", "Bjorkvagen 4B", "Drottningholmsvag 14",
                                    "Angsvagen 7 lgh 1102"])
def test_a_swedish_street_without_its_umlaut_keeps_its_postcode_and_town(found, street):
    text = f"Leveransadress: {street}, 123 45 Farsta\nTack!"
    assert f"{street}, 123 45 Farsta" in values_of(found, text, "sv", "STREET_ADDRESS")


@pytest.mark.parametrize("text", ["Mötet är på Vag 5 i morgon.", "Vi kjørte forbi Vagen 3 ganger.",
                                  "Vagnen 12 står på spår 4."])
def test_the_bare_word_vag_is_no_street(found, text):
    assert values_of(found, text, "sv", "STREET_ADDRESS") == []


# ------------------------------------------------------------ a chat app's message headers

def _transcript(name: str, clock: str = "14:{:02d}") -> str:
    return (f"{name} {clock.format(3)}\nHei, jeg får ikke logget inn i appen.\n"
            f"Kundeservice {clock.format(5)}\nHei! Hvilken telefon bruker du?\n"
            f"{name} {clock.format(6)}\nEn gammel Android.\n")


@pytest.mark.parametrize("case", range(6))
def test_a_speaker_closing_a_header_line_with_the_time_is_a_name(found, case):
    name = f"{_FIRST[case]} {_SURNAMES[case]}" if case % 2 else _FIRST[case]
    clock = "14:{:02d}" if case < 4 else "2:{:02d} PM"
    got = values_of(found, _transcript(name, clock), "nb", "PERSON")
    assert got.count(name) == 2, got


@pytest.mark.parametrize("text", [
    "Møte 10:30\nAgenda under.\nLunsj 11:30\nKantina er åpen.",  # a schedule, no speakers
    "Kundeservice 09:12\nHei!\nKundeservice 09:14\nEr du der?",
    "Avgang 14:03\nPerrong 2\nAnkomst 16:40\nOslo S"])
def test_header_lines_of_words_that_are_no_first_names_hold_no_speaker(found, text):
    assert values_of(found, text, "nb", "PERSON") == []


def test_one_line_ending_in_a_time_is_no_transcript():
    """The header form needs two such lines: one line of a word and a time is no chat log."""
    from pii_scanner.detect import name_cues

    name = _FIRST[0]
    one = f"Møtet flyttes til\n{name} 14:03\nfordi rommet er opptatt."
    two = f"{name} 14:03\nHei!\nKundeservice 14:05\nHei, hva gjelder det?"
    assert "chat" not in name_cues.cues(one, one.index(name), one.index(name) + len(name))
    assert "chat" in name_cues.cues(two, 0, len(name))


# ------------------------------------------------------------ a card number in two halves of eight

def _card(rng: random.Random, prefix: str) -> str:
    from stdnum import luhn

    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


@pytest.mark.parametrize("case", range(6))
def test_a_card_number_in_two_halves_of_eight_is_found_by_a_card_word(found, case):
    rng = random.Random(2800 + case)
    number = _card(rng, rng.choice(["4", "51", "55", "2221"]))
    sep = " -"[case % 2]
    half = f"{number[:8]}{sep}{number[8:]}"
    label = ["Kortnummer:", "Visa", "kortnr", "Mastercard", "card no.", "betalkort"][case]
    assert half in values_of(found, f"{label} {half}, utløper 04/27.", "nb", "CREDIT_CARD")


def test_two_halves_of_eight_without_a_card_word_are_no_card(found):
    number = _card(random.Random(2810), "4")
    text = f"Ring {number[:8]} {number[8:]} om du vil."
    assert values_of(found, text, "nb", "CREDIT_CARD") == []


def test_two_halves_of_eight_failing_luhn_are_no_card(found):
    number = _card(random.Random(2811), "4")
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    text = f"Kortnummer: {bad[:8]} {bad[8:]}"
    assert values_of(found, text, "nb", "CREDIT_CARD") == []


# ------------------------------------------------------------ a sheet's formula bar

def _cpr(rng: random.Random) -> str:
    from stdnum.dk import cpr

    while True:
        number = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(40, 100):02d}" \
                 f"{rng.randrange(0, 4)}{rng.randrange(1000):03d}"
        if cpr.is_valid(number):
            return f"{number[:6]}-{number[6:]}"


def _sheet(bar_cell: str, bar_value: str, header: list[str], rows: list[list[str]], letters=True) -> str:
    lines = ["Filer\tHjem\tIndsæt\tSidelayout\tFormler\tData", f"{bar_cell}\tfx\t{bar_value}"]
    if letters:
        lines.append("\t".join("ABCDEF"[:len(header)]))
    lines.append("1\t" + "\t".join(header))
    lines += [f"{i + 2}\t" + "\t".join(r) for i, r in enumerate(rows)]
    return "\n".join(lines) + "\n\nArk1\tArk2"


@pytest.mark.parametrize("case", range(4))
def test_a_value_in_the_formula_bar_is_read_under_its_columns_header(found, case):
    """OCR of a sheet often loses the selected cell (its outline), so the formula bar holds
    the only copy of the value: the name box's column letter names its header ('B5' or 'BS'
    as read: column B)."""
    rng = random.Random(2820 + case)
    number = _cpr(rng)
    header = ["Navn", "CPR-nr.", "Adresse", "Postnr.", "By"]
    rows = [[f"{_FIRST[i]} {_SURNAMES[i]}", _cpr(rng), f"Nørregade {i + 3}", "8000", "Aarhus C"]
            for i in range(3)]
    cell = ["B5", "BS", "B12", "b4"][case]
    text = _sheet(cell, number, header, rows, letters=case % 2 == 0)
    assert number in values_of(found, text, None, "DK_CPR"), text


@pytest.mark.parametrize("column, label", [("F", "Kundenr."), ("A", "Navn")])
def test_a_formula_bar_value_under_another_column_is_no_cpr(found, column, label):
    rng = random.Random(2830)
    number = _cpr(rng)
    header = ["Navn", "CPR-nr.", "Adresse", "Postnr.", "By", "Kundenr."]
    rows = [[f"{_FIRST[i]} {_SURNAMES[i]}", _cpr(rng), f"Nørregade {i + 3}", "8000", "Aarhus C",
             str(rng.randrange(10 ** 5, 10 ** 7))] for i in range(3)]
    text = _sheet(f"{column}3", number, header, rows)
    assert number not in values_of(found, text, None, "DK_CPR"), text


def test_a_formula_bar_without_a_sheet_under_it_gives_no_header():
    from pii_scanner.detect.context import column_header

    text = "B5\tfx\t140385-1726\nHei, dette er bare tekst.\nMvh Kari"
    assert column_header(text.lower(), text.index("140385")) == ""


# ------------------------------------------------------------ a name's cell split by a scan

@pytest.mark.parametrize("case", range(4))
def test_a_payee_split_by_a_scan_into_two_cells_is_one_name(found, case):
    """A bank app's right-aligned payee read with a gap ('Till<TAB>Anna<TAB>Salomonsson'): the
    first name and the listed surname after it are one name when no table of as many columns
    stands around the line."""
    first, surname = _FIRST[case], _SURNAMES[case]
    label = ["Till", "Mottaker:", "Til:", "Betalare:"][case]
    text = f"Betalning\n{label}\t{first}\t{surname}\nBelopp\t1 250,00 kr\nDatum\t2026-11-20"
    assert f"{first}\t{surname}" in values_of(found, text, "sv", "PERSON"), text


def test_first_and_last_name_columns_stay_two_cells(found):
    first, surname = _FIRST[4], _SURNAMES[4]
    text = f"Kunde\tFornavn\tEtternavn\n1\t{first}\t{surname}\n2\t{_FIRST[5]}\t{_SURNAMES[5]}"
    assert f"{first}\t{surname}" not in values_of(found, text, "nb", "PERSON")


# ------------------------------------------------------------ a sheet's ribbon

@pytest.mark.parametrize("ribbon", [
    "Arkiv Start Infoga Sidlayout\tFormler",  # Swedish Excel, as OCR groups it
    "Filer Hjem Indsæt Sidelayout Formler Data Gennemse",
    "Fil Hjem Sett inn Sideoppsett Formler Data Se gjennom Visning Hjelp"])
def test_an_office_ribbons_tab_names_are_no_person(found_ner, ribbon):
    name = f"{_FIRST[1]} {_SURNAMES[1]}"
    text = f"{ribbon}\n\nA3\tfx\t{name}\n\n1\tNamn\tAdress\n2\t{name}\tStorgatan 4"
    got = values_of(found_ner, text, None, "PERSON")
    assert not [v for v in got if any(w in v for w in ("Start", "Hjem", "Sidlayout", "Formler"))], got
    assert name in got


# ------------------------------------------------------------ a value written again

def _pnr(rng: random.Random) -> str:
    from stdnum.se import personnummer

    while True:
        body = f"{rng.randrange(40, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
               f"-{rng.randrange(1000):03d}"
        for check in "0123456789":
            if personnummer.is_valid(body + check):
                return body + check


_FILLER = "Vi har sett på saken og alt ser ut til å være i orden med kontoen din nå. " * 4


@pytest.mark.parametrize("case", range(4))
def test_a_value_found_once_is_found_where_it_is_written_again_alone(found, case):
    """The copy has no label near it (a quoted reply's, a sheet's formula bar as OCR puts it
    at the end), but it is the same number: a redaction must mask both."""
    number = _pnr(random.Random(2840 + case))
    tail = [f"\n\nReferanse\n{number}\n", f"\n\nBlad1\tBlad2\n{number}", f"\n> {number}\n",
            f"\nsom sagt: {number}."][case]
    text = f"Personnummer: {number}\n{_FILLER}{tail}"
    got = found(text, None)
    assert [v for t, v in got if t == "SE_PERSONNUMMER"].count(number) == 2, got


def test_the_copy_names_the_finding_it_repeats_by_offset(detector):
    number = _pnr(random.Random(2850))
    text = f"Personnummer: {number}\n{_FILLER}\nSe {number} over.\n"
    copy = [f for f in detector.analyze(text, None) if f.start == text.rindex(number)]
    assert copy and dict(copy[0].explanation)["repeats_finding_at"] == text.index(number)
    assert number not in repr(copy[0].explanation)


@pytest.mark.parametrize("tail", ["{n}1", "X{n}", "{n}-12", "ordre/{n}", "{n}@firma.no"])
def test_a_copy_inside_a_longer_token_is_none(found, tail):
    number = _pnr(random.Random(2860))
    text = f"Personnummer: {number}\n{_FILLER}\n{tail.format(n=number)}\n"
    assert [v for t, v in found(text, None) if t == "SE_PERSONNUMMER"] == [number]


def test_a_birth_date_is_not_carried_to_another_copy_of_the_date(found):
    text = f"Født: 12.03.1985\n{_FILLER}\nMøtet er flyttet, ny dato 12.03.1985 kl 10."
    assert [v for t, v in found(text, "nb") if t == "DATE_OF_BIRTH"] == ["12.03.1985"]


# ------------------------------------------------------------ 'Surname, First' alone on its line

@pytest.mark.parametrize("case", range(4))
def test_surname_comma_first_name_alone_on_its_line_is_one_name(found, case):
    """A user's display name field as a directory writes it, an attendee list's row (round 27B
    leftover: 'Steinsland, Bertha' alone was two findings)."""
    name = f"{_SURNAMES[case]}, {_FIRST[case]}"
    text = [name, f"Deltakere:\n{name}\n{_SURNAMES[5]}, {_FIRST[5]}", f"> {name}\n", f"{name}."][case]
    assert name in values_of(found, text, None, "PERSON"), text


@pytest.mark.parametrize("text", ["Takk, {f}", "Hei, {f}", "{s}, {f} og Berg", "Oslo, Bergen"])
def test_a_greeting_or_a_list_before_a_first_name_is_no_surname(found, text):
    text = text.format(s=_SURNAMES[0], f=_FIRST[0])
    got = values_of(found, text, None, "PERSON")
    assert not [v for v in got if "," in v], got
