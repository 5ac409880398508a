"""The committed country-name list is phonenumbers' (rebuild: python -m pii_scanner.detect.country_names)."""

from pii_scanner.detect import country_names, gazetteers


def test_committed_list_matches_phonenumbers():
    assert sorted(gazetteers.country_names()) == country_names.from_phonenumbers()


def test_the_list_holds_countries_spelled_like_first_names():
    names = gazetteers.country_names()
    assert {"mali", "iran", "kenya", "jordan", "tyskland"} <= names
    assert "kari" not in names and "#" not in "".join(names)
