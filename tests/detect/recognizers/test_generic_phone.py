import pytest


@pytest.mark.parametrize("text, value, lang", [
    ("M: +4797230395", "+4797230395", "nb"),
    ("Jeg er tilgjengelig på 56 49 32 08.", "56 49 32 08", "nb"),
    ("Tlf: 58961836", "58961836", "nb"),
    ("Ring mig på 070-579 53 25 om", "070-579 53 25", "sv"),
    ("phone +358 40 949 5301", "+358 40 949 5301", "en"),
    ("phone +45 20 73 95 39", "+45 20 73 95 39", "en"),
    ("Could you call me on 07700 900741?", "07700 900741", "en"),
])
def test_found(found, text, value, lang):
    assert ("PHONE_NUMBER", value) in found(text, lang)


@pytest.mark.parametrize("text", [
    "KID 08049027", "Leveringsdato: 2024-04-18", "Ordrenummer på lisensen er 43878237309.",
    "Beløp: kr 45 419,00", "Referansen på innbetalinga var 07726326.",
])
def test_not_phone(found, text):
    assert not any(t == "PHONE_NUMBER" for t, _ in found(text))


def test_direct_line_label_is_phone_context(found):
    import phonenumbers

    number = next(n for n in (f"4{i:07d}" for i in range(1234567, 9999999, 7919))
                  if phonenumbers.is_valid_number(phonenumbers.parse(n, "NO")))
    assert ("PHONE_NUMBER", number) in found(f"Med vennlig hilsen\nKari\nDirekte: {number}")
    assert ("PHONE_NUMBER", number) in found(f"Best regards\nDirect: {number}", "en")


def test_international_number_in_a_range_phonenumbers_does_not_list(found):
    import phonenumbers

    # a possible-but-unlisted Norwegian series, written with its country code
    for n in range(44000000, 44000400, 37):
        parsed = phonenumbers.parse(f"+47{n}", None)
        if phonenumbers.is_possible_number(parsed) and not phonenumbers.is_valid_number(parsed):
            text = f"+47 {str(n)[:3]} {str(n)[3:5]} {str(n)[5:]}"
            assert ("PHONE_NUMBER", text) in found(f"Svar til {text} i dag")
            assert ("PHONE_NUMBER", str(n)) not in found(f"Saken gjelder {n} i dag")


def test_number_alone_on_a_contact_block_line(found):
    import random

    import phonenumbers
    from faker import Faker

    fake, rng = Faker("no_NO"), random.Random(21)
    fake.seed_instance(21)
    for _ in range(5):
        number = next(n for n in (rng.choice("49") + f"{rng.randrange(10**7):07d}" for _ in range(99))
                      if phonenumbers.is_valid_number(phonenumbers.parse(n, "NO")))
        text = f"Se under.\n\n{fake.name()}\n{number}\n{fake.email()}\n"
        assert ("PHONE_NUMBER", number) in found(text)
        assert ("PHONE_NUMBER", number) not in found(f"Se under.\nOrdre:\n{number}\n")
        assert ("PHONE_NUMBER", number) not in found(f"Saken {number} er lukket.")


def test_trunk_zero_in_brackets_is_part_of_the_international_number(detector):
    from pii_scanner.detect.recognizers.generic.phone import NordicPhoneRecognizer

    text = "Telefon: +44(0)114 496 0280 og +46 (0)8 453 406 46"
    rec = NordicPhoneRecognizer("nb")
    spans = sorted((r.start, r.end) for r in rec.analyze(text, ["PHONE_NUMBER"]))
    assert [text[a:b] for a, b in spans] == ["+44(0)114 496 0280", "+46 (0)8 453 406 46"]


