"""Synthetic screenshots with exact gold boxes, run through the detector's image path.

Each image is drawn with Pillow from values that Faker and python-stdnum make up (names,
Norwegian and Swedish phones, fødselsnummer, personnummer, bank accounts, organisation
numbers, e-mail and street addresses), in one of several screen layouts (mail header,
spreadsheet, web form, bank portal with a menu, invoice, mobile screen, CRM list, chat),
light or dark, scaled by 0.8-1.3 and saved as PNG or as JPEG at quality 60-75. The box of
every planted value is recorded while it is drawn. Interface words (menus, column headers,
buttons) and number-shaped non-identifiers (order numbers, amounts, dates) are drawn too:
a finding on them is a false alarm.

Every image goes through ``image_hook`` (what ``pii-scanner detect`` does with an
``{"image": ...}`` record); findings are matched one to one per type at box IoU >= 0.3, as
``../shared/eval/score.py`` does. Printed per set: per-type gold/hits/misses/false alarms,
each miss and false alarm with the value and what the OCR read there, and micro-F1.

Round 21 added seven layouts drawn apart from those eight (``NEW_LAYOUTS``: a scanned
contract page, an error dialog with a log, a profile card, an SMS thread, a Swedish or Danish
invoice, a team chat, a passport page with its MRZ), scoring dates of birth, IBANs, IP
addresses, passport numbers and Danish CPR too, on grey, blurred, slightly turned, small or
JPEG-50 images. Their sets are printed apart (``new_working``, ``new_holdout``), so that the
eight old layouts' figures stay comparable with earlier rounds.

Round 23 added a third family (``screenshot_layouts_r23.py``: a driving licence, a mobile
banking app, a scanned letter, a web mail client, a Swedish/Danish spreadsheet, a filled-in
web form, a photographed page), printed apart as ``r23_working`` and ``r23_holdout``; its
held-out side also draws a few variants the working side never does.

Round 33 added a fourth (``screenshot_layouts_r33.py``: a phone's chat app, a scanned paper
form with boxes, a desktop mail client, a bank statement, an identity card with its MRZ),
printed apart as ``r33_working`` and ``r33_holdout``.

Round 35 added a fifth (``screenshot_layouts_r35.py``: a public-sector portal's receipt page with
a summary table, a payslip in a PDF viewer, a parcel label photographed on a box, a helpdesk
ticket with a requester sidebar), printed apart as ``r35_working`` and ``r35_holdout``.

Run: ``python benchmarks/screenshot_probe.py [--seed 19] [--holdout 1019] [-n 48]
[--save DIR] [--only working|holdout] [--layouts old|new|r23|r33|r35|all]``. The same seed draws
the same images. The last line is ``PROBE working_f1=... holdout_f1=... new_working_f1=...
new_holdout_f1=... r23_working_f1=... r23_holdout_f1=... r33_working_f1=... r33_holdout_f1=...
r35_working_f1=... r35_holdout_f1=...`` (the old layouts' keys as before).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF")
FACES = ("DejaVuSans.ttf", "DejaVuSansCondensed.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")
BOLD = "DejaVuSans-Bold.ttf"
SCORED = frozenset({"PERSON", "PHONE_NUMBER", "NO_FODSELSNUMMER", "SE_PERSONNUMMER", "NO_BANK_ACCOUNT",
                    "NO_ORGNR", "EMAIL_ADDRESS", "STREET_ADDRESS"})
IOU = 0.3

_font_cache: dict[tuple[str, int], ImageFont.ImageFont] = {}


def font(face: str, size: int) -> ImageFont.ImageFont:
    """A TrueType face by file name from the usual font folders, else Pillow's own font."""
    key = (face, size)
    if key not in _font_cache:
        for d in ("", *FONT_DIRS):
            try:
                _font_cache[key] = ImageFont.truetype(os.path.join(d, face) if d else face, size)
                break
            except OSError:
                continue
        else:
            _font_cache[key] = ImageFont.load_default(size=size)
    return _font_cache[key]


# ----------------------------------------------------------------------------- values

