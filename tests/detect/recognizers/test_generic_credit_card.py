import pytest


@pytest.mark.parametrize("value", ["4786 2246 6176 1195", "4263-0741-7082-3016",
                                   "3779 033926 81136", "4744390846969614"])
def test_found(found, value):
    assert ("CREDIT_CARD", value) in found(f"kortet avvises. det er {value} utløper 04/29")


def test_luhn_failure_not_found(found):
    assert found("card 4786 2246 6176 1196", "en") == []
