"""A seeded probe of structured records pasted into helpdesk tickets, with gold spans.

Tickets often hold data pasted from other systems: a JSON payload, a YAML snippet, CSV rows
under a header line, ``key=value`` log lines, an SQL ``INSERT``, a URL's query string, a vCard,
or a plain-text table with tab or pipe separators. This generator writes such records with
their keys in English, Norwegian, Swedish or Danish and in snake_case, camelCase, kebab-case,
run-together or "Title Case" (``"fodselsnummer": "…"``, ``personnummer=…``, ``firstName:
Kari``, ``phone_no``, ``kontonr``, ``cpr_nr``, unquoted YAML ``name: Kari Nordmann``), and
plants values of the contract's types drawn by ``ticket_probe.Values`` (Faker names and
streets, national IDs with valid check digits from python-stdnum, phones valid per
phonenumbers, e-mail addresses, IBANs and account numbers, dates of birth under a birth key).
It also plants near misses that must stay unfound: order ids, UUIDs, timestamps, amounts, SKU
and EAN codes, hashes, version numbers and record ids of 11 digits that fail every check digit.

Scoring is ``probe_scoring.py``'s (the matching of ../shared/eval/score.py). Use one seed as
the working seed (read its cases) and another as held-out (score only):

    .venv/bin/python benchmarks/record_probe.py --seed 1
    .venv/bin/python benchmarks/record_probe.py --seed 2 --quiet
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

import phonenumbers
from stdnum.no import fodselsnummer as std_fnr
from stdnum.no import kontonr as std_kontonr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_scoring import probe_main  # noqa: E402
from ticket_probe import Ticket, Values  # noqa: E402

# ------------------------------------------------------------------------------ keys

#: a field's key as words, per language: one list is drawn per record
FIRST = {"en": [["first", "name"], ["given", "name"]], "nb": [["fornavn"]], "da": [["fornavn"]],
         "sv": [["förnamn"]]}
LAST = {"en": [["last", "name"], ["surname"], ["family", "name"]], "nb": [["etternavn"]],
        "da": [["efternavn"]], "sv": [["efternamn"]]}
FULL = {"en": [["name"], ["full", "name"], ["customer", "name"], ["contact", "name"]],
        "nb": [["navn"], ["kunde", "navn"], ["fullt", "navn"]], "da": [["navn"], ["kunde", "navn"]],
        "sv": [["namn"], ["kund", "namn"]]}
NATIONAL = {"NO_FODSELSNUMMER": [["fødselsnummer"], ["fnr"], ["fødsels", "nr"], ["personnummer"],
                                 ["national", "id"]],
            "SE_PERSONNUMMER": [["personnummer"], ["person", "nr"], ["pnr"], ["personal", "number"]],
            "DK_CPR": [["cpr"], ["cpr", "nr"], ["cpr", "nummer"], ["personnummer"]]}
PHONE = {"en": [["phone"], ["phone", "no"], ["phone", "number"], ["mobile"], ["mobile", "phone"]],
         "nb": [["telefon"], ["tlf"], ["mobil"], ["mobilnummer"], ["telefon", "nr"]],
         "da": [["telefon"], ["tlf"], ["mobil"], ["telefonnummer"]],
         "sv": [["telefon"], ["mobil"], ["mobilnummer"], ["tel", "nr"]]}
EMAIL = {"en": [["email"], ["e", "mail"], ["email", "address"]],
         "nb": [["epost"], ["e", "post"], ["epostadresse"]], "da": [["email"], ["e", "mail"], ["mail"]],
         "sv": [["epost"], ["e", "post"], ["mejl"]]}
ADDRESS = {"en": [["address"], ["street", "address"], ["address", "line", "1"]],
           "nb": [["adresse"], ["gateadresse"], ["post", "adresse"]],
           "da": [["adresse"], ["post", "adresse"]], "sv": [["adress"], ["gatuadress"], ["post", "adress"]]}
BIRTH = {"en": [["date", "of", "birth"], ["birth", "date"], ["dob"], ["birthday"]],
         "nb": [["fødselsdato"], ["født"], ["fødsels", "dato"]], "da": [["fødselsdato"], ["født"]],
         "sv": [["födelsedatum"], ["född"], ["födelse", "datum"]]}
ACCOUNT = {"nb": [["kontonr"], ["kontonummer"], ["bank", "konto"]]}
IBAN = [["iban"], ["bank", "account"], ["iban", "nr"]]
#: near misses: keys of values that name no person
NEAR = {"order": [["order", "id"], ["ordre", "nr"], ["order", "number"], ["ordernummer"]],
        "uuid": [["uuid"], ["request", "id"], ["session", "id"], ["guid"]],
        "timestamp": [["created", "at"], ["updated", "at"], ["timestamp"], ["opprettet"], ["skapad"]],
        "amount": [["amount"], ["total"], ["beløp"], ["belopp"], ["beløb"]],
        "sku": [["sku"], ["article", "no"], ["varenr"], ["artikelnr"], ["ean"]],
        "hash": [["sha256"], ["checksum"], ["etag"], ["hash"]],
        "version": [["version"], ["app", "version"], ["versjon"]],
        "record": [["record", "id"], ["customer", "id"], ["kundenr"], ["kundnummer"], ["ref"]]}

#: types whose value a query string writes without its spaces
NUMBERS = {"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "PHONE_NUMBER", "IBAN_CODE",
           "NO_BANK_ACCOUNT"}
FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ö": "o", "ä": "a"})


def key(words: list[str], style: str, fold: bool) -> str:
    """``words`` written as a field key in ``style``."""
    if fold:
        words = [w.translate(FOLD) for w in words]
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if style == "kebab":
        return "-".join(words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if style == "upper":
        return "_".join(words).upper()
    return "".join(words)  # 'flat'


# ------------------------------------------------------------------------------ fields

class Field:
    """One field of a record: its key's words, its value and the value's gold spans
    (``(offset in value, length, entity)``; none for a near miss)."""

    def __init__(self, words: list[str], value: str, spans=(), number: bool = False) -> None:
        self.words, self.value, self.spans, self.number = words, value, list(spans), number

    def put(self, T: Ticket) -> None:
        at = 0
        for off, size, ent in sorted(self.spans):
            T.t(self.value[at:off]).v(self.value[off:off + size], ent)
            at = off + size
        T.t(self.value[at:])


def whole(words, value, ent, number=False) -> Field:
    return Field(words, value, [(0, len(value), ent)], number)


def record_id(rng: random.Random) -> str:
    """11 digits that pass no check digits and dial nowhere."""
    while True:
        value = str(rng.randrange(10 ** 10, 10 ** 11))
        if std_fnr.is_valid(value) or std_kontonr.is_valid(value):
            continue
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse("+" + value, None)):
                continue
        except phonenumbers.NumberParseException:
            pass
        return value


def near_miss(kind: str, rng: random.Random, val: Values) -> Field:
    words = rng.choice(NEAR[kind])
    if kind == "order":
        return Field(words, rng.choice([val.order(), str(rng.randrange(10 ** 7, 10 ** 8))]))
    if kind == "uuid":
        return Field(words, str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    if kind == "timestamp":
        d = val.date().replace("/", "-")
        stamp = rng.choice([f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T"
                            f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z",
                            f"{d} {rng.randint(10, 23)}:{rng.randint(10, 59)}",
                            str(rng.randrange(1_690_000_000_000, 1_730_000_000_000))])
        return Field(words, stamp, number=stamp.isdigit())
    if kind == "amount":
        return Field(words, f"{rng.randrange(100, 40000)}.{rng.randrange(100):02d}", number=True)
    if kind == "sku":
        return Field(words, rng.choice([f"SKU-{rng.randrange(10000, 99999)}-{rng.choice(['BL', 'XL', 'RD'])}",
                                        "".join(str(rng.randrange(10)) for _ in range(13))]))
    if kind == "hash":
        return Field(words, "%0*x" % (rng.choice([40, 64]), rng.getrandbits(256))[:64])
    if kind == "version":
        return Field(words, f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}")
    return Field(words, record_id(rng), number=rng.random() < 0.5)


def plan(lang: str, rng: random.Random) -> list[tuple[str, list[str]]]:
    """A record's fields as ``(kind, key words)`` in order: a person's name (whole or first
    and last), national ID, phone, e-mail and some of address, date of birth, account; two to
    four near misses, one of them first (an id, as exports write it); lightly shuffled."""
    nat = {"nb": "NO_FODSELSNUMMER", "sv": "SE_PERSONNUMMER", "da": "DK_CPR"}.get(lang) \
        or rng.choice(["NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR"])
    if rng.random() < 0.5:
        slots = [("first", rng.choice(FIRST[lang])), ("last", rng.choice(LAST[lang]))]
    else:
        slots = [("full", rng.choice(FULL[lang]))]
    slots += [(nat, rng.choice(NATIONAL[nat])), ("phone", rng.choice(PHONE[lang])),
              ("email", rng.choice(EMAIL[lang]))]
    if rng.random() < 0.5:
        slots.append(("address", rng.choice(ADDRESS[lang])))
    if rng.random() < 0.5:
        slots.append(("birth", rng.choice(BIRTH[lang])))
    if rng.random() < 0.4:
        slots.append(("kontonr", rng.choice(ACCOUNT["nb"])) if lang == "nb" and rng.random() < 0.6
                     else ("iban", rng.choice(IBAN)))
    near = [(k, rng.choice(NEAR[k])) for k in rng.sample(sorted(NEAR), rng.randint(2, 4))]
    out = near[:1] + slots + near[1:]
    for i in range(1, len(out) - 1):
        if rng.random() < 0.3:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def fill(slots: list[tuple[str, list[str]]], lang: str, rng: random.Random,
         val: Values) -> list[Field]:
    """One record's values for ``slots`` (an English record's person is often a Nordic one)."""
    nat = next(k for k, _ in slots if k in NATIONAL)
    vlang = {"NO_FODSELSNUMMER": "nb", "SE_PERSONNUMMER": "sv", "DK_CPR": "da"}[nat] \
        if lang == "en" and rng.random() < 0.5 else lang
    first, last = val.first(vlang), val.last(vlang)
    out = []
    for kind, words in slots:
        if kind in NEAR:
            f = near_miss(kind, rng, val)
            out.append(Field(words, f.value, (), f.number))
        elif kind == "first":
            out.append(whole(words, first, "PERSON"))
        elif kind == "last":
            out.append(whole(words, last, "PERSON"))
        elif kind == "full":
            out.append(whole(words, f"{first} {last}", "PERSON"))
        elif kind in NATIONAL:
            number = {"NO_FODSELSNUMMER": val.fnr, "SE_PERSONNUMMER": val.pnr, "DK_CPR": val.cpr}[kind]()
            out.append(whole(words, number, kind, number.isdigit()))
        elif kind == "phone":
            out.append(whole(words, val.phone(vlang), "PHONE_NUMBER"))
        elif kind == "email":
            out.append(whole(words, val.email(f"{first} {last}"), "EMAIL_ADDRESS"))
        elif kind == "address":
            street = val.street(vlang)
            out.append(Field(words, f"{street}, {val.place(vlang)}", [(0, len(street), "STREET_ADDRESS")]))
        elif kind == "birth":
            d = val.birth()
            text = rng.choice([d.isoformat(), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y")])
            out.append(whole(words, text, "DATE_OF_BIRTH"))
        elif kind == "kontonr":
            out.append(whole(words, val.kontonr(), "NO_BANK_ACCOUNT"))
        else:
            out.append(whole(words, val.iban(vlang), "IBAN_CODE"))
    return out


def person_fields(lang: str, rng: random.Random, val: Values) -> list[Field]:
    return fill(plan(lang, rng), lang, rng, val)


# ------------------------------------------------------------------------------ records

INTRO = {"en": ["Customer pasted this from the old CRM:\n", "Payload from the webhook:\n", ""],
         "nb": ["Kunden limte inn dette fra det gamle systemet:\n", "Utdrag fra eksporten:\n", ""],
         "da": ["Kunden indsatte dette fra det gamle system:\n", "Uddrag fra eksporten:\n", ""],
         "sv": ["Kunden klistrade in detta från det gamla systemet:\n", "Utdrag ur exporten:\n", ""]}


def quoted(value: str, q: str) -> str:
    return q + value.replace(q, "\\" + q) + q


def build(kind: str, lang: str, val: Values, rng: random.Random) -> Ticket:
    T = Ticket(kind, lang)
    T.t(rng.choice(INTRO[lang]))
    fold = rng.random() < 0.7
    if kind == "json":
        style = rng.choice(["snake", "camel", "kebab", "flat", "title"])
        fields = person_fields(lang, rng, val)
        pretty = rng.random() < 0.6
        T.t("{" + ("\n" if pretty else ""))
        for i, f in enumerate(fields):
            T.t(("  " if pretty else "") + f'"{key(f.words, style, fold)}": ')
            if f.number and rng.random() < 0.7:
                f.put(T)
            else:
                T.t('"'), f.put(T), T.t('"')
            T.t(("," if i < len(fields) - 1 else "") + ("\n" if pretty else " " if i < len(fields) - 1 else ""))
        T.t("}\n")
    elif kind == "yaml":
        style = rng.choice(["snake", "camel", "flat", "kebab"])
        fields = person_fields(lang, rng, val)
        head = rng.choice(["customer:\n", "kunde:\n", "- ", ""])
        T.t(head)
        for i, f in enumerate(fields):
            indent = "" if not head or (i == 0 and head == "- ") else "  "
            T.t(indent + key(f.words, style, fold) + ": ")
            q = rng.choice(["", "", "", '"', "'"]) if not f.number else ""
            T.t(q), f.put(T), T.t(q + "\n")
    elif kind == "kv_log":
        style = rng.choice(["snake", "camel", "flat", "kebab"])
        for _ in range(rng.randint(1, 2)):
            fields = person_fields(lang, rng, val)
            T.t(f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {rng.randint(10, 23)}:"
                f"{rng.randint(10, 59)}:{rng.randint(10, 59)} INFO customer.update ")
            for f in fields:
                T.t(key(f.words, style, fold) + "=")
                q = '"' if " " in f.value or "," in f.value else ""
                T.t(q), f.put(T), T.t(q + " ")
            T.t("\n")
    elif kind in ("csv", "tsv", "pipe"):
        style = rng.choice(["snake", "title", "flat", "camel"])
        slots = plan(lang, rng)
        rows = [fill(slots, lang, rng, val) for _ in range(rng.randint(2, 3))]
        sep = {"csv": rng.choice([",", ";"]), "tsv": "\t", "pipe": " | "}[kind]
        lead = "| " if kind == "pipe" and rng.random() < 0.5 else ""
        tail = " |" if lead else ""
        T.t(lead + sep.join(key(w, style, fold) for _, w in slots) + tail + "\n")
        if lead:
            T.t("|" + "|".join("---" for _ in slots) + "|\n")
        for fields in rows:
            T.t(lead)
            for i, f in enumerate(fields):
                q = '"' if kind == "csv" and (sep in f.value or "," in f.value) else ""
                T.t(q), f.put(T), T.t(q + (sep if i < len(fields) - 1 else ""))
            T.t(tail + "\n")
    elif kind == "sql":
        style = rng.choice(["snake", "flat"])
        fields = person_fields(lang, rng, val)
        table = rng.choice(["customers", "kunder", "kunder_import", "users"])
        T.t(f"INSERT INTO {table} ({', '.join(key(f.words, style, True) for f in fields)}) VALUES (")
        for i, f in enumerate(fields):
            if f.number:
                f.put(T)
            else:
                T.t("'"), f.put(T), T.t("'")
            T.t(", " if i < len(fields) - 1 else ");\n")
    elif kind == "query":
        style = rng.choice(["snake", "camel", "flat"])
        fields = person_fields(lang, rng, val)
        T.t(rng.choice(["https://crm.example.com/api/customer/update?",
                        "GET /kunde/oppdater?", "Callback URL: https://min.side.no/form?"]))
        for i, f in enumerate(fields):
            T.t(("&" if i else "") + key(f.words, style, True) + "=")
            value = f.value.replace(" ", "") if f.spans and f.spans[0][2] in NUMBERS else f.value
            enc = value.replace("+", "%2B").replace(" ", rng.choice(["+", "%20"]))
            if rng.random() < 0.5:
                enc = enc.replace("@", "%40").replace(",", "%2C")
            if enc == f.value:
                f.put(T)
            elif enc == value:
                T.v(value, f.spans[0][2])
            else:
                T.v(enc, f.spans[0][2]) if f.spans else T.t(enc)
        T.t("\n")
    elif kind == "vcard":
        first, last = val.first(lang), val.last(lang)
        T.t("BEGIN:VCARD\nVERSION:3.0\nN:").v(last, "PERSON").t(";").v(first, "PERSON")
        T.t(";;;\nFN:").v(f"{first} {last}", "PERSON")
        T.t(f"\nTEL;TYPE={rng.choice(['cell', 'CELL', 'work,voice'])}:").v(val.phone(lang), "PHONE_NUMBER")
        T.t("\nEMAIL;TYPE=INTERNET:").v(val.email(f"{first} {last}"), "EMAIL_ADDRESS")
        if rng.random() < 0.7:
            f = val.fakers[lang]
            T.t("\nADR;TYPE=home:;;").v(val.street(lang), "STREET_ADDRESS")
            T.t(f";{f.city()};;{f.postcode()};{ {'en': 'UK', 'nb': 'Norge', 'da': 'Danmark', 'sv': 'Sverige'}[lang]}")
        if rng.random() < 0.6:
            T.t("\nBDAY:").v(val.birth().strftime(rng.choice(["%Y-%m-%d", "%Y%m%d"])), "DATE_OF_BIRTH")
        T.t(f"\nREV:2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:{rng.randint(10, 59)}:00Z")
        T.t(f"\nUID:{uuid.UUID(int=rng.getrandbits(128), version=4)}\nEND:VCARD\n")
    elif kind == "title_form":
        fields = person_fields(lang, rng, val)
        sep = rng.choice([": ", " = ", ":\t"])
        for f in fields:
            T.t(key(f.words, "title", False) + sep), f.put(T), T.t("\n")
    else:
        raise ValueError(kind)
    return T


KINDS = ["json", "yaml", "kv_log", "csv", "tsv", "pipe", "sql", "query", "vcard", "title_form"]


def generate(seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)
    val = Values(rng)
    out = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        lang = rng.choice(["en", "da", "nb", "sv"])
        ticket = build(kind, lang, val, rng)
        out.append(ticket.record(f"r{seed}-{i}", hint=rng.random() < 0.6))
    return out


def main(argv: list[str] | None = None) -> int:
    return probe_main(generate, __doc__.splitlines()[0], argv, seed=1, n=300, what="records")


if __name__ == "__main__":
    sys.exit(main())
