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


@pytest.mark.parametrize("header", ["Message-ID", "In-Reply-To", "References", "Content-ID"])
@pytest.mark.parametrize("local", ["CAF1x2yZ3kq", "20260312.abc123", "CAH9k7XvP=qzR4"])
def test_a_message_id_in_a_mail_header_is_no_address(found, header, local):
    text = f"{header}: <{local}@mail.gmail.com>\nFrom: Kari <kari.nordmann@firma.no>"
    got = [v for t, v in found(text) if t == "EMAIL_ADDRESS"]
    assert got == ["kari.nordmann@firma.no"]


@pytest.mark.parametrize("local", ["kari.nordmann", "o.hansen+zendesk", "per-arne"])
def test_a_url_encoded_address_is_found(found, local):
    value = f"{local}%40firma.no"
    assert ("EMAIL_ADDRESS", value) in found(f"e-post: {value}")
    assert ("EMAIL_ADDRESS", value) in found(f"https://firma.no/unsub?email={value}&id=3")


@pytest.mark.parametrize("lead", ["Please email me at", "You can reach me at", "Mail us at",
                                  "Send it to me at", "Du når meg at", "contact them at"])
@pytest.mark.parametrize("value", ["kari.hansen@firma.no", "o.berg(at)outlook.com",
                                   "per_arne [at] lyse [dot] net", "kari.hansen%40firma.no"])
def test_an_at_in_the_sentence_before_an_address_is_no_part_of_it(found, lead, value):
    got = [v for t, v in found(f"{lead} {value} today.") if t == "EMAIL_ADDRESS"]
    assert got == [value]


@pytest.mark.parametrize("value", ["jonas.berg at outlook dot com", "kari at firma dot no"])
def test_a_spaced_at_address_after_a_sentence_at(found, value):
    got = [v for t, v in found(f"Contact me at {value} please") if t == "EMAIL_ADDRESS"]
    assert got == [value]
