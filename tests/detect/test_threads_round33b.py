"""Round 33B: mail threads in helpdesk tickets (benchmarks/ticket_probe.py --threads, --langs nn).
A reply's header with its writer after the verb, the line ending in a colon, and one opening
with its date (Gmail's and Apple Mail's 'Den 3. mars 2025 kl. 10:12 skreiv Kari <…>:', 'tys. 4.
mar. 2025 kl. 09:01 skreiv …:') breaks to the quoted message as '> Den … skrev' did, so a first
name that is also a word signs the reply above it; a house number never follows a time's digits
('On 3 Mar 2025, at 12:49, Sylvia Mills <…> wrote:' is a header, no English street); a line
opens behind a reply's quote marks for the English word-name rules ('> Frank feedback is
welcome' stays words, '> May Mann from accounts asked …' a name)."""

from __future__ import annotations

import pytest

from pii_scanner.detect import english_words, lone_names, text_language

from .generated import values_of


# ------------------------------------------------------------- 1. a reply's header breaks

@pytest.mark.parametrize("header", [
    "Den 3. mars 2025 kl. 10:12 skreiv Kari Holm <kari.holm@example.com>:",
    "Den 3. mars 2025 kl. 10:12 skrev Kari Holm <kari.holm@example.com>:",
    "tys. 4. mar. 2025 kl. 09:01 skreiv Kari Holm <kari.holm@example.com>:",
    "3. mar. 2025 kl. 10.12 skrev Kari Holm <kari.holm@example.com>:",
    "Den mån 3 mars 2025 kl. 10:12 skrev Kari Holm <kari.holm@example.com>:",
])
@pytest.mark.parametrize("first", ["Dag", "Else"])
def test_a_first_name_that_is_a_word_signs_above_a_reply_header(found_ner, header, first):
    text = f"Takk for hjelpa!\n\n{first}\n\n{header}\n> Hei"
    assert first in values_of(found_ner, text, "nb", "PERSON")


@pytest.mark.parametrize("line", [
    "Det var det eg skreiv om:",
    "Dag 3 skrev vi om dette",
    "Han skrev til oss i går.",
    "3 personer skrev under på avtalen",
])
def test_a_line_that_only_says_wrote_breaks_nothing(line):
    text = f"Takk for hjelpa!\n\nDag\n\n{line}\n"
    start = text.index("Dag")
    assert not lone_names.closes_message(text, start, start + 3)


def test_a_word_above_a_sentence_with_skreiv_stays_a_word(found_ner):
    text = "Takk for hjelpa!\n\nDag\n\nDet var det eg skreiv om:\n"
    assert values_of(found_ner, text, "nb", "PERSON") == []


# ------------------------------------------------------------- 2. no street after a time

@pytest.mark.parametrize("text,name", [
    ("On Fri, 22 Apr 2023 at 12:49, Sylvia Mills <sylvia.mills@example.com> wrote:\n> Hi",
     "Sylvia Mills"),
    ("On 3 Mar 2025, at 10:12, Robin Hills <robin.hills@example.com> wrote:", "Robin Hills"),
    ("On Mon, 2 Feb 2025 at 10:33, Olivia Dale <olivia.dale@example.com> wrote:", "Olivia Dale"),
])
@pytest.mark.parametrize("lang", ["en", None])
def test_a_reply_headers_writer_after_its_time_is_no_street(found_ner, text, name, lang):
    assert values_of(found_ner, text, lang, "STREET_ADDRESS") == []
    assert values_of(found_ner, text, lang, "PERSON") == [name]


@pytest.mark.parametrize("text,street", [
    ("Address: 12 Robin Hills, London", "12 Robin Hills, London"),
    ("New address from 10:00: 49 Sylvia Mills, Leeds", "49 Sylvia Mills, Leeds"),
])
def test_a_house_number_on_its_own_is_still_a_street(found_ner, text, street):
    assert values_of(found_ner, text, "en", "STREET_ADDRESS") == [street]


# ------------------------------------------------------------- 3. a line behind quote marks

@pytest.mark.parametrize("prefix", ["> ", ">> ", "> > ", ">"])
def test_a_line_opens_behind_quote_marks(prefix):
    text = f"{prefix}Hi team,\n{prefix.rstrip()}\n{prefix}Frank feedback is welcome."
    assert english_words.opens_phrase(text, text.index("Frank"))


@pytest.mark.parametrize("text", [
    "Re: the quote -> Frank feedback",
    "a > Frank feedback",
    "x >> Frank feedback",
])
def test_a_greater_than_sign_inside_a_line_opens_nothing(text):
    assert not english_words.opens_phrase(text, text.index("Frank"))


@pytest.mark.parametrize("prefix", ["> ", ">> ", "> > "])
@pytest.mark.parametrize("lang", ["en", None])
def test_quoted_english_word_names(found_ner, prefix, lang):
    words = (f"{prefix}Hi team,\n{prefix.rstrip()}\n{prefix}Frank discussion with the vendor "
             "helped. Grace period ends soon.")
    assert values_of(found_ner, words, lang, "PERSON") == []
    name = (f"{prefix}Hello,\n{prefix.rstrip()}\n{prefix}May Foster from accounts asked me to "
            "chase this.")
    assert values_of(found_ner, name, lang, "PERSON") == ["May Foster"]


# ------------------------------------------------------------- 4. nynorsk reads as Norwegian

@pytest.mark.parametrize("text", [
    "hei, kva skal eg gjere med rekninga frå mars?",
    "venleg helsing frå kari",
    "kan nokon sjå på saka mi? kva er status?",
    "eg har eit spørsmål frå kunden vår: kven har saka?",
])
def test_nynorsk_reads_as_norwegian(text):
    assert text_language.nordic_language(text) == "nb"


@pytest.mark.parametrize("text,lang", [
    ("hej, jeg har et spørgsmål om sagen. hvad gør jeg?", "da"),
    ("hej, jag har en fråga om ärendet. vad gör jag?", "sv"),
    ("hi, i have a question about the invoice from march.", None),
    ("e.g. 12", None),
])
def test_other_languages_read_as_before(text, lang):
    assert text_language.nordic_language(text) == lang
