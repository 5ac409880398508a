def test_number_next_to_passport_word(found):
    assert ("PASSPORT_NUMBER", "41848721") in found("Passnummer: 41848721")
    assert ("PASSPORT_NUMBER", "245284695") in found("Passport no.: 245284695", "en")


def test_mrz_document_number(found):
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert ("PASSPORT_NUMBER", "L898902C3") in found(text, "en")


def test_no_passport_word_no_finding(found):
    assert found("Saken gjelder 41848721 kroner") == []
