"""A seeded probe of made-up helpdesk tickets with gold spans, scored in-process.

The dev corpus (../shared/eval/dev) is one fixed draw; this generator writes other tickets, in
English, Danish, Norwegian and Swedish, of some two dozen kinds a helpdesk sees (complaints,
chat transcripts, signatures, forwarded headers, pasted list rows, key: value forms, address
blocks, log lines, payment details), some with a ``lang`` hint and some without, and plants
values of the contract's types (Faker's ``en_GB``/``da_DK``/``no_NO``/``sv_SE``/``fi_FI``
names and streets; numbers with valid check digits from python-stdnum). It also plants near
misses that must stay unfound: order, invoice and case numbers, dates, amounts, English words
that are also first names used as words (``Grace period``, ``Frank feedback``, ``Rose
Garden``, ``you will``, ``May 2024``, a weekday signing a reply). Nothing here is taken from
the dev corpus.

``--langs`` picks the ticket languages (comma list, default ``en,da,nb,sv``); ``nn`` adds
nynorsk (its own templates, ``Hei, eg har eit spørsmål …``, ``Venleg helsing``, ``frå``,
``ikkje``, ``kva``, ``nokon``, and three kinds of its own); ``fi`` adds Finnish (``Hei``/``Moi``/
``Hyvä vastaanottaja``, ``Ystävällisin terveisin``/``Terveisin``/``Kiitos``, ``Henkilötunnus``/``Hetu``/
``Syntymäaika``/``Matkapuhelin``/``Osoite``/``Tilinumero`` labels, henkilötunnus with every century
sign of 2023, 040/041/044/045/050 and ``+358`` mobiles, FI IBANs, ``Mannerheimintie 12 A 5``-style
streets, euro amounts, and four kinds of its own: first names in a case ending, ``Soitin Matille``,
``Liisan puhelinnumero``, gold on the stem; a key: value form; a relative's details; and near
misses, unlabelled numbers and words that are first names, ``Onni``, ``Toivo``, opening a sentence). ``--threads`` wraps some 45 % of the
tickets, drawn by a generator of their own (the same tickets, wrapped), into mail threads: an
agent's reply over the ticket quoted with ``> `` under a reply header (``Den 3. mars 2025 kl.
10:12 skreiv Kari Nordmann <…>:``, ``On Mon, 3 Mar 2025 at 10:12, … wrote:``), a colleague's
forward or an Outlook header block (``-------- Videresendt melding --------``,
``Fra:/Sendt:/Til:/Emne:``, ``Från:/Skickat:/Till:/Ämne:``) over it, quoted or not, and a third
of the replies again under the customer's follow-up (``>>`` or ``> >``); the quoted gold spans
keep their values at their new offsets. ``--html`` renders some 60 % of the tickets, drawn by a
generator of their own, as the HTML Zendesk stores and mail clients send (``html_render.py``:
paragraphs, signatures, entities, mailto/tel links, tables, blockquotes, tags inside names),
gold spans moved into the HTML source. ``--more`` (round 35D) adds six kinds written unlike
the others: an agent's call note in shorthand (``ringte kd. kl. 14:05, snakket m/ kona (Randi),
ny tlf …, fnr … bekr.``, times, call-back dates, case numbers and initials as near misses), an
address change in prose (``flyttet fra <street> til <street>, <place>``), a Danish letter
(``cpr-nr.`` in prose, a floor after the street, ``Nørregade 12, 2. tv.``, a child's birth date
as ``27/4-1973``), a Swedish one (a 12-digit ``personnr``, ``lgh 1102``, ``123 45`` post codes,
``födelsedatum 5 januari 1992``, OCR and bankgiro numbers as near misses), a refund to a
relative's account (kontonummer or IBAN; KID/OCR/FI-kode, BIC, reg.nr., sort code and invoice
numbers as near misses) and a travel claim or leave request naming a relative with a birth date
and a passport (policy, claim and employee numbers as near misses); all but the call note also
in English. ``--requests`` (round 36C) adds seven more: GDPR data-subject requests (access,
erasure, rectification, objection; en, da, nb, nn, sv) in which the writer proves who they are
with their own fødselsnummer or D-number, personnummer (10 or 12 digits, ``-``/``+``), CPR (with
or without its dash) and once in a while a Finnish hetu, a birth date in birth context, old and
new e-mail, phone and postal address (an objection names the street again, a rectification the
old and the new one), with customer and order numbers, the request's case reference (``Sak
2024/1187``, ``Ref: DSR-48213``, ``Ärende 2024-48213``), legal references (``art. 15 GDPR``,
``personopplysningsloven § 16``, ``Article 17(1)(a)``, ``artikel 17, stk. 1, litra a``), the
request's date and its deadline, a Swedish organisationsnummer, a Danish CVR or a UK company
number as near misses; and tickets mixing English with a Nordic language (an English agent's
reply over the customer's quoted Norwegian, Danish or Swedish message; an English message with
Nordic labels, ``fødselsnr:``, ``kontonr``, and a switch of language mid-sentence; Nordic names in
English sentences, names from ``../shared/data/names``, and English names in Nordic ones), tagged
as a helpdesk stores them, with the requester's locale, so often the wrong language. Gold
conventions there: a Norwegian controller's ``org.nr.`` is NO_ORGNR (a contract type, as in the
``orgnr`` kind; other countries' company numbers are none); the data protection authority's
address is a STREET_ADDRESS when it is a street and a house number (as a firm's letterhead street
is one: the contract's type is any street address, not only a private person's), the street
alone without postcode and place as elsewhere, while its post box (``Postboks 458 Sentrum, 0105
Oslo``, ``Box 8114, 104 20 Stockholm``) is none, as post boxes are no streets. The default (no
option) writes what earlier rounds measured, byte for byte.

The detector runs in this process; findings are matched to the gold as
../shared/eval/score.py matches them (``probe_scoring.py``, shared with ``record_probe.py``:
same type; PERSON, STREET_ADDRESS and DATE_OF_BIRTH any overlap, the other types character IoU
>= 0.5; a further fragment of a matched lenient gold value is no false alarm). It prints per-type precision/recall/F1, micro-F1 and every miss and
false alarm with its value (all values are synthetic).

Use one seed as the working seed (read its cases) and another as held-out (score only):

    .venv/bin/python benchmarks/ticket_probe.py --seed 3 -n 400
    .venv/bin/python benchmarks/ticket_probe.py --seed 4 -n 400 --quiet
    .venv/bin/python benchmarks/ticket_probe.py --seed 11 --langs nn --threads
    .venv/bin/python benchmarks/ticket_probe.py --seed 13 --html
    .venv/bin/python benchmarks/ticket_probe.py --seed 35 --more --langs en,da,nb,nn,sv
    .venv/bin/python benchmarks/ticket_probe.py --seed 40 --requests --langs en,da,nb,nn,sv
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.dk import cpr as std_cpr
from stdnum.dk import cvr as std_cvr
from stdnum.fi import hetu as std_hetu
from stdnum.no import fodselsnummer as std_fnr
from stdnum.no import kontonr as std_kontonr
from stdnum.no import orgnr as std_orgnr
from stdnum.se import personnummer as std_pnr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_scoring import CONTRACT, LENIENT, match, probe_main  # noqa: E402,F401  (shared scoring)

LOCALES = {"en": "en_GB", "da": "da_DK", "nb": "no_NO", "sv": "sv_SE", "fi": "fi_FI"}


# ------------------------------------------------------------------------------ values

class Values:
    """Valid synthetic values, drawn from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers = {}
        for lang, loc in LOCALES.items():
            f = Faker(loc)
            f.seed_instance(rng.randrange(1 << 30))
            self.fakers[lang] = f
        self.fakers["nn"] = self.fakers["nb"]  # (nynorsk writers have Norwegian names)

    def first(self, lang: str) -> str:
        return self.fakers[lang].first_name()

    def last(self, lang: str) -> str:
        return self.fakers[lang].last_name()

    def name(self, lang: str) -> str:
        return f"{self.first(lang)} {self.last(lang)}"

    def street(self, lang: str) -> str:
        if lang == "en":
            return f"{self.rng.randint(1, 250)} {self.fakers['en'].last_name()} " \
                   f"{self.rng.choice(['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive'])}"
        if lang == "fi":
            return f"{self.fakers['fi'].street_name()} {self.rng.randint(1, 120)}" + self.rng.choice(
                ["", "", f" {self.rng.choice('ABCDEF')} {self.rng.randint(1, 40)}",
                 f" {self.rng.choice('ABC')}{self.rng.randint(1, 40)}", f" as. {self.rng.randint(1, 20)}"])
        return self.fakers[lang].street_address()

    def place(self, lang: str) -> str:
        f = self.fakers[lang]
        return f"{f.postcode()} {f.city()}"

    def birth(self) -> dt.date:
        return dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 62))

    def fnr(self) -> str:
        while True:
            d = self.birth()
            body = d.strftime("%d%m%y") + ("%03d" % self.rng.randrange(0, 500) if d.year < 2000
                                           else "%03d" % self.rng.randrange(500, 1000))
            c1 = std_fnr.calc_check_digit1(body)
            c2 = std_fnr.calc_check_digit2(body + c1)
            value = body + c1 + c2
            if len(value) == 11 and std_fnr.is_valid(value):
                return value if self.rng.random() < 0.8 else value[:6] + " " + value[6:]

    def pnr(self, plus: bool = False) -> str:
        while True:
            d = self.birth()
            body = d.strftime("%y%m%d") + "%03d" % self.rng.randrange(1000)
            value = body + luhn.calc_check_digit(body)
            if std_pnr.is_valid(value):
                sep = "+" if plus else "-"
                return value[:6] + sep + value[6:] if self.rng.random() < 0.85 or plus else value

    def cpr(self) -> str:
        while True:
            d = self.birth()
            body = d.strftime("%d%m%y") + "%03d" % self.rng.randrange(1000)
            for last in range(10):
                value = body + str(last)
                if std_cpr.checksum(value) == 0:
                    try:
                        std_cpr.validate(value)
                    except Exception:
                        break
                    return value[:6] + "-" + value[6:]

    def hetu(self) -> str:
        d = self.birth()
        sign = "-" if d.year < 2000 else "A"
        body = d.strftime("%d%m%y") + sign + "%03d" % self.rng.randrange(2, 900)
        return body + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d.strftime("%d%m%y") + body[7:10]) % 31]

    def hetu_fi(self) -> str:
        """A henkilötunnus with any century sign of its century (the 2023 ones too: ``Y`` ...
        ``U`` for the 1900s, ``B`` ... ``F`` for the 2000s), a child born up to 2023 too."""
        d = dt.date(1935, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 88))
        sign = self.rng.choice("--YXWVU" if d.year < 2000 else "AABCDEF")
        body = d.strftime("%d%m%y") + sign + "%03d" % self.rng.randrange(2, 900)
        value = next(c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY" if std_hetu.is_valid(body + c))
        return body + value

    def orgnr(self) -> str:
        while True:
            body = str(self.rng.choice([8, 9])) + "%07d" % self.rng.randrange(10 ** 7)
            value = next((body + str(d) for d in range(10)
                          if std_orgnr.checksum(body + str(d)) == 0), "")
            if value and std_orgnr.is_valid(value):
                return value[:3] + " " + value[3:6] + " " + value[6:] if self.rng.random() < 0.5 \
                    else value

    def kontonr(self) -> str:
        while True:
            body = "%010d" % self.rng.randrange(10 ** 9, 10 ** 10)
            value = next((body + str(d) for d in range(10)
                          if std_kontonr.is_valid(body + str(d))), "")
            if value:
                return value[:4] + "." + value[4:6] + "." + value[6:] if self.rng.random() < 0.6 \
                    else value

    def iban(self, lang: str) -> str:
        country, size = {"nb": ("NO", 11), "nn": ("NO", 11), "da": ("DK", 14), "sv": ("SE", 20),
                         "en": ("GB", 0), "fi": ("FI", 14)}[lang]
        if country == "GB":
            bban = "NWBK" + "".join(str(self.rng.randrange(10)) for _ in range(14))
        elif country == "NO":
            bban = self.kontonr().replace(".", "")
        else:
            bban = "".join(str(self.rng.randrange(10)) for _ in range(size))
        check = std_iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) \
            if self.rng.random() < 0.6 else value

    def card(self) -> str:
        body = self.rng.choice(["4", "51", "52", "55"])
        body += "".join(str(self.rng.randrange(10)) for _ in range(15 - len(body)))
        value = body + luhn.calc_check_digit(body)
        return " ".join(value[i:i + 4] for i in range(0, 16, 4))

    def phone(self, lang: str) -> str:
        region = {"nb": "NO", "nn": "NO", "da": "DK", "sv": "SE", "en": "GB", "fi": "FI"}[lang]
        while True:
            if region == "NO":
                digits = self.rng.choice("49") + "%07d" % self.rng.randrange(10 ** 7)
                forms = [digits, f"{digits[:3]} {digits[3:5]} {digits[5:]}", f"+47 {digits}"]
            elif region == "DK":
                digits = self.rng.choice(["2", "3", "4", "5", "6"]) + "%07d" % self.rng.randrange(10 ** 7)
                forms = [f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}", f"+45 {digits}",
                         digits]
            elif region == "SE":
                rest = "%07d" % self.rng.randrange(10 ** 7)
                digits = "07" + self.rng.choice("0236") + rest
                forms = [f"{digits[:3]}-{rest[:3]} {rest[3:5]} {rest[5:]}",
                         f"+46 {digits[1:3]} {rest[:3]} {rest[3:5]} {rest[5:]}"]
            elif region == "GB":
                digits = "07" + self.rng.choice("45789") + "%08d" % self.rng.randrange(10 ** 8)
                forms = [f"{digits[:5]} {digits[5:]}", f"+44 {digits[1:5]} {digits[5:]}"]
            else:
                digits = self.rng.choice(["040", "041", "044", "045", "050"]) \
                    + "%07d" % self.rng.randrange(10 ** 7)
                forms = [f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits, f"{digits[:3]}-{digits[3:]}",
                         f"+358 {digits[1:3]} {digits[3:6]} {digits[6:]}", f"+358{digits[1:]}"]
            try:
                parsed = phonenumbers.parse(digits, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                return self.rng.choice(forms)

    def email(self, name: str) -> str:
        local = name.lower().replace(" ", ".")
        for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"),
                     ("ü", "u")):
            local = local.replace(a, b)
        local = "".join(c for c in local if c.isalnum() or c == ".")
        domain = self.rng.choice(["gmail.com", "outlook.com", "firma.no", "post.dk", "telia.se",
                                  "example.co.uk"])
        return f"{local}@{domain}"

    def ip(self) -> str:
        return f"{self.rng.choice([10, 172, 192, 81, 193])}.{self.rng.randrange(256)}." \
               f"{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"

    def gps(self) -> str:
        return f"{self.rng.uniform(55, 70):.5f}, {self.rng.uniform(5, 25):.5f}"

    def passport(self) -> str:
        return self.rng.choice(["FH", "NK", "PA", "AB"]) + "%07d" % self.rng.randrange(10 ** 7)

    # near misses --------------------------------------------------------------------------
    def order(self) -> str:
        return self.rng.choice(["#", "", "ORD-", "SO"]) + str(self.rng.randrange(10 ** 5, 10 ** 8))

    def invoice(self) -> str:
        return str(self.rng.randrange(10 ** 6, 10 ** 9))

    def amount(self, lang: str = "") -> str:
        if lang == "fi":
            return f"{self.rng.randrange(5, 3000):,}".replace(",", " ") + \
                self.rng.choice([f",{self.rng.randrange(100):02d} €", " €", " EUR", ",00 euroa"])
        return f"{self.rng.randrange(100, 30000):,}".replace(",", " ") + \
            self.rng.choice([",00 kr", " NOK", " SEK", ",-", " DKK"])

    def date(self) -> str:
        d = dt.date(2023, 1, 1) + dt.timedelta(days=self.rng.randrange(900))
        return self.rng.choice([d.strftime("%d.%m.%Y"), d.isoformat(), d.strftime("%d/%m/%Y")])


