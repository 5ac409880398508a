"""Round 24B: text typed on phones and in a hurry, and the Unicode it carries: names written
decomposed (a letter and a combining mark, 'A\\u030ase'), direction marks and emoji presentation
selectors around values (as iOS contact cards and emoji keyboards give them), an em dash or
a small commercial at inside a value, a fødselsnummer's date typed in odd groups or as a
date, a typo in its label, a call-centre note's 'cb' (call back) before a phone number and
agreement or case numbers that are no phones. Values are generated (seeded digits, Faker,
the shipped name lists), never corpus strings."""

from __future__ import annotations

import random
import unicodedata

import pytest

from pii_scanner.detect.escapes import decoded_view
from pii_scanner.detect.separators import plain_separators

from .generated import shipped_names, valid_fnr, valid_hetu, valid_mobile, values_of

_R = random.Random(2424)


def _decomposable(file_name: str, count: int) -> list[str]:
    """Shipped names with a letter that decomposes ('Åse', 'Björn'), capitalised."""
    names = [n for n in shipped_names(file_name)
             if n.isalpha() and unicodedata.normalize("NFD", n) != n and len(n) > 3]
    return [n.capitalize() for n in _R.sample(sorted(names), count)]


_FIRST = _decomposable("no_first_names.txt", 3) + _decomposable("se_first_names.txt", 2)
_LAST = _decomposable("no_surnames.txt", 3) + _decomposable("se_surnames.txt", 2)


# ---------------------------------------------------------------- decomposed letters

def test_the_view_reads_decomposed_letters_composed_and_maps_back():
    source = "Navn: A\u030ase Lo\u0308fgren\n"
    view = decoded_view(source)
    assert view is not None and view.text == "Navn: Åse Löfgren\n"
    start = view.text.index("Åse")
    assert view.source_span(start, start + len("Åse Löfgren")) == (6, 19)


def test_composed_text_and_marks_without_a_composed_form_make_no_view():
    assert decoded_view("Navn: Åse Löfgren") is None
    assert decoded_view("q\u0303 x\u0303") is None  # (no composed letter: read as written)


@pytest.mark.parametrize("first, last", list(zip(_FIRST, _LAST)))
def test_a_name_written_decomposed_is_found_on_its_letters_and_marks(found, first, last):
    name = unicodedata.normalize("NFD", f"{first} {last}")
    text = f"Navn: {name}\nTlf: {valid_mobile(_R)}"
    assert values_of(found, text, "nb", "PERSON") == [name]
    text = f"Hei, vaskemaskinen virker ikke.\n\nMvh\n{name}"
    assert values_of(found, text, "nb", "PERSON") == [name]


def test_a_decomposed_letter_inside_an_email_keeps_the_address_whole(found):
    local = unicodedata.normalize("NFD", "åse.lofgren")
    text = f"e-post: {local}@firma.no"
    assert values_of(found, text, "nb", "EMAIL_ADDRESS") == [f"{local}@firma.no"]


# ---------------------------------------------------------------- marks and selectors

@pytest.mark.parametrize("emoji", ["\u260e\ufe0f", "\U0001f4de\ufe0f", "\u2709\ufe0f"])
def test_an_emoji_presentation_selector_glued_to_a_phone_number_is_no_letter(found, emoji):
    number = valid_mobile(_R)
    value = f"{number[:4]} {number[4:]}"
    text = f"Kan dere ringe meg? {emoji}{value} etter kl 16"
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [value]


def test_direction_marks_between_a_number_s_groups_are_left_out(found):
    number = valid_mobile(_R)
    value = f"{number[:3]}\u200e {number[3:5]}\u200e {number[5:]}"
    assert values_of(found, f"tlf \u200e{value}\u200e", "nb", "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("marks", [("\u202a", "\u202c"), ("\u2066", "\u2069"),
                                   ("\u200e", "\u200e")])
def test_a_contact_card_s_direction_marks_leave_a_label_next_to_its_name(found, marks):
    opening, closing = marks
    first, last = _FIRST[0], _LAST[1]
    number = f"+47 {valid_mobile(_R)}"
    text = f"Navn:{opening}{first} {last}{closing}\nMobil:{opening}{number}{closing}"
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {last}"]
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [number]


def test_a_direction_mark_costs_a_labelled_name_no_score(detector):
    first, last = _FIRST[1], _LAST[0]
    plain = f"Navn: {first} {last}"
    marked = f"Navn:\u200e{first} {last}"
    score = {f.entity_type: f.score for f in detector.analyze(plain, "nb")}["PERSON"]
    assert {f.entity_type: f.score for f in detector.analyze(marked, "nb")}["PERSON"] == score


