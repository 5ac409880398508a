import pytest


@pytest.mark.parametrize("text, value", [
    ("Organisasjonsnummer: 991 585 737", "991 585 737"),
    ("Nordbygg Drift AS (org.nr. 962514995)", "962514995"),
    ("Foretaksregisteret NO 991 585 737 MVA", "991 585 737"),
])
def test_found(found, text, value):
    assert ("NO_ORGNR", value) in found(text)


def test_needs_context_and_checksum(found):
    assert found("Kundenummer: 810321614") == []           # no org context
    assert found("org.nr. 991585738") == []                 # bad check digit
    assert found("Vårt organisationsnummer är 554223-7812") == []  # Swedish, not Norwegian
