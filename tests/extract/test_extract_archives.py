import zipfile

from .extract_fixtures import EMAIL, FNR, nested_zip, zip_of
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes


def test_zip_members_are_read_by_position_and_names_scanned():
    data = zip_of({"kari_nordmann/fnr.txt": f"fnr {FNR}".encode(), "b.csv": f"x,{EMAIL}\n".encode()})
    res = extract_bytes(data, "pakke.zip", ExtractLimits(), None)
    by = {p.location: p.text for p in res.pieces}
    assert by["member 1 > text"] == f"fnr {FNR}"
    assert by["member 2 > A1:B1"] == f"x\t{EMAIL}"
    assert "kari_nordmann/fnr.txt" in by["member names"]


def test_nesting_stops_at_the_depth_limit():
    res = extract_bytes(nested_zip(4, f"fnr {FNR}".encode()), None, ExtractLimits(max_depth=5), None)
    assert any(p.text == f"fnr {FNR}" for p in res.pieces) and res.errors == ()
    deep = extract_bytes(nested_zip(4, b"x"), None, ExtractLimits(max_depth=2), None)
    assert any("nesting deeper than 2" in e for e in deep.errors)


def test_member_count_and_ratio_limits():
    many = zip_of({f"f{i}.txt": b"hei" for i in range(30)})
    res = extract_bytes(many, None, ExtractLimits(max_members=10), None)
    assert len([p for p in res.pieces if p.location.endswith("> text")]) == 10
    assert "30 members; members after 10 not read" in res.errors
    bomb = zip_of({"zeros.txt": b"\0" * 5_000_000})
    res = extract_bytes(bomb, None, ExtractLimits(), None)
    assert "compression ratio" in res.errors[0]


def test_total_unpacked_bytes_limit():
    data = zip_of({f"f{i}.txt": bytes(range(256)) * 400 for i in range(5)}, zipfile.ZIP_STORED)
    res = extract_bytes(data, None, ExtractLimits(max_total_bytes=250_000), None)
    assert any("archive limit" in e for e in res.errors)
