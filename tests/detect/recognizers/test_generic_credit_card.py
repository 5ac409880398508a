import pytest


@pytest.mark.parametrize("value", ["4786 2246 6176 1195", "4263-0741-7082-3016",
                                   "3779 033926 81136", "4744390846969614"])
def test_found(found, value):
    assert ("CREDIT_CARD", value) in found(f"kortet avvises. det er {value} utløper 04/29")


def test_luhn_failure_not_found(found):
    assert found("card 4786 2246 6176 1196", "en") == []


def _luhn_valid(prefix: str, length: int) -> str:
    from stdnum.luhn import calc_check_digit
    body = (prefix + "1234567890123456789")[:length - 1]
    return body + calc_check_digit(body)


@pytest.mark.parametrize("prefix, length", [("57", 13), ("50", 13), ("6", 13), ("34", 16), ("52", 13)])
def test_a_luhn_valid_number_of_a_length_its_issuer_never_uses_is_no_card(found, prefix, length):
    value = _luhn_valid(prefix, length)
    assert not any(t == "CREDIT_CARD" for t, _ in found(f"Nummer {value} er registrert."))


def test_an_ean_word_keeps_a_luhn_valid_number_out(found):
    value = _luhn_valid("4", 16)
    assert ("CREDIT_CARD", value) in found(f"kort {value}")
    assert not any(t == "CREDIT_CARD" for t, _ in found(f"EAN-kode {value}"))


@pytest.mark.parametrize("prefix", ["4", "51", "2276", "6011"])
@pytest.mark.parametrize("text", ["Husk å bruke KID {v} når du betaler.", "KID-nummer: {v}",
                                  "OCR-nummer {v} ska anges vid betalning."])
def test_a_payment_reference_is_no_card(found, prefix, text):
    value = _luhn_valid(prefix, 16)
    assert not any(t == "CREDIT_CARD" for t, _ in found(text.format(v=value)))
    assert ("CREDIT_CARD", value) in found(f"Kortnummer {value}")


@pytest.mark.parametrize("prefix", ["4", "51", "6011", "69"])
@pytest.mark.parametrize("text", ["Målernummer: {v}", "Målepunkt-ID {v} er flyttet.",
                                  "Mätarnummer {v}", "Anleggsnummer: {v}", "Meter number {v}",
                                  "SIM-kort ICCID {v}"])
def test_a_meter_or_sim_number_is_no_card(found, prefix, text):
    value = _luhn_valid(prefix, 16)
    assert not any(t == "CREDIT_CARD" for t, _ in found(text.format(v=value)))


def _luhn_complete(body: str) -> str:
    from stdnum import luhn as stdnum_luhn
    return body + stdnum_luhn.calc_check_digit(body)


@pytest.mark.parametrize("body", ["50385347085", "67591234567", "63041234567",  # Maestro 12
                                  "21313463095654", "18005638818792"])           # JCB 15
def test_rare_schemes_need_a_card_word(found, body):
    number = _luhn_complete(body)
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    for value in (number, grouped):
        assert ("CREDIT_CARD", value) in found(f"Kortnummer: {value}")
        assert ("CREDIT_CARD", value) in found(f"Card used: {value}", lang="en")
        assert not any(t == "CREDIT_CARD" for t, _ in found(f"Referanse {value} er mottatt"))
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not any(t == "CREDIT_CARD" for t, _ in found(f"Kortnummer: {broken}"))
