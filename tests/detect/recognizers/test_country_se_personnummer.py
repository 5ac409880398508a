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


def _dashed_numbers(seed, count=12, day_offset=0, years=(40, 99)):
    """Valid YYMMDD-NNNN personnummer (samordningsnummer with ``day_offset`` 60)."""
    import random

    from stdnum import luhn

    rng = random.Random(seed)
    out = []
    while len(out) < count:
        body = (f"{rng.randint(*years):02d}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 28) + day_offset:02d}{rng.randint(0, 999):03d}")
        out.append(f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}")
    return out


@pytest.mark.parametrize("day_offset", [0, 60])
def test_a_dashed_number_in_a_swedish_ticket_needs_no_label(found, day_offset):
    # 'Min sambo Per (880315-6457)': the Swedish ticket is the context
    for value in _dashed_numbers(8, day_offset=day_offset):
        assert ("SE_PERSONNUMMER", value) in found(f"Min sambo Per ({value}) ska stå på avtalet.", "sv")
        assert ("SE_PERSONNUMMER", value) in found(f"Kund (Per): {value}", "sv")
        # in a Norwegian ticket with no label it is still left alone
        assert ("SE_PERSONNUMMER", value) not in found(f"Samboeren min ({value}) skal stå på avtalen.", "nb")


def test_a_swedish_labelled_unseparated_number_is_no_danish_cpr(found):
    # YYMMDD as Swedish, DDMMYY as Danish: both dates valid, the ticket's language decides
    for value in _dashed_numbers(9, years=(1, 28)):
        plain = value.replace("-", "")
        assert found(f"Personnr {plain}. Mejla svar.", "sv") == [("SE_PERSONNUMMER", plain)]


def test_a_date_based_reference_number_is_no_personnummer(found):
    for value in _dashed_numbers(10):
        for text in (f"Referens {value} — leverans vecka 12.", f"Kundnummer: {value}",
                     f"Avtalsnummer {value} gäller från i dag."):
            assert ("SE_PERSONNUMMER", value) not in found(text, "sv")
