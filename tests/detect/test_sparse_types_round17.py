"""Round 17: the sparse types (birth dates, passports, GPS, SE/DK/FI numbers) in more writings
and languages (generated values, never corpus strings)."""

from __future__ import annotations

import datetime
import random

import pytest
from stdnum import luhn

_R = random.Random(1717)
_NB_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember")


def _digits(n: int) -> str:
    return "".join(str(_R.randrange(10)) for _ in range(n))


def _birth() -> datetime.date:
    return datetime.date(_R.randint(1940, 2004), _R.randint(1, 12), _R.randint(1, 28))


def _coords() -> tuple[str, str]:
    places = _R.choice((4, 5, 6))
    return f"{_R.uniform(55, 70.5):.{places}f}", f"{_R.uniform(4.5, 31):.{places}f}"


def _se_pnr12() -> str:
    born = _birth()
    base = born.strftime("%y%m%d") + _digits(3)
    return born.strftime("%Y")[:2] + base + luhn.calc_check_digit(base)


def _of(found, text, lang, entity):
    return [value for kind, value in found(text, lang) if kind == entity]


@pytest.mark.parametrize("n", range(3))
def test_danish_pas_label_names_a_passport(found, n):
    number = _digits(9)
    for text in (f"Navn: Ole\nPas nr.: {number}\nUdløb: 2031", f"mit pasnr {number}",
                 f"Pas-nr: {number}"):
        assert _of(found, text, "da", "PASSPORT_NUMBER") == [number]
    # 'pas på' (take care) is no passport word
    assert not _of(found, f"Pas på: koden er {number}", "da", "PASSPORT_NUMBER")


@pytest.mark.parametrize("n", range(3))
def test_decimal_pair_with_degree_signs(found, n):
    lat, lon = _coords()
    pair = f"{lat}°, {lon}°"
    assert _of(found, f"Vika on kohdassa {pair}. Kiitos", "fi", "GPS_COORDINATES") == [pair]


@pytest.mark.parametrize("n", range(3))
def test_pair_split_by_a_space_or_slash_needs_a_place_word(found, n):
    lat, lon = _coords()
    for pair in (f"{lat} {lon}", f"{lat} / {lon}"):
        assert _of(found, f"GPS-posisjon: {pair}", "nb", "GPS_COORDINATES") == [pair]
        assert _of(found, f"Koordinater: {pair}\nMvh", "sv", "GPS_COORDINATES") == [pair]
        # two measurements in a row stay out
        assert not _of(found, f"Verdier målt: {pair} i dag", "nb", "GPS_COORDINATES")


@pytest.mark.parametrize("n", range(3))
def test_longitude_label_between_the_numbers(found, n):
    lat, lon = _coords()
    for text, value in ((f"Coordinates: {lat}, lng {lon}", f"{lat}, lng {lon}"),
                        (f"Latitude: {lat}\nLongitude: {lon}", f"{lat}\nLongitude: {lon}"),
                        (f'{{"lat": {lat}, "lng": {lon}}}', f'{lat}, "lng": {lon}'),
                        (f"Breddegrad {lat}, lengdegrad {lon}", f"{lat}, lengdegrad {lon}")):
        assert _of(found, text, "en", "GPS_COORDINATES") == [value]


@pytest.mark.parametrize("n", range(3))
def test_openstreetmap_map_fragment(found, n):
    lat, lon = _coords()
    url = f"https://www.openstreetmap.org/#map={_R.randint(10, 19)}/{lat}/{lon}"
    assert _of(found, f"Kart: {url}", "nb", "GPS_COORDINATES") == [f"{lat}/{lon}"]


