"""Round 14: long forwarded threads (quoting, signatures, disclaimers, pasted sheets).
Values are generated (seeded name lists, python-stdnum), never taken from a corpus."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.name_columns import column_names

from .generated import shipped_names, valid_fnr


def _sheet(rng: random.Random, marks: str, people: list[str]) -> str:
    rows = ["Navn\tFødselsnr\tTelefon"] + [
        f"{person}\t{valid_fnr(rng)}\t9{rng.randint(1000000, 9999999)}" for person in people]
    return "Hei,\nher er lista:\n" + "".join(marks + row + "\n" for row in rows) + marks + "\n"


@pytest.mark.parametrize("marks", ["> ", "> > > > ", ">> ", " > "])
def test_a_sheet_quoted_in_a_reply_keeps_its_name_column(marks):
    rng = random.Random(14)
    firsts = sorted(gazetteers.first_names())
    surnames = shipped_names("no_surnames.txt")
    people = [f"{rng.choice(firsts).title()} {rng.choice(surnames)}" for _ in range(5)]
    text = _sheet(rng, marks, people)
    assert [text[a:b] for a, b, _ in column_names(text)] == people


@pytest.mark.parametrize("marks", ["> ", "> > > > "])
def test_initials_and_unlisted_names_in_a_quoted_sheet_are_found(found, marks):
    """The list cue of a table's first cell ('B. Nordlund<TAB>...') also under quote marks."""
    rng = random.Random(141)
    surnames = shipped_names("no_surnames.txt")
    people = [f"{chr(rng.randint(65, 90))}. {rng.choice(surnames)}" for _ in range(4)]
    people += [f"{rng.choice(surnames)} {rng.choice(['O’Neil', 'D’Souza', 'Kowalczyk'])}"]
    plain = [n for t, n in found(_sheet(random.Random(1), "", people)) if t == "PERSON"]
    quoted = [n for t, n in found(_sheet(random.Random(1), marks, people)) if t == "PERSON"]
    assert plain and quoted == plain


def test_a_sheet_in_an_html_mail_with_a_line_break_after_each_br(detector):
    """'row<br>\\n' is one line break, as a reader sees it: the rows stay one table, so the
    phone column's header still labels its bare numbers far below it."""
    from pii_scanner.detect.html_input import analyze_html

    rng = random.Random(142)
    firsts = sorted(gazetteers.first_names())
    surnames = shipped_names("no_surnames.txt")
    phones = [f"{rng.choice('49')}{rng.randint(1000000, 9999999)}" for _ in range(8)]
    rows = ["Navn\tFødselsnr\tTelefon"] + [
        f"{rng.choice(firsts).title()} {rng.choice(surnames)}\t{valid_fnr(rng)}\t{phone}"
        for phone in phones]
    for br in ("<br>", "<BR>", "<br />"):
        html = ("<html><body><p>Hei,<br>\nher er lista:<br>\n"
                + "".join(row + br + "\n" for row in rows) + "</p></body></html>")
        hits = [html[f.start:f.end] for f in analyze_html(detector, html, "nb")
                if f.entity_type == "PHONE_NUMBER"]
        assert hits == phones, br


def test_a_phone_number_after_a_spaced_dash(found):
    """'tlf -91234567': a dash typed before the value, after a space, is no part of a code."""
    rng = random.Random(143)
    for _ in range(6):
        digits = f"{rng.choice('49')}{rng.randint(1000000, 9999999)}"
        grouped = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
        for value in (digits, grouped):
            label = rng.choice(["tlf", "mob", "ring meg på", "phone"])
            assert ("PHONE_NUMBER", value) in found(f"hei, {label} -{value} takk"), value
        # glued to a word or a number it stays one code; no phone word, no phone
        for text in (f"ID-{digits}", f"2024-{digits}", f"saldo -{digits} kr"):
            assert not [h for h in found(text) if h[0] == "PHONE_NUMBER"], text


@pytest.mark.parametrize("label, sent", [("Frå", "Sendt"), ("Lähettäjä", "Lähetetty")])
def test_a_nynorsk_or_finnish_from_header_is_a_name_label(found, label, sent):
    """Outlook's header block in nynorsk ('Frå:') and Finnish ('Lähettäjä:'), quoted or not."""
    rng = random.Random(144)
    firsts = sorted(gazetteers.first_names())
    for marks in ("", "> > "):
        first = rng.choice(firsts).title()
        text = (f"Hei\n{marks}-----Original Message-----\n{marks}{label}: {first} "
                f"{chr(rng.randint(65, 90))}. <post{rng.randint(1, 99)}@example.com>\n"
                f"{marks}{sent}: 12.03.2024 10:15\n")
        assert any(t == "PERSON" and first in v for t, v in found(text)), (text, found(text))


def test_lower_case_names_with_hyphens_or_particles_after_a_cue(found):
    """'mvh glenn-audun naalsund-evje', 'jeg heter evelyn de aarsland og ...' (round 13's
    leftovers): double-barrelled listed names and a surname opened by particles."""
    rng = random.Random(145)
    firsts = [n for n in sorted(gazetteers.first_names()) if n.isalpha() and len(n) > 3]
    surnames = [n for n in sorted(gazetteers.surnames()) if n.isalpha() and len(n) > 4]
    for _ in range(8):
        first = f"{rng.choice(firsts)}-{rng.choice(firsts)}"
        last = rng.choice([f"{rng.choice(surnames)}-{rng.choice(surnames)}",
                           f"{rng.choice(['de', 'van der', 'von'])} {rng.choice(surnames)}"])
        name = f"{first} {last}"
        for text in (f"takk for hjelpa\nmvh {name}", f"hei, jeg heter {name} og trenger hjelp",
                     f"hilsen\n{name}\n"):
            assert ("PERSON", name) in found(text), (text, found(text))
    # no listed first name, no name
    assert not [h for h in found("mvh kunde-service de gruppen") if h[0] == "PERSON"]


def test_an_ip_label_glued_to_an_ipv6_address_opening_with_hex_letters(found):
    """'iped79:4b3a::1' (round 13's leftover): 'ip' is the label, 'ed79:...' the address."""
    from faker import Faker

    fake = Faker()
    fake.seed_instance(146)
    for _ in range(30):
        address = fake.ipv6()
        if not address[0].isalpha():
            continue
        for label in ("ip", "IP", "ipv6", "ip-adresse"):
            assert ("IP_ADDRESS", address) in found(f"min {label}{address} funker ikke"), label
    # a longer word ending in 'ip' is no label: nothing glued is cut off
    assert not [h for h in found("zipfe80:0:0:0:200:f8ff:fe21:67cf") if h[0] == "IP_ADDRESS"]
    # a label ending in a hex letter, then its colon: the label is whole ('Ip-adresse:', not
    # 'Ip-adress' glued to 'e:885b:...')
    from pii_scanner.detect.glued_labels import glued_label_edits

    for label in ("Ip-adresse", "ip-address", "IPv6"):
        assert glued_label_edits(f"{label}:885b:4ce7:b4da::1") == []
