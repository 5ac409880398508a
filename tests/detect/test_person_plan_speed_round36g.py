"""Round 36G (speed, same findings): cheap guards in the person plan give exactly what the
unguarded code gave.

- ``name_cues._may_end_in_role`` before ``after_role_word``'s last-word test: it must hold
  wherever a role phrase ends the run's line;
- ``lone_names._more_than_post_nominal_words`` before ``_POST_NOMINALS``: it must be false
  wherever the pattern matches;
- ``introductions._may_open_unit_phrase`` before ``_UNIT_AFTER``, ``list_rows._may_be_bullet``
  before ``_BULLET`` and ``list_row_after``'s shortcut: the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pii_scanner.detect import lone_names, name_cues
from pii_scanner.detect.cue_words import ROLES, last_word


def _after_role_word_unguarded(text: str, start: int) -> bool:
    """``name_cues.after_role_word`` as it was before round 36G."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if line_start == start:
        return False
    before = text[max(line_start, start - 40):start].lower()
    last = last_word(before)
    return last in name_cues._ROLE_LAST_WORDS and name_cues._role_before(before, last)


_ROLE_SAMPLE = sorted(ROLES)
#: pieces a run's line is built of: role phrases as written, in capitals and title case,
#: names, other words, punctuation and spaces, a line break, and letters whose lower case
#: changes the length or depends on the neighbours ('İ', 'Σ')
_PIECES = st.one_of(
    st.sampled_from(_ROLE_SAMPLE),
    st.sampled_from(_ROLE_SAMPLE).map(str.upper),
    st.sampled_from(_ROLE_SAMPLE).map(str.title),
    st.sampled_from(["Kari", "Nordmann", "Per", "Berg", "dolores", "ringte", "med", "til",
                     "İn", "ΑΣ", "Σ", "İ", "KK", "\u212a"]),
    st.sampled_from([" ", "  ", ",", ", ", ".", ". ", "\n", "\t", ":", "(", ">", "\u00a0"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_role_guard_same_as_unguarded(pieces):
    text = "".join(pieces) + "Kari Nordmann"
    start = len(text) - len("Kari Nordmann")
    assert name_cues.after_role_word(text, start) == _after_role_word_unguarded(text, start)


@pytest.mark.parametrize("phrase", _ROLE_SAMPLE)
def test_role_guard_lets_every_role_phrase_through(phrase):
    for before in (phrase, "Hei, " + phrase + " ", phrase.upper() + ", ", phrase.title() + "  "):
        text = before + "Kari"
        assert name_cues.after_role_word(text, len(before)) == \
            _after_role_word_unguarded(text, len(before))
        if name_cues._role_before(before.lower(), last_word(before.lower())):
            assert name_cues._may_end_in_role(before)


def test_role_endings_read_alone():
    # the guard lower-cases the last two characters alone: every role phrase is two or more
    # long and ends in characters whose lower case needs no neighbour
    assert all(len(phrase) >= 2 for phrase in ROLES)
    # ('İ' lowers to two characters, the second U+0307; 'Σ' to 'σ' or 'ς' by its neighbours)
    for ending in name_cues._ROLE_ENDINGS:
        assert len(ending) == 2 and not set(ending) & {"\u0307", "σ", "ς"}


def test_role_guard_skips_sentence_words():
    assert not name_cues._may_end_in_role("Lorem ipsum dolor sit amet. ")
    assert not name_cues._may_end_in_role("Takk for hjelpen! ")
    assert name_cues._may_end_in_role("snakket med ")
    assert name_cues._may_end_in_role("naboen min, ")


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


# --- name_cues.cues' shared guards: each pattern's cheap test never rules out its match ---

_WORDS_AFTER = st.lists(st.sampled_from([
    " ", "  ", "\t", ",", ", ", "(", "-", " - ", "–", "i", "på", "fra", "frå", "från", "hos", "in",
    "from", "at", "works", "worked", "is", "was", "sits", "the", "IT", "HR", "kundeservice",
    "økonomiavdelingen", "customer", "service", "Rana", "ringte", "\u00a0", "\x1c", "\n", ":",
]), max_size=10).map("".join)


@settings(max_examples=600, deadline=None)
@given(_WORDS_AFTER)
def test_unit_guard_never_rejects_a_match(after):
    from pii_scanner.detect import introductions

    text = "Kari" + after
    unguarded = introductions._UNIT_AFTER.match(text, 4)
    if unguarded is not None:
        assert introductions._may_open_unit_phrase(text, 4)
    expected = unguarded is not None and introductions._unit_word(unguarded.group(1))
    assert introductions.affiliated_after(text, 4) == expected


@pytest.mark.parametrize("after, expected", [
    (" i økonomiavdelingen", True), (" på kundeservice", True), (" works in finance", True),
    (" in customer service", True), (" i Rana", False), (" ringte i dag", False), ("", False),
    (" worked", False), (" iT kundeservice", False),
])
def test_unit_phrase_examples(after, expected):
    from pii_scanner.detect import introductions

    assert introductions.affiliated_after("Kari" + after, 4) == expected


@settings(max_examples=600, deadline=None)
@given(_WORDS_AFTER)
def test_list_separator_shortcut_same_as_pattern(after):
    from pii_scanner.detect import list_rows

    assert list_rows.list_row_after(after) == (list_rows._AFTER_LIST.match(after) is not None)


_BEFORE_BULLETS = st.lists(st.sampled_from([
    " ", "\t", ">", "> ", "-", "*", "•", "·", "–", "1.", "12)", "123.", "1234.", ".", ")", "Hei",
    "kari", ",", "\u00a0", "\x1c", "\u2003", "0", "x-",
]), max_size=6).map("".join)


@settings(max_examples=600, deadline=None)
@given(_BEFORE_BULLETS)
def test_bullet_guard_never_rejects_a_match(before):
    from pii_scanner.detect import list_rows

    if list_rows._BULLET.match(before) is not None:
        assert list_rows._may_be_bullet(before)


def test_cues_same_on_lines_around_runs():
    """The cues of runs in a few hand-made lines, each guard's near misses among them, are
    what the patterns alone give (checked against the expected names)."""
    text = ("- Kari, Ola\n1. Per (leder)\nHei Kari, takk for sist.\nNaboen min, Per Olsen, ringte.\n"
            "Maja i kundeservice har sett på saken.\nKari Nordmann MRICS\n"
            "Kari Nordmann og jeg lurer på noe\n")
    found = {}
    for word in ("Kari", "Per", "Maja", "Ola"):
        start = 0
        while (start := text.find(word, start)) != -1:
            found.setdefault(word, []).append(name_cues.cues(text, start, start + len(word)))
            start += 1
    assert "list" in found["Kari"][0]
    assert "list" not in found["Kari"][1] and "greeting" in found["Kari"][1]
    assert "department after" in found["Maja"][0]


def test_unit_guard_knows_every_lead_word_of_the_pattern():
    import re

    from pii_scanner.detect import introductions

    # the verbs' and the prepositions' alternations, as the pattern's source spells them
    groups = re.findall(r"\[ \]\(\?:([^()]+)\)", introductions._UNIT_AFTER.pattern)
    words = {word for group in groups for word in group.split("|") if word != "the[ ]"}
    assert {"works", "i", "på", "at"} <= words
    for word in words:
        text = "Kari " + word + " IT"
        assert introductions._may_open_unit_phrase(text, 4), word
        if word in ("works", "worked", "is", "was", "sits"):
            text = "Kari " + word + " in IT"
        assert introductions._UNIT_AFTER.match(text, 4) is not None, word
        assert introductions.affiliated_after(text, 4)