class Values:
    """Made-up personal data with valid check digits, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        from faker import Faker

        self.rng = rng
        self.fake = {loc: Faker(loc) for loc in ("no_NO", "sv_SE")}
        for i, f in enumerate(self.fake.values()):
            f.seed_instance(rng.randrange(1 << 30) + i)

    def faker(self, swedish: bool = False):
        return self.fake["sv_SE" if swedish else "no_NO"]

    def name(self, swedish: bool = False) -> str:
        f = self.faker(swedish)
        return f"{f.first_name()} {f.last_name()}"

    def birth(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rng.randrange(365 * 65))

    def fnr(self) -> str:
        from stdnum.no import fodselsnummer

        while True:
            d = self.birth()
            ind = self.rng.randrange(0, 500) if d.year < 2000 else self.rng.randrange(500, 1000)
            base = f"{d:%d%m%y}{ind:03d}"
            k1 = fodselsnummer.calc_check_digit1(base)
            k2 = fodselsnummer.calc_check_digit2(base + k1)
            num = base + k1 + k2
            if fodselsnummer.is_valid(num):
                return self.rng.choice([num, f"{num[:6]} {num[6:]}", f"{num[:6]}-{num[6:]}"])

    def personnummer(self) -> str:
        from stdnum import luhn
        from stdnum.se import personnummer

        while True:
            d = self.birth()
            base = f"{d:%y%m%d}{self.rng.randrange(1000):03d}"
            num = base + luhn.calc_check_digit(base)
            if personnummer.is_valid(num):
                return self.rng.choice([f"{num[:6]}-{num[6:]}", f"{d.year // 100}{num[:6]}-{num[6:]}"])

    def account(self) -> str:
        from stdnum.no import kontonr

        while True:
            base = f"{self.rng.choice([1503, 1506, 1822, 2801, 3000, 6011, 8601, 9365, 1254]):04d}" \
                   f"{self.rng.randrange(10 ** 6):06d}"
            num = base + str(self.rng.randrange(10))
            if kontonr.is_valid(num):
                return self.rng.choice([num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:4]} {num[4:6]} {num[6:]}"])

    def orgnr(self) -> str:
        from stdnum.no import orgnr

        while True:
            num = f"{self.rng.choice('89')}{self.rng.randrange(10 ** 8):08d}"
            if orgnr.is_valid(num):
                return self.rng.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}"])

    def phone(self, swedish: bool = False) -> str:
        r = self.rng
        if swedish:
            n = f"7{r.choice('02369')}{r.randrange(10 ** 7):07d}"
            return r.choice([f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                             f"+46 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}"])
        n = f"{r.choice('49')}{r.randrange(10 ** 7):07d}"
        return r.choice([n, f"{n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:3]} {n[3:5]} {n[5:]}",
                         f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+47 {n}"])

    def email(self, name: str) -> str:
        import unicodedata

        first, last = name.lower().split()[0], name.lower().split()[-1]
        plain = "".join(c for c in unicodedata.normalize("NFKD", f"{first}.{last}")
                        .replace("ø", "o").replace("æ", "ae") if c.isascii())
        domain = self.rng.choice(["gmail.com", "hotmail.com", "online.no", "outlook.com", "telia.se",
                                  "firma.no", "epost.no", "yahoo.se"])
        local = self.rng.choice([plain, plain.replace(".", ""), plain + str(self.rng.randrange(10, 99)),
                                 f"{first[:1]}.{last}"])
        return f"{local}@{domain}"

    def address(self, swedish: bool = False) -> str:
        f = self.faker(swedish)
        street = f.street_address()
        city = f"{f.postcode()} {f.city()}"
        return self.rng.choice([street, f"{street}, {city}"])


# ----------------------------------------------------------------------------- canvas

@dataclass
class Theme:
    bg: tuple[int, int, int]
    fg: tuple[int, int, int]
    muted: tuple[int, int, int]
    panel: tuple[int, int, int]
    accent: tuple[int, int, int]
    rule: tuple[int, int, int]


LIGHT = Theme((255, 255, 255), (25, 25, 30), (110, 110, 120), (243, 244, 247), (20, 90, 170), (205, 208, 214))
DARK = Theme((32, 33, 37), (232, 232, 235), (160, 160, 170), (48, 50, 56), (120, 170, 240), (80, 82, 90))


@dataclass
class Canvas:
    width: int
    height: int
    theme: Theme
    face: str
    size: int
    im: Image.Image = field(init=False)
    draw: ImageDraw.ImageDraw = field(init=False)
    gold: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.im = Image.new("RGB", (self.width, self.height), self.theme.bg)
        self.draw = ImageDraw.Draw(self.im)

    def font(self, bold: bool = False, size: int | None = None):
        return font(BOLD if bold else self.face, size or self.size)

    def text(self, x: float, y: float, s: str, kind: str | None = None, bold: bool = False,
             fill=None, size: int | None = None) -> float:
        """Draw ``s``; record its box as gold when ``kind`` is given. Returns the right edge."""
        f = self.font(bold, size)
        self.draw.text((x, y), s, font=f, fill=fill or self.theme.fg)
        box = self.draw.textbbox((x, y), s, font=f)
        if kind:
            self.gold.append({"entity_type": kind, "bbox": list(box), "value": s})
        return box[2]

    def width_of(self, s: str, bold: bool = False) -> float:
        return self.draw.textlength(s, font=self.font(bold))

    def rect(self, box, fill=None, outline=None) -> None:
        self.draw.rectangle(box, fill=fill, outline=outline)


#: words of screens that are no personal data: menus, buttons, headers
MENU_NB = ["Oversikt", "Konto", "Lån", "Sparing", "Betaling", "Kort", "Nettbank", "Lisens", "Forsikring",
           "Innstillinger", "Meldinger", "Fond", "Profil", "Dokumenter", "Avtaler", "Faktura", "Hjelp",
           "Logg ut", "Kundeservice", "Abonnement", "Varsler", "Rapporter", "Brukere", "Sikkerhet"]
MENU_SV = ["Översikt", "Konton", "Lån", "Spara", "Betala", "Kort", "Internetbank", "Licens", "Försäkring",
           "Inställningar", "Meddelanden", "Fonder", "Profil", "Dokument", "Avtal", "Fakturor", "Hjälp",
           "Logga ut", "Kundtjänst"]


def _product(rng: random.Random) -> str:
    return rng.choice(["Lisens Pro", "Support 12 mnd", "Nettbank Bedrift", "Lagring 1 TB", "Konsulenttime",
                       "Oppsett", "Abonnement Basis", "Lån - gebyr", "Frakt"])


# ----------------------------------------------------------------------------- layouts

def mail_header(c: Canvas, v: Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    y, lh = 20, int(c.size * 2)
    c.rect((0, 0, c.width, 14 + lh), fill=c.theme.panel)
    x = 16
    for w in ["Svar", "Svar alle", "Videresend", "Slett", "Arkiver"]:
        x = c.text(x, 8, w, fill=c.theme.accent) + 22
    y = 30 + lh
    sender = v.name(sw)
    for label, parts in (("Fra:", [(sender, "PERSON"), (f"<{v.email(sender)}>", None)]),
                         ("Til:", [("kundeservice@firma.no", "EMAIL_ADDRESS")]),
                         ("Emne:", [("Endring av kontaktinfo", None)]),
                         ("Dato:", [(f"{rng.randrange(1, 28)}. mars 2026 kl. 0{rng.randrange(10)}:{rng.randrange(10, 60)}", None)])):
        c.text(16, y, label, fill=c.theme.muted)
        x = 90
        for s, kind in parts:
            if s.startswith("<"):
                x = c.text(x, y, "<") + 0
                x = c.text(x, y, s[1:-1], "EMAIL_ADDRESS")
                x = c.text(x, y, ">") + 8
            else:
                x = c.text(x, y, s, kind) + 8
        y += lh
    c.draw.line((16, y, c.width - 16, y), fill=c.theme.rule)
    y += 16
    c.text(16, y, "Hei,")
    y += lh
    c.text(16, y, "Jeg har fått nytt nummer:")
    c.text(16 + c.width_of("Jeg har fått nytt nummer: "), y, v.phone(sw), "PHONE_NUMBER")
    y += lh
    if sw:
        x = c.text(16, y, "Mitt personnummer är ")
        c.text(x + 4, y, v.personnummer(), "SE_PERSONNUMMER")
    else:
        x = c.text(16, y, "Fødselsnummer: ")
        c.text(x + 4, y, v.fnr(), "NO_FODSELSNUMMER")
    y += lh
    x = c.text(16, y, "Ny adresse: ")
    c.text(x + 4, y, v.address(sw), "STREET_ADDRESS")
    y += lh * 2
    c.text(16, y, "Mvh")
    c.text(16, y + lh, sender, "PERSON")


def spreadsheet(c: Canvas, v: Values, rng: random.Random) -> None:
    cols = [("Navn", "PERSON", v.name), ("Telefon", "PHONE_NUMBER", v.phone),
            ("Fødselsnummer", "NO_FODSELSNUMMER", lambda: v.fnr()),
            ("Kontonummer", "NO_BANK_ACCOUNT", lambda: v.account()),
            ("E-post", "EMAIL_ADDRESS", None), ("Ordrenr", None, lambda: str(rng.randrange(10 ** 6, 10 ** 7)))]
    rng.shuffle(cols)
    cols = [col for col in cols if col[1] != "EMAIL_ADDRESS"][:4] if c.width < 900 else cols[:5]
    cols = [("Navn", "PERSON", v.name)] + [col for col in cols if col[0] != "Navn"][:3]
    rows = rng.randrange(4, 7)
    cells = []
    for _ in range(rows):
        name = v.name()
        cells.append([(name if k == "PERSON" else v.email(name) if k == "EMAIL_ADDRESS" else g(), k)
                      for _, k, g in cols])
    widths = [max(c.width_of(h, True), *(c.width_of(s) for s, _ in [r[i] for r in cells])) + 24
              for i, (h, _, _) in enumerate(cols)]
    lh = int(c.size * 1.9)
    x0, y0 = 10, 40
    c.rect((0, 0, c.width, 28), fill=c.theme.panel)
    c.text(10, 6, "A1", fill=c.theme.muted)
    c.text(60, 6, "fx", fill=c.theme.muted)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.rect((x0, y0, xs[-1], y0 + lh), fill=c.theme.panel)
    for i, (h, _, _) in enumerate(cols):
        c.text(xs[i] + 6, y0 + 5, h, bold=True)
    for r, row in enumerate(cells):
        y = y0 + lh * (r + 1)
        for i, (s, k) in enumerate(row):
            c.text(xs[i] + 6, y + 5, s, k)
    for x in xs:
        c.draw.line((x, y0, x, y0 + lh * (rows + 1)), fill=c.theme.rule)
    for r in range(rows + 2):
        c.draw.line((x0, y0 + lh * r, xs[-1], y0 + lh * r), fill=c.theme.rule)


def web_form(c: Canvas, v: Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    name = v.name(sw)
    c.rect((0, 0, c.width, 44), fill=c.theme.accent)
    c.text(20, 12, "Min side" if not sw else "Mina sidor", fill=(255, 255, 255), bold=True)
    fields = [("Fornavn og etternavn" if not sw else "Namn", name, "PERSON"),
              ("E-post", v.email(name), "EMAIL_ADDRESS"),
              ("Mobil" if not sw else "Mobilnummer", v.phone(sw), "PHONE_NUMBER"),
              ("Adresse" if not sw else "Gatuadress", v.address(sw), "STREET_ADDRESS"),
              ("Fødselsnummer" if not sw else "Personnummer", v.personnummer() if sw else v.fnr(),
               "SE_PERSONNUMMER" if sw else "NO_FODSELSNUMMER")]
    rng.shuffle(fields)
    side = rng.random() < 0.5
    y = 64
    for label, value, kind in fields:
        if side:
            c.text(20, y + 7, label, fill=c.theme.muted)
            c.rect((200, y, c.width - 30, y + c.size + 14), fill=c.theme.bg, outline=c.theme.rule)
            c.text(208, y + 7, value, kind)
            y += c.size + 28
        else:
            c.text(20, y, label, fill=c.theme.muted, size=c.size - 2)
            y += c.size + 4
            c.rect((20, y, c.width - 30, y + c.size + 14), fill=c.theme.bg, outline=c.theme.rule)
            c.text(28, y + 7, value, kind)
            y += c.size + 30
    c.rect((20, y, 140, y + c.size + 16), fill=c.theme.accent)
    c.text(34, y + 8, "Lagre" if not sw else "Spara", fill=(255, 255, 255))


def bank_portal(c: Canvas, v: Values, rng: random.Random) -> None:
    sw = rng.random() < 0.25
    menu = rng.sample(MENU_SV if sw else MENU_NB, 7)
    c.rect((0, 0, 170, c.height), fill=c.theme.panel)
    c.text(16, 16, "Banken" if not sw else "Banken", bold=True, fill=c.theme.accent)
    y = 60
    for item in menu:
        c.text(20, y, item)
        y += int(c.size * 2.2)
    name = v.name(sw)
    x = 200
    c.text(x, 18, "Velkommen, " if not sw else "Välkommen, ", fill=c.theme.muted)
    c.text(x + c.width_of("Velkommen, " if not sw else "Välkommen, "), 18, name, "PERSON")
    y = 70
    c.text(x, y, "Mine kontoer" if not sw else "Mina konton", bold=True)
    y += int(c.size * 2.2)
    for label in rng.sample(["Brukskonto", "Sparekonto", "BSU", "Felleskonto", "Regningskonto"], 3):
        c.text(x, y, label)
        c.text(x + 150, y, v.account(), "NO_BANK_ACCOUNT")
        c.text(c.width - 130, y, f"{rng.randrange(100, 99999)},{rng.randrange(10, 99)} kr")
        y += int(c.size * 2.2)
    y += 10
    c.text(x, y, "Kontaktinfo" if not sw else "Kontaktuppgifter", bold=True)
    y += int(c.size * 2.2)
    c.text(x, y, "Mobil:", fill=c.theme.muted)
    c.text(x + 110, y, v.phone(sw), "PHONE_NUMBER")
    y += int(c.size * 2.2)
    c.text(x, y, "Adresse:" if not sw else "Adress:", fill=c.theme.muted)
    c.text(x + 110, y, v.address(sw), "STREET_ADDRESS")


def invoice(c: Canvas, v: Values, rng: random.Random) -> None:
    c.text(30, 24, "FAKTURA", bold=True, size=c.size + 6)
    y = 70
    company = v.faker().company()
    c.text(30, y, company, bold=True)
    y += int(c.size * 1.7)
    c.text(30, y, v.address(), "STREET_ADDRESS")
    y += int(c.size * 1.7)
    x = c.text(30, y, "Org.nr. ")
    c.text(x + 4, y, v.orgnr(), "NO_ORGNR")
    right = c.width // 2 + 20
    c.text(right, 70, "Fakturanr:", fill=c.theme.muted)
    c.text(right + 120, 70, str(rng.randrange(10000, 99999)))
    c.text(right, 70 + int(c.size * 1.7), "Forfall:", fill=c.theme.muted)
    c.text(right + 120, 70 + int(c.size * 1.7), f"{rng.randrange(1, 28):02d}.0{rng.randrange(1, 9)}.2026")
    y += int(c.size * 3)
    c.text(30, y, "Kunde:", fill=c.theme.muted)
    y += int(c.size * 1.7)
    c.text(30, y, v.name(), "PERSON")
    y += int(c.size * 1.7)
    c.text(30, y, v.address(), "STREET_ADDRESS")
    y += int(c.size * 2.5)
    c.rect((30, y, c.width - 30, y + int(c.size * 1.8)), fill=c.theme.panel)
    for xx, h in ((36, "Beskrivelse"), (c.width - 300, "Antall"), (c.width - 160, "Beløp")):
        c.text(xx, y + 4, h, bold=True)
    y += int(c.size * 2.2)
    for _ in range(rng.randrange(2, 4)):
        c.text(36, y, _product(rng))
        c.text(c.width - 300, y, str(rng.randrange(1, 12)))
        c.text(c.width - 160, y, f"{rng.randrange(100, 9999)},00")
        y += int(c.size * 1.8)
    y += 14
    x = c.text(30, y, "Betal til konto: ")
    c.text(x + 4, y, v.account(), "NO_BANK_ACCOUNT")
    x = c.text(30, y + int(c.size * 1.8), "KID: ")
    c.text(x + 4, y + int(c.size * 1.8), str(rng.randrange(10 ** 9, 10 ** 10)))


def mobile(c: Canvas, v: Values, rng: random.Random) -> None:
    sw = rng.random() < 0.4
    c.text(16, 8, f"{rng.randrange(7, 23):02d}:{rng.randrange(10, 60)}", bold=True, size=c.size - 2)
    c.text(c.width - 60, 8, "4G", size=c.size - 2)
    name = v.name(sw)
    c.draw.ellipse((c.width // 2 - 36, 50, c.width // 2 + 36, 122), fill=c.theme.accent)
    w = c.width_of(name, True)
    c.text((c.width - w) / 2, 136, name, "PERSON", bold=True)
    y = 190
    rows = [("mobil" if not sw else "mobil", v.phone(sw), "PHONE_NUMBER"),
            ("e-post" if not sw else "e-post", v.email(name), "EMAIL_ADDRESS"),
            ("hjem" if not sw else "hem", v.address(sw), "STREET_ADDRESS")]
    if rng.random() < 0.5:
        rows.append(("personnummer", v.personnummer(), "SE_PERSONNUMMER") if sw
                    else ("fødselsnr.", v.fnr(), "NO_FODSELSNUMMER"))
    for label, value, kind in rows:
        c.text(20, y, label, fill=c.theme.muted, size=c.size - 2)
        c.text(20, y + c.size + 2, value, kind, fill=c.theme.accent if kind == "PHONE_NUMBER" else None)
        c.draw.line((20, y + 2 * c.size + 12, c.width - 20, y + 2 * c.size + 12), fill=c.theme.rule)
        y += 2 * c.size + 24
    xs = [20 + i * (c.width - 40) // 4 for i in range(4)]
    for x, w in zip(xs, ["Melding", "Ring", "Video", "Del"]):
        c.text(x, c.height - 40, w, fill=c.theme.accent, size=c.size - 2)


def crm_list(c: Canvas, v: Values, rng: random.Random) -> None:
    c.rect((0, 0, c.width, 40), fill=c.theme.panel)
    x = 14
    for w in rng.sample(["Saker", "Kunder", "Rapporter", "Lisens", "Nettbank", "Admin", "Lån", "Kontakter"], 5):
        x = c.text(x, 11, w) + 26
    y = 60
    c.text(14, y, "Kontakter", bold=True, size=c.size + 3)
    y += int(c.size * 2.4)
    for _ in range(rng.randrange(4, 7)):
        sw = rng.random() < 0.3
        name = v.name(sw)
        if rng.random() < 0.5:
            c.text(14, y, "•")
            c.text(32, y, name, "PERSON")
        else:
            c.text(14, y, name, "PERSON")
        c.text(c.width // 2 - 30, y, v.phone(sw), "PHONE_NUMBER")
        c.text(c.width - 130, y, rng.choice(["Aktiv", "Ny", "Venter", "Lukket"]), fill=c.theme.muted)
        y += int(c.size * 2.1)


def chat(c: Canvas, v: Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    name = v.name(sw)
    c.rect((0, 0, c.width, 46), fill=c.theme.panel)
    c.text(16, 14, name, "PERSON", bold=True)
    y = 66
    lines = [("Hei! Nummeret mitt er ", v.phone(sw), "PHONE_NUMBER"),
             ("Konto: ", v.account(), "NO_BANK_ACCOUNT"),
             ("Personnr: " if sw else "Fnr: ", v.personnummer() if sw else v.fnr(),
              "SE_PERSONNUMMER" if sw else "NO_FODSELSNUMMER"),
             ("Send til ", v.email(name), "EMAIL_ADDRESS")]
    rng.shuffle(lines)
    bubble = (60, 80, 120) if c.theme is DARK else (226, 236, 250)
    for lead, value, kind in lines:
        w = c.width_of(lead + value) + 28
        c.draw.rounded_rectangle((16, y - 8, 16 + w, y + c.size + 10), radius=10, fill=bubble)
        x = c.text(30, y, lead)
        c.text(x, y, value, kind)
        y += c.size + 34


LAYOUTS = {"mail": (mail_header, (760, 480)), "sheet": (spreadsheet, (880, 300)),
           "form": (web_form, (640, 470)), "bank": (bank_portal, (820, 440)),
           "invoice": (invoice, (720, 560)), "mobile": (mobile, (380, 560)),
           "crm": (crm_list, (700, 340)), "chat": (chat, (620, 300))}


@dataclass
class Shot:
    name: str
    data: bytes
    gold: list[dict]
    tags: str
    ext: str


def rotated(im: Image.Image, gold: list[dict], angle: float, fill) -> tuple[Image.Image, list[dict]]:
    """``im`` turned by ``angle`` degrees about its centre (same size, corners in ``fill``),
    and each gold box replaced by the upright box around its turned corners."""
    import math

    w, h = im.size
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=fill)
    cx, cy, t = w / 2, h / 2, math.radians(angle)

    def turn(x, y):
        return (cx + (x - cx) * math.cos(t) + (y - cy) * math.sin(t),
                cy - (x - cx) * math.sin(t) + (y - cy) * math.cos(t))

    def turned(b):
        pts = [turn(x, y) for x in (b[0], b[2]) for y in (b[1], b[3])]
        return [int(min(p[0] for p in pts)), int(min(p[1] for p in pts)),
                int(max(p[0] for p in pts) + 0.999), int(max(p[1] for p in pts) + 0.999)]

    return im, [{**g, "bbox": turned(g["bbox"])} for g in gold]


def encoded(im: Image.Image, quality: int | None) -> tuple[bytes, str]:
    """``im`` saved as JPEG at ``quality`` (PNG where it is None), and the format's tag
    (``jpeg70``, ``png``) the shot's tags and file extension name."""
    buf = io.BytesIO()
    if quality is None:
        im.save(buf, "PNG")
        return buf.getvalue(), "png"
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue(), f"jpeg{quality}"


