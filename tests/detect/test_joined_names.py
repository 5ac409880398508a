import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import is_common
from pii_scanner.detect.joined_names import joined_names


def _pairs(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    firsts = sorted(k for k in gazetteers.common_first_names() if len(k) > 2 and not is_common(k))
    lasts = sorted(k for k in gazetteers.surnames() if len(k) > 3 and not is_common(k)
                   and k.isalpha() and k not in gazetteers.first_names())
    return [(rng.choice(firsts), rng.choice(lasts)) for _ in range(n)]


TEMPLATES = [
    "Brukernavn: {f}.{l}",
    "@{f}.{l} kan du se på denne?",
    "Vedlegg: CV_{F}_{L}.pdf",
    "Fil: kontrakt_{f}_{l}_2024.docx",
    "Profil: https://www.linkedin.com/in/{f}-{l}-3b2a1/",
    "Se {F}_{L}_søknad.pdf i vedlegget.",
]


@pytest.mark.parametrize("first, last", _pairs(6, seed=31))
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_first_name_and_surname_joined_in_one_token_is_a_person(found, template, first, last):
    text = template.format(f=first, l=last, F=first.capitalize(), L=last.capitalize())
    names = [v.lower() for t, v in found(text) if t == "PERSON"]
    assert any(first in v and last in v for v in names), (text, found(text))


def test_the_span_covers_the_name_parts_only():
    text = "Fil: kontrakt_kari_olsen_2024.pdf"
    [(start, end, why)] = joined_names(text)
    assert text[start:end] == "kari_olsen" and why == "file name"


@pytest.mark.parametrize("text", [
    "Send det på e-post til oss, ikke sms-varsel.",  # hyphenated compounds in prose
    "Se www.kari.no og firma.no/produkter/mari-kjole for mer.",  # a domain, a shop's path
    "Loggen viser user_id=42 og session.timeout=30.",
    "Feil i modul payment_gateway.retry_count.",
    "Takk for svaret.Hilsen oss",
])
def test_joined_tokens_without_a_name_are_not_people(text):
    assert joined_names(text) == []


def test_an_address_local_part_is_left_to_the_email_recognizer():
    assert joined_names("Skriv til kari.nordmann@example.com i dag.") == []
