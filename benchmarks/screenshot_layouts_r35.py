"""Round 35 screens for ``screenshot_probe.py --layouts r35``: four more kinds of image, drawn
apart from the twenty-seven earlier layouts (and printed apart, ``r35_working``/``r35_holdout``)
so that a rule tuned on those is measured on screens it never saw.

* ``portal``: a Norwegian public-sector self-service page (NAV/Altinn-like): a header with the
  logged-in user's name, breadcrumbs, a receipt banner with the case number and time, a step
  indicator, and a read-only summary table (striped rows, bold labels left, values right, "Endre"
  links): name (sometimes "Etternavn, Fornavn"), fødselsnummer, address, phone, e-mail, account,
  and an employer with its organisation number;
* ``payslip``: a payslip (lønnsslipp or Swedish lönespecifikation) shown in a PDF viewer: grey
  chrome with file name, page and zoom; the employer with its org.nr and address, the employee's
  name and address block, employee number, fødselsnummer/personnummer, account, tax table; a table
  of pay codes, rates and amounts, and a "hittil i år" box;
* ``label``: a parcel label photographed on a cardboard box: the carrier and service, FRA/TIL
  blocks (the receiver in large capitals or mixed case), the receiver's phone, a barcode with its
  shipment number under it, a big routing postcode, weight, parcel count and a pickup code;
* ``helpdesk``: a ticket in a helpdesk web app (Norwegian or English interface): a narrow icon
  rail, ticket tabs, the subject with status, the requester's message, an agent's reply and an
  internal note, and a sidebar of requester details (name, e-mail, phone, organisation, address,
  customer number, tags).

Hard negatives: case, journal, ticket, order, employee and shipment numbers (some eleven digits
failing the account checksum), pay codes, tax tables, amounts, weights, routing postcodes, pickup
codes, dates of sending, payment and registration (none a birth date), times.
"""

from __future__ import annotations

import random

from PIL import ImageFilter

import screenshot_probe as sp
from screenshot_layouts_r23 import R23Values, _blend
from screenshot_layouts_r33 import _address, _initials_fill
from screenshot_probe import DARK, FACES, LIGHT, Canvas, Shot

SCORED_R35 = sp.SCORED_NEW


def _fnr_plain(v: R23Values) -> str:
    return v.fnr().replace(" ", "").replace("-", "")


def _right(c: Canvas, x_right: float, y: float, s: str, kind: str | None = None, **kw) -> float:
    """Draw ``s`` ending at ``x_right``; returns its left edge."""
    w = c.draw.textlength(s, font=c.font(kw.get("bold", False), kw.get("size")))
    c.text(x_right - w, y, s, kind, **kw)
    return x_right - w


# ----------------------------------------------------------------------------- 1. public-sector portal

