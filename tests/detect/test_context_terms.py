"""Context terms match Nordic words with their diacritics lost (OCR, plain keyboards)."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pii_scanner.detect import context as ctx
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions

from .generated import valid_mobile


@pytest.mark.parametrize("term,written", [
    ("fødselsdato", "fodselsdato"), ("födelsedatum", "fodelsedatum"), ("født", "fodt"),
    ("fødselsnummer", "fødselsnummer"), ("personnummer", "personnummer"),
    ("mobilnummer", "mobilnummer"), ("bæreevne", "baereevne"), ("bæreevne", "bäreevne"),
    ("låneavtale", "laneavtale"),
])
def test_a_term_matches_its_plain_spelling(term, written):
    assert ctx.Terms([term]).hits(f"se {written}: ") != ()


@pytest.mark.parametrize("term,written", [
    ("lån", "lan"),           # short terms stay exact: too many plain words look alike
    ("født", "fedt"),
    ("fødselsdato", "fxdselsdato"),
])
def test_no_match_beyond_the_plain_forms(term, written):
    assert ctx.Terms([term]).hits(f"se {written}: ") == ()


@pytest.fixture(scope="module")
def detector():
    return build_detector(DetectOptions(use_ner=False))


@pytest.mark.parametrize("label", ["Fodselsdato", "Fodelsedatum", "Fødselsdato"])
def test_date_of_birth_under_a_label_without_diacritics(detector, label):
    text = f"{label}\n\n21 mars 1970\n\nAdresse"
    found = [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "sv")]
    assert ("DATE_OF_BIRTH", "21 mars 1970") in found


def test_a_date_with_no_birth_word_stays_undetected(detector):
    text = "Fakturadato\n\n21 mars 1970\n"
    assert not [f for f in detector.analyze(text, "nb") if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("written, hit", [("f. 12.03", True), ("f.12.03", True), ("(f.)", True),
                                          ("f.eks. 12.03", False), ("kari@f.no", False)])
def test_an_abbreviation_term_is_not_the_start_of_a_longer_word(written, hit):
    assert bool(ctx.Terms(["f."]).hits(written)) == hit


@pytest.mark.parametrize("text", ["Skriv datoen på formen f.eks. 12.03.1985 i feltet.",
                                  "Sendt fra kari@b.no 12.03.2020"])
def test_no_birth_date_after_an_abbreviation_that_only_starts_like_a_birth_word(detector, text):
    assert not [f for f in detector.analyze(text, "nb") if f.entity_type == "DATE_OF_BIRTH"]


def test_the_header_of_a_semicolon_separated_paste_is_context(detector):
    from faker import Faker

    fake = Faker("no_NO")
    fake.seed_instance(2)
    rng = random.Random(8)
    rows = [(fake.name(), fake.ssn(), valid_mobile(rng)) for _ in range(6)]
    text = "Her er lista:\nNavn;Fødselsnummer;Telefon\n" + "".join(
        f"{name};{number};{mobile}\n" for name, number, mobile in rows)
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")}
    for _, number, mobile in rows:
        assert ("NO_FODSELSNUMMER", number) in found
        assert ("PHONE_NUMBER", mobile) in found


def test_a_semicolon_in_prose_makes_no_column_header():
    from pii_scanner.detect.context import column_header

    text = "navn;telefon\nhei; vi ringer deg; takk 41234567"
    assert column_header(text, text.index("4123")) == ""
    table = "navn;telefon\nkari;41234567"
    assert column_header(table, table.index("4123")) == "telefon"


# -- the automaton against a regex statement of the same rule ---------------------------------

_ORACLE_FORMS = {"ø": "[øöo]", "ö": "[öøo]", "å": "[åa]", "ä": "[äæa]", "æ": "(?:æ|ä|ae)",
                 "é": "[ée]", "ü": "[üu]"}


def _oracle(terms):
    """The module doc's rule as one regex alternation, longest term first, found overlapped."""
    import regex

    from pii_scanner.detect import inflections

    expanded = dict.fromkeys(terms)
    for term in terms:
        expanded.update(dict.fromkeys(inflections.forms().get(term, ())))
    alternatives = []
    for term in sorted(expanded, key=len, reverse=True):
        escaped = regex.escape(term)
        if sum(ch.isalpha() for ch in term) >= ctx.FOLD_MIN_LETTERS:
            escaped = "".join(_ORACLE_FORMS.get(ch, ch) for ch in escaped)
        if " " in term or not term.isalnum():
            alternatives.append((r"\b" if term[0].isalnum() else "") + escaped
                                + ("" if term[-1].isalnum() else r"(?!\p{L})"))
        elif len(term) >= 5:
            alternatives.append(escaped)
        elif len(term) <= 2:
            alternatives.append(r"\b" + escaped + r"\b")
        elif term in ctx.WHOLE_ABBREVIATIONS:  # round 35C: 'dob', no letter after it
            alternatives.append(r"\b" + escaped + r"(?!\p{L})")
        else:
            alternatives.append(r"\b" + escaped)
    pattern = regex.compile("|".join(alternatives))
    return lambda win: tuple(dict.fromkeys(pattern.findall(win, overlapped=True)))


_TERMS = ("tlf", "id", "kr", "f.", "b.", "fødselsnummer", "fødselsn", "født", "bæreevne", "nå meg",
          "org.nr", "e-post", "mobil", "m:", "dob", "d.o.b", "konto", "kontonummer")


@given(st.lists(st.sampled_from(_TERMS + ("fodselsnummer", "baereevne", "fodt", "konti", " ", "\n", ".",
                                          ":", "x", "ab", "3", "é", "_", "-", "@")),
                max_size=14))
def test_the_automaton_finds_what_the_rule_says(parts):
    text = "".join(parts)
    terms = ctx.Terms(_TERMS)
    assert terms.hits(text) == _oracle(_TERMS)(text)
    assert terms.search(text) == bool(_oracle(_TERMS)(text))


def test_shared_terms_are_built_once_per_list_and_match_as_their_own():
    first = ctx.shared_terms(("fødselsnummer", "fnr"))
    assert ctx.shared_terms(["fødselsnummer", "fnr"]) is first  # (any iterable of the same terms)
    assert ctx.shared_terms(("fnr",)) is not first
    assert first.hits("fnr: 1") == ctx.Terms(("fødselsnummer", "fnr")).hits("fnr: 1") == ("fnr",)
