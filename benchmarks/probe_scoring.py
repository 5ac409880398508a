"""Scoring shared by the seeded text probes (``ticket_probe.py``, ``record_probe.py``).

Findings are matched to the gold as ../shared/eval/score.py matches them (same type; PERSON,
STREET_ADDRESS and DATE_OF_BIRTH any overlap, the other types character IoU >= 0.5; a further
fragment of a matched lenient gold value is no false alarm). :func:`probe_main` runs a probe's
generator through the detector in this process and prints per-type precision/recall/F1,
micro-F1 and every miss and false alarm with its value (all values are synthetic).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable

LENIENT = {"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"}
CONTRACT = {"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "NO_ORGNR",
            "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER",
            "IP_ADDRESS", "GPS_COORDINATES", "STREET_ADDRESS", "PERSON", "PASSPORT_NUMBER",
            "DATE_OF_BIRTH"}


def match(gold: list[dict], pred: list[dict]) -> tuple[list, list, list]:
    """score.py's matching for text records: (pairs, missed gold idx, false alarm idx)."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["entity_type"] != p["entity_type"]:
                continue
            inter = max(0, min(g["end"], p["end"]) - max(g["start"], p["start"]))
            union = (g["end"] - g["start"]) + (p["end"] - p["start"]) - inter
            iou = inter / union if union else 0.0
            if (inter > 0) if g["entity_type"] in LENIENT else iou >= 0.5:
                cands.append((iou, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    fn = [i for i in range(len(gold)) if i not in used_g]
    fp = [i for i in range(len(pred)) if i not in used_p
          and not (pred[i]["entity_type"] in LENIENT and any(
              g["entity_type"] == pred[i]["entity_type"]
              and min(g["end"], pred[i]["end"]) > max(g["start"], pred[i]["start"]) for g in gold))]
    return pairs, fn, fp


def score_records(records: list[dict], detector, kind_width: int = 15) -> tuple[dict, list[str]]:
    """Per-type ``[tp, fp, fn]`` counts over ``records`` and a line per miss and false alarm."""
    from pii_scanner.detect.contract import detect_record

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    lines = []
    for rec in records:
        pred = [f for f in detect_record(rec, detector)["findings"] if f["entity_type"] in CONTRACT]
        pairs, fn, fp = match(rec["gold"], pred)
        for gi, _ in pairs:
            counts[rec["gold"][gi]["entity_type"]][0] += 1
        for pi in fp:
            counts[pred[pi]["entity_type"]][1] += 1
        for gi in fn:
            counts[rec["gold"][gi]["entity_type"]][2] += 1
        text = rec["text"]
        for gi in fn:
            g = rec["gold"][gi]
            lines.append(f"MISS  {rec['id']:9} {rec['kind']:{kind_width}} {rec.get('lang', '-'):2} "
                         f"{g['entity_type']:18} {text[g['start']:g['end']]!r}")
        for pi in fp:
            p = pred[pi]
            lines.append(f"FALSE {rec['id']:9} {rec['kind']:{kind_width}} {rec.get('lang', '-'):2} "
                         f"{p['entity_type']:18} {text[p['start']:p['end']]!r}  "
                         f"in {text[max(0, p['start'] - 30):p['end'] + 30]!r}")
    return counts, lines


def print_figures(counts: dict, seed: int, n: int) -> None:
    """The per-type table and the ``PROBE`` line with the micro figures."""
    print(f"{'type':26} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
    tot = [0, 0, 0]
    for t in sorted(counts):
        tp, fp, fn = counts[t]
        tot = [a + b for a, b in zip(tot, counts[t])]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:26} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5} {fp:4} {fn:4}")
    tp, fp, fn = tot
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"PROBE seed={seed} n={n} micro_p={p:.4f} micro_r={r:.4f} micro_f1={f:.4f} "
          f"tp={tp} fp={fp} fn={fn}")


def probe_main(generate: Callable[..., list[dict]], description: str, argv=None, *,
               seed: int, n: int, what: str, kind_width: int = 15,
               options: Callable[[argparse.ArgumentParser], Callable[[argparse.Namespace], dict]]
               | None = None) -> int:
    """A probe's command line: ``--seed``, ``-n``, ``--quiet`` (figures only), ``--no-ner``.

    ``options``, if given, adds a probe's own options to the parser and returns a function
    that turns the parsed arguments into keyword arguments of ``generate``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("-n", type=int, default=n, help=f"{what} (default {n})")
    ap.add_argument("--quiet", action="store_true", help="figures only, no cases")
    ap.add_argument("--no-ner", action="store_true")
    read_options = options(ap) if options else (lambda args: {})
    args = ap.parse_args(argv)
    generate_options = read_options(args)

    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    detector = build_detector(DetectOptions(use_ner=not args.no_ner))
    counts, lines = score_records(generate(args.seed, args.n, **generate_options), detector,
                                  kind_width)
    if not args.quiet:
        print("\n".join(lines))
    print_figures(counts, args.seed, args.n)
    return 0
