import pytest


@pytest.mark.parametrize("text, value", [
    ("Född: 8 augusti 1950", "8 augusti 1950"),
    ("Eg er fødd 3. august 2003 og", "3. august 2003"),
    ("Fødselsdato: 19.08.1979", "19.08.1979"),
    ("Date of birth: 1971-06-19", "1971-06-19"),
    ("Date of birth: 11/06/1982", "11/06/1982"),
    ("Berit Solheim, født 6. november 1977", "6. november 1977"),
])
def test_dates_with_birth_context(found, text, value):
    assert ("DATE_OF_BIRTH", value) in found(text)


def test_other_dates_are_not_birth_dates(found):
    assert found("Jeg flytter ut 15.07.2023. Møte 3. august 2003.") == []
    assert found("født 31.02.1980") == []


def test_a_year_set_off_by_a_space_after_its_dot(found):
    assert ("DATE_OF_BIRTH", "20.02. 1990") in found("Fødselsdato/Date of birth\n20.02. 1990")
    assert ("DATE_OF_BIRTH", "3. 4. 1985") in found("Født 3. 4. 1985 i Bergen")
    assert found("Møtet er 20.02. 2024 kl 10") == []        # no birth word
    assert found("født 20.02. 19901 stk") == []              # five digits: no year
    assert found("født 12. 2. 20 år siden") == []           # a two-digit 'year' after a space


def test_abbreviated_birth_marker(found):
    assert ("DATE_OF_BIRTH", "12.03.1985") in found("Pasienten er f. 12.03.1985 og bor her")
    assert found("Se ref. 12.03.1985 i arkivet") == []


def test_compact_birth_dates_under_a_birth_word(found):
    assert ("DATE_OF_BIRTH", "120385") in found("Født: 120385")
    assert ("DATE_OF_BIRTH", "12031985") in found("født 12031985")
    assert found("Ordre 120385") == []          # no birth word
    assert found("født 993385") == []           # no such date


def test_an_old_date_on_an_identity_document_is_its_birth_date(found):
    scan = "PASS / PASSPORT\nJan-Erik Hall\n91043324\n13.08.1948"
    assert ("DATE_OF_BIRTH", "13.08.1948") in found(scan)
    assert ("DATE_OF_BIRTH", "17/1/1989") in found("LEGITIMASJON\nNicoline Sørum\n17/1/1989")


def test_recent_dates_on_an_id_and_old_dates_elsewhere_are_not(found):
    issued = "PASS / PASSPORT\nKari Nordmann\nUtstedt 12.03.2021\nGyldig til 12.03.2031"
    assert [v for t, v in found(issued) if t == "DATE_OF_BIRTH"] == []
    assert found("Pass på at kontrakten fra 01.05.2005 er signert") == []  # not a heading
    assert found("Møte 13.08.1948 om historie") == []


@pytest.mark.parametrize("text", ['{"dateOfBirth":"1985-03-12"}', "birth_date=1985-03-12&lang=no",
                                  "Date of birth: 1985-03-12T00:00:00Z", "date_of_birth;1985-03-12"])
def test_birth_dates_in_exports_and_api_payloads(found, text):
    assert ("DATE_OF_BIRTH", "1985-03-12") in found(text, "en")


def test_a_timestamp_without_a_birth_word_is_no_birth_date(found):
    assert found("Opprettet 1985-03-12T10:12:00Z") == []


def _us_dates(count):
    import random

    rng = random.Random(5)
    return [f"{rng.randint(1, 12):02d}/{rng.randint(13, 28)}/{rng.randint(1940, 2005)}"
            for _ in range(count)]


@pytest.mark.parametrize("date", _us_dates(6))
def test_a_month_first_birth_date_is_found(found, date):
    assert ("DATE_OF_BIRTH", date) in found(f"My date of birth is {date} and I", "en")
    assert ("DATE_OF_BIRTH", date) in found(f"DOB: {date}", "en")


def test_impossible_month_first_and_dotted_forms_are_not_dates(found):
    assert found("DOB: 13/23/1979", "en") == []
    assert found("Født 11.23.1979", "nb") == []


def _birth_days(count):
    import random

    rng = random.Random(9)
    return [(rng.randint(1, 28), rng.randint(1, 12), rng.randint(1935, 2005)) for _ in range(count)]


@pytest.mark.parametrize("day, month, year", _birth_days(5))
def test_danish_dashed_and_swedish_compact_birth_dates(found, day, month, year):
    for text, lang, value in [(f"født d. {day}/{month}-{year}", "da", f"{day}/{month}-{year}"),
                              (f"Fødselsdag: {day}/{month} {year}", "da", f"{day}/{month} {year}"),
                              (f"Født {day:02d}-{month:02d}-{year}", "da", f"{day:02d}-{month:02d}-{year}"),
                              (f"Födelsedatum: {year}{month:02d}{day:02d}", "sv",
                               f"{year}{month:02d}{day:02d}")]:
        assert ("DATE_OF_BIRTH", value) in found(text, lang)
    # the first eight digits of a 12-digit personnummer are no separate birth date
    assert not any(t == "DATE_OF_BIRTH"
                   for t, _ in found(f"Född: {year}{month:02d}{day:02d}-1234", "sv"))
    assert found(f"Født {day:02d}-{month:02d}-{year + 1000}", "da") == []


