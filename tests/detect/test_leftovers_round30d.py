"""Round 30D: leftovers of rounds 30A/30B. A first name that is also a word before a short
number in a program's output or a course's plan ('File "app.py", Line 332', 'Det er Dag 3');
a first name that is also a word presented after 'det er' / 'this is' ('Hei, det er Dag.');
'Contact Sine on …' (Norwegian 'sine' read as a possessive before English 'on'); a lower-case
display name whose unlisted surname is its own address's ('"kari kvalbein" <kari.kvalbein@…>');
a municipality after a place phrase ('hytte på Frøya'); a Swedish 'gränd' written without its
mark ('Skolgrand 8'). Values are generated (seeded draws from the shipped lists)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import gazetteers, name_cues, name_edges

from .generated import plain_names, valid_mobile, values_of

_R = random.Random(3040)
_FIRST = plain_names("no_first_names.txt", 6, _R, first=True)
#: first names that are also words: only a cue makes them names
_WORD_FIRST = ["Dag", "Else", "Per", "Sine", "Even", "Åke"]
#: municipalities that are also first names
_MUNICIPAL_NAMES = sorted(m.capitalize() for m in gazetteers.municipalities()
                          if m in gazetteers.first_names() and m.isalpha())[:6]


# ------------------------------------------------------------ 1. a word numbered in a program's output

@pytest.mark.parametrize("lang", ["en", "nb", None])
@pytest.mark.parametrize("line", [12, 332, 1088])
@pytest.mark.parametrize("template", [
    'Traceback (most recent call last):\n  File "/srv/app/views.py", Line {d}, in get\n    raise KeyError(key)',
    '  File "C:\\app\\billing.py", Line: {d}, in main',
    "SyntaxError at Line {d} col 4: unexpected token",
    "Parse error, Line {d}, column 7",
    "Feilen kommer på Line {d} i views.js",
    "Job {d} failed with exit code 1",
    "ERROR [auth] Run {d}: timeout after 30s",
])
def test_a_word_numbered_in_a_programs_output_is_no_name(found, template, line, lang):
    assert values_of(found, template.format(d=line), lang, "PERSON") == []


@pytest.mark.parametrize("day", [2, 3, 21])
@pytest.mark.parametrize("text,lang", [
    ("Det er Dag {d} av kurset.", "nb"), ("Det er Dag {d} av kurset.", None),
    ("Det är Dag {d} av kursen.", "sv"), ("This is Dag {d} of the course.", "en"),
    ("Dette er Uke {d} sin plan.", "nb"),
])
def test_a_first_name_that_is_a_word_before_a_short_number_is_the_word(found, text, lang, day):
    assert values_of(found, text.format(d=day), lang, "PERSON") == []


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template", [
    "Mvh\n{n}\n{t}", "Ring {n} på {t}", "Hilsen {n}, tlf {t}", "Kontaktperson: {n} {t}",
    "Kontakt: {n} {g}", "Hilsen {n} 3. etasje",
])
def test_a_name_before_a_phone_or_after_a_strong_cue_stays_a_name(found, template, case):
    rng = random.Random(case)
    name = ["Line", "Dag", "Per", "Line"][case]
    number = valid_mobile(rng)
    text = template.format(n=name, t=number, g=f"{number[:3]} {number[3:5]} {number[5:]}")
    assert values_of(found, text, "nb", "PERSON") == [name]


@pytest.mark.parametrize("text,lang", [
    ("snakket med Kari 2 ganger i går.", "nb"), ("Barna heter Liv 7 år og Even 10 år.", "nb"),
])
def test_a_name_before_a_count_outside_a_programs_output_stays(found, text, lang):
    assert "Kari" in values_of(found, text, lang, "PERSON") or "Liv" in values_of(found, text, lang, "PERSON")


def test_number_after_reads_a_short_number_only():
    assert name_edges.number_after("Line 332, in get", 4)
    assert name_edges.number_after("Line: 332", 4)
    assert not name_edges.number_after("Line 412 34 567", 4)  # a phone's first group
    assert not name_edges.number_after("Line 41234567", 4)
    assert not name_edges.number_after("Liv 7 år", 3)  # an age
    assert not name_edges.number_after("Line 1.5", 4)


@given(st.integers(min_value=1, max_value=99999))
@settings(max_examples=30, deadline=None)
def test_any_short_number_after_a_traceback_line_word_numbers_it(number):
    text = f'  File "/app/main.py", Line {number}, in run'
    assert name_edges.numbered_word(text, text.index("Line"), text.index("Line") + 4, False)


# ------------------------------------------------------------ 2. presented after 'det er' / 'this is'

@pytest.mark.parametrize("name", _WORD_FIRST + _FIRST[:2])
@pytest.mark.parametrize("template,lang", [
    ("Det er {n}.", "nb"), ("Det er {n}.", None), ("Hei, det er {n} igjen.", None),
    ("Dette er {n} som skriver.", "nb"), ("Dette er {n} som skriver.", None),
    ("Hei, dette er {n} fra regnskap.", None), ("Jeg heter {n}.", None),
    ("Hej! Det är {n}.", "sv"), ("Hej! Det är {n}.", None), ("Jag heter {n}.", "sv"),
    ("Hej, det är {n} på kundtjänst här.", None), ("Hej, det är {n} på ekonomi här.", "sv"),
    ("Hi, this is {n}.", "en"), ("Hello, this is {n} from accounts.", "en"),
    ("My name is {n}.", "en"),
])
def test_a_first_name_presented_by_its_writer_is_a_name(found, template, lang, name):
    assert values_of(found, template.format(n=name), lang, "PERSON") == [name]


@pytest.mark.parametrize("text,lang", [
    ("Det er mai nå.", "nb"), ("This is May 2024.", "en"), ("This is June 5th.", "en"),
    ("Dette er Telenor sin feil.", "nb"), ("Det er Sol og varme i dag.", "nb"),
    ("Det er Dag 3 av kurset.", None),
    ("Hej, det är kundtjänst här.", "sv"), ("Dette er Per 1. januar.", None),
])
def test_a_word_after_a_presentation_is_no_name(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


def test_a_presentation_needs_a_listed_first_name_and_a_closed_clause():
    assert "introduction" in name_cues.cues("Hei, det er Dag.", 12, 15)
    assert "introduction" not in name_cues.cues("Hei, det er Dag 3.", 12, 15)
    assert "introduction" not in name_cues.cues("Hei, det er Dag i dag her.", 12, 15)  # no unit
    assert "introduction" not in name_cues.cues("Vet ikke hva det er Dag.", 20, 23)  # mid-clause


# ------------------------------------------------------------ 3. a person to contact

@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("name", _WORD_FIRST)
@pytest.mark.parametrize("template,lang", [
    ("Contact {n} on {t}", "en"), ("Contact {n} on {t}", None), ("Please contact {n} at {t}.", "en"),
    ("For access, contact {n} on {t}.", "en"), ("Kontakta {n} på {t}.", "sv"),
])
def test_a_first_name_that_is_a_word_after_contact_is_a_name(found, template, lang, name, case):
    number = valid_mobile(random.Random(case))
    got = found(template.format(n=name, t=number), lang)
    assert ("PERSON", name) in got, got
    assert ("PHONE_NUMBER", number) in got, got


@pytest.mark.parametrize("text,lang", [
    ("Kunden har sendt sine on-boarding-skjema.", "nb"), ("De har betalt sine regninger.", "nb"),
    ("Contact support on 41234567", "en"), ("Please contact Sales at 41234567.", "en"),
])
def test_a_possessive_or_a_desk_after_contact_is_no_name(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


# ------------------------------------------------------------ 4. a display name and its own address

_INVENTED_SURNAMES = ["kvalbein", "brekkvold", "hauklid", "fjellseth", "grøseth"]


def _fold(word: str) -> str:
    return word.replace("ø", "o").replace("å", "a").replace("æ", "ae")


@pytest.mark.parametrize("surname", _INVENTED_SURNAMES)
@pytest.mark.parametrize("template", [
    'Til: "{n} {s}" <{e}>', 'Fra: "{n} {s}" <{e}>\nSendt: 3. mars 2024\nEmne: Faktura',
    'From: "{n} {s}" <{e}>', 'Från: "{n} {s}" <{e}>', 'Til: {n} {s} <{e}>',
])
def test_a_lower_case_display_name_with_its_addresss_surname_is_whole(found, template, surname):
    assert surname not in gazetteers.surnames()
    first = _FIRST[_INVENTED_SURNAMES.index(surname) % len(_FIRST)].lower()
    text = template.format(n=first, s=surname, e=f"{_fold(first)}.{_fold(surname)}@firma.no")
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {surname}"]


@pytest.mark.parametrize("text,person", [
    ('Til: "post mottak" <post.mottak@kommune.no>', []),
    ('From: "no reply" <no.reply@service.com>', []),
    ('Til: "kunde service" <kunde.service@firma.no>', []),
    ('Fra: "kari service" <kari.service@firma.no>', ["kari"]),  # a word: not the surname
    ('Til: "kari kvalbein" <kari.berg@firma.no>', ["kari"]),  # another address's word
])
def test_a_display_name_whose_word_is_no_surname_of_its_address(found, text, person):
    assert values_of(found, text, "nb", "PERSON") == person


# ------------------------------------------------------------ 5. a municipality after a place phrase

@pytest.mark.parametrize("place", _MUNICIPAL_NAMES)
@pytest.mark.parametrize("template", [
    "Vi har hytte på {p}.", "Vi var på ferie på {p} i sommer.", "Jeg jobber i {p} og pendler hjem.",
    "Pakken ligger på postkontoret i {p}.", "Vi skal på tur til {p} i helga.", "Vi var i {p} i påsken.",
])
def test_a_municipality_after_a_place_phrase_is_no_name(found, template, place):
    assert values_of(found, template.format(p=place), "nb", "PERSON") == []


@pytest.mark.parametrize("place", _MUNICIPAL_NAMES)
@pytest.mark.parametrize("template,expected", [
    ("{p} Hansen ringte om fakturaen.", "{p} Hansen"), ("Hilsen {p}", "{p}"),
    ("Jeg snakket med {p} i går.", "{p}"), ("Mvh\n{p} Berg", "{p} Berg"),
])
def test_a_municipality_named_as_a_person_stays_a_name(found, template, expected, place):
    assert values_of(found, template.format(p=place), "nb", "PERSON") == [expected.format(p=place)]


def test_the_municipalities_that_are_first_names_are_some():
    assert len(_MUNICIPAL_NAMES) >= 4


# ------------------------------------------------------------ 6. 'gränd' without its mark

@pytest.mark.parametrize("lang", ["sv", None])
@pytest.mark.parametrize("prefix", ["Skol", "Villa", "Kyrko", "Smed", "Kopparslagar"])
@pytest.mark.parametrize("template,whole", [
    ("{x}grand {d}, 123 45 Farsta", True), ("Leveransadress: {x}grand {d}, 752 36 Uppsala", False),
    ("Min adress är {x}grand {d}.", False),
])
def test_a_swedish_grand_street_without_its_mark_is_an_address(found, template, whole, prefix, lang):
    text = template.format(x=prefix, d=_R.randint(1, 400))
    got = values_of(found, text, lang, "STREET_ADDRESS")
    assert len(got) == 1 and got[0].startswith(f"{prefix}grand"), got
    if whole:
        assert got == [text]


@pytest.mark.parametrize("text", [
    "Grand Hotel 5 stars, booked for 3 nights.", "That makes a grand total of 350.",
    "We stayed at the Grand 3 nights.", "Grand prize 500 NOK to the winner.",
    "Hotel Grand 3 netter i juni.",
])
def test_english_grand_is_no_street(found, text):
    assert values_of(found, text, "en", "STREET_ADDRESS") == []
