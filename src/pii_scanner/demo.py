"""``pii-scanner demo``: the bundled sandbox helpdesk, scanned into a fresh local SQLite store."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from pii_scanner.config import Settings, load_settings, with_zendesk


def demo_settings(data_dir: Path, base_url: str, email: str, token: str, content_host: str) -> Settings:
    data_dir = data_dir.resolve()
    settings = load_settings(env={}, config_path=None, overrides={
        "data_dir": data_dir,
        "database.url": f"sqlite:///{data_dir / 'pii-scanner.db'}",
        "secrets.key_file": data_dir / "secret.key",
    })
    return with_zendesk(settings, url=base_url, email=email, token=token,
                        requests_per_minute=100_000, incremental_requests_per_minute=100_000,
                        attachment_hosts=(content_host,))


def run_demo(console: Console, *, data_dir: Path, tickets: int, seed: int) -> int:
    from urllib.parse import urlsplit

    from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

    from pii_scanner.pipeline.build import load_key, open_store, run_scan
    from pii_scanner.render import ScanProgressView, scan_summary, write_findings

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "pii-scanner.db").unlink(missing_ok=True)  # the demo always starts from an empty store
    config = SandboxConfig(tickets=tickets, seed=seed)
    with SandboxServer(config) as sandbox:
        console.print(f"Sandbox helpdesk with {tickets} tickets at {sandbox.base_url} "
                      f"(attachments served from {sandbox.content_base_url})")
        settings = demo_settings(data_dir, sandbox.base_url, sandbox.email, sandbox.token,
                                 urlsplit(sandbox.content_base_url).netloc)
        load_key(settings, create=True)
        with ScanProgressView(console) as view:
            result = run_scan(settings, on_progress=view)
        stats = sandbox.stats()
    scan_summary(console, result)
    console.print(f"The sandbox served {stats.get('requests', '?')} requests (API calls plus attachment redirects) and "
                  f"{stats.get('downloads', '?')} attachment downloads; "
                  f"{stats.get('rate_limited', 0)} were answered 429.")
    store = open_store(settings)
    try:
        console.print("\nA sample of stored findings (masked previews; raw values are never stored):")
        write_findings(store.findings(limit=12), "table", console=console)
    finally:
        store.close()
    console.print(
        f"\nStore: {settings.database_url}\nTry: .venv/bin/pii-scanner status --data-dir {data_dir} --json\n"
        f"     .venv/bin/pii-scanner findings --data-dir {data_dir} --type NO_FODSELSNUMMER --format json"
    )
    return result.exit_code if result.state != "done_with_errors" else 0
