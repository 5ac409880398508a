"""Stages with a list in and a list out."""

from pii_scanner.pipeline.items import ScanItem
from pii_scanner.pipeline.stages import ExtractText, FetchAttachments, to_analysed
from pii_scanner.records import Attachment, TextUnit, Ticket


def attachment(size):
    return Attachment(id="7", file_name="a.pdf", content_type="application/pdf", size=size,
                      content_url="https://x/a")


def test_short_download_is_fetched_again():
    calls = []

    def download(att, cap):
        calls.append(att.id)
        return b"abc" if len(calls) == 1 else b"abcdef"

    out = FetchAttachments(download, 100, True).process([ScanItem(attachment(6), "h")])
    assert out[0].payload == b"abcdef" and not out[0].errors
    assert len(calls) == 2


def test_persistently_short_download_is_an_error_not_a_silent_loss():
    out = FetchAttachments(lambda a, c: b"abc", 100, True).process([ScanItem(attachment(6), "h")])
    assert out[0].payload is None
    assert out[0].errors and "declared 6" in out[0].errors[0].message


def test_declared_size_over_cap_is_not_downloaded():
    def download(att, cap):
        raise AssertionError("must not download")

    out = FetchAttachments(download, 5, True).process([ScanItem(attachment(6), "h")])
    assert "cap" in out[0].errors[0].message


def test_unchanged_items_are_not_extracted():
    t = Ticket(id="1", updated_at=None, status="open", subject="Hei")
    out = ExtractText().process([ScanItem(t, "h", unchanged=True), ScanItem(t, "h")])
    assert out[0].units == () and len(out[1].units) == 1


def test_unsafe_characters_keep_offsets():
    unit = TextUnit("comment", "1", "body", "a\x00b\ud800c")
    analysed = to_analysed(unit)
    assert len(analysed.text) == len(unit.text)
    assert analysed.text[0] == "a" and analysed.text[4] == "c"
