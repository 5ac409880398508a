"""PER precision/recall/F1 of a trained pipeline on NorNE dev (bokmål, nynorsk, combined)."""

from __future__ import annotations

import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.training import Example

import norne

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


def evaluate(model_dir: Path, norne_dir: Path, limit: int = 0) -> dict[str, dict[str, float]]:
    """Scores per NorNE dev variant plus the two together."""
    nlp = spacy.load(model_dir)
    result: dict[str, dict[str, float]] = {}
    everything: list[Example] = []
    for key, filename in DEV_FILES.items():
        examples = _examples(nlp, norne_dir / filename, limit)
        everything += examples
        result[key] = per_scores(nlp, examples)
    result["combined"] = per_scores(nlp, everything)
    return result
