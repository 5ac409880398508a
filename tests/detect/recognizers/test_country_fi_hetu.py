import pytest


@pytest.mark.parametrize("value", ["231268-516P", "200600A798F", "010594Y9021", "020502E902X"])
def test_classic_and_2023_century_signs(found, value):
    assert ("FI_PERSONAL_IDENTITY_CODE", value) in found(f"henkilötunnus {value}", "fi")


def test_bad_check_character(found):
    assert found("henkilötunnus 231268-516A", "fi") == []
