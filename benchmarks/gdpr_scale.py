"""GDPR commands on a large store: time and peak memory, against holding every finding at once.

Fills a temporary SQLite store with N synthetic findings (``report_scale.fill``: ten findings a
ticket, made-up fingerprints and previews, no personal data), then runs each target in its own
subprocess so its peak RSS is its own:

- ``breach-rows``: the baseline, every finding of the store in a list, then folded;
- ``breach``: :func:`pii_scanner.gdpr.breach.breach_report` over the whole store (streamed);
- ``retention``: :func:`pii_scanner.gdpr.retention.retention_report` (every ticket expired);
- ``subject``: :func:`pii_scanner.gdpr.subject.find_subject` for three identifiers.

    .venv/bin/python benchmarks/gdpr_scale.py [--findings 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

TARGETS = ("breach-rows", "breach", "retention", "subject")


def measure(url: str, target: str) -> dict:
    from pii_scanner.gdpr.breach import BreachReport, breach_report
    from pii_scanner.gdpr.retention import retention_report
    from pii_scanner.gdpr.subject import find_subject
    from pii_scanner.store import Store
    from pii_scanner.store.fingerprint import Fingerprinter

    with Store.open(url, migrate=False) as store:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        began = time.perf_counter()
        if target == "breach-rows":
            rows = list(store.findings(include_history=True))
            report = BreachReport({}, None)
            for f in rows:
                report.add(f)
            result = report.findings
        elif target == "breach":
            result = breach_report(store, everything=True, include_history=True).findings
        elif target == "retention":
            # report_scale's tickets carry no updated_at: give them one, all long past
            with store.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE objects SET remote_updated_at = '2020-01-01T00:00:00Z',"
                                     " meta = '{\"status\": \"solved\"}' WHERE kind = 'tickets'")
            began = time.perf_counter()
            result = len(retention_report(store, older_than_days=365,
                                          now=datetime(2026, 1, 1, tzinfo=UTC)).findings)
        else:
            fp = Fingerprinter(b"bench-key-0123456789abcdef")
            result = len(find_subject(store, fp, ["01019012345", "kari@example.no",
                                                  "+47 912 34 567"], actor="bench").findings)
        seconds = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"target": target, "seconds": round(seconds, 2), "result": result,
            "peak_mb": round(peak / 1024), "added_mb": round((peak - base) / 1024)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=200_000)
    parser.add_argument("--child", nargs=2, metavar=("URL", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(*args.child)))
        return 0
    sys.path.insert(0, str(Path(__file__).parent))
    from report_scale import fill

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        began = time.perf_counter()
        fill(url, args.findings)
        print(f"filled {args.findings:,} findings in {time.perf_counter() - began:.0f} s")
        results = {}
        for target in TARGETS:
            out = subprocess.run([sys.executable, __file__, "--child", url, target],
                                 capture_output=True, text=True, check=True)
            results[target] = json.loads(out.stdout.strip().splitlines()[-1])
            r = results[target]
            print(f"{target:<12} {r['seconds']:>7.2f} s  peak {r['peak_mb']:>5} MB "
                  f"(+{r['added_mb']} MB)  result {r['result']:,}", flush=True)
        rows, streamed = results["breach-rows"], results["breach"]
        assert rows["result"] == streamed["result"]
        print(f"breach memory added, streamed vs all rows: "
              f"{streamed['added_mb'] / max(rows['added_mb'], 1):.2f}x; "
              f"time {streamed['seconds'] / rows['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