# ------------------------------------------------------------------------------ tickets

class Ticket:
    """Text built piece by piece; ``v`` adds a gold value, ``t`` plain text."""

    def __init__(self, kind: str, lang: str) -> None:
        self.kind, self.lang = kind, lang
        self.parts: list[str] = []
        self.gold: list[dict] = []
        self.size = 0

    def t(self, text: str) -> "Ticket":
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, value: str, entity: str) -> "Ticket":
        self.gold.append({"entity_type": entity, "start": self.size, "end": self.size + len(value)})
        return self.t(value)

    def record(self, rid: str, hint: bool) -> dict:
        rec = {"id": rid, "text": "".join(self.parts), "gold": self.gold, "kind": self.kind}
        if hint:
            rec["lang"] = self.lang
        return rec


GREET = {"en": ["Hi,", "Hello,", "Dear support,"], "da": ["Hej,", "Hej med jer,"],
         "nb": ["Hei,", "Hei!", "Hallo,"], "sv": ["Hej,", "Hejsan,"],
         "nn": ["Hei,", "Hei!", "Hallo,", "God dag,"],
         "fi": ["Hei,", "Moi,", "Hei!", "Hyvä vastaanottaja,"]}
SIGN = {"en": ["Kind regards,", "Best regards,", "Thanks,", "Cheers,"],
        "da": ["Med venlig hilsen", "Venlig hilsen", "Mvh"],
        "nb": ["Med vennlig hilsen", "Mvh", "Hilsen"], "sv": ["Med vänlig hälsning", "Mvh", "Hälsningar"],
        "nn": ["Med venleg helsing", "Venleg helsing", "Helsing", "Mvh", "Beste helsing"],
        "fi": ["Ystävällisin terveisin", "Terveisin", "Kiitos,", "Ystävällisin terveisin,"]}
NATIONAL = {"da": ("CPR-nr.", "DK_CPR"), "nb": ("Fødselsnummer:", "NO_FODSELSNUMMER"),
            "sv": ("Personnummer:", "SE_PERSONNUMMER"), "nn": ("Fødselsnummer:", "NO_FODSELSNUMMER"),
            "fi": ("Henkilötunnus:", "FI_PERSONAL_IDENTITY_CODE")}
LABELS = {
    "en": {"name": "Name", "phone": "Phone", "email": "Email", "address": "Address", "dob": "Date of birth"},
    "da": {"name": "Navn", "phone": "Telefon", "email": "E-mail", "address": "Adresse", "dob": "Fødselsdato"},
    "nb": {"name": "Navn", "phone": "Telefon", "email": "E-post", "address": "Adresse", "dob": "Fødselsdato"},
    "sv": {"name": "Namn", "phone": "Telefon", "email": "E-post", "address": "Adress", "dob": "Födelsedatum"},
    "nn": {"name": "Namn", "phone": "Telefon", "email": "E-post", "address": "Adresse", "dob": "Fødselsdato"},
    "fi": {"name": "Nimi", "phone": "Puhelin", "email": "Sähköposti", "address": "Osoite", "dob": "Syntymäaika"},
}
#: English words that are also first names, in phrases where they are words.
WORD_NAME_PHRASES = [
    "Grace period ends on {date}.", "Frank feedback is welcome.", "Will this be fixed soon?",
    "May I ask for an update?", "Rose Garden is closed for the season.", "Grace notes in the manual are wrong.",
    "Frank discussion with the vendor helped.", "Will do.", "Hope is not a plan here.",
    "Joy of joys, the export works again.", "Faith in the new release is low.",
    "Rose Street office is moving.", "Mark the invoice {inv} as paid.", "Bill me for the upgrade.",
    "Sue them if needed, says legal.", "Dawn shift reports the same error.", "Summer sale ends {date}.",
    "Iris scanner at the door is down.", "Ivy League pricing, honestly.", "Pat on the back to the team.",
    "Grant access to the folder, please.", "Chase payment for order {order}.", "Hunter green theme is missing.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WEEKDAYS_IN = {"en": WEEKDAYS, "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
               "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
               "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
               "nn": ["måndag", "tysdag", "onsdag", "torsdag", "fredag"],
               "fi": ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]}


