"""Every cue phrase still fires through the last-word shortcut, with the punctuation and
spaces its pattern allows; a word that merely ends like a cue does not."""

import pytest

from pii_scanner.detect import cue_words, name_cues

CASES = [(cue_words.GREETINGS, "greeting", ("", ",", " ,", "\u00a0")),
         (cue_words.SIGNOFFS, "sign-off", ("", ",", ".", " ,\u00a0")),
         (cue_words.LABELS, "label", (":", " : ", ":\u00a0")),
         (cue_words.ROLES, "role", ("", " ")),
         (cue_words.LINKS, "link", ("", " ")),
         (cue_words.INTRODUCTIONS, "introduction", ("", " ", ":"))]


@pytest.mark.parametrize("phrases,cue,endings", CASES, ids=[c[1] for c in CASES])
def test_each_phrase_fires(phrases, cue, endings):
    for phrase in phrases:
        for prefix in ("", "ok ", "takk. ") + ((">",) if cue not in ("role", "link") else ()):
            for ending in endings:
                before = f"{prefix}{phrase.capitalize()}{ending}"
                text = f"{before} Kari Nordmann"
                start = len(before) + 1
                found = name_cues.cues(text, start, start + len("Kari Nordmann"))
                if cue == "link" and phrase in cue_words.LABELS + cue_words.ROLES:
                    continue  # role/label win over link for words on both lists
                assert cue in found, (before, found)


def test_a_word_that_only_ends_like_a_cue_is_no_cue():
    for before in ("Ahei ", "Stedet ", "Xmvh, ", "Ordinær"):
        text = before + " Kari Nordmann"
        assert name_cues.cues(text, len(before) + 1, len(text)) == ()


def test_a_long_line_reads_only_its_tail():
    text = "x" * 5000 + " Hilsen Kari Nordmann"
    start = text.index("Kari")
    assert "sign-off" in name_cues.cues(text, start, len(text))


def test_after_role_word_fires_for_every_role_phrase_and_only_there():
    for phrase in name_cues.ROLES:
        for before in (f"{phrase} ", f"Ring {phrase.capitalize()} ", f"ok, {phrase}  "):
            text = before + "Vera Vang"
            assert name_cues.after_role_word(text, len(before)), before
    for before in ("Ordinær ", "(kollega ", "kollega: ", "sjefene ", "Takk for hjelpen. ",
                   "vaktmester\n"):
        text = before + "Vera Vang"
        assert not name_cues.after_role_word(text, len(before)), before


