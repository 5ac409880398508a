"""name_regions.runs: each run's tokens are exactly the capitalised words TOKEN finds in it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regex

from pii_scanner.detect import name_regions

WORDS = ["Kari", "Nordmann", "Anne-Marie", "van", "de", "Ødegård", "O'Neil", "Åse", "hei",
         "AS", "KARI", "VAN", "ANNE-MARIE", "Jean-luc", "Ola", "av", "Über", "mvh", "1234", "kari@x.no", "-", "Østre", "Dr."]


def _reference(text):
    out = []
    for match in name_regions.RUN.finditer(text):
        out.append((match.start(), match.end(), tuple(
            (match.start() + m.start(), match.start() + m.end())
            for m in name_regions.TOKEN.finditer(match.group()))))
    for match in name_regions.CAPS_RUN.finditer(text):  # words in capitals, particles apart
        out.append((match.start(), match.end(), tuple(
            (match.start() + m.start(), match.start() + m.end())
            for m in regex.finditer(r"\S+", match.group())
            if m.group().lower() not in ("van", "de", "av"))))
    return sorted(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", ", ", ". "])),
                max_size=14))
def test_tokens_match_the_token_pattern(parts):
    text = "".join(w + sep for w, sep in parts)
    got = [(r.start, r.end, r.tokens) for r in name_regions.runs(text)]
    assert got == _reference(text)


def test_particles_are_not_tokens():
    text = "Hilsen Ludwig van Beethoven"
    (run,) = name_regions.runs(text)
    assert (run.start, run.end) == (0, len(text))
    assert [text[a:b] for a, b in run.tokens] == ["Hilsen", "Ludwig", "Beethoven"]


def test_runs_in_capitals_are_runs_of_two_or_more_words():
    text = "Navn: KARI NORDMANN\nOK takk, NAV har svart. ANNE-MARIE VAN DER BERG"
    runs = name_regions.runs(text)
    assert [text[r.start:r.end] for r in runs] == ["Navn", "KARI NORDMANN", "ANNE-MARIE VAN DER BERG"]
    assert [text[a:b] for a, b in runs[-1].tokens] == ["ANNE-MARIE", "BERG"]


def test_initials_belong_to_the_run_but_are_no_tokens():
    text = "Mvh K. Nordmann og Jan-Erik O. Larsen"
    runs = name_regions.runs(text)
    assert [text[r.start:r.end] for r in runs] == ["Mvh K. Nordmann", "Jan-Erik O. Larsen"]
    assert [text[a:b] for a, b in runs[1].tokens] == ["Jan-Erik", "Larsen"]


def test_two_or_three_initials_open_a_run():
    text = "Kontakt: P. A. Olsen og J.R.R. Tolkien, O. J. P. Hansen"
    runs = name_regions.runs(text)
    assert [text[r.start:r.end] for r in runs] == ["Kontakt", "P. A. Olsen", "J.R.R. Tolkien",
                                                   "O. J. P. Hansen"]
    assert [text[a:b] for a, b in runs[1].tokens] == ["Olsen"]


@pytest.mark.parametrize("first, particles, last", [("Pieter", "van der", "Berg"),
                                                    ("Jan", "van den", "Broek"),
                                                    ("Anna", "von der", "Leyen"),
                                                    ("Maria", "de la", "Cruz")])
def test_two_particles_join_the_words_of_a_name(first, particles, last):
    from pii_scanner.detect.name_regions import runs

    text = f"mvh\n{first} {particles} {last}\n"
    [run] = runs(text)
    assert text[run.start:run.end] == f"{first} {particles} {last}"
    assert [text[s:e] for s, e in run.tokens] == [first, last]


def test_chat_bots_log_words_and_abbreviated_labels_are_no_names():
    from pii_scanner.detect.common_words import is_common

    for word in ("chatbot", "traceback", "personnr", "kontonr", "telefonnr", "kundenr"):
        assert is_common(word), word
    for name in ("kari", "nordmann", "hansen", "ola"):
        assert not is_common(name), name