def test_national_number_is_read_only_by_a_numbering_plan_its_first_digit_fits():
    """8 digits without a leading 0 are a NO/DK number or none: not a Finnish/Swedish number
    that lost its trunk 0; with a leading 0, the trunk-prefix countries are still tried first
    whatever the text's language."""
    import phonenumbers

    from pii_scanner.detect.recognizers.generic.phone import NordicPhoneRecognizer

    recognizer = NordicPhoneRecognizer("nb")
    # valid as a Swedish/Finnish number written without its 0, in neither Norway nor Denmark
    orphan = next(f"{n}" for n in range(10_000_000, 20_000_000, 9973)
                  if any(phonenumbers.is_valid_number(phonenumbers.parse(str(n), r))
                         for r in ("SE", "FI"))
                  and not any(phonenumbers.is_valid_number(phonenumbers.parse(str(n), r))
                              for r in ("NO", "DK")))
    assert recognizer.validate_result(orphan) in (False, "possible")
    swedish = next(f"07{n}" for n in range(30_000_000, 30_100_000, 991)
                   if phonenumbers.is_valid_number(phonenumbers.parse(f"07{n}", "SE")))
    assert recognizer.validate_result(swedish) == "plain"
    norwegian = next(f"4{n:07d}" for n in range(1_000_000, 2_000_000, 7919)
                     if phonenumbers.is_valid_number(phonenumbers.parse(f"4{n:07d}", "NO")))
    assert NordicPhoneRecognizer("fi").validate_result(norwegian) == "plain"


@pytest.mark.parametrize("text", ["Kontakt: Espen Bakke, {}, espen.bakke@firma.no",
                                  "Contact person: Jane Doe ({})", "puh. {}"])
def test_a_bare_mobile_number_on_a_contact_line_is_found(found, text):
    assert ("PHONE_NUMBER", "92472982") in found(text.format("92472982"))


def test_a_bare_number_on_a_contact_line_with_an_order_word_is_not(found):
    assert not any(t == "PHONE_NUMBER" for t, _ in found("Kontakt oss om ordre 92472982"))


def test_parentheses_around_a_whole_number_are_not_part_of_it(found):
    assert ("PHONE_NUMBER", "92472982") in found("Mobil (92472982)")
    assert ("PHONE_NUMBER", "(22) 12 34 56") in found("Tlf (22) 12 34 56")


@pytest.mark.parametrize("text", ["Y-tunnus 5034811-3", "Y-tunnus: 9145692-5", "plusgiro 12 34 56-7"])
def test_a_number_ending_in_a_one_digit_group_is_no_phone(found, text):
    assert not any(t == "PHONE_NUMBER" for t, _ in found(text, "fi"))


@pytest.mark.parametrize("value", ["+1 (415) 555-0123", "+44 (20) 7946 0958", "+44 (0)20 7946 0958"])
def test_an_area_code_in_parentheses_after_the_country_code(found, value):
    assert ("PHONE_NUMBER", value) in found(f"Call me on {value} tomorrow", "en")


@pytest.mark.parametrize("seed", range(3))
def test_a_case_number_is_no_phone_number(found, seed):
    import random

    rng = random.Random(seed)
    digits = f"{rng.randint(20, 39)}{rng.randint(100000, 999999)}"
    case = f"{digits[:2]}-{digits[2:]}"
    assert not any(t == "PHONE_NUMBER" for t, _ in found(f"Sak nr. {case} ble lukket i går."))
    assert not any(t == "PHONE_NUMBER" for t, _ in found(f"Case no. {case} was closed.", "en"))
    assert ("PHONE_NUMBER", digits) in found(f"Sak nr. 2025-118 ble sendt. Ring {digits}")


@pytest.mark.parametrize("text, value, lang", [
    ("Ring meg på (+47) 22 33 44 55 i dag", "(+47) 22 33 44 55", "nb"),
    ("Puhelin (+358) 50 123 4567", "(+358) 50 123 4567", "fi"),
    ("Tel. (+46) 8 123 456 78", "(+46) 8 123 456 78", "sv"),
])
def test_a_country_code_in_parentheses_is_part_of_the_number(found, text, value, lang):
    assert ("PHONE_NUMBER", value) in found(text, lang)


