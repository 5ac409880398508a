import pytest


@pytest.mark.parametrize("text, value", [
    ("Mitt personnummer är 19990620-0440 och", "19990620-0440"),
    ("personnummer 721007-0012", "721007-0012"),
    ("samordningsnummer: 195211677629.", "195211677629"),
    ("samordningsnummer: 710469-7532", "710469-7532"),
])
def test_found(found, text, value):
    assert ("SE_PERSONNUMMER", value) in found(text, "sv")


def test_bad_luhn_or_date_not_found(found):
    assert found("personnummer 19990620-0441", "sv") == []
    assert found("personnummer 19991320-0440", "sv") == []
