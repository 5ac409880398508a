"""benchmarks/dev_resample.py: fresh values keep their type, form and check digits."""

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest
from stdnum import iban, luhn
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.se import personnummer

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
NAMES = BENCHMARKS.parents[1] / "shared" / "data" / "names"

pytestmark = pytest.mark.skipif(not NAMES.is_dir(), reason="shared name lists not available")


def _tool():
    spec = importlib.util.spec_from_file_location("dev_resample", BENCHMARKS / "dev_resample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = ("Hei, jeg heter Kari Hansen, fnr 010190 12345 er feil.\n"
        "Fnr: 41018036736, konto 1254.12.94366, orgnr 923 609 016.\n"
        "Personnummer 19990620-0440, kort 4111 1111 1111 1111, IBAN NO93 8601 1117 947.\n"
        "Mvh\nKARI HANSEN\nkari.hansen@example.no / khansen (at) example.no")


def _record():
    spans = [("PERSON", "Kari Hansen"), ("NO_FODSELSNUMMER", "010190 12345"),
             ("NO_FODSELSNUMMER", "41018036736"), ("NO_BANK_ACCOUNT", "1254.12.94366"),
             ("NO_ORGNR", "923 609 016"), ("SE_PERSONNUMMER", "19990620-0440"),
             ("CREDIT_CARD", "4111 1111 1111 1111"), ("IBAN_CODE", "NO93 8601 1117 947"),
             ("PERSON", "KARI HANSEN"), ("EMAIL_ADDRESS", "kari.hansen@example.no"),
             ("EMAIL_ADDRESS", "khansen (at) example.no")]
    gold, pos = [], 0
    for etype, value in spans:
        start = TEXT.index(value, pos)
        gold.append({"entity_type": etype, "start": start, "end": start + len(value)})
        pos = start + len(value)
    return {"id": "t", "text": TEXT, "lang": "nb", "gold": gold}


@pytest.mark.parametrize("seed", range(8))
def test_every_value_changes_and_stays_valid_in_its_form(seed):
    tool = _tool()
    rec = _record()
    new = tool.resample_record(rec, tool.Pools(), random.Random(seed))
    values = {}
    for old, fresh in zip(rec["gold"], new["gold"]):
        before = rec["text"][old["start"]:old["end"]]
        after = new["text"][fresh["start"]:fresh["end"]]
        assert after != before, before
        # separators and grouping are kept: only digits and letters change
        assert re.sub(r"\w", "x", after) == re.sub(r"\w", "x", before) or old["entity_type"] in (
            "PERSON", "EMAIL_ADDRESS")
        values.setdefault(old["entity_type"], []).append(after)
    digits = lambda s: re.sub(r"\D", "", s)  # noqa: E731
    fnr = values["NO_FODSELSNUMMER"]
    assert fodselsnummer.is_valid(digits(fnr[0]))
    assert int(digits(fnr[1])[:2]) > 40  # a D-number stays a D-number
    assert kontonr.is_valid(digits(values["NO_BANK_ACCOUNT"][0]))
    assert orgnr.is_valid(digits(values["NO_ORGNR"][0]))
    assert personnummer.is_valid(values["SE_PERSONNUMMER"][0])
    assert luhn.is_valid(digits(values["CREDIT_CARD"][0]))
    assert iban.is_valid(values["IBAN_CODE"][0])
    # one person, one new name: the capitals copy and both e-mail addresses follow it
    first, last = values["PERSON"][0].split()
    assert values["PERSON"][1] == f"{first} {last}".upper()
    fold = tool._fold
    assert values["EMAIL_ADDRESS"][0] == f"{fold(first)}.{fold(last)}@example.no"
    assert values["EMAIL_ADDRESS"][1] == f"{fold(first)[0]}{fold(last)} (at) example.no"
    # the text around the values is the same
    assert re.sub(r"\w+", "", new["text"]).replace(" ", "") == re.sub(r"\w+", "", TEXT).replace(" ", "")
