import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.name_columns import column_names


def _people(count, seed):
    rng = random.Random(seed)
    pick = lambda names: sorted(n for n in names if n.isalpha() and len(n) > 3  # noqa: E731
                                and n not in common_words())
    firsts, lasts = pick(gazetteers.common_first_names()), pick(gazetteers.surnames())
    return [(rng.choice(firsts).title(), rng.choice(lasts).title()) for _ in range(count)]


@pytest.mark.parametrize("header, row", [
    ("fornavn;etternavn;telefon", "{f};{l};41234567"),
    ("first_name,last_name,email", "{f},{l},{f}.{l}@example.com"),
    ("Etternavn\tFornavn\tBy", "{l}\t{f}\tOslo"),
    ('"Förnamn";"Efternamn"', '"{f}";"{l}"'),
])
@pytest.mark.parametrize("first, last", _people(4, seed=5))
def test_cells_under_name_columns_are_names(found, header, row, first, last):
    text = f"Se eksporten:\n{header}\n{row.format(f=first, l=last)}\n{row.format(f=last, l=first)}\n"
    got = found(text)
    for value in (first, last):
        assert sum(1 for t, v in got if t == "PERSON" and v == value) == 2, (value, got)


def test_a_bare_name_column_needs_a_listed_name_and_other_columns_are_not_read():
    products = "name,price\nWidget Pro,200\nCable,20\nCable Set,40\n"
    assert column_names(products) == []
    (first, last), = _people(1, seed=9)
    people = f"Name | Phone\n{first} {last} | 41234567\nTotal | 2\n"
    assert [people[a:b] for a, b, _ in column_names(people)] == [f"{first} {last}"]
    # rows end at a blank line or a row with another number of fields
    ended = f"navn;tlf\n{first};1\n\n{last};2\n"
    assert [ended[a:b] for a, b, _ in column_names(ended)] == [first]


def test_prose_with_the_word_name_and_commas_is_no_table():
    text = "My name is on the invoice, but the address is wrong.\nCan you fix it, please?"
    assert column_names(text) == []


def test_the_header_gate_never_hides_a_name_column():
    """The one-search gate accepts every name header in each spelling the column reader
    accepts (spaces or hyphens for '_', quotes, capitals, a CRLF line end, any position)."""
    from pii_scanner.detect.name_columns import NAME_HEADERS, column_names

    for header in sorted(NAME_HEADERS):
        for spelled in {header, header.replace("_", " "), header.replace("_", "-"),
                        f'"{header.title()}"', header.upper()}:
            for line in (f"{spelled};telefon", f"telefon;{spelled}\r", f"id\t{spelled}\tepost"):
                cells = line.rstrip("\r").split("\t" if "\t" in line else ";")
                row = ["Kari Hansen" if c == spelled else "41234567" for c in cells]
                sep = "\t" if "\t" in line else ";"
                text = f"Se tabellen:\n{line}\n{sep.join(row)}\n"
                assert column_names(text), text


def test_a_double_barrelled_surname_under_a_bare_name_header(found):
    # 'Namn;Personnummer' over 'Per Lundkvist-Arvidsson;...': each part of the surname listed
    from faker import Faker

    from pii_scanner.detect import gazetteers

    fake = Faker("sv_SE")
    fake.seed_instance(11)
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    checked = 0
    while checked < 8:
        given, one, two = fake.first_name_male(), fake.last_name(), fake.last_name()
        if given.lower() not in first or one.lower() not in surnames or two.lower() not in surnames \
                or one == two:
            continue
        name = f"{given} {one}-{two}"
        assert ("PERSON", name) in found(f"Namn;Kundnr\n{name};12\n", "sv")
        checked += 1


@pytest.mark.parametrize("first, last", _people(3, seed=14))
def test_a_name_column_holds_a_surname_first_form_and_a_shortened_surname(first, last):
    """Under 'Navn' in a pasted sheet: 'Hansen, Kari' and 'Kari H.' are names too (round 14:
    most of its PERSON misses in sheets); a cell that is no name stays out."""
    rows = [f"{last}, {first}", f"{first} {last[0]}.", "Totalt"]
    text = "Navn\tTelefon\n" + "".join(f"{row}\t4123456{i}\n" for i, row in enumerate(rows))
    assert [text[a:b] for a, b, _ in column_names(text)] == rows[:2]


@pytest.mark.parametrize("first_label, second_label", [("Fornavn", "Etternavn"),
                                                       ("Förnamn", "Efternamn"),
                                                       ("First name", "Last name")])
def test_a_forms_next_label_under_its_first_is_no_name(first_label, second_label):
    """A form read as two-cell rows ('Fornavn<TAB>Kari' over 'Etternavn<TAB>Hansen') looks like
    a name column headed 'Fornavn': its next label is a label, not a name in it."""
    (first, last), = _people(1, seed=11)
    form = f"{first_label}\t{first}\n{second_label}\t{last}\n"
    assert second_label not in [form[a:b] for a, b, _ in column_names(form)]
