"""Optional tok2vec pretraining stage (``spacy pretrain``'s character objective) for the recipe.

No pretrained vectors are available for the model, so the tok2vec is first trained as a
small language model on raw text: for every token it predicts the token's first and last
``n_characters`` characters from its context (``spacy.PretrainCharacters.v1``). The weights
are then loaded into the NER pipeline's tok2vec through ``[initialize] init_tok2vec``.

Raw text is the training side only: the NorNE train sentences that are not held out, plus the
synthetic helpdesk snippets, written as JSONL under ``models/training/`` (git-ignored; NDT text
is never committed). NorNE dev and test are never read here.

The pipeline's ``name_features`` component writes the gazetteer codes that tok2vec embeds as
``TAG``. ``spacy pretrain`` only tokenizes its text, so the reader registered below
(``pii_recipe.NamedRawText.v1``) runs the same gazetteer over each doc: the TAG rows are
pretrained on the codes they will see in training instead of on one constant empty tag.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.pretrain import pretrain
from thinc.api import Config

from pii_scanner.detect.ner.name_features import NameFeatures

NAME_FILES = {
    "first_names": ("no_first_names.txt", "dk_first_names.txt", "se_first_names.txt"),
    "surnames": ("no_surnames.txt", "dk_surnames.txt", "se_surnames.txt"),
}
READER = "pii_recipe.NamedRawText.v1"
WEIGHTS = "tok2vec-pretrained.bin"


@dataclass(frozen=True, slots=True)
class PretrainSettings:
    """What the stage does: ``epochs`` passes over the raw text (0 = stage off)."""

    epochs: int = 0
    batch_words: int = 3000
    learn_rate: float = 0.001
    n_characters: int = 4
    hidden_size: int = 300
    dropout: float = 0.2


def write_raw_text(docs: Iterable[Doc], path: Path) -> int:
    """Write one ``{"text": ...}`` line per doc; returns the number of words written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            if len(doc):
                handle.write(json.dumps({"text": doc.text}, ensure_ascii=False) + "\n")
                words += len(doc)
    return words


def gazetteer(names_dir: Path) -> NameFeatures:
    """A ``NameFeatures`` filled from the recipe's name lists (the same ones training uses)."""
    component = NameFeatures(None)  # type: ignore[arg-type]  (the component never reads nlp)
    component.initialize(**{key: [str(names_dir / f) for f in files] for key, files in NAME_FILES.items()})
    return component


@util.registry.readers(READER)
def create_named_raw_text(path: str, names: str, min_length: int = 3, max_length: int = 500):
    """spaCy reader: JSONL raw text, tokenized, with the gazetteer codes in ``token.tag_``."""
    features = gazetteer(Path(names))

    def read(nlp: Language) -> Iterator[Example]:
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                doc = nlp.make_doc(json.loads(line)["text"])
                if min_length <= len(doc) < max_length:
                    features(doc)
                    yield Example(doc, doc)

    return read


def pretraining_block(settings: PretrainSettings) -> Config:
    """The ``[pretraining]`` block. Training needs it too: with it empty, spaCy ignores init_tok2vec."""
    return Config().from_str(
        f"""
[pretraining]
max_epochs = {settings.epochs}
dropout = {settings.dropout}
n_save_every = null
n_save_epoch = {settings.epochs}
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = {settings.batch_words}
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = {settings.hidden_size}
n_characters = {settings.n_characters}

[pretraining.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 1e-8
learn_rate = {settings.learn_rate}
""",
        interpolate=False,
    )


def training_config(base: Path, settings: PretrainSettings) -> Config:
    """The recipe's config with the ``[pretraining]`` block (only spaCy's own registered functions,
    so the packaged model's config loads without this module)."""
    return util.load_config(base, interpolate=False).merge(pretraining_block(settings))


def pretrain_config(base: Path, raw_text: Path, names_dir: Path, settings: PretrainSettings, seed: int) -> Config:
    """The training config plus ``[corpora.pretrain]`` (the gazetteer-tagging reader), interpolated."""
    config = training_config(base, settings)
    config["corpora"]["pretrain"] = {"@readers": READER, "path": str(raw_text), "names": str(names_dir)}
    config["system"]["seed"] = seed
    config["paths"]["names"] = str(names_dir)
    # spaCy's pretrain() expects a filled config (what `spacy init fill-config` writes).
    filled = util.load_model_from_config(config.interpolate(), auto_fill=True, validate=True).config
    filled["pretraining"] = config.interpolate()["pretraining"]
    return filled


def run(base: Path, raw_text: Path, names_dir: Path, out_dir: Path, settings: PretrainSettings, seed: int) -> Path:
    """Pretrain the tok2vec for ``settings.epochs`` epochs; returns the weights file for init_tok2vec."""
    if settings.epochs < 1:
        raise ValueError("pretraining needs at least one epoch")
    out_dir.mkdir(parents=True, exist_ok=True)
    log = out_dir / "log.jsonl"
    if log.exists():
        log.unlink()
    config = pretrain_config(base, raw_text, names_dir, settings, seed)
    pretrain(config, out_dir, use_gpu=-1, silent=False, skip_last=True)
    # spaCy names the epoch files model0.bin ... ; the last saved epoch is the one to use.
    last = out_dir / f"model{settings.epochs - 1}.bin"
    weights = out_dir / WEIGHTS
    last.replace(weights)
    for stale in out_dir.glob("model*.bin"):
        stale.unlink()
    return weights
