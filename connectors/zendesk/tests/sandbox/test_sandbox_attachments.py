"""Attachment downloads: 302 to a different host, no auth there, exact sizes, real formats."""

from __future__ import annotations

import io
import zipfile
from urllib.parse import urlsplit

import requests
from PIL import ExifTags, Image


def _attachments(api, sandbox):
    out = []
    tickets = api.get(f"{sandbox.base_url}/api/v2/incremental/ticket_events.json",
                      params={"start_time": 0, "include": "comment_events"}).json()["ticket_events"]
    for e in tickets:
        for c in e["child_events"]:
            out += c.get("attachments", [])
    return out


def test_content_url_redirects_to_content_host(sandbox, api):
    att = _attachments(api, sandbox)[0]
    r = api.get(att["content_url"], allow_redirects=False)
    assert r.status_code == 302
    location = urlsplit(r.headers["Location"])
    api_host = urlsplit(sandbox.base_url)
    assert (location.hostname, location.port) != (api_host.hostname, api_host.port)
    assert location.hostname == "localhost" and r.headers["Location"].startswith(sandbox.content_base_url)
    assert requests.get(att["content_url"], allow_redirects=False).status_code == 401
    blob = requests.get(r.headers["Location"])  # no Authorization header at all
    assert blob.status_code == 200 and len(blob.content) == att["size"]


def test_every_kind_downloads_with_declared_size_and_format(sandbox, api):
    magic = {"image/png": b"\x89PNG", "image/jpeg": b"\xff\xd8", "application/pdf": b"%PDF",
             "application/zip": b"PK", "text/plain": b""}
    seen = set()
    for att in _attachments(api, sandbox):
        if att["content_type"] in seen or att["size"] > 1_000_000:
            continue
        seen.add(att["content_type"])
        location = api.get(att["content_url"], allow_redirects=False).headers["Location"]
        data = requests.get(location).content
        assert len(data) == att["size"], att["file_name"]
        assert data.startswith(magic.get(att["content_type"], b"")), att["content_type"]
        assert requests.get(location).content == data  # deterministic bytes
        if "openxmlformats" in att["content_type"]:
            assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert {"image/png", "application/pdf"} <= seen and len(seen) >= 5


def test_profile_photo_exif_gps(sandbox, api):
    users = api.get(f"{sandbox.base_url}/api/v2/incremental/users/cursor.json", params={"start_time": 0}).json()
    with_gps = [p for p in sandbox.manifest() if p.kind == "attachment" and p.entity_type == "GPS_COORDINATES"
                and int(p.object_id) in {u["photo"]["id"] for u in users["users"] if u["photo"]}]
    assert with_gps
    photo_id = int(with_gps[0].object_id)
    user = next(u for u in users["users"] if u["photo"] and u["photo"]["id"] == photo_id)
    data = api.get(user["photo"]["content_url"]).content  # requests follows the 302 and drops auth
    gps = Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    lat = gps[2][0] + gps[2][1] / 60 + gps[2][2] / 3600
    assert abs(lat - float(with_gps[0].value.split(",")[0])) < 0.001


def test_unknown_token_is_404(sandbox, api):
    assert api.get(f"{sandbox.base_url}/attachments/token/abc123/?name=x.png").status_code == 404
    assert requests.get(f"{sandbox.content_base_url}/content/abc123").status_code == 404
