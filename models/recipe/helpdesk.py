"""Seeded synthetic helpdesk snippets with person-name spans, for the NER training mix.

NorNE is news, blogs and parliament text; helpdesk names sit in other places: greetings
("Hei Kari,"), sign-offs ("Mvh" + name on the next line), forwarded headers
("Fra: Ola Nordmann <...>"), CC lines, names written in lowercase, names next to numbers.
Each snippet is built from pieces whose character offsets are known, then tokenised by the
pipeline's own tokenizer. Snippets without names (team sign-offs, "Hei alle,") are mixed in
so capitalised words at those positions are not all taken for names.

Names come from the shared Nordic lists plus Faker locales (names outside the gazetteer, so
the model does not learn to trust the list alone). Everything is driven by one ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from spacy.language import Language
from spacy.tokens import Doc

FAKER_LOCALES = (
    "pl_PL", "en_US", "en_GB", "de_DE", "fi_FI", "tr_TR", "lt_LT", "fr_FR",
    "es_ES", "it_IT", "nl_NL", "vi_VN", "sv_SE", "da_DK", "no_NO",
)

BODIES = {
    "nb": [
        "Takk for henvendelsen.", "Vi har mottatt saken din og ser på den så fort vi kan.",
        "Kan du sende oss ordrenummeret?", "Jeg har ikke fått pakken min ennå.",
        "Fakturaen stemmer ikke med avtalen.", "Passordet mitt fungerer ikke lenger.",
        "Jeg ønsker å si opp abonnementet fra neste måned.", "Vedlagt ligger kvitteringen.",
        "Saken er nå løst, og vi lukker den.", "Beklager ventetiden.",
        "Kan dere ringe meg i morgen?", "Jeg flyttet forrige uke og har ny adresse.",
        "Betalingen gikk ikke gjennom.", "Ordren ble levert til feil adresse.",
        "Vi har sendt en ny faktura.", "Tusen takk for hjelpen!",
    ],
    "nn": [
        "Takk for at du tok kontakt.", "Vi har fått saka di og ser på ho.",
        "Kan du senda oss ordrenummeret?", "Eg har ikkje fått pakken min enno.",
        "Fakturaen stemmer ikkje.", "Eg vil seia opp abonnementet.",
        "Saka er løyst no.", "Orsak at det tok tid.",
    ],
    "en": [
        "Thanks for reaching out.", "We have received your request.",
        "Could you send us the order number?", "My package has not arrived yet.",
        "The invoice is wrong.", "I cannot log in to my account.",
        "The issue is now resolved.", "Sorry for the delay.",
    ],
    "sv": [
        "Tack för att du hörde av dig.", "Vi har tagit emot ditt ärende.",
        "Kan du skicka ordernumret?", "Jag har inte fått mitt paket än.",
        "Fakturan stämmer inte.", "Ärendet är nu löst.",
    ],
}

GREETINGS = {
    "nb": ["Hei {n},", "Hei {n}!", "Hei igjen {n},", "Hallo {n},", "Kjære {n},", "God morgen {n},", "Til {n},"],
    "nn": ["Hei {n},", "Hallo {n},", "Kjære {n},", "Hei att {n},"],
    "en": ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n}!"],
    "sv": ["Hej {n}!", "Hej {n},", "Hejsan {n},", "Kära {n},"],
}
SIGNOFFS = {
    "nb": ["Mvh", "Med vennlig hilsen", "Hilsen", "Vennlig hilsen", "Beste hilsen", "mvh", "Hilsen fra"],
    "nn": ["Helsing", "Med venleg helsing", "Venleg helsing", "Mvh"],
    "en": ["Best regards,", "Kind regards,", "Regards,", "Thanks,", "Cheers,"],
    "sv": ["Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Hälsningar"],
}
TEAMS = ["Kundeservice", "Support-teamet", "Kundesenteret", "Brukerstøtte", "Team Økonomi",
         "Customer Support", "Kundtjänst", "Driftsavdelingen", "Servicedesk", "Helpdesk"]
TEAM_GREETINGS = ["Hei alle,", "Hei!", "Hei Support,", "Hei Kundeservice,", "Hei dere,",
                  "Hello team,", "Hej!", "God dag,", "Til Kundesenteret,"]
TITLES = ["Rådgiver", "Kundebehandler", "Daglig leder", "Prosjektleder", "Account Manager",
          "Konsulent", "Saksbehandler", "Senior Support Engineer"]
MENTIONS = {
    "nb": [
        "{n} ringte i dag angående fakturaen.", "Jeg har snakket med {n} i kundeservice.",
        "Ring {n} på {phone}.", "Kunden {n} (fnr {fnr}) ber om innsyn.",
        "Kontaktperson: {n}, tlf {phone}", "Saken er overført til {n}.",
        "{n} sier at pakken aldri kom.", "Bestillingen er registrert på {n}.",
        "Kan {n} bekrefte adressen?", "Navn: {n}", "Kontonummeret til {n} er {acct}.",
    ],
    "nn": ["{n} ringde i dag om fakturaen.", "Eg har snakka med {n}.", "Saka er send vidare til {n}.",
           "Namn: {n}"],
    "en": ["{n} called today about the invoice.", "I spoke with {n} from support.",
           "Please call {n} on {phone}.", "Customer {n} asked for a copy.", "Name: {n}"],
    "sv": ["{n} ringde i dag om fakturan.", "Jag har pratat med {n}.", "Namn: {n}"],
}
SUBJECTS = ["Faktura", "Retur av vare", "Innlogging", "Oppsigelse", "Endring av adresse",
            "Klage", "Order", "Ärende", "Invoice question"]


STREET_STEMS = ["Stor", "Kirke", "Skole", "Stasjons", "Sjø", "Strand", "Fjord", "Park", "Havne", "Berg",
                "Skog", "Elve", "Torg", "Mølle", "Bygdø", "Ny"]
ORG_KINDS = ["Eiendom", "Bygg", "Regnskap", "Transport", "Elektro", "Energi", "IT",
             "Rørlegger", "Handel", "Data", "Tannklinikk"]
NOUNS = ["Fakturaen", "Ordren", "Kontrakten", "Leiligheten", "Abonnementet", "Brukeren", "Kontoen", "Appen",
         "Serveren", "Rapporten", "Nøkkelen", "Pakken", "Bestillingen", "Systemet", "Skjemaet",
         "Avtalen", "Betalingen", "Kortet", "Passordet", "Integrasjonen", "Eksporten", "Skriveren", "Ruteren",
         "Kvitteringen", "Depositumet", "Leietakeren", "Utleier", "Vaktmesteren", "Sjåføren", "Teknikeren",
         "Fakturan", "Ordern", "Kontot", "Leveransen", "Testmiljøet", "Databasen", "Oppdateringen"]
PREDICATES = ["feilet i natt.", "er sendt.", "kom ikke frem.", "må fornyes.", "ble avvist.", "er forsinket.",
              "virker ikke etter oppdateringen.", "står fortsatt som ubetalt.", "ble stoppet kl. 03:12.",
              "er registrert på feil konto.", "mangler i oversikten.", "har status: venter.",
              "fungerar inte.", "är skickad."]
NUMBER_LABELS = ["Avtalenummer", "Ordrenummer", "Saksnummer", "Kundenummer", "Referanse", "Ticket",
                 "Fakturanummer", "Ordernummer", "Ärendenummer", "Polisenummer"]


@dataclass(frozen=True)
class NameLists:
    first: tuple[str, ...]  # Norwegian
    surnames: tuple[str, ...]  # Norwegian
    nordic_first: tuple[str, ...]  # Danish and Swedish
    nordic_surnames: tuple[str, ...]

    @classmethod
    def from_dir(cls, names_dir: Path) -> NameLists:
        def read(*files: str) -> tuple[str, ...]:
            out: list[str] = []
            for name in files:
                out += [x.strip() for x in (names_dir / name).read_text(encoding="utf-8").splitlines() if x.strip()]
            return tuple(out)

        return cls(
            first=read("no_first_names.txt"),
            surnames=read("no_surnames.txt"),
            nordic_first=read("dk_first_names.txt", "se_first_names.txt"),
            nordic_surnames=read("dk_surnames.txt", "se_surnames.txt"),
        )


class _Builder:
    """Accumulates text and the character spans of names written into it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def add_template(self, template: str, name: str, **fields: str) -> None:
        before, after = template.split("{n}", 1) if "{n}" in template else (template, None)
        self.add(before.format(**fields))
        if after is not None:
            self.spans.append((self.size, self.size + len(name), "PER"))
            self.add(name)
            self.add(after.format(**fields))

    def add_name(self, name: str, label: str = "PER") -> None:
        self.spans.append((self.size, self.size + len(name), label))
        self.add(name)

    def text(self) -> str:
        return "".join(self.parts)


