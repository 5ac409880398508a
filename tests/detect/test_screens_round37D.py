"""Round 37D (screenshot leftovers in OCR'd text): a letterhead's street line with the firm's
register number after it (``Skatteetaten`` / ``Jenssenekra 24, Org.nr. …``): a compound-only
street ending opening its line, whose house number is followed by an organisation number's
label, is the firm's address whatever the name line above it; a Nordic number label's
abbreviation (``reg.nr.``) after an ``@`` OCR read is no address's domain. Near misses keep
their old reading."""

from __future__ import annotations

import random

from stdnum.no import orgnr

from .generated import values_of

_R = random.Random(3704)


def _orgnr() -> str:
    """A valid organisation number (mod 11), drawn."""
    while True:
        number = str(_R.randint(80000000, 99999999)) + str(_R.randint(0, 9))
        if orgnr.is_valid(number):
            return number


def test_a_compound_street_before_the_firms_org_number_is_its_address(found):
    text = f"Skatteetaten\n\nJenssenekra 24, Org.nr. {_orgnr()}\n"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == ["Jenssenekra 24"]
    text = f"Statens vegvesen\nAndreassengropa 590, org.nr. {_orgnr()}\n"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == ["Andreassengropa 590"]


def test_no_street_without_a_letterheads_shape(found):
    number = _orgnr()
    for text in (f"Toppen 5, Org.nr. {number}\n",  # a compound-only ending alone
                 f"Vi var på Sandvikhavna 9, org.nr. {number}\n",  # not opening its line
                 f"Sandvikhavna 9 er stengt, org.nr. {number}\n",  # more words after the number
                 f"Sandvikhavna 9, ordre {number}\n",  # no register number's label
                 f"Sandvikhavna 9, Org.nr. {number}\n",  # no name line above it
                 f"Kari Hansen\nSandvikhavna 9, Org.nr. {number}\n"):  # a person's name line above
        assert values_of(found, text, "nb", "STREET_ADDRESS") == [], text


def test_a_number_labels_abbreviation_is_no_domain(found):
    for text in ("E-post\tBil@ns.reg.nr.\n", "Kontakt: ola@ns.org.nr\n", "Tlf: kari.berg@mob.nr.\n"):
        assert values_of(found, text, "nb", "EMAIL_ADDRESS") == [], text


def test_real_addresses_keep_their_domain(found):
    text = "Skriv til kari.berg@firma.no. Eller per@gov.nr\n"
    assert values_of(found, text, "nb", "EMAIL_ADDRESS") == ["kari.berg@firma.no", "per@gov.nr"]