def build(kind: str, lang: str, val: Values, rng: random.Random) -> Ticket:
    T = Ticket(kind, lang)
    L = LABELS[lang]
    g, s = rng.choice(GREET[lang]), rng.choice(SIGN[lang])
    if kind == "complaint":
        name = val.name(lang)
        body = {"en": "My order {order} arrived damaged and nobody answers. Call me on ",
                "da": "Min ordre {order} kom i stykker, og ingen svarer. Ring til mig på ",
                "nb": "Ordren min {order} kom ødelagt, og ingen svarer. Ring meg på ",
                "sv": "Min order {order} kom trasig och ingen svarar. Ring mig på ",
                "nn": "Ordren min {order} kom øydelagd, og ingen svarar. Ring meg på ",
                "fi": "Tilaukseni {order} tuli rikkinäisenä, eikä kukaan vastaa. Soittakaa minulle numeroon "}[lang]
        T.t(f"{g}\n\n" + body.format(order=val.order())).v(val.phone(lang), "PHONE_NUMBER")
        T.t(".\n\n" + s + "\n").v(name, "PERSON")
    elif kind == "national_id":
        name = val.name(lang)
        lab, ent = NATIONAL.get(lang, ("NI number:", None))
        if lang == "fi":
            lab = rng.choice(["Henkilötunnus:", "Hetu:", "HETU", "Henkilötunnukseni on"])
        T.t(f"{g}\n").t({"en": "I need to update my details. ", "da": "Jeg skal opdatere mine oplysninger. ",
                         "nb": "Jeg må oppdatere opplysningene mine. ",
                         "sv": "Jag behöver uppdatera mina uppgifter. ",
                         "nn": "Eg må oppdatere opplysningane mine. ",
                         "fi": "Minun pitää päivittää tietoni. "}[lang])
        if ent:
            value = {"DK_CPR": val.cpr, "NO_FODSELSNUMMER": val.fnr, "SE_PERSONNUMMER": val.pnr,
                     "FI_PERSONAL_IDENTITY_CODE": val.hetu_fi}[ent]()
            T.t(lab + " ").v(value, ent).t("\n")
        T.t(f"{s}\n").v(name, "PERSON")
    elif kind == "chat":
        agent, cust = val.first(lang), val.name(lang)
        role_a, role_c = {"en": ("Agent", "Customer"), "da": ("Agent", "Kunde"),
                          "nb": ("Veileder", "Kunde"), "sv": ("Handläggare", "Kund"),
                          "nn": ("Rettleiar", "Kunde"),
                          "fi": ("Asiakaspalvelija", "Asiakas")}[lang]
        T.t(f"[10:0{rng.randrange(10)}] {role_a} ").v(agent, "PERSON").t(": ")
        T.t({"en": "Hello, how can I help?", "da": "Hej, hvordan kan jeg hjælpe?",
             "nb": "Hei, hva kan jeg hjelpe med?", "sv": "Hej, vad kan jag hjälpa till med?",
             "nn": "Hei, kva kan eg hjelpe med?", "fi": "Hei, miten voin auttaa?"}[lang])
        T.t(f"\n[10:1{rng.randrange(10)}] {role_c}: ")
        T.t({"en": "this is ", "da": "det er ", "nb": "det er ", "sv": "det är ", "nn": "det er ", "fi": "tässä "}[lang]).v(cust, "PERSON")
        T.t({"en": ", my email is ", "da": ", min mail er ", "nb": ", e-posten min er ",
             "sv": ", min mejl är ", "nn": ", e-posten min er ",
             "fi": ", sähköpostini on "}[lang]).v(val.email(cust), "EMAIL_ADDRESS")
        T.t(f"\n[10:2{rng.randrange(10)}] {role_a} ").v(agent, "PERSON").t(": ")
        T.t({"en": "Thanks, I have found case {o}.", "da": "Tak, jeg har fundet sag {o}.",
             "nb": "Takk, jeg fant sak {o}.", "sv": "Tack, jag hittade ärende {o}.",
             "nn": "Takk, eg fann sak {o}.", "fi": "Kiitos, löysin tapauksen {o}."}[lang]
            .format(o=val.order()))
    elif kind == "signature":
        name = val.name(lang)
        T.t({"en": "Please see the attached log.\n\n", "da": "Se venligst vedhæftede log.\n\n",
             "nb": "Se vedlagt logg.\n\n", "sv": "Se bifogad logg.\n\n", "nn": "Sjå vedlagd logg.\n\n", "fi": "Loki on liitteenä.\n\n"}[lang])
        T.t(f"{s}\n").v(name, "PERSON").t("\n")
        T.t(rng.choice(["IT Manager", "Controller", "Office manager", "Teamleder", "Ekonomi"]) + "\n")
        T.t(f"{L['phone']}: ").v(val.phone(lang), "PHONE_NUMBER").t("\n")
        T.v(val.email(name), "EMAIL_ADDRESS").t("\n")
    elif kind == "forwarded":
        a, b = val.name(lang), val.name(lang)
        head = {"en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
                "da": ("---------- Videresendt besked ----------", "Fra", "Dato", "Til", "Emne"),
                "nb": ("---------- Videresendt melding ----------", "Fra", "Dato", "Til", "Emne"),
                "sv": ("---------- Vidarebefordrat meddelande ----------", "Från", "Datum", "Till", "Ämne"),
                "nn": ("---------- Vidaresendt melding ----------", "Frå", "Dato", "Til", "Emne"),
                "fi": ("---------- Välitetty viesti ----------", "Lähettäjä", "Päivämäärä", "Vastaanottaja",
                       "Aihe")}[lang]
        T.t(f"FYI\n\n{head[0]}\n{head[1]}: ").v(a, "PERSON").t(" <").v(val.email(a), "EMAIL_ADDRESS")
        T.t(f">\n{head[2]}: {val.date()} 14:{rng.randrange(10, 60)}\n{head[3]}: ").v(b, "PERSON")
        T.t(" <").v(val.email(b), "EMAIL_ADDRESS").t(f">\n{head[4]}: Invoice {val.invoice()}\n\n")
        T.t({"en": "Please check the amount of ", "da": "Tjek venligst beløbet på ",
             "nb": "Kan du sjekke beløpet på ", "sv": "Kan du kolla beloppet på ",
             "nn": "Kan du sjekke beløpet på ", "fi": "Voisitko tarkistaa summan "}[lang]
            + val.amount(lang) + ".\n")
    elif kind == "list_rows":
        T.t({"en": "Contact list for the new office:\n", "da": "Kontaktliste:\n",
             "nb": "Kontaktliste for avdelingen:\n", "sv": "Kontaktlista:\n",
             "nn": "Kontaktliste for avdelinga:\n", "fi": "Yhteystiedot:\n"}[lang])
        for _ in range(rng.randint(2, 4)):
            n = val.name(lang)
            sep = rng.choice(["\t", " | ", "  "])
            T.v(n, "PERSON").t(sep).v(val.phone(lang), "PHONE_NUMBER").t(sep)
            T.v(val.email(n), "EMAIL_ADDRESS").t("\n")
    elif kind == "kv_form":
        n = val.name(lang)
        T.t(f"{L['name']}: ").v(n, "PERSON").t(f"\n{L['address']}: ").v(val.street(lang), "STREET_ADDRESS")
        T.t(", " + val.place(lang) + f"\n{L['phone']}: ").v(val.phone(lang), "PHONE_NUMBER")
        T.t(f"\n{L['email']}: ").v(val.email(n), "EMAIL_ADDRESS")
        d = val.birth()
        T.t(f"\n{L['dob']}: ").v(d.strftime("%d.%m.%Y") if lang != "en" else d.strftime("%d/%m/%Y"),
                                 "DATE_OF_BIRTH")
        T.t({"en": "\nOrder no: ", "da": "\nOrdrenr: ", "nb": "\nOrdrenr: ", "sv": "\nOrdernr: ",
             "nn": "\nOrdrenr: ", "fi": "\nTilausnumero: "}[lang]
            + val.order() + "\n")
    elif kind == "address_block":
        n = val.name(lang)
        T.t({"en": "Ship to:\n", "da": "Leveringsadresse:\n", "nb": "Leveringsadresse:\n",
             "sv": "Leveransadress:\n", "nn": "Leveringsadresse:\n", "fi": "Toimitusosoite:\n"}[lang]).v(n, "PERSON").t("\n").v(val.street(lang), "STREET_ADDRESS")
        T.t("\n" + val.place(lang) + "\n\n")
        T.t({"en": "Order {o}, total {a}", "da": "Ordre {o}, i alt {a}", "nb": "Ordre {o}, totalt {a}",
             "sv": "Order {o}, totalt {a}", "nn": "Ordre {o}, totalt {a}", "fi": "Tilaus {o}, yhteensä {a}"}[lang]
            .format(o=val.order(), a=val.amount(lang)) + "\n")
    elif kind == "near_miss":
        T.t(f"{g}\n")
        T.t({"en": "Invoice {i} dated {d} for {a} is still open. Order {o} ships on {d2}.",
             "da": "Faktura {i} af {d} på {a} er stadig åben. Ordre {o} sendes {d2}.",
             "nb": "Faktura {i} datert {d} på {a} er fortsatt åpen. Ordre {o} sendes {d2}.",
             "sv": "Faktura {i} daterad {d} på {a} är fortfarande öppen. Order {o} skickas {d2}.",
             "nn": "Faktura {i} datert {d} på {a} er framleis open. Ordre {o} blir sendt {d2}.",
             "fi": "Lasku {i} ({d}, {a}) on yhä maksamatta. Tilaus {o} lähtee {d2}."}[lang]
            .format(i=val.invoice(), d=val.date(), a=val.amount(lang), o=val.order(), d2=val.date()))
        T.t(f"\n{'Viitenumero' if lang == 'fi' else 'KID'}: {val.invoice()}{rng.randrange(10)}\nVersion 4.{rng.randrange(20)}.{rng.randrange(9)}\n")
    elif kind == "english_words":
        picks = rng.sample(WORD_NAME_PHRASES, 3)
        T.t("Hi team,\n\n")
        for p in picks:
            T.t(p.format(date=val.date(), inv=val.invoice(), order=val.order()) + " ")
        T.t("\n\n")
        if rng.random() < 0.5:
            T.t(rng.choice(["Thanks,", "Regards,", "Cheers,"]) + "\n" + rng.choice(WEEKDAYS) + "\n")
        else:
            T.t("Thanks, ").v(val.name("en"), "PERSON").t("\n")
    elif kind == "english_names":
        n = val.first("en")
        word_name = rng.choice(["Grace", "Frank", "Rose", "May", "Will", "Mark", "Bill", "Hope"])
        T.t("Hello,\n\n").v(f"{word_name} {val.last('en')}", "PERSON")
        T.t(" from accounts asked me to chase this. ")
        T.t(rng.choice(WORD_NAME_PHRASES).format(date=val.date(), inv=val.invoice(), order=val.order()))
        T.t("\n\nBest,\n").v(n, "PERSON").t("\n")
    elif kind == "en_address":
        n = val.name("en")
        T.t("Please update my address to ").v(val.street("en"), "STREET_ADDRESS")
        T.t(", " + val.fakers["en"].postcode() + ". Thanks, ").v(n, "PERSON")
    elif kind == "payment":
        n = val.name(lang)
        if lang in ("nb", "nn"):
            T.t("Refusjonen kan betales til konto " if lang == "nb"
                else "Refusjonen kan betalast til konto ").v(val.kontonr(), "NO_BANK_ACCOUNT")
        else:
            T.t({"en": "Please refund to IBAN ", "da": "Tilbagebetal venligst til IBAN ",
                 "sv": "Återbetala till IBAN ", "fi": "Palauttakaa rahat tilille "}[lang]).v(val.iban(lang), "IBAN_CODE")
        T.t(f". {s} ").v(n, "PERSON")
    elif kind == "card":
        T.t({"en": "I was charged twice on card ", "da": "Jeg blev trukket to gange på kort ",
             "nb": "Jeg ble belastet to ganger på kort ", "sv": "Jag drogs två gånger på kort ",
             "nn": "Eg vart belasta to gonger på kort ", "fi": "Kortiltani veloitettiin kahdesti "}[lang])
        T.v(val.card(), "CREDIT_CARD").t(f" ({val.amount(lang)})." if lang == "fi" else f" for {val.amount()}.")
    elif kind == "log_lines":
        for _ in range(rng.randint(2, 4)):
            T.t(f"{val.date()} 12:{rng.randrange(10, 60)}:{rng.randrange(10, 60)} WARN login failed "
                f"user=admin src=").v(val.ip(), "IP_ADDRESS").t(f" req={val.invoice()}\n")
    elif kind == "gps":
        T.t({"en": "The van broke down at ", "da": "Bilen holder ved ", "nb": "Bilen står ved GPS ",
             "sv": "Bilen står vid GPS ", "nn": "Bilen står ved GPS ",
             "fi": "Auto hajosi GPS-sijainnissa "}[lang]).v(val.gps(), "GPS_COORDINATES").t(".")
    elif kind == "passport":
        n = val.name(lang)
        T.t({"en": "Passport number: ", "da": "Pasnummer: ", "nb": "Passnummer: ",
             "sv": "Passnummer: ", "nn": "Passnummer: ", "fi": "Passin numero: "}[lang]).v(val.passport(), "PASSPORT_NUMBER")
        T.t(f"\n{L['name']}: ").v(n, "PERSON").t("\n")
    elif kind == "orgnr":
        T.t({"en": "Company reg. no. ", "da": "Norsk org.nr. ", "nb": "Org.nr. ",
             "sv": "Norskt org.nr ", "nn": "Org.nr. ", "fi": "Norjalainen org.nr. "}[lang]).v(val.orgnr(), "NO_ORGNR")
        T.t({"en": ", invoice {i}.", "da": ", faktura {i}.", "nb": ", faktura {i}.",
             "sv": ", faktura {i}.", "nn": ", faktura {i}.", "fi": ", lasku {i}."}[lang].format(i=val.invoice()))
    elif kind == "id_then_phone":
        # a list row: an ID cell, then a phone cell
        lab, ent = NATIONAL.get(lang, ("Norwegian ID", "NO_FODSELSNUMMER"))
        if lang == "en":
            lab = rng.choice(["Norwegian ID", "Swedish ID"])
            ent = "NO_FODSELSNUMMER" if lab.startswith("Norwegian") else "SE_PERSONNUMMER"
        value = {"DK_CPR": val.cpr, "NO_FODSELSNUMMER": val.fnr, "SE_PERSONNUMMER": val.pnr,
                     "FI_PERSONAL_IDENTITY_CODE": val.hetu_fi}[ent]()
        T.t("- ").v(val.name(lang), "PERSON").t(f", {lab} ").v(value, ent).t(" - ")
        T.v(val.phone({"DK_CPR": "da", "NO_FODSELSNUMMER": "nb", "SE_PERSONNUMMER": "sv",
                       "FI_PERSONAL_IDENTITY_CODE": "fi"}[ent]),
            "PHONE_NUMBER").t("\n")
    elif kind == "se_plus":
        n = val.name("sv")
        T.t(f"{L['name']}: ").v(n, "PERSON").t(f"\n{rng.choice(['Pers.nr', 'Personnr', 'Pnr'])}: ")
        T.v(val.pnr(plus=rng.random() < 0.5), "SE_PERSONNUMMER").t("\n")
    elif kind == "bare_id":
        # an ID with no label: the ticket's own country's, any of three in English
        ent = {"da": "DK_CPR", "nb": "NO_FODSELSNUMMER", "sv": "SE_PERSONNUMMER",
               "nn": "NO_FODSELSNUMMER", "fi": "FI_PERSONAL_IDENTITY_CODE"}.get(lang) \
            or rng.choice(["SE_PERSONNUMMER", "DK_CPR", "NO_FODSELSNUMMER"])
        value = {"DK_CPR": val.cpr, "NO_FODSELSNUMMER": val.fnr, "SE_PERSONNUMMER": val.pnr,
                     "FI_PERSONAL_IDENTITY_CODE": val.hetu_fi}[ent]()
        T.t({"en": "Re: ", "da": "Vedr. ", "nb": "Gjelder ", "sv": "Angående ", "nn": "Gjeld ", "fi": "Koskee "}[lang]).v(value, ent)
        T.t({"en": " - please update the record.", "da": " - opdater venligst.",
             "nb": " - oppdater registeret.", "sv": " - uppdatera registret.",
             "nn": " - oppdater registeret.", "fi": " - päivittäkää rekisteri."}[lang])
    elif kind == "hetu":
        T.t({"en": "Finnish personal identity code ", "da": "Finsk personnummer (HETU) ",
             "nb": "Finsk personnummer (HETU) ", "sv": "Finskt personnummer (HETU) ",
             "nn": "Finsk personnummer (HETU) ", "fi": "Henkilötunnukseni on "}[lang])
        T.v(val.hetu_fi() if lang == "fi" else val.hetu(), "FI_PERSONAL_IDENTITY_CODE").t(".")
    elif kind == "intro":
        n = val.name(lang)
        T.t({"en": "Hi, my name is ", "da": "Hej, jeg hedder ", "nb": "Hei, jeg heter ",
             "sv": "Hej, jag heter ", "nn": "Hei, eg heiter ",
             "fi": "Hei, nimeni on "}[lang]).v(n, "PERSON")
        T.t({"en": " and I live at ", "da": " og jeg bor på ", "nb": " og jeg bor i ",
             "sv": " och jag bor på ", "nn": " og eg bur i ",
             "fi": " ja asun osoitteessa "}[lang]).v(val.street(lang), "STREET_ADDRESS").t(". ")
        T.t({"en": "Ticket {o} is about my {d} bill.", "da": "Sag {o} handler om regningen fra {d}.",
             "nb": "Sak {o} gjelder regningen fra {d}.",
             "sv": "Ärende {o} gäller fakturan från {d}.",
             "nn": "Sak {o} gjeld rekninga frå {d}.",
             "fi": "Tapaus {o} koskee laskuani {d}."}[lang].format(o=val.order(), d=val.date()))
    elif kind == "weekday_signoff":
        T.t({"en": "Thanks for the quick fix, all good now.\n\nHave a good weekend,\n",
             "da": "Tak for hjælpen.\n\nGod weekend,\n", "nb": "Takk for hjelpen.\n\nGod helg,\n",
             "sv": "Tack för hjälpen.\n\nTrevlig helg,\n",
             "nn": "Takk for hjelpa.\n\nGod helg,\n",
             "fi": "Kiitos avusta.\n\nHyvää viikonloppua,\n"}[lang]).v(val.first(lang), "PERSON")
        T.t("\n" + {"en": "Sent on ", "da": "Sendt ", "nb": "Sendt ", "sv": "Skickat ", "nn": "Sendt ", "fi": "Lähetetty "}[lang]
            + rng.choice(WEEKDAYS_IN[lang]) + " " + val.date())
    elif kind == "fi_inflected":
        first, other, me = val.first(lang), val.first(lang), val.name(lang)
        T.t(f"{g}\n\nSoitin eilen ")
        _inflected(T, first, "lle")
        T.t(" numeroon ").v(val.phone(lang), "PHONE_NUMBER").t(", mutta kukaan ei vastannut. ")
        if rng.random() < 0.5:
            _inflected(T, other, "n")
            T.t(" puhelinnumero on ").v(val.phone(lang), "PHONE_NUMBER").t(". ")
        else:
            T.t("Sain ")
            _inflected(T, other, "lta")
            T.t(f" viestin, että tapaus {val.order()} on ratkaistu. ")
        T.t(rng.choice(["Onko ", "Voisiko "]))
        _inflected(T, first, "lla")
        T.t(" pääsy palveluun?\n\n" + s + "\n").v(me, "PERSON").t("\n")
    elif kind == "fi_form":
        n, code = val.name(lang), val.hetu_fi()
        born = dt.date(int(code[4:6]) + (1900 if code[6] in "-YXWVU" else 2000), int(code[2:4]),
                       int(code[:2]))
        T.t(f"{g}\n\nPäivittäkää tietoni:\nNimi: ").v(n, "PERSON")
        T.t(f"\n{rng.choice(['Henkilötunnus', 'Hetu', 'HETU'])}: ").v(code, "FI_PERSONAL_IDENTITY_CODE")
        if rng.random() < 0.5:
            T.t("\nSyntymäaika: ").v(born.strftime(rng.choice(["%d.%m.%Y", "%-d.%-m.%Y"])), "DATE_OF_BIRTH")
        T.t(f"\n{rng.choice(['Puhelin', 'Matkapuhelin', 'Puh.'])}: ").v(val.phone(lang), "PHONE_NUMBER")
        T.t("\nSähköposti: ").v(val.email(n), "EMAIL_ADDRESS")
        T.t("\nOsoite: ").v(val.street(lang), "STREET_ADDRESS").t(f", {val.place(lang)}")
        T.t("\nTilinumero: ").v(val.iban(lang), "IBAN_CODE")
        T.t(f"\nAsiakasnumero: {val.invoice()}\n")
    elif kind == "fi_words":
        T.t(f"{g}\n\n")
        for p in rng.sample(FI_WORD_PHRASES, 4):
            T.t(p.format(date=val.date(), inv=val.invoice(), order=val.order(), amount=val.amount(lang),
                         version=f"4.{rng.randrange(20)}.{rng.randrange(9)}") + " ")
        T.t("\n\n" + s + "\n").v(val.name(lang), "PERSON").t("\n")
    elif kind == "fi_relative":
        name, me = val.name(lang), val.first(lang)
        T.t(f"{g}\n\nKirjoitan {rng.choice(['äitini', 'isäni', 'isoäitini'])} puolesta. Hän on ")
        T.v(name, "PERSON").t(", henkilötunnus ").v(val.hetu_fi(), "FI_PERSONAL_IDENTITY_CODE")
        T.t(", ja asuu osoitteessa ").v(val.street(lang), "STREET_ADDRESS").t(f", {val.place(lang)}. ")
        T.t("Hänellä ei ole pankkitunnuksia, joten mitä teemme nyt?\n\n" + s + "\n").v(me, "PERSON").t("\n")
    elif kind == "nn_question":
        name = val.name(lang)
        T.t(f"{g} eg har eit spørsmål om rekninga frå {val.date()}. Kva skal eg gjere no? Eg har "
            "ikkje fått svar frå nokon hos dykk.\n\nDe kan ringje meg på ").v(val.phone(lang), "PHONE_NUMBER")
        T.t(" eller sende e-post til ").v(val.email(name), "EMAIL_ADDRESS").t(".\n\n" + s + "\n")
        T.v(name, "PERSON").t("\n")
    elif kind == "nn_relative":
        name, me = val.name(lang), val.first(lang)
        T.t(f"{g}\n\nEg skriv på vegner av {rng.choice(['mor mi', 'far min', 'bestemor mi'])}, ")
        T.v(name, "PERSON").t(", som bur i ").v(val.street(lang), "STREET_ADDRESS")
        T.t(f", {val.place(lang)}. Ho har ikkje BankID, så kva gjer vi no? Fødselsnummeret er ")
        T.v(val.fnr(), "NO_FODSELSNUMMER").t(f".\n\n{rng.choice(['Helsing', 'Venleg helsing'])}\n")
        T.v(me, "PERSON").t("\n")
    elif kind == "nn_contact":
        name = val.name(lang)
        T.t(f"{g}\n\nKan nokon sjå på saka mi ({val.order()})? Kva er status? Eg har ikkje "
            "høyrt noko frå dykk enno.\n\n" + s + "\n").v(name, "PERSON")
        T.t(f"\n{rng.choice(['Tlf.', 'Mobil:', 'Telefon:'])} ").v(val.phone(lang), "PHONE_NUMBER")
        T.t("\nAdresse: ").v(val.street(lang), "STREET_ADDRESS").t(f", {val.place(lang)}\n")
    elif kind in MORE_KINDS:
        build_more(T, val, rng, g, s)
    elif kind in REQUEST_KINDS:
        build_requests(T, val, rng, g, s)
    else:
        raise ValueError(kind)
    return T


