from PIL import Image

from .extract_fixtures import RegexDetector, text_image
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.images import detect_image
from pii_scanner.extract.metadata import gps_from_exif, xmp_values


def _exif_with_gps_and_artist() -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = "Kari Nordmann"
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 44.4), 3: "E", 4: (10.0, 45.0, 3.6)}
    return exif


def test_exif_gps_and_artist_become_findings_in_a_metadata_piece():
    drawn = text_image(["hei"], fmt="JPEG", exif=_exif_with_gps_and_artist())
    res = extract_bytes(drawn.data, "foto.jpg", ExtractLimits(), None)
    (meta,) = [p for p in res.pieces if p.location == "metadata"]
    found = {f.entity_type: meta.text[f.start:f.end] for _, f in res.metadata_findings}
    assert found["PERSON"] == "Kari Nordmann"
    lat, lon = (float(v) for v in found["GPS_COORDINATES"].split(","))
    assert abs(lat - 59.9123) < 1e-3 and abs(lon - 10.751) < 1e-3


def test_detect_image_returns_metadata_findings_without_boxes():
    drawn = text_image(["hei"], fmt="JPEG", exif=_exif_with_gps_and_artist())

    class NoText:
        def read(self, image, timeout=None):
            from pii_scanner.extract.ocr import OcrResult
            return OcrResult("", ())

    found = detect_image(drawn.data, RegexDetector(), NoText())
    assert sorted(f.entity_type for f in found) == ["GPS_COORDINATES", "PERSON"]
    assert all(f.bbox is None for f in found)


def test_gps_south_west_and_junk():
    assert gps_from_exif({1: "S", 2: (33.0, 30.0, 0.0), 3: "W", 4: (70.0, 39.0, 0.0)}) == (-33.5, -70.65)
    assert gps_from_exif({2: "junk"}) is None
    assert gps_from_exif({}) is None


def test_xmp_creator_and_position():
    xmp = ('<x:xmpmeta><rdf:RDF><rdf:Description exif:GPSLatitude="59,54.74N" exif:GPSLongitude="10,45.06E">'
           '<dc:creator><rdf:Seq><rdf:li>Ola Nordmann</rdf:li></rdf:Seq></dc:creator>'
           '</rdf:Description></rdf:RDF></x:xmpmeta>')
    vals = xmp_values(xmp)
    assert ("dc:creator", "Ola Nordmann", "PERSON") in vals
    gps = [v for v in vals if v[2] == "GPS_COORDINATES"][0][1]
    assert gps.startswith("59.9123") and "10.751" in gps
