"""Extra content of a ticket: pasted tables, logs, forwarded mail, mojibake, attachment plans."""

from __future__ import annotations

import random

from .layout import Layout
from .planted import Text, html_to_text
from .values import Values

_HEAD = {"nb": ("Navn", "Fødselsnr", "Telefon", "E-post"), "nn": ("Namn", "Fødselsnr", "Telefon", "E-post"),
         "sv": ("Namn", "Personnr", "Telefon", "E-post"), "da": ("Navn", "CPR", "Telefon", "E-mail"),
         "en": ("Name", "ID number", "Phone", "Email")}
_FORWARD = {"nb": "---------- Videresendt melding ---------", "nn": "---------- Vidaresendt melding ---------",
            "sv": "---------- Vidarebefordrat meddelande ---------",
            "da": "---------- Videresendt besked ---------", "en": "---------- Forwarded message ---------"}


def mojibake(rng: random.Random):
    """A text mangler: UTF-8 read as Latin-1, or non-ASCII lost to U+FFFD."""
    if rng.random() < 0.6:
        return lambda s: s.encode("utf-8").decode("latin-1")
    return lambda s: "".join(c if ord(c) < 128 else "\ufffd" for c in s)


def add_block(text: Text, scenario: str, rng: random.Random, values: Values, lang: str) -> None:
    if scenario == "crm":
        text.raw("<br><table><tr>" + "".join(f"<th>{h}</th>" for h in _HEAD[lang]) + "</tr>")
        for k in range(rng.randint(2, 4)):
            text.raw("<tr>")
            for key in (f"name_r{k}", f"fnr_r{k}", f"phone_r{k}", f"email_r{k}"):
                values.fill(text.raw("<td>"), "{" + key + "}").raw("</td>")
            text.raw("</tr>")
        text.raw("</table>")
    elif scenario == "log":
        text.raw("<pre>")
        for k in range(rng.randint(3, 6)):
            minute = rng.randint(0, 59)
            line = rng.choice((
                "2024-11-0{d}T02:{m:02d}:11Z ERROR sync failed user={{email_l{k}}} src={{ip_l{k}}}",
                "2024-11-0{d}T02:{m:02d}:12Z WARN retry order={{order}} client={{ip_l{k}}}",
                "2024-11-0{d}T02:{m:02d}:13Z INFO login ok for {{email_l{k}}}",
            )).format(d=rng.randint(1, 9), m=minute, k=k)
            values.fill(text, line + "\n")
        text.raw("</pre>")
    if rng.random() < 0.25:
        text.raw("<br><br>").add(_FORWARD[lang]).raw("<br>")
        values.fill(text, "From: {name4} <{email4}>\nTo: support@sandbox.zendesk.com\nCc: {namecc} <{emailcc}>\n")
        text.raw("<blockquote>")
        values.fill(text, "Hei,\nSe under.\n\n{name4}\n{phone4}\n{addr4}")
        text.raw("</blockquote>")


def _lines(values: Values, templates: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    out, found = [], []
    for template in templates:
        t = values.fill(Text(), template)
        out.append(html_to_text(t.html))
        found += t.found
    return tuple(out), found


_PLANS: dict[str, tuple[tuple[str, str, str, int, tuple[str, ...]], ...]] = {
    # scenario: (kind, file name template, content type, comment index, line templates)
    "login": (("png", "skjermbilde.png", "image/png", 2, ("Feil: bruker finnes ikke", "Fnr: {pid}", "IP {ip}")),),
    "gdpr": (("jpeg", "Pass {name}.jpg", "image/jpeg", 0, ("PASS / PASSPORT", "{name}", "{passport}", "{dob}")),
             ("pdf_scan", "skannet_legitimasjon.pdf", "application/pdf", 0, ("LEGITIMASJON", "{name}", "{pid}"))),
    "inspection": (("jpeg_gps", "IMG_{order}.jpg", "image/jpeg", 0, ("Befaring", "{addr2}")),),
    "onboarding": (("docx", "Arbeidsavtale {name2}.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0,
                    ("Arbeidsavtale", "Navn: {name2}", "Fødselsnummer: {fnr2}", "Kontonummer: {acct}",
                     "Adresse: {addr2}")),
                   ("pdf_text", "kontrakt.pdf", "application/pdf", 0, ("Kontrakt", "{name2}", "{acct}"))),
    "crm": (("xlsx", "eksport.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 0,
             ("{name_x1}|{fnr_x1}|{phone_x1}|{email_x1}", "{name_x2}|{fnr_x2}|{phone_x2}|{email_x2}")),),
    "invoice": (("pdf_text", "faktura_{kid}.pdf", "application/pdf", 0,
                 ("FAKTURA {kid}", "Org.nr {orgnr}", "Konto {acct}", "Kunde: {name}")),),
    "log": (("txt", "sync.log", "text/plain", 0, ("ERROR user={email} ip={ip}", "order={order}")),
            ("zip", "logs.zip", "application/zip", 2, ("user={email_z} ip={ip_z}",))),
    "moving": (("eml", "Fwd_ Flytting.eml", "message/rfc822", 0,
                ("From: {name3} <{email3}>", "Ny adresse: {addr3}", "Telefon {phone3}")),
               ("pdf_scan", "husleiekontrakt.pdf", "application/pdf", 0, ("HUSLEIEKONTRAKT", "{name2}", "{fnr2}"))),
    "login2": (),
}


def attachment_specs(rng: random.Random, scenario: str, values: Values, n_comments: int, tid: int,
                     layout: Layout) -> list[tuple[int, object]]:
    """Which attachments each comment carries: (comment index, GenAttachment)."""
    from .tickets import GenAttachment  # local: tickets imports this module

    specs: list[tuple[int, object]] = []
    plans = list(_PLANS.get(scenario, ())) if rng.random() < 0.45 else []
    roll = rng.random()
    if roll < 0.03:
        plans.append(("corrupt", "skjermbilde_{order}.png", "image/png", 0, ()))
    elif roll < 0.045:
        plans.append(("oversized", "skanning_{order}.pdf", "application/pdf", 0, ()))
    for k, (kind, name, ctype, comment, templates) in enumerate(plans):
        comment = min(comment, n_comments - 1)
        lines, found = _lines(values, templates)
        name_text = values.fill(Text(), name)
        file_name = html_to_text(name_text.html)
        planted = tuple((e, v, "content") for e, v in found) + tuple((e, v, "file_name") for e, v in name_text.found)
        gps = None
        if kind == "jpeg_gps":
            lat, lon = (float(x) for x in values.get("gps")[1].replace("N", "").replace("E", "")
                        .replace(",", " ").split())
            gps = (lat, lon)
            planted += (("GPS_COORDINATES", values.get("gps")[1], "content"),)
        inline = kind == "png" and rng.random() < 0.4
        specs.append((comment, GenAttachment(layout.attachment_id(tid, comment, k), file_name, ctype, kind,
                                             inline, lines, planted, gps)))
    return specs