@pytest.mark.parametrize("header, row", [
    ("navn,telefon", "Kari Hansen,{n}"),
    ("first_name,last_name,phone,email", "Kari,Hansen,{n},kari@firma.no"),
    ('"Navn","Mobil"', '"Ola Nordmann",{n}'),
])
def test_a_comma_separated_export_row_under_a_phone_header(found, header, row):
    import random

    number = str(random.Random(header).choice((4, 9))) + str(random.Random(row).randint(1000000, 9999999))
    text = f"{header}\n{row.format(n=number)}\n{row.format(n=number[::-1].replace('0', '4'))}"
    assert ("PHONE_NUMBER", number) in found(text)


@pytest.mark.parametrize("text", ["Hei, pi er 3,14159265 og e er 2,71828182.",
                                  "id,belop,dato\n12,41234567,2024-01-01",
                                  "Hei, takk for svaret\nSaken, 41234567, er lukket"])
def test_no_phone_after_a_decimal_comma_or_under_another_header(found, text):
    assert not any(t == "PHONE_NUMBER" for t, _ in found(text))


def _mobiles(seed, count=10):
    import random

    rng = random.Random(seed)
    swedish = [f"070{rng.randint(1000000, 9999999)}" for _ in range(count)]
    norwegian = [f"{rng.choice('49')}{rng.randint(1000000, 9999999)}" for _ in range(count)]
    return swedish, norwegian


def test_the_word_number_in_a_phrase_is_phone_context(found):
    swedish, norwegian = _mobiles(3)
    for value in swedish:
        assert ("PHONE_NUMBER", value) in found(f"Hennes nummer är {value}.", "sv")
        assert ("PHONE_NUMBER", value) in found(f"Mitt nummer: {value}", "sv")
    for value in norwegian:
        assert ("PHONE_NUMBER", value) in found(f"Nummeret hennar er {value}.", "nn")
        assert ("PHONE_NUMBER", value) in found(f"Nummeret mitt er {value}.", "nb")
        # a compound's 'nummer' is no phone word
        assert ("PHONE_NUMBER", value) not in found(f"Kundenummer er {value}.", "nb")


def test_giro_and_article_numbers_are_no_phone_numbers(found):
    import random

    from stdnum import luhn

    rng = random.Random(4)
    for _ in range(10):
        body = str(rng.randint(100000, 9999999))
        giro = body + luhn.calc_check_digit(body)
        giro = f"{giro[:-4]}-{giro[-4:]}"
        code = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
        assert [t for t, _ in found(f"Betala till bankgiro {giro}, tack.", "sv")] == []
        assert [t for t, _ in found(f"Artikelnummer: {code}\nAntal: 2", "sv")] == []
        assert [t for t, _ in found(f"Artikkelnummer {code}, pris 499 kr", "nb")] == []
        assert [t for t, _ in found(f"Tracking 123, SKU {code}.", "en")] == []


@pytest.mark.parametrize("lead", ["Soita minulle numeroon", "Voit soittaa minulle", "Numero on",
                                  "Lähetä tekstiviesti:"])
@pytest.mark.parametrize("number", ["09 9394570", "09 939 4570"])
def test_finnish_call_words_are_phone_context(found, lead, number):
    # a Helsinki landline with a trunk 0 is only 'possible' for phonenumbers' plain reading:
    # the call word is what makes it a phone
    assert ("PHONE_NUMBER", number) in found(f"{lead} {number} kiitos.", lang="fi")
    assert not any(t == "PHONE_NUMBER" for t, _ in found(f"Tilausnumero on {number}.", lang="fi"))


@pytest.mark.parametrize("number", ["430 66 624", "43 06 66 24"])
def test_an_unassigned_range_in_phone_grouping_alone_on_a_contact_line(found, number):
    # 43x is no assigned Norwegian range (phonenumbers: possible, not valid); written in a
    # phone grouping under a name, alone on its line, it is the contact's phone
    assert ("PHONE_NUMBER", number) in found(f"Hei,\nSe under.\n\nKine Fjørtoft\n{number}\n"
                                             "Solbakken 70, 3207 Sandefjord")
    assert ("PHONE_NUMBER", number.replace(" ", "")) not in found(f"Kine Fjørtoft\n{number.replace(' ', '')}")
    assert not any(t == "PHONE_NUMBER" for t, _ in found(f"Beløpet {number} er feil."))