def _inflected(T: Ticket, first: str, ending: str) -> None:
    """Writes Finnish first name ``first`` in a case (genitive ``n``, allative ``lle``, adessive
    ``lla``, ablative ``lta``), the vowel harmonised and a double stop weakened (``Matti`` ->
    ``Matille``, ``Liisa`` -> ``Liisan``, ``Mikael`` -> ``Mikaelilta``); the gold span is the
    stem, the case ending left out (PERSON is scored by overlap)."""
    stem, link = first, ""
    if first[-1] in "aeiouyäö":
        for stop in ("kk", "pp", "tt"):
            if first[-3:-1] == stop:
                stem = first[:-2] + first[-1]
    elif first.endswith("s"):
        stem, link = first[:-1] + "kse", ""
    else:
        link = "i"
    if not any(c in first.lower() for c in "aou"):
        ending = ending.replace("a", "ä")
    T.v(stem, "PERSON").t(link + ending)


#: Finnish phrases with near misses: numbers, dates and amounts with no label, and words that
#: are also Finnish first names opening their sentence ('Onni', luck; 'Toivo', hope; 'Tuuli',
#: wind; 'Armas', dear)
FI_WORD_PHRASES = [
    "Tilaus {order} on yhä matkalla.", "Lasku {inv} erääntyi {date}.", "Summa {amount} veloitettiin kahdesti.",
    "Onni ei ollut matkassa tällä kertaa.", "Toivo on, että vika korjataan pian.",
    "Tuuli kaatoi antennimaston viime yönä.", "Armas aika, taas sama vika.",
    "Kiitos nopeasta vastauksesta.", "Valitettavasti sovellus kaatuu edelleen.",
    "Toimitus viivästyi {date} asti.", "Päivitys {version} ei auttanut.",
    "Tapaus {order} on edelleen auki.", "Asiakasnumero {inv} ei toimi verkkopalvelussa.",
    "Eräpäivä oli {date}.", "Lumi esti toimituksen tiistaina.", "Viitenumero {inv} puuttuu laskusta.",
]

# ------------------------------------------------------------------------------ more kinds

#: (``--more``) a spouse, child or parent as a helpdesk note or letter names them, women first
RELATIVES = {"en": ["wife", "daughter", "mother", "husband", "son", "father"],
             "nb": ["kona", "dattera", "mora", "mannen", "sønnen", "faren"],
             "nn": ["kona", "dottera", "mora", "mannen", "sonen", "faren"],
             "da": ["konen", "datteren", "moren", "manden", "sønnen", "faren"],
             "sv": ["frun", "dottern", "mamman", "maken", "sonen", "pappan"]}


def _kin(val: "Values", lang: str, rng: random.Random, full: bool) -> tuple[str, str]:
    """A relative's word and a first (or full) name that fits it."""
    i = rng.randrange(6)
    f = val.fakers[lang]
    first = f.first_name_female() if i < 3 else f.first_name_male()
    return RELATIVES[lang][i], f"{first} {f.last_name()}" if full else first


#: Danish floor and side after the house number ('2. tv.', 'st. th.', '1. mf.')
DK_FLOORS = ["2. tv.", "st. th.", "1. mf.", "3. th.", "4. sal", "st.", "1.tv", "2. th"]
#: BICs of Nordic and British banks (near misses: 8 or 11 letters and digits, no gold)
BICS = {"en": ["NWBKGB2L", "BARCGB22", "HBUKGB4B"], "nb": ["DNBANOKK", "NDEANOKK", "SPRONO22"],
        "nn": ["DNBANOKK", "SPSONO22"], "da": ["DABADKKK", "NDEADKKK", "JYBADKKK"],
        "sv": ["SWEDSESS", "HANDSESS", "ESSESESS"]}


def _luhn_number(rng: random.Random, size: int) -> str:
    body = "".join(str(rng.randrange(10)) for _ in range(size - 1))
    return body + luhn.calc_check_digit(body)


def _kid(rng: random.Random) -> str:
    """A KID/OCR payment reference with a mod-10 check digit, never 11 digits (so it is no
    Norwegian account or fødselsnummer by its length)."""
    return _luhn_number(rng, rng.choice([8, 10, 12, 15]))


def _hm(rng: random.Random, sep: str = ":") -> str:
    return f"{rng.randrange(8, 17):02d}{sep}{rng.randrange(60):02d}"


def _dob_text(d: dt.date, lang: str, rng: random.Random) -> str:
    """A birth date as a note or letter writes it: numeric in the language's order, Danish
    '12/3-2009', Swedish ISO or '12 mars 2009', English '12 March 2009'."""
    forms = {"en": ["%d/%m/%Y", "{d} {M} %Y"], "nb": ["%d.%m.%Y", "{d}. {m} %Y", "%d.%m.%y"],
             "nn": ["%d.%m.%Y", "{d}. {m} %Y"], "da": ["%d.%m.%Y", "{d}/{n}-%Y", "{d}. {m} %Y"],
             "sv": ["%Y-%m-%d", "{d} {m} %Y"]}[lang]
    full = {"en": "January February March April May June July August September October November "
                  "December".split()}
    form = rng.choice(forms)
    month = (full["en"] if lang == "en" else MONTHS[lang])[d.month - 1]
    return d.strftime(form.replace("{d}", str(d.day)).replace("{n}", str(d.month))
                      .replace("{m}", month).replace("{M}", month))