@pytest.mark.parametrize("n", range(3))
def test_version_and_reading_words_are_no_coordinates(found, n):
    lat, lon = _coords()
    for text in (f"Oppdatert til versjon {lat}, {lon} i går.", f"Latency {lat}, {lon} on the API.",
                 f"Temperatur {lat}, {lon} i serverrommet."):
        assert not _of(found, text, "nb", "GPS_COORDINATES")
    assert _of(found, f"Posisjon: {lat}, {lon}", "nb", "GPS_COORDINATES") == [f"{lat}, {lon}"]


@pytest.mark.parametrize("n", range(3))
def test_month_glued_to_the_days_dot(found, n):
    born = _birth()
    date = f"{born.day}.{_NB_MONTHS[born.month - 1]} {born.year}"
    assert _of(found, f"Jeg er født {date} i Bergen.", "nb", "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize("n", range(3))
def test_date_glued_to_a_one_letter_abbreviation(found, n):
    born = _birth()
    short = born.strftime("%d.%m.%y")
    assert _of(found, f"Leigetakar Ola, f.{short}, har flytta.", "nn", "DATE_OF_BIRTH") == [short]
    assert _of(found, f"Kari (f.{born.isoformat()})", "nb", "DATE_OF_BIRTH") == [born.isoformat()]
    # a number's or word's dot is no abbreviation: '3.12.03.85' holds no date of its own
    assert not _of(found, f"født? nei, versjon 3.{short}", "nb", "DATE_OF_BIRTH")


@pytest.mark.parametrize("n", range(3))
def test_format_note_between_label_and_value(found, n):
    born = _birth()
    slash = born.strftime("%d/%m/%Y")
    assert _of(found, f"Date of birth (DD/MM/YYYY): {slash}", "en", "DATE_OF_BIRTH") == [slash]
    number = _digits(9)
    assert _of(found, f"Passport number (as printed on page 2): {number}", "en",
               "PASSPORT_NUMBER") == [number]


@pytest.mark.parametrize("n", range(3))
def test_twelve_digit_personnummer_with_a_space(found, n):
    pnr = _se_pnr12()
    spaced = f"{pnr[:8]} {pnr[8:]}"
    assert _of(found, f"Personnummer: {spaced}\nNamn: Eva", "sv", "SE_PERSONNUMMER") == [spaced]
    assert not _of(found, f"Ordernummer: {spaced}", "sv", "SE_PERSONNUMMER")


def _hetu(sign: str = "-") -> str:
    born = _birth()
    base = born.strftime("%d%m%y") + f"{_R.randint(2, 899):03d}"
    return base[:6] + sign + base[6:] + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base) % 31]


def _se_pnr10() -> str:
    pnr = _se_pnr12()[2:]
    return f"{pnr[:6]}-{pnr[6:]}"


@pytest.mark.parametrize("n", range(3))
def test_finnish_order_and_invoice_numbers_are_no_hetu(found, n):
    code = _hetu(_R.choice("-U"))
    for label in ("Tilausnumero", "Laskunumero:", "Viitenumero"):
        assert not _of(found, f"{label} {code}", "fi", "FI_PERSONAL_IDENTITY_CODE")
    assert _of(found, f"Henkilötunnus {code}", "fi", "FI_PERSONAL_IDENTITY_CODE") == [code]


@pytest.mark.parametrize("n", range(3))
def test_nationality_named_in_finnish(found, n):
    pnr = _se_pnr10()
    assert _of(found, f"Ruotsalainen henkilötunnus: {pnr}", "fi", "SE_PERSONNUMMER") == [pnr]
    assert _of(found, f"Ruotsalaisen vaimoni tunnus on {pnr}", "fi", "SE_PERSONNUMMER") == [pnr]