# ---------------------------------------------------------------- em dash, small at

def test_an_em_dash_between_digits_is_a_hyphen_and_elsewhere_a_dash():
    assert plain_separators("120586\u201495082") == "120586-95082"
    assert plain_separators("Kari\u2014som bor her") == "Kari\u2014som bor her"
    assert plain_separators("10:00 \u2014 12:00") == "10:00 \u2014 12:00"


def test_identity_numbers_and_phones_with_an_em_dash(found):
    fnr = valid_fnr(_R)
    assert values_of(found, f"fnr {fnr[:6]}\u2014{fnr[6:]}", "nb", "NO_FODSELSNUMMER") \
        == [f"{fnr[:6]}\u2014{fnr[6:]}"]
    code = valid_hetu(_R)
    value = code.replace("-", "\u2014")
    assert values_of(found, f"hetu {value}", "fi", "FI_PERSONAL_IDENTITY_CODE") == [value]
    number = valid_mobile(_R)
    value = f"{number[:3]}\u2014{number[3:]}"
    assert values_of(found, f"tlf {value}", "nb", "PHONE_NUMBER") == [value]


def test_a_name_before_a_sentence_s_em_dash_stays_a_name(found):
    first, last = _FIRST[2], _LAST[2]
    text = f"Mvh {first} {last}\u2014takk for hjelpen"
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {last}"]


def test_an_address_with_the_small_commercial_at(found):
    text = "mail meg p\u00e5 kari.berg\ufe6bfirma.no"
    assert values_of(found, text, "nb", "EMAIL_ADDRESS") == ["kari.berg\ufe6bfirma.no"]


# ---------------------------------------------------------------- fødselsnummer typed in a hurry

@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_birth_date_typed_as_ddmm_yy_before_the_personal_number(found, space):
    fnr = valid_fnr(_R)
    value = space.join((fnr[:4], fnr[4:6], fnr[6:]))
    assert values_of(found, f"Fødselsnummer: {value}", "nb", "NO_FODSELSNUMMER") == [value]


def test_a_birth_date_written_as_a_date_before_the_personal_number(found):
    fnr = valid_fnr(_R)
    value = f"{fnr[:2]}.{fnr[2:4]}.{fnr[4:6]} {fnr[6:]}"
    assert values_of(found, f"fnr oppgitt {value}, ok", "nb", "NO_FODSELSNUMMER") == [value]


def test_the_odd_groups_need_a_birth_number_word(found):
    fnr = valid_fnr(_R)
    for value in (f"{fnr[:4]} {fnr[4:6]} {fnr[6:]}", f"{fnr[:2]}.{fnr[2:4]}.{fnr[4:6]} {fnr[6:]}"):
        assert not values_of(found, f"Levert {value} stk", "nb", "NO_FODSELSNUMMER")


def test_a_typo_in_the_birth_number_s_label(found):
    fnr = valid_fnr(_R)
    value = f"{fnr[:2]} {fnr[2:4]} {fnr[4:6]} {fnr[6:]}"
    text = f"personummer mitt er {value} og telefonnr {valid_mobile(_R)}"
    assert values_of(found, text, "nn", "NO_FODSELSNUMMER") == [value]
    assert value not in values_of(found, text, "nn", "PHONE_NUMBER")


# ---------------------------------------------------------------- call-centre notes

def test_cb_in_a_call_centre_note_labels_a_phone_number(found):
    number = valid_mobile(_R)
    assert values_of(found, f"cb {number} etter kl 15", "nb", "PHONE_NUMBER") == [number]
    assert values_of(found, f"Cust. asks for cb on {number} b4 5pm", "en", "PHONE_NUMBER") \
        == [number]


@pytest.mark.parametrize("label, lang", [("Avtalenr", "nb"), ("Avtalenummer", "nb"),
                                         ("Ärende", "sv"), ("Kundnr", "sv"),
                                         ("Sagsnr.", "da"), ("Aftalenummer", "da")])
def test_agreement_case_and_customer_numbers_are_no_phones(found, label, lang):
    number = valid_mobile(_R)
    text = f"{label} {number[:4]}\u00a0{number[4:]}. Beløp 1\u00a0299,00 kr"
    assert not values_of(found, text, lang, "PHONE_NUMBER")


# ---------------------------------------------------------------- batch 2: look-alikes, typos

def _kontonr() -> str:
    from stdnum.no import kontonr
    while True:
        base = f"{_R.choice([1200, 1503, 1594, 2801, 3601, 9710])}" + "".join(
            _R.choice("0123456789") for _ in range(6))
        for check in "0123456789":
            if kontonr.is_valid(base + check):
                return base + check


