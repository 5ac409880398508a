"""Round 27B: the short Zendesk fields around the comments (subjects, internal notes, custom
field values, user and organisation fields, display names), where a value stands alone or
behind its field's title. A value of a user's or an organisation's field is read after its
key (``fodselsdato: 12.03.1985``), as a form shows it; a labelled value alone in its text keeps
the boost of a value alone; the label of another kind of number (``Ansattnummer:``) is no
phone's. Values are generated (seeded draws, stdnum check digits), never corpus strings."""

from __future__ import annotations

import random

import pytest
from stdnum.no import kontonr, orgnr

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.pipeline.items import ScanItem
from pii_scanner.pipeline.stages import Detect, ExtractText
from pii_scanner.records import Organization, Ticket, User

from .generated import shipped_names, valid_mobile, values_of

_R = random.Random(2727)


def _account() -> str:
    while True:
        base = _R.choice(("1503", "1254", "3000", "9710")) + f"{_R.randrange(10 ** 6):06d}"
        number = base + kontonr._calc_check_digit(base)  # noqa: SLF001 - stdnum's own weights
        if len(number) == 11 and kontonr.is_valid(number):
            return number


def _orgnr() -> str:
    while True:
        number = _R.choice("89") + f"{_R.randrange(10 ** 8):08d}"
        if orgnr.is_valid(number):
            return number


def _plain(file_name: str, *, first: bool) -> str:
    common, firsts = common_words(), gazetteers.first_names()
    names = sorted(n for n in shipped_names(file_name)
                   if n.isalpha() and len(n) > 3 and n.lower() not in common
                   and (first or n.lower() not in firsts))
    return _R.choice(names)


class _Inline:
    """The pipeline's executor over the test session's detector (no model)."""

    def __init__(self, detector):
        self._detector = detector

    def detect(self, texts):
        return self._detector.analyze_many(list(texts))


@pytest.fixture(scope="module")
def scanned(detector):
    """``scanned(record)`` -> [(field, entity_type, value)] as the scan pipeline finds them."""
    def run(record):
        items = ExtractText().process([ScanItem(record, "h")])
        item = Detect(_Inline(detector)).process(items)[0]
        return [(unit.unit.field, f.entity_type, unit.text[f.start:f.end])
                for unit, f in item.findings]
    return run


# ------------------------------------------------------------ a value behind its field's title

@pytest.mark.parametrize("label", ["Ekstra", "Telefon 2", "Info"])
def test_a_labelled_phone_alone_in_its_text_counts_as_a_value_alone(found, label):
    number = valid_mobile(_R)
    assert values_of(found, f"{label}: {number}", None, "PHONE_NUMBER") == [number]


def test_a_labelled_bank_account_alone_in_its_text_counts_as_a_value_alone(found):
    number = _account()
    assert values_of(found, f"Ekstra: {number}", None, "NO_BANK_ACCOUNT") == [number]


@pytest.mark.parametrize("label", ["Ansattnummer", "Medlemsnr", "Lånenummer", "Avtalenummer"])
def test_another_numbers_label_makes_no_phone(found, label):
    assert values_of(found, f"{label}: {valid_mobile(_R)}", None, "PHONE_NUMBER") == []


@pytest.mark.parametrize("label", ["Privatnr", "Hjemmenummer", "Mobilnummer", "Nummer"])
def test_a_phones_own_compound_label_stays_a_phone(found, label):
    number = valid_mobile(_R)
    assert values_of(found, f"{label}: {number}", None, "PHONE_NUMBER") == [number]


def test_a_labelled_value_in_a_sentence_is_no_value_alone(found):
    # a label and more words after the value: prose, no field
    assert values_of(found, f"Ekstra: {valid_mobile(_R)} er ikke i bruk lenger", None,
                     "PHONE_NUMBER") == []


# ------------------------------------------------------------ subjects and call notes

@pytest.mark.parametrize("lead", ["Voicemail fra", "Tapt anrop fra", "Röstmeddelande från"])
def test_a_missed_call_or_voice_message_names_a_phone(found, lead):
    number = valid_mobile(_R)
    assert values_of(found, f"{lead} {number}", None, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("word", ["Kvittering", "Kvitto", "Receipt"])
def test_a_receipts_number_is_no_phone(found, word):
    text = f"Fw: {word} {_R.randint(2022, 2025)}-{_R.randint(1000, 9999)} fra kari@firma.no"
    assert values_of(found, text, None, "PHONE_NUMBER") == []


# ------------------------------------------------------------ through the pipeline's stages

def test_a_date_in_a_birth_date_user_field_is_a_birth_date(scanned):
    value = f"{_R.randint(1, 28):02d}.{_R.randint(1, 12):02d}.{_R.randint(1940, 2005)}"
    for key in ("fodselsdato", "birth_date", "dateOfBirth"):
        user = User("7", None, user_fields=((key, value),))
        assert scanned(user) == [(f"user_fields.{key}", "DATE_OF_BIRTH", value)]


def test_a_date_in_another_user_field_is_none(scanned):
    user = User("7", None, user_fields=(("kontrakt_start", "01.03.2024"),))
    assert scanned(user) == []


@pytest.mark.parametrize("key", ["ansattnummer", "medlemsnummer", "avtalenr"])
def test_eight_digits_in_a_number_field_are_no_phone(scanned, key):
    user = User("7", None, user_fields=((key, valid_mobile(_R)),))
    assert scanned(user) == []


def test_a_phone_in_a_field_whose_key_names_nothing_is_still_found(scanned):
    number = valid_mobile(_R)
    user = User("7", None, user_fields=(("ekstra", number),))
    assert scanned(user) == [("user_fields.ekstra", "PHONE_NUMBER", number)]


def test_an_org_number_in_an_org_field_is_found_at_its_own_offsets(scanned):
    number = _orgnr()
    org = Organization("9", None, organization_fields=(("org_nr", number),))
    assert scanned(org) == [("organization_fields.org_nr", "NO_ORGNR", number)]


def test_a_display_name_gets_no_name_label(scanned):
    # system and team accounts are named like this: no label may make their words a person
    for name in ("Sandbox Admin", "Bygdata Support"):
        assert scanned(User("7", None, name=name)) == []
        assert scanned(Ticket("5", None, "open", via_from_name=name)) == []


def test_a_ticket_fields_numeric_id_is_no_title(scanned):
    # a ticket's custom fields are keyed by id: the value is read alone, as before
    number = valid_mobile(_R)
    ticket = Ticket("5", None, "open", custom_fields=(("360001234", number),))
    assert scanned(ticket) == [("custom_fields.360001234", "PHONE_NUMBER", number)]


def test_a_multi_line_field_value_gets_no_title(scanned):
    # a note-like field holds prose: no title is put before its first line
    user = User("7", None, user_fields=(("merknad", "Foretrekker SMS.\nAnsatt siden 2019"),))
    assert scanned(user) == []