@pytest.mark.parametrize("n", range(3))
def test_more_birth_date_writings(found, n):
    born = _birth()
    for text, value, lang in ((f"Fdato {born:%d.%m.%Y}", f"{born:%d.%m.%Y}", "nb"),
                              (f"F-dato: {born:%d.%m.%Y}", f"{born:%d.%m.%Y}", "nb"),
                              (f"Birthdate: {born:%Y/%m/%d}", f"{born:%Y/%m/%d}", "en"),
                              (f"Födelsedatum {born.year}.{born.month}.{born.day}",
                               f"{born.year}.{born.month}.{born.day}", "sv"),
                              (f"Syntymäpäivä {born.day}.{born.month}.{born.year}",
                               f"{born.day}.{born.month}.{born.year}", "fi")):
        assert _of(found, text, lang, "DATE_OF_BIRTH") == [value]
    # a birthday party's date is the party's
    party = f"Syntymäpäiväjuhlat {born.day}.{born.month}.2025 kerhohuoneessa"
    assert not _of(found, party, "fi", "DATE_OF_BIRTH")


@pytest.mark.parametrize("n", range(3))
def test_coarse_pair_needs_a_place_word(found, n):
    a, b = f"{_R.randint(10, 80)}.{_digits(3)}", f"{_R.randint(10, 80)}.{_digits(3)}"
    assert not _of(found, f"Scores: {a}, {b}", "en", "GPS_COORDINATES")
    assert _of(found, f"Posisjon: {a}, {b}", "nb", "GPS_COORDINATES") == [f"{a}, {b}"]


@pytest.mark.parametrize("n", range(3))
def test_more_map_links(found, n):
    lat, lon = _coords()
    for text, value in ((f"https://www.bing.com/maps?cp={lat}~{lon}&lvl=15", f"{lat}~{lon}"),
                        (f"https://www.google.no/maps/search/{lat},+{lon}", f"{lat},+{lon}"),
                        (f"event=checkin lat={lat}&lng={lon}", f"lat={lat}&lng={lon}")):
        assert _of(found, text, "en", "GPS_COORDINATES") == [value]


@pytest.mark.parametrize("n", range(3))
def test_a_date_in_another_clause_after_the_birth_word_is_no_birth_date(found, n):
    born, other = _birth(), datetime.date(_R.randint(2010, 2024), _R.randint(1, 12), _R.randint(1, 28))
    moved = f"{other:%d.%m.%Y}"
    for text, lang in ((f"Født i Norge, kom hit {moved} og har bodd her siden.", "nb"),
                       (f"I was born here and moved {moved}.", "en"),
                       (f"Född i Sverige, inflyttad {other.isoformat()}.", "sv"),
                       (f"Født: {born:%d.%m.%Y}, død: {moved}", "nb"),
                       (f"Født {born:%d.%m.%Y} - flyttet {moved}", "nb")):
        values = _of(found, text, lang, "DATE_OF_BIRTH")
        assert moved not in values and other.isoformat() not in values, text
    # a place, or two field names in one label, between the birth word and the date stay
    assert _of(found, f"født i Bergen, {born:%d.%m.%Y}", "nb", "DATE_OF_BIRTH") == [f"{born:%d.%m.%Y}"]
    assert _of(found, f"Fødselsdato og alder: {born:%d.%m.%Y} (40)", "nb",
               "DATE_OF_BIRTH") == [f"{born:%d.%m.%Y}"]
    assert _of(found, f"Født: {born:%d.%m.%Y}, død: {moved}", "nb", "DATE_OF_BIRTH") == [f"{born:%d.%m.%Y}"]


@pytest.mark.parametrize("n", range(3))
def test_words_a_short_birth_word_begins_are_no_birth_words(found, n):
    day = f"{_R.randint(1, 28):02d}.{_R.randint(1, 12):02d}.{_R.randint(2015, 2024)}"
    for text, lang in ((f"Dobbeltrom bestilt {day}", "nb"), (f"Dobbelt booket {day}", "nb"), (f"Bornholm trip on {day}", "en"),
                       (f"Borne by the tenant from {day}", "en")):
        assert not _of(found, text, lang, "DATE_OF_BIRTH")
    assert _of(found, f"DOB {day}", "en", "DATE_OF_BIRTH") == [day]