def build_more(T: Ticket, val: Values, rng: random.Random, g: str, s: str) -> None:
    """(``--more``) six kinds written unlike the ones above: an agent's call note in shorthand,
    an address change in prose, a Danish letter with 'cpr-nr.' and a floor after the street, a
    Swedish one with a 12-digit personnummer and 'lgh', a refund to an account with the KID,
    BIC and invoice as near misses, and a claim or leave request naming a relative with a birth
    date and a passport."""
    kind, lang = T.kind, T.lang
    if kind == "call_note":
        (rel, other), cust = _kin(val, lang, rng, False), val.name(lang)
        nid, ent = {"da": (val.cpr, "DK_CPR"), "sv": (val.pnr, "SE_PERSONNUMMER")}.get(
            lang, (val.fnr, "NO_FODSELSNUMMER"))
        d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}" if rng.random() < 0.5 else val.date()
        if lang in ("nb", "nn"):
            T.t(f"Notat {val.date()}: ringte kd. kl. {_hm(rng)}, " if lang == "nb"
                else f"Notat {val.date()}: ringde kd. kl. {_hm(rng)}, ")
            T.t("snakket m/ " if lang == "nb" else "snakka m/ ").t(rel + " (").v(other, "PERSON")
            T.t(f"), kd. selv på jobb. Ny tlf " if lang == "nb" else "), kd. sjølv på jobb. Ny tlf ")
            T.v(val.phone(lang), "PHONE_NUMBER").t(", gml. nr sperret. ")
            T.t(rng.choice(["Fnr ", "fnr. ", "F.nr: ", "fødselsnr "])).v(nid(), ent)
            T.t(f" bekr. Kd: ").v(cust, "PERSON").t(f". Sak {val.order()} oppd., tilb.ring {d} kl {_hm(rng, '.')}. ")
            T.t(f"/{rng.choice('ABCDEFGHJKLMST')}{rng.choice('ABCDEFGHJKLMST')}\n")
        elif lang == "da":
            T.t(f"Note {val.date()}: ringede kl. {_hm(rng, '.')} til kunden, talte m/ {rel} (")
            T.v(other, "PERSON").t("). Nyt tlf.nr. ").v(val.phone(lang), "PHONE_NUMBER")
            T.t(f", gl. nr. lukket. {rng.choice(['Cpr ', 'cpr.nr. ', 'CPR: '])}").v(nid(), ent)
            T.t(" bekr. Kunde: ").v(cust, "PERSON").t(f". Sag {val.order()} opd., ringer igen {d} kl. {_hm(rng, '.')}.\n")
        else:
            T.t(f"Anteckning {val.date()}: ringde kund kl {_hm(rng)}, pratade m. {rel} (").v(other, "PERSON")
            T.t("). Nytt tel.nr ").v(val.phone(lang), "PHONE_NUMBER").t(", gamla nr spärrat. ")
            T.t(rng.choice(["Pnr ", "pers.nr ", "Personnr: "])).v(nid(), ent)
            T.t(" bekr. Kund: ").v(cust, "PERSON").t(f". Ärende {val.order()} uppd., återkoppling {d} kl {_hm(rng)}.\n")
    elif kind == "address_move":
        me = val.name(lang)
        old, new = val.street(lang), val.street(lang)
        if lang == "en":
            town = val.fakers["en"].city()
            T.t(f"{g}\n\nWe moved last month from ").v(old, "STREET_ADDRESS").t(f", {town} to ")
            T.v(new, "STREET_ADDRESS").t(f", {val.fakers['en'].postcode()}, but parcel 2 of 3 for order "
                                          f"{val.order()} still went to the old house on {val.date()}. "
                                          "Please change the delivery address.\n\n" + s + "\n")
        else:
            text = {"nb": ("Vi har flyttet fra ", " til ", ", men pakke 2 av 3 i ordre {o} ble sendt til "
                           "gammel adresse {d}. Kan dere endre leveringsadressen?"),
                    "nn": ("Vi har flytta frå ", " til ", ", men pakke 2 av 3 i ordre {o} vart sendt til "
                           "gamal adresse {d}. Kan de endre leveringsadressa?"),
                    "da": ("Vi er flyttet fra ", " til ", ", men pakke 2 af 3 i ordre {o} blev sendt til "
                           "den gamle adresse {d}. Kan I rette leveringsadressen?"),
                    "sv": ("Vi har flyttat från ", " till ", ", men paket 2 av 3 i order {o} skickades till "
                           "gamla adressen {d}. Kan ni ändra leveransadressen?")}[lang]
            T.t(f"{g}\n\n{text[0]}").v(old, "STREET_ADDRESS").t(text[1]).v(new, "STREET_ADDRESS")
            T.t(f", {val.place(lang)}" + text[2].format(o=val.order(), d=val.date()) + "\n\n" + s + "\n")
        T.v(me, "PERSON").t("\n")
    elif kind == "da_letter":
        me, child = val.name("da"), val.fakers["da"].first_name_female()
        f = val.fakers["da"]
        T.t(f"{g}\n\nJeg er flyttet til ").v(f"{f.street_name()} {rng.randint(1, 90)}, {rng.choice(DK_FLOORS)}",
                                           "STREET_ADDRESS")
        T.t(f", {f.postcode()} {rng.choice([f.city(), 'København K', 'Aarhus C', 'Odense SV'])}, "
            "og vil gerne have regningen sendt dertil. Mit cpr-nr. er ").v(val.cpr(), "DK_CPR")
        T.t(f" og mit kundenr. {val.invoice()}. Min datter ").v(child, "PERSON").t(" (født ")
        T.v(_dob_text(val.birth(), "da", rng), "DATE_OF_BIRTH")
        T.t(f") står også på aftalen.\n\n{s}\n").v(me, "PERSON")
        T.t(f"\ntlf. ").v(val.phone("da"), "PHONE_NUMBER").t("\n")
    elif kind == "se_letter":
        me, partner = val.name("sv"), val.name("sv")
        f = val.fakers["sv"]
        while True:
            d = val.birth()
            body = d.strftime("%y%m%d") + "%03d" % rng.randrange(1000)
            pnr = d.strftime("%Y")[:2] + body + luhn.calc_check_digit(body)
            if std_pnr.is_valid(pnr):
                break
        pnr = pnr if rng.random() < 0.5 else pnr[:8] + "-" + pnr[8:]
        T.t(f"{g}\n\nJag heter ").v(me, "PERSON").t(", personnr ").v(pnr, "SE_PERSONNUMMER")
        T.t(", och bor sedan i våras på ").v(f"{f.street_name()} {rng.randint(1, 60)} lgh {rng.randint(10, 16)}0{rng.randint(1, 4)}",
                                             "STREET_ADDRESS")
        T.t(f", {rng.randrange(100, 990)} {rng.randrange(10, 99)} {f.city()}. Min sambo ").v(partner, "PERSON")
        T.t(" har födelsedatum ").v(_dob_text(val.birth(), "sv", rng), "DATE_OF_BIRTH")
        T.t(f" och ska stå med på avtalet. Ärendenr {val.order()}, OCR {_kid(rng)}, bankgiro "
            f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}.\n\n{s}\n").v(me.split()[0], "PERSON").t("\n")
    elif kind == "refund":
        me, (rel, holder) = val.name(lang), _kin(val, lang, rng, True)
        inv, kid, amount = val.invoice(), _kid(rng), val.amount()
        head = {"en": f"I was charged twice for invoice {inv} (ref. {kid}). Please refund {amount}; ",
                "nb": f"Jeg ble trukket to ganger for faktura {inv}, KID {kid}. Refunder {amount}; ",
                "nn": f"Eg vart trekt to gonger for faktura {inv}, KID {kid}. Betal attende {amount}; ",
                "da": f"Jeg er blevet trukket to gange for faktura {inv}, FI-kode +71<{kid}>. "
                      f"Tilbagebetal venligst {amount}; ",
                "sv": f"Jag drogs två gånger för faktura {inv}, OCR {kid}. Betala tillbaka {amount}; "}[lang]
        T.t(f"{g}\n\n{head}")
        owner = {"en": "the account is in my {r}'s name, ", "nb": "kontoen står på {r}, ",
                 "nn": "kontoen står på {r}, ", "da": "kontoen står i {r}s navn, ",
                 "sv": "kontot står på {r}, "}[lang].format(r=rel)
        if lang in ("nb", "nn") and rng.random() < 0.6:
            T.t(owner).v(holder, "PERSON").t(":\nKontonr. ").v(val.kontonr(), "NO_BANK_ACCOUNT")
        else:
            T.t(owner).v(holder, "PERSON").t(":\nIBAN ").v(val.iban(lang), "IBAN_CODE")
            T.t(f"\nBIC/SWIFT: {rng.choice(BICS[lang])}")
            if lang == "da":
                T.t(f"\n(reg.nr. {rng.randrange(1000, 9999)} kontonr. {rng.randrange(10 ** 9, 10 ** 10)})")
            elif lang == "en":
                T.t(f"\n(sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)})")
        T.t(f"\n\n{s}\n").v(me, "PERSON").t("\n")
    elif kind == "claim":
        (rel, kin), me = _kin(val, lang, rng, True), val.name(lang)
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))
        pp = {"da": lambda: "%09d" % rng.randrange(10 ** 8, 10 ** 9),
              "en": lambda: "%09d" % rng.randrange(10 ** 8, 10 ** 9),
              "sv": lambda: "%08d" % rng.randrange(10 ** 7, 10 ** 8)}.get(lang, val.passport)()
        if rng.random() < 0.5:  # a travel insurance claim
            t = {"en": ("Claim {c}: our trip on {d} was cancelled because my {r} ", " (born ",
                        ") fell ill. Passport no. ", ". Policy {p}, medical certificate attached."),
                 "nb": ("Skademelding {c}: reisen {d} ble avlyst fordi {r} ", " (f. ",
                        ") ble syk. Passnr. ", ". Polise {p}, legeerklæring vedlagt."),
                 "nn": ("Skademelding {c}: reisa {d} vart avlyst fordi {r} ", " (fødd ",
                        ") vart sjuk. Passnr. ", ". Polise {p}, legeerklæring ligg ved."),
                 "da": ("Skadeanmeldelse {c}: rejsen {d} blev aflyst, fordi {r} ", " (født ",
                        ") blev syg. Pas nr. ", ". Police {p}, lægeerklæring vedhæftet."),
                 "sv": ("Skadeanmälan {c}: resan {d} ställdes in eftersom {r} ", " (född ",
                        ") blev sjuk. Passnummer ", ". Försäkring {p}, läkarintyg bifogat.")}[lang]
        else:  # a leave or payroll request for a relative's care
            t = {"en": ("Leave request {c}: I need time off from {d} to look after my {r} ", ", date of birth ",
                        ". For the trip abroad HR asked for the passport number: ", ". Employee no. {p}."),
                 "nb": ("Permisjonssøknad {c}: jeg trenger fri fra {d} for å følge opp {r} ", ", født ",
                        ". Til reisen trenger HR passnummeret: ", ". Ansattnr. {p}."),
                 "nn": ("Permisjonssøknad {c}: eg treng fri frå {d} for å fylgje opp {r} ", ", fødd ",
                        ". Til reisa treng HR passnummeret: ", ". Tilsettnr. {p}."),
                 "da": ("Orlovsansøgning {c}: jeg skal have fri fra {d} for at passe {r} ", ", født ",
                        ". Til rejsen skal HR bruge pasnummeret: ", ". Medarbejdernr. {p}."),
                 "sv": ("Ledighetsansökan {c}: jag behöver vara ledig från {d} för att ta hand om {r} ",
                        ", född ", ". Till resan behöver HR passnumret: ", ". Anställningsnr {p}.")}[lang]
        fmt = {"c": val.order(), "d": val.date(), "r": rel, "p": val.invoice()}
        T.t(f"{g}\n\n" + t[0].format(**fmt)).v(kin, "PERSON").t(t[1]).v(_dob_text(born, lang, rng), "DATE_OF_BIRTH")
        T.t(t[2]).v(pp, "PASSPORT_NUMBER").t(t[3].format(**fmt) + f"\n\n{s}\n").v(me, "PERSON").t("\n")
    else:
        raise ValueError(kind)


# ------------------------------------------------------------------------------ requests

