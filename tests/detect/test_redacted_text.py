"""Zendesk replaces redacted text by runs of U+2587 (▇); a run is never a finding."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pii_scanner.detect.engine import build_detector

BLOCK = "\u2587"


def _redacted_texts(n: int) -> list[str]:
    """Helpdesk-shaped texts whose personal values were all redacted (same lengths)."""
    fake, rng = Faker("no_NO"), random.Random(5)
    fake.seed_instance(5)

    def r(value: str) -> str:
        return "".join(BLOCK if not c.isspace() else c for c in value)

    out = []
    for _ in range(n):
        name, email, phone = fake.name(), fake.email(), fake.phone_number()
        street = fake.street_address()
        shape = rng.randrange(4)
        if shape == 0:
            out.append(f"Hei {r(name)},\nTakk for henvendelsen.\nMed vennlig hilsen\n{r(fake.name())}")
        elif shape == 1:
            out.append(f"Fra: {r(name)} <{r(email)}>\nTil: support\n\nRing meg på {r(phone)}.")
        elif shape == 2:
            out.append(f"Ny leietaker {r(name)}, fnr {r('010203 12345')}, tlf {r(phone)}, "
                       f"adresse {r(street)}, {fake.postcode()} {r(fake.city())}.")
        else:
            out.append(f"{r(name)}\n{r(phone)}\n{r(email)}\n\n{BLOCK * rng.randint(3, 40)}")
    return out


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "with-ner"])
def any_detector(request, detector):
    return build_detector() if request.param else detector


@pytest.mark.parametrize("text", _redacted_texts(24))
def test_redaction_blocks_are_never_findings(any_detector, text):
    for f in any_detector.analyze(text, "nb"):
        assert BLOCK not in text[f.start:f.end], (f.entity_type, f.recognizer)


def test_values_next_to_redacted_ones_are_still_found(detector):
    fake = Faker("no_NO")
    fake.seed_instance(11)
    email = fake.email()
    text = f"Fra: {BLOCK * 9} <{email}>"
    assert [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text)] \
        == [("EMAIL_ADDRESS", email)]
