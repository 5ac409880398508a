import pytest


def test_post_2007_number_found_with_context(found):
    assert ("DK_CPR", "040964-3552") in found("Copenhagen office, CPR 040964-3552", "en")


def test_without_context_not_found(found):
    # date-valid, no mod 11, no CPR word: too weak alone
    assert not any(t == "DK_CPR" for t, _ in found("reference 040964-3552 attached", "en"))


def test_impossible_date_not_found(found):
    assert found("CPR 320164-3552", "da") == []


def test_norwegian_birth_number_words_are_context_too(found):
    # a Danish customer in a Norwegian helpdesk: the form's label says "Fnr"
    assert ("DK_CPR", "040964-3552") in found("Fnr: 040964-3552", "nb")
    assert ("DK_CPR", "040964-3552") in found("fødselsnummeret mitt er 040964-3552", "nb")


def _cpr_that_is_also_a_hetu(mod11: bool) -> str:
    """A generated DDMMYY-SSSS valid as a CPR (with or without mod 11) and as a Finnish hetu."""
    from pii_scanner.detect.validators.dk import cpr
    from pii_scanner.detect.validators.fi import hetu
    for serial in range(1000, 4000):
        value = f"011146-{serial}"
        if hetu.is_valid(value) and cpr.is_valid(value) and cpr.has_mod11(value) == mod11:
            return value
    raise AssertionError("no such number")


@pytest.mark.parametrize("mod11", [True, False])
@pytest.mark.parametrize("label", ["Cpr.nr.: {}", "Mit personnummer er {}.", "CPR-nummer {}"])
def test_cpr_that_is_also_a_valid_hetu_is_a_cpr_in_danish_context(found, mod11, label):
    value = _cpr_that_is_also_a_hetu(mod11)
    assert found(label.format(value), "da") == [("DK_CPR", value)]


def test_the_same_digits_under_a_finnish_word_stay_a_hetu(found):
    value = _cpr_that_is_also_a_hetu(True)
    assert found(f"henkilötunnus {value}", "fi") == [("FI_PERSONAL_IDENTITY_CODE", value)]


@pytest.mark.parametrize("seed", range(3))
def test_a_customer_speaker_label_is_no_negative_context(found, seed):
    import random

    from pii_scanner.detect.validators.dk import cpr

    rng = random.Random(seed)
    value = next(v for v in (f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
                             f"{rng.randint(40, 99):02d}{rng.randint(0, 9999):04d}"
                             for _ in range(1000)) if cpr.is_valid(v))
    assert ("DK_CPR", value) in found(f"Kunde: mit cpr er {value}\nAgent: Tak", "da")
    assert not any(t == "DK_CPR" for t, _ in found(f"Kundenummer {value}", "da"))


def _post_2007_cprs(seed: int, count: int = 3) -> list[str]:
    """Unseparated CPR numbers that are valid dates, fail the old mod 11 and are also valid
    Swedish or Finnish national phone numbers (a day 01-09 reads as a trunk 0)."""
    import datetime
    import random

    import phonenumbers
    from stdnum.dk import cpr as std

    rng = random.Random(seed)
    out = []
    while len(out) < count:
        day = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randint(0, 21000))
        value = day.strftime("%d%m%y") + rng.choice("0123") + f"{rng.randint(0, 999):03d}"
        if std.is_valid(value) and std.checksum(value) != 0 and any(
                phonenumbers.is_valid_number(phonenumbers.parse(value, region))
                for region in ("SE", "FI")):
            out.append(value)
    return out


@pytest.mark.parametrize("seed", range(3))
def test_a_bare_cpr_under_its_label_is_no_phone(found, seed):
    """A 10-digit CPR that is also a possible phone number: its own label ('CPR-nummer:', a
    'CPR' column) decides, not the next line's 'tlf' or the 'Telefon' header beside it."""
    one, two, three = _post_2007_cprs(seed)
    text = f"Navn: Ny Ansat\nCPR-nummer: {one}\nPrivat tlf: 20 12 34 56"
    assert ("DK_CPR", one) in found(text, "da")
    assert ("PHONE_NUMBER", one) not in found(text, "da")
    table = f"Navn;CPR;Telefon\nAnsat Et;{two};+45 20 12 34 56"
    assert ("DK_CPR", two) in found(table, "da")
    assert ("PHONE_NUMBER", two) not in found(table, "da")
    # the same number in a phone column stays a phone
    phones = f"Navn\tTelefon\nAnsat To\t{three}"
    assert ("DK_CPR", three) not in found(phones, "da")


def test_a_labelled_cpr_in_a_swedish_ticket_is_still_found(found):
    # the Swedish language prior lowers a CPR, but a 'CPR' label still carries it
    assert ("DK_CPR", "050526-2220") in found("CPR 050526-2220", "sv")
    assert ("DK_CPR", "050526-2220") in found("CPR 050526-2220", "da")