#: (``--requests``) a data-subject request's four kinds and the mixed-language tickets' three
DSR_KINDS = ["dsr_access", "dsr_erasure", "dsr_rectify", "dsr_object"]
MIX_KINDS = ["mix_reply", "mix_labels", "mix_names"]
REQUEST_KINDS = DSR_KINDS + MIX_KINDS
#: the GDPR article each request cites, as a letter writes it (near misses: no gold)
DSR_ARTICLES = {"dsr_access": "15", "dsr_erasure": "17", "dsr_rectify": "16", "dsr_object": "21"}
DSR_TEXT = {
    "en": {"subject": "Subject: {what} request under Article {art} GDPR - Ref: DSR-{ref}",
           "dsr_access": "I am making a subject access request under Article 15(1) GDPR and ask for a copy "
                         "of all personal data you hold about me, including where it came from.",
           "dsr_erasure": "Under Article 17(1)(a) GDPR I ask you to erase all personal data about me and "
                          "close my account.",
           "dsr_rectify": "Under Article 16 GDPR I ask you to correct the personal data you hold about me.",
           "dsr_object": "I object under Article 21(2) GDPR to any use of my data for direct marketing.",
           "what": {"dsr_access": "Subject access", "dsr_erasure": "Erasure", "dsr_rectify": "Rectification",
                    "dsr_object": "Objection"},
           "id": "To prove who I am: ", "id_label": "my {lab} is ", "born": ", date of birth ",
           "cust": ", customer number {c}, and my last order was {o}.",
           "old_mail": "My old e-mail address ", "new_mail": " is closed, so please reply to ",
           "phone": ". You can also call me on ", "addr": "My postal address is ",
           "old_addr": "You still have my old address, ", "new_addr": "; the correct one is ",
           "erase": "This includes the profile linked to ", "erase2": " and the phone number ",
           "object": "Please stop all texts to ", "object2": " and all letters to ",
           "deadline": "The request is dated {d1}; you have one month to reply, that is by {d2}.",
           "company": "Your privacy notice names {firm} (company no. {cno}) as controller.",
           "complain": "If I do not hear from you, I will complain to the supervisory authority ",
           "hetu": " (from my years in Finland I also have the Finnish personal identity code "},
    "nb": {"subject": "Emne: {what} etter art. {art} GDPR - Sak {y}/{ref}",
           "dsr_access": "Jeg ber om innsyn i alle personopplysninger dere har om meg, jf. art. 15 GDPR og "
                         "personopplysningsloven § 16.",
           "dsr_erasure": "Jeg ber dere slette alle personopplysninger om meg, jf. art. 17 nr. 1 bokstav a "
                          "GDPR, og avslutte kundeforholdet.",
           "dsr_rectify": "Jeg ber dere rette opplysningene dere har om meg, jf. art. 16 GDPR.",
           "dsr_object": "Jeg protesterer mot bruk av mine opplysninger til direkte markedsføring, jf. "
                         "art. 21 nr. 2 GDPR.",
           "what": {"dsr_access": "Innsynsbegjæring", "dsr_erasure": "Krav om sletting",
                    "dsr_rectify": "Krav om retting", "dsr_object": "Protest"},
           "id": "For å identifisere meg: ", "id_label": "{lab} ", "born": ", født ",
           "cust": ", kundenummer {c}, siste ordre {o}.",
           "old_mail": "Den gamle e-postadressen min ", "new_mail": " er lagt ned, så svar til ",
           "phone": ". Dere kan også ringe meg på ", "addr": "Postadressen min er ",
           "old_addr": "Dere har fortsatt gammel adresse, ", "new_addr": "; riktig adresse er ",
           "erase": "Dette gjelder også profilen knyttet til ", "erase2": " og telefonnummeret ",
           "object": "Stopp alle SMS-er til ", "object2": " og all post til ",
           "deadline": "Henvendelsen er datert {d1}, og jeg ber om svar innen fristen på én måned, "
                       "altså senest {d2}.",
           "company": "Behandlingsansvarlig er {firm}, org.nr. ",
           "complain": "Hører jeg ikke fra dere, klager jeg til Datatilsynet, ",
           "hetu": " (fra årene i Finland har jeg også finsk personnummer, hetu "},
    "nn": {"subject": "Emne: {what} etter art. {art} GDPR - Sak {y}/{ref}",
           "dsr_access": "Eg ber om innsyn i alle personopplysningar de har om meg, jf. art. 15 GDPR og "
                         "personopplysningslova § 16.",
           "dsr_erasure": "Eg ber dykk slette alle personopplysningar om meg, jf. art. 17 nr. 1 bokstav a "
                          "GDPR, og avslutte kundeforholdet.",
           "dsr_rectify": "Eg ber dykk rette opplysningane de har om meg, jf. art. 16 GDPR.",
           "dsr_object": "Eg protesterer mot bruk av opplysningane mine til direkte marknadsføring, jf. "
                         "art. 21 nr. 2 GDPR.",
           "what": {"dsr_access": "Innsynskrav", "dsr_erasure": "Krav om sletting",
                    "dsr_rectify": "Krav om retting", "dsr_object": "Protest"},
           "id": "For å identifisere meg: ", "id_label": "{lab} ", "born": ", fødd ",
           "cust": ", kundenummer {c}, siste ordre {o}.",
           "old_mail": "Den gamle e-postadressa mi ", "new_mail": " er lagd ned, så svar til ",
           "phone": ". De kan òg ringje meg på ", "addr": "Postadressa mi er ",
           "old_addr": "De har framleis gamal adresse, ", "new_addr": "; rett adresse er ",
           "erase": "Dette gjeld òg profilen knytt til ", "erase2": " og telefonnummeret ",
           "object": "Stopp alle SMS-ar til ", "object2": " og all post til ",
           "deadline": "Kravet er datert {d1}, og eg ber om svar innan fristen på éin månad, "
                       "altså seinast {d2}.",
           "company": "Behandlingsansvarleg er {firm}, org.nr. ",
           "complain": "Høyrer eg ikkje frå dykk, klagar eg til Datatilsynet, ",
           "hetu": " (frå åra i Finland har eg òg finsk personnummer, hetu "},
    "da": {"subject": "Emne: {what} efter art. {art} i databeskyttelsesforordningen - Sag {y}/{ref}",
           "dsr_access": "Jeg anmoder om indsigt i alle personoplysninger, I har om mig, jf. "
                         "databeskyttelsesforordningens artikel 15.",
           "dsr_erasure": "Jeg anmoder om sletning af alle oplysninger om mig, jf. artikel 17, stk. 1, "
                          "litra a, og at min konto lukkes.",
           "dsr_rectify": "Jeg anmoder om berigtigelse af mine oplysninger, jf. artikel 16.",
           "dsr_object": "Jeg gør indsigelse mod brug af mine oplysninger til direkte markedsføring, jf. "
                         "artikel 21, stk. 2.",
           "what": {"dsr_access": "Indsigtsanmodning", "dsr_erasure": "Anmodning om sletning",
                    "dsr_rectify": "Anmodning om berigtigelse", "dsr_object": "Indsigelse"},
           "id": "Til identifikation: ", "id_label": "{lab} ", "born": ", født ",
           "cust": ", kundenr. {c}, seneste ordre {o}.",
           "old_mail": "Min gamle e-mailadresse ", "new_mail": " er lukket, så svar venligst til ",
           "phone": ". I kan også ringe på ", "addr": "Min postadresse er ",
           "old_addr": "I har stadig min gamle adresse, ", "new_addr": "; den rigtige er ",
           "erase": "Det gælder også profilen knyttet til ", "erase2": " og telefonnummeret ",
           "object": "Stop alle sms'er til ", "object2": " og al post til ",
           "deadline": "Anmodningen er dateret {d1}; fristen er en måned, dvs. senest {d2}.",
           "company": "Dataansvarlig er {firm}, CVR-nr. {cno}.",
           "complain": "Hører jeg ikke fra jer, klager jeg til Datatilsynet, ",
           "hetu": " (fra min tid i Finland har jeg også et finsk personnummer, hetu "},
    "sv": {"subject": "Ämne: {what} enligt artikel {art} GDPR - Ärende {y}-{ref}",
           "dsr_access": "Jag begär registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR) över "
                         "alla personuppgifter ni har om mig.",
           "dsr_erasure": "Jag begär att ni raderar alla personuppgifter om mig enligt artikel 17.1 a GDPR "
                          "och avslutar mitt konto.",
           "dsr_rectify": "Jag begär rättelse av mina uppgifter enligt artikel 16 GDPR.",
           "dsr_object": "Jag invänder mot att mina uppgifter används för direktmarknadsföring, artikel "
                         "21.2 GDPR.",
           "what": {"dsr_access": "Begäran om registerutdrag", "dsr_erasure": "Begäran om radering",
                    "dsr_rectify": "Begäran om rättelse", "dsr_object": "Invändning"},
           "id": "För att styrka min identitet: ", "id_label": "{lab} ", "born": ", född ",
           "cust": ", kundnummer {c}, senaste order {o}.",
           "old_mail": "Min gamla e-postadress ", "new_mail": " är avslutad, så svara till ",
           "phone": ". Ni kan också ringa mig på ", "addr": "Min postadress är ",
           "old_addr": "Ni har fortfarande min gamla adress, ", "new_addr": "; den rätta är ",
           "erase": "Det gäller även profilen kopplad till ", "erase2": " och telefonnumret ",
           "object": "Sluta skicka sms till ", "object2": " och brev till ",
           "deadline": "Begäran är daterad {d1}; ni har en månad på er, alltså senast {d2}.",
           "company": "Personuppgiftsansvarig är {firm}, org.nr {cno}.",
           "complain": "Hör jag inget klagar jag till Integritetsskyddsmyndigheten (IMY), ",
           "hetu": " (från åren i Finland har jag också ett finskt personnummer, hetu "},
}
EN_MONTHS = ("January February March April May June July August September October November "
             "December").split()
#: the writer's own national-ID labels, as a request cites them
DSR_ID_LABELS = {"en": ["Norwegian national ID number", "Swedish personal identity number",
                        "Danish CPR number"],
                 "nb": ["fødselsnummer", "fødselsnr.", "D-nummer"], "nn": ["fødselsnummer", "fødselsnr."],
                 "da": ["cpr-nr.", "CPR-nummer"], "sv": ["personnummer", "personnr"]}
#: a data protection authority's post box (no street: not gold, as post boxes are none)
AUTHORITY_BOXES = {"nb": "Postboks {n} Sentrum, 0105 Oslo", "nn": "Postboks {n} Sentrum, 0105 Oslo",
                   "da": "Postboks {n}, 2500 Valby", "sv": "Box {n}, 104 20 Stockholm",
                   "en": "PO Box {n}, Oslo"}


def _date_word(d: dt.date, lang: str) -> str:
    """A request's or deadline's date (no birth date), numeric or with the month's name."""
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day}. {MONTHS[lang][d.month - 1]} {d.year}" if lang != "sv" else \
        f"{d.day} {MONTHS['sv'][d.month - 1]} {d.year}"


def _dnr(val: Values) -> str:
    """A Norwegian D-number (day + 40), both check digits valid."""
    while True:
        d = val.birth()
        body = f"{d.day + 40:02d}" + d.strftime("%m%y") + ("%03d" % val.rng.randrange(0, 500)
                                                           if d.year < 2000 else "%03d" % val.rng.randrange(500, 1000))
        c1 = std_fnr.calc_check_digit1(body)
        c2 = std_fnr.calc_check_digit2(body + c1)
        if len(body + c1 + c2) == 11 and std_fnr.is_valid(body + c1 + c2):
            return body + c1 + c2


def _pnr12(val: Values) -> str:
    """A Swedish personnummer with its century (12 digits), dashed or not."""
    while True:
        d = val.birth()
        body = d.strftime("%y%m%d") + "%03d" % val.rng.randrange(1000)
        value = d.strftime("%Y")[:2] + body + luhn.calc_check_digit(body)
        if std_pnr.is_valid(value):
            return value if val.rng.random() < 0.5 else value[:8] + "-" + value[8:]


def _own_id(val: Values, lang: str, rng: random.Random) -> tuple[str, str, str, dt.date]:
    """(label, value, entity, birth date) of the writer's own national ID."""
    lab = rng.choice(DSR_ID_LABELS[lang])
    if lang == "en":
        ent = {"N": "NO_FODSELSNUMMER", "S": "SE_PERSONNUMMER", "D": "DK_CPR"}[lab[0]]
    else:
        ent = {"nb": "NO_FODSELSNUMMER", "nn": "NO_FODSELSNUMMER", "da": "DK_CPR",
               "sv": "SE_PERSONNUMMER"}[lang]
    if ent == "NO_FODSELSNUMMER":
        value = _dnr(val) if lab == "D-nummer" else val.fnr()
        born = std_fnr.get_birth_date(value.replace(" ", ""))
    elif ent == "SE_PERSONNUMMER":
        value = _pnr12(val) if rng.random() < 0.4 else val.pnr(plus=rng.random() < 0.1)
        born = std_pnr.get_birth_date(value)
    else:
        while True:  # (a CPR's century is its seventh digit's: no writer born in the 1800s)
            value = val.cpr()
            born = std_cpr.get_birth_date(value)
            if born.year >= 1930:
                break
        if rng.random() < 0.3:
            value = value.replace("-", "")
    return lab, value, ent, born


def _se_orgnr(rng: random.Random) -> str:
    """A Swedish company's organisationsnummer (``55xxxx-xxxx``: Luhn, month digits >= 20)."""
    body = "55" + "".join(str(rng.randrange(10)) for _ in range(7))
    value = body + luhn.calc_check_digit(body)
    return value[:6] + "-" + value[6:]


def _dk_cvr(rng: random.Random) -> str:
    """A Danish company's CVR number (8 digits, mod 11)."""
    while True:
        value = str(rng.randrange(10 ** 7, 10 ** 8))
        if std_cvr.is_valid(value):
            return value


def _firm(val: Values, lang: str) -> str:
    form = {"en": "Ltd", "nb": "AS", "nn": "AS", "da": "ApS", "sv": "AB"}[lang]
    return f"{val.fakers[lang].last_name()} {val.rng.choice(['Handel', 'Shop', 'Media', 'Retail'])} {form}"


