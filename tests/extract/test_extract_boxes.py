from pii_scanner.extract.boxes import spans_to_bbox, spans_to_line_boxes, union
from pii_scanner.extract.ocr import OcrWord, assemble
from pii_scanner.extract.pieces import WordBox


def _words():
    return assemble([
        OcrWord("Fnr:", (10, 10, 50, 30), 90, (1, 1, 1)),
        OcrWord("131247", (60, 10, 120, 30), 90, (1, 1, 1)),
        OcrWord("23633", (128, 12, 180, 31), 90, (1, 1, 1)),
        OcrWord("Kari", (10, 50, 50, 70), 90, (1, 1, 2)),
        OcrWord("Nordmann", (10, 100, 100, 120), 90, (2, 1, 1)),
    ])


def test_assemble_keeps_spans_and_lines():
    res = _words()
    assert res.text == "Fnr: 131247 23633\nKari\n\nNordmann"
    for w in res.words:
        assert " " not in res.text[w.start:w.end]
    assert res.text[res.words[2].start:res.words[2].end] == "23633"


def test_span_maps_to_union_of_its_words():
    res = _words()
    start = res.text.index("131247")
    assert spans_to_bbox(res.words, start, start + len("131247 23633")) == (60, 10, 180, 31)


def test_partial_word_gets_proportional_box():
    words = (WordBox(0, 15, (0, 0, 150, 20)),)  # "Fnr:13124723633" read as one word
    assert spans_to_bbox(words, 4, 15) == (40, 0, 150, 20)


def test_span_in_whitespace_has_no_box():
    res = _words()
    assert spans_to_bbox(res.words, 4, 5) is None
    assert union([]) is None


def test_wrapped_value_gets_one_box_per_line():
    res = _words()
    start = res.text.index("Kari")
    boxes = spans_to_line_boxes(res.words, start, len(res.text))
    assert boxes == [(10, 50, 50, 70), (10, 100, 100, 120)]
