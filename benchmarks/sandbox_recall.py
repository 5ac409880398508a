"""Detection recall on the sandbox helpdesk, by fingerprint, per entity type and place.

An independent yardstick next to ../shared/eval: the sandbox's generator (not the eval corpus)
plants values in every field kind, and its manifest says where. We scan the sandbox into a
temporary store and count a planted value as found when the store holds a finding of the same
type with the same fingerprint on the same object. Values on tickets and organizations deleted
in the helpdesk are not counted (a scan drops deleted objects by design); their number is printed. Raw values never leave this process.
(Lower bound: a finding whose span differs from the planted value counts as a miss.)

    .venv/bin/python benchmarks/sandbox_recall.py [--tickets 150] [--seed 99]
"""

from __future__ import annotations

import argparse
import collections
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from pii_scanner.demo import demo_settings
from pii_scanner.pipeline.build import load_key, open_store, run_scan
from pii_scanner.store.fingerprint import Fingerprinter
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tickets", type=int, default=150)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()
    with SandboxServer(SandboxConfig(tickets=args.tickets, seed=args.seed)) as sb, \
            tempfile.TemporaryDirectory() as tmp:
        settings = demo_settings(Path(tmp), sb.base_url, sb.email, sb.token,
                                 urlsplit(sb.content_base_url).netloc)
        fp = Fingerprinter(load_key(settings, create=True))
        run_scan(settings)
        store = open_store(settings)
        stored = collections.defaultdict(set)
        for r in store.findings():
            stored[(r["kind"].rstrip("s"), r["object_id"])].add((r["entity_type"], r["fingerprint"]))
        store.close()
        total, hit = collections.Counter(), collections.Counter()
        missed = collections.defaultdict(collections.Counter)
        dropped = 0
        for p in sb.iter_manifest():
            if not p.live:  # on a deleted ticket/organization: a scan drops those by design
                dropped += 1
                continue
            where = "attachment" if p.kind == "attachment" else "text"
            key = (p.entity_type, where)
            total[key] += 1
            if (p.entity_type, fp.fingerprint(p.entity_type, p.value)) in stored[(p.kind, p.object_id)]:
                hit[key] += 1
            else:
                missed[key][p.field.split(".")[0]] += 1
    print(f"{'entity type':28} {'where':10} {'found':>11}  recall  most missed in")
    for key in sorted(total):
        print(f"{key[0]:28} {key[1]:10} {hit[key]:5}/{total[key]:<5} {hit[key] / total[key]:6.3f}  "
              f"{dict(missed[key].most_common(3))}")
    t, h = sum(total.values()), sum(hit.values())
    print(f"overall recall {h}/{t} = {h / t:.3f}")
    print(f"not counted: {dropped} values planted on deleted tickets/organizations")


if __name__ == "__main__":
    main()