def scaled(im: Image.Image, gold: list[dict], scale: float) -> tuple[Image.Image, list[dict]]:
    """``im`` resized by ``scale`` (as a screenshot of another zoom), its gold boxes with it."""
    if scale == 1.0:
        return im, gold
    w, h = im.size
    im = im.resize((round(w * scale), round(h * scale)), Image.LANCZOS)
    return im, [{**g, "bbox": [int(g["bbox"][0] * scale), int(g["bbox"][1] * scale),
                               int(g["bbox"][2] * scale + 0.999), int(g["bbox"][3] * scale + 0.999)]}
                for g in gold]


def render(rng: random.Random, values: Values, i: int) -> Shot:
    layout = list(LAYOUTS)[i % len(LAYOUTS)]
    fn, (w, h) = LAYOUTS[layout]
    theme = DARK if rng.random() < 0.25 else LIGHT
    face = rng.choice(FACES)
    size = rng.randrange(14, 18)
    c = Canvas(w, h, theme, face, size)
    fn(c, values, rng)
    im = c.im
    gold = [g for g in c.gold if g["bbox"][2] <= w and g["bbox"][3] <= h]  # (a layout that ran off)
    scale = round(rng.uniform(0.8, 1.3), 2)
    im, gold = scaled(im, gold, scale)
    data, fmt = encoded(im, rng.randrange(60, 76) if rng.random() < 0.5 else None)
    tags = f"{layout} {'dark' if theme is DARK else 'light'} {face.split('.')[0]} {size}px x{scale} {fmt}"
    return Shot(f"{layout}_{i:03d}", data, gold, tags, "png" if fmt == "png" else "jpg")