class HelpdeskGenerator:
    """Makes synthetic helpdesk Docs with PER spans; same seed, same Docs."""

    def __init__(self, nlp: Language, names: NameLists, seed: int, places: tuple[str, ...] = ("Oslo",),
                 facts_share: float = 0.3):
        self.nlp = nlp
        #: the share of body lines that are name-free facts (addresses as LOC, companies as
        #: ORG, sentence-initial nouns, number labels): the generator's negatives
        self.facts_share = facts_share
        self.names = names
        self.places = places
        self.rng = random.Random(seed)
        self.fakers = []
        for i, loc in enumerate(FAKER_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed + i)
            self.fakers.append(fake)

    def _first(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            return self.rng.choice(self.fakers).first_name()
        if r < 0.4:
            return self.rng.choice(self.names.nordic_first)
        return self.rng.choice(self.names.first)

    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(self.fakers).last_name()
        if r < 0.4:
            return self.rng.choice(self.names.nordic_surnames)
        return self.rng.choice(self.names.surnames)

    def _person(self, full: bool) -> str:
        r = self.rng.random()
        first = self._first()
        if not full:
            return first
        if r < 0.15:
            return f"{first} {self._first()} {self._surname()}"
        if r < 0.2:
            return f"{first} {self._surname()}-{self._surname()}"
        if r < 0.25:
            return f"{first[0]}. {self._surname()}"
        return f"{first} {self._surname()}"

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def _phone(self) -> str:
        d = self._digits(8)
        return self.rng.choice([f"{d[:3]} {d[3:5]} {d[5:]}", f"+47 {d}", d])

    def _email(self, person: str) -> str:
        local = ".".join(p.strip(".").lower() for p in person.split() if p.strip("."))
        return f"{local}@{self.rng.choice(['firma.no', 'gmail.com', 'online.no', 'example.com'])}"

    def _styled(self, name: str) -> str:
        r = self.rng.random()
        if r < 0.12:
            return name.lower()
        if r < 0.15:
            return name.upper()
        return name

    def _street(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"{rng.choice(self.names.first)}s gate"
        if r < 0.5:
            return f"{rng.choice(self.names.surnames)}{rng.choice(['veien', 'vegen', 'gata', 'bakken'])}"
        if r < 0.65:
            return f"{rng.choice(self.names.first)} {rng.choice(self.names.surnames)}s vei"
        return f"{rng.choice(STREET_STEMS)}{rng.choice(['gata', 'veien', 'vegen', 'gate', 'allé'])}"

    def _org(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self._surname()} {rng.choice(['AS', 'AB', 'A/S', 'ASA'])}"
        if r < 0.5:
            return f"{self._surname()} & {self._surname()} AS"
        return f"{rng.choice(self.places)} {rng.choice(ORG_KINDS)} {rng.choice(['AS', 'AB', 'SA'])}"

    def _facts(self, b: _Builder) -> None:
        """Name-free lines with capitalised words: addresses (LOC), companies (ORG), nouns, labels."""
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            b.add(rng.choice(["Ny adresse: ", "Adresse: ", "Leveringsadresse: ", "Address: ", "Jeg bor i "]))
            b.add_name(self._street(), "LOC")
            b.add(f" {rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B'])}, {self._digits(4)} ")
            b.add_name(rng.choice(self.places), "LOC")
            b.add(rng.choice([".", "", "\n"]))
        elif r < 0.5:
            b.add(rng.choice(["Fakturaen kommer fra ", "Jeg jobber i ", "Leverandør: ", "Kunde: ", "Vi bruker "]))
            b.add_name(self._org(), "ORG")
            b.add(rng.choice([".", "", "\n"]))
        elif r < 0.8:
            b.add(f"{rng.choice(NOUNS)} {rng.choice(PREDICATES)}")
        else:
            b.add(f"{rng.choice(NUMBER_LABELS)}: {self._digits(rng.randint(4, 8))}")

    def snippet(self) -> tuple[str, list[tuple[int, int, str]]]:
        rng = self.rng
        lang = rng.choices(["nb", "nn", "en", "sv"], weights=[6, 2, 1.5, 1])[0]
        b = _Builder()
        kind = rng.random()
        if kind < 0.2:  # forwarded header block
            sender = self._person(True)
            to = self._person(True)
            b.add(rng.choice(["Fra: ", "From: ", "Från: "]))
            b.add_name(self._styled(sender))
            b.add(f" <{self._email(sender)}>\n")
            b.add(rng.choice(["Sendt: 3. mars 2024 kl. 10:14\n", "Sent: Monday, 4 March 2024 09:12\n", "Dato: 12.01.2024\n"]))
            b.add(rng.choice(["Til: ", "To: "]))
            if rng.random() < 0.3:
                b.add(f"{rng.choice(TEAMS)} <support@firma.no>\n")
            else:
                b.add_name(to)
                b.add(f" <{self._email(to)}>\n")
            if rng.random() < 0.4:
                b.add(rng.choice(["Kopi: ", "Cc: ", "CC: "]))
                for i in range(rng.randint(1, 3)):
                    if i:
                        b.add(rng.choice(["; ", ", "]))
                    b.add_name(self._person(True))
                b.add("\n")
            b.add(f"Emne: {rng.choice(SUBJECTS)}\n\n")
        # greeting
        if rng.random() < 0.75:
            if rng.random() < 0.2:
                b.add(rng.choice(TEAM_GREETINGS))
            else:
                b.add_template(rng.choice(GREETINGS[lang]), self._styled(self._person(rng.random() < 0.2)))
            b.add(rng.choice(["\n\n", "\n", " "]))
        for _ in range(rng.randint(1, 3)):
            if rng.random() < self.facts_share:
                self._facts(b)
            elif rng.random() < 0.35:
                b.add_template(
                    rng.choice(MENTIONS[lang]), self._styled(self._person(rng.random() < 0.7)),
                    phone=self._phone(), fnr=self._digits(11), acct=self._digits(11),
                )
            else:
                b.add(rng.choice(BODIES[lang]))
            b.add(rng.choice([" ", "\n"]))
        # sign-off
        if rng.random() < 0.85:
            b.add("\n" + rng.choice(SIGNOFFS[lang]) + rng.choice(["\n", "\n", " "]))
            if rng.random() < 0.18:
                b.add(rng.choice(TEAMS))
            else:
                signer = self._person(rng.random() < 0.6)
                b.add_name(self._styled(signer))
                if rng.random() < 0.4:
                    b.add("\n" + rng.choice(TITLES + TEAMS))
                if rng.random() < 0.3:
                    b.add(f"\nTlf: {self._phone()}")
                if rng.random() < 0.2:
                    b.add(f"\n{self._email(signer)}")
        text = b.text()
        if rng.random() < 0.04:
            text = text.lower()
        return text, b.spans

    def docs(self, n: int) -> list[Doc]:
        out: list[Doc] = []
        while len(out) < n:
            text, spans = self.snippet()
            doc = self.nlp.make_doc(text)
            ents = [doc.char_span(s, e, label=label) for s, e, label in spans]
            if any(span is None for span in ents):
                continue  # a name the tokenizer glued to punctuation: skip the snippet
            doc.ents = ents
            out.append(doc)
        return out
