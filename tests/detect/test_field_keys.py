"""A structured field keyed by a person label (``"kunde": "..."``, ``contactPerson``, ``<customer>``)
names a person as the label does in prose; company values and placeholders do not."""

from __future__ import annotations

import json

import pytest
from faker import Faker

_KEYS = ("kunde", "customer", "contactPerson", "created_by", "assignedTo", "requester",
         "avsender", "leietaker")


def _names(count: int) -> list[str]:
    """Names the lists cannot back alone: a foreign surname, with or without a Norwegian
    first name."""
    no, en = Faker("no_NO"), Faker("en_US")
    no.seed_instance(4)
    en.seed_instance(4)
    return [f"{no.first_name()} {en.last_name()}" if i % 2 else en.last_name()
            for i in range(count)]


def _people(found, text):
    return [value for kind, value in found(text) if kind == "PERSON"]


def test_a_json_value_under_a_person_label_is_a_name(found):
    for i, name in enumerate(_names(24)):
        source = json.dumps({"id": 100 + i, _KEYS[i % len(_KEYS)]: name, "status": "open"})
        assert name in _people(found, source), source


@pytest.mark.parametrize("template", ["<kunde>{}</kunde>", "created_by=\"{}\"",
                                      "assignedTo: '{}'", "  contact_person: \"{}\""])
def test_xml_attributes_and_yaml_keys_too(found, template):
    for name in _names(6):
        source = template.format(name)
        assert name in _people(found, source), source


@pytest.mark.parametrize("key", ["product", "plan", "city", "user", "status"])
def test_other_keys_name_no_one(found, key):
    for name in _names(6)[::2]:  # single unknown surnames: only a cue could make them names
        source = json.dumps({key: name})
        assert _people(found, source) == [], source


@pytest.mark.parametrize("value", ["Acme AS", "Berg Bygg AS", "Platform Team", "Unknown",
                                   "Guest", "Anonymous", "System", "Ukjent", "Gjest", "Privat"])
@pytest.mark.parametrize("shape", ["{{\"customer\": \"{}\"}}", "Kunde: {}", "<kunde>{}</kunde>",
                                   "{{\"created_by\": \"{}\"}}"])
def test_companies_teams_and_placeholders_under_a_label_are_no_person(found, shape, value):
    assert _people(found, shape.format(value)) == []


@pytest.mark.parametrize("value", ["Send e-post", "Skriv til oss", "Klikk her", "Reply to this"])
def test_an_instruction_after_a_contact_label_is_no_person(found, value):
    assert _people(found, f"Kontakt: {value}") == []
