"""Round 32B of the screenshot probe (``benchmarks/screenshot_probe.py``): an identity or
birth label that the engine misread by a letter or two beyond a diacritic (``Födebedatum``,
``Perssonummer``, ``Fødselsnumer``) is put back where a label stands, its line's first word
or a word before its colon; real words near a label (another field's, the label's own
inflections) and words elsewhere on a line stay as read (``ocr_labels.near_label``)."""

import pytest

from pii_scanner.extract.ocr import finish

from .ocr_words import line_words, no_crop

L2 = (1, 1, 2)


def _text(*lines) -> str:
    words = []
    for n, texts in enumerate(lines, 1):
        words += line_words(texts, line=(1, 1, n), y=10 + 20 * n)
    return finish(words, no_crop).text


@pytest.mark.parametrize("read, label", [
    ("Födebedatum", "Födelsedatum"),    # 'ls' read as 'b'
    ("Perssonummer", "Personnummer"),   # a letter doubled, another lost
    ("Fødselsnumer", "Fødselsnummer"),  # a letter lost
    ("Fodselsnumer", "Fødselsnummer"),  # and the diacritic too
    ("Henkilötunmus", "Henkilötunnus"),
    ("Fødselsdatu", "Fødselsdato"),     # one edit in an eleven-letter label
    ("PERSSONUMMER", "PERSONNUMMER"),   # in capitals
])
def test_a_misread_label_opening_its_line_is_put_back(read, label):
    assert _text([read, "Språk"], ["451217-0988", "Svenska"]).split()[0] == label


def test_a_misread_label_before_its_colon_is_put_back_mid_line():
    assert _text(["Navn:", "Kari", "Perssonummer:", "451217-0988"]).split()[2] == "Personnummer:"


@pytest.mark.parametrize("word", [
    "Personalnummer",   # an employee's number: another field, two edits away
    "Personnumret", "Personnumre", "Samordningsnumret",  # the label's own inflections
    "Kortnummer",       # a card's number, two edits from 'Kontonummer' (one allowed there)
    "Fødselsdag", "Fødselsdagen", "Födelsedagar",
    "Telefonnummer", "Kundnummer",
    "Personnr", "Fødselsnr",  # short labels: too many neighbours for any edit
    "Persnummer",       # two edits from a twelve-letter label, but ...
])
def test_real_words_near_a_label_stay_as_read(word):
    if word == "Persnummer":  # ... only where a label stands: here it follows another word
        assert _text(["Ditt", word, "er"]).split()[1] == word
        return
    assert _text([word, "Språk"]).split()[0] == word


def test_a_near_label_word_inside_a_line_stays_as_read():
    # not its line's first word and no colon after it: prose or a value, not a label
    assert _text(["Ditt", "Perssonummer", "er", "feil"]).split()[1] == "Perssonummer"
    assert _text(["Se", "Födebedatum", "nedan"]).split()[1] == "Födebedatum"


def test_a_word_with_digits_or_a_lead_mark_is_no_label():
    assert _text(["Perssonummer2", "x"]).split()[0] == "Perssonummer2"
    assert _text(["(Perssonummer", "x"]).split()[0] == "(Perssonummer"


def test_a_misread_label_opening_a_second_cell_of_its_line_is_put_back():
    # a form's labels side by side, read as one line: a wide gap opens the second cell
    words = line_words(["E-post"]) + line_words(["Perssonummer"], x=200)
    assert finish(words, no_crop).text.split() == ["E-post", "Personnummer"]
    # a word space only: the same word stays (prose, not a cell)
    assert _text(["E-post", "Perssonummer"]).split()[1] == "Perssonummer"
