"""Round 32B (screenshots): a letterhead's street line that goes on with the firm's register
number (``Simonsenrøa 7A, Org.nr. 9xx xxx xxx``, ``Nørregade 55, CVR-nr. …``) is still the
firm block's street line; a sentence after the number, or a register number under a
person's name line with no block label, is not. And an identity label the engine misread
(``Perssonummer``, ``Födebedatum``) labels its value again once the image path mended it.
Values are generated (seeded draws, stdnum's rules); the streets are made-up compounds."""

from __future__ import annotations

import random

import pytest
from stdnum.no import orgnr

from pii_scanner.extract.ocr import finish

from .generated import digits, valid_personnummer, values_of

_R = random.Random(3202)


def _orgnr(rng: random.Random) -> str:
    while True:
        number = rng.choice("89") + digits(rng, 8)
        if orgnr.is_valid(number):
            return f"{number[:3]} {number[3:6]} {number[6:]}"


_ORGNRS = [_orgnr(_R) for _ in range(3)]


@pytest.mark.parametrize("number", _ORGNRS)
@pytest.mark.parametrize("street, after", [
    ("Simonsenrøa 7A", ", Org.nr. "), ("Jacobsenroa 762", ", org.nr "),
    ("Sandvikflata 9", " · Org. nr. "), ("Karlsenflata 72A", ", Organisasjonsnummer "),
])
def test_a_letterhead_street_before_the_firms_register_number(found, street, after, number):
    text = f"Fjelltopp Energi AS\n\n{street}{after}{number}\n\nKari Nordmann\tVår ref.:\t2019/1"
    assert street in values_of(found, text, "nb", "STREET_ADDRESS")


def test_a_danish_letterhead_street_before_its_cvr_number(found):
    text = "Vesterbro El ApS\nSandvikflata 55, CVR-nr. 55905349\n"
    assert "Sandvikflata 55" in values_of(found, text, "da", "STREET_ADDRESS")


@pytest.mark.parametrize("line", [
    "Sandvikflata 9 er stengt, org.nr {n}",   # a sentence after the number
    "Sandvikflata 9, organic {n}",            # a word that only begins like the label
    "Sandvikflata 9, orgelet er nytt",
])
def test_more_words_after_the_number_keep_the_line_out(found, line):
    text = "Fjelltopp Energi AS\n" + line.format(n=_ORGNRS[0])
    assert values_of(found, text, "nb", "STREET_ADDRESS") == []


def test_a_register_number_under_a_persons_name_line_alone_is_no_block(found):
    text = f"Kari Nordmann\nSandvikflata 9, Org.nr. {_ORGNRS[1]}"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == []


# --- a misread label, mended on the image path, labels its value ---------------------------

def _ocr_text(rows) -> str:
    from tests.extract.ocr_words import line_words, no_crop

    words = []
    for n, texts in enumerate(rows, 1):
        words += line_words(texts, line=(1, 1, n), y=10 + 20 * n)
    return finish(words, no_crop).text


@pytest.mark.parametrize("label", ["Perssonummer", "PERSONUMMER"])
def test_a_swedish_number_under_a_misread_label(found, label):
    pnr = valid_personnummer(_R)
    number = f"{pnr[:6]}-{pnr[6:]}"
    text = _ocr_text([[label, "Språk"], [number, "Svenska"]])
    assert number in values_of(found, text, None, "SE_PERSONNUMMER")


def test_a_birth_date_under_a_misread_label(found):
    text = _ocr_text([["Födebedatum", "Mobil"], ["1987-04-23", "0701234567"]])
    assert "1987-04-23" in values_of(found, text, None, "DATE_OF_BIRTH")

