"""Round 21 of the screenshot probe (``benchmarks/screenshot_probe.py --layouts new``), the
OCR side: a grey page turned by a degree that read as nothing, a passport's MRZ line cut
into words or read with a digit in its nationality, and addresses behind a log's ``user=``.

The numbers are synthetic, with valid check digits, and belong to no one."""

import numpy as np
from PIL import Image, ImageDraw

from pii_scanner.detect.validators import mrz
from pii_scanner.extract.ocr import finish
from pii_scanner.extract.ocr_numbers import mrz_line
from pii_scanner.extract.ocr_repair import join_mrz, repair
from pii_scanner.extract.preprocess import SCREENSHOT, edge_colour, prepare
import dataclasses

from .ocr_words import L2, line_words as _line, no_crop as _no_crop


# --- a turned grey page -----------------------------------------------------------------

def test_the_corners_a_turn_uncovers_take_the_pages_own_grey():
    im = Image.new("L", (400, 300), 228)
    ImageDraw.Draw(im).rectangle((30, 60, 370, 280), fill=216)
    assert edge_colour(im) == 228
    assert edge_colour(im.convert("RGB")) == (228, 228, 228)
    white = Image.new("L", (200, 100), 255)
    assert edge_colour(white) == 255


def test_deskewing_a_grey_page_adds_no_white_wedges():
    im = Image.new("RGB", (600, 300), (228, 228, 224))
    d = ImageDraw.Draw(im)
    for y in range(40, 280, 24):
        d.rectangle((40, y, 560, y + 9), fill=(30, 30, 30))
    tilted = im.rotate(-2, resample=Image.BICUBIC, fillcolor=(228, 228, 224))
    p = prepare(tilted, dataclasses.replace(SCREENSHOT, deskew=True, lift_panels=False, upscale=1.0))
    assert p.angle != 0
    a = np.asarray(p.image)
    assert a[0, 0] < 240 and a[-1, -1] < 240  # (white, 255, before)


# --- MRZ line 2 -------------------------------------------------------------------------

def _mrz(number: str, birth="880810", expiry="331007") -> str:
    doc = (number + "<" * 9)[:9]
    line = (doc + mrz.calc_check_digit(doc) + "NOR" + birth + mrz.calc_check_digit(birth) + "M" + expiry
            + mrz.calc_check_digit(expiry) + "<" * 14 + mrz.calc_check_digit("<" * 14))
    return line + mrz.calc_check_digit(line[0:10] + line[13:20] + line[21:43])


def test_an_mrz_line_cut_into_words_is_one_word_with_the_union_box():
    line = _mrz("FK9528683")
    assert mrz.is_valid(line)
    words = _line([line[:7], line[7:28], line[28:]], cw=10, gap=6)
    joined = join_mrz(words)
    assert [w.text for w in joined] == [line]
    assert joined[0].bbox == (10, 10, words[-1].bbox[2], 24)
    assert finish(words, _no_crop).text == line


def test_an_mrz_nationality_with_a_zero_for_the_o_is_read_as_letters():
    line = _mrz("25843014")
    misread = line[:11] + "0" + line[12:]  # 'N0R'
    assert mrz_line([misread]) == line
    assert [w.text for w in join_mrz(_line([misread]))] == [line]


def test_mrz_like_lines_that_fail_their_check_digits_stay_as_read():
    line = _mrz("FK9528683")
    bad = line[:9] + str((int(line[9]) + 1) % 10) + line[10:]
    assert mrz_line([bad]) is None
    words = _line([bad[:7], bad[7:]])
    assert [w.text for w in join_mrz(words)] == [bad[:7], bad[7:]]
    assert mrz_line([line[:-1]]) is None                    # 43 characters
    assert mrz_line(["P<NORHAUGEN<<GUNNAR" + "<" * 25]) is None  # line 1
    assert join_mrz(_line(["Ordre", "12345", "<<", "ok"])) == _line(["Ordre", "12345", "<<", "ok"])


def test_words_on_other_lines_are_not_joined_into_an_mrz_line():
    line = _mrz("FK9528683")
    words = _line([line[:20]]) + _line([line[20:]], line=L2, y=40)
    assert [w.text for w in join_mrz(words)] == [line[:20], line[20:]]


# --- addresses in a log -----------------------------------------------------------------

def test_a_logs_key_before_an_address_does_not_stop_its_repair():
    assert [w.text for w in repair(_line(["user=e.karlssoneyahoo.se"]))] == ["user=e.karlsson@yahoo.se"]
    words = _line(["user=anettenygard@out", "Look.com"], gap=4)
    assert [w.text for w in repair(words)] == ["user=anettenygard@outlook.com"]
    words = _line(["user=m.abrahamsen@telia.", "se"], gap=4)
    assert [w.text for w in repair(words)] == ["user=m.abrahamsen@telia.se"]


def test_a_comma_for_the_dot_before_the_tld_at_a_sentence_end():
    assert [w.text for w in repair(_line(["bente-halvorsen96@yahoo,se."]))] == ["bente-halvorsen96@yahoo.se."]


def test_keys_and_words_that_are_no_address_stay_as_read():
    for text in ("user=admin", "x=1", "retries=3", "user=eirik", "path=/srv/app/sync.py", "kari,se."):
        assert [w.text for w in repair(_line([text]))] == [text]
    assert [w.text for w in repair(_line(["user=anette", "Look.com"], gap=4))] == ["user=anette", "Look.com"]


# --- a question mark read as 7 after a phone number --------------------------------------

def test_a_question_mark_after_a_mobile_number_read_as_seven():
    from pii_scanner.extract.ocr_numbers import fix_separators

    assert fix_separators("Kan du ringe meg på\n+47 497711407") == "Kan du ringe meg på\n+47 49771140?"
    assert fix_separators("Ring meg på 454 69 3257\nTakk") == "Ring meg på 454 69 325?\nTakk"
    assert fix_separators("+47 956 80 5717") == "+47 956 80 571?"
    assert fix_separators("45 46 47 487") == "45 46 47 48?"


def test_nine_digits_that_may_be_printed_so_stay_as_read():
    from pii_scanner.extract.ocr_numbers import fix_separators

    for text in ("Org.nr 923456787", "923456787", "+47 497711407 i dag", "923 45 6787 kr", "412 34 5678",
                 "+46 70 123 45 677", "0047 497711407", "ID 345 67 8907"):
        assert fix_separators(text) == text
