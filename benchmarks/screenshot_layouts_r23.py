"""Round 23 screens for ``screenshot_probe.py --layouts r23``: seven more kinds of image that
Nordic helpdesks receive, drawn apart from the fifteen earlier layouts so that their figures
stay comparable.

* ``licence``: the front of a Norwegian or Swedish driving licence (EU model: numbered fields
  1. surname, 2. given names, 3. birth date and place, 4a/4b dates, 4c authority, 4d personal
  number, 5. licence number, 9. categories) in small type on a tinted, wavy "holographic"
  background, with a photo box;
* ``bankapp``: a mobile banking app, mostly in dark mode: an account list with balances and a
  transfer (or Swish) confirmation with the recipient's name and account (or mobile number);
* ``letter``: a scanned letter: a letterhead (organisation, its address, org.nr, switchboard),
  the recipient's address block top left, ``Vår ref.``/``Deres ref.``/date on the right, a
  ``Vedrørende:`` line, a body naming someone with their fødselsnummer, and a signature;
* ``mailclient``: a web mail client (folder pane, message list with sender names and
  subjects, an open message with From/To/Cc header lines with addresses);
* ``xsheet``: a Swedish or Danish spreadsheet with column letters and row numbers, a name box
  and formula bar, columns of names, personnummer or CPR, street, postcode, town, amounts;
* ``webform``: a filled-in web form, labels left of bordered inputs, grey placeholders in the
  empty fields, a dropdown, a checkbox;
* ``photo``: a printed page photographed: turned 2-4 degrees, a mild perspective, a
  brightness gradient over the page, on a darker desk, slightly blurred, JPEG.

Hard negatives drawn on them: reference numbers (some 11 digits failing the account
checksum), balances and amounts, issue and expiry dates, licence numbers, postcodes, product
names, times. A gold value marked ``optional`` (a letter's postcode-and-town line under its
street) is neither a miss when unfound nor a false alarm when found.

The held-out side (``holdout=True``) also draws a few variants the working side never does:
English labels in the mail client, a light-mode bank app, a web form with its labels above
the inputs, and a Danish letter.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

import screenshot_probe as sp
from screenshot_probe import DARK, FACES, LIGHT, Canvas, MoreValues, Shot, Theme

SCORED_R23 = sp.SCORED_NEW
PLACES = Path(__file__).resolve().parents[2] / "shared" / "data" / "places" / "no_postal_codes.tsv"
_FALLBACK_PLACES = [("0150", "Oslo"), ("5003", "Bergen"), ("7010", "Trondheim"), ("4006", "Stavanger"),
                    ("9008", "Tromsø"), ("3015", "Drammen"), ("1607", "Fredrikstad"), ("2317", "Hamar")]


def _places() -> list[tuple[str, str]]:
    try:
        rows = [line.split("\t") for line in PLACES.read_text(encoding="utf-8").splitlines() if "\t" in line]
        return [(a, b) for a, b in rows if a.isdigit()] or _FALLBACK_PLACES
    except OSError:
        return _FALLBACK_PLACES


class R23Values(MoreValues):
    """Adds Danish names and addresses, real Norwegian postcodes, and hard-negative numbers."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        from faker import Faker

        self.fake["da_DK"] = Faker("da_DK")
        self.fake["da_DK"].seed_instance(rng.randrange(1 << 30))
        self.places = _places()

    def dk_name(self) -> str:
        f = self.fake["da_DK"]
        return f"{f.first_name()} {f.last_name()}"

    def place(self) -> tuple[str, str]:
        return self.rng.choice(self.places)

    def bad_account(self) -> str:
        """Eleven digits that fail the account checksum: a reference, not an account."""
        from stdnum.no import kontonr

        while True:
            s = f"{self.rng.randrange(10 ** 10, 10 ** 11)}"
            if not kontonr.is_valid(s):
                return s

    def amount(self, big: bool = False) -> str:
        r = self.rng
        n = r.randrange(1000, 250000) if big else r.randrange(50, 9999)
        whole = f"{n:,}".replace(",", " ")
        return f"{whole},{r.randrange(100):02d}"

    def day(self, year: int = 2026) -> date:
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(360))


# ----------------------------------------------------------------------------- helpers

def _gold(c: Canvas, box, kind: str, value: str, optional: bool = False) -> None:
    g = {"entity_type": kind, "bbox": [int(box[0]), int(box[1]), int(math.ceil(box[2])), int(math.ceil(box[3]))],
         "value": value}
    if optional:
        g["optional"] = True
    c.gold.append(g)


def _blend(a, b, t: float):
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b))


# ----------------------------------------------------------------------------- 1. driving licence

