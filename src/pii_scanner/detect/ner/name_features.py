"""Gazetteer feature for the NER model: marks tokens that are known first names or surnames.

The ``pii_name_features`` pipeline component runs before ``tok2vec`` and writes a small
code into ``token.tag_`` (``NAME_F``, ``NAME_S``, ``NAME_FS`` for the Nordic lists;
``XNAME_F``, ``XNAME_S``, ``XNAME_FS`` for a name only the optional foreign lists hold;
untouched otherwise). The
tok2vec embeds ``TAG`` next to NORM/PREFIX/SUFFIX/SHAPE, so the network learns how much to
trust a gazetteer hit in context (``Per`` the name vs ``per`` the preposition). Matching is
case-insensitive, so lowercase names in helpdesk text get the same signal.

The name lists are stored inside the model directory (``to_disk``), so loading needs only
this module to be imported (it registers the factory).
"""

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "pii_name_features"
_FILE = "names.json"


def _read_lists(paths: Sequence[str | Path]) -> frozenset[str]:
    names: set[str] = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if name and not name.startswith("#"):
                names.add(name.lower())
    return frozenset(names)


def name_code(key: str, first: frozenset[str], surnames: frozenset[str],
              foreign_first: frozenset[str] = frozenset(),
              foreign_surnames: frozenset[str] = frozenset()) -> str:
    """The feature value for one lowercased token text ("" when it is in no list). The
    foreign lists count only for a word the Nordic lists lack (their code starts with X).

    >>> name_code("kari", frozenset({"kari"}), frozenset({"berg"}))
    'NAME_F'
    >>> name_code("per", frozenset({"per"}), frozenset({"per"}))
    'NAME_FS'
    >>> name_code("bil", frozenset({"kari"}), frozenset())
    ''
    >>> name_code("obama", frozenset(), frozenset(), frozenset(), frozenset({"obama"}))
    'XNAME_S'
    >>> name_code("kari", frozenset({"kari"}), frozenset(), frozenset({"kari"}))
    'NAME_F'
    """
    code = _code(key in first, key in surnames)
    if code or not (foreign_first or foreign_surnames):
        return code
    code = _code(key in foreign_first, key in foreign_surnames)
    return "X" + code if code else ""


def _code(is_first: bool, is_sur: bool) -> str:
    if is_first and is_sur:
        return "NAME_FS"
    if is_first:
        return "NAME_F"
    if is_sur:
        return "NAME_S"
    return ""


class NameFeatures:
    """spaCy component: sets ``token.tag_`` from first-name and surname lists."""

    def __init__(self, nlp: Language, name: str = FACTORY):
        self.name = name
        self.first: frozenset[str] = frozenset()
        self.surnames: frozenset[str] = frozenset()
        self.foreign_first: frozenset[str] = frozenset()
        self.foreign_surnames: frozenset[str] = frozenset()

    def initialize(
        self,
        get_examples=None,
        *,
        nlp: Optional[Language] = None,
        first_names: list[str] = [],  # noqa: B006  (spaCy validates these types)
        surnames: list[str] = [],  # noqa: B006
        foreign_first_names: list[str] = [],  # noqa: B006
        foreign_surnames: list[str] = [],  # noqa: B006
    ) -> None:
        """Read the lists (one name per line) named in ``[initialize.components]``."""
        self.first = _read_lists(first_names)
        self.surnames = _read_lists(surnames)
        self.foreign_first = _read_lists(foreign_first_names)
        self.foreign_surnames = _read_lists(foreign_surnames)

    def set_lists(self, first: Iterable[str], surnames: Iterable[str],
                  foreign_first: Iterable[str] = (), foreign_surnames: Iterable[str] = ()) -> None:
        self.first = frozenset(map(str.lower, first))
        self.surnames = frozenset(map(str.lower, surnames))
        self.foreign_first = frozenset(map(str.lower, foreign_first))
        self.foreign_surnames = frozenset(map(str.lower, foreign_surnames))

    def __call__(self, doc: Doc) -> Doc:
        lists = (self.first, self.surnames, self.foreign_first, self.foreign_surnames)
        for token in doc:
            code = name_code(token.lower_, *lists)
            if code:
                token.tag_ = code
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _data(self) -> dict[str, list[str]]:
        data = {"first": sorted(self.first), "surnames": sorted(self.surnames)}
        if self.foreign_first or self.foreign_surnames:  # (a model without them reads as before)
            data["foreign_first"] = sorted(self.foreign_first)
            data["foreign_surnames"] = sorted(self.foreign_surnames)
        return data

    def _load(self, data: dict) -> "NameFeatures":
        self.set_lists(data["first"], data["surnames"], data.get("foreign_first", ()),
                       data.get("foreign_surnames", ()))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _FILE).write_text(json.dumps(self._data(), ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "NameFeatures":
        return self._load(json.loads((Path(path) / _FILE).read_text(encoding="utf-8")))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._data(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "NameFeatures":
        return self._load(json.loads(data.decode("utf-8")))


@Language.factory(FACTORY)
def make_name_features(nlp: Language, name: str) -> "NameFeatures":
    return NameFeatures(nlp, name)