@pytest.mark.parametrize("label", ["Etternavn", "Efternamn:", "Last name", "Navn", "Kontaktperson:",
                                   "Förnamn", "> Surname"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_label_line_above_a_lone_name_is_a_label_cue(label, gap):
    text = f"E-post\nkari@example.no\n{label}{gap}Engström\nTelefon"
    start = text.index("Engström")
    assert "label" in name_cues.cues(text, start, start + len("Engström"))


@pytest.mark.parametrize("text", [
    "Etternavn\nEngström har ringt",           # not alone on its line
    "Etternavn og adresse må fylles ut\nEngström",  # the line above is not just a label
    "Oppdatert\n\nEngström",                   # no label above
    "Etternavn\n\n\nEngström",                 # label three lines up
])
def test_no_label_cue_without_a_label_line_right_above(text):
    start = text.index("Engström")
    assert "label" not in name_cues.cues(text, start, start + len("Engström"))


def test_form_screenshots_give_up_their_surnames():
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    text = "Fornavn\n\nKjellaug\n\nEtternavn\n\nBrekkestø\n\nTelefon\n\n912 34 567"
    found = {text[f.start:f.end] for f in build_detector(DetectOptions(use_ner=False)).analyze(text, "nb")
             if f.entity_type == "PERSON"}
    assert found == {"Kjellaug", "Brekkestø"}


@pytest.mark.parametrize("greeting", ["Hei!", "Hi!", "God morgen!", "Hej !", "Hei. "])
def test_a_greeting_that_ends_its_sentence_is_no_cue_for_the_next_word(greeting):
    text = f"{greeting} Lurer på hvorfor fakturaen er så høy."
    start = text.index("Lurer")
    assert "greeting" not in name_cues.cues(text, start, start + len("Lurer"))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_sign_off_above_a_lone_name_is_a_signature_cue_but_not_for_the_title_below(gap):
    text = f"Takk.\n\nMed vennlig hilsen{gap}Terje Sivertsen\nRådgiver\nFjordkraft"
    name, title = text.index("Terje Sivertsen"), text.index("Rådgiver")
    assert "signature" in name_cues.cues(text, name, name + len("Terje Sivertsen"))
    assert "signature" not in name_cues.cues(text, title, title + len("Rådgiver"))


@pytest.mark.parametrize("before", ['{"name":"', '{"lastName": "', "<navn>", "<etternavn>", "?customer_name=",
                                    "'fullName': '", "efternamn="])
def test_a_structured_field_keyed_by_a_name_is_a_label_cue(before):
    text = before + "Nordmann"
    assert "label" in name_cues.cues(text, len(before), len(text))


@pytest.mark.parametrize("before", ['{"fileName":"', '"username": "', "<productName>", "?hostname=",
                                    '"companyName":"', '{"phone":"'])
def test_a_field_keyed_by_another_kind_of_name_is_no_cue(before):
    text = before + "Nordmann"
    assert "label" not in name_cues.cues(text, len(before), len(text))


@pytest.mark.parametrize("text", ["Han sa at pakken kom i går.", "De sa at de skulle ringe meg.",
                                  "Ho sa at ho skulle sende fakturaen.",
                                  "Hei! Jeg ringte dem. Han sa at saken var løst."])
def test_a_pronoun_before_a_verb_of_saying_is_no_name(found, text):
    # 'Han', 'De', 'Ho' are also listed first names; 'sa' opened a reply header's cue
    assert not any(t == "PERSON" for t, _ in found(text, "nb"))


@pytest.mark.parametrize("text, name", [
    ("Per sa at han skulle ringe tilbake.", "Per"),  # a first name that is also a word
    ("Kari Nordmann skrev at hun ikke hadde fått svar.", "Kari Nordmann"),
    ("Anna said the parcel had arrived.", "Anna"),
    ("Kari Nordmann skrev:\n> Hei", "Kari Nordmann"),  # a reply's header
    ("Ola wrote on Tue, 12 Mar 2024 at 10:15:\n> hi", "Ola"),
])
def test_a_listed_name_before_a_verb_of_saying_is_a_name(found, text, name):
    assert ("PERSON", name) in found(text, "nb")


@pytest.mark.parametrize("text", ["Telenor sa at ruteren var sendt.",
                                  "Kundeservice sa at saken var løst."])
def test_an_unlisted_subject_of_a_verb_of_saying_gets_no_cue(text):
    start = 0
    end = text.index(" ")
    assert "speaker" not in name_cues.cues(text, start, end)
    assert "header" not in name_cues.cues(text, start, end)


@pytest.mark.parametrize("header", ["Beskrivelse", "Vare", "Item", "Benämning", "Produkt"])
def test_a_cell_under_a_goods_column_has_no_list_cue(header):
    """An invoice's lines ('Licens', 'Frakt' under 'Beskrivelse') are goods, not a list of
    people, though a word there is a rare first name; the same rows under a name column, or
    with no header, keep the cue."""
    for lead in ("", "\t"):
        for head, expect in ((header, False), ("Navn", True), (None, True)):
            rows = ([f"{lead}{head}\tAntal\tBeløb"] if head else []) + [
                f"{lead}Kari\t1\t3486,00", f"{lead}Frakt\t6\t9671,00"]
            text = "FAKTURA\n\n" + "\n".join(rows)
            start = text.index("Kari")
            assert ("list" in name_cues.cues(text, start, start + 4)) is expect, (head, lead)
