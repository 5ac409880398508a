"""Screenshot probe round 36D: an ``@`` in small type read as a lower-case ``ø`` starting the
domain's word (``lise.berg øgmail.com`` in a portal's receipt). Words made by hand, as the
engine gives them; values invented."""

import pytest

from pii_scanner.extract.ocr import OcrWord, assemble
from pii_scanner.extract.ocr_repair import repair


def _line(*items):
    """Words laid out left to right: (text, gap before it in pixels); 10 px per character."""
    out, x = [], 10
    for text, gap in items:
        x += gap
        out.append(OcrWord(text, (x, 20, x + 10 * len(text), 40), 90.0, (1, 1, 1)))
        x += 10 * len(text)
    return out


def test_a_small_o_slash_read_for_at_starting_the_domain_word_is_put_back():
    words = _line(("E-post", 0), ("eirik.haga", 40), ("øgmail.com", 8))
    res = assemble(repair(words))
    assert res.text == "E-post\teirik.haga@gmail.com", res.text
    joined = res.words[1]
    assert joined.bbox == (words[1].bbox[0], 20, words[2].bbox[2], 40)
    assert assemble(repair(_line(("tove_lund44", 0), ("øfirma.no", 8)))).text == "tove_lund44@firma.no"


def test_a_small_o_slash_after_a_bare_word_or_far_away_stays_as_read():
    """Near misses: a bare word before it (a Norwegian word opening in 'ø' after a name), a
    gap wider than a space, no top-level domain after it."""
    for items in ((("Kari", 0), ("østlandet.no", 8)),
                  (("kari.berg", 0), ("øgmail.com", 80)),
                  (("ola.nordmann", 0), ("øfirma.intern", 8))):
        words = _line(*items)
        assert repair(words) == words, items


def _mrz_line2(number: str, birth: str, expiry: str) -> str:
    from pii_scanner.detect.validators import mrz

    line = number + mrz.calc_check_digit(number) + "NOR" + birth + mrz.calc_check_digit(birth) + "F" \
        + expiry + mrz.calc_check_digit(expiry) + "<" * 14 + "0"
    return line + mrz.calc_check_digit(line[0:10] + line[13:20] + line[21:43])


def test_an_mrz_line_cut_in_its_birth_date_with_its_composite_digit_misread_is_joined():
    """The engine cut the birth date ('NOR840', '1074F...') and read the optional field's
    last filler and check digit wrong ('<<90' for '<<00'): the three fields' check digits
    still pass, so the pieces are one line."""
    from pii_scanner.extract.ocr_numbers import mrz_line

    line = _mrz_line2("NK4471902", "840107", "310715")
    bad_end = line[:-2] + "9" + str((int(line[-1]) + 3) % 10)
    assert mrz_line([bad_end[:16], bad_end[16:]]) == bad_end
    assert mrz_line([line[:16], line[16:]]) == line


def test_an_mrz_line_with_a_field_check_digit_failing_is_not_joined():
    """Near misses: the birth date's or the document number's own check digit wrong."""
    from pii_scanner.extract.ocr_numbers import mrz_line

    line = _mrz_line2("NK4471902", "840107", "310715")
    for at in (9, 19):
        bad = line[:at] + str((int(line[at]) + 1) % 10) + line[at + 1:-2] + "9" + line[-1]
        assert mrz_line([bad[:16], bad[16:]]) is None, bad


def _passport_page(born_check_ok: bool = True) -> tuple[bytes, dict]:
    """A passport's data page whose visual zone lost its small labels (only the values, as a
    blurred photo leaves them), with its machine-readable zone at the foot."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    from pii_scanner.detect.validators import mrz

    from .extract_fixtures import _font

    number, birth, expiry = "NK4471902", "840107", "310715"
    check = mrz.calc_check_digit(birth)
    if not born_check_ok:
        check = str((int(check) + 1) % 10)
    line2 = (number + mrz.calc_check_digit(number) + "NOR" + birth + check + "F" + expiry
             + mrz.calc_check_digit(expiry) + "<" * 14 + "0")
    line2 += mrz.calc_check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    line1 = ("P<NORSTROMSNES<<SIGRUN" + "<" * 44)[:44]
    im = Image.new("RGB", (760, 380), (236, 232, 240))
    d = ImageDraw.Draw(im)
    boxes = {}
    y = 30
    for value in ("NORGE  PASS", "STRØMSNES", "SIGRUN", "07.01.1984", "15.07.2031"):
        d.text((200, y), value, font=_font(20), fill=(20, 20, 30))
        boxes[value] = d.textbbox((200, y), value, font=_font(20))
        y += 44
    try:
        mono = ImageFont.truetype("DejaVuSansMono.ttf", 17)
    except OSError:
        mono = _font(17)
    d.text((30, 300), line1, font=mono, fill=(20, 20, 30))
    d.text((30, 330), line2, font=mono, fill=(20, 20, 30))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue(), boxes


def _iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy
    return ix * iy / union if union else 0.0


@pytest.fixture(scope="module")
def _detector():
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    return build_detector(DetectOptions(use_ner=False))


@pytest.mark.tesseract
def test_a_passport_page_without_labels_names_its_holder_by_its_zone(_detector):
    from pii_scanner.extract.images import detect_image
    from pii_scanner.extract.ocr import TesseractOCR

    data, boxes = _passport_page()
    found = detect_image(data, _detector, TesseractOCR())
    assert any(f.entity_type == "PERSON" and _iou(f.bbox, boxes["STRØMSNES"]) >= 0.5 for f in found), found
    assert any(f.entity_type == "DATE_OF_BIRTH" and _iou(f.bbox, boxes["07.01.1984"]) >= 0.5 for f in found), found
    assert not any(f.entity_type == "DATE_OF_BIRTH" and _iou(f.bbox, boxes["15.07.2031"]) >= 0.3 for f in found)


@pytest.mark.tesseract
def test_a_passport_page_whose_zone_fails_its_birth_check_names_nobody(_detector):
    """Near miss: the zone's birth date check digit wrong; the label-less lines stay unread."""
    from pii_scanner.extract.images import detect_image
    from pii_scanner.extract.ocr import TesseractOCR

    data, boxes = _passport_page(born_check_ok=False)
    found = detect_image(data, _detector, TesseractOCR())
    assert not any(f.entity_type == "DATE_OF_BIRTH" and _iou(f.bbox, boxes["07.01.1984"]) >= 0.3 for f in found), found
