from pii_scanner.extract.ocr import OcrWord, assemble
from pii_scanner.extract.ocr_repair import fix_at, repair

L1 = (1, 1, 1)


def _line(*items, line=L1):
    """Words laid out left to right: (text, gap before it in pixels); 10 px per character."""
    out, x = [], 10
    for text, gap in items:
        x += gap
        out.append(OcrWord(text, (x, 20, x + 10 * len(text), 40), 90.0, line))
        x += 10 * len(text)
    return out


def test_at_sign_misreads():
    assert fix_at("gaasen(Øonline.no") == "gaasen@online.no"
    assert fix_at("elisabeth.e(Qhyresgastservice.se") == "elisabeth.e@hyresgastservice.se"
    assert fix_at("havard52Qkvartalet.no") == "havard52@kvartalet.no"
    assert fix_at("IQ-test") == "IQ-test" and fix_at("Qatar.no") == "Qatar.no"
    assert fix_at("(Østlandet)") == "(Østlandet)"


def test_split_address_is_joined_with_union_box():
    words = _line(("E-post:", 0), ("jon.", 10), ("holm@bergeneiendom.", 6), ("no", 8), ("Oslo", 40))
    res = assemble(repair(words))
    assert res.text == "E-post: jon.holm@bergeneiendom.no\tOslo"  # wide gap: a tab
    joined = res.words[1]
    assert res.text[joined.start:joined.end] == "jon.holm@bergeneiendom.no"
    assert joined.bbox == (words[1].bbox[0], 20, words[3].bbox[2], 40)


def test_domain_split_inside_a_word_and_leading_dot():
    assert assemble(repair(_line(("rberge@ic", 0), ("loud.", 5), ("com", 5)))).text == "rberge@icloud.com"
    assert assemble(repair(_line(("tobias", 0), (".j@hotmail.com", 5)))).text == "tobias.j@hotmail.com"


def test_words_far_apart_or_on_other_lines_or_complete_stay_apart():
    far = _line(("jon.", 0), ("holm@firma.no", 60))
    assert assemble(repair(far)).text == "jon.\tholm@firma.no"
    done = _line(("kari@firma.no.", 0), ("Neste", 6))
    assert assemble(repair(done)).text == "kari@firma.no. Neste"
    two_lines = _line(("jon.", 0)) + _line(("holm@firma.no", 5), line=(1, 1, 2))
    assert assemble(repair(two_lines)).text == "jon.\nholm@firma.no"
    plain = _line(("Kari", 0), ("Nordmann.", 5), ("Neste", 5))
    assert repair(plain) == plain


def test_second_look_keeps_a_rereading_only_when_it_is_an_address():
    from pii_scanner.extract.ocr_repair import second_look

    words = _line(("E-post:", 0), ("kari.nordmanneexample.no", 8), ("bredband.net", 8))
    asked = []

    def read_crop(box):
        asked.append(box)
        return "kari.nordmann@example.no\n" if box == words[1].bbox else "bredband.net"

    out = second_look(words, read_crop)
    assert [w.text for w in out] == ["E-post:", "kari.nordmann@example.no", "bredband.net"]
    assert asked == [words[1].bbox, words[2].bbox]  # "E-post:" is not address-shaped
    assert [w.text for w in second_look(words, lambda box: "something else")] == [w.text for w in words]


def test_ampersand_and_capital_g_read_for_at_between_address_parts():
    assert fix_at("renee.fjeldstad&outlook.com") == "renee.fjeldstad@outlook.com"
    assert fix_at("gjermund.gimseGoutlook.com") == "gjermund.gimse@outlook.com"
    for text in ("AT&T", "Q&A", "tom&jerry", "Gunnar", "NGO.no"):
        assert fix_at(text) == text


def test_at_misread_at_the_end_of_a_sentence():
    assert fix_at("froylandQfirma.no.") == "froyland@firma.no."


def test_capital_slashed_o_read_for_at():
    assert fix_at("flatlandØbergeneiendom.no") == "flatland@bergeneiendom.no"
    assert fix_at("gjøvik.kommune.no") == "gjøvik.kommune.no"  # a lower-case ø is a letter
    assert fix_at("søknad.no") == "søknad.no"
