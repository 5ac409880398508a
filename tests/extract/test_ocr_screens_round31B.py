"""Round 31B of the screenshot probe (``benchmarks/screenshot_probe.py``): a formula bar's
``fx`` misread, an avatar's initial glued to a name, a name's ``i`` read as ``!``, an
identifier cut in two before a comma, a bilingual label's ``rn`` read as ``m``, an address in
an address's place cut into words, column letters with some lost, and a sheet's selected
cell's frame.

The names, numbers and addresses are synthetic and belong to no one."""

import numpy as np
from PIL import Image, ImageDraw

from pii_scanner.extract.ocr import OcrWord, assemble, finish
from pii_scanner.extract.ocr_mail_slots import fill_slots
from pii_scanner.extract.preprocess import SCAN, prepare

from .ocr_words import line_words, no_crop

L2, L3 = (1, 1, 2), (1, 1, 3)


def _text(texts, **kw) -> str:
    return finish(line_words(texts, **kw), no_crop).text


# --- a formula bar's fx ---------------------------------------------------------------------

def test_a_formula_bars_mark_read_as_tx_or_fr_after_the_name_box_is_fx():
    assert _text(["Al", "tx"]).split() == ["Al", "fx"]
    assert _text(["C12", "fr", "Villatorget", "3"]).split()[:2] == ["C12", "fx"]
    assert _text(["c12", "tx", "Kari"]).split()[:2] == ["c12", "fx"]


def test_a_mark_shaped_word_elsewhere_stays_as_read():
    assert _text(["Ola", "fr", "Bergen"]).split() == ["Ola", "fr", "Bergen"]  # no cell address
    assert _text(["Se", "Al", "tx"]).split() == ["Se", "Al", "tx"]  # not its line's first word
    assert _text(["Al", "fr."]).split() == ["Al", "fr."]
    assert _text(["AS", "tx"]).split() == ["AS", "tx"]  # no row digit


# --- an avatar's initial glued to a name ----------------------------------------------------

def test_an_avatars_initial_glued_to_a_first_name_is_cut_off():
    words = finish(line_words(["BLovisa", "Jakobsson", "15:17"]), no_crop)
    assert words.text == "B Lovisa Jakobsson 15:17"
    b, lovisa = words.words[0], words.words[1]
    assert b.bbox[2] < lovisa.bbox[0] and lovisa.bbox[2] == 10 + 8 * 7


def test_words_with_two_capitals_that_are_no_glued_name_stay_whole():
    for text in ("OKay", "PCen", "TVNorge", "Lovisa", "IPad", "ASker", "DNBank"):
        assert _text([text, "Hansen"]).split()[0] == text, text


# --- a name's i read as ! -------------------------------------------------------------------

def test_a_first_names_i_read_as_an_exclamation_mark_before_a_surname():
    assert _text(["Rand!", "Ruud", "1980"]) == "Randi Ruud 1980"


def test_an_exclamation_after_a_name_or_before_no_name_stays():
    assert _text(["Hei", "Per!", "Takk", "for", "sist"]).split()[1] == "Per!"
    assert _text(["Hei", "Rand!", "Takk"]).split()[1] == "Rand!"  # 'Takk' is no surname
    assert _text(["Rand!"]) == "Rand!"
    assert _text(["Rand!", "takk"]) == "Rand! takk"


# --- an identifier cut in two before a comma ------------------------------------------------

def test_a_personnummer_cut_in_two_before_a_comma_is_joined_and_keeps_the_comma():
    text = _text(["personnummer", "19461", "225-0540,", "inkommen"])
    assert text == "personnummer 19461225-0540, inkommen"


def test_two_numbers_before_a_comma_that_make_no_identifier_stay_apart():
    assert _text(["personnummer", "19461", "225-0541,", "inkommen"]).split()[1:3] == ["19461", "225-0541,"]
    assert _text(["Tlf", "22", "33,"]).split() == ["Tlf", "22", "33,"]


# --- a bilingual label ----------------------------------------------------------------------

def test_a_bilingual_labels_parts_are_mended_one_by_one():
    assert _text(["Etternavn/Sumame"]) == "Etternavn/Surname"
    assert _text(["Fomavn/Given", "names"]) == "Fornavn/Given names"


def test_slashed_words_that_hold_no_label_stay():
    for text in ("and/or", "Summe/Sum", "kommune/fylke", "http://firma.no"):
        assert _text([text]) == text, text


# --- an address cut into words in an address's place ----------------------------------------

