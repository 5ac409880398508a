from PIL import Image, ImageDraw

from pii_scanner.extract.preprocess import Preprocess, otsu, prepare, skew_angle


def _lines(w=600, h=400):
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    for y in range(40, h - 40, 30):
        d.rectangle([40, y, w - 40, y + 8], fill=0)
    return im


def test_small_images_are_upscaled_and_boxes_map_back():
    p = prepare(Image.new("RGB", (400, 300), "white"), Preprocess(upscale=2.0))
    assert p.image.size == (800, 600)
    assert p.to_original((200, 100, 400, 140)) == (100, 50, 200, 70)
    big = prepare(Image.new("RGB", (3000, 2000), "white"), Preprocess(upscale=2.0))
    assert big.scale == 1.0


def test_dark_mode_is_inverted():
    p = prepare(Image.new("RGB", (100, 100), (20, 20, 25)), Preprocess(upscale=1.0))
    assert p.image.getpixel((5, 5)) > 200
    light = prepare(Image.new("RGB", (100, 100), (250, 250, 250)), Preprocess(upscale=1.0))
    assert light.image.getpixel((5, 5)) > 200


def test_otsu_binarises():
    im = Image.new("L", (10, 10), 200)
    im.paste(40, (0, 0, 5, 10))
    assert set(otsu(im).tobytes()) == {0, 255}


def test_skew_is_found_and_boxes_map_back_through_rotation():
    tilted = _lines().rotate(-3, resample=Image.BICUBIC, fillcolor=255)
    angle = skew_angle(tilted)
    assert 2.0 <= angle <= 4.0
    p = prepare(tilted.convert("RGB"), Preprocess(upscale=1.0, deskew=True))
    assert p.angle == angle
    # a dot far from the centre, found in the straightened image, maps back to where it was
    marked = tilted.copy()
    ImageDraw.Draw(marked).rectangle([500, 330, 505, 335], fill=128)
    q = prepare(marked.convert("RGB"), Preprocess(upscale=1.0, deskew=True, invert_dark=False))
    px = q.image.load()
    pts = [(x, y) for x in range(q.image.width) for y in range(q.image.height) if 100 <= px[x, y] <= 160]
    box = (min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts))
    x0, y0, x1, y1 = q.to_original(box)
    assert abs((x0 + x1) / 2 - 502.5) <= 3 and abs((y0 + y1) / 2 - 332.5) <= 3
    assert skew_angle(_lines()) == 0.0


def test_large_images_are_straightened_and_screen_sized_ones_are_not():
    tilted = _lines(2400, 1200).rotate(-3, resample=Image.BICUBIC, fillcolor=255).convert("RGB")
    assert 2.0 <= prepare(tilted, Preprocess()).angle <= 4.0  # a phone photo of a page
    assert prepare(tilted, Preprocess(deskew_large=False)).angle == 0.0
    small = _lines(600, 400).rotate(-3, resample=Image.BICUBIC, fillcolor=255).convert("RGB")
    assert prepare(small, Preprocess()).angle == 0.0  # screenshots are level; no search


def test_a_blank_image_is_not_tilted():
    assert skew_angle(Image.new("L", (300, 200), 255)) == 0.0


def test_a_level_page_is_recognised_without_searching_every_angle(monkeypatch):
    calls = []
    rotate = Image.Image.rotate
    monkeypatch.setattr(Image.Image, "rotate", lambda self, *a, **k: calls.append(a) or rotate(self, *a, **k))
    assert skew_angle(_lines()) == 0.0
    assert len(calls) <= 3  # level, and half a step either way
    calls.clear()
    assert 2.0 <= skew_angle(_lines().rotate(-3, resample=Image.BICUBIC, fillcolor=255)) <= 4.0
    assert len(calls) > 10  # a tilted page still gets the full search


def test_only_dark_mode_images_are_flattened():
    from dataclasses import replace

    from PIL import ImageChops

    from pii_scanner.extract.preprocess import SCREENSHOT

    def card(bg, panel, ink):
        im = Image.new("RGB", (400, 200), bg)
        draw = ImageDraw.Draw(im)
        draw.rectangle((40, 40, 360, 160), fill=panel)
        draw.text((60, 90), "PASS 60994381", fill=ink)
        return im

    light = card("white", (215, 215, 215), "black")  # a document photo: a grey card on white
    flat, plain = prepare(light, SCREENSHOT), prepare(light, replace(SCREENSHOT, flatten=False))
    assert ImageChops.difference(flat.image, plain.image).getbbox() is None
    dark = card((20, 20, 20), (70, 70, 70), "white")  # a dark-mode panel: flattened
    flat, plain = prepare(dark, SCREENSHOT), prepare(dark, replace(SCREENSHOT, flatten=False))
    assert ImageChops.difference(flat.image, plain.image).getbbox() is not None
