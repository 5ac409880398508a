"""Round 30C (speed, same findings): each cheaper path gives what the path it replaces gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import lone_names, name_speech, repeated_values
from pii_scanner.detect.recognizers.generic import email

# few letters, so values repeat and overlap ('aaa' in 'aaaa'), as a count must tell apart
_TEXT = st.text(alphabet="ab1 -", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.text(alphabet="ab1 -", min_size=1, max_size=5), max_size=8))
def test_written_twice_is_a_count_above_one(text, values):
    """The automaton scan and the counts agree on every value."""
    wanted = {v for v in values if text.count(v) > 1}
    assert repeated_values._written_twice(text, set(values)) == wanted


def test_written_twice_overlapping_copies_are_one():
    """'1212' in '121212' occurs twice, overlapping: a count finds it once, so no copy."""
    assert repeated_values._written_twice("121212", {"1212"}) == set()
    assert repeated_values._written_twice("1212 1212", {"1212"}) == {"1212"}
    assert repeated_values._written_twice("12121212", {"1212", "2121"}) == {"1212"}


def test_long_text_copies_found_by_one_scan():
    """A long text (the automaton's path) still carries a number written again."""
    from pii_scanner.detect.decisions import Candidate

    filler = "Lorem ipsum dolor sit amet. " * 100_000
    text = "Personnummer: 760713-2003\n" + filler + "som sagt: 760713-2003\n" + filler
    found = [Candidate("SE_PERSONNUMMER", 14, 25, 0.9, "SePersonnummerRecognizer", ())]
    assert len(found) * len(text) > repeated_values._ONE_SCAN_ABOVE  # (the automaton's path)
    copies = repeated_values.repeated_values(text, found)
    assert [(c.start, c.end) for c in copies] == [(text.rindex("760713-2003"),
                                                   text.rindex("760713-2003") + 11)]
    # near miss: glued to a letter, no copy
    glued = text.replace("som sagt: 760713-2003", "som sagt: X760713-2003")
    assert repeated_values.repeated_values(glued, found) == []


def test_precompiled_helpers_read_as_before():
    assert lone_names.post_nominals(" MRICS")
    assert lone_names.post_nominals(", MBA")
    assert not lone_names.post_nominals(" sa at")
    assert lone_names.slash_signed("/", "Hans")
    assert not lone_names.slash_signed("/", "Users")
    assert name_speech._listed_speaker("Kari Berg")
    assert not name_speech._listed_speaker("han")
    assert email._DOT_OR_SPACE.split("kari at firma dot no")[-1] == "no"
