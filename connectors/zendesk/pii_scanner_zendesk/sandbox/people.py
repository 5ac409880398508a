"""Synthetic people, users and organisations of the sandbox helpdesk.

The vendor is the invented "Bygdata Systemer AS" (property-management software); its
customers are housing co-ops, property managers and their tenants.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from . import identifiers as ids
from .layout import AGENTS, GROUP_IDS, IDENTITY_BASE, PHOTO_BASE, Layout
from .planted import Text
from .vocab import DK_PLACES, DK_STREETS, SE_PLACES, SE_STREETS, STREETS, Vocab

VENDOR = "Bygdata Systemer AS"
VENDOR_DOMAIN = "bygdata.example"
LANG_BY_COUNTRY = {"no": ("nb", "nb", "nb", "nn", "en"), "se": ("sv",), "dk": ("da",)}
ORG_KINDS = ("Borettslag", "Sameiet", "Eiendom AS", "Boligbyggelag", "Forvaltning AS", "Gårdsselskap AS")


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    country: str
    lang: str
    email: str
    phone: str
    street: str
    postcode: str
    city: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})


def ascii_slug(text: str, sep: str = ".") -> str:
    text = text.lower().translate(_FOLD)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(part for part in "".join(c if c.isalnum() else " " for c in text).split())


def make_person(rng: random.Random, vocab: Vocab, domain: str | None = None) -> Person:
    country = rng.choices(("no", "se", "dk"), (75, 15, 10))[0]
    first, last = rng.choice(vocab.first[country]), rng.choice(vocab.last[country])
    if country == "no":
        code, city = rng.choice(vocab.postal)
        street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(('', '', 'B', ' H0201'))}"
    else:
        code, city = rng.choice(SE_PLACES if country == "se" else DK_PLACES)
        street = f"{rng.choice(SE_STREETS if country == 'se' else DK_STREETS)} {rng.randint(1, 90)}"
    f_slug, l_slug = ascii_slug(first), ascii_slug(last)
    local = rng.choice((f"{f_slug}.{l_slug}", f"{f_slug}{rng.randint(1, 99)}", f"{f_slug[:1]}{l_slug.replace('.', '')}"))
    email = f"{local}@{domain or rng.choice(vocab.freemail)}"
    return Person(first, last, country, rng.choice(LANG_BY_COUNTRY[country]), email,
                  ids.phone(rng, country), street, code, city.title())


@dataclass(frozen=True, slots=True)
class GenOrg:
    index: int
    id: int
    name: str
    domain_names: tuple[str, ...]
    notes: str
    details: str
    fields: tuple[tuple[str, str], ...]
    tags: tuple[str, ...]
    group_id: int | None
    shared_tickets: bool
    created_ts: int
    updated_ts: int
    deleted: bool
    planted: tuple[tuple[str, str, str], ...]  # (entity, value, field)


def make_org(layout: Layout, vocab: Vocab, index: int) -> GenOrg:
    rng = random.Random(f"{layout.seed}:org:{index}")
    kind = rng.choice(ORG_KINDS)
    stem = rng.choice(STREETS).split()[0] if "Eiendom" not in kind else rng.choice(vocab.last["no"])
    name = f"{stem} {kind}" if kind[0].isupper() and "AS" in kind else f"{kind} {stem} {rng.randint(1, 9)}"
    domain = f"{ascii_slug(name, '-')}.no"
    contact = make_person(rng, vocab, domain)
    planted: list[tuple[str, str, str]] = []
    notes = Text().add("Kontaktperson: ").pii("PERSON", contact.name).add(", tlf ") \
        .pii("PHONE_NUMBER", contact.phone).add(". Styreleder ønsker varsel på e-post ") \
        .pii("EMAIL_ADDRESS", contact.email).add(".")
    if rng.random() < 0.3:
        notes.add(" Faktureres via ").pii("NO_BANK_ACCOUNT", ids.no_bank_account(rng)).add(".")
    details = Text().add("Besøksadresse: ").pii("STREET_ADDRESS", contact.address)
    orgnr = ids.no_orgnr(rng, spaced=False)
    fields = {"orgnr": orgnr, "kundenummer": ids.bad_checksum_number(rng, 7),
              "avtale": rng.choice(("basis", "pluss", "premium"))}
    planted += [(e, v, "notes") for e, v in notes.found] + [(e, v, "details") for e, v in details.found]
    planted.append(("NO_ORGNR", orgnr, "organization_fields.orgnr"))
    updated = layout.org_updated(index)
    return GenOrg(index, layout.org_id(index), name, (domain,), notes.html, details.html,
                  tuple(fields.items()), (ascii_slug(kind, "_"), fields["avtale"]),
                  GROUP_IDS[index % len(GROUP_IDS)], rng.random() < 0.4,
                  updated - rng.randint(0, 30 * 86_400), updated, rng.random() < 0.03, tuple(planted))


@dataclass(frozen=True, slots=True)
class GenUser:
    index: int
    id: int
    person: Person
    role: str
    org_id: int | None
    verified: bool
    active: bool
    suspended: bool
    notes: str
    details: str
    tags: tuple[str, ...]
    user_fields: tuple[tuple[str, str | None], ...]
    identities: tuple[tuple[int, str, str, bool, bool], ...]  # (id, type, value, verified, primary)
    phone: str | None
    photo_id: int | None
    photo_gps: tuple[float, float] | None
    created_ts: int
    updated_ts: int
    planted: tuple[tuple[str, str, str], ...]


def make_user(layout: Layout, vocab: Vocab, index: int, admin_email: str,
              org_domain: Callable[[int], str]) -> GenUser:
    rng = random.Random(f"{layout.seed}:user:{index}")
    uid = layout.user_id(index)
    planted: list[tuple[str, str, str]] = []
    org_index: int | None = None
    domain = None
    if index < AGENTS:
        role = "admin" if index == 0 else "agent"
        person = make_person(rng, vocab, VENDOR_DOMAIN)
        if index == 0:
            person = Person("Sandbox", "Admin", "no", "nb", admin_email, person.phone,
                            person.street, person.postcode, person.city)
    else:
        role = "end-user"
        style = rng.random()
        if style < 0.55:  # works for a customer organisation and uses its domain
            org_index = rng.randrange(layout.organizations)
            domain = org_domain(org_index)
            if rng.random() < 0.12:  # domain matches an organisation it is not linked to
                org_index = None
        person = make_person(rng, vocab, domain)
    if index != 0:
        planted += [("PERSON", person.name, "name"), ("EMAIL_ADDRESS", person.email, "email")]
    has_phone = rng.random() < 0.6
    if has_phone:
        planted.append(("PHONE_NUMBER", person.phone, "phone"))
    notes, details = Text(), Text()
    if role == "end-user" and rng.random() < 0.5:
        notes.add(rng.choice(("Leietaker i ", "Andelseier i ", "Hyresgäst i ", "Lejer i ")))
        notes.pii("STREET_ADDRESS", person.address).add(". ")
        if rng.random() < 0.4:
            notes.add("Fnr oppgitt ved BankID-feil: ").pii("NO_FODSELSNUMMER", ids.no_fodselsnummer(rng)).add(".")
    if role == "end-user" and rng.random() < 0.3:
        details.add("Født ").pii("DATE_OF_BIRTH", ids.date_of_birth(rng, 0)).add(", foretrekker SMS.")
    planted += [(e, v, "notes") for e, v in notes.found] + [(e, v, "details") for e, v in details.found]
    fields: dict[str, str | None] = {"leilighetsnummer": f"H0{rng.randint(1, 4)}0{rng.randint(1, 9)}"}
    if role == "end-user" and rng.random() < 0.25:
        fields["personnummer"] = value = ids.no_fodselsnummer(rng, rng.choice("ffd"))
        planted.append(("NO_FODSELSNUMMER", value, "user_fields.personnummer"))
    if role == "end-user" and rng.random() < 0.2:
        fields["kontonummer"] = value = ids.no_bank_account(rng)
        planted.append(("NO_BANK_ACCOUNT", value, "user_fields.kontonummer"))
    identities: list[tuple[int, str, str, bool, bool]] = [
        (IDENTITY_BASE + index * 8, "email", person.email, rng.random() < 0.8, True)]
    if rng.random() < 0.3:  # a secondary, private address
        other = make_person(rng, vocab)
        alt = f"{ascii_slug(person.first)}.{ascii_slug(person.last)}{rng.randint(1, 99)}@{other.email.split('@')[1]}"
        identities.append((IDENTITY_BASE + index * 8 + 1, "email", alt, False, False))
        planted.append(("EMAIL_ADDRESS", alt, f"identities.{identities[-1][0]}.value"))
    if has_phone:
        identities.append((IDENTITY_BASE + index * 8 + 2, "phone_number", person.phone, False, False))
    photo = rng.random() < 0.3
    gps = ids.gps_decimal(rng) if photo and rng.random() < 0.5 else None
    updated = layout.user_updated(index)
    verified = rng.random() < 0.8 or role != "end-user"
    return GenUser(index, uid, person, role,
                   layout.org_id(org_index) if org_index is not None else None,
                   verified, rng.random() > 0.02, rng.random() < 0.01, notes.html, details.html,
                   ("vip",) if rng.random() < 0.05 else (), tuple(fields.items()), tuple(identities),
                   person.phone if has_phone else None, PHOTO_BASE + index if photo else None, gps,
                   updated - rng.randint(0, 200 * 86_400), updated, tuple(planted))

