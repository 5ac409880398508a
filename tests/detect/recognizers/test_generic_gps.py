import pytest


@pytest.mark.parametrize("value", [
    "68.44075, 26.80395", "69.290316,28.346932", "N 67.4020 E 21.6217",
    "59°54'50.1\"N 10°45'08.3\"E", "59.9139° N, 10.7522° E",
])
def test_found(found, value):
    assert ("GPS_COORDINATES", value) in found(f"Posisjon: {value}.")


def test_map_url_parameters(found):
    text = "Se https://www.google.com/maps?q=59.91390,10.75220 for innkjøring"
    assert ("GPS_COORDINATES", "59.91390,10.75220") in found(text)


def test_out_of_range_or_versions(found):
    assert found("Posisjon: 98.44075, 26.80395") == []
    assert found("versjon 5.18.6") == []


def _pairs(count):
    import random

    rng = random.Random(6)
    return [f"{rng.uniform(55, 70):.5f}, {rng.uniform(5, 30):.5f}" for _ in range(count)]


@pytest.mark.parametrize("pair", _pairs(5))
def test_a_pair_of_decimals_with_a_unit_or_size_word_is_a_measurement(found, pair):
    assert found(f"Målt: {pair} cm", "nb") == []
    assert found(f"Bredde og høyde {pair}", "nb") == []
    assert ("GPS_COORDINATES", pair) in found(f"Posisjon: {pair} ved hytta", "nb")
    assert ("GPS_COORDINATES", pair) in found(f"Vi står her {pair}.", "nb")
