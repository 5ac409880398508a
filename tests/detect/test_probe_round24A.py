"""Round 24A: text extracted from attachments and machine formats, as a helpdesk ticket holds
it when the writer pasted it: iCalendar and vCard source (folded lines, escaped commas,
``BDAY``, ``GEO``, ``UID``), raw mail headers with RFC 2047 encoded words, PDF text
(ligatures, words and numbers wrapped at a line's end), a form's case-number row under its
phone row, and sums in groups of thousands. Values are generated (stdnum check digits,
seeded digits, Faker, the shipped name lists), never corpus strings."""

from __future__ import annotations

import base64
import random

import pytest
from faker import Faker

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.extracted_text import directory_edits, encoded_word_edits, pdf_edits

from .generated import valid_fnr, valid_mobile, values_of

_R = random.Random(2424)
_NO = Faker("no_NO")
_NO.seed_instance(2424)


def _listed_first() -> str:
    while True:
        name = _NO.first_name()
        if name.isalpha() and name.lower() in gazetteers.first_names() \
                and name.lower() not in common_words():
            return name


def _surname() -> str:
    while True:
        name = _NO.last_name()
        if name.isalpha() and name.lower() not in common_words():
            return name


def _fold(line: str, width: int = 75) -> str:
    """``line`` folded as RFC 5545 folds it: CRLF and one space every ``width`` characters."""
    parts = [line[:width]] + [line[i:i + width - 1] for i in range(width, len(line), width - 1)]
    return "\r\n ".join(parts)


# ---------------------------------------------------------------- iCalendar / vCard source

def test_a_phone_folded_in_a_pasted_vcard_is_read_whole(found):
    mobile = valid_mobile(_R)
    name = f"{_listed_first()} {_surname()}"
    phone = f"+47 {mobile[:3]} {mobile[3:5]} {mobile[5:]}"
    text = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL;type=CELL;type=VOICE:+47 {mobile[:3]}"
            f"\r\n  {mobile[3:5]} {mobile[5:]}\r\nEND:VCARD")
    phones = values_of(found, text, "nb", "PHONE_NUMBER")
    assert [p.replace("\r\n ", "") for p in phones] == [phone]


def test_a_name_and_an_address_folded_in_an_invitation_are_read_whole(found):
    first, last = _listed_first(), _surname()
    mail = f"{first.lower()}.{last.lower()}@firma.no"
    attendee = f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={first} {last}:mailto:{mail}"
    text = (f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{_fold(attendee)}\r\n"
            f"LOCATION:Storgata {_R.randint(2, 90)}\\, 0155 Oslo\r\nEND:VEVENT\r\nEND:VCALENDAR")
    assert "\r\n " in text[text.index("CN="):text.index("\r\nLOCATION")]  # the fold is inside
    people = [p.replace("\r\n ", "") for p in values_of(found, text, "nb", "PERSON")]
    assert f"{first} {last}" in people
    mails = [m.replace("\r\n ", "") for m in values_of(found, text, "nb", "EMAIL_ADDRESS")]
    assert mails == [mail]
    streets = values_of(found, text, "nb", "STREET_ADDRESS")
    assert streets and streets[0].endswith("0155 Oslo")


def test_a_birth_number_folded_in_an_event_description_is_read_whole(found):
    fnr = valid_fnr(_R)
    line = f"DESCRIPTION:Signering av leiekontrakt\\nLeietaker: Ola Berg\\nFødselsnummer: {fnr}"
    cut = line.index(fnr) + 4
    text = f"BEGIN:VEVENT\r\n{line[:cut]}\r\n {line[cut:]}\r\nEND:VEVENT"
    assert [v.replace("\r\n ", "") for v in values_of(found, text, "nb", "NO_FODSELSNUMMER")] == [fnr]


def test_a_vcard_birthday_is_a_date_of_birth(found):
    year, month, day = _R.randint(1950, 1999), _R.randint(1, 12), _R.randint(1, 28)
    for bday in (f"{year}{month:02d}{day:02d}", f"{year}-{month:02d}-{day:02d}"):
        text = f"BEGIN:VCARD\nVERSION:3.0\nFN:Kari Berg\nBDAY:{bday}\nREV:20240312T101500Z\nEND:VCARD"
        assert values_of(found, text, "nb", "DATE_OF_BIRTH") == [bday]


