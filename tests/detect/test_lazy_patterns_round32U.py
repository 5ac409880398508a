"""Round 32U: start-up without compiling every pattern, same matches (:mod:`pii_scanner.detect.lazy_regex`).

A module's helper patterns and the recognizers' patterns are compiled when first used. These
tests check that a lazy pattern matches exactly as the compiled one, that none of the
package's lazy patterns hides an error until a text needs it, that building the detector and a
short first analysis leave patterns uncompiled, and that the name lists read in one pass hold
what the line-by-line reading held.
"""

from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import regex

import pii_scanner.detect
from pii_scanner.detect import gazetteers
from pii_scanner.detect.lazy_regex import LazyPattern, lazy_compile

DETECT = Path(pii_scanner.detect.__file__).parent

#: synthetic values only
TEXT = "Hei Kari Nordmann,\nring 412 34 567 eller 0047-41234567. Ref 2024-05-06, ordre 12345.\n"


def test_a_lazy_pattern_compiles_on_first_use_only():
    lazy = lazy_compile(r"(?<!\d)\d{3} \d{2} \d{3}(?!\d)")
    assert "_compiled" not in vars(lazy)
    assert lazy.pattern == r"(?<!\d)\d{3} \d{2} \d{3}(?!\d)"  # the source, still not compiled
    assert "_compiled" not in vars(lazy)
    assert lazy.search(TEXT).group() == "412 34 567"
    assert isinstance(vars(lazy)["_compiled"], regex.Pattern)
    assert lazy.compiled() is lazy.compiled()


@pytest.mark.parametrize("source, flags, kwargs", [
    (r"\p{Lu}\p{Ll}+", 0, {}),
    (r"(?i)\bordre\b\s*(\d+)", regex.V1, {}),
    (r"\L<words>", 0, {"words": ["kari", "Nordmann", "ordre"]}),
    (r"(?m)^\w+", regex.IGNORECASE, {}),
    (r"0047-?\d{8}", 0, {}),  # a near miss of the phone above: the digits after the dash only
])
def test_a_lazy_pattern_matches_as_the_compiled_one(source, flags, kwargs):
    lazy, compiled = lazy_compile(source, flags, **kwargs), regex.compile(source, flags, **kwargs)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.sub("_", TEXT) == compiled.sub("_", TEXT)
    assert (lazy.match(TEXT) is None) == (compiled.match(TEXT) is None)
    assert lazy.flags == compiled.flags and lazy.groupindex == compiled.groupindex
    again = pickle.loads(pickle.dumps(lazy))
    assert isinstance(again, LazyPattern)
    assert [m.span() for m in again.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]


def test_special_names_are_not_forwarded():
    lazy = lazy_compile(r"\d+")
    with pytest.raises(AttributeError):
        lazy.__deepcopy_missing__  # noqa: B018  (a dunder asked for is not the pattern's)
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # noqa: B018
    assert "_compiled" in vars(lazy)  # (asking the pattern for a name compiles it)


def _lazy_patterns():
    found = []
    for path in sorted(DETECT.rglob("*.py")):
        name = "pii_scanner.detect." + ".".join(path.relative_to(DETECT).with_suffix("").parts)
        module = importlib.import_module(name.removesuffix(".__init__"))
        found += [(f"{name}:{attr}", value) for attr, value in vars(module).items()
                  if isinstance(value, LazyPattern)]
    return found


LAZY = _lazy_patterns()


def test_the_package_defines_its_helper_patterns_lazily():
    assert len(LAZY) >= 200
    modules = {name.split(":")[0] for name, _ in LAZY}
    assert {"pii_scanner.detect.name_edges", "pii_scanner.detect.lone_names",
            "pii_scanner.detect.recognizers.generic.street_address"} <= modules


@pytest.mark.parametrize("name, lazy", LAZY, ids=[name for name, _ in LAZY])
def test_every_lazy_pattern_compiles(name, lazy):
    """A pattern compiled at first use would hide a broken one until a text needed it."""
    pattern, flags, kwargs = lazy._args
    assert lazy.compiled().pattern == regex.compile(pattern, flags, **kwargs).pattern


_PROBE = """
from pii_scanner.detect.engine import build_analyzer
from pii_scanner.detect.lazy_regex import LazyPattern
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers import base
import gc
analyzer = build_analyzer(DetectOptions(use_ner=False))
lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
built = sum("_compiled" in vars(o) for o in lazy)
analyzer.analyze("Hei Kari, takk for svaret.", "nb")
first = sum("_compiled" in vars(o) for o in lazy)
print(len(lazy), built, first)
"""


def test_building_and_a_short_first_analysis_leave_patterns_uncompiled():
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         env=env, check=True, timeout=300).stdout
    total, built, first = map(int, out.split())
    assert total >= 250
    assert built < total // 4  # (a few are used at import, building a constant)
    assert built <= first < total // 2


def _per_line(name: str) -> set[str]:
    """A list's name parts as the lists were read before round 32U: line by line."""
    text = resources.files("pii_scanner.detect.data").joinpath(name).read_text(encoding="utf-8")
    parts: set[str] = set()
    for line in (line.strip() for line in text.splitlines()):
        if line:
            parts.update(part.lower() for part in line.replace("-", " ").split())
    return parts


def test_the_first_name_lists_read_in_one_pass_hold_the_same_names():
    names: set[str] = set()
    for country in ("no", "se", "dk", "fi"):
        parts = _per_line(f"{country}_first_names.txt")
        assert set(gazetteers._name_parts(f"{country}_first_names.txt")) == parts
        names |= parts
    assert gazetteers.first_names() == frozenset(names | {gazetteers.fold(n) for n in names})
    assert "anne" in names and "marie" in names and "anne-marie" not in names  # parts apart
    assert "sara" in gazetteers.first_names() and "nordmann" not in gazetteers.first_names()
