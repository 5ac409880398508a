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


@pytest.mark.parametrize("template", ["Orgnr {}MVA", "Faktura fra Byggmester AS {} MVA", "{}MVA",
                                      "Vår referanse: NO{}MVA"])
def test_mva_suffix_without_prefix_or_space(found, template):
    assert ("NO_ORGNR", "991585737") in found(template.format("991585737"))
    assert not any(t == "NO_ORGNR" for t, _ in found(template.format("991585738")))  # bad check
