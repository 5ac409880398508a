"""Scan benchmark: tickets/s, API requests per 1,000 tickets and peak RSS, for 1k and 10k tickets.

The sandbox runs in its own process (``pii-scanner sandbox serve``); each measurement is a
fresh ``pii-scanner scan`` process into a fresh SQLite store. The baseline, measured in the same
run on the same sandbox, is a fetch-only pass (the connector's streams, no detection or store),
so the printed ratio says what detection + storage cost on top of reading the API.

    .venv/bin/python benchmarks/scan_sandbox.py [--sizes 1000 10000] [--seed 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
FETCH_ONLY = """
import sys, time
from pii_scanner.config import load_settings
from pii_scanner.pipeline.build import build_connector
c = build_connector(load_settings())
t = time.perf_counter(); n = 0
for s in c.streams():
    for b in s.read(None):
        n += len(b.records)
print(n, c.request_count, time.perf_counter() - t)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


RSS_WRAPPER = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(r.returncode)"
)


def run_measured(cmd: list[str], env: dict) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) of ``cmd`` alone (measured by a fresh wrapper process), stdout."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RSS_WRAPPER, *cmd], env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    rss = int(re.findall(r"MAXRSS (\d+)", proc.stderr)[-1])
    return wall, rss, proc.stdout


def bench(size: int, seed: int, attachments: bool = True) -> dict:
    port = free_port()
    token = "bench-token"
    server = subprocess.Popen(
        [str(BIN / "pii-scanner"), "sandbox", "serve", "--port", str(port), "--tickets", str(size),
         "--seed", str(seed), "--token", token, "--rpm", "1000000", "--incremental-rpm", "1000000"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        banner = ""
        deadline = time.time() + 60
        while time.time() < deadline:
            line = server.stdout.readline()
            banner += line
            if "PII_SCANNER_ZENDESK_EMAIL" in banner and "content" in banner.lower():
                break
        content = re.search(r"https?://localhost:\d+", banner)
        email = re.search(r"PII_SCANNER_ZENDESK_EMAIL=(\S+)", banner).group(1)
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PII_SCANNER_ZENDESK_URL=f"http://127.0.0.1:{port}",
                       PII_SCANNER_ZENDESK_EMAIL=email, PII_SCANNER_ZENDESK_TOKEN=token,
                       PII_SCANNER_DATA_DIR=tmp, PII_SCANNER_SECRET_KEY="b" * 64,
                       PII_SCANNER_ZENDESK_REQUESTS_PER_MINUTE="1000000",
                       PII_SCANNER_ZENDESK_INCREMENTAL_REQUESTS_PER_MINUTE="1000000",
                       PII_SCANNER_ZENDESK_ATTACHMENT_HOSTS=content.group(0).split("//")[1] if content else "",
                       PII_SCANNER_SCAN_DOWNLOAD_ATTACHMENTS=str(attachments).lower())
            fetch_wall, _, fetch_out = run_measured([sys.executable, "-c", FETCH_ONLY], env)
            records, fetch_requests, _ = fetch_out.split()
            scan_wall, rss, _ = run_measured([str(BIN / "pii-scanner"), "scan", "--json"], env)
            status = json.loads(subprocess.run([str(BIN / "pii-scanner"), "status", "--json"],
                                               env=env, capture_output=True, text=True).stdout)
    finally:
        server.terminate()
        server.wait(10)
    last = status["last_run"]
    tickets = last["objects"].get("tickets", 0)
    return {"size": size, "tickets": tickets, "scan_s": scan_wall, "fetch_s": fetch_wall,
            "tickets_per_s": tickets / scan_wall, "fetch_tickets_per_s": tickets / fetch_wall,
            "requests": last["requests"], "requests_per_1k": 1000 * last["requests"] / max(tickets, 1),
            "peak_rss_mib": rss / 1024, "findings": sum(last["findings"].values()),
            "objects": last["objects"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--no-attachments", action="store_true",
                    help="text fields only (attachment download and OCR off)")
    args = ap.parse_args()
    for size in args.sizes:
        r = bench(size, args.seed, attachments=not args.no_attachments)
        what = "text only" if args.no_attachments else "with attachments"
        print(f"{r['tickets']:>6} tickets ({what}): scan {r['scan_s']:.1f} s = {r['tickets_per_s']:.0f} tickets/s; "
              f"fetch-only baseline {r['fetch_s']:.1f} s = {r['fetch_tickets_per_s']:.0f} tickets/s; "
              f"ratio scan/fetch time {r['scan_s'] / r['fetch_s']:.1f}x; "
              f"{r['requests']} API requests = {r['requests_per_1k']:.1f} per 1,000 tickets; "
              f"peak RSS {r['peak_rss_mib']:.0f} MiB; {r['findings']} findings; objects {r['objects']}")


if __name__ == "__main__":
    main()
