"""PERSON's cheap tests before a regex: each must agree with the regex alone at every position.

The cue and context helpers look at a few characters (a space, ':' or ';', 'og', a street
word's initial) before running a pattern; these tests run both over tricky texts, with
Python's extra whitespace (``\\x1c``) and the regex module's (no-break and line separators).
"""

from __future__ import annotations

import pytest

from pii_scanner.detect import chat_speakers, cue_words, introductions, list_rows, name_cues, name_fields
from pii_scanner.detect.recognizers.nlp import person_context as pc

TEXTS = [
    "Hei Kari,\nTil: Hansen, Ola; Bradshaw, Diane\nCc:\t Berg, Per ;  Lie\nFra:        Dahl\n",
    "[10:32] Kari: takk\n09.15 Ola (support): hei\n  - Kari Nordmann , Oslo\n\t• Per -– x\n",
    "Kari Nordmann <kari@example.no> skrev:\n\"Hansen, Kari\" <k@x.no>\nOla wrote:\n(Ola) : ok\n",
    "Ruud, Lie og Gundersen DA og Berg & Co AS, Sol og Vind Energi AS; Cunningham, Bailey and "
    "Ross LLP, Berg advokatfirma, Dahl Advokater, Lund ja Virtanen Oy, Hansen lawyers\n",
    "Olav Kyrres gate 22, Haakon VIIs gate 5, Werner Wirénin tie 3, Beate Allé 39, Storm Vei 3, "
    "Kari Gt. 4, Per Boulevard 12, Nils XIs torg\n",
    "K. Hansen, Mvh K. Hansen, T. Sanna Heikkinen, P. A. Olsen, J.R. Berg, A.\nBerg, Ola B.\n",
    "Brooke here. Kari from Finance here, Ola fra IT her! Anna från kundtjänst här; Per herfra\n",
    "x\x1c Kari\x1c, y\u00a0Kari\u00a0,\u2028Per\u2028- z\x1f(Kari)\x1e:Ola\u3000\t, Lie\u00a0 – Berg\n",
    "Kari" + " " * 12 + ",\nPer" + " " * 9 + "\t(\nOla" + "\t" * 10 + "(\nLise  \u2013 x\nTone  -\n",
    "Navn:" + " " * 10 + "Kari\nTil:" + "\t" * 9 + "Per\nKopi: Lie, Per;" + " " * 12 + "Ola\n",
]


def positions(text):
    return range(len(text) + 1)


@pytest.mark.parametrize("text", TEXTS)
def test_cue_prefilters_agree_with_their_patterns(text):
    for pos in positions(text):
        after = text[pos:]
        assert introductions.introduced_after(after) == bool(introductions._INTRODUCED_AFTER.match(after))
        assert list_rows.list_row_after(after) == bool(list_rows._AFTER_LIST.match(after))
        header = after[:4].lstrip()[:1] in name_cues._HEADER_OPENINGS
        assert header or not name_cues._AFTER_HEADER.match(after)
        for lo in range(max(0, pos - 30), pos + 1):
            assert chat_speakers.chat_time(text[lo:pos]) == bool(chat_speakers._CHAT.search(text[lo:pos]))


@pytest.mark.parametrize("text", TEXTS)
def test_address_field_agrees_with_its_pattern(text):
    for start in positions(text):
        line_start = text.rfind("\n", max(0, start - 400), start) + 1
        field = name_fields._ADDRESS_FIELD.match(text, line_start, start)
        assert name_fields.address_field(text, start) == (field is not None and field.end() == start)


@pytest.mark.parametrize("text", TEXTS)
def test_context_prefilters_agree_with_their_patterns(text):
    for end in positions(text):
        firm = text[end:end + 1] in ", " and bool(pc._FIRM_AFTER.match(text, end)
                                                  or pc._FIRM_WORD_AFTER.match(text, end))
        assert pc.firm_after(text, end) == firm
        assert pc.company_after(text, end) == bool(pc.COMPANY_AFTER.match(text, end))
        assert pc.street_number_after(text, end) == bool(pc.STREET_NUMBER_AFTER.match(text, end))
        assert pc.street_after(text, end) == (text[end:end + 1] == " "
                                              and bool(pc.STREET_AFTER.match(text, end)))
        for pos in range(max(0, end - 12), end + 1):
            got, want = pc.initial_before(text, pos, end), pc.INITIAL_BEFORE.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())


def test_suffix_index_agrees_with_the_suffix_tuple():
    from pii_scanner.detect import common_words as cw

    words = ["", "a", "nr", "Nr", "kundenr", "økonomiavdelingen", "prosjektleder", "leder-x",
             "hansen", "service", "kundeservice", "ansvarlig", "kontonummer", "skattetabell"]
    words += [s[1:] for s in cw._SUFFIXES] + [s[-2:] for s in cw._SUFFIXES]
    words += ["x" + s for s in cw._SUFFIXES] + [s + "x" for s in cw._SUFFIXES]
    for word in words:
        assert cw._unit_title_or_label(word) == word.endswith(cw._SUFFIXES), word


def _last_word_by_steps(before: str) -> str:
    """cue_words.last_word as it was written first: strip spaces and punctuation in turn."""
    tail, previous = before, None
    while tail != previous:
        previous, tail = tail, tail.rstrip().rstrip(",.!:>")
    words = tail.rsplit(None, 1)
    return words[-1].rsplit(">", 1)[-1].rsplit("(", 1)[-1].rstrip(".") if words else ""


def test_last_word_strips_what_the_steps_strip():
    import sys

    assert not any(chr(c).isspace() for c in range(0x10000, sys.maxunicode + 1))
    for text in TEXTS + ["", " ", "mvh,\u3000!", "hei\x1c, ", "(navn: ", "x>hei ", "hr. ",
                         "med vennlig hilsen\u00a0!\u2028", "m.v.h. ,", "terv.:> "]:
        for end in range(len(text) + 1):
            assert cue_words.last_word(text[:end]) == _last_word_by_steps(text[:end])
