"""Packaging the recipe's best checkpoint as ``models/nb_pii_ner`` and recording its figures in
the model card (``train.py`` calls these after training and evaluation)."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import norne

MODEL_NAME = "pii_ner"
VERSION = "0.1.0"
COMMON_WORDS = "common_words.txt"  # words NorNE train writes in lowercase: not name cues (regions.py)
#: the optional rule component after the NER (src/pii_scanner/detect/ner/span_repair.py; run N,
#: not shipped): (pipeline name, factory); it has no weights, so adding it only edits config.cfg
#: and meta.json
SPAN_REPAIR = ("span_repair", "pii_span_repair")


def common_words(norne_dir: Path) -> list[str]:
    """Alphabetic words that occur in lowercase in NorNE train (a word list, no text)."""
    words: set[str] = set()
    for filename in norne.TRAIN_FILES:
        for forms, _, _ in norne.read_sentences(norne_dir / filename):
            words.update(w for w in forms if w.isalpha() and w.islower())
    return sorted(words)


def package(best: Path, output: Path, norne_dir: Path, metrics: dict, train_info: dict,
            span_repair: bool = False) -> None:
    """Copy the best checkpoint to ``output``, add the common-word list, fill in meta.json
    (with ``span_repair``, also the span-repair component after the NER)."""
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    if span_repair:
        add_span_repair(output)
    (output / COMMON_WORDS).write_text("\n".join(common_words(norne_dir)) + "\n", encoding="utf-8")
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": MODEL_NAME,
            "version": VERSION,
            "description": "Norwegian (bokmål/nynorsk) NER for person names in helpdesk text; "
            "trained on NorNE + synthetic helpdesk snippets. Needs pii_scanner.detect.ner "
            "imported (pii_name_features component).",
            "license": "Apache-2.0 (model weights); training data: NorNE annotations CC0-1.0, "
            "name lists SSB/NLOD, SCB, DST, Faker (MIT). See models/MODEL_CARD.md.",
            "author": "pii-scanner contributors",
            "sources": [
                {"name": "NorNE", "url": "https://github.com/ltgoslo/norne", "license": "CC0-1.0 (annotations)"},
                {"name": "Norwegian Dependency Treebank", "author": "Nasjonalbiblioteket (Språkbanken)",
                 "license": "CC0-1.0 annotations; texts used for training only"},
                {"name": "SSB name statistics (tables 10501, 12891)", "license": "NLOD"},
            ],
            "performance_norne_dev_per": metrics,
            "training": train_info,
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def add_span_repair(model: Path) -> bool:
    """Put the span-repair component after ``ner`` in the saved pipeline at ``model`` (its
    config.cfg and meta.json; the weights are untouched). False when it is already there."""
    from thinc.api import Config

    name, factory = SPAN_REPAIR
    config_path = model / "config.cfg"
    config = Config().from_str(config_path.read_text(encoding="utf-8"), interpolate=False)
    pipeline = list(config["nlp"]["pipeline"])
    if name in pipeline:
        return False
    pipeline.insert(pipeline.index("ner") + 1, name)
    config["nlp"]["pipeline"] = pipeline
    config["components"][name] = {"factory": factory}
    config_path.write_text(config.to_str(), encoding="utf-8")
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for key in ("pipeline", "components"):
        if key in meta and name not in meta[key]:
            meta[key].insert(meta[key].index("ner") + 1, name)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return True


def update_card(card: Path, record: dict) -> None:
    """Rewrite the model card's recorded-F1 line and metrics table from ``record``."""
    if not card.is_file():
        return
    per = record["per"]
    floor = {k: math.floor(v["f1"] * 1000) / 1000 for k, v in per.items()}
    text = card.read_text(encoding="utf-8")
    text = re.sub(
        r"^Recorded PER F1 on NorNE dev: .*$",
        f"Recorded PER F1 on NorNE dev: nob {floor['nob']:.3f}, nno {floor['nno']:.3f}, "
        f"combined {floor['combined']:.3f}",
        text,
        flags=re.M,
    )
    rows = ["| NorNE dev | PER precision | PER recall | PER F1 | gold PER | words/s |", "|---|---:|---:|---:|---:|---:|"]
    for key, label in (("nob", "bokmål"), ("nno", "nynorsk"), ("combined", "both")):
        v = per[key]
        rows.append(
            f"| {label} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['gold_entities']} "
            f"| {v['words_per_s']:,} |"
        )
    t = record["training"]
    rows.append("")
    timing = (
        f"wall {t['wall_seconds']:.0f} s, CPU {t['cpu_seconds']:.0f} s"
        if t.get("wall_seconds") is not None
        else "time not recorded (packaged from a checkpoint)"
    )
    rows.append(
        f"Size {record['size_bytes'] / 1e6:.1f} MB, load {record['load_seconds']:.2f} s; "
        f"training {timing} (seed {t['seed']})."
    )
    table = "<!-- metrics -->\n" + "\n".join(rows) + "\n<!-- /metrics -->"
    text = re.sub(r"<!-- metrics -->.*<!-- /metrics -->", lambda _: table, text, flags=re.S)
    card.write_text(text, encoding="utf-8")



def dir_bytes(path: Path) -> int:
    """Bytes of every file under ``path`` (the packaged model's size)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
