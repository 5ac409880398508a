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

Run: ``python benchmarks/screenshot_probe.py [--seed 19] [--holdout 1019] [-n 48]
[--save DIR] [--only working|holdout]``. The same seed draws the same images. The last
line is ``PROBE working_f1=... holdout_f1=...``.
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
    if scale != 1.0:
        im = im.resize((round(w * scale), round(h * scale)), Image.LANCZOS)
        gold = [{**g, "bbox": [int(g["bbox"][0] * scale), int(g["bbox"][1] * scale),
                               int(g["bbox"][2] * scale + 0.999), int(g["bbox"][3] * scale + 0.999)]} for g in gold]
    buf = io.BytesIO()
    if rng.random() < 0.5:
        q = rng.randrange(60, 76)
        im.save(buf, "JPEG", quality=q)
        fmt = f"jpeg{q}"
    else:
        im.save(buf, "PNG")
        fmt = "png"
    tags = f"{layout} {'dark' if theme is DARK else 'light'} {face.split('.')[0]} {size}px x{scale} {fmt}"
    return Shot(f"{layout}_{i:03d}", buf.getvalue(), gold, tags, "png" if fmt == "png" else "jpg")


def make_set(seed: int, n: int) -> list[Shot]:
    rng = random.Random(seed)
    values = Values(rng)
    return [render(rng, values, i) for i in range(n)]


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


def run_set(label: str, shots: list[Shot], hook, save: Path | None, verbose: bool) -> float:
    from pii_scanner.extract.images import read_image

    per = {t: Counter() for t in sorted(SCORED)}
    lines = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for shot in shots:
            path = (save or Path(tmp)) / f"{label}_{shot.name}.{shot.ext}"
            path.write_bytes(shot.data)
            pred = [{"entity_type": f.entity_type, "bbox": list(f.bbox), "text": getattr(f, "text", None)}
                    for f in hook(path) if f.entity_type in SCORED]
            misses, extras = match(shot.gold, pred)
            for g in shot.gold:
                per[g["entity_type"]]["gold"] += 1
            for p in pred:
                per[p["entity_type"]]["pred"] += 1
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
        if args.only in (None, label):
            f1[label] = run_set(label, make_set(seed, args.n), hook, args.save, not args.quiet)
    print("PROBE " + " ".join(f"{k}_f1={v:.4f}" for k, v in f1.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