def portal(c: Canvas, v: R23Values, rng: random.Random) -> None:
    t = c.theme
    nav = rng.random() < 0.5
    nn = rng.random() < 0.25  # nynorsk labels
    first, last = v.first_last()
    name = f"{first} {last}"
    brand = (195, 0, 0) if nav else (2, 47, 81)
    # header
    c.rect((0, 0, c.width, 58), fill=t.bg)
    c.draw.line((0, 58, c.width, 58), fill=t.rule, width=2)
    if nav:
        c.draw.ellipse((24, 12, 78, 46), fill=brand)
        c.text(34, 19, "NAV", bold=True, fill=(255, 255, 255), size=c.size - 1)
    else:
        c.rect((24, 14, 44, 44), fill=brand)
        c.text(52, 17, "altinn", bold=True, fill=brand, size=c.size + 4)
    x = _right(c, c.width - 24, 20, "Logg ut", fill=t.accent)
    who = name.upper() if rng.random() < 0.4 else name
    x = _right(c, x - 28, 20, who, "PERSON", bold=True)
    if rng.random() < 0.5:
        _right(c, x - 8, 20, "Innlogget som" if not nn else "Innlogga som", fill=t.muted, size=c.size - 2)
    # breadcrumbs
    crumbs = (["Forside", "Ditt NAV", "Dagpenger", "Kvittering"] if nav else
              ["Forside", "Innboks", "Skjema RF-1234", "Kvittering"])
    if nn:
        crumbs = [cr.replace("Forside", "Framside").replace("Ditt NAV", "Ditt NAV") for cr in crumbs]
    x, y = 30, 76
    for i, cr in enumerate(crumbs):
        last_crumb = i == len(crumbs) - 1
        x = c.text(x, y, cr, fill=t.muted if last_crumb else t.accent, size=c.size - 2)
        if not last_crumb:
            x = c.text(x + 8, y, "›", fill=t.muted, size=c.size - 2) + 8
    y += c.size + 20
    title = ("Kvittering for innsendt søknad" if not nn else "Kvittering for innsend søknad") if nav \
        else "Kvittering - skjema sendt inn"
    c.text(30, y, title, bold=True, size=c.size + 8)
    y += c.size + 26
    # the receipt banner
    when = v.day()
    case = (f"{when.year % 100}/{rng.randrange(10 ** 4, 10 ** 5)}" if nav else
            f"AR{rng.randrange(10 ** 8, 10 ** 9)}")
    ok = (225, 244, 230) if t is not DARK else (30, 60, 40)
    c.rect((30, y, c.width - 30, y + 2 * c.size + 26), fill=ok, outline=(60, 150, 90))
    c.draw.ellipse((44, y + 12, 44 + c.size + 6, y + 18 + c.size), fill=(60, 150, 90))
    c.text(56 + c.size, y + 10, "Vi har mottatt søknaden din" if not nn else "Vi har motteke søknaden din", bold=True)
    c.text(56 + c.size, y + 14 + c.size,
           f"Sendt {when:%d.%m.%Y} kl. {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}.  "
           f"{'Saksnummer' if nav else 'Referanse'}: {case}", fill=t.fg, size=c.size - 1)
    y += 2 * c.size + 44
    # the step indicator
    steps = ["Om deg", "Opplysninger", "Vedlegg", "Send inn"]
    sx = 40
    step_w = (c.width - 120) / (len(steps) - 1)
    for i, s in enumerate(steps):
        cx = sx + i * step_w
        if i < len(steps) - 1:
            c.draw.line((cx + 12, y + 11, cx + step_w - 12, y + 11), fill=t.accent, width=2)
        c.draw.ellipse((cx - 11, y, cx + 11, y + 22), fill=t.accent)
        c.text(cx - 4, y + 3, str(i + 1), bold=True, fill=(255, 255, 255), size=c.size - 3)
        c.text(cx - c.width_of(s) / 2 * 0.85, y + 28, s, fill=t.muted, size=c.size - 3)
    y += c.size + 48
    # the summary table
    c.text(30, y, "Opplysninger om deg" if not nn else "Opplysningar om deg", bold=True, size=c.size + 2)
    y += c.size + 16
    street, (code, town) = v.faker(False).street_address(), v.place()
    rows = [("Navn" if not nn else "Namn", f"{last}, {first}" if rng.random() < 0.3 else name, "PERSON"),
            ("Fødselsnummer", v.fnr() if rng.random() < 0.5 else _fnr_plain(v), "NO_FODSELSNUMMER"),
            ("Adresse", rng.choice([f"{street}, {code} {town}", street]), "STREET_ADDRESS"),
            ("Telefonnummer", v.phone(), "PHONE_NUMBER"),
            ("E-postadresse", v.email(name), "EMAIL_ADDRESS"),
            ("Kontonummer for utbetaling" if nav else "Kontonummer", v.account(), "NO_BANK_ACCOUNT")]
    if rng.random() < 0.5:
        i, j = rng.sample(range(2, len(rows)), 2)
        rows[i], rows[j] = rows[j], rows[i]
    employer = v.faker(False).company()
    rows.append(("Arbeidsgiver" if not nn else "Arbeidsgjevar", employer, None))
    rows.append(("Organisasjonsnummer", v.orgnr(), "NO_ORGNR"))
    rows.append(("Journalpost-ID" if nav else "Innsendings-ID", str(rng.randrange(10 ** 8, 10 ** 9)) if nav
                 else v.bad_account(), None))
    rows.append(("Gjelder fra" if not nn else "Gjeld frå", f"{v.day():%d.%m.%Y}", None))
    rh = c.size + 18
    lab_x, val_x = 42, 42 + max(c.width_of(r[0], True) for r in rows) + 30
    stripe = _blend(t.bg, t.fg, 0.05)
    for k, (label, value, kind) in enumerate(rows):
        if y + rh > c.height - 40:
            break
        if k % 2 == 0:
            c.rect((30, y, c.width - 30, y + rh), fill=stripe)
        c.text(lab_x, y + 9, label, bold=True)
        c.text(val_x, y + 9, value, kind)
        if kind in ("PHONE_NUMBER", "EMAIL_ADDRESS", "NO_BANK_ACCOUNT", "STREET_ADDRESS"):
            _right(c, c.width - 44, y + 9, "Endre" if not nn else "Endra", fill=t.accent, size=c.size - 2)
        y += rh
    c.draw.line((30, y, c.width - 30, y), fill=t.rule)


