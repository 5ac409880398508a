"""Image preprocessing before OCR, and mapping OCR boxes back to original pixels.

Screenshots carry small UI text (11-14 px) that tesseract reads far better at twice the
size; dark-mode screenshots read better inverted; scans read better straightened. What each
step costs and buys on the dev screenshots is printed by ``benchmarks/ocr_throughput.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

from pii_scanner.extract.pieces import Box


@dataclass(frozen=True, slots=True)
class Preprocess:
    """Which steps run. ``upscale`` applies to images whose longer side is at most
    ``upscale_max_side`` (screen-sized); ``deskew`` is meant for scans and photos, and
    ``deskew_large`` turns it on for images over ``upscale_max_side`` (phone photos of
    papers and ID cards are never quite level: a 2-4 degree tilt cost most of their text)."""

    upscale: float = 2.0
    upscale_max_side: int = 2000
    grayscale: bool = True
    invert_dark: bool = True
    threshold: bool = False
    deskew: bool = False
    max_skew_deg: float = 5.0
    deskew_large: bool = True
    #: deskew camera formats (JPEG, HEIC, AVIF) of any size: phone photos sent through chat
    #: apps arrive shrunk under ``upscale_max_side`` and still tilted (see ``images.py``)
    deskew_camera: bool = True
    #: the OCR engine's binarisation: ``otsu`` (global) or ``sauvola`` (local; scans)
    binarize: str = "otsu"
    #: divide out the local background (``flatten_background``) of screen-sized dark-mode
    #: images once inverted, so text on a coloured panel (a chat bubble, a highlighted row)
    #: is not blackened with it by a global threshold
    flatten: bool = True
    #: on light screens, turn light text on dark panels (a sent chat bubble, a selected row,
    #: a coloured button) into dark text on white (``lift_light_text``); a global threshold
    #: otherwise blackens the panel with its text
    lift_panels: bool = True
    #: paint a lone frame round a line of text (a sheet's selected cell) with the background
    #: (``frames.erase_frames``): tesseract read nothing inside one
    erase_frames: bool = True
    #: paint a digit comb's boxes (a paper form's one box per digit) with the background
    #: (``combs.erase_combs``): tesseract read their rules as glyphs between the digits
    erase_combs: bool = True


#: Settings for screenshots and other born-digital images.
SCREENSHOT = Preprocess()
#: Settings for rendered scan pages (already at OCR resolution; may be tilted; paper may be
#: tinted or a region shaded, which a global threshold blackens: local binarisation).
SCAN = Preprocess(upscale=1.0, deskew=True, binarize="sauvola", flatten=False, lift_panels=False,
                  erase_frames=False, erase_combs=False)


@dataclass(frozen=True, slots=True)
class Prepared:
    """The image tesseract sees, and how to map its boxes back to the original."""

    image: Image.Image
    scale: float
    angle: float = 0.0  # degrees the original was rotated by (counter-clockwise)
    original_size: tuple[int, int] = (0, 0)

    def to_original(self, box: Box) -> Box:
        x0, y0, x1, y1 = (v / self.scale for v in box)
        if self.angle:
            w, h = self.original_size
            cx, cy = w / 2, h / 2
            a = math.radians(self.angle)  # undo a counter-clockwise rotation about the centre
            pts = [(x, y) for x in (x0, x1) for y in (y0, y1)]
            rot = [(cx + (x - cx) * math.cos(a) - (y - cy) * math.sin(a),
                    cy + (x - cx) * math.sin(a) + (y - cy) * math.cos(a)) for x, y in pts]
            x0, y0 = min(p[0] for p in rot), min(p[1] for p in rot)
            x1, y1 = max(p[0] for p in rot), max(p[1] for p in rot)
        w, h = self.original_size
        return (max(0, math.floor(x0)), max(0, math.floor(y0)),
                min(w, math.ceil(x1)) if w else math.ceil(x1),
                min(h, math.ceil(y1)) if h else math.ceil(y1))


def prepare(image: Image.Image, prep: Preprocess = SCREENSHOT) -> Prepared:
    """Apply ``prep`` to an RGB/L image; the result is what the OCR engine gets."""
    size = image.size
    im = image.convert("L") if prep.grayscale else image.convert("RGB")
    dark = prep.invert_dark and _is_dark(im)
    if dark:
        im = ImageOps.invert(im)
    large = max(size) > prep.upscale_max_side
    # only a dark-mode image, once inverted, has the mid-grey panels flattening is for; on
    # light screens it changed nothing measured and it re-reads photos of documents (a
    # passport's frame edges became '|' cells and its number lost its label)
    if prep.flatten and dark and im.mode == "L" and not large:
        im = flatten_background(im)
    elif prep.lift_panels and not dark and im.mode == "L" and not large:
        im = lift_light_text(im)
    angle = skew_angle(im, prep.max_skew_deg) if prep.deskew or (prep.deskew_large and large) else 0.0
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=edge_colour(im))
    # (on the straightened image: a scan's rules turned by a degree step across rows and
    # columns, and its combs and frames were not found)
    if prep.erase_combs and im.mode == "L" and not large:
        from pii_scanner.extract.combs import erase_combs

        im = erase_combs(im)
    if prep.erase_frames and im.mode == "L" and not large:
        from pii_scanner.extract.frames import erase_frames

        im = erase_frames(im)
    scale = prep.upscale if prep.upscale != 1.0 and not large else 1.0
    if scale != 1.0:
        im = im.resize((round(size[0] * scale), round(size[1] * scale)), Image.LANCZOS)
    if prep.threshold:
        im = otsu(im)
    return Prepared(im, scale, angle, size)


def edge_colour(im: Image.Image) -> int | tuple[int, ...]:
    """The median colour of the image's outermost rows and columns: what the corners a
    rotation uncovers are filled with. White corners on a grey page gave tesseract's global
    Otsu a third background level, and it drew the line between the white and the grey, so
    that a whole page (grey card on a grey screen, turned by 1 degree) read as nothing."""
    a = np.asarray(im)
    edge = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    med = np.median(edge, axis=0)
    return int(med) if im.mode == "L" else tuple(int(v) for v in med)


#: share of pixels within 2 grey levels of the commonest one from which an image is a
#: screen's (flat UI background): JPEG screenshots, even at quality 60 and 0.75x, keep
#: 0.40 or more; phone photos of paper (lighting gradient, sensor noise) 0.06-0.12
FLAT_SHARE = 0.25


def looks_born_digital(im: Image.Image) -> bool:
    """A screen's image rather than a camera's: a large share of it is one flat grey."""
    small = im.convert("L")
    small = small.reduce(max(1, max(small.size) // 800))
    hist = np.bincount(np.asarray(small).ravel(), minlength=256)
    top = int(hist.argmax())
    return int(hist[max(0, top - 2):top + 3].sum()) >= FLAT_SHARE * max(1, small.size[0] * small.size[1])


def _is_dark(im: Image.Image) -> bool:
    """Dark mode: most of the image is dark (mean luminance below the middle)."""
    small = im.convert("L").reduce(max(1, min(im.size) // 64))
    return float(np.asarray(small).mean()) < 110


#: window (pixels) of the background estimate: wider than any text stroke at screen sizes
#: (bold 32 px headings; a stroke as wide as the window would be hollowed out)
FLATTEN_WINDOW = 15


def flatten_background(im: Image.Image, window: int = FLATTEN_WINDOW) -> Image.Image:
    """Dark text on any lighter background becomes dark text on white: each pixel is divided
    by the background around it (the panel it sits on). Dark-mode chat bubbles, once
    inverted, are mid-grey panels that a global threshold turns black, text and all.

    The background is a grey closing (the darkest of the brightest in a ``window``): text
    strokes vanish and a panel keeps its edges (a bare maximum let the bright surround reach
    into the panel: grey rims that a threshold turned into black frames around the text)."""
    a = np.asarray(im)
    if a.size == 0:
        return im
    bg = _running(_running(a, window, np.maximum), window, np.minimum)
    out = np.clip(a.astype(np.float32) * 255.0 / np.maximum(bg, 1).astype(np.float32), 0, 255)
    return Image.fromarray(out.astype(np.uint8), "L")


#: side (pixels) of the cells whose background and ink polarity ``lift_light_text`` judges
PANEL_CELL = 4
#: cells (per side) of the neighbourhood whose median is a cell's background: 20 px, wider
#: than a text line's ink, narrower than a chat bubble
PANEL_SPAN = 5
#: a panel this much darker than the page (luminance) may carry light text
PANEL_CONTRAST = 48
#: a cell whose pixels span fewer grey levels than this is flat (a panel's margin)
PANEL_FLAT = 32
#: the widest bar of a letter ('T', 'E'; DejaVu's 'T' is 0.84 of its cap height) in light
#: text heights as measured (the stems' runs, their anti-aliased ends cut off)
PANEL_BAR = 1.5
#: a panel's margin runs flat this many text heights along a row or column
PANEL_MARGIN = 2.0
#: a panel's flat cells fill blocks this many cells on a side (a panel's margin does; the
#: inside of a stroke, even of large bold text, does not)
PANEL_SOLID = 2
#: a cell's ink is light when its mean excess over the panel beats the dark excess by this
PANEL_INK = 4.0
#: light-text cells are at least this share of the panels they mark (a bubble's text half
#: of it, a title bar's a tenth, a 3x app bar's short bold name 2 %); fewer, and the dark
#: area is a surround, not a panel
PANEL_TEXT_SHARE = 0.015


def lift_light_text(im: Image.Image, window: int = FLATTEN_WINDOW) -> Image.Image:
    """Light text on a dark panel of a light screen becomes dark text on white; the rest of
    the image is left as it is (unchanged when there is no such panel).

    A cell is on such a panel when the median of its neighbourhood (the panel, whatever its
    text) is well below the page's luminance and its ink is brighter than that median. Its
    pixels darker than the page after a grey opening (light strokes removed: the panel, with
    its exact edges) are rewritten by how much brighter than the panel they are."""
    a = np.asarray(im)
    c, n = PANEL_CELL, PANEL_SPAN
    h, w = (a.shape[0] // c) * c, (a.shape[1] // c) * c
    if h < c * n or w < c * n:
        return im
    page = float(np.percentile(a[::4, ::4], 90))
    cells = a[:h, :w].reshape(h // c, c, w // c, c).transpose(0, 2, 1, 3).reshape(h // c, w // c, c * c)
    med = np.median(cells, axis=2)
    pad = np.pad(med, n // 2, mode="edge")
    bg = np.median(np.lib.stride_tricks.sliding_window_view(pad, (n, n)), axis=(2, 3))
    own = med < page - PANEL_CONTRAST
    # a panel shows cells of its own flat colour (its margins); blurred bold text does not
    solid = own & (cells.max(axis=2).astype(np.int16) - cells.min(axis=2) < PANEL_FLAT)
    # ... over a stretch wider than a stroke: large bold dark text (a 3x screenshot's
    # heading) has flat dark cells inside its strokes, and its counters read as light text
    solid = _running(_running(solid.astype(np.uint8), PANEL_SOLID, np.minimum), PANEL_SOLID, np.maximum).astype(bool)
    if not solid.any():
        return im
    inside = (own | (bg < page - PANEL_CONTRAST)) & _running(solid.astype(np.uint8), n, np.maximum).astype(bool)
    # the panel under the text: a grey opening along rows removes light strokes (narrower
    # than ``window``) but keeps wide light areas (the page between stacked bubbles, a sheet
    # of paper on a dark table); large text (a phone's 3x screenshot) has bars wider than
    # ``window`` (a 'T' is 0.6 em): the window grows with the text's height
    height = _light_text_height(a, bg, inside, page)
    if not height:
        return im  # no light letter stems: the 'light text' is the counters of dark bold text
    if height > window:  # text the default window was made for keeps it
        window = math.ceil(PANEL_BAR * height)
    panel = _running(_running(a, window, np.minimum, (1,)), window, np.maximum, (1,)).astype(np.float32)
    on_panel = panel[:h, :w].reshape(h // c, c, w // c, c).max(axis=(1, 3)) < page - PANEL_CONTRAST
    diff = cells.astype(np.float32) - bg[:, :, None]
    light_ink = np.clip(diff, 0, None).mean(axis=2)
    dark_ink = np.clip(-diff, 0, None).mean(axis=2)
    # light text seen through the panel everywhere in the cell: the edge of a light area
    # beside a dark one (a photo's paper on its table) is no such text
    seeds = inside & on_panel & (bg < page - PANEL_CONTRAST) & (light_ink > dark_ink + PANEL_INK)
    # ... and beside a panel's margin: flat cells in a row or column twice the text's
    # height long (a bubble's padding, a bar's ends); large bold dark text (a 3x heading)
    # has flat dark cells inside its strokes, and its counters look like light text
    span = max(3, math.ceil(PANEL_MARGIN * height / c))
    flat = solid.astype(np.uint8)
    margin = (_running(_running(flat, span, np.minimum, (1,)), span, np.maximum, (1,))
              | _running(_running(flat, span, np.minimum, (0,)), span, np.maximum, (0,)))
    seeds &= _running(margin, 2 * span + 1, np.maximum).astype(bool)
    if not seeds.any():
        return im
    # a panel with light text is lifted whole (its empty stretch too): the seeds grown
    # through the panel's cells
    marked = seeds
    while True:
        grown = _running(marked.astype(np.uint8), 3, np.maximum).astype(bool) & inside
        if (grown == marked).all():
            break
        marked = grown
    if seeds.sum() < PANEL_TEXT_SHARE * marked.sum():
        return im  # a dark surround with a few light specks (a table under a photo's paper)
    # its edge cells (half page) are grown back, as far as they touch its cells
    marked = _running(marked.astype(np.uint8), 3, np.maximum).astype(bool)
    cover = np.zeros(a.shape, dtype=bool)
    cover[:h, :w] = np.repeat(np.repeat(marked.astype(bool), c, axis=0), c, axis=1)
    # ... and is no darker than the nearby panels (a line of dark text beside one is)
    near = np.zeros(a.shape, dtype=np.float32)
    near[:h, :w] = np.repeat(np.repeat(_running(bg, n, np.minimum), c, axis=0), c, axis=1)
    mask = cover & (panel < page - PANEL_CONTRAST) & (panel > near - PANEL_CONTRAST)
    lifted = 255.0 - np.clip((a - panel) * 255.0 / np.maximum(255.0 - panel, 1.0), 0, 255)
    out = np.where(mask, lifted, a).astype(np.uint8)
    return Image.fromarray(out, "L")


def _light_text_height(a: np.ndarray, bg: np.ndarray, inside: np.ndarray, page: float) -> int:
    """Height (pixels) of the light text on the panels: a high percentile of the vertical
    runs of light pixels that the panel bounds above and below (a letter's stem, not the
    page beside a panel); 0 when there are none."""
    c = PANEL_CELL
    h, w = inside.shape[0] * c, inside.shape[1] * c
    up = lambda m: np.repeat(np.repeat(m, c, axis=0), c, axis=1)  # noqa: E731
    region = up(inside)
    light = (a[:h, :w] > up(bg) + PANEL_CONTRAST / 2) & region
    dark = region & ~light
    # a run starts below a panel pixel and ends above one
    edge = np.zeros((1, w), dtype=bool)
    starts = np.argwhere(light & np.vstack([edge, dark[:-1]]))
    ends = np.argwhere(light & np.vstack([dark[1:], edge]))
    if not len(starts) or not len(ends):
        return 0
    # pair each start with the first end at or below it in its column (column-major order)
    s_key = starts[:, 1].astype(np.int64) * h + starts[:, 0]
    e_key = np.sort(ends[:, 1].astype(np.int64) * h + ends[:, 0])
    i = np.searchsorted(e_key, s_key)
    ok = i < len(e_key)
    s_key, e = s_key[ok], e_key[i[ok]]
    # unbroken: every pixel from the start to the end is light (a run that left the panels
    # has no end of its own)
    lit = np.concatenate([[0], np.cumsum(light.T.ravel(), dtype=np.int64)])
    runs = e - s_key + 1
    runs = runs[(lit[e + 1] - lit[s_key] == runs) & (runs >= 2)]
    return int(np.percentile(runs, 95)) + 1 if len(runs) >= 8 else 0


def _running(a: np.ndarray, k: int, op, axes: tuple[int, ...] = (0, 1)) -> np.ndarray:
    """``op`` (``np.maximum``/``np.minimum``) over every ``k`` x ``k`` window centred on a
    pixel (``k`` pixels along each of ``axes``): per axis, windows of 1, 2, 4, ... pixels
    combined from shifted copies."""
    for axis in axes:
        n = a.shape[axis]

        def cut(start: int, stop: int) -> tuple:
            return (slice(None),) * axis + (slice(start, stop),)

        acc = np.pad(a, [(k // 2, k - 1 - k // 2) if ax == axis else (0, 0) for ax in range(a.ndim)], mode="edge")
        width = 1  # acc[i] covers the padded row/column i .. i + width - 1
        while width * 2 <= k:
            m = acc.shape[axis] - width
            acc = op(acc[cut(0, m)], acc[cut(width, width + m)])
            width *= 2
        if width < k:  # the rest: a second window shifted to end at i + k - 1
            acc = op(acc[cut(0, n)], acc[cut(k - width, k - width + n)])
        a = acc[cut(0, n)]
    return a


def otsu(im: Image.Image) -> Image.Image:
    """Binarise a grayscale image at Otsu's threshold."""
    a = np.asarray(im.convert("L"))
    hist = np.bincount(a.ravel(), minlength=256).astype(np.float64)
    total = a.size
    cum, cum_mean = np.cumsum(hist), np.cumsum(hist * np.arange(256))
    w0, w1 = cum, total - cum
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (cum_mean[-1] * w0 - cum_mean * total) ** 2 / (w0 * w1)
    t = int(np.nanargmax(between))
    return Image.fromarray(np.where(a > t, 255, 0).astype(np.uint8), "L")


#: a profile this much sharper level than half a step either way is level
LEVEL_MARGIN = 1.5


def skew_angle(im: Image.Image, max_deg: float = 5.0, step: float = 0.5) -> float:
    """Rotation (degrees, counter-clockwise) that makes text lines horizontal: the angle
    whose row-ink profile is sharpest, searched on a reduced copy of the page."""
    small = im.convert("L")
    factor = max(1, max(small.size) // 800)
    small = ImageOps.invert(small.reduce(factor))  # ink bright, paper dark

    def sharpness(angle: float) -> float:
        rows = np.asarray(small.rotate(angle, resample=Image.NEAREST), dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best, best_score = 0.0, sharpness(0.0)  # level wins ties (a blank page is not tilted)
    near = {1: sharpness(step), -1: sharpness(-step)}  # read again by the search below
    if best_score > LEVEL_MARGIN * max(near.values()):
        return 0.0  # clearly level (screenshots: 1.8-28x; tilted photos: under 0.6x); skip the search
    for k in range(-int(max_deg / step), int(max_deg / step) + 1):
        if k and (score := near[k] if k in near else sharpness(k * step)) > best_score * (1 + 1e-9) + 1e-9:
            best, best_score = k * step, score
    return best
