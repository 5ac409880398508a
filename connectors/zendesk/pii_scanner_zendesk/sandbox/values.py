"""Placeholder values for one ticket's templates, drawn lazily from one seeded RNG."""

from __future__ import annotations

import random
import re

from . import identifiers as ids
from .people import Person, ascii_slug, make_person
from .phrases import NOT_PERSONAL
from .planted import Text
from .vocab import Vocab

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NATIONAL = {"no": "NO_FODSELSNUMMER", "se": "SE_PERSONNUMMER", "dk": "DK_CPR"}
PRODUCTS = ("Bygdata Portal", "Bygdata Vaktmester", "Bygdata Regnskap", "Beboerappen")


class Values:
    """Maps template keys to (entity type or None, value); each key is drawn once."""

    def __init__(self, rng: random.Random, vocab: Vocab, requester: Person, agent: Person,
                 org_name: str) -> None:
        self.rng, self.vocab = rng, vocab
        self.people: dict[str, Person] = {"": requester}
        self.agent = agent
        self.org_name = org_name
        self._cache: dict[str, tuple[str | None, str]] = {}

    def person(self, suffix: str) -> Person:
        if suffix not in self.people:
            self.people[suffix] = make_person(self.rng, self.vocab)
        return self.people[suffix]

    def get(self, key: str) -> tuple[str | None, str]:
        if key not in self._cache:
            value = self._draw(key)
            self._cache[key] = (None if key in NOT_PERSONAL else value[0], value[1])
        return self._cache[key]

    def _draw(self, key: str) -> tuple[str | None, str]:  # noqa: C901 - a flat lookup table
        rng = self.rng
        stem = re.match(r"[a-z]*", key).group()
        person_stem = next((s for s in ("name", "first", "email", "phone", "addr") if key.startswith(s)), None)
        if person_stem and key != "email_obf":
            p, stem = self.person(key[len(person_stem):]), person_stem
            return {"name": ("PERSON", p.name), "first": ("PERSON", p.first),
                    "email": ("EMAIL_ADDRESS", p.email), "phone": ("PHONE_NUMBER", p.phone),
                    "addr": ("STREET_ADDRESS", p.address)}[stem]
        table = {
            "pid": lambda: self._national(self.people[""].country),
            "fnr": lambda: ("NO_FODSELSNUMMER", ids.no_fodselsnummer(rng, "f", rng.random() < 0.3)),
            "dnr": lambda: ("NO_FODSELSNUMMER", ids.no_fodselsnummer(rng, "d")),
            "se": lambda: ("SE_PERSONNUMMER", ids.se_personnummer(rng, rng.random() < 0.2)),
            "cpr": lambda: ("DK_CPR", ids.dk_cpr(rng)),
            "hetu": lambda: ("FI_PERSONAL_IDENTITY_CODE", ids.fi_hetu(rng)),
            "dob": lambda: ("DATE_OF_BIRTH", ids.date_of_birth(rng)),
            "acct": lambda: ("NO_BANK_ACCOUNT", ids.no_bank_account(rng)),
            "iban": lambda: ("IBAN_CODE", ids.iban_code(rng, "NO")),
            "iban_se": lambda: ("IBAN_CODE", ids.iban_code(rng, "SE")),
            "iban_dk": lambda: ("IBAN_CODE", ids.iban_code(rng, "DK")),
            "card": lambda: ("CREDIT_CARD", ids.credit_card(rng)),
            "orgnr": lambda: ("NO_ORGNR", ids.no_orgnr(rng, rng.random() < 0.5)),
            "ip": lambda: ("IP_ADDRESS", ids.ip_address(rng)),
            "gps": lambda: ("GPS_COORDINATES", ids.gps(rng)),
            "passport": lambda: ("PASSPORT_NUMBER", ids.passport(rng, self.people[""].country)),
            "email_obf": lambda: ("EMAIL_ADDRESS", self._obfuscated()),
            "agent": lambda: ("PERSON", self.agent.name),
            "agent_first": lambda: (None, self.agent.first),
            "org": lambda: (None, self.org_name),
            "date": lambda: (None, f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2022, 2025)}"),
            "order": lambda: (None, ids.bad_checksum_number(rng, rng.choice((9, 11)))),
            "kid": lambda: (None, ids.bad_checksum_number(rng, rng.choice((8, 10, 12)))),
            "case": lambda: (None, f"SAK-{rng.randint(10000, 99999)}"),
            "amount": lambda: (None, f"{rng.randint(300, 48000):,}".replace(",", " ")),
            "product": lambda: (None, rng.choice(PRODUCTS)),
        }
        draw = table.get(key) or table.get(stem)
        if draw is None:
            raise KeyError(key)
        return draw()

    def _national(self, country: str) -> tuple[str, str]:
        rng = self.rng
        value = {"no": lambda: ids.no_fodselsnummer(rng, rng.choice("fffd"), rng.random() < 0.3),
                 "se": lambda: ids.se_personnummer(rng), "dk": lambda: ids.dk_cpr(rng)}[country]()
        return _NATIONAL[country], value

    def _obfuscated(self) -> str:
        p = self.person("2")
        local, domain = p.email.split("@")
        if self.rng.random() < 0.5:
            return f"{local}(at){domain}"
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"

    def fill(self, text: Text, template: str) -> Text:
        """Append ``template`` to ``text``: literal parts escaped, newlines as ``<br>``."""
        for n, part in enumerate(_PLACEHOLDER.split(template)):
            if n % 2:
                entity, value = self.get(part)
                text.pii(entity, value) if entity else text.add(value)
                continue
            for m, line in enumerate(part.split("\n")):
                if m:
                    text.raw("<br>")
                if line:
                    text.add(line)
        return text

    def slug(self, key: str) -> str:
        return ascii_slug(self.get(key)[1], "_")
