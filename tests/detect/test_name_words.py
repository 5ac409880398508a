"""name_words: the e-mail local parts read one '@' at a time match the plain regex's reading."""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect.name_words import email_local_parts

_REFERENCE = regex.compile(r"([\w.\-+]{2,64})@[\w\-]+\.")


def _reference_parts(text: str) -> frozenset[str]:
    parts: set[str] = set()
    for match in _REFERENCE.finditer(text):
        local = match.group(1).lower()
        pieces = regex.split(r"[.\-_+\d]+", local)
        parts.update(p for p in pieces if len(p) >= 3)
        if 1 < len(pieces) <= 3 and all(p.isalpha() and len(p) >= 2 for p in pieces):
            parts.add(" ".join(pieces))  # round 36E: two or three words of letters also whole
        if len(pieces) == 1 and len(local) > 4:
            parts.add(local[1:])
    return frozenset(parts)


def test_names_of_addresses():
    text = "Fra kari.nordmann@firma.no og tgundersen@x.no, kopi: Per <per_olsen@ex.com>"
    # (round 36E: a local part of two or three words of letters also whole, 'kari nordmann')
    assert email_local_parts(text) == {"kari", "nordmann", "tgundersen", "gundersen", "per",
                                       "olsen", "kari nordmann", "per olsen"}


def test_chained_and_overlong_local_parts():
    # an address right after another's domain label, a local part over 64 characters, '@@'
    text = "anna@berg.lars@dahl.no " + "x" * 70 + "yngve@host.no ab@@cd.no"
    assert email_local_parts(text) == _reference_parts(text)
    assert "lars" not in email_local_parts("anna@berg.lars")  # no domain label after it


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab.-+@ _\n.é1", max_size=60))
def test_same_parts_as_the_plain_regex(text):
    assert email_local_parts(text) == _reference_parts(text)
