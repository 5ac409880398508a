"""Round 36G (speed, same findings): a cheap guard before the post-nominal letters' pattern
(``lone_names._more_than_post_nominal_words`` before ``_POST_NOMINALS``) never rules out a
match: it must be false wherever the pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pii_scanner.detect import lone_names


def _post_nominal_pieces():
    return st.lists(st.sampled_from([" ", "  ", ",", ".", "\t", "MRICS", "PhD", "CPA", "Jr.",
                                     "a", "ab", "og", "12", "x" * 13, "Kari", "!", "ø"]),
                    max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(_post_nominal_pieces())
def test_post_nominal_guard_never_rejects_a_match(after):
    if lone_names._POST_NOMINALS.match(after) is not None:
        assert not lone_names._more_than_post_nominal_words(after)


@pytest.mark.parametrize("after", [
    " MRICS", ", PhD", " PhD, CPA", ", a, b, c, d ,. ,", " ab cd ef gh", " Jr.", ""])
def test_post_nominal_guard_keeps_short_tails(after):
    assert not lone_names._more_than_post_nominal_words(after)


def test_post_nominal_guard_rejects_sentences():
    after = " og jeg lurer på om dere kan ringe meg"
    assert lone_names._more_than_post_nominal_words(after)
    assert not lone_names.post_nominals(after)