def test_a_phone_grouped_two_two_four_is_no_date(found):
    import random

    import phonenumbers

    rng = random.Random(11)
    seen = 0
    while seen < 12:
        digits = rng.choice("49") + "".join(rng.choice("0123456789") for _ in range(7))
        if not phonenumbers.is_valid_number(phonenumbers.parse(digits, "NO")) \
                or int(digits[:2]) <= 31:
            continue
        seen += 1
        value = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
        for text in (f"Telefon: {value}", f"Ring meg på {value} i morgen"):
            assert ("PHONE_NUMBER", value) in found(text), text


@pytest.mark.parametrize("date", ["23 05 1985", "3 11 2024", "23-05-1985", "1985-05-23"])
def test_a_date_in_a_phones_grouping_stays_a_date(found, date):
    assert not [f for f in found(f"Møte {date} kl 10, og ellers ingenting") if f[0] == "PHONE_NUMBER"]


@pytest.mark.parametrize("region", ["SE", "DK", "FI", "NO"])
def test_a_nordic_msisdn_without_its_plus_under_a_phone_key(found, region):
    import phonenumbers

    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    msisdn = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)[1:]
    for text in (f"login ok phone_number={msisdn} sub=5dc11e1f", f'{{"msisdn": "{msisdn}"}}'):
        assert ("PHONE_NUMBER", msisdn) in found(text), text
    for text in (f"orderId={msisdn}", f"Ordrenummer {msisdn} er sendt"):
        assert ("PHONE_NUMBER", msisdn) not in found(text), text


def _written(rng, digits: str) -> str:
    """``digits`` as a candidate may write them: grouped, parenthesised, or with a random
    separator (none, space, dash, a closing parenthesis) between any two digits."""
    style = rng.randrange(5)
    if style == 0:
        return digits
    if style == 1:
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    if style == 2:
        return f"({digits[:2]}) {digits[2:4]} {digits[4:6]} {digits[6:]}"
    if style == 3:
        return "-".join(digits[i:i + 2] for i in range(0, 8, 2))
    return digits[0] + "".join(rng.choice(["", " ", "-", ")", ") ", " -"]) + d for d in digits[1:])


def test_parse_shortcut_equals_phonenumbers_parse_on_every_four_digit_prefix():
    """The shortcut for eight national digits (no national prefix in NO and DK) gives what
    phonenumbers.parse gives, and the same validity, for every prefix and many writings."""
    import random

    import phonenumbers

    from pii_scanner.detect.recognizers.generic.phone import _parse

    rng = random.Random(8)
    shortcut_taken = 0
    for prefix in range(10_000):
        digits = f"{prefix:04d}{rng.randrange(10_000):04d}"
        value = _written(rng, digits)
        for region in ("NO", "DK"):
            try:
                expected = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                expected = None
            try:
                got = _parse(value, region)
            except phonenumbers.NumberParseException:
                got = None
            assert got == expected, (value, region)
            if got is not None:
                assert phonenumbers.is_valid_number(got) == phonenumbers.is_valid_number(expected)
            shortcut_taken += value.lstrip("(")[:1] != "0"
    assert shortcut_taken > 15_000


def test_a_whatsapp_link_names_a_phone_without_its_plus(found):
    import random

    import phonenumbers

    rng = random.Random(47)
    mobile = (phonenumbers.PhoneNumberType.MOBILE,
              phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    # (country code, national number's first digits, its length)
    for cc, lead, length in (("47", "49", 8), ("46", "7", 9), ("45", "23", 8)):
        number = next(n for n in (cc + rng.choice(lead) + "".join(
            rng.choice("0123456789") for _ in range(length - 1)) for _ in range(2000))
            if phonenumbers.number_type(phonenumbers.parse("+" + n)) in mobile)
        assert ("PHONE_NUMBER", number) in found(f"Skriv til meg: https://wa.me/{number}")
        assert ("PHONE_NUMBER", number) in found(f"wa.me/{number}?text=hei", "en")
        # the same digits in another link's path are no phone
        assert ("PHONE_NUMBER", number) not in found(f"https://example.com/orders/{number}")
