"""Fingerprints: normalisation per type, type separation, keys and key files."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pii_scanner.errors import ConfigError
from pii_scanner.store.fingerprint import Fingerprinter, load_or_create_key
from pii_scanner.store.normalise import DIGIT_TYPES

KEY = b"k" * 32
fp = Fingerprinter(KEY).fingerprint


@pytest.mark.parametrize("entity, a, b", [
    ("NO_FODSELSNUMMER", "01019012345", "010190 12345"),
    ("NO_FODSELSNUMMER", "01019012345", "010190-12345"),
    ("NO_ORGNR", "NO 974 760 673 MVA", "974760673"),
    ("NO_BANK_ACCOUNT", "8601.11.17947", "86011117947"),
    ("CREDIT_CARD", "4111-1111-1111-1111", "4111111111111111"),
    ("DK_CPR", "010190-1234", "0101901234"),
    ("SE_PERSONNUMMER", "19811218-9876", "811218-9876"),
    ("SE_PERSONNUMMER", "811218+9876", "8112189876"),
    ("FI_PERSONAL_IDENTITY_CODE", "131052-308t", "131052Y308T"),
    ("IBAN_CODE", "no93 8601 1117 947", "NO9386011117947"),
    ("EMAIL_ADDRESS", "Kari.Nordmann@Example.NO", "kari.nordmann@example.no"),
    ("EMAIL_ADDRESS", "kari.nordmann (at) example (dot) no", "kari.nordmann@example.no"),
    ("EMAIL_ADDRESS", "kari.nordmann[at]example[dot]no", "mailto:kari.nordmann@example.no"),
    ("EMAIL_ADDRESS", "kari.nordmann at example dot no", "kari.nordmann@example.no"),
    ("PHONE_NUMBER", "+47 912 34 567", "91234567"),
    ("PHONE_NUMBER", "0047 912 34 567", "912-34-567"),
    ("PHONE_NUMBER", "+46 70-123 45 67", "+46701234567"),
    ("IP_ADDRESS", "2001:DB8:0:0::1", "2001:db8::1"),
    ("PERSON", "KARI   NORDMANN", "Kari Nordmann"),
    ("STREET_ADDRESS", "Storgata 1,", "storgata   1"),
    # one position as EXIF gives it (extract.metadata), as people write it, and in map links
    ("GPS_COORDINATES", "64.850000, 5.190000", "64.85N 5.19E"),
    ("GPS_COORDINATES", "59.912340, 10.752340", "N 59°54.740' Ø 10°45.140'"),
    ("GPS_COORDINATES", "59.912340, 10.752340", "59°54'44.4\"N 10°45'8.4\"E"),
    ("GPS_COORDINATES", "59.912340, 10.752340", "https://maps.example/?q=59.91234,10.75234"),
    ("GPS_COORDINATES", "59.912340, 10.752340", "?mlat=59.91234&mlon=10.75234"),
    ("GPS_COORDINATES", "59,91234N, 10,75234E", "59.91234, 10.75234"),
    ("GPS_COORDINATES", "-33.924900, -18.424100", "33°55.494'S 18°25.446'W"),
])
def test_spellings_of_one_value_share_a_fingerprint(entity, a, b):
    assert fp(entity, a) == fp(entity, b)


@pytest.mark.parametrize("entity, a, b", [
    ("NO_FODSELSNUMMER", "01019012345", "01019012346"),
    ("PHONE_NUMBER", "+47 912 34 567", "+46 912 34 567"),
    ("FI_PERSONAL_IDENTITY_CODE", "131052-308T", "131052A308T"),  # 1952 vs 2052
    ("EMAIL_ADDRESS", "kari@example.no", "kari@example.se"),
    ("PERSON", "Kari Nordmann", "Kari Nordman"),
    ("GPS_COORDINATES", "59.9123, 10.7523", "59.9123, 10.7623"),   # about 550 m apart
    ("GPS_COORDINATES", "33.9249S 18.4241E", "33.9249N 18.4241E"),  # other hemisphere
])
def test_different_values_differ(entity, a, b):
    assert fp(entity, a) != fp(entity, b)


def test_entity_type_is_part_of_the_fingerprint():
    assert fp("NO_FODSELSNUMMER", "01019012345") != fp("NO_BANK_ACCOUNT", "01019012345")


def test_fingerprint_is_hex_hmac_and_depends_on_the_key():
    value = fp("NO_FODSELSNUMMER", "01019012345")
    assert len(value) == 64 and int(value, 16) >= 0
    assert Fingerprinter(b"x" * 32).fingerprint("NO_FODSELSNUMMER", "01019012345") != value
    assert Fingerprinter(KEY).fingerprint("NO_FODSELSNUMMER", "010190 12345") == value


def test_key_is_not_in_repr_and_short_keys_are_refused():
    assert "kkkk" not in repr(Fingerprinter(KEY))
    with pytest.raises(ConfigError):
        Fingerprinter(b"short")


def test_key_file_is_created_0600_and_reused(tmp_path):
    path = tmp_path / "keys" / "fingerprint.key"
    with pytest.raises(ConfigError, match=str(path)):
        load_or_create_key(None, path)
    key = load_or_create_key(None, path, create=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert len(bytes.fromhex(key.decode())) == 32
    assert load_or_create_key(None, path, create=True) == key
    assert load_or_create_key(None, path) == key
    # The file holds the secret as text: the same text as an env secret gives the same key.
    assert load_or_create_key(path.read_text(), tmp_path / "unused") == key


def test_secret_wins_over_the_key_file(tmp_path):
    path = tmp_path / "fingerprint.key"
    load_or_create_key(None, path, create=True)
    assert load_or_create_key("a-long-enough-secret", path) == b"a-long-enough-secret"
    with pytest.raises(ConfigError, match="at least"):
        load_or_create_key("short", path)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_key_file_accessible_by_others_is_refused(tmp_path, mode):
    path = tmp_path / "fingerprint.key"
    key = load_or_create_key(None, path, create=True)
    os.chmod(path, mode)
    with pytest.raises(ConfigError) as info:
        load_or_create_key(None, path, create=True)
    assert str(path) in str(info.value) and "chmod 600" in str(info.value)
    assert key.decode() not in str(info.value)


def test_empty_key_file_is_refused(tmp_path):
    path = tmp_path / "fingerprint.key"
    path.touch(mode=0o600)
    with pytest.raises(ConfigError, match="fewer than"):
        load_or_create_key(None, path)


@given(st.sampled_from(sorted(DIGIT_TYPES - {"SE_PERSONNUMMER"})),
       st.text("0123456789", min_size=6, max_size=19),
       st.lists(st.sampled_from([" ", "-", ".", "\u00a0", "\t"]), max_size=6), st.randoms())
def test_separators_never_change_a_number_fingerprint(entity, digits, seps, rnd):
    spaced = list(digits)
    for sep in seps:
        spaced.insert(rnd.randrange(len(spaced) + 1), sep)
    assert fp(entity, "".join(spaced)) == fp(entity, digits)
    assert fp(entity, digits) != fp(entity, digits[:-1] + str((int(digits[-1]) + 1) % 10))


def test_every_gps_form_the_recognizer_finds_normalises_to_one_position():
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions
    from pii_scanner.store.normalise import normalise

    forms = ["59.91234, 10.75234", "N 59.91234 E 10.75234", "59.91234N, 10.75234E",
             "59°54'44.4\"N 10°45'8.4\"E", "59°54.740'N 10°45.140'E",
             "https://www.google.com/maps/@59.91234,10.75234,15z"]
    detector = build_detector(DetectOptions(use_ner=False))
    seen = set()
    for form in forms:
        text = f"Posisjon: {form} ved innkjøringen"
        found = [f for f in detector.analyze(text, "nb") if f.entity_type == "GPS_COORDINATES"]
        assert len(found) == 1, form
        seen.add(normalise("GPS_COORDINATES", text[found[0].start:found[0].end]))
    assert seen == {"59.9123,10.7523"}
