"""Model-only PERSON figures on the shared detection dev corpus (a check, never training data).

    python models/recipe/check_helpdesk.py [--model DIR] [--gold ../shared/eval/dev/gold.jsonl]

Matching follows ``eval/score.py`` for PERSON (any character overlap, one-to-one). Prints
precision/recall/F1 for the full-text run and the regions-only run, and chars/s for both.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))

from pii_scanner.detect.ner import load_ner  # noqa: E402


def _score(golds: list[list[tuple[int, int]]], preds: list[list[tuple[int, int, float]]]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, pred in zip(golds, preds):
        unmatched = list(gold)
        for start, end, _ in pred:
            hit = next((g for g in unmatched if g[0] < end and start < g[1]), None)
            if hit is None:
                fp += 1
            else:
                tp += 1
                unmatched.remove(hit)
        fn += len(unmatched)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": tp + fn}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--gold", type=Path, default=REPO.parent / "shared" / "eval" / "dev" / "gold.jsonl")
    args = parser.parse_args(argv)
    model = load_ner(args.model)
    if model is None:
        print("no model found", file=sys.stderr)
        return 1
    texts, golds = [], []
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "text" not in record:
            continue
        texts.append(record["text"])
        golds.append([(g["start"], g["end"]) for g in record["gold"] if g["entity_type"] == "PERSON"])
    chars = sum(map(len, texts))
    report = {}
    for name, run in (("full_text", model.person_spans), ("regions_only", model.person_spans_in_regions)):
        start = time.perf_counter()
        preds = run(texts)
        seconds = time.perf_counter() - start
        report[name] = _score(golds, preds) | {"chars_per_s": round(chars / seconds)}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
