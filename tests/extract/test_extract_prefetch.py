"""The ``detect`` contract with image OCR in worker processes: same output as one process,
in input order, errors per record."""

from __future__ import annotations

import io
import json
import threading

from .extract_fixtures import EMAIL, FNR, RegexDetector, text_image
from pii_scanner.detect.contract import run_detect
from pii_scanner.extract.images import image_hook
from pii_scanner.extract.prefetch import ImageOcrPool


def _records(tmp_path):
    (tmp_path / "images").mkdir()
    for n, dark in ((1, False), (2, True)):
        drawn = text_image(["Kundeprofil", f"Fødselsnummer: {FNR}", f"E-post: {EMAIL}"],
                           size=20, dark=dark)
        (tmp_path / "images" / f"s{n}.png").write_bytes(drawn.data)
    (tmp_path / "images" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    return [{"id": "t1", "text": f"fnr {FNR}", "lang": "nb"},
            {"id": "s1", "image": "images/s1.png"},
            {"id": "bad", "image": "images/broken.png"},
            {"id": "gone", "image": "images/missing.png"},
            {"id": "t2", "text": f"skriv til {EMAIL}"},
            {"id": "s2", "image": "images/s2.png"},
            "not an object"]


def _run(records, tmp_path, **kw):
    detector = RegexDetector()
    lines = "".join(json.dumps(r) + "\n" for r in records) + "{broken json\n"
    out = io.StringIO()
    failed = run_detect(io.StringIO(lines), out, detector, base_dir=tmp_path,
                        image_hook=image_hook(detector), **kw)
    return failed, [json.loads(line) for line in out.getvalue().splitlines()]


def test_pooled_ocr_gives_what_one_process_gives(tmp_path):
    records = _records(tmp_path)
    failed_one, one = _run(records, tmp_path)
    with ImageOcrPool(RegexDetector(), workers=2) as pool:
        failed_pooled, pooled = _run(records, tmp_path, prefetch=pool)
    assert pooled == one and failed_pooled == failed_one == 4
    assert [row["id"] for row in pooled] == ["t1", "s1", "bad", "gone", "t2", "s2", None, None]
    by_id = {row["id"]: row for row in pooled}
    assert {f["entity_type"] for f in by_id["s1"]["findings"]} >= {"NO_FODSELSNUMMER",
                                                                    "EMAIL_ADDRESS"}
    assert by_id["s2"]["findings"] and all("bbox" in f for f in by_id["s2"]["findings"])
    assert "error" in by_id["bad"] and "error" in by_id["gone"]


def test_a_text_only_run_starts_no_pool(tmp_path):
    with ImageOcrPool(RegexDetector(), workers=2) as pool:
        _run([{"id": "t", "text": f"fnr {FNR}"}], tmp_path, prefetch=pool)
        assert not pool.started


def test_records_are_answered_while_the_input_is_still_open(tmp_path):
    """Streaming: a record's line is written before the next line has even been sent."""
    import os

    read_end, write_end = os.pipe()
    inp, feed = os.fdopen(read_end, "r"), os.fdopen(write_end, "w")
    out = _LineSignal()
    detector = RegexDetector()
    with ImageOcrPool(detector, workers=2) as pool:
        worker = threading.Thread(target=run_detect, args=(inp, out, detector),
                                  kwargs={"base_dir": tmp_path, "prefetch": pool})
        worker.start()
        feed.write(json.dumps({"id": "a", "text": f"fnr {FNR}"}) + "\n")
        feed.flush()
        assert out.first_line.wait(timeout=60), "no answer while the input stayed open"
        feed.close()
        worker.join(timeout=60)
    assert json.loads(out.getvalue())["id"] == "a"


class _LineSignal(io.StringIO):
    def __init__(self):
        super().__init__()
        self.first_line = threading.Event()

    def write(self, s):
        n = super().write(s)
        if "\n" in s:
            self.first_line.set()
        return n
