"""Entity-swap augmentation: copies of NorNE train sentences with entity spans renamed.

NorNE repeats a small set of (mostly Norwegian, mostly famous) names; the model can learn the
names instead of the contexts they sit in. A copy of a sentence keeps every word and tag except
the PER spans, which get another name of the same shape (one word stays one word, a full name
stays a full name, a genitive ``-s`` / ``'`` stays a genitive). Most replacements come from the
shared Nordic name lists (Norwegian, and Swedish/Danish names in Norwegian text); a share are
unseen-looking names (pseudo-names spliced from syllables of list names, and Faker names from
non-Nordic locales) that the gazetteer feature does not know, so context has to carry them.

With ``labels`` including LOC and ORG (run E), places and organisations are renamed too, with
strings of the same type: LOC from Norwegian place names (../shared/data/places) or LOC strings
of other train sentences, ORG from ORG strings of other train sentences. Then an unfamiliar
capitalised word is as often a place or an organisation as a person, and context has to decide.
Everything is driven by one seeded ``random.Random``; the same input and seed give the same copies.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from faker import Faker
from spacy.tokens import Doc

from helpdesk import NameLists

FOREIGN_LOCALES = ("pl_PL", "en_GB", "de_DE", "fi_FI", "tr_TR", "lt_LT", "fr_FR", "es_ES", "it_IT", "nl_NL")
_VOWELS = "aeiouyæøåäö"
# names that end in -s themselves (Næss, Paulus, Aarnes, Holmås, Hermès, Hendricks), not possessives
_NAME_ENDINGS_IN_S = ("ss", "us", "es", "ås", "ès", "cks", "ls")
_CUT = re.compile(rf"(?<=[{_VOWELS}])(?=[^{_VOWELS}])", re.I)


@dataclass(frozen=True)
class SwapMix:
    """Where replacement names come from (shares of all replacements; the rest: Norwegian lists)."""

    nordic: float = 0.2  # Swedish / Danish list names
    pseudo: float = 0.2  # spliced from syllables of list names
    foreign: float = 0.1  # Faker, non-Nordic locales


RUN_E_MIX = SwapMix(nordic=0.2, pseudo=0.1, foreign=0.0)


@dataclass(frozen=True)
class SpanPools:
    """Replacement strings (word tuples) for LOC and ORG spans; ``places`` share the LOC slots."""

    loc: tuple[tuple[str, ...], ...] = ()
    org: tuple[tuple[str, ...], ...] = ()
    places: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_docs(cls, docs: list[Doc], places: tuple[str, ...] = ()) -> "SpanPools":
        """Distinct LOC / ORG strings of ``docs`` (sorted, so the pools do not depend on doc order)."""
        found: dict[str, set[tuple[str, ...]]] = {"LOC": set(), "ORG": set()}
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in found:
                    found[ent.label_].add(tuple(t.text for t in ent))
        return cls(
            loc=tuple(sorted(found["LOC"])),
            org=tuple(sorted(found["ORG"])),
            places=tuple(sorted({tuple(p.split()) for p in places if p.strip()})),
        )


class NameSwapper:
    """Picks replacement names of a requested shape; seeded, so the same calls give the same names."""

    def __init__(self, names: NameLists, seed: int, mix: SwapMix = SwapMix(), pools: SpanPools = SpanPools()):
        self.names = names
        self.mix = mix
        self.pools = pools
        self.rng = random.Random(seed)
        self.known = {n.lower() for n in names.first + names.surnames + names.nordic_first + names.nordic_surnames}
        self.fakers = []
        for i, loc in enumerate(FOREIGN_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed + 100 + i)
            self.fakers.append(fake)

    def _pseudo(self, pool: tuple[str, ...]) -> str:
        """Head of one list name + tail of another, cut after a vowel: 'Ing' + 'rud' -> 'Ingrud'."""
        for _ in range(20):
            a, b = self.rng.choice(pool), self.rng.choice(pool)
            heads = [m.start() for m in _CUT.finditer(a) if 0 < m.start() < len(a)]
            tails = [m.start() for m in _CUT.finditer(b) if 0 < m.start() < len(b)]
            if not heads or not tails:
                continue
            word = (a[: self.rng.choice(heads)] + b[self.rng.choice(tails):]).capitalize()
            if word.isalpha() and len(word) >= 3 and word.lower() not in self.known:
                return word
        return self.rng.choice(pool)

    def _word(self, surname: bool, source: str) -> str:
        if source == "pseudo":
            return self._pseudo(self.names.surnames if surname else self.names.first)
        if source == "foreign":
            fake = self.rng.choice(self.fakers)
            word = fake.last_name() if surname else fake.first_name()
            return word.split()[-1]  # one word per slot: "de la Cruz" -> "Cruz"
        if source == "nordic":
            return self.rng.choice(self.names.nordic_surnames if surname else self.names.nordic_first)
        return self.rng.choice(self.names.surnames if surname else self.names.first)

    def _source(self) -> str:
        r = self.rng.random()
        if r < self.mix.nordic:
            return "nordic"
        if r < self.mix.nordic + self.mix.pseudo:
            return "pseudo"
        if r < self.mix.nordic + self.mix.pseudo + self.mix.foreign:
            return "foreign"
        return "norwegian"

    def name(self, words: int) -> list[str]:
        """A replacement of ``words`` words (1: a first name or a surname; 2+: first names + surname)."""
        source = self._source()
        if words == 1:
            out = [self._word(self.rng.random() < 0.5, source)]
        else:
            out = [self._word(False, source) for _ in range(words - 1)] + [self._word(True, source)]
        return [w if w[:1].isupper() else w.capitalize() for w in out if w]

    def other(self, label: str, original: list[str]) -> list[str]:
        """A LOC / ORG string for a slot that held ``original`` (a genitive slot gets a genitive).

        LOC: half from the place names, half from the train LOC strings (either, if one pool is empty).
        """
        if label == "LOC":
            pool = self.pools.places if (self.rng.random() < 0.5 and self.pools.places) else self.pools.loc
            pool = pool or self.pools.places
        else:
            pool = self.pools.org
        if not pool:
            return list(original)
        genitive = self.is_genitive(original[-1])
        pick = list(self.rng.choice(pool))
        for _ in range(10):
            if pick != original and (genitive or not self.is_genitive(pick[-1])):
                break
            pick = list(self.rng.choice(pool))
        if genitive and not self.is_genitive(pick[-1]):
            pick[-1] = _genitive(pick[-1])
        return pick

    def is_genitive(self, word: str) -> bool:
        """An ``-s`` / ``'`` possessive of a name (``Paulus'``, ``Obamas``), not a name ending in s."""
        if word.endswith("'"):
            return True
        lower = word.lower()
        if len(word) <= 3 or not lower.endswith("s") or lower in self.known:
            return False
        return lower[:-1] in self.known or not lower.endswith(_NAME_ENDINGS_IN_S)


def _genitive(word: str) -> str:
    return word + "'" if word[-1:].lower() in ("s", "x", "z") else word + "s"


def _person(original: list[str], text: str, swapper: NameSwapper) -> list[str]:
    name = swapper.name(sum(1 for w in original if len(w.rstrip(".")) > 1) or 1)
    if swapper.is_genitive(original[-1]):
        name[-1] = _genitive(name[-1])
    if text.isupper() and len(text) > 1:
        name = [w.upper() for w in name]
    return name


def swap_doc(doc: Doc, swapper: NameSwapper, labels: tuple[str, ...] = ("PER",)) -> Doc | None:
    """A copy of ``doc`` with each span of ``labels`` renamed (one replacement per distinct original);
    None if it has no such span."""
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    spans = [ent for ent in doc.ents if ent.label_ in labels]
    if not spans:
        return None
    chosen: dict[str, list[str]] = {}
    out_words: list[str] = []
    out_spaces: list[bool] = []
    out_tags: list[str] = []
    pos = 0
    for ent in spans:
        out_words += words[pos:ent.start]
        out_spaces += spaces[pos:ent.start]
        out_tags += tags[pos:ent.start]
        original = [t.text for t in ent]
        key = ent.label_ + " " + " ".join(original)
        if key not in chosen:
            if ent.label_ == "PER":
                chosen[key] = _person(original, ent.text, swapper)
            else:
                chosen[key] = swapper.other(ent.label_, original)
        name = chosen[key]
        out_words += name
        out_spaces += [True] * (len(name) - 1) + [spaces[ent.end - 1]]
        out_tags += [f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(name) - 1)
        pos = ent.end
    out_words += words[pos:]
    out_spaces += spaces[pos:]
    out_tags += tags[pos:]
    return Doc(doc.vocab, words=out_words, spaces=out_spaces, ents=out_tags)


def swap_copies(
    docs: list[Doc], names: NameLists, share: float, seed: int, mix: SwapMix = SwapMix(),
    labels: tuple[str, ...] = ("PER",), places: tuple[str, ...] = (),
) -> list[Doc]:
    """Renamed copies of ``share`` of the ``docs`` that hold a span of ``labels`` (seeded choice, input
    order). LOC / ORG replacements come from ``places`` and the LOC / ORG strings of ``docs``."""
    if share <= 0:
        return []
    with_span = [doc for doc in docs if any(ent.label_ in labels for ent in doc.ents)]
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(with_span)), min(len(with_span), round(len(with_span) * share))))
    pools = SpanPools.from_docs(docs, places) if set(labels) - {"PER"} else SpanPools()
    swapper = NameSwapper(names, seed, mix, pools)
    return [copy for i in picked if (copy := swap_doc(with_span[i], swapper, labels)) is not None]
