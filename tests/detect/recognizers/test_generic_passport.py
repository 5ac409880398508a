import pytest


def test_number_next_to_passport_word(found):
    assert ("PASSPORT_NUMBER", "41848721") in found("Passnummer: 41848721")
    assert ("PASSPORT_NUMBER", "245284695") in found("Passport no.: 245284695", "en")


def test_mrz_document_number(found):
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert ("PASSPORT_NUMBER", "L898902C3") in found(text, "en")


def test_no_passport_word_no_finding(found):
    assert found("Saken gjelder 41848721 kroner") == []


@pytest.mark.parametrize("text", ["Password reset code: AB1234567", "Passordet ditt er midlertidig 84512973",
                                  "Engangskode for passord: 4471298"])
def test_a_code_next_to_a_password_word_is_no_passport(found, text):
    assert not any(t == "PASSPORT_NUMBER" for t, _ in found(text, "en"))


def test_a_passport_number_is_still_found(found):
    assert ("PASSPORT_NUMBER", "AB1234567") in found("Passport no. AB1234567, expires 2031", "en")
