from .extract_fixtures import EMAIL, FNR
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.text import column_name


def test_plain_text_in_legacy_encodings():
    text = f"Hei! Søknad fra Ærlige Åse, fødselsnummer {FNR}, svar til {EMAIL}. Bløtkake og rødgrøt på lørdag."
    for enc in ("utf-8", "cp1252", "utf-16"):
        res = extract_bytes(text.encode(enc), "notat.txt", ExtractLimits(), None)
        assert res.mime == "text/plain"
        assert res.pieces[0].text.strip("\ufeff") == text


def test_csv_rows_with_cell_ranges_and_sniffed_delimiter():
    data = f"navn;fnr;epost\nKari;{FNR};{EMAIL}\n;;\n".encode()
    res = extract_bytes(data, "eksport.csv", ExtractLimits(), None)
    assert res.mime == "text/csv"
    assert [(p.location, p.text) for p in res.pieces] == [
        ("A1:C1", "navn\tfnr\tepost"), ("A2:C2", f"Kari\t{FNR}\t{EMAIL}")]


def test_tsv_and_html():
    res = extract_bytes(f"a\tb\n{FNR}\tx\n".encode(), "x.tsv", ExtractLimits(), None)
    assert res.pieces[1].text == f"{FNR}\tx"
    html = extract_bytes(f"<html><body><p>Fnr <b>{FNR}</b></p></body></html>".encode(), "x.htm", ExtractLimits(), None)
    assert html.mime == "text/html" and FNR in html.pieces[0].text and "<b>" not in html.pieces[0].text


def test_text_limit_keeps_the_start():
    res = extract_bytes(b"x" * 5000, None, ExtractLimits(max_chars=1000), None)
    assert len(res.pieces[0].text) == 1000 and "1000 characters" in res.errors[0]


def test_column_names():
    assert [column_name(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_csv_header_is_context_of_the_data_rows():
    res = extract_bytes(f"navn;fnr;telefon\nKari;;41234567\nOla;{FNR};\n".encode(), "e.csv",
                        ExtractLimits(), None)
    assert [(p.text, p.context) for p in res.pieces] == [
        ("navn\tfnr\ttelefon", ""), ("Kari\t41234567", "navn\ttelefon"), (f"Ola\t{FNR}", "navn\tfnr")]


def test_utf16_spreadsheet_exports_are_read_as_their_rows():
    """Excel's "Unicode text" (UTF-16LE, no byte-order mark) and UTF-16 CSV with one."""
    rows = f"Navn\tFødselsnr.\r\nKari Nordmann\t{FNR}\r\n"
    for enc, name, mime in (("utf-16-le", "eksport.tsv", "text/tab-separated-values"),
                            ("utf-16-be", "eksport.txt", "text/plain"),
                            ("utf-16", "eksport.csv", "text/csv")):
        data = rows.replace("\t", ";" if name.endswith(".csv") else "\t").encode(enc)
        res = extract_bytes(data, name, ExtractLimits(), None)
        assert res.mime == mime, enc
        assert any(FNR in p.text for p in res.pieces), enc
        if mime != "text/plain":
            assert res.pieces[1].text == f"Kari Nordmann\t{FNR}"


def test_short_norwegian_windows_1252_text_is_not_read_as_central_european():
    """charset-normalizer calls such text cp1250 and turns 'å' into 'ĺ' and 'ø' into 'ř'."""
    rows = f"Navn;Fødselsnr.\r\nHåkon Østbø;{FNR}\r\nSøren Ærø;{FNR}\r\n"
    for enc in ("cp1252", "latin-1"):
        res = extract_bytes(rows.encode(enc), "liste.csv", ExtractLimits(), None)
        assert [p.text for p in res.pieces] == [t.replace(";", "\t") for t in rows.split("\r\n") if t]
    polish = "Zażółć gęślą jaźń, łódź i żółw; Wrocław, Łódź".encode("cp1250")
    assert "ł" in extract_bytes(polish, "notat.txt", ExtractLimits(), None).pieces[0].text


def _folded(line: str) -> bytes:
    """An iCalendar content line folded every 73 octets, as RFC 5545 mailers do."""
    raw = line.encode()
    return b"\r\n ".join(raw[i:i + 73] for i in range(0, len(raw), 73))


def test_calendar_invites_and_vcards_are_unfolded_and_unescaped():
    desc = (f"DESCRIPTION:Møte om saken. Kunden Kari Nordmann\\, fødselsnummer {FNR}\\ntelefon 912 34 567"
            f"\\; e-post {EMAIL}")
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + _folded(desc) + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert FNR not in ics.decode().replace("\r\n ", "X")  # the fold does split the number
    text = extract_bytes(ics, "invitasjon.ics", ExtractLimits(), None).pieces[0].text
    assert f"Kari Nordmann, fødselsnummer {FNR}\ntelefon 912 34 567; e-post {EMAIL}" in text

    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "Invitasjon"
    msg.set_content("Se invitasjonen.")
    msg.add_alternative(ics.decode(), subtype="calendar")
    pieces = extract_bytes(bytes(msg), None, ExtractLimits(), None).pieces
    assert any(f"fødselsnummer {FNR}" in p.text for p in pieces)


def test_vcard_name_and_address_read_as_written():
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nN:Nordmann;Kari;;;\r\n"
            "ADR;TYPE=HOME:;;Storgata 5B;Oslo;;0155;Norge\r\nNOTE:Fnr. 1312\r\n 4723633\\, ring først\r\nEND:VCARD\r\n")
    lines = extract_bytes(card.encode(), "kontakt.vcf", ExtractLimits(), None).pieces[0].text.split("\n")
    assert "N:Kari Nordmann" in lines
    assert "ADR;TYPE=HOME:Storgata 5B, 0155 Oslo, Norge" in lines
    assert f"NOTE:Fnr. {FNR}, ring først" in lines