def build_requests(T: Ticket, val: Values, rng: random.Random, g: str, s: str) -> None:
    """(``--requests``) GDPR data-subject requests (access, erasure, rectification, objection)
    in which the writer cites their own identifiers, and tickets mixing English with a Nordic
    language (see :func:`build_mixed`)."""
    kind, lang = T.kind, T.lang
    if kind in MIX_KINDS:
        return build_mixed(T, val, rng, g, s)
    X = DSR_TEXT[lang]
    me = val.name(lang)
    old_mail, new_mail = val.email(me), val.email(me)
    while new_mail == old_mail:
        new_mail = val.email(me)
    today = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    ref = str(rng.randrange(1000, 99999))
    T.t(X["subject"].format(what=X["what"][kind], art=DSR_ARTICLES[kind], ref=ref, y=today.year) + "\n\n")
    T.t(f"{g}\n\n{X[kind]} ")
    # who I am: a national ID, a birth date, a customer number and an order
    lab, nid, ent, born = _own_id(val, lang, rng)
    T.t(X["id"] + X["id_label"].format(lab=lab)).v(nid, ent)
    if rng.random() < 0.7 and "+" not in nid:  # (a '+' personnummer's bearer is 100 or more)
        T.t(X["born"]).v(_dob_text(born, lang, rng), "DATE_OF_BIRTH")
    if rng.random() < 0.15:
        T.t(X["hetu"]).v(val.hetu(), "FI_PERSONAL_IDENTITY_CODE").t(")")
    T.t(X["cust"].format(c=val.invoice(), o=val.order()) + " ")
    street, place = val.street(lang), val.place(lang) if lang != "en" else val.fakers["en"].postcode()
    if kind == "dsr_rectify":
        T.t(X["old_addr"]).v(val.street(lang), "STREET_ADDRESS").t(X["new_addr"]).v(street, "STREET_ADDRESS")
        T.t(f", {place}. ")
    else:
        T.t(X["addr"]).v(street, "STREET_ADDRESS").t(f", {place}. ")
    T.t(X["old_mail"]).v(old_mail, "EMAIL_ADDRESS").t(X["new_mail"]).v(new_mail, "EMAIL_ADDRESS")
    phone = val.phone(lang)
    if kind == "dsr_erasure":
        T.t(". " + X["erase"]).v(old_mail, "EMAIL_ADDRESS").t(X["erase2"]).v(phone, "PHONE_NUMBER").t(".")
    elif kind == "dsr_object":
        T.t(". " + X["object"]).v(phone, "PHONE_NUMBER").t(X["object2"]).v(street, "STREET_ADDRESS").t(".")
    else:
        T.t(X["phone"]).v(phone, "PHONE_NUMBER").t(".")
    # deadlines, the controller and the authority: near misses but the orgnr and a street
    due = today + dt.timedelta(days=30)
    d1 = rng.choice([today.strftime("%d.%m.%Y") if lang != "sv" else today.isoformat(), _date_word(today, lang)])
    T.t("\n\n" + X["deadline"].format(d1=d1, d2=due.strftime("%d.%m.%Y") if lang not in ("sv", "en")
                                      else due.isoformat() if lang == "sv" else _date_word(due, "en")) + " ")
    firm = _firm(val, lang)
    if lang in ("nb", "nn"):
        T.t(X["company"].format(firm=firm)).v(val.orgnr(), "NO_ORGNR").t(". ")
    else:
        cno = {"en": "%08d" % rng.randrange(10 ** 6, 10 ** 8), "da": _dk_cvr(rng), "sv": _se_orgnr(rng)}[lang]
        T.t(X["company"].format(firm=firm, cno=cno) + " ")
    T.t(X["complain"])
    if lang != "en" and rng.random() < 0.5:
        # an authority's street address is an address (gold), as a firm's letterhead street is
        f = val.fakers[lang]
        T.v(f"{f.street_name()} {rng.randint(1, 40)}", "STREET_ADDRESS").t(f", {val.place(lang)}.")
    else:
        T.t(AUTHORITY_BOXES[lang].format(n=rng.randrange(100, 9000)) + ".")
    T.t(f"\n\n{s}\n").v(me, "PERSON").t("\n")


#: (``--requests``) English agents' lines over a Nordic customer's quoted message
MIX_AGENT = ["Thanks for reaching out. I'm afraid I don't speak {language}, so I'll answer in English.",
             "Sorry for replying in English - our Nordic team is out today.",
             "Thank you for your message, which I have read with the help of a translator."]
LANGUAGE_NAME = {"nb": "Norwegian", "nn": "Norwegian", "da": "Danish", "sv": "Swedish"}
#: a customer's quoted message: greeting, a sentence, the phone and ID labels
MIX_QUOTED = {
    "nb": ("Jeg har fått nytt mobilnummer, ", ". Kan dere oppdatere kontoen? Fødselsnummer: "),
    "nn": ("Eg har fått nytt mobilnummer, ", ". Kan de oppdatere kontoen? Fødselsnummer: "),
    "da": ("Jeg har fået nyt mobilnummer, ", ". Kan I opdatere kontoen? CPR-nr.: "),
    "sv": ("Jag har fått nytt mobilnummer, ", ". Kan ni uppdatera kontot? Personnummer: ")}
#: Nordic labels and phrases an English writer keeps (a form's, a bank's, a letter's words)
MIX_LABELS = {
    "nb": {"id": ["fødselsnr:", "Fødselsnummer:", "fnr"], "acct": ["kontonr", "Kontonummer:"],
           "addr": ["adresse:", "Adresse"], "switch": "sende meg en bekreftelse på e-post til ",
           "then": " - takk!", "move": "I moved til ", "tel": "mobil"},
    "da": {"id": ["cpr-nr.:", "CPR"], "acct": ["IBAN"], "addr": ["adresse:", "Adresse"],
           "switch": "sende mig en bekræftelse på mail til ", "then": " - tak!",
           "move": "I moved til ", "tel": "mobil"},
    "sv": {"id": ["personnr:", "Personnummer"], "acct": ["IBAN"], "addr": ["adress:", "Adress"],
           "switch": "skicka en bekräftelse på mejl till ", "then": " - tack!",
           "move": "I flyttade till ", "tel": "mobil"}}


def _nordic_name(rng: random.Random, lang: str) -> str:
    """A first name and a surname from the shared name lists (../shared/data/names)."""
    lists = _name_lists()
    key = {"nb": "no", "nn": "no", "da": "dk", "sv": "se"}[lang]
    return f"{rng.choice(lists[key + '_first'])} {rng.choice(lists[key + '_sur'])}"


_NAME_LISTS: dict = {}


def _name_lists() -> dict:
    if not _NAME_LISTS:
        base = Path(__file__).resolve().parents[2] / "shared" / "data" / "names"
        if not base.is_dir():
            base = Path("/work/shared/data/names")
        for key in ("no", "dk", "se"):
            for part, file in (("first", f"{key}_first_names.txt"), ("sur", f"{key}_surnames.txt")):
                words = [w.strip() for w in (base / file).read_text(encoding="utf-8").splitlines()]
                _NAME_LISTS[f"{key}_{part}"] = sorted(w for w in words if w.isalpha() and w[0].isupper())
    return _NAME_LISTS


def build_mixed(T: Ticket, val: Values, rng: random.Random, g: str, s: str) -> None:
    """(``--requests``) tickets mixing English and a Nordic language, tagged with what a helpdesk
    stores (the requester's locale, often not the text's language): an English agent's reply over
    the customer's quoted message, an English message with Nordic labels and a switch of
    language mid-sentence, and Nordic names in English sentences (English ones in Nordic)."""
    kind, lang = T.kind, T.lang
    if kind == "mix_reply":
        cust, agent = val.name(lang), val.name("en")
        nid, ent = {"da": (val.cpr, "DK_CPR"), "sv": (val.pnr, "SE_PERSONNUMMER")}.get(
            lang, (val.fnr, "NO_FODSELSNUMMER"))
        phone = val.phone(lang)
        T.t(rng.choice(["Hi ", "Hello ", "Dear "])).v(cust.split()[0], "PERSON").t(",\n\n")
        T.t(rng.choice(MIX_AGENT).format(language=LANGUAGE_NAME[lang]) + " I have updated the mobile "
            "number on your account to ").v(phone, "PHONE_NUMBER")
        T.t(f" (case {val.order()}). If anything else has changed, just reply to this e-mail.\n\n"
            f"{rng.choice(SIGN['en'])}\n").v(agent, "PERSON").t("\nCustomer Support\n\n")
        when = _when("en", val, rng)
        T.t(f"On {when['w']}, {when['d']} {when['m']} {when['y']} at {when['t']}, ").v(cust, "PERSON")
        T.t(" <").v(val.email(cust), "EMAIL_ADDRESS").t("> wrote:\n")
        inner = Ticket(kind, lang)
        a, b = MIX_QUOTED[lang]
        inner.t(f"{rng.choice(GREET[lang])}\n\n{a}").v(phone, "PHONE_NUMBER").t(b).v(nid(), ent)
        inner.t(f"\n\n{rng.choice(SIGN[lang])}\n").v(cust, "PERSON").t("\n")
        quote(T, "".join(inner.parts), inner.gold, "> ")
        T.lang = rng.choice([lang, lang, "en"])
    elif kind == "mix_labels":
        me = val.name(lang)
        M = MIX_LABELS[lang]
        nid, ent = {"da": (val.cpr, "DK_CPR"), "sv": (val.pnr, "SE_PERSONNUMMER")}.get(
            lang, (val.fnr, "NO_FODSELSNUMMER"))
        T.t("Hi,\n\nI'm writing in English, my " + LANGUAGE_NAME[lang] + " isn't good enough yet. "
            "Here are my details for the refund:\n")
        T.t(rng.choice(M["id"]) + " ").v(nid(), ent).t("\n")
        if lang == "nb":
            T.t(rng.choice(M["acct"]) + " ").v(val.kontonr(), "NO_BANK_ACCOUNT").t("\n")
        else:
            T.t(rng.choice(M["acct"]) + " ").v(val.iban(lang), "IBAN_CODE").t("\n")
        T.t(rng.choice(M["addr"]) + " ").v(val.street(lang), "STREET_ADDRESS").t(f", {val.place(lang)}\n\n")
        T.t(f"Could you please {M['switch']}").v(val.email(me), "EMAIL_ADDRESS").t(M["then"])
        T.t(f" My {M['tel']} is ").v(val.phone(lang), "PHONE_NUMBER")
        T.t(f" if you need to call. The order was {val.order()}, paid on {val.date()}.\n\n"
            f"{rng.choice(SIGN['en'])}\n").v(me, "PERSON").t("\n")
        T.lang = rng.choice([lang, lang, "en"])
    else:  # mix_names: Nordic names in an English sentence, or English names in a Nordic one
        if lang == "en":
            host = rng.choice(["nb", "da", "sv"])
            colleague, me = _nordic_name(rng, host), val.name("en")
            T.t(f"Hello,\n\nI'm away from {val.date()}. My colleague ").v(colleague, "PERSON")
            T.t(" will take over the case; you can reach ").v(colleague.split()[0], "PERSON")
            T.t(" on ").v(val.phone(host), "PHONE_NUMBER").t(f". Invoice {val.invoice()} is still open.\n\n"
                                                               f"{rng.choice(SIGN['en'])}\n")
            T.v(me, "PERSON").t("\n")
            T.lang = rng.choice(["en", host, host])
        else:
            contact, me = val.name("en"), _nordic_name(rng, lang)
            line = {"nb": ("Kontaktpersonen vår i London er ", ", som ikke snakker norsk. Ring ", " på "),
                    "nn": ("Kontaktpersonen vår i London er ", ", som ikkje snakkar norsk. Ring ", " på "),
                    "da": ("Vores kontaktperson i London er ", ", som ikke taler dansk. Ring til ", " på "),
                    "sv": ("Vår kontaktperson i London är ", ", som inte talar svenska. Ring ", " på ")}[lang]
            T.t(f"{g}\n\n{line[0]}").v(contact, "PERSON").t(line[1]).v(contact.split()[0], "PERSON")
            T.t(line[2]).v(val.phone("en"), "PHONE_NUMBER").t(" eller " if lang != "sv" else " eller ")
            T.v(val.email(contact), "EMAIL_ADDRESS").t(f". Ordre {val.order()}.\n\n{s}\n").v(me, "PERSON").t("\n")
            T.lang = rng.choice([lang, "en"])


# ------------------------------------------------------------------------------ threads

MONTHS = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
          "nb": "januar februar mars april mai juni juli august september oktober november "
                "desember".split(),
          "da": "januar februar marts april maj juni juli august september oktober november "
                "december".split(),
          "sv": "januari februari mars april maj juni juli augusti september oktober november "
                "december".split()}
MONTHS["nn"] = MONTHS["nb"]
MONTHS["fi"] = ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
                "syyskuuta lokakuuta marraskuuta joulukuuta").split()
