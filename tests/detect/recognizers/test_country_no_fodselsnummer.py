import pytest

from pii_scanner.detect.recognizers.country.no.fodselsnummer import NoFodselsnummerRecognizer


@pytest.mark.parametrize("text, value", [
    ("Fødselsnummer: 12058695082", "12058695082"),
    ("fnr 130353-15254 dersom de treng det", "130353-15254"),
    ("D-nummer: 46070167700.", "46070167700"),
    ("syntetiske personer fra Tenor: 15918138029", "15918138029"),
    ("Mitt personnummer er 151086 95088", "151086 95088"),
])
def test_found_with_kind(found, text, value):
    assert ("NO_FODSELSNUMMER", value) in found(text)


def test_broken_check_digit_and_order_numbers_not_found(found):
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found("fnr 12058695083"))
    assert found("Gjelder bestilling 47664104376 og 84764471238.") == []


def test_explanation_names_kind_and_never_the_value():
    text = "D-nummer: 46070167700"
    [result] = NoFodselsnummerRecognizer("nb").analyze(text, None)
    parts = dict(result.recognition_metadata["pii_scanner_explanation"])
    assert parts["validation"] == "d/classic"
    assert "d-nummer" in parts["context"]
    assert "46070167700" not in repr(parts)


def test_eleven_digit_ambiguity_decided_by_context(detector):
    # 12058695082 is valid both as a fødselsnummer and as a bank account number
    as_account = detector.analyze("Depositumskonto: 12058695082", "nb")
    as_fnr = detector.analyze("Fødselsnummer: 12058695082", "nb")
    assert [f.entity_type for f in as_account] == ["NO_BANK_ACCOUNT"]
    assert [f.entity_type for f in as_fnr] == ["NO_FODSELSNUMMER"]
    decision = as_account[0].explain()
    assert decision["ambiguous_with"] == "NO_FODSELSNUMMER"
    assert decision["decided_by"] == "context"


def test_not_inside_longer_numbers(found):
    assert found("ref 4712058695082", "nb") == []
    assert found("ID 1.12058695082", "nb") == []


def test_a_birth_number_in_a_link_parameter_is_found_and_other_ids_are_not(found):
    from stdnum.no import fodselsnummer as std

    number = next(f"150385{i:05d}" for i in range(10000, 99999) if std.is_valid(f"150385{i:05d}"))
    assert ("NO_FODSELSNUMMER", number) in found(f"Se https://minside.example.no/kunde?fnr={number}&vis=alt")
    assert ("NO_FODSELSNUMMER", number) in found(f"GET /api/person?ssn={number} 200")
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"https://example.no/sak?id={number}"))
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"?fnr={number}1"))


def _valid_numbers(count):
    from faker import Faker

    fake = Faker("no_NO")
    fake.seed_instance(4)
    return [fake.ssn() for _ in range(count)]


@pytest.mark.parametrize("number", _valid_numbers(5))
def test_a_dot_or_a_double_space_between_date_and_personal_number(found, number):
    dotted, spaced = number[:6] + "." + number[6:], number[:6] + "  " + number[6:]
    assert ("NO_FODSELSNUMMER", dotted) in found(f"Fødselsnummeret mitt er {dotted} ok?")
    assert ("NO_FODSELSNUMMER", spaced) in found(f"Fnr: {spaced}\nMvh")
    # the dotted form is also a decimal number's shape: without a birth-number word it is none
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"Målt verdi {dotted} mm"))


@pytest.mark.parametrize("number", _valid_numbers(4))
def test_date_and_personal_number_on_two_lines_under_a_birth_number_word(found, number):
    split = number[:6] + "\n" + number[6:]
    assert ("NO_FODSELSNUMMER", split) in found(f"Fødselsnummer:\n{split}\nAdresse: ...")
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"Ordre\n{split}\nLevert"))


@pytest.mark.parametrize("number", _valid_numbers(3))
def test_a_birth_number_in_a_csv_row_with_a_number_after_it(found, number):
    # a CSV field: a comma before and after, and the next field a number
    rows = f'id,navn,fnr,telefon\n1024,"Berg, Jonas",{number},45285596\n'
    assert ("NO_FODSELSNUMMER", number) in found(rows)
    # a decimal's integer part is still no birth number ('<digits>,50 kr')
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"Beløp {number},50 kr"))


@pytest.mark.parametrize("number", _valid_numbers(5))
@pytest.mark.parametrize("layout", ["FNR{n}", "Fødselsnummer #{n}", "fnr: #{n}", "Personnr#{n} ok"])
def test_a_birth_number_glued_to_its_label_or_after_a_hash_is_found(found, number, layout):
    assert ("NO_FODSELSNUMMER", number) in found(layout.format(n=number))


@pytest.mark.parametrize("number", _valid_numbers(3))
def test_a_hash_before_a_number_without_a_birth_number_label_stays_an_id(found, number):
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"Se sak #{number} i køen"))
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"ABC{number}"))


@pytest.mark.parametrize("number", _valid_numbers(5))
def test_a_birth_number_spaced_digit_by_digit_under_its_label(found, number):
    spaced = " ".join(number)
    assert ("NO_FODSELSNUMMER", spaced) in found(f"fnr: {spaced}")
    assert ("NO_FODSELSNUMMER", spaced) in found(f"Fødselsnummeret mitt er {spaced}, takk")
    # without a birth-number word the same digits are no birth number
    assert not any(t == "NO_FODSELSNUMMER" for t, _ in found(f"Koden er {spaced}"))
