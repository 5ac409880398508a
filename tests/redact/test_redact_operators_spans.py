"""Operators and span arithmetic: never wider than the span, never more visible than the preview."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pii_scanner.redact import operators as ops
from pii_scanner.redact.spans import merge, rewrite, strip_redact, wrap_redact
from pii_scanner.store.fingerprint import Fingerprinter
from pii_scanner.store.preview import masked_preview

KEY = b"k" * 32
FP = Fingerprinter(KEY)
values = st.text(alphabet="0123456789 .-abcXYZæøå", min_size=1, max_size=30)


def ctx(entity: str, value: str) -> ops.Context:
    return ops.Context(entity, FP.fingerprint(entity, value), KEY)


def test_builtins_come_through_entry_points():
    found = ops.available()
    assert {"mask", "partial", "token", "remove"} <= set(found)
    assert found["token"] is ops.token


@given(values)
def test_partial_shows_no_more_than_the_preview(value):
    out = ops.partial(value, ctx("NO_FODSELSNUMMER", value))
    visible = [c for c in out if c.isalnum()]
    preview_visible = [c for c in masked_preview("NO_FODSELSNUMMER", value) if c.isalnum()]
    assert len(visible) <= len(preview_visible)
    (start, end), = ops.partial.hide(value, ctx("X", value)) or ((0, 0),)
    assert start == 0 and value[end:] == out[len(out) - (len(value) - end):]


@given(values, values)
def test_token_is_stable_per_value_and_hides_it(a, b):
    ta, tb = ops.token(a, ctx("PERSON", a)), ops.token(b, ctx("PERSON", b))
    assert ta == ops.token(a, ctx("PERSON", a))
    assert (ta == tb) == (FP.fingerprint("PERSON", a) == FP.fingerprint("PERSON", b))
    assert re.fullmatch(r"\[PERSON-[0-9a-f]{8}\]", ta)


@given(values)
def test_mask_keeps_length(value):
    assert ops.mask(value, ctx("X", value)) == ops.BLACK * len(value)
    assert ops.remove(value, ctx("X", value)) == ""


html_chunks = st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br>", "&amp;"]),
                                 st.text(alphabet="abc 123", min_size=1, max_size=5)), max_size=12)


@given(html_chunks, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4))
def test_wrap_redact_only_adds_tags_and_never_wraps_a_tag(chunks, raw):
    html = "".join(chunks)
    ranges = [(min(a, b, len(html)), min(max(a, b), len(html))) for a, b in raw]
    marked = wrap_redact(html, ranges)
    assert strip_redact(marked) == html
    for inner in re.findall(r"<redact>(.*?)</redact>", marked, re.S):
        assert "<" not in inner and ">" not in inner


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=6))
def test_merge_is_a_sorted_disjoint_union(raw):
    ranges = [(min(a, b), max(a, b)) for a, b in raw]
    merged = merge(ranges)
    covered = {i for s, e in ranges for i in range(s, e)}
    assert {i for s, e in merged for i in range(s, e)} == covered
    assert all(merged[i][1] < merged[i + 1][0] for i in range(len(merged) - 1))


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40), st.text(max_size=5))
def test_rewrite_leaves_everything_outside_the_span(text, a, b, replacement):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    out = rewrite(text, [(start, end, replacement)])
    assert out[:start] == text[:start] and out[len(out) - (len(text) - end):] == text[end:]
