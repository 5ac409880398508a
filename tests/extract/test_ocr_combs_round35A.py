"""Round 35A of the screenshot probe (``benchmarks/screenshot_probe.py --layouts r33``): a
scanned form's digit comb. The engine cuts a comb's letter-spaced digits into words anywhere
(``ocr_spaced_digits.py``); a comb's stroke that steps a column or loses a row on a turned,
blurred scan is still a stroke, and its cells' grey is flattened (``combs.py``); a frame's
grey edge goes with it (``frames.py``); combs and frames are erased on the straightened
image (``preprocess.py``). Values are generated."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
from PIL import Image, ImageDraw

from pii_scanner.extract.combs import combs, erase_combs
from pii_scanner.extract.frames import erase_frames, lone_frames
from pii_scanner.extract.ocr import OcrWord
from pii_scanner.extract.ocr_spaced_digits import join_spaced_digits
from pii_scanner.extract.preprocess import SCREENSHOT, prepare

from ..detect.generated import valid_fnr
from .ocr_words import L1, line_words

_R = random.Random(3501)


def _spaced(groups: list[str], pitch: int = 24, height: int = 12, glyph: int = 7, x: int = 20,
            gap: int = 0) -> list[OcrWord]:
    """The words of one row of letter-spaced digits, one digit every ``pitch`` pixels, cut
    into ``groups``; ``gap`` pixels more after the sixth digit (a comb's group gap)."""
    out, i = [], 0
    for g in groups:
        x0 = x + i * pitch + (gap if i >= 6 else 0)
        out.append(OcrWord(g, (x0, 50, x0 + (len(g) - 1) * pitch + glyph, 50 + height), 80.0, L1))
        i += len(g)
    return out


def test_a_letter_spaced_number_cut_anywhere_is_joined():
    fnr = valid_fnr(_R)
    for groups in ([fnr[:2], fnr[2:6], fnr[6:9], fnr[9:]], [fnr[:6], fnr[6:10], fnr[10]],
                   [fnr[:4], fnr[4:6], fnr[6:]]):
        words = _spaced(groups, gap=6) + line_words(["Telefon"], x=400, y=50)
        out = join_spaced_digits(words)
        assert [w.text for w in out] == [fnr, "Telefon"]
        assert out[0].bbox == (20, 50, 20 + 10 * 24 + 6 + 7, 62)


def test_digit_groups_in_ordinary_type_stay_apart():
    fnr = valid_fnr(_R)
    # the same digits in ordinary type: eight pixels a digit, a space between the groups
    words = line_words([fnr[:2], fnr[2:6], fnr[6:9], fnr[9:]], y=50, cw=8, gap=6)
    assert [w.text for w in join_spaced_digits(words)] == [fnr[:2], fnr[2:6], fnr[6:9], fnr[9:]]
    # letter-spaced, but one digit wrong: no identifier
    bad = fnr[:10] + str((int(fnr[10]) + 1) % 10)
    assert len(join_spaced_digits(_spaced([bad[:6], bad[6:]], gap=6))) == 2
    # letter-spaced words far apart: two numbers in two boxes, not one
    far = _spaced([fnr[:6]]) + _spaced([fnr[6:]], x=20 + 6 * 24 + 60)
    assert len(join_spaced_digits(far)) == 2


def _comb_mask(step_at: int | None = None, gap_at: int | None = None) -> np.ndarray:
    """A mask of a comb of seven cells, 22 pixels wide and 30 tall; the stroke ``step_at``
    moves one column halfway down, the stroke ``gap_at`` loses one row."""
    d = np.zeros((80, 240), bool)
    x0, y0, y1 = 20, 20, 50
    d[y0, x0:x0 + 7 * 22 + 1] = True
    d[y1, x0:x0 + 7 * 22 + 1] = True
    for i in range(8):
        x = x0 + 22 * i
        d[y0:y1 + 1, x] = True
        if i == step_at:
            d[(y0 + y1) // 2:y1, x] = False
            d[(y0 + y1) // 2:y1, x + 1] = True
        if i == gap_at:
            d[y0 + 3, x] = False
    return d


def test_a_stroke_that_steps_or_breaks_is_still_a_stroke():
    assert [len(c) for c in combs(_comb_mask())] == [8]
    assert [len(c) for c in combs(_comb_mask(step_at=3))] == [8]
    assert [len(c) for c in combs(_comb_mask(gap_at=4))] == [8]
    # a row of separate short bars (no rules along them) is still no comb
    bars = np.zeros((80, 240), bool)
    for i in range(8):
        bars[20:50, 20 + 22 * i] = True
    assert combs(bars) == []


def test_a_combs_cells_are_flattened_to_the_page():
    im = Image.new("L", (300, 90), 226)
    d = ImageDraw.Draw(im)
    for i in range(7):
        d.rectangle([20 + 24 * i, 20, 44 + 24 * i, 52], fill=246, outline=90)  # lighter cells
        d.text((29 + 24 * i, 28), str(i), fill=30)
    out = np.asarray(erase_combs(im))
    inside = out[18:55, 18:190]
    assert set(np.unique(inside[inside >= 226 - 60]).tolist()) == {226}  # only ink and the page
    assert (inside < 100).any()  # the digits stay


def test_a_frames_grey_edge_goes_with_it():
    im = Image.new("L", (400, 80), 226)
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, 300, 50], outline=90)
    d.line([160, 19, 300, 19], fill=180)  # a grey half-row along the top rule (a step)
    d.text((30, 28), "Kari Nordmann", fill=30)
    a = np.asarray(im)
    assert lone_frames(a < 226 - 60)
    out = np.asarray(erase_frames(im))
    assert (out[17:23, 20:301] >= 226).all()
    assert (out[26:46, 28:120] < 100).any()  # the text inside stays


def test_a_turned_frame_is_erased_once_straightened():
    im = Image.new("L", (500, 200), 230)
    d = ImageDraw.Draw(im)
    d.rectangle([40, 60, 440, 92], outline=90)
    d.text((50, 70), "Kari Nordmann", fill=30)
    d.text((40, 130), "Søknad om parkeringstillatelse for beboere i sentrum", fill=30)
    turned = im.rotate(1.0, resample=Image.BICUBIC, fillcolor=230)
    prep = dataclasses.replace(SCREENSHOT, deskew=True, upscale=1.0)
    p = prepare(turned.convert("RGB"), prep)
    assert p.angle
    out = np.asarray(p.image)
    # no long dark run is left of the frame's rules
    assert not any(_longest_run(row < 160) >= 100 for row in out[40:110])


def _longest_run(row: np.ndarray) -> int:
    best = run = 0
    for v in row:
        run = run + 1 if v else 0
        best = max(best, run)
    return best
