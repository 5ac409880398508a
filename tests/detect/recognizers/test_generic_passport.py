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


@pytest.mark.parametrize("text", ["Passasjer: billettnummer 1234567, avgang 08:15",
                                  "Det passer fint med ordre 12345678",
                                  "Vi passerte kontrollpunkt 4451234",
                                  "Passiv konto 987654",
                                  "Test passed for build 20241123",
                                  "Passenger: booking ref 7734521"])
def test_a_word_that_only_starts_with_pass_is_no_passport_word(found, text):
    # 'pass' is a term that matches the start of a word ('passnummer', 'passinumero'), so
    # the words it also starts (passenger, it suits, passed, passive) are negative context
    assert not any(t == "PASSPORT_NUMBER" for t, _ in found(text, "nb"))


@pytest.mark.parametrize("text, number", [
    ("Kari Nordmann (passasjer) har passnummer FH1234567", "FH1234567"),
    ("Passkopi vedlagt: 12345678", "12345678"),
    ("Passinumero: 12345678", "12345678"),
])
def test_a_passport_word_of_its_own_still_labels_its_number(found, text, number):
    assert ("PASSPORT_NUMBER", number) in found(text, "nb")