#: a reply's header over the quoted message: {d} day, {m} month, {y} year, {t} time, {w} weekday
REPLY_HEADERS = {
    "en": ["On {w}, {d} {m} {y} at {t}, {who} wrote:", "On {d} {m} {y}, at {t}, {who} wrote:"],
    "nb": ["Den {d}. {m} {y} kl. {t} skrev {who}:", "{d}. {m} {y} kl. {t} skrev {who}:"],
    "nn": ["Den {d}. {m} {y} kl. {t} skreiv {who}:", "Den {d}. {m} {y} kl. {t} skrev {who}:",
           "{d}. {m} {y} kl. {t} skreiv {who}:"],
    "da": ["Den {d}. {m} {y} kl. {t} skrev {who}:", "{d}. {m} {y} kl. {t} skrev {who}:"],
    "sv": ["Den {d} {m} {y} kl. {t} skrev {who}:", "{who} skrev {y}-{mm}-{dd} {t}:"],
    "fi": ["{d}. {m} {y} klo {t} {who} kirjoitti:", "{who} kirjoitti {d}.{mm}.{y} klo {t}:"]}
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri"]
#: a forwarded or Outlook-quoted message's header block: separator, from, sent, to, subject
FORWARD_HEADS = {
    "en": (["---------- Forwarded message ---------", "-----Original Message-----",
            "________________________________"], "From", "Sent", "To", "Subject", "RE:"),
    "nb": (["-------- Videresendt melding --------", "-----Opprinnelig melding-----",
            "________________________________"], "Fra", "Sendt", "Til", "Emne", "SV:"),
    "nn": (["-------- Vidaresendt melding --------", "-------- Videresendt melding --------",
            "________________________________"], "Frå", "Sendt", "Til", "Emne", "SV:"),
    "da": (["-------- Videresendt besked --------", "Start på videresendt besked:",
            "________________________________"], "Fra", "Sendt", "Til", "Emne", "SV:"),
    "sv": (["-------- Vidarebefordrat meddelande --------", "-----Ursprungligt meddelande-----",
            "________________________________"], "Från", "Skickat", "Till", "Ämne", "SV:"),
    "fi": (["-------- Välitetty viesti --------", "-----Alkuperäinen viesti-----",
            "________________________________"], "Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "VS:")}
#: an agent's answer over the customer's quoted message
AGENT_REPLIES = {
    "en": "Thank you for your message. We have looked at case {o} and will get back to you.",
    "nb": "Takk for henvendelsen. Vi har sett på sak {o} og kommer tilbake til deg.",
    "nn": "Takk for meldinga. Vi har sett på sak {o} og kjem tilbake til deg.",
    "da": "Tak for din henvendelse. Vi har kigget på sag {o} og vender tilbage.",
    "sv": "Tack för ditt meddelande. Vi har tittat på ärende {o} och återkommer.",
    "fi": "Kiitos viestistäsi. Olemme tarkistaneet tapauksen {o} ja palaamme asiaan."}
#: a customer's follow-up over the agent's quoted answer
FOLLOW_UPS = {
    "en": ["Any news on this?", "I am still waiting, see below."],
    "nb": ["Noe nytt her?", "Jeg venter fortsatt på svar, se under."],
    "nn": ["Noko nytt her?", "Eg ventar framleis på svar, sjå under.",
           "Eg har ikkje høyrt frå nokon enno. Kva skjer?"],
    "da": ["Er der nyt i sagen?", "Jeg venter stadig på svar, se nedenfor."],
    "sv": ["Något nytt?", "Jag väntar fortfarande på svar, se nedan."],
    "fi": ["Onko tähän tullut mitään uutta?", "Odotan yhä vastausta, katso alta."]}
FORWARD_NOTES = {"en": "FYI, see below.", "nb": "Videresender, se under.",
                 "nn": "Sender vidare, sjå under.", "da": "Videresender, se nedenfor.",
                 "sv": "Vidarebefordrar, se nedan.", "fi": "Välitän eteenpäin, katso alta."}
#: an agent's greeting to the customer by first name
HELLOS = {"en": ["Hi", "Hello", "Dear"], "nb": ["Hei", "Hallo"], "nn": ["Hei", "Hallo"],
          "da": ["Hej", "Kære"], "sv": ["Hej", "Hejsan"], "fi": ["Hei", "Moi", "Hyvä"]}
#: a reply's subject: a case word before the case number
CASE_WORDS = {"en": "Case", "nb": "Sak", "nn": "Sak", "da": "Sag", "sv": "Ärende", "fi": "Tapaus"}
UNITS = {"en": "Customer Service", "nb": "Kundeservice", "nn": "Kundeservice",
         "da": "Kundeservice", "sv": "Kundtjänst", "fi": "Asiakaspalvelu"}


def quote(W: Ticket, text: str, gold: list[dict], nested: str) -> None:
    """Writes ``text`` to ``W`` with every line quoted (``> ``; ``>`` on an empty line, and
    ``>`` or ``> `` before a line quoted already, as ``nested`` says), its gold spans moved."""
    golds = sorted(gold, key=lambda g: g["start"])
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        bare = line.rstrip("\n")
        W.t(">" if not bare else nested if bare.startswith(">") else "> ")
        at = pos
        for g in golds:
            if pos <= g["start"] < end:
                W.t(text[at:g["start"]]).v(text[g["start"]:g["end"]], g["entity_type"])
                at = g["end"]
        W.t(text[at:end])
        pos = end
    if not text.endswith("\n"):
        W.t("\n")


def _when(lang: str, val: Values, rng: random.Random) -> dict:
    d = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(900))
    return {"d": d.day, "m": MONTHS[lang][d.month - 1], "y": d.year, "mm": "%02d" % d.month,
            "dd": "%02d" % d.day, "w": WEEKDAY_EN[rng.randrange(5)],
            "t": f"{rng.randrange(8, 17):02d}{'.' if lang == 'da' else ':'}{rng.randrange(60):02d}"}


def thread(T: Ticket, val: Values, rng: random.Random, depth: int = 0,
           writer: str | None = None) -> Ticket:
    """``T`` as the quoted or forwarded part of a mail thread: an agent's reply over it, a
    colleague's forward, or (one level up) the customer's follow-up over both."""
    lang, text = T.lang, "".join(T.parts)
    if any("\n" in text[g["start"]:g["end"]] for g in T.gold):
        return T
    W = Ticket(T.kind + ("+re" if depth else "+thread"), lang)
    writer, me = writer or val.name(lang), val.name(lang)
    s = rng.choice(SIGN[lang])
    style = rng.choice(["reply", "reply", "forward", "outlook"])
    if style == "forward":
        W.t(FORWARD_NOTES[lang] + "\n\n" + s + "\n").v(me.split()[0], "PERSON").t("\n\n")
    elif depth:
        W.t(rng.choice(FOLLOW_UPS[lang]) + "\n\n" + s + "\n").v(me, "PERSON").t("\n\n")
    else:
        W.t(rng.choice(HELLOS[lang]) + " ").v(writer.split()[0], "PERSON")
        W.t(",\n\n" + AGENT_REPLIES[lang].format(o=val.order()) + "\n\n" + s + "\n")
        W.v(me, "PERSON").t("\n" + UNITS[lang] + "\n\n")
    when = _when(lang, val, rng)
    if style == "reply":
        head = rng.choice(REPLY_HEADERS[lang])
        before, after = head.split("{who}")
        W.t(before.format(**when)).v(writer, "PERSON").t(" <").v(val.email(writer), "EMAIL_ADDRESS")
        W.t(">" + after.format(**when) + "\n")
        quote(W, text, T.gold, rng.choice([">", "> "]))
    else:
        seps, fra, sendt, til, emne, re_ = FORWARD_HEADS[lang]
        W.t((seps[0] if style == "forward" else rng.choice(seps[1:])) + "\n" + fra + ": ").v(writer, "PERSON").t(" <")
        W.v(val.email(writer), "EMAIL_ADDRESS").t(">\n")
        W.t(f"{sendt}: {when['d']}. {when['m']} {when['y']} {when['t']}\n{til}: ").v(me, "PERSON")
        W.t(" <").v(val.email(me), "EMAIL_ADDRESS").t(f">\n{emne}: {re_} {CASE_WORDS[lang]} {val.order()}\n\n")
        if rng.random() < 0.3:
            quote(W, text, T.gold, "> ")
        else:
            for gd in T.gold:
                W.gold.append({**gd, "start": gd["start"] + W.size, "end": gd["end"] + W.size})
            W.t(text)
    if depth == 0 and style == "reply" and rng.random() < 0.35:
        return thread(W, val, rng, depth=1, writer=me)
    return W


KINDS = ["complaint", "national_id", "chat", "signature", "forwarded", "list_rows", "kv_form",
         "address_block", "near_miss", "english_words", "english_names", "en_address", "payment",
         "card", "log_lines", "gps", "passport", "orgnr", "id_then_phone", "se_plus", "bare_id",
         "hetu", "intro", "weekday_signoff"]
#: kinds written in nynorsk only, drawn where ``--langs`` names ``nn``
NN_KINDS = ["nn_question", "nn_relative", "nn_contact"]
#: kinds written in Finnish only, drawn where ``--langs`` names ``fi``
FI_KINDS = ["fi_inflected", "fi_form", "fi_words", "fi_relative"]
#: kinds written in one language only
ONLY = {"english_words": ["en"], "english_names": ["en"], "en_address": ["en"], "se_plus": ["sv"],
        **{kind: ["nn"] for kind in NN_KINDS}, **{kind: ["fi"] for kind in FI_KINDS}}
#: (``--more``) six kinds written unlike the ones above (see :func:`build_more`)
MORE_KINDS = ["call_note", "address_move", "da_letter", "se_letter", "refund", "claim"]
ONLY.update({"call_note": ["nb", "nn", "da", "sv"], "address_move": ["en", "da", "nb", "nn", "sv"],
             "da_letter": ["da"], "se_letter": ["sv"], "refund": ["en", "da", "nb", "nn", "sv"],
             "claim": ["en", "da", "nb", "nn", "sv"]})
#: (``--requests``) data-subject requests and mixed-language tickets (see :func:`build_requests`)
ONLY.update({**{kind: ["en", "da", "nb", "nn", "sv"] for kind in DSR_KINDS},
             "mix_reply": ["nb", "nn", "da", "sv"], "mix_labels": ["nb", "da", "sv"],
             "mix_names": ["en", "nb", "nn", "da", "sv"]})
DEFAULT_LANGS = ("en", "da", "nb", "sv")
#: the share of tickets ``--threads`` wraps into a mail thread
THREAD_SHARE = 0.45
#: the share of tickets ``--html`` renders as HTML
HTML_SHARE = 0.6


def generate(seed: int, n: int, langs: tuple[str, ...] = DEFAULT_LANGS,
             threads: bool = False, html: bool = False, more: bool = False,
             requests: bool = False) -> list[dict]:
    """``n`` tickets in ``langs``; with ``threads`` a share of them wrapped into reply or
    forward threads, drawn from a generator of their own (the same tickets, wrapped); with
    ``more`` the kinds of :data:`MORE_KINDS` drawn as well, with ``requests`` those of
    :data:`REQUEST_KINDS` (without them, the earlier rounds' tickets byte for byte)."""
    rng = random.Random(seed)
    val = Values(rng)
    kinds = [k for k in KINDS + (NN_KINDS if "nn" in langs else []) + (FI_KINDS if "fi" in langs else [])
             + (MORE_KINDS if more else []) + (REQUEST_KINDS if requests else []) if k not in ONLY or set(ONLY[k]) & set(langs)]
    trng = random.Random(seed * 1_000_003 + 17)
    tval = Values(trng) if threads else None
    hrng = random.Random(seed * 1_000_033 + 29)
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        lang = rng.choice([x for x in ONLY[kind] if x in langs] if kind in ONLY else list(langs))
        ticket = build(kind, lang, val, rng)
        if threads and trng.random() < THREAD_SHARE:
            ticket = thread(ticket, tval, trng)
        out.append(ticket.record(f"p{seed}-{i}", hint=rng.random() < 0.6))
        if html and hrng.random() < HTML_SHARE:
            from html_render import render_record
            out[-1] = render_record(out[-1], lang, hrng, {x for v in SIGN.values() for x in v})
    return out


# ------------------------------------------------------------------------------ scoring

def _options(ap):
    """``--langs``, ``--threads`` and ``--html``, as keyword arguments of :func:`generate`."""
    ap.add_argument("--langs", default=",".join(DEFAULT_LANGS),
                    help="comma list of en, da, nb, nn (nynorsk), sv, fi (default en,da,nb,sv)")
    ap.add_argument("--threads", action="store_true",
                    help="wrap a share of tickets into reply/forward threads with quoted parts")
    ap.add_argument("--html", action="store_true",
                    help="render a share of tickets as HTML bodies, gold moved into the HTML")
    ap.add_argument("--more", action="store_true",
                    help="draw six further kinds too (call notes, address moves, Danish and "
                         "Swedish letters, refunds, claims)")
    ap.add_argument("--requests", action="store_true",
                    help="draw GDPR data-subject requests and mixed-language tickets too")

    def read(args) -> dict:
        langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
        if not langs or set(langs) - set(GREET):
            ap.error(f"--langs: choose from {', '.join(sorted(GREET))}")
        return {"langs": langs, "threads": args.threads, "html": args.html, "more": args.more,
                "requests": args.requests}
    return read


def main(argv: list[str] | None = None) -> int:
    return probe_main(generate, __doc__.splitlines()[0], argv, seed=3, n=480, what="tickets",
                      options=_options)


if __name__ == "__main__":
    sys.exit(main())
