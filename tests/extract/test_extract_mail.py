from email.message import EmailMessage

from .extract_fixtures import EMAIL, FNR, zip_of
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes


def _mail() -> bytes:
    inner = EmailMessage()
    inner["From"] = "Per Hansen <per@example.no>"
    inner["Subject"] = "Videresendt"
    inner.set_content(f"Per sitt nummer er {FNR}")
    msg = EmailMessage()
    msg["From"] = f"Kari Nordmann <{EMAIL}>"
    msg["To"] = "support@example.com"
    msg["Subject"] = "Søknad"
    msg.set_content("Hei, se vedlegg.")
    msg.add_alternative("<p>Hei, se <b>vedlegg</b>.</p>", subtype="html")
    msg.add_attachment(f"navn,fnr\nKari,{FNR}\n".encode(), maintype="text", subtype="csv", filename="kari_nordmann.csv")
    msg.add_attachment(zip_of({"notat.txt": f"ring {EMAIL}".encode()}), maintype="application",
                       subtype="zip", filename="arkiv.zip")
    msg.add_attachment(inner)
    return msg.as_bytes()


def test_eml_headers_body_and_nested_attachments():
    res = extract_bytes(_mail(), "mail.eml", ExtractLimits(), None)
    assert res.mime == "message/rfc822" and res.errors == ()
    by = {p.location: p.text for p in res.pieces}
    assert EMAIL in by["headers"] and "Søknad" in by["headers"]
    assert by["body 1"].strip() == "Hei, se vedlegg."  # plain part of the alternative only
    assert not any(loc.startswith("body 2") for loc in by)
    assert by["attachment 1 > A2:B2"] == f"Kari\t{FNR}"
    assert by["attachment 2 > member 1 > text"] == f"ring {EMAIL}"
    assert FNR in by["attachment 3 > body 1"]
    assert "kari_nordmann.csv" in by["attachment names"]
    assert not any("kari_nordmann" in loc for loc in by)  # file names never become locations


def test_broken_outlook_msg_is_a_recorded_error():
    fake = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "__substg1.0_".encode("utf-16-le") + b"\x00" * 600
    res = extract_bytes(fake, "x.msg", ExtractLimits(), None)
    assert res.mime == "application/vnd.ms-outlook" and res.pieces == ()
    assert res.errors and "Outlook" in res.errors[0]


def test_html_alternative_is_read_only_when_it_says_more_than_the_plain_part():
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    def alt(plain: str, html: str) -> bytes:
        m = MIMEMultipart("alternative")
        m["Subject"] = "Sak"
        m.attach(MIMEText(plain, "plain", "utf-8"))
        m.attach(MIMEText(f"<html><body><p>{html}</p></body></html>", "html", "utf-8"))
        return m.as_bytes()

    richer = extract_bytes(alt("Hei, se under.", f"Hei, se under.<br>Fødselsnummer: {FNR}"), None,
                           ExtractLimits(), None)
    assert any(FNR in p.text for p in richer.pieces if p.location.startswith("body"))
    twin = extract_bytes(alt(f"Fødselsnummer: {FNR}", f"<b>Fødselsnummer:</b> {FNR}"), None, ExtractLimits(), None)
    assert [p.location for p in twin.pieces if FNR in p.text] == ["body 1"]
