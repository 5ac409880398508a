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
    for source, words, spaces, tags, _ in _read(path):
        yield source, words, spaces, tags


#: NDT's part-of-speech tags (column 4 of the train files) as Universal POS; a noun with the
#: feature ``prop`` is a proper noun (``PROPN``), the auxiliary task's most telling label
NDT_UPOS = {
    "subst": "NOUN", "verb": "VERB", "prep": "ADP", "adj": "ADJ", "det": "DET", "pron": "PRON",
    "adv": "ADV", "konj": "CCONJ", "sbu": "SCONJ", "inf-merke": "PART", "interj": "INTJ",
    "symb": "SYM", "ukjent": "X", "clb": "PUNCT", "<komma>": "PUNCT", "<strek>": "PUNCT",
    "<anf>": "PUNCT", "<parentes-beg>": "PUNCT", "<parentes-slutt>": "PUNCT", "<ellipse>": "PUNCT",
}
UD_UPOS = frozenset({"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                     "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"})


def coarse_pos(cols: list[str]) -> str:
    """A token's Universal POS: UD files give it (column 4); NDT files give their own tag and
    features (columns 4 and 6), mapped by :data:`NDT_UPOS` ("X" for a tag it does not list)."""
    tag = cols[3]
    if tag in UD_UPOS:
        return tag
    if tag == "subst" and "prop" in cols[5].split("|"):
        return "PROPN"
    return NDT_UPOS.get(tag, "X")


def _read(path: Path) -> Iterator[tuple[str, list[str], list[bool], list[str], list[str]]]:
    source = ""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    with _open(path) as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    yield source, words, spaces, tags, pos
                words, spaces, tags, pos = [], [], [], []
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
            pos.append(coarse_pos(cols))
    if words:
        yield source, words, spaces, tags, pos


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


def read_sourced_docs(path: Path, vocab: Vocab, limit: int = 0,
                      with_pos: bool = False) -> list[tuple[str, Doc]]:
    """(NDT document name, Doc) per sentence of one NorNE file (``limit`` > 0 keeps the first N);
    ``with_pos`` also sets each token's Universal POS (:func:`coarse_pos`) for the auxiliary task."""
    docs: list[tuple[str, Doc]] = []
    for source, words, spaces, tags, pos in _read(path):
        spaces[-1] = False
        docs.append((source, Doc(vocab, words=words, spaces=spaces, ents=_repair_iob(tags),
                                 pos=pos if with_pos else None)))
        if limit and len(docs) >= limit:
            break
    return docs
