import pytest


@pytest.mark.parametrize("text, value", [
    ("Mitt personnummer är 19990620-0440 och", "19990620-0440"),
    ("personnummer 721007-0012", "721007-0012"),
    ("samordningsnummer: 195211677629.", "195211677629"),
    ("samordningsnummer: 710469-7532", "710469-7532"),
])
def test_found(found, text, value):
    assert ("SE_PERSONNUMMER", value) in found(text, "sv")


def test_bad_luhn_or_date_not_found(found):
    assert found("personnummer 19990620-0441", "sv") == []
    assert found("personnummer 19991320-0440", "sv") == []


def test_generic_birth_number_labels_and_id_documents_are_context(found):
    for text in ("Fnr: 630606-1380", "LEGITIMASJON\nSonja Danielsson\n900208-1066",
                 "Födelsenummer 900208-1066"):
        value = text.rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        assert ("SE_PERSONNUMMER", value) in found(text)
    assert ("SE_PERSONNUMMER", "900208-1066") not in found("Ordre 900208-1066 er sendt")


def _swedish_numbers(count):
    from faker import Faker

    fake = Faker("sv_SE")
    fake.seed_instance(11)
    return [fake.ssn() for _ in range(count)]


@pytest.mark.parametrize("number", _swedish_numbers(4))
@pytest.mark.parametrize("label", ["Swedish personal number:", "my personal ID is",
                                   "Social security number"])
def test_english_words_for_the_personnummer_are_context(found, number, label):
    assert ("SE_PERSONNUMMER", number) in found(f"Kind regards\nEva\n{label} {number}", "en")
    assert not any(t == "SE_PERSONNUMMER" for t, _ in found(f"Kind regards, ref {number}", "en"))
