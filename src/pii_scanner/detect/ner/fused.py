"""The shipped tok2vec's forward pass in a few array operations, for short texts.

On a short window (a dozen tokens, the typical question the detector asks) the model's
arithmetic is tiny and thinc's per-layer machinery is most of the cost: some forty layer
calls, parameter look-ups and no-op dropouts per document batch, about 1.4 ms of the ~2.6 ms a
model call takes (the fused pass: ~0.8 ms, most of it the five matrix products; one
model call in a scan: 10-15 % less). :class:`FusedTok2Vec` reads the weights of a ``spacy.Tok2Vec.v2`` built from
``MultiHashEmbed.v2`` (or our ``CharMultiHashEmbed.v1``, which adds character bytes, see
:mod:`.char_embed`) + ``MaxoutWindowEncoder.v2`` (the recipe's architecture) and computes the
same thing with thinc's own primitives (``hash``, ``gather_add``, ``seq2col``, ``flatten``),
numpy's BLAS and a one-pass layer norm. :meth:`FusedTok2Vec.from_model` returns None for any
other layer structure, and the caller then keeps thinc's path: a retrained model with another
architecture is never computed wrongly, only not faster. The equivalence with thinc (same
vectors to float tolerance, same entities) is tested on the shipped model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from thinc.api import NumpyOps

_OPS = NumpyOps()
_EMBED = "ints-getitem>>hashembed"
_CHARS = "|charembed>>list2ragged"
_MIX = "maxout>>layernorm>>dropout"
_BLOCK = "residual(expand_window>>maxout>>layernorm>>dropout)"
LAYER_NORM_EPS = 1e-08  # thinc's layernorm adds this to the variance


@dataclass(frozen=True)
class _Maxout:
    """Maxout (``WT``: its weights transposed, (nI, nO * nP), stored contiguous so the product
    reads them in order: 10-25 % faster than through a transposed view) followed by layer norm
    with gain ``G`` and bias ``g_b``."""

    WT: np.ndarray
    b: np.ndarray
    nO: int
    nP: int
    G: np.ndarray
    g_b: np.ndarray

    def __call__(self, X: np.ndarray) -> np.ndarray:
        Y = X @ self.WT
        Y += self.b
        Y, _ = _OPS.maxout(Y.reshape(len(X), self.nO, self.nP))
        Y -= Y.mean(axis=1, keepdims=True)
        var = np.einsum("ij,ij->i", Y, Y)[:, None] / Y.shape[1] + LAYER_NORM_EPS
        Y *= var ** -0.5
        Y *= self.G
        Y += self.g_b
        return Y

    @classmethod
    def from_nodes(cls, maxout, norm) -> _Maxout:
        nO, nP, nI = (maxout.get_dim(d) for d in ("nO", "nP", "nI"))
        return cls(np.ascontiguousarray(maxout.get_param("W").reshape(nO * nP, nI).T),
                   maxout.get_param("b").reshape(nO * nP).copy(), nO, nP,
                   norm.get_param("G").copy(), norm.get_param("b").copy())


@dataclass(frozen=True)
class FusedTok2Vec:
    """``__call__(docs)`` -> one (len(doc), width) float32 array per doc, as the tok2vec gives."""

    columns: tuple[str, ...]
    tables: tuple[tuple[np.ndarray, int], ...]  # (embedding rows, hash seed) per column
    mix: _Maxout
    blocks: tuple[_Maxout, ...]
    window: int
    pad: int
    chars: np.ndarray | None = None  # (nC, 256, nM) byte embeddings, for CharMultiHashEmbed


    @classmethod
    def from_model(cls, model) -> FusedTok2Vec | None:
        """The fused pass for ``model`` (a Tok2Vec component's model), or None if its layer
        structure is not exactly the one this module computes."""
        nodes = list(model.walk())
        by_name: dict[str, list] = {}
        for node in nodes:
            by_name.setdefault(node.name, []).append(node)
        extract = by_name.get("extract_features", [])
        embeds = by_name.get("hashembed", [])
        if len(extract) != 1 or not embeds:
            return None
        columns = tuple(extract[0].attrs.get("columns") or ())
        depth = len(by_name.get("expand_window", []))
        chars = by_name.get("charembed", [])
        expected = ("extract_features>>list2ragged>>with_array("
                    + "|".join([_EMBED] * len(columns)) + ")" + (_CHARS if chars else "")
                    + f">>with_array({_MIX})>>ragged2list"
                    + ">>with_array(" + ">>".join([_BLOCK] * depth) + ")")
        if model.name != expected or len(embeds) != len(columns) or len(chars) > 1:
            return None
        getitems = by_name.get("ints-getitem", [])
        if [g.attrs.get("index") for g in getitems] != [(slice(0, None), i)
                                                        for i in range(len(columns))]:
            return None
        if any(e.attrs.get("column") != i for i, e in enumerate(embeds)):
            return None
        maxouts, norms = by_name.get("maxout", []), by_name.get("layernorm", [])
        windows = {w.attrs.get("window_size") for w in by_name["expand_window"]}
        encoder = model.layers[-1]
        if len(maxouts) != depth + 1 or len(norms) != depth + 1 or len(windows) != 1 \
                or encoder.name != "with_array(" + ">>".join([_BLOCK] * depth) + ")":
            return None
        return cls(columns=columns,
                   tables=tuple((e.get_param("E"), int(e.attrs["seed"])) for e in embeds),
                   mix=_Maxout.from_nodes(maxouts[0], norms[0]),
                   blocks=tuple(_Maxout.from_nodes(m, n) for m, n in zip(maxouts[1:], norms[1:])),
                   window=int(windows.pop()), pad=int(encoder.attrs.get("pad", 0)),
                   chars=chars[0].get_param("E") if chars else None)

    def __call__(self, docs) -> list[np.ndarray]:
        if not docs:
            return []
        lengths = [len(doc) for doc in docs]
        ids = np.concatenate([doc.to_array(list(self.columns)).reshape(len(doc), -1)
                              for doc in docs]).astype("uint64")
        if len(ids) == 0:
            width = self.mix.nO
            return [np.zeros((0, width), dtype="float32") for _ in docs]
        parts = []
        for column, (table, seed) in enumerate(self.tables):
            keys = _OPS.hash(np.ascontiguousarray(ids[:, column]), seed) % table.shape[0]
            parts.append(_OPS.gather_add(table, keys))
        if self.chars is not None:
            n_chars = self.chars.shape[0]
            positions = np.arange(n_chars)
            codes = np.concatenate([doc.to_utf8_array(nr_char=n_chars) for doc in docs])
            parts.append(self.chars[positions, codes].reshape(len(codes), -1))
        X = self.mix(np.concatenate(parts, axis=1))
        sizes = np.asarray(lengths, dtype="int32")
        per_doc = np.split(X, np.cumsum(lengths)[:-1])
        H = _OPS.flatten(per_doc, pad=self.pad)
        for block in self.blocks:
            H = H + block(_OPS.seq2col(H, self.window))
        return list(_OPS.unflatten(H, sizes, pad=self.pad))
