"""PER precision/recall/F1 of a trained pipeline on NorNE dev (bokmål, nynorsk, combined).

    python models/recipe/evaluate.py [--span-repair]   # print the shipped model's figures

With ``span_repair`` the pipeline is scored with the span-repair component after the NER (run N,
``model_package.SPAN_REPAIR``; not shipped), without it as it was saved. The command line only
prints; ``train.py`` records figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
for _path in (str(HERE), str(REPO / "src")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.scorer import get_ner_prf  # noqa: E402
from spacy.training import Example  # noqa: E402

import model_package  # noqa: E402
import norne  # noqa: E402
from pii_scanner.detect.ner import name_features, span_repair  # noqa: E402,F401  (register factories)

DEV_FILES = {"nob": "no_bokmaal-ud-dev.conllu", "nno": "no_nynorsk-ud-dev.conllu"}


def _examples(nlp: Language, path: Path, limit: int) -> list[Example]:
    refs = norne.read_docs(path, nlp.vocab, limit=limit)
    return [Example(nlp.make_doc(ref.text), ref) for ref in refs]


def per_scores(nlp: Language, examples: list[Example]) -> dict[str, float]:
    """Exact-span PER scores (predictions of other labels are ignored)."""
    texts = [eg.predicted for eg in examples]
    start = time.perf_counter()
    predicted = list(nlp.pipe(texts, batch_size=256))
    seconds = time.perf_counter() - start
    scored = [Example(doc, eg.reference) for doc, eg in zip(predicted, examples)]
    # (ents_per_type is None when the model predicted no entity at all)
    per = (get_ner_prf(scored)["ents_per_type"] or {}).get("PER", {"p": 0.0, "r": 0.0, "f": 0.0})
    words = sum(len(doc) for doc in predicted)
    chars = sum(len(doc.text) for doc in predicted)
    return {
        "precision": round(per["p"], 4),
        "recall": round(per["r"], 4),
        "f1": round(per["f"], 4),
        "gold_entities": sum(1 for eg in examples for e in eg.reference.ents if e.label_ == "PER"),
        "words_per_s": round(words / seconds),
        "chars_per_s": round(chars / seconds),
    }


def load(model_dir: Path, span_repair: bool = False) -> Language:
    """The pipeline at ``model_dir``; with ``span_repair`` the span-repair component is put
    after ``ner`` if the saved pipeline lacks it (without, it is the saved pipeline as it is)."""
    nlp = spacy.load(model_dir)
    name, factory = model_package.SPAN_REPAIR
    if span_repair and name not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(factory, name=name, after="ner")
    return nlp


def evaluate(model_dir: Path, norne_dir: Path, limit: int = 0,
             span_repair: bool = False) -> dict[str, dict[str, float]]:
    """Scores per NorNE dev variant plus the two together."""
    nlp = load(model_dir, span_repair)
    result: dict[str, dict[str, float]] = {}
    everything: list[Example] = []
    for key, filename in DEV_FILES.items():
        examples = _examples(nlp, norne_dir / filename, limit)
        everything += examples
        result[key] = per_scores(nlp, examples)
    result["combined"] = per_scores(nlp, everything)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print a packaged model's PER figures on NorNE dev")
    parser.add_argument("--model", type=Path, default=REPO / "models" / "nb_pii_ner")
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--span-repair", action="store_true",
                        help="score with the span-repair component after the NER (run N)")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.model, args.data_dir / "norne", span_repair=args.span_repair), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
