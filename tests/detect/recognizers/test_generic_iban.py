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
