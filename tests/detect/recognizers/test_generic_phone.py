import pytest


@pytest.mark.parametrize("text, value, lang", [
    ("M: +4797230395", "+4797230395", "nb"),
    ("Jeg er tilgjengelig på 56 49 32 08.", "56 49 32 08", "nb"),
    ("Tlf: 58961836", "58961836", "nb"),
    ("Ring mig på 070-579 53 25 om", "070-579 53 25", "sv"),
    ("phone +358 40 949 5301", "+358 40 949 5301", "en"),
    ("phone +45 20 73 95 39", "+45 20 73 95 39", "en"),
    ("Could you call me on 07700 900741?", "07700 900741", "en"),
])
def test_found(found, text, value, lang):
    assert ("PHONE_NUMBER", value) in found(text, lang)


@pytest.mark.parametrize("text", [
    "KID 08049027", "Leveringsdato: 2024-04-18", "Ordrenummer på lisensen er 43878237309.",
    "Beløp: kr 45 419,00", "Referansen på innbetalinga var 07726326.",
])
def test_not_phone(found, text):
    assert not any(t == "PHONE_NUMBER" for t, _ in found(text))
