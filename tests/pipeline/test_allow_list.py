"""Allow-listed values: the DropAllowed stage and a runner that loads the list once per run."""

from __future__ import annotations

from pii_scanner.pipeline.items import ScanItem
from pii_scanner.pipeline.runner import ScanOptions
from pii_scanner.pipeline.stages import DropAllowed
from pii_scanner.store import FindingRow

from .conftest import ticket
from .test_runner import _make_scan, fp


def row(entity, fingerprint):
    return FindingRow("tickets", "1", "description", entity, 0, 11, 0.9, "fake", "•••01",
                      fingerprint)


def test_drop_allowed_keeps_other_values_and_other_entity_types():
    item = ScanItem(ticket(1, "x"), "h", findings=(row("A", "f1"), row("A", "f2"), row("B", "f1")))
    unchanged = ScanItem(ticket(2, "y"), "h", unchanged=True)
    calls = []

    def allowed():
        calls.append(1)
        return {("A", "f1")}

    out = DropAllowed(allowed).process([item, unchanged])
    assert [(r.entity_type, r.fingerprint) for r in out[0].findings] == [("A", "f2"), ("B", "f1")]
    assert out[1] is unchanged and len(calls) == 1
    assert DropAllowed(frozenset).process([item])[0].findings == item.findings


def test_scan_does_not_report_an_allow_listed_value_anywhere(settings, pages, fakes):
    scan, store, _ = _make_scan(fakes, settings, pages, fakes.DigitsDetector, None, "v1")
    scan.run()
    value = "12345678901"  # in comment 50
    [own] = [f for f in store.findings() if f["fingerprint"] == fp("NO_FODSELSNUMMER", value)]
    result = store.allow("NO_FODSELSNUMMER", own["fingerprint"], reason="our test number",
                         actor="kari", finding_id=own["id"])
    assert result.dismissed == (own["id"],)  # the queue empties at once

    # the same value turns up in a changed ticket and a new one, next to a value still reported
    pages["tickets"][0][1] = ticket(1, f"igjen {value} og 10000000099")
    pages["tickets"][2].append(ticket(77, f"ny sak {value}"))
    scan2, store2, _ = _make_scan(fakes, settings, pages, fakes.DigitsDetector, None, "v1")
    scan2.run(ScanOptions(full=True))
    t1 = [f for f in store2.findings(ticket_id="1") if f["kind"] == "tickets"]
    assert [f["fingerprint"] for f in t1] == [fp("NO_FODSELSNUMMER", "10000000099")]
    assert not [f for f in store2.findings() if f["object_id"] == "77"]
    assert [f["id"] for f in store2.findings(fingerprint=own["fingerprint"])] == [own["id"]]

    # off the list again: the next changed object reports it
    store2.unallow(result.entry_id, actor="kari")
    pages["tickets"][2][-1] = ticket(77, f"endret {value}")
    scan3, store3, _ = _make_scan(fakes, settings, pages, fakes.DigitsDetector, None, "v1")
    scan3.run(ScanOptions(full=True))
    assert [f["object_id"] for f in store3.findings(fingerprint=own["fingerprint"])
            if f["kind"] == "tickets"] == ["77"]
    for s in (store, store2, store3):
        s.close()
