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


def test_at_read_as_a_letter_or_symbol_starting_the_next_word():
    words = _line(("E-post:", 0), ("unni.ellingsen82", 10), ("Eoutlook.com", 8), ("Oslo", 40))
    res = assemble(repair(words))
    assert res.text == "E-post: unni.ellingsen82@outlook.com\tOslo"
    joined = res.words[1]
    assert res.text[joined.start:joined.end] == "unni.ellingsen82@outlook.com"
    assert joined.bbox == (words[1].bbox[0], 20, words[2].bbox[2], 40)
    assert assemble(repair(_line(("kari", 0), ("©firma.no", 8)))).text == "kari@firma.no"
    assert assemble(repair(_line(("agneta.hammar71", 0), ("QGfirma.no", 8)))).text == "agneta.hammar71@firma.no"


def test_letter_for_at_needs_an_address_shaped_neighbour_and_a_real_tld():
    for items in ((("Kari", 0), ("Eoutlook.com", 8)),  # a bare word before a letter
                  (("kari.berg", 0), ("Egmail.com", 80)),  # far apart
                  (("ola.nordmann", 0), ("Efirma.intern", 8)),  # no real top-level domain
                  (("Versjon", 0), ("2.1", 8), ("Enav.no", 8))):
        words = _line(*items)
        assert repair(words) == words


def test_at_inside_a_word_and_a_damaged_domain_end():
    from pii_scanner.extract.ocr_repair import fix_at_letter

    assert fix_at_letter("kari(a)firma.no") == "kari@firma.no"
    assert fix_at_letter("karl.olsenEoutlook.com") == "karl.olsen@outlook.com"
    assert fix_at("kari®firma.no") == "kari@firma.no"
    assert fix_at_letter("jon.hansen82egmail.com") == "jon.hansen82@gmail.com"  # a major mail domain
    assert fix_at_letter("ola.nordmann@gmail.corn") == "ola.nordmann@gmail.com"
    assert fix_at_letter("x.berg@telia,se") == "x.berg@telia.se"
    assert fix_at_letter("a.b@hotmailfi") == "a.b@hotmail.fi"
    assert fix_at_letter("kari@firma.no.") == "kari@firma.no."
    # host names and words stay: a lower-case "e" is a letter unless a major mail domain follows
    for text in ("www.eniro.se", "kundeservice.telia.se", "fru.jeppesenefirma.no", "my10minutemail.com",
                 "telenor.no", "Eoutlook.com", "gmail.corner"):
        assert fix_at_letter(text) == text


def test_a_dot_lost_before_the_top_level_domain():
    assert assemble(repair(_line(("asbjorn.strom@hotmail", 0), ("fi", 8)))).text == "asbjorn.strom@hotmail.fi"
    assert assemble(repair(_line(("kari@firma", 0), ("og", 8), ("Ola", 8)))).text == "kari@firma og Ola"
    assert assemble(repair(_line(("a.b@out", 0), ("look.", 8), ("com", 8)))).text == "a.b@outlook.com"
    assert assemble(repair(_line(("a.b@gmail", 0), ("com", 8)))).text == "a.b@gmail.com"
    assert fix_at("roland.krantz3@@outlook.com") == "roland.krantz3@outlook.com"


def test_a_domain_split_by_the_engine_with_overlapping_boxes_is_joined():
    # tesseract gave "a.b@out" the box of "a.b@outlook." and "look." its own box inside it
    words = [OcrWord("a.b@out", (10, 20, 130, 40), 90.0, L1), OcrWord("look.", (80, 20, 130, 40), 90.0, L1),
             OcrWord("com", (140, 20, 170, 40), 90.0, L1)]
    out = repair(words)
    assert [w.text for w in out] == ["a.b@outlook.com"] and out[0].bbox == (10, 20, 170, 40)


def test_a_capital_i_read_as_l_at_the_start_of_a_word_is_put_back():
    from pii_scanner.extract.ocr import OcrWord, finish

    texts = ["Nimi:", "llari", "Lehtinen", "lngrid-Marie", "ljus", "lille", "lb"]
    words = [OcrWord(t, (i * 100, 0, i * 100 + 80, 12), 90.0, (1, 1, 1)) for i, t in enumerate(texts)]
    assert finish(words, lambda box: "").text == "Nimi: Ilari Lehtinen Ingrid-Marie ljus lille lb"


def test_a_first_dot_last_local_part_cut_by_a_space_is_joined():
    words = _line(("E-post:", 0), ("emilia.simolaha", 60), ("apaniemi@hotmail.fi", 7))
    out = repair(words)
    assert [w.text for w in out] == ["E-post:", "emilia.simolahaapaniemi@hotmail.fi"]
    assert out[1].bbox == (words[1].bbox[0], 20, words[2].bbox[2], 40)
    # a host name before an address is no part of it; a plain word neither
    assert [w.text for w in repair(_line(("www.firma.no", 0), ("ola@firma.no", 7)))] == ["www.firma.no", "ola@firma.no"]
    assert [w.text for w in repair(_line(("skriv", 0), ("ola@firma.no", 7)))] == ["skriv", "ola@firma.no"]


