"""The sandbox's ticket fields (Ticket Fields API): a few system fields and the custom fields
whose values the tickets carry (``custom_fields`` holds ids only; this is where titles live).

Titles are what a Norwegian admin would give them; the order number's title comes from dynamic
content (``raw_title`` is the ``{{dc.*}}`` placeholder, ``title`` its rendered text), and one
retired field is inactive, as on a real account. Everything is fixed data: no seed, no clock.
"""

from __future__ import annotations

from .tickets import FIELD_CATEGORY, FIELD_GPS, FIELD_NATIONAL_ID, FIELD_ORDER, FIELD_PHONE

#: a retired custom field: still listed (``active: false``), no ticket of the sandbox holds it
FIELD_OLD_CUSTOMER_NO = 360_001_000_006
CREATED = "2021-11-02T09:14:00Z"
UPDATED = "2023-05-17T12:40:00Z"

#: (id, type, title, raw_title, active, position, description); system fields first
_FIELDS: tuple[tuple[int, str, str, str, bool, int, str], ...] = (
    (360_000_100_001, "subject", "Emne", "Emne", True, 1, ""),
    (360_000_100_002, "description", "Beskrivelse", "Beskrivelse", True, 2,
     "Første kommentar i saken"),
    (360_000_100_003, "status", "Status", "Status", True, 3, "Saksstatus"),
    (360_000_100_004, "priority", "Prioritet", "Prioritet", True, 4, ""),
    (FIELD_CATEGORY, "tagger", "Kategori", "Kategori", True, 10, "Hva saken gjelder"),
    (FIELD_ORDER, "text", "Ordrenummer", "{{dc.ordrenummer}}", True, 11,
     "Ordre- eller fakturanummer fra nettbutikken"),
    (FIELD_NATIONAL_ID, "text", "Fødselsnummer", "Fødselsnummer", True, 12,
     "Bare når kunden må identifiseres (BankID-saker)"),
    (FIELD_PHONE, "text", "Kontakttelefon", "Kontakttelefon", True, 13,
     "Nummeret kunden vil bli ringt på"),
    (FIELD_GPS, "text", "Koordinater (befaring)", "Koordinater (befaring)", True, 14,
     "Posisjon fra befaringsappen"),
    (FIELD_OLD_CUSTOMER_NO, "integer", "Kundenummer (gammelt CRM)", "Kundenummer (gammelt CRM)",
     False, 15, "Ikke i bruk etter CRM-byttet"),
)
_SYSTEM = frozenset({"subject", "description", "status", "priority"})
#: the category field's options: (scenario tag the tickets hold, its name)
_CATEGORIES = (("moving", "Flytting / ny leietaker"), ("login", "Innlogging"),
               ("invoice", "Faktura"), ("crm", "CRM-integrasjon"), ("gdpr", "Personvern"),
               ("inspection", "Befaring"), ("onboarding", "Oppstart"), ("log", "Feillogg"))


def ticket_fields(base: str) -> list[dict]:
    """Every ticket field as the API shows it, ordered by ``position``."""
    out = [_field(base, *spec) for spec in _FIELDS]
    return sorted(out, key=lambda f: (f["position"], f["id"]))


def _field(base: str, fid: int, ftype: str, title: str, raw_title: str, active: bool,
           position: int, description: str) -> dict:
    system = ftype in _SYSTEM
    body = {
        "url": f"{base}/api/v2/ticket_fields/{fid}.json", "id": fid, "type": ftype,
        "title": title, "raw_title": raw_title, "description": description,
        "raw_description": description, "position": position, "active": active,
        "required": ftype == "subject", "collapsed_for_agents": False,
        "regexp_for_validation": None, "title_in_portal": title, "raw_title_in_portal": raw_title,
        "visible_in_portal": ftype in ("subject", "description"),
        "editable_in_portal": ftype in ("subject", "description"),
        "required_in_portal": ftype in ("subject", "description"),
        "tag": None, "created_at": CREATED, "updated_at": UPDATED, "removable": not system,
        "key": None, "agent_description": None,
    }
    if ftype == "tagger":
        body["custom_field_options"] = [
            {"id": 360_002_000_001 + n, "name": name, "raw_name": name, "value": tag,
             "default": False} for n, (tag, name) in enumerate(_CATEGORIES)]
    if ftype == "status":
        body["system_field_options"] = [{"name": name, "value": value} for value, name in (
            ("new", "Ny"), ("open", "Åpen"), ("pending", "Venter"), ("hold", "På vent"),
            ("solved", "Løst"), ("closed", "Lukket"))]
    if ftype == "priority":
        body["system_field_options"] = [{"name": name, "value": value} for value, name in (
            ("low", "Lav"), ("normal", "Normal"), ("high", "Høy"), ("urgent", "Haster"))]
    return body
