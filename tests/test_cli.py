"""CLI surface: help everywhere, clear errors with exit code 2, status/findings on a store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pii_scanner.cli import app

runner = CliRunner()


def commands(typer_app, prefix=()):
    import typer.main

    group = typer.main.get_command(typer_app)
    stack = [(prefix, group)]
    while stack:
        path, cmd = stack.pop()
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            stack.append((path + (name,), sub))


def test_every_command_has_help():
    paths = list(commands(app))
    assert ("scan",) in paths and ("status",) in paths and ("detect",) in paths
    for path in paths:
        res = runner.invoke(app, [*path, "--help"])
        assert res.exit_code == 0, path
        assert "Usage" in res.output


@pytest.fixture
def env(tmp_path, monkeypatch):
    for k in list(__import__("os").environ):
        if k.startswith("PII_SCANNER_"):
            monkeypatch.delenv(k)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PII_SCANNER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_bad_setting_is_one_line_exit_2(env, monkeypatch):
    monkeypatch.setenv("PII_SCANNER_ZENDESK_REQUESTS_PER_MINUTE", "many")
    res = runner.invoke(app, ["status"])
    assert res.exit_code == 2
    assert "zendesk.requests_per_minute" in res.output
    assert "Traceback" not in res.output


def test_scan_without_zendesk_url_is_exit_2(env):
    runner.invoke(app, ["init"])
    res = runner.invoke(app, ["scan"])
    assert res.exit_code == 2
    assert "zendesk.url" in res.output


def test_scan_without_key_tells_to_init(env, monkeypatch):
    monkeypatch.setenv("PII_SCANNER_ZENDESK_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PII_SCANNER_ZENDESK_EMAIL", "a@b.no")
    monkeypatch.setenv("PII_SCANNER_ZENDESK_TOKEN", "t")
    res = runner.invoke(app, ["scan"])
    assert res.exit_code == 2
    assert "pii-scanner init" in res.output


def test_init_creates_private_key_and_config_and_is_rerunnable(env):
    res = runner.invoke(app, ["init"])
    assert res.exit_code == 0, res.output
    key = env / "data" / "secret.key"
    assert key.exists() and (key.stat().st_mode & 0o077) == 0
    assert (env / "pii-scanner.toml").exists()
    before = key.read_bytes()
    res = runner.invoke(app, ["init"])
    assert res.exit_code == 0 and "kept" in res.output
    assert key.read_bytes() == before
    # the written config is valid and used automatically from the working folder
    assert runner.invoke(app, ["status", "--json"]).exit_code == 0


def test_status_json_on_empty_store(env):
    runner.invoke(app, ["init"])
    res = runner.invoke(app, ["status", "--json"])
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert data["last_run"] is None


def test_findings_rejects_unknown_format(env):
    res = runner.invoke(app, ["findings", "--format", "xml"])
    assert res.exit_code == 2


def test_scan_interval_parsing():
    from pii_scanner.cli import _parse_interval

    assert _parse_interval("15m") == 900
    assert _parse_interval("2h") == 7200
    assert _parse_interval("30") == 30
    with pytest.raises(Exception):
        _parse_interval("soon")


def test_detect_with_a_missing_input_or_unwritable_output_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["detect", "--input", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 2
    assert "cannot read --input" in res.output and "Traceback" not in res.output
    good = tmp_path / "in.jsonl"
    good.write_text('{"id": "a", "text": "hei"}\n', encoding="utf-8")
    res = runner.invoke(app, ["detect", "--input", str(good),
                              "--output", str(tmp_path / "no" / "such" / "out.jsonl")])
    assert res.exit_code == 2
    assert "cannot write --output" in res.output


def test_detect_gives_the_same_lines_with_and_without_ocr_workers(tmp_path):
    """Image records OCR'd in worker processes: same output, same order, as in one process."""
    import io

    from PIL import Image, ImageDraw

    from tests.extract.extract_fixtures import _font

    font = _font(22)
    lines = []
    for n in range(3):
        im = Image.new("RGB", (640, 120), "white")
        ImageDraw.Draw(im).text((20, 40), f"E-post: kari.{n}@firma.no", font=font, fill="black")
        buf = io.BytesIO()
        im.save(buf, "PNG")
        (tmp_path / f"s{n}.png").write_bytes(buf.getvalue())
        lines += [json.dumps({"id": f"t{n}", "text": f"tlf 9123456{n}", "lang": "nb"}),
                  json.dumps({"id": f"s{n}", "image": f"s{n}.png"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        res = runner.invoke(app, ["detect", "--input", str(src), "--output", str(out),
                                  "--ocr-workers", workers])
        assert res.exit_code == 0, res.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    rows = [json.loads(line) for line in outputs[0].splitlines()]
    assert [r["id"] for r in rows] == ["t0", "s0", "t1", "s1", "t2", "s2"]
    assert all(any(f["entity_type"] == "EMAIL_ADDRESS" and "bbox" in f for f in r["findings"])
               for r in rows if r["id"].startswith("s"))
