import io
import json
import subprocess
import sys

from pii_scanner.detect.contract import run_detect
from pii_scanner.records import Finding


def _run(detector, records, **kw):
    out = io.StringIO()
    run_detect(io.StringIO("".join(json.dumps(r) + "\n" for r in records)), out, detector, **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_text_records_and_offsets(detector):
    text = "Hei, fnr 151086 95088 og e-post kari@example.no"
    [row] = _run(detector, [{"id": "t1", "text": text, "lang": "nb"}])
    assert row["id"] == "t1" and "error" not in row
    got = {(f["entity_type"], text[f["start"]:f["end"]]) for f in row["findings"]}
    assert got == {("NO_FODSELSNUMMER", "151086 95088"), ("EMAIL_ADDRESS", "kari@example.no")}
    assert all(set(f) == {"entity_type", "start", "end", "score"} for f in row["findings"])


def test_html_offsets_map_back_and_link_attributes_are_scanned(detector):
    html = ('<div><p>Hei,</p><p>Konto for <b>Bjørg Hagen</b>: <span>2801.52.02787</span>.</p>'
            '<p><a href="mailto:bjorg.h@outlook.com">bjorg.h@outlook.com</a> &amp; tlf '
            '<a href="tel:+4797230395">ring</a></p></div>')
    [row] = _run(detector, [{"id": "h", "text": html}])
    got = sorted((f["entity_type"], html[f["start"]:f["end"]]) for f in row["findings"])
    assert got == sorted([("PERSON", "Bjørg Hagen"), ("NO_BANK_ACCOUNT", "2801.52.02787"),
                          ("EMAIL_ADDRESS", "bjorg.h@outlook.com"),
                          ("EMAIL_ADDRESS", "bjorg.h@outlook.com"),
                          ("PHONE_NUMBER", "+4797230395")])


def test_text_escaped_for_html_without_tags_is_read_unescaped(detector):
    # a field copied out of HTML: the entities stand where the separators are
    text = ("Adresse:&nbsp;Storgata&nbsp;1,&nbsp;0155&nbsp;Oslo. Ring 912&nbsp;34&nbsp;567 "
            "eller skriv til kari.hansen&#64;firma.no")
    [row] = _run(detector, [{"id": "e", "text": text, "lang": "nb"}])
    got = sorted((f["entity_type"], text[f["start"]:f["end"]]) for f in row["findings"])
    assert got == sorted([("STREET_ADDRESS", "Storgata&nbsp;1,&nbsp;0155&nbsp;Oslo"),
                          ("PHONE_NUMBER", "912&nbsp;34&nbsp;567"),
                          ("EMAIL_ADDRESS", "kari.hansen&#64;firma.no")])
    # one ampersand in prose is no HTML: offsets stay the text's own
    plain = "Faktura fra Berg & Co til Kari Hansen, tlf 912 34 567"
    [row] = _run(detector, [{"id": "p", "text": plain, "lang": "nb"}])
    assert ("PHONE_NUMBER", "912 34 567") in [(f["entity_type"], plain[f["start"]:f["end"]])
                                              for f in row["findings"]]


def test_images_without_hook_and_with_hook(detector, tmp_path):
    [row] = _run(detector, [{"id": "s1", "image": "images/s1.png"}])
    assert row == {"id": "s1", "findings": [], "error": "image input not supported yet"}
    seen = []

    def hook(path):
        seen.append(path)
        return [Finding("PERSON", 0, 0, 0.8, "ocr", bbox=(1, 2, 3, 4))]
    [row] = _run(detector, [{"id": "s1", "image": "images/s1.png"}], base_dir=tmp_path,
                 image_hook=hook)
    assert seen == [tmp_path / "images/s1.png"]
    assert row["findings"] == [{"entity_type": "PERSON", "score": 0.8, "bbox": [1, 2, 3, 4]}]


def test_module_main_reads_stdin_writes_stdout():
    record = json.dumps({"id": "a", "text": "Mvh\nKari Nordmann\n+47 928 69 429"})
    proc = subprocess.run([sys.executable, "-m", "pii_scanner.detect.contract", "--no-ner"],
                          input=record + "\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert {f["entity_type"] for f in row["findings"]} == {"PERSON", "PHONE_NUMBER"}
    assert "Kari" not in proc.stderr
