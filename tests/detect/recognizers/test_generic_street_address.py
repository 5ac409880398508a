import pytest


@pytest.mark.parametrize("text, value", [
    ("Ny adresse blir Nedre Slottsgate 16A, 8006 Bodø.", "Nedre Slottsgate 16A, 8006 Bodø"),
    ("Adress: Södra Vägen 46, 903 26 Umeå", "Södra Vägen 46, 903 26 Umeå"),
    ("Befaring på Thereses gate 72.", "Thereses gate 72"),
    ("på Bryggen 16, 4006 Stavanger i går", "Bryggen 16, 4006 Stavanger"),
    ("Address: 52 Market Street, Birmingham B2 4QA", "52 Market Street, Birmingham B2 4QA"),
    ("Mvh\nKari\nStorgata 5\n0150 Oslo", "Storgata 5\n0150 Oslo"),
])
def test_found(found, text, value):
    assert ("STREET_ADDRESS", value) in found(text)


def test_postcode_must_match_place_for_unsuffixed_streets(found):
    assert not any(t == "STREET_ADDRESS" for t, _ in found("Versjon 16, 4006 Bergen"))


def test_no_address_without_street_word(found):
    assert found("Windows 10 og Office 365") == []


def test_post_box_is_not_a_street(found):
    assert not any(t == "STREET_ADDRESS" and "Postboks" in v
                   for t, v in found("Postadresse: Postboks 123 Sentrum"))
