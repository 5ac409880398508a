"""The whole detector on running prose: NorNE dev's news sentences, PERSON scored as the eval.

The eval corpus is helpdesk tickets, where most names stand in greetings, signatures and
headers. NorNE dev (``../shared/data/norne``, UD dev splits) is edited prose with every person
annotated, so it shows what the engine does with names in running text and which capitalised
words it mistakes for names (places, media, ships). Each sentence is one text; a gold PER span
counts as found when a PERSON finding overlaps it (the eval's rule for PERSON). Findings of
other types are counted too: news text holds no identifiers, so each is a false alarm to read.

This is the engine's figure, not the model's (``models/METRICS.json`` holds the model alone):
the engine asks the model only where a name can be and needs a cue or a list for a lone word,
so its recall on prose is lower by design. Use it to find false alarms; the dev sentences are
not to be fitted. ``--show N`` prints up to N missed and N false PERSON spans per variant (on
this machine only: NorNE's texts are for training and evaluation, not for republishing).

    .venv/bin/python benchmarks/norne_prose.py [--norne ../shared/data/norne] [--show 0]
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Iterator
from pathlib import Path

VARIANTS = (("bokmål", "no_bokmaal-ud-dev.conllu", "nb"),
            ("nynorsk", "no_nynorsk-ud-dev.conllu", "nn"))


def sentences(path: Path) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(text, PER spans) of each sentence of a CoNLL-U file whose MISC column holds
    ``name=B-PER``-style tags; a sentence whose tokens cannot be placed in its text is
    skipped."""
    text, tokens = None, []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if tokens and text is not None:
                    spans = _spans(text, tokens)
                    if spans is not None:
                        yield text, spans
                text, tokens = None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # a multi-word token's range or an empty node
                tag = next((p[5:] for p in cols[9].split("|") if p.startswith("name=")), "O")
                tokens.append((cols[1], tag))
    if tokens and text is not None and (spans := _spans(text, tokens)) is not None:
        yield text, spans


def _spans(text: str, tokens: list[tuple[str, str]]) -> list[tuple[int, int]] | None:
    pos, spans, current = 0, [], None
    for form, tag in tokens:
        at = text.find(form, pos)
        if at < 0:
            return None
        pos = at + len(form)
        if tag == "B-PER":
            if current:
                spans.append(tuple(current))
            current = [at, pos]
        elif tag == "I-PER" and current:
            current[1] = pos
        elif current:
            spans.append(tuple(current))
            current = None
    if current:
        spans.append(tuple(current))
    return spans


def score(detector, items: list[tuple[str, list[tuple[int, int]]]], lang: str):
    """(tp, fp, fn, other-type counts, missed spans, false spans) over ``items``."""
    tp = fp = fn = 0
    other: collections.Counter = collections.Counter()
    missed, false = [], []
    for (text, gold), findings in zip(items, detector.analyze_many([(t, lang) for t, _ in items])):
        found = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
        other.update(f.entity_type for f in findings if f.entity_type != "PERSON")
        used = set()
        for start, end in gold:
            hit = next((i for i, (a, b) in enumerate(found) if i not in used and a < end
                        and start < b), None)
            if hit is None:
                fn += 1
                missed.append((text, start, end))
            else:
                used.add(hit)
                tp += 1
        for i, (a, b) in enumerate(found):
            if i not in used:
                fp += 1
                false.append((text, a, b))
    return tp, fp, fn, other, missed, false


def _shown(text: str, start: int, end: int) -> str:
    return f"{text[start:end]!r} in …{text[max(0, start - 40):end + 30]!r}…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--norne", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared" / "data" / "norne", help="folder of NorNE's UD dev files")
    parser.add_argument("--show", type=int, default=0, help="missed and false spans to print")
    parser.add_argument("--no-ner", action="store_true", help="the detector without the model")
    args = parser.parse_args(argv)
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    detector = build_detector(DetectOptions(use_ner=not args.no_ner))
    print(f"{'variant':<10}{'sentences':>10}{'gold PER':>10}{'P':>8}{'R':>8}{'F1':>8}"
          f"{'FP':>6}{'FN':>6}  other types found")
    for variant, name, lang in VARIANTS:
        path = args.norne / name
        if not path.exists():
            print(f"{variant}: {path} not found", file=sys.stderr)
            return 2
        items = list(sentences(path))
        tp, fp, fn, other, missed, false = score(detector, items, lang)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{variant:<10}{len(items):>10}{tp + fn:>10}{precision:>8.3f}{recall:>8.3f}"
              f"{f1:>8.3f}{fp:>6}{fn:>6}  {dict(other) or '-'}")
        for label, spans in (("missed", missed), ("false", false)):
            for text, start, end in spans[:args.show]:
                print(f"  {label}: {_shown(text, start, end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
