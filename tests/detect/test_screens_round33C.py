"""Round 33C (screenshots, the round 33 layouts): a birth date printed with spaces as identity
documents print it (``25 06 1953``) under its label; a mail client's ``<address>`` that the
engine cut at its ``@`` or read with ``QG`` for it; a statement's ``Saldo`` and a mailbox
named ``Post`` are no persons. Values are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from pii_scanner.extract.ocr import OcrWord
from pii_scanner.extract.ocr_repair import fix_at, repair

from .generated import valid_fnr, values_of

_R = random.Random(3303)
_BORN = [date(1940, 1, 1) + timedelta(days=_R.randrange(365 * 60)) for _ in range(3)]


@pytest.mark.parametrize("born", _BORN)
@pytest.mark.parametrize("label", ["Fødselsdato/Date of birth\n", "Födelsedatum/Date of birth\n",
                                   "Date of birth: ", "Født "])
def test_a_spaced_birth_date_under_its_label(found, label, born):
    text = f"NORGE  NASJONALT ID-KORT\n{label}{born:%d %m %Y}\nFødselsnummer\n{valid_fnr(_R)}"
    assert f"{born:%d %m %Y}" in values_of(found, text, "nb", "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Utløpsdato/Date of expiry\n16 01 2035",        # no birth word
    "Født: 25 06 1953 12",                          # a digit group goes on
    "Født: tlf 12 25 06 1953",                      # a digit group before it
    "Fødselsdato: 25 06 19 53",                     # a phone's groups, no four-digit year
])
def test_spaced_dates_that_are_no_birth_date(found, text):
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == []


def _words(*texts: str) -> list[OcrWord]:
    out, x = [], 0
    for t in texts:
        out.append(OcrWord(t, (x, 0, x + 8 * len(t), 12), 90, (1,)))
        x += 8 * len(t) + 6
    return out


def test_an_address_in_angle_brackets_cut_at_its_at():
    assert [w.text for w in repair(_words("Marie", "Berg", "<marie.berg30", "@telia.se>"))] == \
        ["Marie", "Berg", "<marie.berg30@telia.se>"]
    assert [w.text for w in repair(_words("(kari.berg", "@online.no)"))] == ["(kari.berg@online.no)"]


def test_words_before_an_at_that_stay_apart():
    # a comma after the domain without an opening bracket: as before, no join
    assert [w.text for w in repair(_words("kari", "@telia.se,"))] == ["kari", "@telia.se,"]
    # a bracket that closes no address
    assert [w.text for w in repair(_words("<b>", "kari"))] == ["<b>", "kari"]


def test_qg_read_for_the_at_inside_an_address():
    assert fix_at("<laila.eliassen78QGgmail.com>") == "<laila.eliassen78@gmail.com>"
    assert fix_at("kari.bergQGonline.no") == "kari.berg@online.no"
    assert fix_at("QGgmail.com") == "QGgmail.com"          # no local part
    assert fix_at("kari.bergQGOnline") == "kari.bergQGOnline"  # no domain


def test_a_statement_balance_and_a_mailbox_are_no_persons(found_ner):
    text = ("Kontoutskrift\nKari Nordmann\tKontonummer\nDato\tForklaring\tBeløp\n"
            "15.02\tVinmonopolet 231\t-5 970,56\n\tSaldo\t167 254,38")
    assert "Saldo" not in values_of(found_ner, text, "nb", "PERSON")
    mail = "Marie Berg <marie.berg30@telia.se>\nSent: 1 March 2026 14:07\nTo: Post\n\nHi"
    assert "Post" not in values_of(found_ner, mail, "en", "PERSON")
    assert "Marie Berg" in values_of(found_ner, mail, "en", "PERSON")
    # a name in the same place stays a name
    assert "Kari" in values_of(found_ner, "Til: Kari\nFra: Post", "nb", "PERSON")


@pytest.mark.parametrize("firm", ["Aas Gruppen", "Møller Bil", "Lund Media", "Vestbo Bustadselskapet"])
def test_a_street_under_a_firm_line_with_no_company_form(found, firm):
    text = f"Med vennlig hilsen\n\nKari Nordmann\nRådgiver\nMob: 412 34 567\n{firm}\nSandvikflata 9"
    assert "Sandvikflata 9" in values_of(found, text, "nb", "STREET_ADDRESS")


@pytest.mark.parametrize("line", [
    "Kari Nordmann\nSandvikflata 9",             # a person's name line, no block label
    "Aas Gruppen har flyttet\nSandvikflata 9",   # a sentence, no firm's line
    "Gruppen\nSandvikflata 9",                   # one word alone
])
def test_no_firm_line_above_a_street(found, line):
    assert values_of(found, line, "nb", "STREET_ADDRESS") == []


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


_IBANS = [_iban("NO", "86011117947"), _iban("SE", "50000000058398257466"), _iban("DK", "00400440116243")]


@pytest.mark.parametrize("number", _IBANS)
def test_an_iban_cut_into_cells_after_its_check_digits(found, number):
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    text = f"Kari Nordmann\tIBAN: {grouped[:4]}\t{grouped[5:]}\nStorgata 5"
    assert values_of(found, text, "nb", "IBAN_CODE") == [f"{grouped[:4]}\t{grouped[5:]}"]


@pytest.mark.parametrize("number", _IBANS)
def test_cells_that_make_no_iban(found, number):
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    wrong = grouped[:2] + ("1" if grouped[2] != "1" else "2") + grouped[3:]  # a check digit off
    assert values_of(found, f"IBAN: {wrong[:4]}\t{wrong[5:]}", "nb", "IBAN_CODE") == []


def test_a_signers_surname_in_the_firms_name_is_no_mention(found_ner):
    text = ("Best regards\n\nMarkus Jacobsen\nDaglig leder\nM: +47 926 88 462\nJacobsen Gruppen\n"
            "Henriksenmarka 67, 5590 Etne")
    assert values_of(found_ner, text, "nb", "PERSON") == ["Markus Jacobsen"]
    # the surname alone elsewhere is still a mention
    again = "Hei, Markus Jacobsen her. Jacobsen ringer i morgen."
    assert values_of(found_ner, again, "nb", "PERSON").count("Jacobsen") == 1
