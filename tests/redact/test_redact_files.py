"""redact-file: text, JSONL and CSV with the same operators; the real CLI on a text file."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pii_scanner.cli import app
from pii_scanner.records import Finding
from pii_scanner.redact.files import TextRedactor, redact_csv, redact_jsonl
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.store.fingerprint import Fingerprinter

KEY = b"k" * 32
FNR = "01019012345"


def fake_analyze(text: str) -> list[Finding]:
    """Every 11-digit run is a fødselsnummer; 'Kari Nordmann' a person (overlapping a wider
    'Kari Nordmann 01019012345' address-ish finding when both occur)."""
    out = []
    i = text.find(FNR)
    while i != -1:
        out.append(Finding("NO_FODSELSNUMMER", i, i + 11, 0.99, "fake"))
        i = text.find(FNR, i + 1)
    j = text.find("Kari Nordmann")
    if j != -1:
        out.append(Finding("PERSON", j, j + 13, 0.8, "fake"))
        out.append(Finding("PERSON", j, j + 4, 0.5, "fake"))  # inside the wider one
    return out


def redactor(**policy) -> TextRedactor:
    return TextRedactor(fake_analyze, RedactPolicy.from_mapping(policy),
                        Fingerprinter(KEY).fingerprint, KEY)


def test_text_uses_the_policy_operators_and_keeps_the_rest():
    r = redactor(operators={"PERSON": "token", "NO_FODSELSNUMMER": "partial"})
    out, n = r.redact(f"Hei Kari Nordmann, fnr {FNR}.")
    assert n == 2
    assert out.startswith("Hei [PERSON-") and out.endswith(", fnr ••••••••345.")


def test_jsonl_redacts_values_not_keys():
    text = json.dumps({"id": 1, "text": f"fnr {FNR}", "tags": [FNR], "n": 5}) + "\n\n"
    out, n = redact_jsonl(text, redactor())
    record = json.loads(out.splitlines()[0])
    assert n == 2 and record["id"] == 1 and record["n"] == 5
    assert FNR not in out and record["text"] == "fnr " + "\u2587" * 11


def test_csv_keeps_the_header():
    out, n = redact_csv(f"name,fnr\nKari Nordmann,{FNR}\n", redactor(default_operator="remove"))
    assert out == "name,fnr\n,\n" and n == 2


def test_cli_redact_file_with_the_real_detector(tmp_path, monkeypatch):
    fnr = "01019010046"  # synthetic, valid check digits
    monkeypatch.setenv("PII_SCANNER_SECRET_KEY", "x" * 32)
    monkeypatch.setenv("PII_SCANNER_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PII_SCANNER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    src, dst = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text(f"Kunden oppga fødselsnummer {fnr} i telefonen.\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["redact-file", str(src), str(dst)])
    assert res.exit_code == 0, res.output
    out = dst.read_text(encoding="utf-8")
    assert fnr not in out and out.startswith("Kunden oppga fødselsnummer ")
    assert out.endswith(" i telefonen.\n")
    assert src.read_text(encoding="utf-8").count(fnr) == 1
    res = CliRunner().invoke(app, ["redact-file", str(src), str(src)])
    assert res.exit_code == 2
