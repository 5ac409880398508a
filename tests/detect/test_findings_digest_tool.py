"""benchmarks/findings_digest.py: the digest speed changes are checked with stays usable."""

import dataclasses
import importlib.util
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _tool():
    spec = importlib.util.spec_from_file_location("findings_digest", BENCHMARKS / "findings_digest.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def test_two_runs_print_the_same_digest_and_one_line_per_text(tmp_path, capsys):
    tool = _tool()
    small = ["--tickets", "30", "--singles", "5", "--sandbox-tickets", "2", "--no-ner"]
    assert tool.main(small + ["--out", str(tmp_path / "a.txt")]) == 0
    first = capsys.readouterr().out
    assert tool.main(small + ["--out", str(tmp_path / "b.txt")]) == 0
    assert capsys.readouterr().out == first
    texts, findings = (int(word) for word in first.split()[0:3:2])
    lines = (tmp_path / "a.txt").read_text().splitlines()
    assert len(lines) == texts and findings > 0
    assert sum(int(line.split("\t")[1]) for line in lines) == findings
    assert (tmp_path / "a.txt").read_text() == (tmp_path / "b.txt").read_text()


def test_the_digest_moves_when_a_finding_does(tmp_path, capsys, monkeypatch):
    """A changed score is a changed digest (the hash covers more than spans)."""
    tool = _tool()
    small = ["--tickets", "20", "--singles", "0", "--sandbox-tickets", "0", "--no-ner"]
    tool.main(small)
    before = capsys.readouterr().out.split()[-1]
    original = tool._line
    monkeypatch.setattr(tool, "_line", lambda found: original(
        [dataclasses.replace(f, score=round(f.score - 0.001, 3)) for f in found]))
    tool.main(small)
    assert capsys.readouterr().out.split()[-1] != before
