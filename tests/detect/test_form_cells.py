"""A form laid out in cells (label TAB value TAB label TAB value, as OCR lays out a
two-column form): the label cell before a value labels it, though the row above has tabs."""

from __future__ import annotations

import random

import pytest
from faker import Faker


@pytest.mark.parametrize("seed", range(4))
def test_a_label_cell_labels_the_value_after_it(found, seed):
    fake, rng = Faker("no_NO"), random.Random(seed)
    fake.seed_instance(seed)
    born = fake.date_of_birth(minimum_age=18, maximum_age=90)
    date = born.strftime(rng.choice(["%d/%m/%Y", "%d.%m.%Y"]))
    passport = f"{rng.choice('ABCDFG')}{rng.choice('ABCDFG')}{rng.randint(1000000, 9999999)}"
    text = (f"Navn:\t{fake.first_name()} {fake.last_name()}\tKundenr:\t{rng.randint(10000, 99999)}\n"
            f"Fødselsdato:\t{date}\tPassnummer:\t{passport}\n")
    got = found(text)
    assert ("DATE_OF_BIRTH", date) in got and ("PASSPORT_NUMBER", passport) in got, text


def test_another_columns_label_still_labels_nothing(found):
    # the header row's birth word labels its own column, not the order date's
    assert not [f for f in found("Dato\tDOB\n11.01.2024\t12.08.1953") if f[1] == "11.01.2024"]
    assert not [f for f in found("Ordre:\t11.01.2024\tDOB:\t12.08.1953") if f[1] == "11.01.2024"]