# ----------------------------------------------------------------------------- 2. payslip in a PDF viewer

def payslip(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    chrome = (50, 54, 57)
    c.rect((0, 0, c.width, c.height), fill=(82, 86, 89))
    c.rect((0, 0, c.width, 40), fill=chrome)
    when = v.day()
    fname = (f"lonnsslipp_{when:%Y_%m}.pdf" if not sw else f"lonespec_{when:%Y%m}.pdf")
    c.text(14, 11, fname, fill=(235, 235, 235), size=c.size - 2)
    mid = c.width / 2
    c.text(mid - 30, 11, "1 / 1", fill=(235, 235, 235), size=c.size - 2)
    c.text(mid + 40, 11, f"{rng.choice([100, 110, 125, 150])} %", fill=(235, 235, 235), size=c.size - 2)
    c.text(c.width - 120, 11, "−   +   ⋮", fill=(235, 235, 235), size=c.size - 2)
    page = (40, 58, c.width - 40, c.height + 40)
    c.rect((page[0] + 4, page[1] + 4, page[2] + 4, page[3]), fill=(60, 62, 64))
    c.rect(page, fill=(255, 255, 255))
    ink, muted, rule = (20, 20, 24), (100, 100, 108), (170, 172, 178)
    px0, px1 = page[0] + 34, page[2] - 34
    y = page[1] + 30
    # employer top left, title right
    employer = v.faker(sw).company()
    c.text(px0, y, employer, bold=True, fill=ink, size=c.size + 2)
    _right(c, px1, y, "LØNNSSLIPP" if not sw else "LÖNESPECIFIKATION", bold=True, fill=ink, size=c.size + 4)
    y += c.size + 10
    lh = c.size * 1.45
    c.text(px0, y, _address(v, sw), "STREET_ADDRESS", fill=muted, size=c.size - 1)
    months = sp.MONTHS_SV if sw else sp.MONTHS_NB
    _right(c, px1, y, f"{'Periode' if not sw else 'Period'}: {months[when.month - 1]} {when.year}", fill=ink,
           size=c.size - 1)
    y += lh
    if not sw:
        x = c.text(px0, y, "Org.nr. ", fill=muted, size=c.size - 1)
        c.text(x, y, v.orgnr(), "NO_ORGNR", fill=muted, size=c.size - 1)
    else:
        c.text(px0, y, f"Org.nr {v.se_orgnr()}", fill=muted, size=c.size - 1)
    pay_day = when.replace(day=min(20, 28))
    _right(c, px1, y, f"{'Utbetalt' if not sw else 'Utbetalningsdag'}: "
                      f"{pay_day:%d.%m.%Y}" if not sw else f"Utbetalningsdag: {pay_day:%Y-%m-%d}", fill=ink,
           size=c.size - 1)
    y += lh * 2
    # employee block (left: window-envelope address; right: numbers)
    first, last = v.first_last(sw)
    c.text(px0, y, f"{first} {last}", "PERSON", fill=ink)
    f = v.faker(sw)
    c.text(px0, y + lh, f.street_address(), "STREET_ADDRESS", fill=ink)
    code, town = (f.postcode(), f.city()) if sw else v.place()
    c.text(px0, y + 2 * lh, f"{code} {town.upper() if rng.random() < 0.5 else town}", "STREET_ADDRESS", fill=ink)
    c.gold[-1]["optional"] = True
    rx = (px0 + px1) / 2 + 20
    vx = rx + 150
    rows = [("Ansattnr." if not sw else "Anst.nr", str(rng.randrange(100, 99999)), None),
            ("Fødselsnr." if not sw else "Personnr", _fnr_plain(v) if not sw else v.personnummer(),
             "NO_FODSELSNUMMER" if not sw else "SE_PERSONNUMMER"),
            ("Kontonr." if not sw else "Clearing/konto",
             v.account() if not sw else f"{rng.randrange(3000, 9999)}-{rng.randrange(10 ** 8, 10 ** 9)}",
             "NO_BANK_ACCOUNT" if not sw else None),
            ("Skattetabell" if not sw else "Skattetabell",
             str(rng.choice([7100, 7101, 7102, 7150])) if not sw else f"{rng.randrange(29, 36)}, kol {rng.randrange(1, 6)}", None),
            ("Stilling" if not sw else "Tjänstgöring", f"{rng.choice([100, 80, 60, 50])} %", None)]
    for i, (label, value, kind) in enumerate(rows):
        c.text(rx, y + i * lh, label, fill=muted, size=c.size - 1)
        c.text(vx, y + i * lh, value, kind, fill=ink, size=c.size - 1)
    y += lh * len(rows) + 18
    # the pay table
    cols = [px0, px0 + 70, px1 - 260, px1 - 150, px1]  # (the last three: right edges)
    heads = (["Art", "Beskrivelse", "Antall", "Sats", "Beløp"] if not sw
             else ["Art", "Benämning", "Antal", "À-pris", "Belopp"])
    c.rect((px0 - 6, y - 4, px1 + 6, y + c.size + 8), fill=(232, 234, 238))
    for i, h in enumerate(heads):
        if i >= 2:
            _right(c, cols[i], y, h, bold=True, fill=ink, size=c.size - 1)
        else:
            c.text(cols[i], y, h, bold=True, fill=ink, size=c.size - 1)
    y += c.size + 16
    monthly = rng.randrange(38000, 72000)
    lines = ([("1000", "Fastlønn", "", "", f"{monthly:,}".replace(",", " ") + ",00"),
              ("1210", "Overtid 50 %", str(rng.randrange(2, 12)), f"{rng.randrange(300, 600)},{rng.randrange(10, 99)}", v.amount()),
              ("2400", "Reisegodtgjørelse", str(rng.randrange(40, 400)), "4,03", v.amount()),
              ("5100", "Pensjon 2 %", "", "", "-" + v.amount()),
              ("7000", "Forskuddstrekk", "", "", "-" + v.amount(big=rng.random() < 0.5)),
              ("7200", "Fagforeningskontingent", "", "", "-" + v.amount())] if not sw else
             [("011", "Månadslön", "", "", f"{monthly:,}".replace(",", " ") + ",00"),
              ("310", "Övertid enkel", str(rng.randrange(2, 12)), f"{rng.randrange(250, 500)},{rng.randrange(10, 99)}", v.amount()),
              ("731", "Milersättning", str(rng.randrange(10, 90)), "25,00", v.amount()),
              ("900", "Preliminär skatt", "", "", "-" + v.amount(big=rng.random() < 0.5)),
              ("950", "Fackavgift", "", "", "-" + v.amount())])
    for art, text, qty, rate, amt in lines:
        c.text(cols[0], y, art, fill=ink, size=c.size - 1)
        c.text(cols[1], y, text, fill=ink, size=c.size - 1)
        if qty:
            _right(c, cols[2], y, qty, fill=ink, size=c.size - 1)
            _right(c, cols[3], y, rate, fill=ink, size=c.size - 1)
        _right(c, px1, y, amt, fill=ink, size=c.size - 1)
        y += lh
    c.draw.line((px0, y + 2, px1, y + 2), fill=rule)
    y += 12
    net = f"{rng.randrange(25000, 56000):,}".replace(",", " ") + f",{rng.randrange(100):02d}"
    c.text(cols[1], y, "Til utbetaling" if not sw else "Att utbetala", bold=True, fill=ink)
    _right(c, px1, y, net, bold=True, fill=ink)
    y += lh * 1.8
    # the year-to-date box
    box_h = lh * 2 + 20
    c.rect((px0, y, px1, y + box_h), outline=rule)
    ytd = (["Brutto hittil i år", "Forskuddstrekk hittil", "Feriepengegrunnlag"] if not sw
           else ["Bruttolön hittills i år", "Skatt hittills", "Semesterdagar kvar"])
    w3 = (px1 - px0) / 3
    for i, label in enumerate(ytd):
        c.text(px0 + 12 + i * w3, y + 8, label, fill=muted, size=c.size - 3)
        c.text(px0 + 12 + i * w3, y + 12 + lh, v.amount(big=True) if i < 2 or not sw else str(rng.randrange(5, 25)),
               fill=ink, size=c.size - 1)
    y += box_h + 18
    if not sw and rng.random() < 0.6:
        x = c.text(px0, y, "Beløpet er overført til konto ", fill=muted, size=c.size - 2)
        c.text(x, y, v.account(), "NO_BANK_ACCOUNT", fill=muted, size=c.size - 2)
        c.text(px0, y + lh, f"A-meldingsreferanse: {v.bad_account()}", fill=muted, size=c.size - 2)


# ----------------------------------------------------------------------------- 3. parcel label on a box

def _barcode(c: Canvas, rng: random.Random, box) -> None:
    x0, y0, x1, y1 = box
    x = x0
    while x < x1 - 4:
        w = rng.choice([1, 1, 2, 2, 3, 4])
        if rng.random() < 0.55:
            c.rect((x, y0, x + w - 1, y1), fill=(10, 10, 10))
        x += w + rng.choice([1, 1, 2, 3])


def parcel_label(c: Canvas, v: R23Values, rng: random.Random) -> None:
    sw = rng.random() < 0.3
    c.rect((0, 0, c.width, c.height), fill=rng.choice([(186, 146, 104), (172, 134, 96), (198, 160, 118)]))
    lab = (40, 40, c.width - 40, c.height - 40)
    paper = (250, 250, 246)
    c.rect(lab, fill=paper, outline=(40, 40, 40))
    ink = (15, 15, 15)
    L = lab[0] + 20
    R = lab[2] - 20
    y = lab[1] + 16
    carrier = rng.choice(["PostNord", "Bring", "Helthjem", "DHL Express", "Porterbuddy"] if not sw
                         else ["PostNord", "DHL Freight", "Budbee", "Instabox"])
    c.text(L, y, carrier, bold=True, fill=ink, size=c.size + 8)
    service = rng.choice(["Pakke i postkassen", "Klimanøytral Servicepakke", "Pakke levert hjem", "Home Delivery"]
                         if not sw else ["MyPack Collect", "Varubrev 1:a klass", "Hemleverans"])
    _right(c, R, y + 6, service, fill=ink, size=c.size - 1)
    y += c.size + 24
    c.draw.line((lab[0], y, lab[2], y), fill=ink, width=2)
    y += 10
    # sender
    c.text(L, y, "FRA / FROM:" if not sw else "FRÅN / FROM:", bold=True, fill=ink, size=c.size - 3)
    y += c.size + 2
    shop = v.faker(sw).company()
    c.text(L, y, shop, fill=ink, size=c.size - 1)
    y += c.size + 4
    c.text(L, y, _address(v, sw), "STREET_ADDRESS", fill=ink, size=c.size - 1)
    y += c.size + 14
    c.draw.line((lab[0], y, lab[2], y), fill=ink, width=1)
    y += 10
    # receiver
    c.text(L, y, "TIL / TO:" if not sw else "TILL / TO:", bold=True, fill=ink, size=c.size - 3)
    y += c.size + 6
    big = c.size + 5
    caps = rng.random() < 0.5
    first, last = v.first_last(sw)
    name = f"{first} {last}"
    c.text(L, y, name.upper() if caps else name, "PERSON", bold=True, fill=ink, size=big)
    y += big + 8
    f = v.faker(sw)
    street = f.street_address()
    c.text(L, y, street.upper() if caps else street, "STREET_ADDRESS", bold=True, fill=ink, size=big)
    y += big + 8
    code, town = (f.postcode(), f.city()) if sw else v.place()
    c.text(L, y, f"{code} {town.upper()}", "STREET_ADDRESS", bold=True, fill=ink, size=big)
    c.gold[-1]["optional"] = True
    y += big + 10
    x = c.text(L, y, rng.choice(["Tlf: ", "Mob: ", "Tel: "]), fill=ink, size=c.size - 1)
    c.text(x, y, v.phone(sw), "PHONE_NUMBER", fill=ink, size=c.size - 1)
    # the routing postcode, big, on the right
    route = code.replace(" ", "")
    _right(c, R, y - big - 34, route, bold=True, fill=ink, size=c.size + 16)
    y += c.size + 16
    c.draw.line((lab[0], y, lab[2], y), fill=ink, width=2)
    y += 10
    # small facts in a row
    sent = v.day()
    facts = [("Vekt" if not sw else "Vikt", f"{rng.randrange(1, 20)},{rng.randrange(10)} kg"),
             ("Kolli", f"{rng.randrange(1, 3)} av {rng.randrange(3, 5)}" if rng.random() < 0.3 else "1 av 1"),
             ("Dato" if not sw else "Datum", f"{sent:%d.%m.%Y}" if not sw else f"{sent:%Y-%m-%d}"),
             ("Ordre" if not sw else "Order", str(rng.randrange(10 ** 5, 10 ** 8)))]
    fw = (R - L) / len(facts)
    for i, (k, val) in enumerate(facts):
        c.text(L + i * fw, y, k, fill=(90, 90, 90), size=c.size - 4)
        c.text(L + i * fw, y + c.size - 2, val, bold=True, fill=ink, size=c.size - 1)
    y += 2 * c.size + 14
    # the barcode and its number
    bh = min(120, max(60, (lab[3] - y) - 3 * c.size - 40))
    _barcode(c, rng, (L + 10, y, R - 10, y + bh))
    y += bh + 8
    kind_no = rng.random()
    if kind_no < 0.4:
        sscc = "3" + "".join(str(rng.randrange(10)) for _ in range(16))
        num = f"(00) {sscc}{rng.randrange(10)}"
    elif kind_no < 0.7:
        num = f"{rng.randrange(10 ** 3):03d}{rng.randrange(10 ** 13, 10 ** 14)}"
        num = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    else:
        num = f"{rng.choice(['CC', 'LX', 'RR', 'UA'])}{rng.randrange(10 ** 8, 10 ** 9)}{rng.choice(['NO', 'SE', 'CN'])}"
    w = c.width_of(num)
    c.text((L + R - w) / 2, y, num, fill=ink)
    y += c.size + 10
    if rng.random() < 0.6:
        c.text(L, y, f"{'Hentekode' if not sw else 'Upphämtningskod'}: {rng.randrange(1000, 9999)}", fill=ink,
               size=c.size - 2)
        _right(c, R, y, f"Ref. {v.bad_account()}", fill=ink, size=c.size - 2)


# ----------------------------------------------------------------------------- 4. helpdesk ticket

def helpdesk(c: Canvas, v: R23Values, rng: random.Random) -> None:
    en = rng.random() < 0.45
    sw = rng.random() < 0.25
    t = c.theme
    dark = t is DARK
    rail = (3, 54, 61) if not dark else (20, 22, 26)
    c.rect((0, 0, 54, c.height), fill=rail)
    for i in range(6):
        c.draw.rounded_rectangle((15, 20 + i * 52, 39, 44 + i * 52), radius=5,
                                 fill=(120, 170, 175) if i != 1 else (240, 240, 240))
    # tabs
    ticket = rng.randrange(10 ** 4, 10 ** 6)
    c.rect((54, 0, c.width, 42), fill=t.panel)
    subj = (rng.choice(["Kan ikke logge inn", "Feil på faktura", "Endring av kontonummer", "Flytting",
                        "Refusjon av ordre"]) if not sw else
            rng.choice(["Kan inte logga in", "Fel på fakturan", "Ändrad adress", "Återbetalning"]))
    tab_w = 250
    c.rect((64, 6, 64 + tab_w, 42), fill=t.bg)
    c.text(76, 14, f"#{ticket} {subj}"[:30], size=c.size - 2)
    c.text(64 + tab_w - 20, 13, "×", fill=t.muted, size=c.size - 2)
    c.text(64 + tab_w + 20, 14, f"#{rng.randrange(10 ** 4, 10 ** 6)} " + ("Passord" if not en else "Password"),
           fill=t.muted, size=c.size - 2)
    side_x = c.width - 300
    c.rect((side_x, 42, c.width, c.height), fill=t.panel)
    c.draw.line((side_x, 42, side_x, c.height), fill=t.rule)
    # the conversation
    mx, mw = 80, side_x - 100
    y = 60
    c.text(mx, y, subj, bold=True, size=c.size + 5)
    status = rng.choice(["Åpen", "Venter", "Ny"] if not en else ["Open", "Pending", "New"])
    sw_ = c.width_of(status, True)
    pill = {"Åpen": (200, 60, 60), "Open": (200, 60, 60), "Venter": (40, 110, 200), "Pending": (40, 110, 200)}
    x = mx + c.width_of(subj, True) * (c.size + 5) / c.size + 16
    c.draw.rounded_rectangle((x, y + 2, x + sw_ + 18, y + c.size + 10), radius=6, fill=pill.get(status, (230, 160, 40)))
    c.text(x + 9, y + 5, status, bold=True, fill=(255, 255, 255), size=c.size - 2)
    y += c.size + 26
    c.draw.line((mx, y, mx + mw, y), fill=t.rule)
    y += 14
    req = v.name(sw)
    rfirst = req.split()[0]
    agent = v.name()
    lh = c.size * 1.45
    when = v.day()

    def message(author: str, stamp: str, parts, note: bool = False) -> None:
        nonlocal y
        if note:
            bg = (255, 247, 214) if not dark else (70, 62, 30)
            c.rect((mx - 8, y - 6, mx + mw, y + lh * 3 + c.size + 24), fill=bg)
        c.draw.ellipse((mx, y, mx + 34, y + 34), fill=_initials_fill(rng))
        c.text(mx + 7, y + 8, "".join(p[0] for p in author.split()[:2]), bold=True, fill=(255, 255, 255),
               size=c.size - 3)
        x = c.text(mx + 46, y, author, "PERSON", bold=True)
        c.text(x + 10, y + 2, stamp, fill=t.muted, size=c.size - 3)
        yy = y + c.size + 8
        if note:
            c.text(mx + 46, yy, "Internt notat" if not en else "Internal note", bold=True, fill=(150, 110, 0),
                   size=c.size - 3)
            yy += c.size + 2
        y = sp.paragraph(c, mx + 46, yy, mw - 50, parts, lh, justify=False) + 18

    day_s = f"{when:%d.%m.%Y} {rng.randrange(7, 12):02d}:{rng.randrange(60):02d}"
    if sw:
        body = [("Hej! Jag har flyttat till ", None), (_address(v, True), "STREET_ADDRESS"),
                (" och vill ändra min adress. Mitt personnummer är ", None), (v.personnummer(), "SE_PERSONNUMMER"),
                (f". Gäller order {rng.randrange(10 ** 5, 10 ** 7)}. Mvh ", None), (rfirst, "PERSON")]
    else:
        body = rng.choice([
            [("Hei, jeg har byttet bank. Nytt kontonummer er ", None), (v.account(), "NO_BANK_ACCOUNT"),
             (f" og refusjonen for ordre {rng.randrange(10 ** 5, 10 ** 7)} kan gå dit. Fødselsnummer ", None),
             (v.fnr(), "NO_FODSELSNUMMER"), (". Hilsen ", None), (rfirst, "PERSON")],
            [("Hei! Jeg har flyttet til ", None), (_address(v, False), "STREET_ADDRESS"),
             (f". Fakturanr. {rng.randrange(10 ** 5, 10 ** 7)} ble sendt til gammel adresse. Ring meg gjerne på ", None),
             (v.phone(), "PHONE_NUMBER"), (". Mvh ", None), (req, "PERSON")]])
    message(req, day_s, body)
    reply = ([("Hi ", None), (rfirst, "PERSON"), (f", thanks. I have updated case {ticket} and will get back to you "
                                                   f"within {rng.randrange(2, 5)} working days.", None)] if en else
             [("Hei ", None), (rfirst, "PERSON"), (", takk for beskjed. Vi har oppdatert saken og svarer innen ", None),
              (f"{rng.randrange(2, 5)} virkedager.", None)])
    message(agent, f"{when:%d.%m.%Y} {rng.randrange(12, 17):02d}:{rng.randrange(60):02d}", reply)
    colleague = v.name()
    note = ([("Kunden ringte fra ", None), (v.phone(sw), "PHONE_NUMBER"), (". Sjekket mot faktura ", None),
             (str(rng.randrange(10 ** 6, 10 ** 8)), None), (", ", None), (colleague, "PERSON"),
             (" tar over.", None)] if not en else
            [("Customer called from ", None), (v.phone(sw), "PHONE_NUMBER"), (". Checked invoice ", None),
             (str(rng.randrange(10 ** 6, 10 ** 8)), None), ("; ", None), (colleague, "PERSON"),
             (" takes over.", None)])
    if y < c.height - 4 * lh - 60:
        message(agent, f"{when:%d.%m.%Y} {rng.randrange(12, 17):02d}:{rng.randrange(60):02d}", note, note=True)
    # the requester sidebar
    sx = side_x + 18
    y = 58
    c.text(sx, y, "Forespørrer" if not en else "Requester", fill=t.muted, size=c.size - 3)
    y += c.size + 2
    c.text(sx, y, req, "PERSON", bold=True)
    y += c.size * 2 + 4
    org = v.faker(sw).company()
    rows = [("E-post" if not en else "Email", v.email(req), "EMAIL_ADDRESS"),
            ("Telefon" if not en else "Phone", v.phone(sw), "PHONE_NUMBER"),
            ("Organisasjon" if not en else "Organization", org, None),
            ("Adresse" if not en else "Address", v.faker(sw).street_address(), "STREET_ADDRESS"),
            ("Kundenr." if not en else "Customer no.", str(rng.randrange(10 ** 5, 10 ** 7)), None),
            ("Opprettet" if not en else "Created", f"{v.day():%d.%m.%Y}", None),
            ("Tildelt" if not en else "Assignee", agent, "PERSON")]
    for label, value, kind in rows:
        if y > c.height - 2 * c.size - 50:
            break
        c.text(sx, y, label, fill=t.muted, size=c.size - 3)
        c.text(sx, y + c.size, value, kind, size=c.size - 1)
        y += 2 * c.size + 12
    x = sx
    y += 4
    for tag in rng.sample(["vip", "faktura", "refusjon", "flytting", "web", "telefon", "ny_kunde"], 3):
        w = c.width_of(tag) * 0.85 + 14
        if x + w > c.width - 10:
            break
        c.draw.rounded_rectangle((x, y, x + w, y + c.size + 8), radius=4, fill=_blend(t.panel, t.fg, 0.12))
        c.text(x + 7, y + 3, tag, size=c.size - 3)
        x += w + 6


# ----------------------------------------------------------------------------- rendering

R35_LAYOUTS = {"portal": (portal, (900, 820)), "payslip": (payslip, (820, 820)),
               "label": (parcel_label, (560, 680)), "helpdesk": (helpdesk, (1100, 560))}


def render_r35(rng: random.Random, values: R23Values, i: int) -> Shot:
    layout = list(R35_LAYOUTS)[i % len(R35_LAYOUTS)]
    fn, (w, h) = R35_LAYOUTS[layout]
    theme = DARK if layout in ("portal", "helpdesk") and rng.random() < 0.2 else LIGHT
    face = ("DejaVuSansCondensed.ttf" if layout == "label" and rng.random() < 0.4 else
            "DejaVuSerif.ttf" if layout == "payslip" and rng.random() < 0.3 else rng.choice(FACES))
    size = rng.randrange(12, 16) if layout in ("payslip", "helpdesk") else rng.randrange(13, 17)
    c = Canvas(w, h, theme, face, size)
    fn(c, values, rng)
    im = c.im
    gold = [gg for gg in c.gold if gg["bbox"][2] <= w and gg["bbox"][3] <= h]
    effects = []
    if layout == "label":
        angle = round(rng.uniform(-2.5, 2.5), 2)
        im, gold = sp.rotated(im, gold, angle, (150, 118, 84))
        effects.append(f"rot{angle:+}")
        r = round(rng.uniform(0.3, 0.8), 2)
        im = im.filter(ImageFilter.GaussianBlur(r))
        effects.append(f"blur{r}")
    scale = round(rng.uniform(0.8, 1.25), 2)
    im, gold = sp.scaled(im, gold, scale)
    jpeg = layout == "label" or rng.random() < 0.4
    data, fmt = sp.encoded(im, rng.randrange(55, 85) if jpeg else None)
    tags = (f"{layout} {'dark' if theme is DARK else 'light'} {face.split('.')[0]} {size}px "
            f"x{scale} {fmt} {' '.join(effects)}").rstrip()
    return Shot(f"{layout}_{i:03d}", data, gold, tags, "png" if fmt == "png" else "jpg")


def make_r35_set(seed: int, n: int, holdout: bool = False) -> list[Shot]:
    rng = random.Random(f"round35-{seed}")
    values = R23Values(rng)
    values.holdout = holdout
    return [render_r35(rng, values, i) for i in range(n)]
