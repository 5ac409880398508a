"""PERSON's lower-case names after a greeting or sign-off and lower-case chat speakers: the
word-led and line-led matching finds what a scan of the whole text finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect.recognizers.nlp.lower_case_names import (
    LOWER_AFTER_CUE as _LOWER_AFTER_CUE, LOWER_SPEAKER as _LOWER_SPEAKER,
    lower_after_cue as _lower_after_cue, lower_speakers as _lower_speakers)
from pii_scanner.detect.recognizers.nlp.person import PersonRecognizer

_PIECES = ["hei", "Hei", "HEI", "hilſen", "HİLSEN", "mvh", "Mvh,", "navn:", "Name:", "kari",
           "ola nordmann", " ", "\t", "\n", ",", "!", "xhei", "hej", "HÄLSNINGAR", "thanks",
           "hilsen", "heihei", "helsing", "é"]


def _scanned(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _LOWER_AFTER_CUE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_same_matches_as_a_whole_scan(text):
    assert [m.span(1) for m in _lower_after_cue(text, text.lower())] == _scanned(text)


def test_long_s_and_dotted_capital_i():
    for text in ("hilſen kari\n", "HİLSEN kari\n", "Mvh, kari\nhei ola!"):
        assert [m.span(1) for m in _lower_after_cue(text, text.lower())] == _scanned(text)
        assert _scanned(text)


def test_finish_finds_a_lower_case_signed_name():
    person = PersonRecognizer()
    text = "Takk for hjelpen.\nmvh kari\n"
    found = person.finish(person.plan(text), ())
    assert [text[r.start:r.end] for r in found] == ["kari"]


_SPEAKER_PIECES = ["ola", "kari nordmann", ":", " ", "\t", "\n", "10:32 ", "[10:12] ", "Ola",
                   "x-y", "|", "hei", "(10:12:03) "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKER_PIECES), max_size=14).map("".join))
def test_speakers_as_a_whole_scan(text):
    assert [m.span(1) for m in _lower_speakers(text)] == [
        m.span(1) for m in _LOWER_SPEAKER.finditer(text)]


def test_finish_finds_lower_case_chat_speakers():
    person = PersonRecognizer()
    text = "Chat started\n10:31 kari: hei, jeg får ikke logget inn\n10:32 Agent: Hei!\n"
    found = person.finish(person.plan(text), ())
    assert "kari" in [text[r.start:r.end] for r in found]
