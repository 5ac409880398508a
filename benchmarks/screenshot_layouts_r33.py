"""Round 33 screens for ``screenshot_probe.py --layouts r33``: five more kinds of image, drawn
apart from the twenty-two earlier layouts (and printed apart, ``r33_working``/``r33_holdout``)
so that a rule tuned on those is measured on screens it never saw.

* ``chatapp``: a phone's messaging app: a contact bar (name or bare number, "sist sett"), bubbles
  left and right with their times inside, a date chip, the input bar; values inside sentences;
* ``boxform``: a scanned paper form: a form title and number, labels above ruled boxes, a
  fødselsnummer or personnummer in a comb of one box per digit on some, tick boxes, a signature
  line with place and date;
* ``outlook``: a desktop mail client's reading pane: a title bar and ribbon, ``From``/``Sent``/
  ``To``/``Subject`` (Norwegian or English), a short body and a signature block (name, title,
  ``M:``/``T:`` phones, the firm and its street);
* ``statement``: a bank statement page: the holder's name and address block, account and IBAN,
  a table of date, text, reference and amounts where some rows name a person (a transfer, Vipps)
  and most a shop;
* ``idcard``: a national identity card (TD1 size): surname, given names, birth date, personal
  number, document number, and the three-line machine-readable zone of 30 characters.

Hard negatives: times, amounts, balances, references (some eleven digits failing the account
checksum), KID numbers, form numbers, dates of issue and expiry, shop names.
"""

from __future__ import annotations

import random
import unicodedata

from PIL import ImageFilter

import screenshot_probe as sp
from screenshot_layouts_r23 import R23Values, _gold
from screenshot_probe import DARK, FACES, LIGHT, Canvas, Shot, Theme

SCORED_R33 = sp.SCORED_NEW
SHOPS = ["REMA 1000", "KIWI", "Coop Extra", "Vinmonopolet", "NSB Vy", "Circle K", "Elkjøp", "Apotek 1",
         "Clas Ohlson", "Ruter", "Spotify AB", "Netflix", "IKEA", "XXL Sport"]
SHOPS_SV = ["ICA Maxi", "Coop", "Systembolaget", "SL", "Pressbyrån", "Apotek Hjärtat", "Clas Ohlson", "IKEA"]


def _plain(s: str) -> str:
    s = s.upper().replace("Ø", "O").replace("Æ", "AE").replace("Å", "AA")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalpha() or ch == " ")
                   ).replace(" ", "<")


def _address(v: R23Values, sw: bool) -> str:
    """A street, or a street and its postcode and town: a real Norwegian postcode with its own
    town (``R23Values.place``), as a real letter writes it; Faker's Swedish ones."""
    f = v.faker(sw)
    street = f.street_address()
    code, town = (f.postcode(), f.city()) if sw else v.place()
    return v.rng.choice([street, f"{street}, {code} {town}"])


# ----------------------------------------------------------------------------- 1. chat app

