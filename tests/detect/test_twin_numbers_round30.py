"""Round 30: an 11-digit number valid both as a fødselsnummer and as an account number, with
only the account's context near it, but farther than the fødselsnummer's own look for
negative words (``utbetalingskonto for Kari Hansen til 28010590347``). The shape is the same
for both types, so the context decides, not the fødselsnummer's higher base score; words that
name a login as well (``kontoen min``, ``BankID``, ``my account``) do not decide alone.
Numbers are generated with python-stdnum, names drawn from the shipped lists."""

from __future__ import annotations

import random

import pytest
from stdnum.no import fodselsnummer, kontonr

from pii_scanner.detect.decisions import Candidate, resolve
from pii_scanner.detect.html_input import analyze_html

from .generated import plain_names, values_of

_R = random.Random(3030)
_FIRST = plain_names("no_first_names.txt", 4, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 4, _R, first=False)


def _twins(n: int, rng: random.Random) -> list[str]:
    """Numbers valid as a classic fødselsnummer and as a Norwegian account number."""
    out = []
    while len(out) < n:
        head = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}" \
               f"{rng.randint(0, 499):03d}"
        for tail in range(100):
            number = f"{head}{tail:02d}"
            if fodselsnummer.is_valid(number) and kontonr.is_valid(number):
                out.append(number)
                break
    return out


_NUMBERS = _twins(4, _R)
_NAMES = [f"{f} {s}" for f, s in zip(_FIRST, _SURNAMES)]


@pytest.mark.parametrize("number,name", list(zip(_NUMBERS, _NAMES)))
@pytest.mark.parametrize("template", [
    "Vennligst oppdater utbetalingskonto for {name} til {number}.",
    "Depositumet for leiligheten i tredje etasje kan overføres til {number}.",
    "Refusjonen for mars og april kan settes inn på {number}, takk.",
])
def test_an_account_word_beyond_the_fodselsnummer_window_decides(found, template, number, name):
    text = template.format(number=number, name=name)
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == [number]
    assert values_of(found, text, "nb", "NO_FODSELSNUMMER") == []


@pytest.mark.parametrize("number,name", list(zip(_NUMBERS, _NAMES)))
def test_an_html_body_is_decided_on_its_visible_text(detector, number, name):
    html = f"<p>Oppdater utbetalingskonto for <b>{name}</b> til <span>{number}</span>.</p>"
    found = [(f.entity_type, html[f.start:f.end]) for f in analyze_html(detector, html, "nb")]
    assert ("NO_BANK_ACCOUNT", number) in found
    assert ("NO_FODSELSNUMMER", number) not in found


@pytest.mark.parametrize("number", _NUMBERS)
@pytest.mark.parametrize("template", [
    "Jeg får ikke logget inn med BankID. {number}",
    "Jeg kommer ikke inn på kontoen min i appen deres. {number}",
    "Hei, fødselsnummeret mitt er {number}, og jeg vil bytte konto for utbetaling.",
])
def test_login_words_or_a_birth_number_label_keep_the_fodselsnummer(found, template, number):
    text = template.format(number=number)
    assert values_of(found, text, "nb", "NO_FODSELSNUMMER") == [number]
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == []


def _cand(etype, score, context=None):
    parts = (("recognizer", etype),) + ((("context", context),) if context else ())
    return Candidate(etype, 10, 21, score, etype, parts)


def test_resolve_prefers_the_twin_with_telling_context_and_says_so():
    fnr, account = _cand("NO_FODSELSNUMMER", 0.85), _cand("NO_BANK_ACCOUNT", 0.75, ("utbetal",))
    (winner,) = resolve([fnr, account])
    assert winner.entity_type == "NO_BANK_ACCOUNT"
    assert dict(winner.explanation)["decided_by"] == "context over score"
    assert dict(winner.explanation)["alternative_score"] == 0.85


@pytest.mark.parametrize("words", [("konto",), ("bank",), ("account", "kontoen")])
def test_login_words_alone_leave_the_score_to_decide(words):
    fnr, account = _cand("NO_FODSELSNUMMER", 0.85), _cand("NO_BANK_ACCOUNT", 0.75, words)
    (winner,) = resolve([fnr, account])
    assert winner.entity_type == "NO_FODSELSNUMMER"


def test_twins_of_one_type_or_both_with_context_keep_the_score_order():
    a, b = _cand("NO_FODSELSNUMMER", 0.95, ("fnr",)), _cand("NO_BANK_ACCOUNT", 0.75, ("utbetal",))
    assert [c.entity_type for c in resolve([a, b])] == ["NO_FODSELSNUMMER"]


def test_a_twin_outvoted_with_only_login_words_is_explained_as_decided_by_context():
    fnr, account = _cand("NO_FODSELSNUMMER", 0.85, ("konto",)), _cand("NO_BANK_ACCOUNT", 0.75, ("utbetal",))
    (winner,) = resolve([fnr, account])
    assert winner.entity_type == "NO_BANK_ACCOUNT"
    assert dict(winner.explanation)["decided_by"] == "context over score"
