"""The database files written by commit_batch hold none of the raw values behind the rows."""

from __future__ import annotations

from pathlib import Path

from .storerows import finding, obj

from pii_scanner.store import ErrorRow, Store

RAW = {  # synthetic values only
    "NO_FODSELSNUMMER": "01019012345",
    "SE_PERSONNUMMER": "19811218-9876",
    "CREDIT_CARD": "4111111111111111",
    "IBAN_CODE": "NO9386011117947",
    "EMAIL_ADDRESS": "kari.nordmann@example.no",
    "PHONE_NUMBER": "+4791234567",
    "PERSON": "Kari Nordmann",
    "STREET_ADDRESS": "Storgata 12B",
    "IP_ADDRESS": "192.168.10.20",
}


def _forms(value: str) -> set[str]:
    compact = "".join(c for c in value if c.isalnum())
    forms = {value, compact, value.lower(), compact.lower(), value.upper()}
    if compact.isdigit():
        forms |= {compact[-7:], compact[:7]}  # no 7-digit run of a number either
    else:
        forms |= {w.lower() for w in value.replace("@", " ").replace(".", " ").split()
                  if len(w) >= 5}
    return forms


def test_sqlite_file_contains_no_raw_values(tmp_path):
    db = tmp_path / "scan.db"
    store = Store.open(f"sqlite:///{db}")
    source = store.ensure_source("acme", "zendesk", "https://helpdesk.test")
    run = store.begin_run(source, "full")
    objects = [obj("comments", str(i), value, ticket_id="1", meta={"lang": "nb", "size": 42})
               for i, value in enumerate(RAW.values())]
    findings = [finding("comments", str(i), entity, value, start=3,
                        explanation={"recognizer": "test", "context": ["fnr", "epost"]})
                for i, (entity, value) in enumerate(RAW.items())]
    store.commit_batch(run, source, "comments", objects, findings,
                       [ErrorRow("attachments", "9", "extract", "unsupported image")],
                       {"start_time": 1700000000})
    # Read everything back while the WAL still holds it, then again after checkpointing.
    seen = list(store.findings())
    assert len(seen) == len(RAW)
    blobs = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("scan.db"))
    store.close()
    blobs += Path(db).read_bytes()

    assert b"comments" in blobs and "••••".encode() in blobs  # we are reading the right bytes
    for value in RAW.values():
        for form in _forms(value):
            for encoding in ("utf-8", "utf-16-le"):
                assert form.encode(encoding) not in blobs, f"raw value form found: {form[:2]}…"
