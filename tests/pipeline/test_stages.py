"""Stages with a list in and a list out."""

from pii_scanner.pipeline.items import ScanItem
from pii_scanner.pipeline.stages import ExtractText, FetchAttachments, to_analysed
from pii_scanner.records import Attachment, Finding, TextUnit, Ticket


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


def _att_item(i):
    att = Attachment(id=str(i), file_name=f"f{i}.txt", content_type="text/plain", size=None,
                     content_url="https://x/a")
    return ScanItem(att, "h", payload=f"fil {i}".encode())


def test_attachments_are_read_as_one_batch_when_possible():
    from pii_scanner.extract.pieces import Extracted, TextPiece
    from pii_scanner.pipeline.stages import ExtractAttachments

    batches = []

    def many(files):
        batches.append(len(files))
        return [Extracted("text/plain", (TextPiece(d.decode(), "text"),)) for d, _ in files]

    out = ExtractAttachments(lambda d, n: 1 / 0, many).process([_att_item(i) for i in range(3)])
    assert batches == [3]
    assert [it.units[0].text for it in out] == ["fil 0", "fil 1", "fil 2"]
    assert all(it.payload is None and not it.errors for it in out)


def test_a_failed_batch_falls_back_to_one_file_at_a_time():
    from pii_scanner.extract.pieces import Extracted, TextPiece
    from pii_scanner.pipeline.stages import ExtractAttachments

    def many(files):
        raise RuntimeError("worker died")

    def one(data, name):
        if name == "f1.txt":
            raise ValueError("hostile")
        return Extracted("text/plain", (TextPiece(data.decode(), "text"),))

    out = ExtractAttachments(one, many).process([_att_item(i) for i in range(3)])
    assert [len(it.units) for it in out] == [1, 0, 1]
    assert "ValueError" in out[1].errors[0].message and not out[0].errors


def test_detection_reads_a_pieces_context_but_reports_only_inside_the_piece():
    from pii_scanner.extract.pieces import TextPiece
    from pii_scanner.pipeline.items import AnalysedUnit
    from pii_scanner.pipeline.stages import Detect

    seen = []

    class Executor:
        def detect(self, texts):
            seen.extend(texts)
            out = []
            for text, _ in texts:
                found = []
                if "Telefon" in text and "41234567" in text:  # context-dependent, like a phone
                    k = text.index("41234567")
                    found.append(Finding("PHONE_NUMBER", k, k + 8, 0.9, "fake"))
                k = text.find("Telefon")
                if k >= 0:  # something inside the header itself: must be dropped
                    found.append(Finding("PERSON", k, k + 7, 0.9, "fake"))
                out.append(found)
            return out

    piece = TextPiece("Kari\t41234567", "sheet 1!A2:B2", context="Navn\tTelefon")
    unit = AnalysedUnit(TextUnit("attachment", "9", "content[1]", piece.text), piece.text, None,
                        piece.location, piece)
    item = ScanItem(record=Attachment(id="9", ticket_id="1", comment_id="2", file_name="x.xlsx",
                                      content_type="", size=1, content_url=""),
                    content_hash="h", units=(unit,))
    (out,) = Detect(Executor()).process([item])
    assert seen == [("Navn\tTelefon\nKari\t41234567", None)]
    assert [(f.entity_type, piece.text[f.start:f.end]) for _, f in out.findings] == [
        ("PHONE_NUMBER", "41234567")]
