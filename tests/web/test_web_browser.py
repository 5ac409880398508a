"""End to end in a real browser: Playwright drives Debian's chromium against the app served
by uvicorn over localhost, which reads the live sandbox helpdesk.

An agent signs in, opens the queue and a ticket, reveals a value, dismisses one finding and
redacts another; a manager sees the dashboard charts. Screenshots of the main pages go to
``$PII_SCANNER_SCREENSHOTS`` when set (``docs/`` in the repository holds the published ones).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import PASSWORD, store_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                                   reason="Debian's chromium is not installed")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(app):
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("PII_SCANNER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def _sign_in(page, base: str, name: str) -> None:
    page.goto(base + "/")
    assert "/login" in page.url
    page.fill('input[name="name"]', name)
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_load_state()


def test_agent_reviews_and_redacts_then_manager_sees_charts(app, server, browser):
    store = store_of(app)
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    _sign_in(page, server, "agent")
    assert page.url.endswith("/queue")
    rows = page.locator("table.queue tr.row")
    assert rows.count() > 0
    _shot(page, "queue")

    page.keyboard.press("j")  # keyboard shortcuts: move to the first ticket and open it
    assert "cursor" in (rows.first.get_attribute("class") or "")
    page.keyboard.press("o")
    page.wait_for_url("**/tickets/*")
    ticket_id = page.url.rsplit("/", 1)[1]
    assert page.locator("mark.finding").count() > 0

    # reveal the first highlighted value: the masked preview is replaced by the live value
    mark = page.locator("mark.finding").first
    fid = int(mark.get_attribute("data-finding"))
    preview = mark.locator(".masked").inner_text()
    mark.locator("button.reveal").click()
    revealed = mark.locator(".revealed")
    revealed.wait_for()
    value = revealed.inner_text()
    assert value and value != preview
    finding = next(f for f in store.findings(ticket_id=ticket_id) if f["id"] == fid)
    assert app.state.ctx.fingerprinter.fingerprint(finding["entity_type"], value) == finding["fingerprint"]
    _shot(page, "ticket")

    ids = [int(x) for x in page.locator('input[name="finding"]').evaluate_all(
        "els => els.map(e => e.value)")]
    dismiss_id, redact_id = ids[0], ids[-1]
    page.check(f'input[name="finding"][value="{dismiss_id}"]')
    page.fill('input[name="reason"]', "test data, not a person")
    page.click('button[value="dismiss"]')
    page.wait_for_url(f"**/tickets/{ticket_id}?done=*")
    assert "dismissed" in page.locator(f"#row-{dismiss_id} .badge").first.inner_text()

    page.check(f'input[name="finding"][value="{redact_id}"]')
    page.click('button[value="redact"]')
    page.wait_for_selector("text=Redaction of 1 finding")
    assert page.locator(".tile.result-redacted, .tile.result-stale, .tile.result-unsupported").count() == 1
    _shot(page, "redacted")
    [row] = store.decided_findings(finding_ids=[redact_id])
    assert row["decision"] == "approved" and row["redaction_status"] in ("redacted", "unsupported", "stale")

    page.click("button:has-text('Sign out')")
    page.wait_for_url("**/login")
    _sign_in(page, server, "manager")
    assert page.url.endswith("/dashboard")
    charts = page.locator(".chart img")
    assert charts.count() == 6
    page.wait_for_function(
        "() => [...document.querySelectorAll('.chart img')].every(i => i.complete && i.naturalWidth > 0)")
    assert page.locator(".tile .num").first.inner_text().strip().isdigit()
    _shot(page, "dashboard")

    page.goto(server + "/audit")
    actions = page.locator("table.audit td:nth-child(3)").all_inner_texts()
    assert {"view", "reveal", "dismiss", "redact"} <= set(actions)
    _shot(page, "audit")
    assert not errors, errors


def test_manager_answers_a_subject_request_in_the_browser(app, server, browser, settings):
    from .conftest import subject_of

    value, same = subject_of(app, settings, "EMAIL_ADDRESS")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    _sign_in(page, server, "manager")
    page.click('nav a[href="/gdpr"]')
    page.fill('textarea[name="identifiers"]', value.upper())  # another spelling
    page.fill('input[name="reference"]', "R-12")
    page.click('form.gdpr-lookup button[type="submit"]')
    page.wait_for_load_state()
    assert page.locator("table.gdpr-places tbody tr").count() == len(
        {r["ticket_id"] or r["object_id"] for r in same})
    assert value.lower() not in page.content().lower()
    _shot(page, "web-gdpr")
    page.click('form.gdpr-erase button[type="submit"]')
    page.wait_for_load_state()
    assert f"{len(same)} findings approved" in page.text_content("main")
    assert errors == []
