from pii_scanner.extract.ocr import OcrWord, assemble

CW = 10  # px per character (monospace)


def _row(n: int, cells: list[tuple[int, str]]) -> list[OcrWord]:
    """Words of one table row; each cell (column x, text) is split at spaces like OCR does."""
    out = []
    for x, text in cells:
        for word in text.split(" "):
            out.append(OcrWord(word, (x, 20 * n, x + CW * len(word), 20 * n + 12), 90.0, (1, 1, n)))
            x += CW * (len(word) + 1)
    return out


def test_table_columns_become_tabs_but_spaced_numbers_stay_whole():
    rows = [("Rune Berge", "07058040171", "96 68 31 20", "rberge@icloud.com"),
            ("Nina Sandvik", "20116197538", "99 63 92 84", "nsandvik@kvartalet.no"),
            ("Egil Berge", "10095403900", "972 64 332", "egil.b@nordbygg.no")]
    words = [w for n, r in enumerate(rows, 1) for w in _row(n, list(zip((0, 130, 260, 390), r)))]
    text = assemble(words).text
    assert text.splitlines() == ["\t".join(r) for r in rows]


def test_a_lone_wide_gap_is_a_tab_and_normal_spaces_stay():
    words = _row(1, [(0, "Fødselsnummer:"), (200, "13124723633")]) + _row(2, [(0, "Kari Nordmann bor her")])
    assert assemble(words).text == "Fødselsnummer:\t13124723633\nKari Nordmann bor her"


def test_overlapping_boxes_are_one_split_word():
    words = [OcrWord("Org.nr.:", (0, 0, 80, 12), 90.0, (1, 1, 1)),
             OcrWord("95694563", (90, 0, 170, 12), 90.0, (1, 1, 1)),
             OcrWord("1", (163, 0, 172, 12), 90.0, (1, 1, 1))]
    res = assemble(words)
    assert res.text == "Org.nr.: 956945631"
    assert [res.text[w.start:w.end] for w in res.words] == ["Org.nr.:", "95694563", "1"]
