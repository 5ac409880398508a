"""name_columns: looking for a header cell line by line, only on lines with a header marker,
answers as a search of the whole text does."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import name_columns
from pii_scanner.detect.name_columns import HEADER_MARKERS, NAME_HEADERS, _has_header_cell

_PIECES = ["navn", "Name", "first_name", "first name", "etunimi", "kontaktperson", ";", ",",
           "\t", "|", "\n", "\r\n", " ", '"', "kari", "fornavn", "NAMN"]


def test_every_header_holds_a_marker():
    for header in NAME_HEADERS:  # ('_' may be a space, a hyphen or nothing in the text)
        assert any(m in part for part in header.split("_") for m in HEADER_MARKERS), header


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_same_answer_as_searching_the_whole_text(text):
    lowered = text.lower()
    assert _has_header_cell(lowered) == (name_columns._HEADER_CELL.search(lowered) is not None)


def test_header_found_after_prose_with_commas():
    text = "Hei, her er lista, som avtalt:\nfornavn;etternavn\nKari;Hansen\n"
    assert _has_header_cell(text.lower())
    assert [text[s:e] for s, e, _ in name_columns.column_names(text)] == ["Kari", "Hansen"]
