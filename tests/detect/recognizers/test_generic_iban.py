import pytest


@pytest.mark.parametrize("value", [
    "NO71 8601 8897 646", "GB07NWBK98088923937227", "SE48 8006 5274 2089 0296 6018",
    "GB43 LOYD 9741 9503 0053 18",
])
def test_found(found, value):
    assert ("IBAN_CODE", value) in found(f"IBAN {value} 2024 takk")


def test_bad_checksum(found):
    assert found("IBAN NO72 8601 8897 646") == []
