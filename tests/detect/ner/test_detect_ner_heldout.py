"""Checkpoint selection data: whole NDT documents are held out of training, never NorNE dev."""

import gzip
import sys
from pathlib import Path

import pytest
import spacy

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
sys.path.insert(0, str(RECIPE))

import norne  # noqa: E402
import train  # noqa: E402

CONLL = """# sent_id = a-1
# ndt_file = {name}
1\t{word}\t_\t_\t_\t_\t0\t_\t_\tname=B-PER
2\tkom\t_\t_\t_\t_\t1\t_\t_\tname=O

"""


def _write(path: Path, files: dict[str, int]) -> None:
    text = "".join(
        CONLL.format(name=name, word=f"Kari{name[:2]}{i}") for name, count in files.items() for i in range(count)
    )
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)


def test_sentences_keep_their_ndt_document(tmp_path):
    path = tmp_path / "t.conll.gz"
    _write(path, {"ap001.conll": 2, "db002.conll": 1})
    sourced = norne.read_sourced_docs(path, spacy.blank("nb").vocab)
    assert [name for name, _ in sourced] == ["ap001.conll", "ap001.conll", "db002.conll"]
    assert [ent.label_ for _, doc in sourced for ent in doc.ents] == ["PER"] * 3
    # the plain reader sees the same sentences
    assert [d.text for d in norne.read_docs(path, spacy.blank("nb").vocab)] == [d.text for _, d in sourced]


def test_heldout_takes_whole_documents_deterministically(tmp_path):
    path = tmp_path / "t.conll.gz"
    files = {f"{i:02d}doc.conll": 3 + i % 4 for i in range(40)}
    _write(path, files)
    sourced = norne.read_sourced_docs(path, spacy.blank("nb").vocab)
    kept, held = train.split_heldout(sourced, 0.05, seed=7)
    again, held_again = train.split_heldout(sourced, 0.05, seed=7)
    assert [d.text for d in held] == [d.text for d in held_again]
    assert len(kept) + len(held) == len(sourced)
    doc_of = {d.text: name for name, d in sourced}
    held_docs = {doc_of[d.text] for d in held}
    assert len(held_docs) == 2  # 5 % of 40 documents
    assert not held_docs & {doc_of[d.text] for d in kept}
    # every sentence of a held-out document is held out
    assert len(held) == sum(files[name] for name in held_docs)
    _, other = train.split_heldout(sourced, 0.05, seed=8)
    assert {doc_of[d.text] for d in other} != held_docs  # the seed picks the documents


@pytest.mark.parametrize("names", [["one.conll"], ["a.conll", "b.conll"]])
def test_heldout_is_never_empty_and_never_everything(tmp_path, names):
    path = tmp_path / "t.conll.gz"
    _write(path, {name: 20 for name in names})
    sourced = norne.read_sourced_docs(path, spacy.blank("nb").vocab)
    kept, held = train.split_heldout(sourced, 0.05, seed=1)
    assert kept and held
    assert len(kept) + len(held) == len(sourced)
