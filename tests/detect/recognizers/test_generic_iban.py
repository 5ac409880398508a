import pytest


@pytest.mark.parametrize("value", [
    "NO71 8601 8897 646", "GB07NWBK98088923937227", "SE48 8006 5274 2089 0296 6018",
    "GB43 LOYD 9741 9503 0053 18",
])
def test_found(found, value):
    assert ("IBAN_CODE", value) in found(f"IBAN {value} 2024 takk")


def test_bad_checksum(found):
    assert found("IBAN NO72 8601 8897 646") == []


@pytest.mark.parametrize("value", ["NO71 8601 8897 646", "GB07NWBK98088923937227",
                                   "SE48 8006 5274 2089 0296 6018"])
def test_lower_case_typed_in_chat(found, value):
    lowered = value.lower()
    assert ("IBAN_CODE", lowered) in found(f"send it to iban {lowered} thanks", "en")


def test_lower_case_bad_checksum(found):
    assert found("iban no72 8601 8897 646 takk") == []


@pytest.mark.parametrize("value", ["NO71 8601 8897 646", "SE48 8006 5274 2089 0296 6018",
                                   "GB43 LOYD 9741 9503 0053 18"])
def test_a_line_break_inside_a_grouped_iban_and_a_word_on_the_next_line(found, value):
    wrapped = value.replace(" ", "\n", 1)  # running text wrapped after the check digits
    assert ("IBAN_CODE", wrapped) in found(f"IBAN mitt er {wrapped} takk")
    # the next line's first word is no group of the IBAN, even with four letters
    assert ("IBAN_CODE", value) in found(f"IBAN: {value}\nTakk")
    assert ("IBAN_CODE", value) in found(f"IBAN: {value}\nHilsen Kari")
    broken = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert not any(t == "IBAN_CODE" for t, _ in found(f"IBAN mitt er {broken.replace(' ', chr(10), 1)}"))
