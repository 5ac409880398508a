"""Read NorNE CoNLL/CoNLL-U files into spaCy ``Doc`` objects with entity spans.

Only FORM (column 2) and the ``name=<IOB2>`` value in MISC (column 10) are used, so the
NDT-tagged train files and the UD dev files read the same way. ``SpaceAfter=No`` is honoured
where present (UD dev); the NDT train files have none, so their tokens are space-joined.
NorNE's nine types are reduced to four: persons are all we ship, but keeping organisations,
places and the rest as their own labels teaches the model what a capitalised non-person is.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

#: NorNE's train files (bokmål, nynorsk), as ``../shared/data/norne`` holds them
TRAIN_FILES = ("no_bokmaal-ndt-train.conll.gz", "no_nynorsk-ndt-train.conll.gz")
NYNORSK_TRAIN = TRAIN_FILES[1]

LABELS = {
    "PER": "PER",
    "ORG": "ORG",
    "GPE_ORG": "ORG",
    "LOC": "LOC",
    "GPE_LOC": "LOC",
    "PROD": "MISC",
    "EVT": "MISC",
    "DRV": "MISC",
    "MISC": "MISC",
}


def _open(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_sentences(path: Path) -> Iterator[tuple[list[str], list[bool], list[str]]]:
    """Yield (words, spaces, IOB tags with reduced labels) per sentence."""
    for _, words, spaces, tags in read_sourced_sentences(path):
        yield words, spaces, tags


def read_sourced_sentences(path: Path) -> Iterator[tuple[str, list[str], list[bool], list[str]]]:
    """Like ``read_sentences``, with the sentence's NDT document (``# ndt_file =``; "" if absent) first."""
    source = ""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    with _open(path) as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    yield source, words, spaces, tags
                words, spaces, tags = [], [], []
                continue
            if line.startswith("#"):
                if line.startswith("# ndt_file ="):
                    source = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
                continue  # multiword ranges / empty nodes
            misc = dict(
                item.split("=", 1) for item in cols[9].split("|") if "=" in item
            )
            words.append(cols[1])
            spaces.append(misc.get("SpaceAfter") != "No")
            tags.append(_reduce(misc.get("name", "O")))
    if words:
        yield source, words, spaces, tags


def _reduce(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{LABELS.get(label, 'MISC')}"


def _repair_iob(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue its label into B- (rare annotation seams)."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def read_docs(path: Path, vocab: Vocab, limit: int = 0) -> list[Doc]:
    """All sentences of one NorNE file as Docs (``limit`` > 0 keeps the first N)."""
    return [doc for _, doc in read_sourced_docs(path, vocab, limit)]


def read_sourced_docs(path: Path, vocab: Vocab, limit: int = 0) -> list[tuple[str, Doc]]:
    """(NDT document name, Doc) per sentence of one NorNE file (``limit`` > 0 keeps the first N)."""
    docs: list[tuple[str, Doc]] = []
    for source, words, spaces, tags in read_sourced_sentences(path):
        spaces[-1] = False
        docs.append((source, Doc(vocab, words=words, spaces=spaces, ents=_repair_iob(tags))))
        if limit and len(docs) >= limit:
            break
    return docs