def licence(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.4
    dark_desk = c.theme is DARK
    c.rect((0, 0, c.width, c.height), fill=(40, 40, 44) if dark_desk else (214, 214, 218))
    card = (24, 24, c.width - 24, c.height - 24)
    tint = rng.choice([(246, 226, 232), (226, 240, 232), (228, 234, 248), (244, 238, 222)])
    c.draw.rounded_rectangle(card, radius=22, fill=tint, outline=(160, 160, 170))
    # the holographic guilloche: thin pastel sine waves across the card, and a faint emblem
    layer = Image.new("RGBA", c.im.size, (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    for k in range(26):
        col = rng.choice([(230, 150, 190), (140, 200, 170), (150, 170, 230), (220, 200, 120)])
        amp, per, ph = rng.uniform(4, 14), rng.uniform(60, 160), rng.uniform(0, 6.3)
        y0 = card[1] + 10 + k * (card[3] - card[1] - 20) / 26
        pts = [(x, y0 + amp * math.sin(x / per * 6.28 + ph)) for x in range(card[0] + 8, card[2] - 8, 4)]
        ld.line(pts, fill=col + (rng.randrange(60, 120),), width=1)
    cx, cy = (card[0] + card[2]) * 0.62, (card[1] + card[3]) * 0.55
    for r in range(30, 150, 12):
        ld.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(180, 160, 200, 50))
    c.im.paste(Image.alpha_composite(c.im.convert("RGBA"), layer).convert("RGB"))
    c.draw = ImageDraw.Draw(c.im)
    ink = (30, 30, 60)
    blue = (20, 50, 150)
    # header: the EU flag box with the country letter, the title
    c.rect((card[0] + 18, card[1] + 16, card[0] + 70, card[1] + 60), fill=blue)
    c.text(card[0] + 30 if sw else card[0] + 26, card[1] + 26, "S" if sw else "N", bold=True, fill=(250, 220, 60),
           size=c.size + 4)
    title = "SVERIGE   KÖRKORT" if sw else "NORGE   FØRERKORT"
    c.text(card[0] + 90, card[1] + 20, title, bold=True, fill=blue, size=c.size + 2)
    c.text(card[0] + 90, card[1] + 20 + c.size + 8, "EU-MODELL" if not sw else "EU-MODELL", fill=blue,
           size=max(9, c.size - 4))
    # the photo
    px0, py0 = card[0] + 22, card[1] + 84
    pw, ph_ = 150, 190
    c.rect((px0, py0, px0 + pw, py0 + ph_), fill=(188, 188, 196), outline=(150, 150, 160))
    c.draw.ellipse((px0 + 45, py0 + 30, px0 + 105, py0 + 100), fill=(160, 160, 170))
    c.draw.pieslice((px0 + 20, py0 + 110, px0 + 130, py0 + 230), 180, 360, fill=(160, 160, 170))
    first, last = v.first_last(sw)
    if rng.random() < 0.35:
        first = f"{first} {v.first_last(sw)[0]}"
    born = v.birth()
    fnr = v.fnr()
    pnr = v.personnummer()
    issued = v.day(rng.randrange(2016, 2026))
    expires = issued.replace(year=issued.year + rng.choice([10, 15]))
    lab = max(9, c.size - 3)
    val = max(10, c.size - 1)
    x0 = px0 + pw + 28
    x_lab = x0
    x_val = x0 + 34
    y = py0 - 4
    step = val + 11

    def row(num: str, parts) -> None:
        nonlocal y
        c.text(x_lab, y + 1, num, fill=blue, size=lab)
        x = x_val
        for s, kind in parts:
            x = c.text(x, y, s, kind, fill=ink, size=val, bold=kind == "PERSON") + c.width_of(" ") + 2
        y += step

    born_s = born.strftime("%d.%m.%Y") if not sw else rng.choice([born.strftime("%d.%m.%Y"), born.strftime("%Y-%m-%d")])
    birthplace = rng.choice(["NORGE", "Oslo", "Bergen", "Trondheim", "Tromsø"] if not sw
                            else ["SVERIGE", "Stockholm", "Göteborg", "Malmö", "Uppsala"])
    row("1.", [(last.upper(), "PERSON")])
    row("2.", [(first.upper(), "PERSON")])
    row("3.", [(born_s, "DATE_OF_BIRTH"), (birthplace, None)])
    fmt = "%d.%m.%Y" if not sw else "%Y-%m-%d"
    c.text(x_lab, y + 1, "4a.", fill=blue, size=lab)
    xx = c.text(x_val, y, issued.strftime(fmt), fill=ink, size=val)
    c.text(xx + 24, y + 1, "4b.", fill=blue, size=lab)
    c.text(xx + 58, y, expires.strftime(fmt), fill=ink, size=val)
    y += step
    row("4c.", [("Statens vegvesen" if not sw else "Transportstyrelsen", None)])
    if sw:
        row("4d.", [(pnr, "SE_PERSONNUMMER")])
    else:
        row("4d.", [(fnr.replace(" ", "").replace("-", ""), "NO_FODSELSNUMMER")])
    lic = (f"{rng.randrange(10 ** 7, 10 ** 8)}" if sw
           else rng.choice([f"{rng.randrange(10, 99)} {rng.randrange(10 ** 5, 10 ** 6)} {rng.randrange(10, 99)} {rng.randrange(10)}",
                            f"{rng.randrange(10 ** 9, 10 ** 10)}"]))
    row("5.", [(lic, None)])
    row("9.", [(rng.choice(["B", "AM B", "B BE", "A B BE C1"]), None)])
    # the signature (7.) and the machine-readable strip on some cards
    c.text(x_lab, y + 4, "7.", fill=blue, size=lab)
    sx = x_val
    pts = [(sx + i * 6, y + 14 + 6 * math.sin(i * rng.uniform(0.7, 1.4))) for i in range(24)]
    c.draw.line(pts, fill=(40, 40, 90), width=2)


# ----------------------------------------------------------------------------- 2. mobile bank app

def bank_app(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.35
    light = getattr(v, "holdout", False) and rng.random() < 0.35
    bg, card, fg, muted, acc = (((246, 246, 248), (255, 255, 255), (20, 20, 26), (110, 110, 120), (0, 110, 90))
                                if light else ((12, 12, 16), (30, 31, 38), (236, 236, 240), (150, 150, 165),
                                               rng.choice([(90, 200, 160), (120, 170, 250), (250, 170, 90)])))
    c.rect((0, 0, c.width, c.height), fill=bg)
    c.text(18, 8, f"{rng.randrange(7, 23):02d}:{rng.randrange(10, 60)}", bold=True, fill=fg, size=c.size - 2)
    c.text(c.width - 78, 8, f"5G  {rng.randrange(20, 99)}%", fill=fg, size=c.size - 3)
    c.text(18, 40, "Konton" if sw else "Kontoer", bold=True, fill=fg, size=c.size + 6)
    y = 40 + c.size + 22
    names = ["Lönekonto", "Sparkonto", "Buffert", "Resekonto"] if sw else \
        ["Brukskonto", "Sparekonto", "BSU", "Felleskonto", "Regninger", "Ferie"]
    for label in rng.sample(names, 3):
        c.draw.rounded_rectangle((12, y, c.width - 12, y + 2 * c.size + 26), radius=12, fill=card)
        c.text(26, y + 9, label, bold=True, fill=fg)
        if sw:
            c.text(26, y + c.size + 15, f"{rng.randrange(3000, 9999)}-{rng.randrange(10 ** 8, 10 ** 9)}"
                   if rng.random() < 0.5 else f"{rng.randrange(8000, 8999)}-{rng.randrange(10 ** 9, 10 ** 10)}",
                   fill=muted, size=c.size - 2)
        else:
            acct = v.account()
            c.text(26, y + c.size + 15, acct, "NO_BANK_ACCOUNT", fill=muted, size=c.size - 2)
        bal = v.amount(big=rng.random() < 0.5)
        w = c.width_of(bal + " kr", True)
        c.text(c.width - 26 - w, y + 9, bal + " kr", bold=True, fill=fg)
        dw = c.width_of("Disponibelt" if not sw else "Tillgängligt")
        c.text(c.width - 26 - dw, y + c.size + 15, "Disponibelt" if not sw else "Tillgängligt", fill=muted,
               size=c.size - 3)
        y += 2 * c.size + 36
    y += 8
    # the confirmation of the last transfer
    c.draw.rounded_rectangle((12, y, c.width - 12, c.height - 80), radius=14, fill=card)
    c.draw.ellipse((26, y + 16, 26 + c.size + 10, y + 26 + c.size), fill=acc)
    c.text(26 + c.size + 20, y + 16, ("Betalningen är skickad" if rng.random() < 0.5 else "Swish skickad") if sw
           else rng.choice(["Overføring fullført", "Betaling bekreftet"]), bold=True, fill=fg)
    y += c.size + 40
    who = v.name(sw)
    amount = v.amount()
    when = v.day()
    if sw:
        rows = [("Till", who, "PERSON"), ("Mobilnummer", v.phone(True), "PHONE_NUMBER"),
                ("Belopp", f"{amount} kr", None), ("Meddelande", rng.choice(["Hyra mars", "Middag", "Tack!", "Biljetter"]), None),
                ("Datum", f"{when:%Y-%m-%d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}", None),
                ("Referens", f"{rng.randrange(10 ** 9, 10 ** 10)}{rng.choice('ABCDEF')}", None)]
    else:
        rows = [("Til", who, "PERSON"), ("Kontonummer", v.account(), "NO_BANK_ACCOUNT"),
                ("Beløp", f"{amount} kr", None), ("Melding", rng.choice(["Husleie mars", "Middag", "Hytteleie", "Lån"]), None),
                ("Dato", f"{when:%d.%m.%Y}", None),
                ("Referanse", rng.choice([v.bad_account(), f"*{rng.randrange(10 ** 5, 10 ** 6)}*"]), None)]
    for label, value, kind in rows:
        c.text(26, y, label, fill=muted, size=c.size - 2)
        w = c.width_of(value)
        c.text(max(c.width - 26 - w, 150), y, value, kind, fill=fg)
        y += c.size + 16
        c.draw.line((26, y - 8, c.width - 26, y - 8), fill=_blend(card, fg, 0.15))
    tabs = ["Hem", "Betala", "Swish", "Kort", "Mer"] if sw else ["Hjem", "Betal", "Overfør", "Kort", "Mer"]
    for i, t in enumerate(tabs):
        c.text(14 + i * (c.width - 28) / 5, c.height - 40, t, fill=acc if i == 0 else muted, size=c.size - 3)


# ----------------------------------------------------------------------------- 3. scanned letter

def letter(c: Canvas, v: R23Values, rng: random.Random) -> None:
    dk = getattr(v, "holdout", False) and rng.random() < 0.25
    sw = not dk and rng.random() < 0.25
    L = {"ref": "Vår ref.:" if not sw else "Vår referens:", "their": "Deres ref.:" if not sw else "Er referens:",
         "date": "Dato:" if not sw else "Datum:", "re": "Vedrørende:" if not sw and not dk else "Angående:" if sw
         else "Vedrørende:", "bye": "Med vennlig hilsen" if not sw and not dk else "Med vänliga hälsningar" if sw
         else "Med venlig hilsen"}
    org = rng.choice(["NAV Kontaktsenter", "Lånekassen", "Skatteetaten", "Gjensidige Forsikring ASA",
                      "Fjordkraft AS", "Bergen kommune", "Storebrand Bank ASA", "Tryg Forsikring"]) if not sw and not dk \
        else rng.choice(["Försäkringskassan", "Skatteverket", "Folksam", "Länsförsäkringar"]) if sw \
        else rng.choice(["Udbetaling Danmark", "Skattestyrelsen", "Topdanmark Forsikring"])
    left = 64
    right = c.width - 64
    # letterhead
    c.rect((left, 40, left + 44, 84), fill=c.theme.accent)
    c.text(left + 58, 42, org, bold=True, size=c.size + 5)
    pc, town = v.place()
    org_street = v.faker(sw).street_address() if not dk else f"{rng.choice(['Vesterbrogade', 'Østergade'])} {rng.randrange(1, 90)}"
    xx = c.text(left + 58, 42 + c.size + 12, org_street, "STREET_ADDRESS", fill=c.theme.muted, size=c.size - 2)
    xx = c.text(xx, 42 + c.size + 12, ",  ", fill=c.theme.muted, size=c.size - 2)
    if not sw and not dk:
        x2 = c.text(xx, 42 + c.size + 12, "Org.nr. ", fill=c.theme.muted, size=c.size - 2)
        c.text(x2, 42 + c.size + 12, v.orgnr(), "NO_ORGNR", fill=c.theme.muted, size=c.size - 2)
    c.draw.line((left, 96 + c.size, right, 96 + c.size), fill=c.theme.rule, width=2)
    # recipient block (top left) and references (right)
    y = 130 + c.size
    name = v.name(sw) if not dk else v.dk_name()
    lh = c.size * 1.45
    c.text(left, y, name, "PERSON")
    street = v.faker(sw).street_address() if not dk else v.fake["da_DK"].street_address()
    c.text(left, y + lh, street, "STREET_ADDRESS")
    if sw:
        pcl = f"{v.faker(True).postcode()}  {v.faker(True).city().upper()}"
    elif dk:
        pcl = f"{v.fake['da_DK'].postcode()} {v.fake['da_DK'].city()}"
    else:
        pcl = f"{pc} {town.upper()}"
    c.text(left, y + 2 * lh, pcl, "STREET_ADDRESS")
    c.gold[-1]["optional"] = True
    rx = c.width * 0.58
    ref = f"{rng.randrange(2019, 2027)}/{rng.randrange(100, 99999)}-{rng.randrange(1, 12)}"
    theirs = rng.choice([f"{rng.randrange(10 ** 5, 10 ** 6)}", "".join(rng.choice("ABCDEFGHJKLMNPRST") for _ in range(3)),
                         f"Sak {rng.randrange(1000, 9999)}"])
    when = v.day()
    months = sp.MONTHS_SV if sw else sp.MONTHS_NB
    for i, (k, val) in enumerate(((L["ref"], ref), (L["their"], theirs),
                                  (L["date"], rng.choice([f"{when:%d.%m.%Y}", f"{when.day}. {months[when.month - 1]} {when.year}"
                                                          if not sw else f"{when:%Y-%m-%d}"])))):
        c.text(rx, y + i * lh, k, fill=c.theme.muted)
        c.text(rx + 130, y + i * lh, val)
    y += 5 * lh
    subject_name = rng.random() < 0.4
    re_text = rng.choice(["Søknad om refusjon", "Klage på vedtak", "Endring av betalingsavtale", "Skademelding"]) if not sw \
        else rng.choice(["Ansökan om ersättning", "Begäran om omprövning", "Skadeanmälan"])
    xx = c.text(left, y, L["re"] + " ", bold=True)
    xx = c.text(xx, y, re_text, bold=True)
    if subject_name:
        xx = c.text(xx, y, " – ", bold=True)
        c.text(xx, y, name, "PERSON", bold=True)
    y += 2 * lh
    body_lh = c.size * 1.5
    width = right - left
    fnr = (v.personnummer(), "SE_PERSONNUMMER") if sw else (v.cpr(), "DK_CPR") if dk else (v.fnr(), "NO_FODSELSNUMMER")
    other = v.name(sw) if not dk else v.dk_name()
    if sw:
        p1 = [("Vi har tagit emot din ansökan gällande ", None), (name, "PERSON"), (", personnummer ", None), fnr,
              (f", inkommen den {rng.randrange(1, 28)} {months[rng.randrange(12)]} {when.year}.", None)]
        p2 = [("Handläggningstiden är för närvarande cirka ", None), (f"{rng.randrange(3, 12)} veckor", None),
              (". Har du frågor kan du ringa din handläggare ", None), (other, "PERSON"), (" på ", None),
              (v.phone(True), "PHONE_NUMBER"), (" eller skriva till ", None), (v.email(other), "EMAIL_ADDRESS"),
              (". Ange alltid vår referens.", None)]
    else:
        idw = ", CPR-nr. " if dk else ", fødselsnummer "
        p1 = [("Vi viser til henvendelse mottatt ", None), (f"{rng.randrange(1, 28)}. {months[rng.randrange(12)]}", None),
              (" om ", None), (name, "PERSON"), (idw, None), fnr,
              (". Saken er registrert med vårt referansenummer ovenfor, og vi ber om at dette oppgis ved kontakt.", None)]
        p2 = [("Beløpet på kr ", None), (v.amount(), None),
              (" utbetales til konto ", None), (v.account(), "NO_BANK_ACCOUNT"),
              (" innen 14 dager. Spørsmål kan rettes til saksbehandler ", None), (other, "PERSON"),
              (" på telefon ", None), (v.phone(), "PHONE_NUMBER"), (".", None)]
        if dk:
            p2 = [("Beløbet udbetales til din NemKonto inden 14 dage. Spørgsmål kan rettes til ", None),
                  (other, "PERSON"), (" på ", None), (v.email(other), "EMAIL_ADDRESS"), (".", None)]
    for p in (p1, p2):
        y = sp.paragraph(c, left, y, width, p, body_lh) + body_lh * 0.6
    y += body_lh
    c.text(left, y, L["bye"])
    y += body_lh
    c.text(left, y, org)
    y += body_lh * 1.2
    pts = [(left + i * 7, y + 16 + 9 * math.sin(i * rng.uniform(0.6, 1.3)) * (1 - i / 40)) for i in range(30)]
    c.draw.line(pts, fill=(30, 40, 110), width=2)
    y += 44
    c.text(left, y, other, "PERSON")
    c.text(left, y + body_lh, rng.choice(["saksbehandler", "rådgiver", "seniorrådgiver"]) if not sw
           else rng.choice(["handläggare", "handläggare"]), fill=c.theme.muted)
    c.text(c.width / 2 - 40, c.height - 44, "Side 1 av 1" if not sw else "Sida 1 av 1", fill=c.theme.muted,
           size=c.size - 3)


# ----------------------------------------------------------------------------- 4. e-mail client

def mail_client(c: Canvas, v: R23Values, rng: random.Random) -> None:
    en = getattr(v, "holdout", False) and rng.random() < 0.35
    sw = not en and rng.random() < 0.3
    t = c.theme
    c.rect((0, 0, c.width, 44), fill=t.accent)
    c.text(16, 12, rng.choice(["Outlook", "Mail", "Webmail"]), bold=True, fill=(255, 255, 255))
    c.draw.rounded_rectangle((200, 8, 560, 36), radius=6, fill=_blend(t.accent, (255, 255, 255), 0.25))
    c.text(212, 13, "Search" if en else "Sök" if sw else "Søk", fill=(235, 235, 245), size=c.size - 2)
    # folder pane
    c.rect((0, 44, 170, c.height), fill=t.panel)
    folders = (["Inbox", "Drafts", "Sent Items", "Deleted Items", "Junk Email", "Archive"] if en else
               ["Inkorgen", "Utkast", "Skickat", "Borttaget", "Skräppost", "Arkiv"] if sw else
               ["Innboks", "Utkast", "Sendte elementer", "Slettede elementer", "Søppelpost", "Arkiv"])
    y = 62
    for i, f in enumerate(folders):
        x = c.text(18, y, f, bold=i == 0)
        if i == 0:
            c.text(x + 8, y, str(rng.randrange(2, 40)), fill=t.accent, bold=True)
        y += c.size * 2.1
    # message list
    lx0, lx1 = 170, 470
    c.draw.line((lx1, 44, lx1, c.height), fill=t.rule)
    subjects = (["Invoice 4471", "Password reset", "Meeting notes", "Your order", "Re: contract"] if en else
                ["Faktura 4471", "Byte av adress", "Mötesanteckningar", "Din beställning", "Sv: avtal"] if sw else
                ["Faktura", "Endring av adresse", "Referat fra møtet", "Din ordre", "Sv: kontrakt", "Ny lisens Pro"])
    y = 58
    senders = []
    for i in range(rng.randrange(4, 6)):
        who = v.name(sw)
        senders.append(who)
        if i == 1:
            c.rect((lx0 + 1, y - 6, lx1 - 1, y + c.size * 3.1), fill=_blend(t.bg, t.accent, 0.12))
        c.text(lx0 + 14, y, who, "PERSON", bold=i < 2)
        tm = f"{rng.randrange(7, 18):02d}:{rng.randrange(60):02d}" if i < 2 else \
            f"{rng.randrange(1, 28)}.{rng.randrange(1, 13)}."
        w = c.width_of(tm)
        c.text(lx1 - 12 - w, y, tm, fill=t.muted, size=c.size - 2)
        subj = rng.choice(subjects)
        if "Faktura" in subj or "Invoice" in subj or "ordre" in subj.lower():
            subj += f" {rng.randrange(10 ** 5, 10 ** 7)}"
        c.text(lx0 + 14, y + c.size * 1.4, subj, fill=t.muted, size=c.size - 1)
        y += c.size * 3.6
        c.draw.line((lx0, y - c.size * 0.5, lx1, y - c.size * 0.5), fill=t.rule)
    # the open message
    mx = lx1 + 22
    who = senders[1]
    cc = v.name(sw)
    c.text(mx, 60, rng.choice(subjects), bold=True, size=c.size + 4)
    y = 60 + c.size * 2.6
    labels = ("From:", "To:", "Cc:", "Sent:") if en else ("Från:", "Till:", "Kopia:", "Skickat:") if sw \
        else ("Fra:", "Til:", "Kopi:", "Sendt:")
    support = rng.choice(["kundeservice", "support", "post", "hjelp"]) + "@" + rng.choice(["firma.no", "banken.no",
                                                                                           "foretaget.se"])
    for label, parts in ((labels[0], [(who, "PERSON"), (v.email(who), "<EMAIL")]),
                         (labels[1], [(support, "EMAIL_ADDRESS")]),
                         (labels[2], [(cc, "PERSON"), (v.email(cc), "<EMAIL")]),
                         (labels[3], [(f"{v.day():%d.%m.%Y} {rng.randrange(7, 18):02d}:{rng.randrange(60):02d}", None)])):
        c.text(mx, y, label, fill=t.muted)
        x = mx + 74
        for s, kind in parts:
            if kind == "<EMAIL":
                x = c.text(x, y, "<")
                x = c.text(x, y, s, "EMAIL_ADDRESS")
                x = c.text(x, y, ">") + 6
            else:
                x = c.text(x, y, s, kind) + 6
        y += c.size * 1.8
    c.draw.line((mx, y, c.width - 16, y), fill=t.rule)
    y += c.size * 1.2
    first = who.split()[0]
    body = ([("Hi,", None)], [("Please update my mobile number to ", None), (v.phone(), "PHONE_NUMBER"), (".", None)],
            [("Regards, ", None), (first, "PERSON")]) if en else \
        ([("Hej!", None)], [("Mitt nya nummer är ", None), (v.phone(True), "PHONE_NUMBER"), (".", None)],
         [("Hälsningar ", None), (first, "PERSON")]) if sw else \
        ([("Hei,", None)], [("Nytt nummer er ", None), (v.phone(), "PHONE_NUMBER"), (", og ordre ", None),
                            (f"{rng.randrange(10 ** 5, 10 ** 6)}", None), (" gjelder meg.", None)],
         [("Hilsen ", None), (first, "PERSON")])
    for parts in body:
        y = sp.paragraph(c, mx, y, c.width - mx - 20, parts, c.size * 1.5, justify=False) + c.size * 0.5


# ----------------------------------------------------------------------------- 5. spreadsheet (sv/da)

def xsheet(c: Canvas, v: R23Values, rng: random.Random) -> None:
    dk = rng.random() < 0.45
    t = c.theme
    grid = (218, 220, 224) if t is not DARK else (70, 72, 78)
    head = (236, 237, 240) if t is not DARK else (44, 46, 52)
    c.rect((0, 0, c.width, 30), fill=(33, 115, 70))
    tabs = ["Filer", "Hjem", "Indsæt", "Sidelayout", "Formler", "Data", "Gennemse"] if dk else \
        ["Arkiv", "Start", "Infoga", "Sidlayout", "Formler", "Data", "Granska"]
    x = 10
    for w in tabs:
        x = c.text(x, 7, w, fill=(255, 255, 255), size=c.size - 2) + 18
    # rows of data first, so that the formula bar can show one of its cells
    rows = []
    for _ in range(rng.randrange(5, 8)):
        if dk:
            nm = v.dk_name()
            f = v.fake["da_DK"]
            rows.append([(nm, "PERSON"), (v.cpr(), "DK_CPR"), (f.street_address(), "STREET_ADDRESS"),
                         (f.postcode(), None), (f.city(), None), (v.amount(), None)])
        else:
            nm = v.name(True)
            f = v.faker(True)
            pcode = f.postcode()
            rows.append([(nm, "PERSON"), (v.personnummer(), "SE_PERSONNUMMER"), (f.street_address(), "STREET_ADDRESS"),
                         (f"{pcode[:3]} {pcode[3:]}", None), (f.city(), None), (v.amount(), None)])
    header = ["Navn", "CPR-nr.", "Adresse", "Postnr.", "By", "Beløb"] if dk else \
        ["Namn", "Personnummer", "Adress", "Postnr", "Ort", "Belopp"]
    if rng.random() < 0.5:  # a customer number instead of the amount
        header[5] = "Kundenr." if dk else "Kundnr"
        for r in rows:
            r[5] = (str(rng.randrange(10 ** 5, 10 ** 7)), None)
    ncol = 6 if c.width >= 900 else 5
    widths = [max(c.width_of(header[i], True), *(c.width_of(r[i][0]) for r in rows)) + 18 for i in range(ncol)]
    # name box and formula bar
    sel_r, sel_c = rng.randrange(len(rows)), rng.randrange(3)
    c.rect((0, 30, c.width, 62), fill=t.panel)
    c.rect((8, 36, 78, 58), fill=t.bg, outline=grid)
    c.text(14, 39, f"{'ABCDEF'[sel_c]}{sel_r + 2}", size=c.size - 2)
    c.text(92, 39, "fx", fill=t.muted, size=c.size - 2)
    c.rect((120, 36, c.width - 8, 58), fill=t.bg, outline=grid)
    s, kind = rows[sel_r][sel_c]
    c.text(128, 39, s, kind, size=c.size - 2)
    y0 = 70
    rh = int(c.size * 1.75)
    x0 = 44
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.rect((0, y0, xs[-1], y0 + rh), fill=head)
    c.rect((0, y0, x0, y0 + rh * (len(rows) + 3)), fill=head)
    for i in range(ncol):
        letter_w = c.width_of("ABCDEF"[i])
        c.text((xs[i] + xs[i + 1] - letter_w) / 2, y0 + 4, "ABCDEF"[i], fill=t.muted, size=c.size - 2)
    for r in range(len(rows) + 2):
        y = y0 + rh * (r + 1)
        c.text(12 if r < 9 else 6, y + 4, str(r + 1), fill=t.muted, size=c.size - 2)
        if r == 0:
            for i in range(ncol):
                c.text(xs[i] + 6, y + 4, header[i], bold=True)
        elif r <= len(rows):
            for i in range(ncol):
                s, kind = rows[r - 1][i]
                if i == 5 and header[5] in ("Belopp", "Beløb"):
                    c.text(xs[i + 1] - 6 - c.width_of(s), y + 4, s)
                else:
                    c.text(xs[i] + 6, y + 4, s, kind)
    for x in xs:
        c.draw.line((x, y0, x, y0 + rh * (len(rows) + 3)), fill=grid)
    for r in range(len(rows) + 4):
        c.draw.line((0, y0 + rh * r, xs[-1], y0 + rh * r), fill=grid)
    sel = (xs[sel_c], y0 + rh * (sel_r + 2), xs[sel_c + 1], y0 + rh * (sel_r + 3))
    c.draw.rectangle(sel, outline=(33, 115, 70), width=2)
    c.rect((0, c.height - 28, c.width, c.height), fill=t.panel)
    c.text(14, c.height - 23, "Ark1" if dk else "Blad1", bold=True, size=c.size - 2)
    c.text(84, c.height - 23, "Ark2" if dk else "Blad2", fill=t.muted, size=c.size - 2)


# ----------------------------------------------------------------------------- 6. filled-in web form

def filled_form(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    above = getattr(v, "holdout", False) and rng.random() < 0.4
    t = c.theme
    c.rect((0, 0, c.width, 50), fill=t.accent)
    c.text(24, 15, rng.choice(["Registrer deg", "Søknadsskjema", "Endre opplysninger"]) if not sw
           else rng.choice(["Registrera dig", "Ansökan", "Ändra uppgifter"]), bold=True, fill=(255, 255, 255))
    first, last = v.first_last(sw)
    born = v.birth()
    pc, town = v.place()
    fields = [("Fornavn" if not sw else "Förnamn", first, "PERSON", "Fornavn" if not sw else "Förnamn"),
              ("Etternavn" if not sw else "Efternamn", last, "PERSON", "Etternavn" if not sw else "Efternamn"),
              ("Fødselsdato" if not sw else "Födelsedatum",
               born.strftime("%d.%m.%Y") if not sw else born.strftime("%Y-%m-%d"), "DATE_OF_BIRTH",
               "dd.mm.åååå" if not sw else "ÅÅÅÅ-MM-DD"),
              ("Fødselsnummer" if not sw else "Personnummer", v.fnr() if not sw else v.personnummer(),
               "NO_FODSELSNUMMER" if not sw else "SE_PERSONNUMMER", "11 siffer" if not sw else "ÅÅMMDD-XXXX"),
              ("Adresse" if not sw else "Gatuadress", v.faker(sw).street_address(), "STREET_ADDRESS",
               "Gate og husnummer" if not sw else "Gata och nummer"),
              ("Postnr. / sted" if not sw else "Postnr / ort",
               f"{pc} {town}" if not sw else f"{v.faker(True).postcode()} {v.faker(True).city()}", None,
               "Postnummer" if not sw else "Postnummer"),
              ("Mobil" if not sw else "Mobilnummer", v.phone(sw), "PHONE_NUMBER", "Mobilnummer"),
              ("E-post" if not sw else "E-post", None, "EMAIL_ADDRESS", "Skriv inn e-post" if not sw else "Ange e-post"),
              ("Kontonummer" if not sw else "Clearing/konto", v.account() if not sw else None,
               "NO_BANK_ACCOUNT" if not sw else None, "Valgfritt" if not sw else "Valfritt")]
    fields[7] = (fields[7][0], v.email(f"{first} {last}"), fields[7][2], fields[7][3])
    empty = set(rng.sample([0, 2, 3, 4, 5, 6, 7, 8], rng.randrange(1, 4)))
    y = 70
    lw = 180
    for i, (label, value, kind, placeholder) in enumerate(fields):
        star = " *" if i in (0, 1, 6, 7) else ""
        if above:
            c.text(30, y, label + star, fill=t.muted, size=c.size - 2)
            y += c.size + 4
            bx = 30
        else:
            c.text(30, y + 8, label + star, fill=t.fg)
            bx = 30 + lw
        c.rect((bx, y, c.width - 30, y + c.size + 16), fill=t.bg, outline=t.rule if i != 3 else t.accent)
        if i in empty or value is None:
            c.text(bx + 8, y + 8, placeholder, fill=(150, 150, 158) if t is not DARK else (110, 110, 118))
        else:
            c.text(bx + 8, y + 8, value, kind)
        y += c.size + (26 if not above else 28)
    # the dropdown
    label = "Land" if not sw else "Land"
    if above:
        c.text(30, y, label, fill=t.muted, size=c.size - 2)
        y += c.size + 4
        bx = 30
    else:
        c.text(30, y + 8, label, fill=t.fg)
        bx = 30 + lw
    c.rect((bx, y, bx + 220, y + c.size + 16), fill=t.panel, outline=t.rule)
    c.text(bx + 8, y + 8, rng.choice(["Norge", "Sverige", "Danmark"]) if not sw else rng.choice(["Sverige", "Norge"]))
    c.draw.polygon([(bx + 196, y + 12), (bx + 210, y + 12), (bx + 203, y + 20)], fill=t.muted)
    y += c.size + 30
    c.rect((30, y, 30 + c.size, y + c.size), outline=t.fg)
    c.draw.line((32, y + c.size // 2, 30 + c.size // 2, y + c.size - 3, 30 + c.size - 2, y + 2), fill=t.accent, width=2)
    c.text(40 + c.size, y - 1, "Jeg godtar vilkårene" if not sw else "Jag godkänner villkoren", size=c.size - 1)
    y += c.size + 18
    c.rect((30, y, 160, y + c.size + 18), fill=t.accent)
    c.text(48, y + 9, "Send inn" if not sw else "Skicka", fill=(255, 255, 255), bold=True)


# ----------------------------------------------------------------------------- 7. photographed page

def printed_page(c: Canvas, v: R23Values, rng: random.Random) -> None:
    """The page itself (white paper, printed); ``render_r23`` photographs it."""
    sw = rng.random() < 0.3
    left, right = 56, c.width - 56
    org = v.faker(sw).company()
    c.text(left, 40, org, bold=True, size=c.size + 3)
    title = rng.choice(["Bekreftelse på adresseendring", "Timebekreftelse", "Skademelding - kvittering",
                        "Kvittering for innlevering"]) if not sw else \
        rng.choice(["Bekräftelse av adressändring", "Kvitto på inlämning", "Skadeanmälan - kvitto"])
    c.text(left, 40 + c.size * 2.4, title, bold=True, size=c.size + 6)
    y = 40 + c.size * 5.2
    name = v.name(sw)
    born = v.birth()
    rows = [("Navn" if not sw else "Namn", name, "PERSON"),
            ("Fødselsnummer" if not sw else "Personnummer", v.fnr() if not sw else v.personnummer(),
             "NO_FODSELSNUMMER" if not sw else "SE_PERSONNUMMER"),
            ("Ny adresse" if not sw else "Ny adress", v.address(sw), "STREET_ADDRESS"),
            ("Telefon", v.phone(sw), "PHONE_NUMBER"),
            ("E-post", v.email(name), "EMAIL_ADDRESS"),
            ("Saksnummer" if not sw else "Ärendenummer", f"{rng.randrange(2020, 2027)}-{rng.randrange(10 ** 5, 10 ** 6)}", None),
            ("Registrert" if not sw else "Registrerad", f"{v.day():%d.%m.%Y} kl. {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}",
             None)]
    if rng.random() < 0.5:
        rows.insert(2, ("Fødselsdato" if not sw else "Födelsedatum",
                        born.strftime("%d.%m.%Y") if not sw else born.strftime("%Y-%m-%d"), "DATE_OF_BIRTH"))
    for label, value, kind in rows:
        c.text(left, y, label + ":", fill=(70, 70, 70))
        c.text(left + 190, y, value, kind)
        y += c.size * 1.9
    y += c.size
    p = [("Endringen gjelder fra ", None) if not sw else ("Ändringen gäller från ", None),
         (f"{v.day():%d.%m.%Y}", None),
         (". Kontakt oss på ", None) if not sw else (". Kontakta oss på ", None),
         (f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}", "PHONE_NUMBER")
         if not sw else (f"0{rng.randrange(10, 99)}-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "PHONE_NUMBER"),
         (" dersom opplysningene ikke stemmer. Oppgi saksnummeret ved henvendelse.", None) if not sw else
         (" om uppgifterna inte stämmer. Ange ärendenumret vid kontakt.", None)]
    sp.paragraph(c, left, y, right - left, p, c.size * 1.5)


# ----------------------------------------------------------------------------- rendering

R23_LAYOUTS = {"licence": (licence, (760, 470)), "bankapp": (bank_app, (400, 780)),
               "letter": (letter, (780, 1000)), "mailclient": (mail_client, (1000, 560)),
               "xsheet": (xsheet, (960, 340)), "webform": (filled_form, (720, 640)),
               "photo": (printed_page, (640, 760))}


def _homography(src, dst):
    """The 3x3 matrix (as a flat list of 8) taking the four ``src`` points onto ``dst``."""
    import numpy as np

    a, b = [], []
    for (x, y), (u, w) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -w * x, -w * y])
        b += [u, w]
    return list(np.linalg.solve(np.array(a, float), np.array(b, float)))


def _apply(h, x, y):
    d = h[6] * x + h[7] * y + 1
    return (h[0] * x + h[1] * y + h[2]) / d, (h[3] * x + h[4] * y + h[5]) / d


def _photograph(im: Image.Image, gold: list[dict], rng: random.Random) -> tuple[Image.Image, list[dict], str]:
    """The page on a desk: turned 2-4 degrees, a mild perspective, lit unevenly."""
    import numpy as np

    w, h = im.size
    pad = 60
    W, H = w + 2 * pad, h + 2 * pad
    angle = math.radians(rng.uniform(2, 4) * rng.choice([-1, 1]))
    cx, cy = W / 2, H / 2
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    k = rng.uniform(0.02, 0.05)  # the far edge a little narrower
    top = rng.random() < 0.5
    dst = []
    for x, y in corners:
        shrink = k * (1 if (y == 0) == top else 0)
        xx = pad + x + (w / 2 - x) * shrink * 2
        yy = pad + y
        xx, yy = xx - cx, yy - cy
        dst.append((cx + xx * math.cos(angle) - yy * math.sin(angle), cy + xx * math.sin(angle) + yy * math.cos(angle)))
    fwd = _homography(corners, dst)
    inv = _homography(dst, corners)
    desk = rng.choice([(92, 74, 58), (60, 62, 66), (120, 110, 96), (40, 44, 52)])
    out = im.transform((W, H), Image.PERSPECTIVE, inv, resample=Image.BICUBIC, fillcolor=desk)
    # light: a gradient from a darker corner to a brighter one, and a warm cast
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    lo = rng.uniform(0.62, 0.8)
    yy, xx = np.mgrid[0:H, 0:W]
    t = ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    t = (t - t.min()) / (t.max() - t.min() + 1e-9)
    gain = lo + (1.04 - lo) * t
    arr = np.asarray(out, dtype=np.float32) * gain[..., None] * np.array([1.0, 0.98, 0.92], np.float32)
    arr += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(round(rng.uniform(0.4, 0.9), 2)))
    moved = []
    for g in gold:
        b = g["bbox"]
        pts = [_apply(fwd, x, y) for x in (b[0], b[2]) for y in (b[1], b[3])]
        moved.append({**g, "bbox": [int(min(p[0] for p in pts)), int(min(p[1] for p in pts)),
                                    int(max(p[0] for p in pts) + 0.999), int(max(p[1] for p in pts) + 0.999)]})
    return out, moved, f"photo{math.degrees(angle):+.1f}deg k{k:.3f} light{lo:.2f}"


def render_r23(rng: random.Random, values: R23Values, i: int) -> Shot:
    layout = list(R23_LAYOUTS)[i % len(R23_LAYOUTS)]
    fn, (w, h) = R23_LAYOUTS[layout]
    theme = DARK if layout in ("mailclient", "xsheet", "webform") and rng.random() < 0.2 else LIGHT
    if layout == "licence" and rng.random() < 0.3:
        theme = DARK  # (a dark desk round the card)
    grey = layout == "letter" and rng.random() < 0.6
    if grey:
        g = rng.randrange(222, 240)
        theme = Theme((g, g, g - 5), (30, 30, 34), (95, 95, 100), (g - 14, g - 14, g - 12), (40, 60, 120), (150, 150, 150))
    face = ("DejaVuSerif.ttf" if layout in ("letter", "photo") and rng.random() < 0.6 else
            "DejaVuSansCondensed.ttf" if layout == "licence" and rng.random() < 0.5 else rng.choice(FACES))
    small = layout in ("licence", "letter", "xsheet") and rng.random() < 0.3
    size = rng.randrange(11, 13) if small else rng.randrange(13, 17)
    c = Canvas(w, h, theme, face, size)
    fn(c, values, rng)
    im = c.im
    gold = [gg for gg in c.gold if gg["bbox"][2] <= w and gg["bbox"][3] <= h]
    effects = []
    if layout == "photo":
        im, gold, how = _photograph(im, gold, rng)
        effects.append(how)
    elif layout == "letter" and rng.random() < 0.6:
        angle = round(rng.uniform(-1.0, 1.0), 2)
        im, gold = sp.rotated(im, gold, angle, theme.bg)
        effects.append(f"rot{angle:+}")
        if rng.random() < 0.6:
            im = im.filter(ImageFilter.GaussianBlur(round(rng.uniform(0.3, 0.6), 2)))
            effects.append("blur")
    scale = 1.0 if small or layout == "photo" else round(rng.uniform(0.85, 1.2), 2)
    im, gold = sp.scaled(im, gold, scale)
    jpeg = layout == "photo" or rng.random() < 0.45
    quality = (rng.randrange(60, 86) if layout == "photo" else rng.randrange(55, 80)) if jpeg else None
    data, fmt = sp.encoded(im, quality)
    tags = (f"{layout} {'dark' if theme is DARK else 'grey' if grey else 'light'} {face.split('.')[0]} {size}px "
            f"x{scale} {fmt} {' '.join(effects)}").rstrip()
    return Shot(f"{layout}_{i:03d}", data, gold, tags, "png" if fmt == "png" else "jpg")


def make_r23_set(seed: int, n: int, holdout: bool = False) -> list[Shot]:
    rng = random.Random(f"round23-{seed}")
    values = R23Values(rng)
    values.holdout = holdout
    return [render_r23(rng, values, i) for i in range(n)]