@pytest.mark.parametrize("n", range(3))
def test_a_form_laid_out_as_two_columns_labels_each_row(found, n):
    born = _birth()
    for text, lang in ((f"Navn\tKari\nFødselsdato\t{born:%d.%m.%Y}", "nb"),
                       (f"Henkilötiedot:\nNimi\tMatti\nSyntymäaika\t{born.day}.{born.month}.{born.year}", "fi")):
        assert len(_of(found, text, lang, "DATE_OF_BIRTH")) == 1, text
    number = _digits(8)
    assert _of(found, f"Navn\tKari\nPassnummer\t{number}", "nb", "PASSPORT_NUMBER") == [number]
    # a data row under a header still needs its own column's header
    assert not _of(found, f"Fødselsdato\tBestilt\nKari\t{born:%d.%m.%Y}", "nb", "DATE_OF_BIRTH")


@pytest.mark.parametrize("n", range(3))
def test_a_birthday_this_year_or_last_is_the_celebration(found, n):
    this_year = datetime.date.today().year
    party = datetime.date(_R.choice((this_year - 1, this_year)), _R.randint(1, 12), _R.randint(1, 28))
    party = min(party, datetime.date.today())
    for text, value, lang in ((f"Fødselsdagen feires {party:%d.%m.%Y} i festlokalet.", f"{party:%d.%m.%Y}", "nb"),
                              (f"Födelsedagen firas {party.isoformat()}.", party.isoformat(), "sv"),
                              (f"Her birthday is celebrated on {party:%d.%m.%Y}.", f"{party:%d.%m.%Y}", "en")):
        assert value not in _of(found, text, lang, "DATE_OF_BIRTH")
    born = _birth()
    assert _of(found, f"Fødselsdagen min er {born:%d.%m.%Y}.", "nb", "DATE_OF_BIRTH") == [f"{born:%d.%m.%Y}"]
    # a recent date after a birth word is a child's birth date
    assert _of(found, f"Sønnen min ble født {party:%d.%m.%Y}.", "nb", "DATE_OF_BIRTH") == [f"{party:%d.%m.%Y}"]


@pytest.mark.parametrize("n", range(3))
def test_hemisphere_letters_in_lower_case_after_minutes_or_glued(found, n):
    lat, lon = _coords()
    glued = f"{lat}n {lon}e"
    assert _of(found, f"position {glued} ok", "en", "GPS_COORDINATES") == [glued]
    dms = f"{_R.randint(55, 70)}° {_R.randint(10, 59)}' {_R.randint(10, 59)}\" n, " \
          f"{_R.randint(5, 30)}° {_R.randint(10, 59)}' {_R.randint(10, 59)}\" ø"
    assert _of(found, f"posisjon {dms}", "nb", "GPS_COORDINATES") == [dms]
    # a short text in capitals: its hemisphere letters count (escapes._shouting keeps them)
    assert _of(found, f"GPS: {lat}N {lon}E", "fi", "GPS_COORDINATES") == [f"{lat}N {lon}E"]


@pytest.mark.parametrize("n", range(3))
def test_a_birthday_with_a_verb_of_celebrating_is_the_party(found, n):
    day = datetime.date(_R.randint(2012, 2022), _R.randint(1, 12), _R.randint(1, 28))
    for text, value, lang in ((f"Fødselsdagen hans ble feiret {day:%d.%m.%Y}.", f"{day:%d.%m.%Y}", "nb"),
                              (f"Födelsedagen firades {day.isoformat()}.", day.isoformat(), "sv"),
                              (f"Her birthday was celebrated on {day:%d.%m.%Y}.", f"{day:%d.%m.%Y}", "en")):
        assert value not in _of(found, text, lang, "DATE_OF_BIRTH")
    born = _birth()
    assert _of(found, f"My birthday is {born:%d.%m.%Y}.", "en", "DATE_OF_BIRTH") == [f"{born:%d.%m.%Y}"]
