import pytest


@pytest.mark.parametrize("value", [
    "kari.nordmann@example.no", "bjørg.h@outlook.com", "a+b@sub.domain.se",
    "eli.nielsen (at) vestlandsdrift.no", "torbjorn.lunde [at] gmail [dot] com",
    "alexander.isaksen(at)lyse.net", "knilsen[at]vestlandsdrift.no",
])
def test_plain_and_obfuscated(found, value):
    assert ("EMAIL_ADDRESS", value) in found(f"Send til {value} takk")


def test_not_email(found):
    assert found("Se vedlagt bilde@2x.png og møt oss at 10.") == []


@pytest.mark.parametrize("value", ["elisabeth.thomassen @ firma.no", "kari_n @ gmail.com", "ola77 @ online.no"])
def test_at_sign_spaced_on_both_sides(found, value):
    assert ("EMAIL_ADDRESS", value) in found(f"Skriv til {value} takk")


def test_spaced_at_sign_in_a_sentence_is_no_address(found):
    assert found("Logg inn @ minside.no og se selv.") == []
