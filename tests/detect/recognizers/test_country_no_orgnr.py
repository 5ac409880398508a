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


@pytest.mark.parametrize("template", ["Organisasjonsnummer: {}", "Mobil:\t40380685\tOrg.nr:\t{}",
                                      "Mobil: 40380685 Org.nr: {}"])
@pytest.mark.parametrize("number", ["991585737", "974760673"])
def test_a_group_space_lost_and_a_phone_label_before_an_earlier_value(found, template, number):
    # '884 140781' (one space lost by OCR or typing); a 'Mobil:' label before the phone
    # number earlier on the line is no negative context for the orgnr after its own label
    for value in (f"{number[:3]} {number[3:]}", f"{number[:6]} {number[6:]}",
                  f"{number[:3]} {number[3:6]} {number[6:]}"):
        assert ("NO_ORGNR", value) in found(template.format(value)), value
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not any(t == "NO_ORGNR" for t, _ in found(template.format(f"{broken[:3]} {broken[3:]}")))


@pytest.mark.parametrize("label", ["Org. no.", "Org no", "Reg. no.", "Registration number:",
                                   "Business ID:", "VAT no."])
@pytest.mark.parametrize("number", ["991 585 737", "974760673"])
def test_english_labels_of_norwegian_firms(found, label, number):
    assert ("NO_ORGNR", number) in found(f"Acme AS | {label} {number} | Oslo")
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not any(t == "NO_ORGNR" for t, _ in found(f"Acme AS | {label} {bad} | Oslo"))