def test_a_geo_property_is_a_position(found):
    lat, lon = f"{_R.uniform(58, 70):.6f}", f"{_R.uniform(5, 30):.6f}"
    text = f"BEGIN:VEVENT\nSUMMARY:Befaring\nGEO:{lat};{lon}\nEND:VEVENT"
    assert values_of(found, text, "nb", "GPS_COORDINATES") == [f"{lat};{lon}"]


def test_an_event_uid_is_no_address_but_the_organizer_is(found):
    uid = "".join(_R.choice("0123456789abcdef") for _ in range(26)) + "@google.com"
    text = (f"BEGIN:VEVENT\nORGANIZER;CN=Kari Berg:mailto:kari.berg@firma.no\nUID:{uid}\n"
            f"DTSTAMP:20240312T101500Z\nEND:VEVENT")
    assert values_of(found, text, "nb", "EMAIL_ADDRESS") == ["kari.berg@firma.no"]


def test_folds_are_left_alone_outside_calendar_and_contact_text():
    assert directory_edits("Tlf 912\r\n 34 567 og adresse Storgata 1\\, Oslo") == []
    # a 'BEGIN:VCARD' inside a sentence is no card's first line
    assert directory_edits("Filen starter med BEGIN:VCARD og\n slutter med END:VCARD") == []


# ---------------------------------------------------------------- RFC 2047 encoded words

def test_an_encoded_display_name_in_raw_headers_is_a_person(found):
    name = f"{_listed_first()} {_surname()}"
    b_word = f"=?UTF-8?B?{base64.b64encode(name.encode()).decode()}?="
    q_word = "=?utf-8?q?" + name.replace(" ", "_") + "?="
    for word in (b_word, q_word):
        text = (f"Return-Path: <post@firma.no>\nFrom: {word} <kunde{_R.randint(1, 99)}@online.no>\n"
                f"To: Kundeservice <post@firma.no>\nSubject: Oppsigelse\n"
                f"Message-ID: <CAF{_R.randint(1000, 9999)}x@mail.gmail.com>")
        assert values_of(found, text, "nb", "PERSON") == [word]


def test_encoded_words_are_joined_and_bad_ones_kept():
    assert encoded_word_edits("=?utf-8?q?Bj=C3=B8rn?=  =?utf-8?q?_Berg?=") == [
        (0, 22, "Bjørn"), (22, 24, ""), (24, 41, " Berg")]
    assert encoded_word_edits("=?x-unknown?q?abc?= =?utf-8?B?@@@?= a=?b") == []


# ---------------------------------------------------------------- PDF text

def test_a_name_with_ligatures_is_read_as_its_letters(found):
    surname = _surname()
    text = f"Bekreftelse\n\nDenne bekreftelsen gjelder Steﬀen {surname}, som ﬂytter 1. mai."
    assert values_of(found, text, "nb", "PERSON") == [f"Steﬀen {surname}"]


def test_a_hyphenated_label_labels_its_number(found):
    fnr = valid_fnr(_R)
    dotted = f"{fnr[:6]}.{fnr[6:]}"
    text = f"Leietaker: Kari Berg\nFødsels-\nnummer: {dotted}\nSide 1 av 2"
    assert values_of(found, text, "nb", "NO_FODSELSNUMMER") == [dotted]


def test_a_number_wrapped_after_its_dash_is_read_whole(found):
    fnr = valid_fnr(_R)
    text = f"som flytter fra Storgata 1, mobil 912 34 567.\nFødselsnummer: {fnr[:6]}-\n{fnr[6:]}\n"
    assert values_of(found, text, "nb", "NO_FODSELSNUMMER") == [f"{fnr[:6]}-\n{fnr[6:]}"]


def test_line_end_hyphens_are_kept_before_capitals_lists_and_between_letters_and_digits():
    assert pdf_edits("Nord-\nNorge og Sør-\nTrøndelag") == []
    assert pdf_edits("punkter:\n-\nbetaling\nbygg A-\n3 og e-\n4") == []


