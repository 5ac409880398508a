"""Our Norwegian NER model: find it, load it once, ask it for person spans.

    model = load_ner()            # None when no model is installed
    model.person_spans(["Hei Kari,\\n\\nMvh\\nOla Nordmann"])
    # -> [[(4, 8, 0.85), (18, 30, 0.85)]]

The model directory is taken from ``PII_SCANNER_NER_MODEL`` if set, else
``<repo>/models/nb_pii_ner``. The recipe that builds it is ``models/recipe/train.py``.
``person_spans_in_regions`` runs the model only where :mod:`.regions` says a name can be
(greetings, sign-offs, headers, gazetteer hits, capitalised uncommon words): same output
format, a fraction of the work on long tickets.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from pii_scanner.detect.ner import char_embed  # noqa: F401  (registers pii_scanner.CharMultiHashEmbed.v1)
from pii_scanner.detect.ner import name_features  # noqa: F401  (registers pii_name_features)
from pii_scanner.detect.ner import span_repair  # noqa: F401  (registers pii_span_repair)
from pii_scanner.detect.ner.fused import FusedTok2Vec
from pii_scanner.detect.ner.ops import single_blas_thread, use_blas_ops
from pii_scanner.detect.ner.regions import RegionFinder
from pii_scanner.detect.ner.saved_pipeline import load_pipeline

ENV_VAR = "PII_SCANNER_NER_MODEL"
PERSON_LABEL = "PER"
DEFAULT_SCORE = 0.85
_REPO_MODEL = Path(__file__).resolve().parents[4] / "models" / "nb_pii_ner"

COMMON_WORDS_FILE = "common_words.txt"
STOP_WORD_LANGS = ("nb", "da", "sv", "en")

__all__ = ["ENV_VAR", "NerModel", "RegionFinder", "default_model_path", "load_ner"]


def default_model_path() -> Path | None:
    """``$PII_SCANNER_NER_MODEL`` if set, else the shipped model if it exists, else None."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return _REPO_MODEL if (_REPO_MODEL / "meta.json").is_file() else None


def _chunks(text: str, max_chars: int) -> Iterator[tuple[int, str]]:
    """Split ``text`` into pieces of at most ``max_chars``, cutting at whitespace when possible."""
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


class NerModel:
    """A loaded spaCy pipeline; ``person_spans`` is safe to call from several threads."""

    def __init__(
        self,
        nlp,
        *,
        finder: RegionFinder | None = None,
        score: float = DEFAULT_SCORE,
        batch_size: int = 64,
        max_chars: int = 100_000,
    ):
        self._nlp = nlp
        self._lock = threading.Lock()
        self._fused = _fused_tok2vec(nlp)
        self.finder = finder if finder is not None else RegionFinder(frozenset(), frozenset())
        self.score = score
        self.batch_size = batch_size
        self.max_chars = max_chars

    @property
    def meta(self) -> dict:
        return dict(self._nlp.meta)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int, float]]]:
        """Character spans ``(start, end, score)`` of persons, one list per text, same order."""
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for index, text in enumerate(texts):
            for offset, piece in _chunks(text, self.max_chars):
                pieces.append((index, offset, piece))
        return self._run(pieces, len(texts))

    def person_spans_in_regions(self, texts: Sequence[str]) -> list[list[tuple[int, int, float]]]:
        """Like :meth:`person_spans`, but the model only reads the candidate regions."""
        pieces: list[tuple[int, int, str]] = []
        for index, text in enumerate(texts):
            for start, end in self.finder.regions(text):
                for offset, piece in _chunks(text[start:end], self.max_chars):
                    pieces.append((index, start + offset, piece))
        return self._run(pieces, len(texts))

    def _run(self, pieces: list[tuple[int, int, str]], n_texts: int) -> list[list[tuple[int, int, float]]]:
        results: list[list[tuple[int, int, float]]] = [[] for _ in range(n_texts)]
        with self._lock, single_blas_thread():
            texts = [p[2] for p in pieces]
            docs = (self._pipe_fused(texts) if self._fused is not None
                    else self._nlp.pipe(texts, batch_size=self.batch_size))
            for (index, offset, _), doc in zip(pieces, docs):
                results[index].extend(
                    (offset + ent.start_char, offset + ent.end_char, self.score)
                    for ent in doc.ents
                    if ent.label_ == PERSON_LABEL
                )
        return results


    def _pipe_fused(self, texts: list[str]) -> Iterator:
        """``nlp.pipe`` with the tok2vec computed by :class:`FusedTok2Vec` (same output)."""
        for start in range(0, len(texts), self.batch_size):
            docs = [self._nlp.make_doc(text) for text in texts[start:start + self.batch_size]]
            for name, proc in self._nlp.pipeline:
                if name == "tok2vec":
                    for doc, tensor in zip(docs, self._fused(docs)):
                        doc.tensor = tensor
                elif hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=self.batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
            yield from docs


#: components that do not read the tok2vec's output (rule components around the NER)
_NO_TENSOR = ("tok2vec", "name_features", "span_repair")


def _fused_tok2vec(nlp) -> FusedTok2Vec | None:
    """The fused tok2vec for ``nlp`` when it has exactly one, of the known structure, that
    feeds the other components through listeners (which read ``doc.tensor``)."""
    if "tok2vec" not in nlp.pipe_names:
        return None
    tok2vec = nlp.get_pipe("tok2vec")
    listeners = getattr(tok2vec, "listeners", [])
    fed = [name for name in nlp.pipe_names if name not in _NO_TENSOR]
    if not listeners or len(listeners) != len(fed):
        return None
    return FusedTok2Vec.from_model(tok2vec.model)


def load_ner(path: Path | None = None) -> NerModel | None:
    """Load the model at ``path`` (default: :func:`default_model_path`); None if it is absent."""
    path = path if path is not None else default_model_path()
    if path is None or not (Path(path) / "meta.json").is_file():
        return None
    nlp = load_pipeline(Path(path))
    use_blas_ops(nlp)
    return NerModel(nlp, finder=_finder(nlp, Path(path)))


def _finder(nlp, path: Path) -> RegionFinder:
    """Region finder from the model's own name lists and common-word list (+ spaCy stop words)."""
    import spacy

    names: frozenset[str] = frozenset()
    if "name_features" in nlp.pipe_names:
        pipe = nlp.get_pipe("name_features")
        names = pipe.first | pipe.surnames
    common: set[str] = set()
    words_file = path / COMMON_WORDS_FILE
    if words_file.is_file():
        common.update(words_file.read_text(encoding="utf-8").split("\n"))
        common.discard("")
    for lang in STOP_WORD_LANGS:
        common.update(spacy.util.get_lang_class(lang).Defaults.stop_words)
    return RegionFinder(names=names, common=frozenset(map(str.lower, common)))