def _dates(count, seed):
    import datetime
    import random

    rng = random.Random(seed)
    return [datetime.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
            for _ in range(count)]


@pytest.mark.parametrize("date", _dates(4, seed=3))
@pytest.mark.parametrize("before", ["Født {y}? Nei, kjøpt ", "Jeg er født i Bergen. Kjøpt ",
                                    "Born in {y}! Invoice dated "])
def test_a_birth_word_in_the_sentence_before_does_not_make_a_birth_date(found, date, before):
    value = date.strftime("%d.%m.%Y")
    text = before.format(y=date.year) + value + "."
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found(text))
    assert ("DATE_OF_BIRTH", value) in found(f"Hun er født {value}. Kjøpt i går.")
    assert ("DATE_OF_BIRTH", value) in found(f"Navn: Ola Olsen, f. {value}")


def test_a_german_birth_date_label(found):
    assert ("DATE_OF_BIRTH", "03.03.1985") in found("Geburtsdatum: 03.03.1985")


@pytest.mark.parametrize("seed", range(3))
def test_a_birthday_event_dates_the_party_not_a_birth(found, seed):
    import random

    rng = random.Random(seed)
    party = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2026)}"
    born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1940, 2005)}"
    for text in (f"Fødselsdagsfeiring {party} – vi bestiller kake til kontoret.",
                 f"Bursdagsfesten {party} er avlyst.",
                 f"Birthday party on {party} at the office."):
        assert not any(t == "DATE_OF_BIRTH" for t, _ in found(text)), text
    assert ("DATE_OF_BIRTH", born) in found(f"Fødselsdag: {born}")
    assert ("DATE_OF_BIRTH", born) in found(f"Født {born}, fødselsdagsfeiring {party}")


_FI_MONTHS = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
              "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
              "joulukuuta")


@pytest.mark.parametrize("seed", range(4))
def test_finnish_birth_dates(found, seed):
    """'syntynyt' / 'synt.' (born) before a date, and Finnish month names day first."""
    import random

    rng = random.Random(seed)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1935, 2005)
    numeric = f"{day}.{month}.{year}"
    spelled = f"{day}. {_FI_MONTHS[month - 1]} {year}"
    assert ("DATE_OF_BIRTH", numeric) in found(f"Tyttäreni on syntynyt {numeric}.", "fi")
    assert ("DATE_OF_BIRTH", numeric) in found(f"Olen Kari Rajala, synt. {numeric}.", "fi")
    assert ("DATE_OF_BIRTH", spelled) in found(f"Minä, syntynyt {spelled}, pyydän", "fi")
    assert ("DATE_OF_BIRTH", spelled) in found(f"Syntymäaika: {spelled}", "fi")
    # a date without a birth word stays a date
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found(f"Muuttopäivä {spelled}.", "fi"))
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found(f"Eräpäivä {numeric}", "fi"))


@pytest.mark.parametrize("label", ["I was born on the", "DOB:", "Date of birth", "born"])
@pytest.mark.parametrize("day, sep, month, year", [
    ("4th", " of ", "March", "1987"), ("1st", " ", "Jan", "1990"), ("22nd", " of ", "December, ", "1979"),
    ("12", "-", "May-", "1990"), ("03", "-", "Oct-", "1964"),
])
def test_english_ordinals_and_hyphenated_month_names(found, label, day, sep, month, year):
    value = f"{day}{sep}{month}{'' if month.endswith(('-', ' ')) else ' '}{year}"
    assert ("DATE_OF_BIRTH", value) in found(f"{label} {value}, thanks.")
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found(f"The meeting on the {value} was moved."))


def test_finnish_s_abbreviation_for_born(found):
    """'s.' (syntynyt) before a date, as Finnish registers and CVs write it."""
    assert ("DATE_OF_BIRTH", "12.3.1980") in found("Matti Virtanen, s. 12.3.1980, asuu Tampereella.", "fi")
    assert ("DATE_OF_BIRTH", "4.11.1975") in found("Asiakas: Liisa Korhonen (s. 4.11.1975)", "fi")
    # a word ending in s before a date is no abbreviation ('Kiitos. 12.3.1980' is a sentence)
    assert not [f for f in found("Pyysin tietoja kuukausia. 12.3.1980 oli eri asia.", "fi")
                if f[0] == "DATE_OF_BIRTH"]


def test_swedish_year_first_six_digits_under_a_birth_word(found):
    assert ("DATE_OF_BIRTH", "740118") in found("Anna Berg, född 740118, bor i Umeå.", "sv")
    assert found("född 741318", "sv") == []      # no such month either way
    # day first stays the reading where it is a date ('Født: 120385' is 12 March 1985)
    assert ("DATE_OF_BIRTH", "120385") in found("Født: 120385")
