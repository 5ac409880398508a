from pii_scanner.detect.base import Detector
from pii_scanner.detect.engine import CHUNK_CHARS, normalise_language


def test_is_a_detector(detector):
    assert isinstance(detector, Detector)


def test_norwegian_number_found_in_any_language(detector):
    text = "Please update, my fødselsnummer is 12058695082"
    for lang in ("en", "sv", "da", "nn", None, "xx-unknown", "de"):
        assert [f.entity_type for f in detector.analyze(text, lang)] == ["NO_FODSELSNUMMER"]


def test_language_hints_normalised():
    assert [normalise_language(x) for x in ("nb-NO", "no", "NN", "sv_SE", None, "de")] == \
        ["nb", "nb", "nn", "sv", "xx", "xx"]


def test_explanations_never_hold_the_value(detector):
    text = ("Hei Kari,\nfnr 12058695082, konto 1254.12.94366, kari.nordmann@example.no, "
            "+47 928 69 429, Storgata 5, 0150 Oslo\nMvh\nOla Nordmann")
    findings = detector.analyze(text, "nb")
    assert len(findings) >= 7
    for f in findings:
        value = text[f.start:f.end]
        assert value not in repr(f.explanation)
        assert f.explain()["recognizer"]


def test_long_texts_are_chunked_without_losing_or_doubling_findings(detector):
    filler = "Dette er en helt vanlig setning uten noe spesielt i seg. "
    text = filler * (CHUNK_CHARS // len(filler)) + "fnr 12058695082 " + filler * 400
    text += "Mvh\nKari Nordmann"
    found = [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")]
    assert found == [("NO_FODSELSNUMMER", "12058695082"), ("PERSON", "Kari Nordmann")]


def test_analyze_many_keeps_order(detector):
    items = [("fnr 12058695082", "nb"), ("", None), ("Mvh\nKari", "nb")]
    out = detector.analyze_many(items)
    assert [[f.entity_type for f in fs] for fs in out] == [["NO_FODSELSNUMMER"], [], ["PERSON"]]


def test_a_sheet_across_a_chunk_cut_keeps_its_header_for_the_rows_after_the_cut(detector):
    """A pasted sheet whose rows run over the window cut: the next window starts at the
    sheet's header line, so a phone column is still labelled 'Telefon' (round 14)."""
    from pii_scanner.detect.engine import _chunks

    prose = ("Vi ser på saken og kommer tilbake så snart vi kan.\n" * 600)[:CHUNK_CHARS - 1000]
    prose = prose[:prose.rfind("\n") + 1]
    phones = [f"4{n:07d}" for n in range(1234567, 1234567 + 60 * 7919, 7919)]
    rows = "".join(f"Rad {i}\tkunde {i}\t{phone}\n" for i, phone in enumerate(phones))
    text = prose + "Navn\tKommentar\tTelefon\n" + rows + "Takk.\n" * 3000
    sheet = len(prose)
    cuts = [offset + len(piece) for offset, piece in _chunks(text)][:-1]
    assert any(sheet < cut < sheet + len(rows) for cut in cuts)  # the cut is inside the sheet
    assert any(offset == sheet for offset, _ in _chunks(text))   # a window starts at its header
    found = {text[f.start:f.end] for f in detector.analyze(text, "nb") if f.entity_type == "PHONE_NUMBER"}
    assert found == set(phones)


def test_a_phone_alone_on_a_quoted_signature_line_counts_as_alone(found):
    """'> ' quote marks are no text before a value: a quoted signature's phone line is found
    as the unquoted one is, and a quoted label line above still names an order number."""
    for quote in ("", "> ", "> > "):
        text = f"mvh\n{quote}Kari Hansen\n{quote}Fjordtek AS\n{quote}44584121\n"
        assert ("PHONE_NUMBER", "44584121") in found(text), quote
        assert not [t for t, _ in found(f"{quote}Ordrenummer:\n{quote}44584121\n") if t == "PHONE_NUMBER"]
