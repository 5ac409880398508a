"""Round 19 of the screenshot probe (``benchmarks/screenshot_probe.py``): identifiers the
engine cut with a space or whose separators it read as one another, a surname whose capital
it read small, and a side bar's menu words taken for names.

The numbers are synthetic, with valid check digits, and belong to no one."""

from pii_scanner.detect import name_cues
from pii_scanner.extract.ocr import OcrWord

L1, L2 = (1, 1, 1), (1, 1, 2)


def _line(texts, line=L1, x=10, y=10, cw=8, gap=8):
    """Words of one line, ``cw`` pixels a character, ``gap`` pixels apart."""
    out = []
    for t in texts:
        out.append(OcrWord(t, (x, y, x + cw * len(t), y + 14), 90.0, line))
        x += cw * len(t) + gap
    return out


def _no_crop(box, lang="eng"):
    return ""


# --- menu words are no list of names ----------------------------------------------------

def _cues(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return name_cues.cues(text, start, start + len(word))


def test_a_side_bars_words_are_no_list_cue():
    menu = "Banken\n\nOversikt\nKonto\nLan\nSparing\nBetaling\nNettbank\nLisens\n\nMine kontoer"
    for word in ("Lan", "Nettbank", "Lisens"):
        assert "list" not in _cues(menu, word), word
    # items beside the page's rows (the side bar and the content read as one table)
    rows = "Oversikt\tMine kontoer\nLan\tBrukskonto\t1254.61.74555\nSparing\tBSU\nKort\tSparekonto\nFond"
    assert "list" not in _cues(rows, "Lan")
    # a bar of menu words across the page, read as one row of cells
    bar = "Lisens\tKontakter\tAdmin\tNettbank\tRapporter\n\nKontakter\n* Tone Sæther\t+47 97595465"
    assert "list" not in _cues(bar, "Lisens")


def test_names_one_per_row_keep_their_list_cue():
    names = "Deltakere:\nKari\nOla\nSteinar\nSigrid"
    for word in ("Ola", "Steinar", "Sigrid"):
        assert "list" in _cues(names, word), word
    # a form with its labels above its values: at most two words around a value
    form = "Min profil\n\nFornavn\n\nIngrid\n\nEftemamn\n\nVestin\n\nE-post\ningrid.v@bredband.net"
    assert "list" in _cues(form, "Vestin")
    row = "Navn\tRolle\nKari\tKonsulent\tAktiv\nOla\tLeder\tAktiv"  # a table, two word cells
    assert "list" in _cues(row, "Kari")
    bullets = "• Kari Hansen\n• Oversikt\n• Ola Berg"
    assert "list" in _cues(bullets, "Kari Hansen")