def make_set(seed: int, n: int) -> list[Shot]:
    rng = random.Random(seed)
    values = Values(rng)
    return [render(rng, values, i) for i in range(n)]


# ----------------------------------------------------------------------------- round 21 layouts
#
# Seven more screens, drawn apart from the eight above so that their figures stay comparable:
# a scanned contract page, an error dialog with a log, a profile card, an SMS thread, a
# Swedish or Danish invoice, a team chat and an identity document with its MRZ. These score
# more types (dates of birth, IBAN, IP addresses, passport numbers, Danish CPR) and may be
# grey, a little blurred, turned by up to 1 degree, in 10-11 px type or saved at JPEG 50.

SCORED_NEW = SCORED | {"DATE_OF_BIRTH", "IBAN_CODE", "IP_ADDRESS", "PASSPORT_NUMBER", "DK_CPR"}
MONTHS_NB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "desember"]
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december"]


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    num = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


class MoreValues(Values):
    """The values of the round 21 layouts: adds IBANs, IPs, dates of birth, passports, CPR."""

    def first_last(self, swedish: bool = False) -> tuple[str, str]:
        f = self.faker(swedish)
        return f.first_name(), f.last_name()

    def ip(self) -> str:
        r = self.rng
        return r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"{r.choice([31, 46, 62, 77, 81, 84, 85, 91, 109, 176, 185, 193, 212])}."
                         f"{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"])

    def iban(self, country: str) -> str:
        from stdnum.no import kontonr

        r = self.rng
        if country == "NO":
            while True:
                bban = f"{r.choice([1503, 1506, 8601, 9365]):04d}{r.randrange(10 ** 7):07d}"
                if kontonr.is_valid(bban):
                    break
        elif country == "SE":
            bban = f"{r.choice([500, 800, 600, 300, 120]):03d}{r.randrange(10 ** 17):017d}"
        else:
            bban = f"{r.randrange(1000, 9999):04d}{r.randrange(10 ** 10):010d}"
        s = _iban(country, bban)
        return s if r.random() < 0.7 else s.replace(" ", "")

    def dob(self, swedish: bool = False) -> str:
        d, r = self.birth(), self.rng
        months = MONTHS_SV if swedish else MONTHS_NB
        return r.choice([f"{d:%d.%m.%Y}", f"{d.day}. {months[d.month - 1]} {d.year}" if not swedish
                         else f"{d.day} {months[d.month - 1]} {d.year}", f"{d:%Y-%m-%d}"])

    def passport(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['FH', 'FJ', 'FK', 'FM'])}{r.randrange(10 ** 7):07d}",
                         f"{r.randrange(10 ** 8, 10 ** 9)}", f"{r.randrange(10 ** 7, 10 ** 8)}"])

    def cpr(self) -> str:
        while True:
            d = self.birth()
            base = f"{d:%d%m%y}"
            for _ in range(20):
                tail = f"{self.rng.randrange(1000):03d}"
                # the serial's first digit tells the century (CPR's table: 0-3 the 1900s; 4 and
                # 9 the 1900s from '37, the 2000s to '36; 5-8 the 2000s to '57, else the 1800s):
                # keep it true to the birth year, or the number is no CPR (born 2057 or 1874)
                yy = d.year % 100
                allowed = ("0123" + ("49" if yy >= 37 else "")) if d.year < 2000 else \
                    ("5678" + ("49" if yy <= 36 else ""))
                if tail[0] not in allowed:
                    continue
                w = (4, 3, 2, 7, 6, 5, 4, 3, 2)
                s = sum(int(a) * b for a, b in zip(base + tail, w))
                k = (11 - s % 11) % 11
                if k < 10:
                    return f"{base}-{tail}{k}"

    def se_orgnr(self) -> str:
        from stdnum import luhn

        base = f"55{self.rng.randrange(6, 10)}{self.rng.randrange(10 ** 6):06d}"
        num = base + luhn.calc_check_digit(base)
        return f"{num[:6]}-{num[6:]}"


def paragraph(c: Canvas, x: float, y: float, width: float, parts, lh: float, justify: bool = True) -> float:
    """Flow ``parts`` ((text, kind) pairs) into lines ``width`` wide, justified; a value is
    never cut, and punctuation written against it stays against it. Returns the next y."""
    units: list[list[tuple[str, str | None]]] = []
    glue = False
    for s, kind in parts:
        if kind:
            if glue and units:
                units[-1].append((s, kind))
            else:
                units.append([(s, kind)])
            glue = True
            continue
        words = s.split()
        for i, w in enumerate(words):
            if i == 0 and glue and not s[:1].isspace() and units:
                units[-1].append((w, None))
            else:
                units.append([(w, None)])
        glue = bool(s) and not s[-1:].isspace()
    sp = c.width_of(" ")
    lines, cur, curw = [], [], 0.0
    for u in units:
        w = sum(c.width_of(s) for s, _ in u)
        if cur and curw + sp + w > width:
            lines.append(cur)
            cur, curw = [], 0.0
        curw += (sp if cur else 0) + w
        cur.append((u, w))
    if cur:
        lines.append(cur)
    for li, line in enumerate(lines):
        gap = sp
        if justify and li < len(lines) - 1 and len(line) > 1:
            gap = max(sp, (width - sum(w for _, w in line)) / (len(line) - 1))
        xx = x
        for u, w in line:
            px = xx
            for s, kind in u:
                px = c.text(px, y, s, kind)
            xx += w + gap
        y += lh
    return y