def _iban_no() -> str:
    from stdnum import iban
    account = _kontonr()
    for check in range(100):
        value = f"NO{check:02d}{account}"
        if iban.is_valid(value):
            return value
    raise AssertionError


@pytest.mark.parametrize("degree", ["\u00ba", "\u02da"])
def test_a_degree_sign_s_look_alikes_in_coordinates(found, degree):
    value = f"{_R.randint(58, 70)}{degree}{_R.randint(10, 59)}\u2032{_R.randint(10, 59)}\u2033N " \
            f"{_R.randint(5, 30)}{degree}{_R.randint(10, 59)}\u2032{_R.randint(10, 59)}\u2033\u00d8"
    assert values_of(found, f"Bilen st\u00e5r her: {value} (fra kartet)", "nb",
                     "GPS_COORDINATES") == [value]
    assert plain_separators(f"1{degree} etasje") == "1\u00b0 etasje"


def test_an_iban_with_a_space_after_its_check_digits(found):
    value = _iban_no()
    spaced = f"{value[:4]} {value[4:]}"
    assert values_of(found, f"IBAN: {spaced}", "nb", "IBAN_CODE") == [spaced]
    wrong = f"{value[:4]} {value[4:-1]}{(int(value[-1]) + 1) % 10}"
    assert not values_of(found, f"IBAN: {wrong}", "nb", "IBAN_CODE")


@pytest.mark.parametrize("label", ["ktnr", "kontonr", "Kontonummer:"])
@pytest.mark.parametrize("separator", [" ", "."])
def test_an_account_number_with_the_bank_s_digits_apart(found, label, separator):
    account = _kontonr()
    value = f"{account[:4]}{separator}{account[4:]}"
    assert values_of(found, f"K \u00f8nsker tilbakebet. til {label} {value}", "nb",
                     "NO_BANK_ACCOUNT") == [value]


def test_ktnr_labels_a_bare_account_number(found):
    account = _kontonr()
    assert values_of(found, f"ktnr {account}", "nb", "NO_BANK_ACCOUNT") == [account]


def test_the_bank_s_digits_apart_need_an_account_word_and_a_norwegian_ticket(found):
    account = _kontonr()
    value = f"{account[:4]} {account[4:]}"
    assert not values_of(found, f"Levert {value} stk", "nb", "NO_BANK_ACCOUNT")
    assert not values_of(found, f"Clearingnummer och kontonummer: {value}", "sv",
                         "NO_BANK_ACCOUNT")
    assert not values_of(found, f"Reg.nr. og kontonr.: {value}", "da", "NO_BANK_ACCOUNT")


@pytest.mark.parametrize("label, lang", [("f\u00f8delsdato", "nb"), ("f\u00f8dseldato", "nb"),
                                         ("f\u00f6delsdatum", "sv")])
def test_a_birth_date_label_with_a_letter_lost(found, label, lang):
    value = f"{_R.randint(1, 28):02d}.{_R.randint(1, 12):02d}.{_R.randint(1940, 2004)}"
    assert values_of(found, f"Innringer: {label} {value}, glemt passord", lang,
                     "DATE_OF_BIRTH") == [value]


def test_a_birth_number_label_with_a_letter_lost_labels_the_split_shapes(found):
    fnr = valid_fnr(_R)
    value = f"{fnr[:4]} {fnr[4:6]} {fnr[6:]}"
    for label in ("f\u00f8dselnummer", "f\u00f8delsnummer"):
        assert values_of(found, f"{label} {value}", "nb", "NO_FODSELSNUMMER") == [value]


@pytest.mark.parametrize("label", ["Mobile:", "Cell", "Telephone:"])
def test_four_dotted_pairs_after_an_english_phone_label_are_a_phone(found, label):
    number = valid_mobile(_R)
    value = ".".join(number[i:i + 2] for i in range(0, 8, 2))
    text = f"Name: Sean Brien\n{label} {value}"
    assert values_of(found, text, "en", "PHONE_NUMBER") == [value]
    assert not values_of(found, text, "en", "IP_ADDRESS")


def test_a_british_number_s_area_code_apart_is_no_account(found):
    from stdnum.no import kontonr
    while True:
        number = "01" + "".join(_R.choice("0123456789") for _ in range(9))
        if kontonr.is_valid(number):
            break
    value = f"{number[:4]} {number[4:]}"
    text = f"Refusjon til konto, ring meg p\u00e5 {value}"
    assert not values_of(found, text, "nb", "NO_BANK_ACCOUNT")
