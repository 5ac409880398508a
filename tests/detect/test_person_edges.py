"""PERSON at a name's edges: quotes around it, a greeting before a company, a surname first."""

import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words


def _names(count, seed, ending=None):
    rng = random.Random(seed)
    pick = lambda names: sorted(n for n in names if n.isalpha() and len(n) > 3  # noqa: E731
                                and n not in common_words()
                                and (ending is None or (n[-1] in "sxz") == ending))
    firsts, lasts = pick(gazetteers.common_first_names()), pick(gazetteers.surnames())
    return [(rng.choice(firsts).title(), rng.choice(lasts).title()) for _ in range(count)]


@pytest.mark.parametrize("first, last", _names(6, 11, ending=False))
@pytest.mark.parametrize("quote", ["'", "’"])
def test_a_closing_quote_is_no_part_of_the_name(found, first, last, quote):
    text = f"Kunde: {quote}{last}, {first} {last}{quote} ringte i dag."
    names = [v for t, v in found(text) if t == "PERSON"]
    assert names and not any(v.endswith(quote) for v in names)
    assert any(f"{first} {last}" in v for v in names)


@pytest.mark.parametrize("first, last", _names(4, 12, ending=True))
def test_a_genitive_apostrophe_after_s_stays(first, last):
    from pii_scanner.detect import name_regions
    text = f"Det er {first} {last}' bil."
    assert any(text[r.start:r.end] == f"{first} {last}'" for r in name_regions.runs(text))
