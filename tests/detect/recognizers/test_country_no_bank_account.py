def test_dotted_and_spaced_forms(found):
    assert ("NO_BANK_ACCOUNT", "1254.12.94366") in found("Depositum kan overføres til 1254.12.94366.")
    assert ("NO_BANK_ACCOUNT", "2801 52 02787") in found("kontonummer 2801 52 02787")


def test_bare_digits_need_context(found):
    assert ("NO_BANK_ACCOUNT", "15037131390") in found("Kan de endre kontonummeret til 15037131390?")
    assert found("Saken gjelder 15037131390 enheter") == []


def test_bad_checksum_not_found(found):
    assert found("kontonummer 1254.12.94367") == []


def test_a_finnish_account_label_labels_the_number(found):
    """'Tilinumero' (Finnish: account number), as a label or over a sheet's column."""
    sheet = "Nimi\tHenkilötunnus\tTilinumero\nAnna Nilsson\t110803A359W\t86019330534"
    assert ("NO_BANK_ACCOUNT", "86019330534") in found(sheet, "fi")
    assert ("NO_BANK_ACCOUNT", "86019330534") in found("Tilinumero: 86019330534", "fi")
    assert ("NO_BANK_ACCOUNT", "86019330534") not in found("Tilausnumero: 86019330534", "fi")
