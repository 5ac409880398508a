"""Round 37A: cheap pre-tests in the PERSON recognizer's planning pass.

Each pre-test skips a pattern or a helper where it cannot hold; these tests check, on
generated texts, that the guarded path answers as the unguarded one did (the pre-test is a
necessary condition of the test it guards), so a later change to a pattern that breaks that
shows here and not as a silently lost name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import name_cues, name_edges
from pii_scanner.detect.chat_speakers import chat_speaker
from pii_scanner.detect.recognizers.nlp import person

#: letters, capitals, spaces, the punctuation the guarded patterns read
_ALPHABET = "aAbKåÅé -–—,.:;()[]<>\"'@\t\n0123456789sw"


def _old_compound_noun(text: str, end: int) -> bool:
    return text[end - 1:end].islower() \
        and person._COMPOUND_TAIL.search(text, max(0, end - 30), end) is not None


def _old_after_acronym(text: str, start: int) -> bool:
    if text[start - 1:start] != " ":
        return False
    acronym = name_edges._ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    if acronym is None:
        return False
    word = acronym.group(1).lower()
    return word not in name_edges.cue_words.CUE_PHRASES and word not in name_edges.CUE_WORDS \
        and word not in name_edges._NOTE_WORDS


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET + "låt", max_size=40), st.integers(0, 45))
def test_compound_noun_hyphen_first_answers_as_the_search(text, end):
    end = min(end, len(text))
    assert person._compound_noun(text, end) == _old_compound_noun(text, end)


def test_compound_noun_still_reads_a_compound():
    text = "Han liker Michael Kiwanuka-låt og Kari-saken"
    assert person._compound_noun(text, text.index(" og"))
    assert person._compound_noun(text, len(text))
    assert not person._compound_noun("Hei Kari Nordmann", 17)  # (no hyphen)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ABDNOKSaeiknr .-\n", max_size=20), st.integers(0, 22))
def test_after_acronym_capital_first_answers_as_the_search(text, start):
    start = min(start, len(text))
    assert name_edges.after_acronym(text, start) == _old_after_acronym(text, start)


def test_after_acronym_still_reads_an_acronym():
    assert name_edges.after_acronym("Kunde i DNB Liv", 12)
    assert not name_edges.after_acronym("Hei Kari", 4)
    assert not name_edges.after_acronym("MVH Kari", 4)  # (a cue in capitals)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u00a0\u2003\x1c", max_size=12))
def test_a_blank_tail_is_no_mail_header(after):
    """The header cue skips its pattern where the rest of the line is blank."""
    assert name_cues._AFTER_HEADER.match(after) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=24),
       st.text(alphabet=_ALPHABET.replace("\n", ""), max_size=24))
def test_chat_speaker_needs_a_tag_or_the_line_start(before, after):
    """Mid-line with no ']' closing a tag before it, no run is a chat speaker (the pre-test)."""
    before = before.split("\n")[-1]
    text = before + "Kari" + after
    start = len(before)
    low = before.lower()
    if low.strip(" \t>") and not low.endswith(("]", "] ")):
        assert not chat_speaker(text, start, start + 4, low, after)


def test_cues_unchanged_on_chat_and_header_lines():
    text = "[chat] Kari: hei\nKari 10:32: hei\nOla Nordmann <ola@example.com> skrev:\nMvh\nKari Nordmann\n"
    at = {name: text.index(name) for name in ("Kari:", "Kari 10", "Ola Nordmann", "Kari Nordmann\n")}
    assert "chat" in name_cues.cues(text, at["Kari:"], at["Kari:"] + 4)
    assert "chat" in name_cues.cues(text, at["Kari 10"], at["Kari 10"] + 4)
    assert "header" in name_cues.cues(text, at["Ola Nordmann"], at["Ola Nordmann"] + 12)
    assert "header" not in name_cues.cues(text, at["Kari Nordmann\n"], at["Kari Nordmann\n"] + 13)