def contract(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    lh = c.size * 1.55
    left, width = 60, c.width - 120
    title = rng.choice(["HYRESAVTAL", "ANSTÄLLNINGSAVTAL"] if sw else ["LEIEKONTRAKT", "ARBEIDSAVTALE",
                                                                          "KJØPEKONTRAKT"])
    w = c.width_of(title, True)
    c.text((c.width - w) / 2, 40, title, bold=True, size=c.size + 4)
    y = 90.0
    company = v.faker(sw).company()
    company += "" if company.split()[-1] in ("AS", "ASA", "AB", "HB", "KB") else " AB" if sw else " AS"
    name = v.name(sw)
    idn = (v.personnummer(), "SE_PERSONNUMMER") if sw else (v.fnr(), "NO_FODSELSNUMMER")
    org = (v.se_orgnr(), None) if sw else (v.orgnr(), "NO_ORGNR")
    if sw:
        p1 = [("Mellan ", None), (company, None), (", org.nr ", None), org, (", nedan kallad hyresvärden, och ", None),
              (name, "PERSON"), (", personnummer ", None), idn, (", boende på ", None),
              (v.address(True), "STREET_ADDRESS"), (", nedan kallad hyresgästen, har följande avtal träffats.", None)]
        p2 = [("§ 2 Hyran är ", None), (f"{rng.randrange(6, 19)} {rng.randrange(100, 999)} kr", None),
              (" per månad och betalas i förskott till bankgiro ", None),
              (f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", None),
              (" senast den sista vardagen i månaden. Avtalet gäller från den 1 april 2026.", None)]
        p3 = [("§ 5 Frågor om avtalet besvaras av ", None), (v.name(True), "PERSON"), (" på telefon ", None),
              (v.phone(True), "PHONE_NUMBER"), (" eller e-post ", None), (v.email(name), "EMAIL_ADDRESS"),
              (".", None)]
    else:
        p1 = [("Mellom ", None), (company, None), (", org.nr. ", None), org, (", heretter kalt utleier, og ", None),
              (name, "PERSON"), (", fødselsnummer ", None), idn, (", bosatt i ", None),
              (v.address(), "STREET_ADDRESS"), (", heretter kalt leietaker, er det i dag inngått følgende avtale.", None)]
        p2 = [("§ 2 Leien er kr ", None), (f"{rng.randrange(6, 19)} {rng.randrange(100, 999)}", None),
              (" per måned og betales forskuddsvis til konto ", None), (v.account(), "NO_BANK_ACCOUNT"),
              (" innen den 1. i hver måned. Depositum tilsvarende tre måneders leie settes på egen konto.", None)]
        p3 = [("§ 5 Spørsmål om avtalen rettes til ", None), (v.name(), "PERSON"), (" på telefon ", None),
              (v.phone(), "PHONE_NUMBER"), (" eller e-post ", None), (v.email(name), "EMAIL_ADDRESS"),
              (". Endringer skal avtales skriftlig.", None)]
    for p in (p1, p2, p3):
        y = paragraph(c, left, y, width, p, lh) + lh * 0.6
    y += lh
    c.text(left, y, ("Ort och datum: " if sw else "Sted og dato: ") + f"Oslo, {rng.randrange(1, 28)}.03.2026")
    y += lh * 3
    half = width / 2
    for i, (who, nm, idv) in enumerate(((("Hyresvärd" if sw else "Utleier"), v.name(sw), None),
                                        (("Hyresgäst" if sw else "Leietaker"), name, idn))):
        x = left + i * half
        c.draw.line((x, y, x + half - 30, y), fill=c.theme.fg)
        c.text(x, y + 6, who, fill=c.theme.muted, size=c.size - 2)
        c.text(x, y + 6 + lh, nm, "PERSON")
        if idv:
            xx = c.text(x, y + 6 + 2 * lh, "Personnr: " if sw else "Fnr: ")
            c.text(xx + 2, y + 6 + 2 * lh, idv[0], idv[1])
    c.text(c.width / 2 - 30, c.height - 40, "Side 1 av 2" if not sw else "Sida 1 av 2", fill=c.theme.muted,
           size=c.size - 2)


def error_dialog(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    sw = rng.random() < 0.25
    c.rect((0, 0, c.width, c.height), fill=(236, 236, 236) if c.theme is not DARK else (20, 20, 22))
    box = (30, 24, c.width - 30, c.height - 24)
    c.rect(box, fill=c.theme.bg, outline=c.theme.rule)
    c.rect((box[0], box[1], box[2], box[1] + 40), fill=(200, 50, 50))
    c.text(box[0] + 14, box[1] + 11, rng.choice(["Feil ved synkronisering", "Uventet feil", "Import feilet"])
           if not sw else rng.choice(["Fel vid synkronisering", "Oväntat fel"]), bold=True, fill=(255, 255, 255))
    y = box[1] + 58
    name = v.name(sw)
    email = v.email(name)
    x = c.text(box[0] + 14, y, "Kunne ikke sende varsel til " if not sw else "Kunde inte skicka avisering till ")
    x = c.text(x, y, email, "EMAIL_ADDRESS")
    c.text(x, y, f" (SMTP {rng.choice([550, 553, 421])}).")
    y += c.size * 1.8
    if rng.random() < 0.5:
        x = c.text(box[0] + 14, y, "Eksisterende kunde: " if not sw else "Befintlig kund: ", fill=c.theme.muted)
        c.text(x, y, name, "PERSON")
    else:
        x = c.text(box[0] + 14, y, "Duplikat fødselsnummer: " if not sw else "Dubblett personnummer: ",
                   fill=c.theme.muted)
        c.text(x, y, *((v.personnummer(), "SE_PERSONNUMMER") if sw else (v.fnr(), "NO_FODSELSNUMMER")))
    y += c.size * 2.2
    mono = "DejaVuSansMono.ttf"
    ms = max(10, c.size - 3)
    c.rect((box[0] + 14, y - 6, box[2] - 14, y + ms * 1.45 * 7 + 4), fill=c.theme.panel)
    ip = v.ip()
    port = rng.choice([5432, 443, 25, 587, 3306, 8080])
    ts = f"2026-03-{rng.randrange(1, 28):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    log = [[(f"{ts},{rng.randrange(1000):03d} ERROR [sync-worker-{rng.randrange(1, 9)}]", None)],
           [("Traceback (most recent call last):", None)],
           [(f'  File "/srv/app/sync/push.py", line {rng.randrange(40, 400)}, in send', None)],
           [("ConnectionError: timeout connecting to ", None), (ip, "IP_ADDRESS"), (f":{port}", None)],
           [(f"  request_id={rng.randrange(16 ** 8):08x} user=", None), (email, "EMAIL_ADDRESS")],
           [("  client_ip=", None), (v.ip(), "IP_ADDRESS"), (f" retries={rng.randrange(1, 6)}", None)],
           [(f"  version={rng.randrange(2, 14)}.{rng.randrange(20)}.{rng.randrange(100, 9999)}", None)]]
    for row in log:
        x = box[0] + 20
        for s, kind in row:
            f = font(mono, ms)
            c.draw.text((x, y), s, font=f, fill=c.theme.fg)
            bb = c.draw.textbbox((x, y), s, font=f)
            if kind:
                c.gold.append({"entity_type": kind, "bbox": list(bb), "value": s})
            x = bb[2] if s[-1:] != " " else x + c.draw.textlength(s, font=f)
        y += ms * 1.45
    c.rect((box[2] - 120, box[3] - 50, box[2] - 20, box[3] - 16), fill=c.theme.panel, outline=c.theme.rule)
    c.text(box[2] - 82, box[3] - 42, "OK")


def profile_card(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    sw = rng.random() < 0.35
    first, last = v.first_last(sw)
    c.rect((0, 0, c.width, 50), fill=c.theme.accent)
    c.text(24, 15, "Min profil" if not sw else "Min profil", bold=True, fill=(255, 255, 255))
    card = (24, 70, c.width - 24, c.height - 24)
    c.rect(card, fill=c.theme.panel, outline=c.theme.rule)
    c.rect((card[0] + 20, card[1] + 20, card[0] + 100, card[1] + 100), fill=c.theme.rule)
    c.text(card[0] + 42, card[1] + 48, (first[0] + last[0]).upper(), bold=True, fill=c.theme.muted)
    c.text(card[0] + 120, card[1] + 30, f"{first} {last}", "PERSON", bold=True, size=c.size + 4)
    c.text(card[0] + 120, card[1] + 62, rng.choice(["Kunde siden 2019", "Privatkunde", "Medlem"]) if not sw
           else rng.choice(["Kund sedan 2018", "Privatkund"]), fill=c.theme.muted)
    name = f"{first} {last}"
    fields = [("Fornavn" if not sw else "Förnamn", first, "PERSON"),
              ("Etternavn" if not sw else "Efternamn", last, "PERSON"),
              ("Fødselsdato" if not sw else "Födelsedatum", v.dob(sw), "DATE_OF_BIRTH"),
              ("Mobil", v.phone(sw), "PHONE_NUMBER"),
              ("E-post", v.email(name), "EMAIL_ADDRESS"),
              ("Adresse" if not sw else "Adress", v.address(sw), "STREET_ADDRESS"),
              ("Kundenummer" if not sw else "Kundnummer", str(rng.randrange(10 ** 5, 10 ** 7)), None),
              ("Språk" if not sw else "Språk", "Norsk" if not sw else "Svenska", None)]
    if rng.random() < 0.5:
        fields[6] = (("Personnummer", v.personnummer(), "SE_PERSONNUMMER") if sw
                     else ("Fødselsnummer", v.fnr(), "NO_FODSELSNUMMER"))
    inline = rng.random() < 0.5
    colw = (card[2] - card[0] - 40) / 2
    if inline and any(max(c.width_of(label + ":") + 8, 120) + c.width_of(value) > colw - 12
                      for label, value, _ in fields):
        inline = False  # a value would run into the next column's label: one under the other
    y0 = card[1] + 130
    for i, (label, value, kind) in enumerate(fields):
        col, row = i % 2, i // 2
        x = card[0] + 20 + col * colw
        if inline:
            y = y0 + row * c.size * 2.2
            xx = c.text(x, y, label + ":", fill=c.theme.muted)
            c.text(max(xx + 8, x + 120), y, value, kind)
        else:
            y = y0 + row * c.size * 3.4
            c.text(x, y, label, fill=c.theme.muted, size=c.size - 2)
            c.text(x, y + c.size + 2, value, kind)


def sms_thread(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    sw = rng.random() < 0.35
    name = v.name(sw)
    first = name.split()[0]
    c.text(16, 8, f"{rng.randrange(7, 23):02d}:{rng.randrange(10, 60)}", bold=True, size=c.size - 2)
    c.rect((0, 30, c.width, 84), fill=c.theme.panel)
    c.text(16, 38, "‹", size=c.size + 6, fill=c.theme.accent)
    known = rng.random() < 0.7
    if known:
        w = c.width_of(name, True)
        c.text((c.width - w) / 2, 48, name, "PERSON", bold=True)
    else:
        ph = v.phone(sw)
        w = c.width_of(ph, True)
        c.text((c.width - w) / 2, 48, ph, "PHONE_NUMBER", bold=True)
    if sw:
        msgs = [(0, [("Hej! Det är ", None), (first, "PERSON"), (". Kan du ringa mig på ", None),
                     (v.phone(True), "PHONE_NUMBER"), ("?", None)]),
                (1, [("Absolut, efter lunch", None)]),
                (0, [("Min nya adress är ", None), (v.address(True), "STREET_ADDRESS")]),
                (0, [("Personnummer ", None), (v.personnummer(), "SE_PERSONNUMMER"), (" om ni behöver det", None)]),
                (1, [("Tack! Skickar avtalet till ", None), (v.email(name), "EMAIL_ADDRESS")])]
    else:
        msgs = [(0, [("Hei! Det er ", None), (first, "PERSON"), (". Kan du ringe meg på ", None),
                     (v.phone(), "PHONE_NUMBER"), ("?", None)]),
                (1, [("Ja, etter lunsj", None)]),
                (0, [("Ny adresse er ", None), (v.address(), "STREET_ADDRESS")]),
                (0, rng.choice([[("Kontonr ", None), (v.account(), "NO_BANK_ACCOUNT"), (" for refusjon", None)],
                                [("Fnr ", None), (v.fnr(), "NO_FODSELSNUMMER"), (" hvis dere trenger det", None)]])),
                (1, [("Takk! Sender avtalen til ", None), (v.email(name), "EMAIL_ADDRESS")])]
    rng.shuffle(msgs)
    y = 100.0
    c.text(c.width / 2 - 40, y, "I dag " + f"{rng.randrange(8, 20)}:{rng.randrange(10, 60)}" if not sw
           else "Idag " + f"{rng.randrange(8, 20)}:{rng.randrange(10, 60)}", fill=c.theme.muted, size=c.size - 3)
    y += c.size * 2
    maxw = c.width * 0.68
    mine = (30, 120, 250)
    theirs = c.theme.panel
    for who, parts in msgs:
        # lay out inside the bubble on a scratch canvas width, then draw for real
        units = " ".join(s for s, _ in parts)
        lines_n = max(1, int(c.width_of(units) // (maxw - 24)) + 1)
        h = lines_n * c.size * 1.35 + 16
        bw = min(maxw, c.width_of(units) + 28)
        x0 = 12 if who == 0 else c.width - 12 - bw
        if y + h > c.height - 10:
            break
        c.draw.rounded_rectangle((x0, y, x0 + bw, y + h), radius=14, fill=theirs if who == 0 else mine)
        if who == 1:
            saved = c.theme
            c.theme = Theme(saved.bg, (255, 255, 255), saved.muted, saved.panel, saved.accent, saved.rule)
            paragraph(c, x0 + 12, y + 8, bw - 24, parts, c.size * 1.35, justify=False)
            c.theme = saved
        else:
            paragraph(c, x0 + 12, y + 8, bw - 24, parts, c.size * 1.35, justify=False)
        y += h + 10


def nordic_invoice(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    dk = rng.random() < 0.4
    f = v.faker(not dk)
    c.text(30, 24, "FAKTURA", bold=True, size=c.size + 6)
    company = f"{f.company()} AB" if not dk else rng.choice(["Nordhavn Service ApS", "Vesterbro El A/S", "Jensen & Co ApS"])
    c.text(30, 70, company, bold=True)
    if dk:
        street = f"{rng.choice(['Vesterbrogade', 'Nørregade', 'Østergade', 'Jernbanegade'])} {rng.randrange(1, 120)}"
        addr = rng.choice([street, f"{street}, {rng.randrange(1000, 9990)} {rng.choice(['København V', 'Aarhus C', 'Odense'])}"])
    else:
        addr = v.address(True)
    c.text(30, 70 + c.size * 1.7, addr, "STREET_ADDRESS")
    c.text(30, 70 + c.size * 3.4, (f"CVR-nr. {rng.randrange(10 ** 7, 10 ** 8)}" if dk else f"Org.nr {v.se_orgnr()}"))
    right = c.width // 2 + 20
    meta = [("Fakturanr:" if not dk else "Fakturanr.:", str(rng.randrange(10000, 99999))),
            ("Fakturadatum:" if not dk else "Fakturadato:", f"2026-03-{rng.randrange(1, 28):02d}"),
            ("Förfallodatum:" if not dk else "Forfaldsdato:", f"2026-04-{rng.randrange(1, 28):02d}"),
            ("OCR:" if not dk else "FI-kode:", str(rng.randrange(10 ** 9, 10 ** 10)))]
    for i, (k, val) in enumerate(meta):
        c.text(right, 70 + i * c.size * 1.6, k, fill=c.theme.muted)
        c.text(right + 140, 70 + i * c.size * 1.6, val)
    y = 70 + c.size * 7.0
    c.text(30, y, "Kund:" if not dk else "Kunde:", fill=c.theme.muted)
    y += c.size * 1.6
    name = v.name(not dk) if not dk else f"{rng.choice(['Mette', 'Søren', 'Lars', 'Anne', 'Mads', 'Camilla'])} " \
                                         f"{rng.choice(['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen'])}"
    c.text(30, y, name, "PERSON")
    y += c.size * 1.6
    if dk:
        xx = c.text(30, y, "CPR-nr.: ")
        c.text(xx, y, v.cpr(), "DK_CPR")
    else:
        c.text(30, y, v.address(True), "STREET_ADDRESS")
    y += c.size * 2.4
    c.rect((30, y, c.width - 30, y + c.size * 1.8), fill=c.theme.panel)
    for xx, h in ((36, "Beskrivning" if not dk else "Beskrivelse"), (c.width - 300, "Antal"),
                  (c.width - 160, "Belopp" if not dk else "Beløb")):
        c.text(xx, y + 4, h, bold=True)
    y += c.size * 2.2
    for _ in range(rng.randrange(2, 4)):
        c.text(36, y, rng.choice(["Konsulttimmar", "Licens Pro", "Support 12 mån", "Installation", "Frakt"]
                                 if not dk else ["Konsulenttimer", "Licens", "Fragt", "Service"]))
        c.text(c.width - 300, y, str(rng.randrange(1, 12)))
        c.text(c.width - 160, y, f"{rng.randrange(100, 9999)},00")
        y += c.size * 1.8
    y += 14
    c.draw.line((30, y, c.width - 30, y), fill=c.theme.rule)
    y += 10
    if dk:
        pay = [("Reg.nr. / Konto:", f"{rng.randrange(1000, 9999)} {rng.randrange(10 ** 9, 10 ** 10)}", None),
               ("IBAN:", v.iban("DK"), "IBAN_CODE"), ("SWIFT:", "DABADKKK", None)]
    else:
        pay = [("Bankgiro:", f"{rng.randrange(100, 9999)}-{rng.randrange(1000, 9999)}", None),
               ("IBAN:", v.iban("SE"), "IBAN_CODE"), ("BIC:", "ESSESESS", None),
               ("Momsreg.nr:", f"SE{rng.randrange(10 ** 9, 10 ** 10)}01", None)]
    for k, val, kind in pay:
        c.text(30, y, k, fill=c.theme.muted)
        c.text(190, y, val, kind)
        y += c.size * 1.6
    x = c.text(30, c.height - 34, "Frågor? " if not dk else "Spørgsmål? ", fill=c.theme.muted, size=c.size - 2)
    c.text(x, c.height - 34, "faktura@" + rng.choice(["firma.se", "bolaget.se"] if not dk else ["firma.dk"]),
           "EMAIL_ADDRESS", fill=c.theme.muted, size=c.size - 2)


def team_chat(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    c.rect((0, 0, 180, c.height), fill=(63, 14, 64) if rng.random() < 0.5 else (70, 71, 117))
    c.text(16, 14, rng.choice(["Kundeservice", "Support AS", "Drift"]), bold=True, fill=(255, 255, 255))
    y = 56
    for ch in rng.sample(["generelt", "support", "salg", "drift", "random", "faktura", "kunder"], 5):
        c.text(20, y, "# " + ch, fill=(220, 220, 230))
        y += c.size * 1.9
    c.rect((180, 0, c.width, 44), fill=c.theme.panel)
    c.text(196, 12, "# support", bold=True)
    y = 60.0
    people = [v.name(sw) for _ in range(3)]
    cust = v.name(sw)
    texts = [[("Kan noen ringe ", None), (cust, "PERSON"), (" på ", None), (v.phone(sw), "PHONE_NUMBER"),
              ("? Kunden venter.", None)],
             [("Fnr til kunden er ", None), (v.fnr(), "NO_FODSELSNUMMER")] if not sw else
             [("Personnumret är ", None), (v.personnummer(), "SE_PERSONNUMMER")],
             [("Hun ba om svar på ", None), (v.email(cust), "EMAIL_ADDRESS"), (" i stedet", None)],
             [("Refusjon går til konto ", None), (v.account(), "NO_BANK_ACCOUNT")],
             [("Ok, jeg tar den", None)],
             [("Ny adresse: ", None), (v.address(sw), "STREET_ADDRESS")]]
    rng.shuffle(texts)
    for i, parts in enumerate(texts[:rng.randrange(4, 7)]):
        who = people[i % 3]
        if y > c.height - c.size * 3.5:
            break
        c.rect((196, y + 2, 232, y + 38), fill=c.theme.accent)
        c.text(204, y + 10, "".join(p[0] for p in who.split()[:2]), bold=True, fill=(255, 255, 255),
               size=c.size - 2)
        x = c.text(244, y, who, "PERSON", bold=True)
        c.text(x + 10, y + 2, f"{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}", fill=c.theme.muted,
               size=c.size - 3)
        y = paragraph(c, 244, y + c.size * 1.5, c.width - 260, parts, c.size * 1.4, justify=False) + 12


def _mrz_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{ch: i + 10 for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")},
            "<": 0}
    return str(sum(vals[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(s)) % 10)


def id_card(c: Canvas, v: MoreValues, rng: random.Random) -> None:
    import unicodedata

    c.rect((0, 0, c.width, c.height), fill=(225, 225, 228) if c.theme is not DARK else (25, 25, 28))
    card = (30, 30, c.width - 30, c.height - 30)
    c.draw.rounded_rectangle(card, radius=18, fill=(236, 228, 240) if c.theme is not DARK else c.theme.panel,
                             outline=c.theme.rule)
    c.text(card[0] + 20, card[1] + 14, "NORGE · NORWAY   PASS · PASSPORT", bold=True, fill=c.theme.accent,
           size=c.size - 1)
    c.rect((card[0] + 20, card[1] + 50, card[0] + 150, card[1] + 210), fill=(190, 190, 200))
    first, last = v.first_last()
    d = v.birth()
    num = v.passport()
    fnr = v.fnr().replace(" ", "").replace("-", "")
    x0 = card[0] + 170
    y = card[1] + 48
    fields = [("Etternavn/Surname", last.upper(), "PERSON"), ("Fornavn/Given names", first.upper(), "PERSON"),
              ("Fødselsdato/Date of birth", f"{d:%d.%m.%Y}", "DATE_OF_BIRTH"),
              ("Passnr./Passport No.", num, "PASSPORT_NUMBER"),
              ("Personnr./Personal No.", fnr, "NO_FODSELSNUMMER"),
              ("Utløpsdato/Date of expiry", f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.20{rng.randrange(27, 36)}", None)]
    lab = max(9, c.size - 5)
    for label, value, kind in fields:
        c.text(x0, y, label, fill=c.theme.muted, size=lab)
        c.text(x0, y + lab + 2, value, kind, bold=kind == "PERSON")
        y += lab + c.size + 10
    mono = "DejaVuSansMono.ttf"
    ms = c.size + 1
    plain = lambda s: "".join(ch for ch in unicodedata.normalize("NFKD", s.upper().replace("Ø", "O")
                                                                  .replace("Æ", "AE").replace("Å", "AA"))
                              if ch.isascii() and (ch.isalpha() or ch == " ")).replace(" ", "<")
    l1 = f"P<NOR{plain(last)}<<{plain(first)}"
    l1 = (l1 + "<" * 44)[:44]
    doc = (num + "<" * 9)[:9]
    birth = f"{d:%y%m%d}"
    expiry = f"{rng.randrange(27, 36)}{rng.randrange(1, 13):02d}{rng.randrange(1, 28):02d}"
    personal = "<" * 14
    l2 = doc + _mrz_check(doc) + "NOR" + birth + _mrz_check(birth) + rng.choice("MF") + expiry + _mrz_check(expiry) \
        + personal + _mrz_check(personal)
    l2 = l2 + _mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
    f = font(mono, ms)
    ym = card[3] - ms * 3.4
    c.draw.text((card[0] + 20, ym), l1, font=f, fill=c.theme.fg)
    ym += ms * 1.5
    c.draw.text((card[0] + 20, ym), l2, font=f, fill=c.theme.fg)
    bb = c.draw.textbbox((card[0] + 20, ym), doc.rstrip("<"), font=f)
    c.gold.append({"entity_type": "PASSPORT_NUMBER", "bbox": list(bb), "value": doc.rstrip("<")})


NEW_LAYOUTS = {"contract": (contract, (820, 900)), "error": (error_dialog, (760, 520)),
               "profile": (profile_card, (820, 520)), "sms": (sms_thread, (390, 700)),
               "se_invoice": (nordic_invoice, (760, 720)), "team": (team_chat, (900, 640)),
               "idcard": (id_card, (760, 480))}


def render_new(rng: random.Random, values: MoreValues, i: int) -> Shot:
    """One image of the round 21 layouts, with the harsher finish (grey, blur, turn, small type)."""
    from PIL import ImageFilter

    layout = list(NEW_LAYOUTS)[i % len(NEW_LAYOUTS)]
    fn, (w, h) = NEW_LAYOUTS[layout]
    theme = DARK if rng.random() < 0.15 else LIGHT
    grey = theme is LIGHT and rng.random() < 0.35
    if grey:
        g = rng.randrange(222, 240)
        theme = Theme((g, g, g - 4), theme.fg, theme.muted, (g - 14, g - 14, g - 12), theme.accent, theme.rule)
    face = "DejaVuSerif.ttf" if layout == "contract" and rng.random() < 0.7 else rng.choice(FACES)
    small = rng.random() < 0.25
    size = rng.randrange(10, 12) if small else rng.randrange(13, 17)
    c = Canvas(w, h, theme, face, size)
    fn(c, values, rng)
    im = c.im
    gold = [gg for gg in c.gold if gg["bbox"][2] <= w and gg["bbox"][3] <= h]
    effects = []
    angle = round(rng.uniform(-1.0, 1.0), 2) if rng.random() < 0.35 else 0.0
    if angle:
        im, gold = rotated(im, gold, angle, theme.bg)
        effects.append(f"rot{angle:+}")
    if rng.random() < 0.3:
        r = round(rng.uniform(0.3, 0.7), 2)
        im = im.filter(ImageFilter.GaussianBlur(r))
        effects.append(f"blur{r}")
    scale = 1.0 if small else round(rng.uniform(0.85, 1.2), 2)
    im, gold = scaled(im, gold, scale)
    data, fmt = encoded(im, rng.randrange(50, 76) if rng.random() < 0.5 else None)
    tags = (f"{layout} {'dark' if theme is DARK else 'grey' if grey else 'light'} {face.split('.')[0]} {size}px "
            f"x{scale} {fmt} {' '.join(effects)}").rstrip()
    return Shot(f"{layout}_{i:03d}", data, gold, tags, "png" if fmt == "png" else "jpg")


def make_new_set(seed: int, n: int) -> list[Shot]:
    rng = random.Random(f"round21-{seed}")
    values = MoreValues(rng)
    return [render_new(rng, values, i) for i in range(n)]


# ----------------------------------------------------------------------------- scoring

def box_iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def match(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    """One-to-one per type, best IoU first: (missed gold, unmatched predictions)."""
    misses, extras = [], []
    optional = [g for g in gold if g.get("optional")]
    if optional:  # (round 23: a value that may or may not be found, e.g. a postcode line)
        gold = [g for g in gold if not g.get("optional")]
        pred = [p for p in pred if not any(o["entity_type"] == p["entity_type"] and box_iou(o["bbox"], p["bbox"]) >= IOU
                                           for o in optional)]
    for t in {g["entity_type"] for g in gold} | {p["entity_type"] for p in pred}:
        gs = [g for g in gold if g["entity_type"] == t]
        ps = [p for p in pred if p["entity_type"] == t]
        pairs = sorted(((box_iou(g["bbox"], p["bbox"]), i, j) for i, g in enumerate(gs) for j, p in enumerate(ps)),
                       reverse=True)
        used_g, used_p = set(), set()
        for iou, i, j in pairs:
            if iou >= IOU and i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
        misses += [g for i, g in enumerate(gs) if i not in used_g]
        extras += [p for j, p in enumerate(ps) if j not in used_p]
    return misses, extras


def read_text(words, box) -> str:
    """What the OCR read inside ``box`` (the words whose centres fall in it)."""
    return " ".join(t for t, b in words if box[0] <= (b[0] + b[2]) / 2 <= box[2] and box[1] <= (b[1] + b[3]) / 2 <= box[3])


def run_set(label: str, shots: list[Shot], hook, save: Path | None, verbose: bool,
            scored: frozenset = SCORED) -> float:
    from pii_scanner.extract.images import read_image

    per = {t: Counter() for t in sorted(scored)}
    lines = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for shot in shots:
            path = (save or Path(tmp)) / f"{label}_{shot.name}.{shot.ext}"
            path.write_bytes(shot.data)
            pred = [{"entity_type": f.entity_type, "bbox": list(f.bbox), "text": getattr(f, "text", None)}
                    for f in hook(path) if f.entity_type in scored]
            misses, extras = match(shot.gold, pred)
            for g in (g for g in shot.gold if not g.get("optional")):
                per[g["entity_type"]]["gold"] += 1
            for p in pred:
                per[p["entity_type"]]["pred"] += 1
            for p in pred:  # (a finding on an optional value is neither a hit nor a false alarm)
                if any(g.get("optional") and g["entity_type"] == p["entity_type"] and box_iou(g["bbox"], p["bbox"]) >= IOU
                       for g in shot.gold):
                    per[p["entity_type"]]["pred"] -= 1
            for m in misses:
                per[m["entity_type"]]["miss"] += 1
            for e in extras:
                per[e["entity_type"]]["fa"] += 1
            if (misses or extras) and verbose:
                pieces = read_image(path)
                words = [(p.text[w.start:w.end], w.bbox) for p in pieces for w in p.word_boxes]
                for m in misses:
                    lines.append(f"  MISS {m['entity_type']:<17} {m['value']!r:<34} read {read_text(words, m['bbox'])!r}"
                                 f"  [{shot.name} {shot.tags}]")
                for e in extras:
                    lines.append(f"  FA   {e['entity_type']:<17} {read_text(words, e['bbox'])!r:<34}"
                                 f"  [{shot.name} {shot.tags}]")
    secs = time.perf_counter() - t0
    tp = sum(c["gold"] - c["miss"] for c in per.values())
    gold = sum(c["gold"] for c in per.values())
    pred = sum(c["pred"] for c in per.values())
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"== {label}: {len(shots)} images, {secs:.0f} s")
    print(f"  {'type':<18}{'gold':>6}{'miss':>6}{'fa':>6}")
    for t, c in per.items():
        if c["gold"] or c["fa"]:
            print(f"  {t:<18}{c['gold']:>6}{c['miss']:>6}{c['fa']:>6}")
    print("\n".join(lines))
    print(f"  {label} micro_f1={f1:.4f} misses={gold - tp} false_alarms={pred - tp} (P={p:.3f} R={r:.3f})")
    return f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=19, help="working set seed")
    ap.add_argument("--holdout", type=int, default=1019, help="held-out set seed")
    ap.add_argument("-n", type=int, default=48, help="images per set")
    ap.add_argument("--only", choices=("working", "holdout"))
    ap.add_argument("--save", type=Path, help="keep the rendered images in this folder")
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-miss lines")
    ap.add_argument("--layouts", choices=("old", "new", "r23", "r33", "r35", "all"), default="all",
                    help="the eight layouts of rounds 1-20 (figures comparable with theirs), the seven of "
                         "round 21, the seven of round 23 (screenshot_layouts_r23.py), the five of round 33 "
                         "(screenshot_layouts_r33.py), the four of round 35 (screenshot_layouts_r35.py), "
                         "or all five (printed apart)")
    args = ap.parse_args(argv)

    from pii_scanner.cli import _settings
    from pii_scanner.extract.images import image_hook
    from pii_scanner.pipeline.build import detector_factory

    factory, _ = detector_factory(_settings(None))
    hook = image_hook(factory())
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    f1 = {}
    for label, seed in (("working", args.seed), ("holdout", args.holdout)):
        if args.only not in (None, label):
            continue
        if args.layouts in ("old", "all"):
            f1[label] = run_set(label, make_set(seed, args.n), hook, args.save, not args.quiet)
        if args.layouts in ("new", "all"):
            f1[f"new_{label}"] = run_set(f"new_{label}", make_new_set(seed, args.n), hook, args.save,
                                         not args.quiet, SCORED_NEW)
        if args.layouts in ("r23", "all"):
            from screenshot_layouts_r23 import SCORED_R23, make_r23_set

            f1[f"r23_{label}"] = run_set(f"r23_{label}", make_r23_set(seed, args.n, holdout=label == "holdout"), hook,
                                         args.save, not args.quiet, SCORED_R23)
        if args.layouts in ("r33", "all"):
            from screenshot_layouts_r33 import SCORED_R33, make_r33_set

            f1[f"r33_{label}"] = run_set(f"r33_{label}", make_r33_set(seed, args.n, holdout=label == "holdout"), hook,
                                         args.save, not args.quiet, SCORED_R33)
        if args.layouts in ("r35", "all"):
            from screenshot_layouts_r35 import SCORED_R35, make_r35_set

            f1[f"r35_{label}"] = run_set(f"r35_{label}", make_r35_set(seed, args.n, holdout=label == "holdout"), hook,
                                         args.save, not args.quiet, SCORED_R35)
    print("PROBE " + " ".join(f"{k}_f1={v:.4f}" for k, v in f1.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
