"""A digest of every finding the detector makes on a fixed set of texts: proof that a speed
change left the findings alone.

Runs the engine (model included) over deterministic texts and hashes every finding's type,
span, score, recognizer and explanation, text by text. Two commits that print the same digest
found the same things, scored and explained the same way, on all of these texts:

- the dev corpus's texts, when ``--dev`` names its folder (``../shared/eval/dev``);
- synthetic tickets (``detect_throughput.synthetic_tickets``, seed 11), through the batch API;
- texts of about 1 KB, 10 KB and 100 KB cut from them, one ``analyze`` call each;
- the bundled sandbox helpdesk's tickets (``--sandbox-tickets``, seed 99): subjects and every
  comment, as HTML and as plain text;
- a few hundred single calls on short tickets (``analyze`` beside ``analyze_many``).

Nothing of a text is printed or written, only counts and the digest; ``--out FILE`` writes one
line per text (its label, the number of findings and their hash) so two runs can be compared
with ``diff`` to see which texts changed. Run:

    .venv/bin/python benchmarks/findings_digest.py --dev ../shared/eval/dev [--out digest.txt]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import detect_throughput  # noqa: E402  (the benchmark's synthetic tickets and sized texts)


def _texts(args) -> list[tuple[str, list[tuple[str, str]], bool]]:
    """(label, [(text, lang)], batch?) groups, in a fixed order."""
    groups: list[tuple[str, list[tuple[str, str]], bool]] = []
    if args.dev:
        gold = Path(args.dev) / "gold.jsonl"
        records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
        groups.append(("dev", [(r["text"], r.get("lang") or "nb") for r in records if "text" in r],
                       False))
    tickets = detect_throughput.synthetic_tickets(args.tickets, seed=11)
    groups.append(("tickets", tickets, True))
    for size, count in ((1_000, 40), (10_000, 6), (100_000, 2)):
        groups.append((f"{size // 1000}kb", [(text, "nb") for text in
                                             detect_throughput.sized_texts(tickets, size, count)],
                       False))
    groups.append(("single", tickets[:args.singles], False))
    if args.sandbox_tickets:
        from pii_scanner_zendesk.sandbox import SandboxConfig
        from pii_scanner_zendesk.sandbox.world import World

        world = World(SandboxConfig(tickets=args.sandbox_tickets, seed=99))
        texts: list[tuple[str, str]] = []
        for tid in range(1, args.sandbox_tickets + 1):
            ticket = world.ticket(tid)
            if ticket is None:
                continue
            texts.append((ticket.subject, ticket.lang))
            for comment in ticket.comments:
                texts += [(comment.html_body, ticket.lang), (comment.plain_body, ticket.lang)]
        groups.append(("sandbox", texts, True))
    return groups


def _line(findings) -> str:
    return json.dumps([[f.entity_type, f.start, f.end, f.score, f.recognizer,
                        [list(part) if isinstance(part, tuple) else part for part in f.explanation]]
                       for f in findings], ensure_ascii=False, default=str)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", help="the eval corpus folder (its gold.jsonl's texts are added)")
    parser.add_argument("--tickets", type=int, default=3000, help="synthetic tickets (default 3000)")
    parser.add_argument("--singles", type=int, default=400, help="single analyze calls (default 400)")
    parser.add_argument("--sandbox-tickets", type=int, default=150,
                        help="sandbox tickets (default 150; 0 leaves them out)")
    parser.add_argument("--no-ner", action="store_true", help="the detector without the model")
    parser.add_argument("--out", help="write one line per text: label, findings, their hash")
    args = parser.parse_args(argv)

    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    detector = build_detector(DetectOptions(use_ner=not args.no_ner))
    digest = hashlib.md5()
    lines: list[str] = []
    texts = findings = 0
    for label, items, batch in _texts(args):
        results = (detector.analyze_many(items) if batch
                   else [detector.analyze(text, lang) for text, lang in items])
        for i, found in enumerate(results):
            encoded = _line(found).encode("utf-8")
            digest.update(encoded + b"\n")
            lines.append(f"{label}:{i}\t{len(found)}\t{hashlib.md5(encoded).hexdigest()}")
            texts += 1
            findings += len(found)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{texts} texts, {findings} findings, digest {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
