"""Labels typed with no space before their value: ``tlf91234567``, ``tel.91234567``,
``FØDD1998-09-03``, ``ibanno93 8601 1117 947``, ``iped79:4b3a::1``.

Chat and mobile writers drop the space after a field's label. Every number pattern refuses a
value glued to a letter (``SKU12345``, ``v2``, ``abc123`` are no values), so the label hides
its own value. :func:`glued_label_edits` finds the places where a known field label (a word a
person types before a value of a type we look for) runs straight into a digit, ``iban``
into a country code, or an IP label into an IPv6 address opening with a hex letter, and the decoded view (:mod:`pii_scanner.detect.escapes`) reads a space
there. A letter run that is no label (``sku``, ``art``, ``ref``, ``v``) stays glued.

>>> glued_label_edits("ring tlf91234567 eller SKU12345")
[(7, 8, 'f ')]
>>> glued_label_edits("Født den12.03.1985, iban:ok, ibanno93 8601")
[(7, 8, 'n '), (32, 33, 'n ')]
"""

from __future__ import annotations

import re

#: a run of digits (its first one may be glued to a letter; a class scan is fast)
_DIGITS = re.compile(r"[0-9]+")
#: what an IPv6 address after an IP label holds: two colons at most four hex digits apart
_COLON_PAIR = re.compile(r":[0-9a-f]{0,4}:", re.IGNORECASE)
#: 'iban' right before a country code and check digits
_IBAN = re.compile(r"(?<![^\W\d_])iban(?=[a-z]{2}[0-9]{2})", re.IGNORECASE)
#: an IP label right before an IPv6 address that opens with hex letters ('iped79:4b3a::1')
_IP = re.compile(r"(?<![^\W\d_])(?>ip-?address|ip-?adresse|ip-adress|ipv6|ip)"
                 r"(?=[0-9a-f]{1,4}:[0-9a-f]{0,4}:)", re.IGNORECASE)
#: how far back a label may start
_MAX_LABEL = 24

#: field labels, lower case, a trailing dot left out; two-word ones as written with one space
LABELS = frozenset("""
fnr f.nr fødselsnummer fødselnummer fødselsnr fodselsnummer fodselsnr personnr personnummer
personummer personnumer pnr pers.nr d-nummer d-nr dnr samordningsnummer
cpr cpr-nr cpr-nummer cprnr cpr-no hetu henkilötunnus
orgnr org.nr orgnummer organisasjonsnummer organisasjonsnr org.nummer
kontonr kontonummer kontonumer konto kto bankkonto bankkontonr acct
kortnr kortnummer kredittkort kreditkort betalkort kortnumer
tlf tlfnr tlf.nr tel telefon telefonnr telefonnummer mobil mobilnr mobilnummer mob mobnr
phone mobile cell
ip ip-adresse ip-adress ip-address ipadresse ipaddress gps koordinater koordinatar coords
passnr passnummer passport passnumer
født fødd född fødselsdato fodselsdato födelsedatum fødselsdag dob d.o.b f.dato
""".split()) | frozenset({
    "cpr nr", "cpr no", "org nr", "org no", "account no", "card no", "pass nr", "passport no",
    "ip adr", "ip addr", "tlf nr", "mobil nr", "født den", "fødd den", "född den", "born on",
    "date of birth", "phone no", "tel nr", "konto nr", "kort nr",
})


def glued_label_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each label's last letter glued to its value: the
    letter followed by a space."""
    edits = []
    for match in _DIGITS.finditer(text):
        end = match.start()  # the label's end (exclusive)
        if end == 0 or not (text[end - 1].isalpha() or text[end - 1] == "." and end > 1
                            and text[end - 2].isalpha()):  # 'tlf91234567', 'tel.91234567'
            continue
        start = end - 1
        while start > 0 and end - start < _MAX_LABEL and (text[start - 1].isalpha()
                                                           or text[start - 1] in ".-"):
            start -= 1
        if start > 0 and text[start - 1].isalnum():
            continue
        word = text[start:end].lower().strip(".-")
        if word in LABELS or _two_words(text, start, word) in LABELS:
            edits.append((end - 1, end, text[end - 1] + " "))
    if "iban" in text or "IBAN" in text or "Iban" in text:
        edits += [(m.end() - 1, m.end(), text[m.end() - 1] + " ") for m in _IBAN.finditer(text)]
        edits.sort()
    if ("ip" in text or "IP" in text or "Ip" in text) and _COLON_PAIR.search(text):
        glued = [(m.end() - 1, m.end(), text[m.end() - 1] + " ") for m in _IP.finditer(text)
                 if not text[m.end()].isdigit()]  # (a digit: the digit runs above saw it)
        if glued:
            edits = sorted(edits + glued)
    return edits


def _two_words(text: str, start: int, word: str) -> str:
    """The word before ``text[start:]`` (one space between) and ``word``: 'født den'."""
    if start < 2 or text[start - 1] != " ":
        return ""
    begin = start - 1
    while begin > 0 and start - begin < _MAX_LABEL and (text[begin - 1].isalpha()
                                                         or text[begin - 1] in ".-"):
        begin -= 1
    return text[begin:start - 1].lower().strip(".") + " " + word