def test_a_keyed_address_cut_into_words_with_its_dots_lost_is_joined():
    words = fill_slots(line_words(["request_id=cd24b131", "user=elisabeth", "holeGoutlook", "com",
                                   "retries=3"], gap=6))
    texts = [w.text for w in words]
    assert texts == ["request_id=cd24b131", "user=elisabeth.hole@outlook.com", "retries=3"]
    x0 = 10 + 8 * len("request_id=cd24b131") + 6
    assert words[1].bbox == (x0, 10, x0 + 8 * (14 + 12 + 3) + 2 * 6, 24)


def test_an_address_cut_into_words_under_an_e_mail_column_is_joined():
    header = line_words(["Navn", "E-post", "Adresse"], line=L2, y=10, gap=150)
    e_post_x = header[1].bbox[0]
    row = [OcrWord("Hege", (10, 40, 42, 54), 90.0, L3), OcrWord("Moe", (50, 40, 74, 54), 90.0, L3)]
    row += line_words(["hege", ".metromsut", "leie.no"], line=L3, x=e_post_x, y=40, gap=6)
    words = fill_slots(header + row)
    assert words[-1].text.startswith("hege.") and "@" in words[-1].text and words[-1].text.endswith(".no")
    assert words[-1].bbox[0] == e_post_x and words[-1].bbox[2] == row[-1].bbox[2]


def test_words_after_an_address_place_that_make_no_address_stay_apart():
    for texts in (["user=ola", "logged", "in"],  # no address
                  ["E-post:", "kari", "eller", "ola"],
                  ["E-post:", "ring", "meg"],
                  ["user=kari", "Hansen", "Efirma.no"],  # a capitalised word: a name, no piece
                  ["id=elisabeth", "holeGoutlook", "com"]):  # a key that names no user
        words = fill_slots(line_words(texts, gap=6))
        assert [w.text for w in words] == texts, texts
    far = fill_slots(line_words(["user=elisabeth", "holeGoutlook", "com"], gap=40))  # a column's gap
    assert [w.text for w in far] == ["user=elisabeth", "holeGoutlook", "com"]


# --- column letters with some lost ----------------------------------------------------------

def _sheet(letters: list[str]) -> str:
    words = [OcrWord(t, (60 + 120 * i, 0, 70 + 120 * i, 12), 90.0, (1, 1, 1)) for i, t in enumerate(letters)]
    for r, row in enumerate((("1", "Namn", "Personnummer", "Ort"), ("2", "Bengt", "781016-7903", "Kalmar"))):
        words += [OcrWord(t, (x, 30 + 30 * r, x + 10 * len(t), 42 + 30 * r), 90.0, (1, 2, r))
                  for t, x in zip(row, (0, 40, 240, 420))]
    return assemble(words).text


def test_column_letters_with_some_lost_are_cut_off_from_the_header():
    assert _sheet(["A", "B", "D", "F"]).startswith("A\tB\tD\tF\n\n1\tNamn")


def test_capitals_out_of_order_or_far_apart_are_no_column_letters():
    for letters in (["A", "E", "I"], ["I", "O", "U"], ["A", "C", "B", "x"]):
        assert "\n\n" not in _sheet(letters), letters


# --- a selected cell's frame ----------------------------------------------------------------

def _framed(grid: bool, frame: bool = True) -> Image.Image:
    im = Image.new("L", (420, 140), 255)
    d = ImageDraw.Draw(im)
    for r in range(4):
        for c, x in enumerate((10, 150, 290)):
            d.rectangle((x, 10 + 30 * r, x + 140, 40 + 30 * r), outline=40 if grid else 215)
            d.text((x + 6, 18 + 30 * r), f"cell {r}{c}", fill=0)
    if frame:
        d.rectangle((150, 70, 290, 100), outline=60, width=2)
    return im


def _dark_rows(im: Image.Image, x0: int, x1: int) -> int:
    """Rows with a dark run as long as 90 % of ``x0:x1``."""
    a = np.asarray(im) < 128
    return int(((a[:, x0:x1]).mean(axis=1) >= 0.9).sum())


def test_a_lone_frame_round_a_cell_is_erased_before_ocr_and_the_text_inside_kept():
    before = _framed(grid=False)
    prep = prepare(before)
    scale = prep.scale
    assert _dark_rows(before, 155, 285) == 4  # the frame's top and bottom, two pixels each
    assert _dark_rows(prep.image, int(155 * scale), int(285 * scale)) == 0
    inside = np.asarray(prep.image)[int(78 * scale):int(92 * scale), int(156 * scale):int(200 * scale)]
    assert (inside < 128).any()  # the cell's text is still there


def test_a_tables_dark_grid_and_a_scan_keep_their_lines():
    grid = _framed(grid=True, frame=False)
    prep = prepare(grid)
    assert _dark_rows(prep.image, 20 * 2, 400 * 2) >= 5 * 2  # the rules run on past each cell
    scan = _framed(grid=False)
    assert _dark_rows(prepare(scan, SCAN).image, 155, 285) == 4