def test_an_address_cut_at_its_dots_with_its_at_lost_gets_one_second_look_as_a_whole():
    """Tiny (9 px) text: 'julie.bech27@post.dk' read as 'julie.' 'bech27epost.' 'dk' (the
    '@' an 'e', a space after each dot): no one word is address-shaped, so none was re-read.
    The group's union box is read once; kept only when the reading is an address."""
    from pii_scanner.extract.ocr_repair import second_look

    words = _line(("E-mail:", 0), ("julie.", 30), ("bech27epost.", 4), ("dk", 4), ("Status:", 40))
    union_box = (words[1].bbox[0], 20, words[3].bbox[2], 40)
    asked = []

    def read_crop(box):
        asked.append(box)
        return "julie.bech27@post.dk\n" if box == union_box else "?"

    out = second_look(words, read_crop)
    assert [w.text for w in out] == ["E-mail:", "julie.bech27@post.dk", "Status:"]
    assert out[1].bbox == union_box and asked == [union_box]
    kept = second_look(words, lambda box: "julie bech27 post dk")  # no address: words as read
    assert [w.text for w in kept] == [w.text for w in words]
    far = _line(("Pris.", 0), ("Frakt.", 40), ("no", 4))  # not close together: never joined
    assert [w.text for w in second_look(far, lambda box: "pris@frakt.no")][:1] == ["Pris."]


def test_a_table_border_glued_to_a_cells_word_is_dropped_with_its_share_of_the_box():
    """Spreadsheet cells: the border left of a cell read into its word ('—|' + an address
    whose '@' was read 'Ø', '|' + a name) hid the word's shape; the address was lost."""
    from pii_scanner.extract.ocr import finish

    words = _line(("—|rbohlinØkommune.no", 0), ("|Andrea", 30), ("Gulbrandsen|", 8), ("|", 30), ("a|b", 8))
    res = finish(words, lambda box, lang="eng": "")
    assert res.text == "rbohlin@kommune.no\tAndrea Gulbrandsen\ta|b"  # a lone bar dropped, a bar inside kept
    address = next(w for w in res.words if res.text[w.start:w.end] == "rbohlin@kommune.no")
    assert address.bbox == (30, 20, 210, 40)  # two of its 20 characters (20 px) dropped
    andrea = next(w for w in res.words if res.text[w.start:w.end] == "Andrea")
    assert andrea.bbox[0] == 250 and andrea.bbox[2] == 310


def test_an_at_misread_inside_angle_brackets_or_before_punctuation_is_put_back():
    """A mail client's 'Name <address>': '<ole.lauritsen&gmail.com>' as read."""
    assert fix_at("<ole.lauritsen&gmail.com>") == "<ole.lauritsen@gmail.com>"
    assert fix_at("(kari.bergGoutlook.com),") == "(kari.berg@outlook.com),"
    assert fix_at("<Storgata>") == "<Storgata>"
    assert fix_at("kari(Øfirma.no") == "kari@firma.no"


def test_an_at_lost_in_small_type_leaves_a_gap_before_a_major_mail_domain():
    res = assemble(repair(_line(("Ring", 0), ("fredrik.lien36", 10), ("online.no", 8), ("i", 10))))
    assert res.text == "Ring fredrik.lien36@online.no i"
    joined = res.words[1]
    assert res.text[joined.start:joined.end] == "fredrik.lien36@online.no"
    assert assemble(repair(_line(("user=ola_berg", 0), ("gmail.com", 6)))).text == "user=ola_berg@gmail.com"
    # a bare word, a host name, a company's domain, words far apart: as read
    for items in ((("kunde", 0), ("online.no", 8)), (("www.vg.no", 0), ("online.no", 8)),
                  (("kari.berg", 0), ("firma.no", 8)), (("kari.berg", 0), ("online.no", 60))):
        words = _line(*items)
        assert repair(words) == words


def test_a_major_mail_domain_with_an_l_read_for_its_i():
    from pii_scanner.extract.ocr_repair import fix_at_letter

    assert fix_at_letter("maria.astromegmall.com") == "maria.astrom@gmail.com"
    assert fix_at_letter("ola.berg7ehotmall.com.") == "ola.berg7@hotmail.com."
    assert assemble(repair(_line(("user=maria.astromegmall.com", 0)))).text == "user=maria.astrom@gmail.com"
    for text in ("mail.gmall.com", "smallegmall.com", "gmall.com"):
        assert fix_at_letter(text) == text