# ---------------------------------------------------------------- form rows and sums

@pytest.mark.parametrize("label", ["Sagsnr.", "Ärendenr", "Ärendenummer"])
def test_a_case_number_row_under_a_phone_row_is_no_phone(found, label):
    mobile = valid_mobile(_R)
    case = "".join(_R.choice("0123456789") for _ in range(8))
    text = f"Navn\tKari Berg\nTelefon\t{mobile}\n{label}\t{case}\n"
    assert values_of(found, text, "da", "PHONE_NUMBER") == [mobile]


def test_a_case_number_under_a_passport_row_is_no_passport(found):
    passport = "XX" + "".join(_R.choice("0123456789") for _ in range(6))
    case = "".join(_R.choice("0123456789") for _ in range(8))
    text = f"Navn\nKari Berg\nPassnummer\n{passport}\nSaksnr.\n{case}\n"
    assert case not in values_of(found, text, "nb", "PASSPORT_NUMBER")


def test_a_sum_in_thousands_groups_before_its_currency_is_no_phone(found):
    amount = f"{_R.randint(20, 99)}\u00a0{_R.randint(100, 999)}\u00a0{_R.randint(100, 999)}"
    text = f"Totalt {amount} kr i felleskostnader for 2023."
    assert not values_of(found, text, "nb", "PHONE_NUMBER")
    mobile = valid_mobile(_R)
    near_miss = f"Ring meg på {mobile[:2]} {mobile[2:5]} {mobile[5:]} om beløpet."
    assert values_of(found, near_miss, "nb", "PHONE_NUMBER") == [f"{mobile[:2]} {mobile[2:5]} {mobile[5:]}"]


def test_a_birthday_party_date_stays_no_birth_date(found):
    text = "Bday party 14.06.2025 i kantina, alle er velkomne."
    assert not values_of(found, text, "nb", "DATE_OF_BIRTH")


# ---------------------------------------------------------------- markdown tables

def test_a_markdown_table_header_labels_its_columns(found):
    fnr = valid_fnr(_R)
    born = f"{fnr[:2]}.{fnr[2:4]}.19{fnr[4:6]}"
    mobile = valid_mobile(_R)
    name = f"{_listed_first()} {_surname()}"
    text = ("Liste fra wiki-siden:\n\n| Navn | Fødselsdato | Fødselsnummer | Mobil |\n"
            "|------|-------------|---------------|-------|\n"
            f"| {name} | {born} | {fnr[:6]}.{fnr[6:]} | {mobile} |\n")
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == [born]
    assert values_of(found, text, "nb", "NO_FODSELSNUMMER") == [f"{fnr[:6]}.{fnr[6:]}"]


def test_a_date_in_a_markdown_table_under_another_header_is_no_birth_date(found):
    text = ("| Navn | Dato | Merknad |\n|---|---|---|\n"
            f"| Kari Berg | 12.03.20{_R.randint(10, 24)} | født i Bergen |\n")
    assert not values_of(found, text, "nb", "DATE_OF_BIRTH")


# ---------------------------------------------------------------- quoted-printable headers

def test_a_dkim_timestamp_in_quoted_printable_mail_is_no_phone(found):
    stamp = f"170044{_R.randint(1000, 9999)}"  # read as QP: "\x17" and "0044…"
    text = ("DKIM-Signature: v=1; a=rsa-sha256; d=mail.dk; s=20230601;\n"
            f"\tt={stamp}; x=1734464038;\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Hei, jeg flytter til Sk=C3=B8yen.")
    assert not values_of(found, text, "nb", "PHONE_NUMBER")


# ---------------------------------------------------------------- invitation rooms

def test_a_room_named_after_a_person_in_an_invitation_is_no_attendee(found):
    room, first, last = _listed_first(), _listed_first(), _surname()
    text = ("BEGIN:VEVENT\nORGANIZER;CN=Drift:mailto:drift@firma.no\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN={first} {last}:mailto:"
            f"{first.lower()}@firma.no\n"
            f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Konferensrum {room}:mailto:"
            f"{room.lower()}@firma.no\nEND:VEVENT")
    assert values_of(found, text, "sv", "PERSON") == [f"{first} {last}"]
