"""Foreign first names and surnames for the gazetteer feature (``train.py --foreign-names``).

The Nordic lists in ``../shared/data/names`` mark Norwegian, Swedish and Danish names; a name
from elsewhere (a football player, a foreign minister, a customer from Poland) gets no
signal and the model must guess from context alone. These lists come from the person providers
of every Faker locale (PyPI, MIT) whose names are written in Latin letters; they feed the
separate ``XNAME_*`` codes, so the network learns how far to trust them apart from the Nordic
lists. A name the NorNE train text also writes in lowercase (a Norwegian word: ``mark``,
``by``) is left out, as are names of one letter.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path


def _latin(name: str) -> bool:
    return all(c in "-'" or (c.isalpha() and unicodedata.name(c, "").startswith("LATIN")) for c in name)


def faker_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lowercased, from every Faker locale written in Latin letters."""
    import faker.providers.person as person

    first: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            values = getattr(provider, attr)
            if not isinstance(values, (list, tuple, dict)):
                continue
            target = first if attr.startswith("first_names") else surnames if attr.startswith("last_names") else None
            if target is not None:
                target.update(v.lower() for v in values if isinstance(v, str) and len(v) > 1 and _latin(v))
    return frozenset(first), frozenset(surnames)


def write_lists(work: Path, common: Iterable[str]) -> tuple[Path, Path]:
    """Write the two lists (minus ``common`` lowercase words) under ``work``; return their paths."""
    common = frozenset(w.lower() for w in common)
    first, surnames = faker_names()
    paths = (work / "foreign_first_names.txt", work / "foreign_surnames.txt")
    for path, names in zip(paths, (first, surnames)):
        path.write_text("\n".join(sorted(names - common)) + "\n", encoding="utf-8")
    return paths
