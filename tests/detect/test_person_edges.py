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


def _company_words(count, seed):
    from pii_scanner.detect.brand_names import COMPANY_WORDS
    return random.Random(seed).sample(sorted(COMPANY_WORDS), count)


GREETINGS = ["Hei {w}!\nJeg har et spørsmål.", "Dear {w},\nmy order is late.",
             "Hej {w},\nmin TV är trasig.", "Hei {w}!\nKiitos.", "Hi {w} Support,\nthanks"]


@pytest.mark.parametrize("word", _company_words(8, 21))
@pytest.mark.parametrize("greeting", GREETINGS)
def test_a_company_greeted_is_no_person(found, word, greeting):
    text = greeting.format(w=word.title())
    assert not any(t == "PERSON" for t, _ in found(text))


@pytest.mark.parametrize("greeting", GREETINGS[:4])
def test_an_unlisted_first_name_greeted_stays_a_name(found, greeting):
    # first names no list holds (Finnish, foreign): only the greeting makes them names
    # (round 31E: the lists hold Faker's fi_FI names now, so more foreign ones are offered)
    names = [n for n in ("Aatu", "Eelis", "Oskari", "Tuomo", "Ngozi", "Yerlan", "Oona", "Veeti",
                         "Chidera", "Aigerim", "Tendai")
             if n.lower() not in gazetteers.first_names() and n.lower() not in common_words()]
    assert len(names) >= 3
    for name in names:
        assert ("PERSON", name) in found(greeting.format(w=name))


def test_company_words_hold_no_listed_name():
    from pii_scanner.detect.brand_names import COMPANY_WORDS
    from pii_scanner.detect.name_words import is_first
    assert not [w for w in COMPANY_WORDS if is_first(w) or w in gazetteers.surnames()]


@pytest.mark.parametrize("group", ["Alle", "Alla", "Allihopa", "Folkens", "Guys", "Kaikki"])
@pytest.mark.parametrize("greeting", ["Hei {w}!\nMøtet er flyttet.", "Hej {w},\ntack."])
def test_a_greeted_group_is_no_person(found, group, greeting):
    assert not any(t == "PERSON" for t, _ in found(greeting.format(w=group)))


@pytest.mark.parametrize("first, last", _names(4, 13))
def test_a_group_word_before_a_surname_is_still_read_as_usual(found, first, last):
    assert ("PERSON", f"{first} {last}") in found(f"Hei {first} {last}!\nTakk.")


@pytest.mark.parametrize("first, last", _names(5, 14))
@pytest.mark.parametrize("particles", ["", "de la ", "van der ", "af ", "DE LA "])
@pytest.mark.parametrize("label", ["Navn: ", "Name:\t", "Kunde: "])
def test_a_surname_written_first_after_a_label_keeps_its_particles(found, first, last,
                                                                   particles, label):
    surname = last.upper() if particles.isupper() else last
    name = f"{particles}{surname}, {first}"
    assert ("PERSON", name) in found(f"{label}{name}\nTelefon: 41234567")


@pytest.mark.parametrize("first, last", _names(4, 15))
def test_a_comma_after_a_place_is_no_surname_first(found, first, last):
    names = [v for t, v in found(f"Sted: Bergen, {first} {last} kommer.") if t == "PERSON"]
    assert names == [f"{first} {last}"]


@pytest.mark.parametrize("first, last", _names(5, 16))
@pytest.mark.parametrize("title", ["Dr.", "Dr", "Prof.", "Mr.", "Frk."])
def test_a_title_before_a_name_stays_out_of_it(found, first, last, title):
    for text in (f"Kontakt {title} {first} {last} for timen.", f"Mvh\n{title} {first} {last}"):
        assert ("PERSON", f"{first} {last}") in found(text)


@pytest.mark.parametrize("pair", ["K.N.", "O.J.", "A.B.", "K. N."])
def test_a_bare_pair_of_initials_is_not_flagged(found, pair):
    # two letters alone name nobody a reader could find: not personal data on their own
    for text in (f"Signert {pair}", f"Mvh\n{pair}", f"Saken er sendt til {pair} i dag."):
        assert not any(t == "PERSON" for t, _ in found(text))


@pytest.mark.parametrize("first, last", _names(4, 17))
@pytest.mark.parametrize("trade", ["Airlines", "Air Shuttle", "Hotel", "Group", "Holding",
                                   "Eiendom", "Bygg", "Invest", "Consulting", "Elektro"])
def test_a_name_with_a_line_of_business_is_a_company(found, first, last, trade):
    for text in (f"Bestilte via {first} {last} {trade}.", f"Fikk brev fra {last} {trade} i dag."):
        assert not any(t == "PERSON" for t, _ in found(text))
    signed = found(f"Mvh\n{first} {last}\n{last} {trade}")
    assert ("PERSON", f"{first} {last}") in signed