def chat_app(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.35
    name = v.name(sw)
    first = name.split()[0]
    dark = c.theme is DARK
    c.text(16, 8, f"{rng.randrange(7, 23):02d}:{rng.randrange(10, 60)}", bold=True, size=c.size - 2)
    c.text(c.width - 70, 8, f"{rng.randrange(20, 99)} %", size=c.size - 3)
    c.rect((0, 30, c.width, 92), fill=c.theme.panel)
    c.text(12, 46, "<", size=c.size + 4, fill=c.theme.accent)
    c.draw.ellipse((40, 40, 80, 80), fill=c.theme.accent)
    c.text(53, 49, first[0], bold=True, fill=(255, 255, 255))
    if rng.random() < 0.75:
        c.text(92, 40, name, "PERSON", bold=True)
    else:
        c.text(92, 40, v.phone(sw), "PHONE_NUMBER", bold=True)
    c.text(92, 40 + c.size + 6, "aktiv nå" if not sw else "aktiv nu", fill=c.theme.muted, size=c.size - 3)
    y = 108.0
    chip = rng.choice(["I dag", "I går", "Mandag"] if not sw else ["Idag", "Igår", "Måndag"])
    c.text(c.width / 2 - 24, y, chip, fill=c.theme.muted, size=c.size - 3)
    y += c.size * 2
    if sw:
        msgs = [(0, [("Hej, ", None), (first, "PERSON"), (" här. Mitt nya nummer är ", None),
                     (v.phone(True), "PHONE_NUMBER")]),
                (1, [("Tack! Vad är din adress nu?", None)]),
                (0, [(_address(v, True), "STREET_ADDRESS")]),
                (0, [("personnr ", None), (v.personnummer(), "SE_PERSONNUMMER")]),
                (1, [("Kvittot skickas till ", None), (v.email(name), "EMAIL_ADDRESS")])]
    else:
        msgs = [(0, [("Hei, det er ", None), (first, "PERSON"), (". Nytt nummer: ", None), (v.phone(), "PHONE_NUMBER")]),
                (1, [("Takk! Hvilken adresse bor du på nå?", None)]),
                (0, [(_address(v, False), "STREET_ADDRESS")]),
                (0, rng.choice([[("fnr ", None), (v.fnr(), "NO_FODSELSNUMMER")],
                                [("kontonr ", None), (v.account(), "NO_BANK_ACCOUNT")]])),
                (1, [("Kvittering går til ", None), (v.email(name), "EMAIL_ADDRESS")])]
    maxw = c.width * 0.72
    mine = (0, 132, 100) if not dark else (0, 92, 75)
    for who, parts in msgs:
        units = "".join(s for s, _ in parts)
        lines_n = max(1, int(c.width_of(units) // (maxw - 24)) + 1)
        h = lines_n * c.size * 1.35 + c.size + 16
        bw = min(maxw, max(c.width_of(units), 60) + 28)
        x0 = 10 if who == 0 else c.width - 10 - bw
        if y + h > c.height - 60:
            break
        c.draw.rounded_rectangle((x0, y, x0 + bw, y + h), radius=12, fill=c.theme.panel if who == 0 else mine)
        if who == 1:
            saved = c.theme
            c.theme = Theme(saved.bg, (255, 255, 255), saved.muted, saved.panel, saved.accent, saved.rule)
            sp.paragraph(c, x0 + 12, y + 6, bw - 24, parts, c.size * 1.35, justify=False)
            c.theme = saved
        else:
            sp.paragraph(c, x0 + 12, y + 6, bw - 24, parts, c.size * 1.35, justify=False)
        t = f"{rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
        c.text(x0 + bw - 12 - c.width_of(t) * 0.8, y + h - c.size - 2, t, fill=c.theme.muted, size=c.size - 4)
        y += h + 10
    c.rect((0, c.height - 50, c.width, c.height), fill=c.theme.panel)
    c.text(20, c.height - 36, "Melding" if not sw else "Meddelande", fill=c.theme.muted)


# ----------------------------------------------------------------------------- 2. scanned form with boxes

def box_form(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    first, last = v.first_last(sw)
    c.text(30, 20, "Søknad om parkeringstillatelse" if not sw else "Ansökan om parkeringstillstånd", bold=True,
           size=c.size + 4)
    c.text(c.width - 190, 24, f"Skjema {rng.randrange(100, 999)}-{rng.randrange(10, 99)}" if not sw
           else f"Blankett {rng.randrange(1000, 9999)}", fill=c.theme.muted, size=c.size - 2)
    y = 70
    c.text(30, y, "1. Opplysninger om søker" if not sw else "1. Uppgifter om sökande", bold=True)
    y += c.size + 14
    bh = c.size + 14

    def field(x0, x1, label, value, kind):
        nonlocal_y = fy[0]
        c.text(x0, nonlocal_y, label, fill=c.theme.muted, size=c.size - 3)
        top = nonlocal_y + c.size
        c.rect((x0, top, x1, top + bh), outline=(90, 90, 90))
        if value:
            c.text(x0 + 6, top + 6, value, kind)

    fy = [y]
    mid = c.width // 2
    field(30, mid - 10, "Etternavn" if not sw else "Efternamn", last, "PERSON")
    field(mid + 10, c.width - 30, "Fornavn" if not sw else "Förnamn", first, "PERSON")
    fy[0] += c.size + bh + 14
    # the identity number: in a comb of boxes, or in one box
    label = "Fødselsnummer (11 siffer)" if not sw else "Personnummer (ÅÅMMDD-NNNN)"
    num = (v.personnummer() if sw else v.fnr()).replace(" ", "")
    kind = "SE_PERSONNUMMER" if sw else "NO_FODSELSNUMMER"
    c.text(30, fy[0], label, fill=c.theme.muted, size=c.size - 3)
    top = fy[0] + c.size
    if rng.random() < 0.4:
        digits = num.replace("-", "")[-10 if sw else -11:]
        cw = c.size + 8
        x = 30
        for i, ch in enumerate(digits):
            c.rect((x, top, x + cw, top + bh), outline=(90, 90, 90))
            c.draw.text((x + cw / 2 - c.width_of(ch) / 2, top + 6), ch, font=c.font(), fill=c.theme.fg)
            x += cw + (6 if (sw and i == 5) or (not sw and i == 5) else 0)
        _gold(c, (30, top + 4, x, top + bh - 2), kind, digits)
    else:
        c.rect((30, top, mid - 10, top + bh), outline=(90, 90, 90))
        c.text(36, top + 6, num, kind)
    field(mid + 10, c.width - 30, "Telefon (dagtid)" if not sw else "Telefon dagtid", v.phone(sw), "PHONE_NUMBER")
    fy[0] += c.size + bh + 14
    field(30, c.width - 30, "Adresse" if not sw else "Utdelningsadress", _address(v, sw), "STREET_ADDRESS")
    fy[0] += c.size + bh + 14
    field(30, mid - 10, "E-post", v.email(f"{first} {last}"), "EMAIL_ADDRESS")
    field(mid + 10, c.width - 30, "Bilens reg.nr." if not sw else "Registreringsnummer",
          f"{rng.choice(['EL', 'EK', 'AB', 'DN', 'BR'])} {rng.randrange(10000, 99999)}" if not sw
          else f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUWXYZ') for _ in range(3))} {rng.randrange(100, 999)}", None)
    fy[0] += c.size + bh + 22
    c.text(30, fy[0], "2. Type tillatelse" if not sw else "2. Typ av tillstånd", bold=True)
    fy[0] += c.size + 12
    for i, opt in enumerate(["Beboer", "Næring", "Forflytningshemmet"] if not sw
                            else ["Boende", "Näringsidkare", "Rörelsehindrad"]):
        x = 30 + i * 190
        c.rect((x, fy[0], x + 14, fy[0] + 14), outline=(90, 90, 90))
        if i == 0:
            c.draw.line((x + 2, fy[0] + 7, x + 6, fy[0] + 12, x + 13, fy[0] + 1), fill=c.theme.fg, width=2)
        c.text(x + 22, fy[0] - 1, opt)
    fy[0] += 44
    place = rng.choice(["Oslo", "Bergen", "Trondheim", "Drammen"] if not sw else ["Stockholm", "Malmö", "Uppsala"])
    c.text(30, fy[0], f"Sted/dato: {place}, {v.day():%d.%m.%Y}" if not sw else f"Ort/datum: {place} {v.day():%Y-%m-%d}")
    c.draw.line((mid + 10, fy[0] + c.size + 4, c.width - 30, fy[0] + c.size + 4), fill=(90, 90, 90))
    c.text(mid + 10, fy[0] + c.size + 8, "Underskrift" if not sw else "Namnteckning", fill=c.theme.muted,
           size=c.size - 3)


# ----------------------------------------------------------------------------- 3. desktop mail client

def outlook(c: Canvas, v: R23Values, rng: random.Random) -> None:
    en = rng.random() < 0.4
    sw = not en and rng.random() < 0.3
    c.rect((0, 0, c.width, 30), fill=c.theme.accent)
    c.text(12, 7, "Innboks - Outlook" if not en else "Inbox - Outlook", fill=(255, 255, 255), size=c.size - 2)
    c.rect((0, 30, c.width, 70), fill=c.theme.panel)
    x = 12
    for w in (["Svar", "Svar alle", "Videresend", "Slett", "Flytt"] if not en
              else ["Reply", "Reply all", "Forward", "Delete", "Move"]):
        x = c.text(x, 42, w, size=c.size - 2) + 20
    y = 86
    subj = rng.choice(["Oppdatert kontaktinformasjon", "Flytting", "Faktura", "Ang. kontrakt"] if not en
                      else ["Updated contact details", "Moving", "Invoice query", "Re: contract"])
    c.text(16, y, subj, bold=True, size=c.size + 3)
    y += c.size * 2 + 8
    sender = v.name(sw)
    c.draw.ellipse((16, y, 52, y + 36), fill=_initials_fill(rng))
    ini = "".join(p[0] for p in sender.split()[:2])
    c.text(22, y + 9, ini, bold=True, fill=(255, 255, 255), size=c.size - 2)
    x = c.text(64, y, sender, "PERSON", bold=True)
    x = c.text(x + 6, y, "<")
    x = c.text(x, y, v.email(sender), "EMAIL_ADDRESS")
    c.text(x, y, ">")
    y += c.size + 6
    c.text(64, y, (f"Sendt: {rng.randrange(1, 28)}. {rng.choice(sp.MONTHS_NB)} 2026 {rng.randrange(8, 17):02d}:"
                   f"{rng.randrange(60):02d}") if not en
           else f"Sent: {rng.randrange(1, 28)} March 2026 {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}",
           fill=c.theme.muted, size=c.size - 2)
    y += c.size + 4
    c.text(64, y, ("Til: " if not en else "To: ") + rng.choice(["Kundeservice", "Support", "Post"]),
           fill=c.theme.muted, size=c.size - 2)
    y += c.size * 2 + 6
    c.draw.line((16, y - 8, c.width - 16, y - 8), fill=c.theme.rule)
    greet = "Hei," if not en else "Hi,"
    c.text(16, y, greet)
    y += int(c.size * 1.8)
    body = ([("Jeg har flyttet, og ny adresse er ", None), (_address(v, False), "STREET_ADDRESS"), (".", None)] if not en
            else [("I have moved; my new address is ", None), (_address(v, False), "STREET_ADDRESS"), (".", None)])
    y = sp.paragraph(c, 16, y, c.width - 60, body, c.size * 1.5, justify=False)
    y += c.size
    c.text(16, y, rng.choice(["Med vennlig hilsen", "Mvh", "Hilsen"]) if not en else rng.choice(["Best regards", "Kind regards"]))
    y += int(c.size * 2.2)
    c.text(16, y, sender, "PERSON", bold=True)
    y += int(c.size * 1.4)
    c.text(16, y, rng.choice(["Daglig leder", "Rådgiver", "Prosjektleder", "Account Manager", "Konsulent"]),
           fill=c.theme.muted)
    y += int(c.size * 1.4)
    x = c.text(16, y, "M: " if rng.random() < 0.5 else "Mob: ")
    c.text(x + 2, y, v.phone(sw), "PHONE_NUMBER")
    y += int(c.size * 1.4)
    if rng.random() < 0.5:
        x = c.text(16, y, "T: ")
        c.text(x + 2, y, v.phone(sw), "PHONE_NUMBER")
        y += int(c.size * 1.4)
    firm = v.faker(sw).company()
    c.text(16, y, firm, bold=True)
    y += int(c.size * 1.4)
    c.text(16, y, _address(v, sw), "STREET_ADDRESS")


def _initials_fill(rng: random.Random):
    return rng.choice([(200, 80, 80), (60, 130, 200), (90, 160, 90), (160, 100, 180)])


# ----------------------------------------------------------------------------- 4. bank statement

def statement(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    holder = v.name(sw)
    c.text(30, 24, "Kontoutskrift" if not sw else "Kontoutdrag", bold=True, size=c.size + 6)
    c.text(c.width - 200, 28, "Side 1 av 2" if not sw else "Sida 1 av 2", fill=c.theme.muted)
    y = 78
    c.text(30, y, holder, "PERSON")
    y += int(c.size * 1.5)
    f = v.faker(sw)
    c.text(30, y, f.street_address(), "STREET_ADDRESS")
    y += int(c.size * 1.5)
    code, place = (f.postcode(), f.city()) if sw else v.place()
    town = f"{code} {place}"
    c.text(30, y, town.upper() if rng.random() < 0.5 else town, "STREET_ADDRESS")
    c.gold[-1]["optional"] = True  # (the postcode line under the street: found or not, no matter)
    right = c.width // 2 + 30
    yy = 78
    if not sw:
        x = c.text(right, yy, "Kontonummer: ", fill=c.theme.muted)
        c.text(x, yy, v.account(), "NO_BANK_ACCOUNT")
        yy += int(c.size * 1.5)
        x = c.text(right, yy, "IBAN: ", fill=c.theme.muted)
        c.text(x, yy, v.iban("NO"), "IBAN_CODE")
    else:
        x = c.text(right, yy, "IBAN: ", fill=c.theme.muted)
        c.text(x, yy, v.iban("SE"), "IBAN_CODE")
    yy += int(c.size * 1.5)
    start = v.day()
    c.text(right, yy, f"Periode: {start:%d.%m.%Y} - {start + sp.timedelta(days=30):%d.%m.%Y}" if not sw
           else f"Period: {start:%Y-%m-%d} - {start + sp.timedelta(days=30):%Y-%m-%d}", fill=c.theme.muted)
    y = max(y, yy) + int(c.size * 3)
    cols = [30, 140, c.width - 330, c.width - 170]
    heads = (["Dato", "Forklaring", "Referanse", "Beløp"] if not sw else ["Datum", "Text", "Referens", "Belopp"])
    c.rect((24, y - 4, c.width - 24, y + c.size + 8), fill=c.theme.panel)
    for x, h in zip(cols, heads):
        c.text(x, y, h, bold=True)
    y += int(c.size * 2)
    for _ in range(rng.randrange(6, 9)):
        d = start + sp.timedelta(days=rng.randrange(30))
        c.text(cols[0], y, f"{d:%d.%m}" if not sw else f"{d:%m-%d}")
        r = rng.random()
        if r < 0.3:
            who = v.name(sw)
            lead = rng.choice(["Vipps ", "Overføring ", "Fra: "] if not sw else ["Swish ", "Överföring ", "Från: "])
            x = c.text(cols[1], y, lead)
            c.text(x, y, who, "PERSON")
        else:
            c.text(cols[1], y, rng.choice(SHOPS_SV if sw else SHOPS) + rng.choice(["", f" {rng.randrange(100, 999)}"]))
        ref = rng.choice([v.bad_account(), f"{rng.randrange(10 ** 8, 10 ** 9)}", f"*{rng.randrange(1000, 9999)}"])
        c.text(cols[2], y, ref, fill=c.theme.muted)
        amt = ("-" if rng.random() < 0.75 else "") + v.amount()
        c.text(cols[3], y, amt)
        y += int(c.size * 1.7)
        c.draw.line((24, y - 6, c.width - 24, y - 6), fill=c.theme.rule)
    y += 6
    c.text(cols[1], y, "Saldo" if not sw else "Saldo", bold=True)
    c.text(cols[3], y, v.amount(big=True), bold=True)


# ----------------------------------------------------------------------------- 5. identity card with MRZ

def id_card(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.4
    c.rect((0, 0, c.width, c.height), fill=(60, 58, 55) if c.theme is DARK else (205, 205, 210))
    card = (24, 24, c.width - 24, c.height - 24)
    c.draw.rounded_rectangle(card, radius=20, fill=rng.choice([(232, 236, 244), (240, 232, 226), (228, 240, 234)]),
                             outline=(150, 150, 160))
    ink, blue = (25, 25, 40), (30, 60, 140)
    title = ("SVERIGE  IDENTITETSKORT  IDENTITY CARD" if sw else "NORGE  NASJONALT ID-KORT  IDENTITY CARD")
    c.text(card[0] + 20, card[1] + 14, title, bold=True, fill=blue, size=c.size - 1)
    c.rect((card[0] + 20, card[1] + 50, card[0] + 150, card[1] + 215), fill=(185, 185, 195))
    first, last = v.first_last(sw)
    d = v.birth()
    docno = f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{rng.randrange(10 ** 6, 10 ** 7)}"
    pnr = v.personnummer() if sw else v.fnr().replace(" ", "").replace("-", "")
    lab = max(9, c.size - 5)
    x0 = card[0] + 170
    y = card[1] + 48
    fields = [("Efternamn/Surname" if sw else "Etternavn/Surname", last.upper(), "PERSON"),
              ("Förnamn/Given names" if sw else "Fornavn/Given names", first.upper(), "PERSON"),
              ("Födelsedatum/Date of birth" if sw else "Fødselsdato/Date of birth",
               f"{d:%d %m %Y}" if rng.random() < 0.5 else f"{d:%d.%m.%Y}", "DATE_OF_BIRTH"),
              ("Personnummer/Personal No." if sw else "Fødselsnummer/Personal No.", pnr,
               "SE_PERSONNUMMER" if sw else "NO_FODSELSNUMMER"),
              ("Kortnummer/Card No." if sw else "Dokumentnr./Document No.", docno, None),
              ("Giltig t.o.m./Date of expiry" if sw else "Utløpsdato/Date of expiry",
               f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.20{rng.randrange(27, 36)}", None)]
    for label, value, kind in fields:
        c.text(x0, y, label, fill=blue, size=lab)
        c.text(x0, y + lab + 2, value, kind or ("PASSPORT_NUMBER" if value == docno else None),
               bold=kind == "PERSON", fill=ink)
        if value == docno:  # (an ID card's number: a passport-like document number or none, no matter)
            c.gold[-1]["optional"] = True
        y += lab + c.size + 10
    # TD1: three lines of 30
    ms = c.size + 1
    f = sp.font("DejaVuSansMono.ttf", ms)
    nat = "SWE" if sw else "NOR"
    doc = (docno + "<" * 9)[:9]
    l1 = (f"I<{nat}{doc}{sp._mrz_check(doc)}" + "<" * 30)[:30]
    birth = f"{d:%y%m%d}"
    exp = f"{rng.randrange(27, 36)}{rng.randrange(1, 13):02d}{rng.randrange(1, 28):02d}"
    l2 = f"{birth}{sp._mrz_check(birth)}{rng.choice('MF')}{exp}{sp._mrz_check(exp)}{nat}"
    l2 = (l2 + "<" * 29)[:29]
    l2 += sp._mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = (f"{_plain(last)}<<{_plain(first)}" + "<" * 30)[:30]
    ym = card[3] - ms * 4.6
    for line, part, kind in ((l1, l1[5:5 + len(docno)], "PASSPORT_NUMBER"), (l2, "", None),
                             (l3, l3.rstrip("<"), "PERSON")):
        c.draw.text((card[0] + 20, ym), line, font=f, fill=ink)
        if kind:  # (the MRZ's number and name: found or not, no matter)
            x = card[0] + 20 + c.draw.textlength(line[:line.index(part)], font=f)
            bb = c.draw.textbbox((x, ym), part, font=f)
            _gold(c, bb, kind, part, optional=True)
        ym += ms * 1.45


R33_LAYOUTS = {"chatapp": (chat_app, (400, 720)), "boxform": (box_form, (760, 620)),
               "outlook": (outlook, (820, 620)), "statement": (statement, (860, 640)),
               "idcard": (id_card, (760, 480))}


def render_r33(rng: random.Random, values: R23Values, i: int) -> Shot:
    layout = list(R33_LAYOUTS)[i % len(R33_LAYOUTS)]
    fn, (w, h) = R33_LAYOUTS[layout]
    theme = DARK if layout in ("chatapp", "outlook") and rng.random() < 0.3 else LIGHT
    scan = layout in ("boxform", "statement") and rng.random() < 0.6
    if scan:
        g = rng.randrange(225, 242)
        theme = Theme((g, g, g - 4), (30, 30, 34), (95, 95, 100), (g - 14, g - 14, g - 12), (40, 60, 120), (150, 150, 150))
    face = "DejaVuSerif.ttf" if layout == "statement" and rng.random() < 0.4 else rng.choice(FACES)
    size = rng.randrange(12, 17)
    c = Canvas(w, h, theme, face, size)
    fn(c, values, rng)
    im = c.im
    gold = [gg for gg in c.gold if gg["bbox"][2] <= w and gg["bbox"][3] <= h]
    effects = []
    if scan or (layout == "idcard" and rng.random() < 0.5):
        angle = round(rng.uniform(-1.2, 1.2), 2)
        im, gold = sp.rotated(im, gold, angle, theme.bg)
        effects.append(f"rot{angle:+}")
        if rng.random() < 0.5:
            im = im.filter(ImageFilter.GaussianBlur(round(rng.uniform(0.3, 0.6), 2)))
            effects.append("blur")
    scale = round(rng.uniform(0.85, 1.25), 2)
    im, gold = sp.scaled(im, gold, scale)
    data, fmt = sp.encoded(im, rng.randrange(55, 85) if scan or rng.random() < 0.45 else None)
    tags = (f"{layout} {'dark' if theme is DARK else 'scan' if scan else 'light'} {face.split('.')[0]} {size}px "
            f"x{scale} {fmt} {' '.join(effects)}").rstrip()
    return Shot(f"{layout}_{i:03d}", data, gold, tags, "png" if fmt == "png" else "jpg")


def make_r33_set(seed: int, n: int, holdout: bool = False) -> list[Shot]:
    rng = random.Random(f"round33-{seed}")
    values = R23Values(rng)
    values.holdout = holdout
    return [render_r33(rng, values, i) for i in range(n)]
