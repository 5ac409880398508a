"""Round 19 of the screenshot probe (``benchmarks/screenshot_probe.py``): identifiers the
engine cut with a space or whose separators it read as one another, a surname whose capital
it read small, and a side bar's menu words taken for names.

The numbers are synthetic, with valid check digits, and belong to no one."""

from stdnum.no import fodselsnummer, kontonr
from stdnum.se import personnummer

from pii_scanner.detect import name_cues
from pii_scanner.extract.ocr import finish
from pii_scanner.extract.ocr_numbers import fix_separators, joined_id
from pii_scanner.extract.ocr_letters import fix_surname_case
from pii_scanner.extract.ocr_repair import join_numbers

from .ocr_words import L2, line_words as _line, no_crop as _no_crop


# --- identifiers cut in two -----------------------------------------------------------

def test_a_personnummer_with_a_space_read_inside_is_joined_with_the_union_box():
    assert personnummer.is_valid("194003163484")
    words = _line(["Personnummer:", "194003", "16-3484"])
    res = finish(words, _no_crop)
    assert res.text == "Personnummer: 19400316-3484"
    joined = res.words[-1]
    assert res.text[joined.start:joined.end] == "19400316-3484"
    assert joined.bbox == (words[1].bbox[0], 10, words[2].bbox[2], 24)


def test_an_account_whose_dots_were_lost_is_one_number_again():
    assert kontonr.is_valid("93659965125") and not fodselsnummer.is_valid("93659965125")
    assert finish(_line(["936599", "65125"]), _no_crop).text == "93659965125"
    assert joined_id("936599", "65125") == "93659965125"


def test_a_fodselsnummer_cut_after_its_birth_date_is_left_as_written():
    assert fodselsnummer.is_valid("01047249089")  # (the detector reads '010472 49089')
    assert joined_id("010472", "49089") is None
    assert finish(_line(["010472", "49089"]), _no_crop).text == "010472 49089"


def test_a_cut_that_fails_every_check_digit_stays_a_cut():
    assert joined_id("123456", "78901") is None or kontonr.is_valid("12345678901")
    assert joined_id("194003", "16-3485") is None  # wrong check digit
    assert joined_id("Konto", "65125") is None


def test_groups_of_a_longer_digit_run_or_far_apart_are_not_joined():
    # a phone or account printed in groups: the pair inside a longer run is no cut
    words = _line(["+46", "194003", "16-3484", "22"])
    assert [w.text for w in join_numbers(words)] == ["+46", "194003", "16-3484", "22"]
    # a column gap between two cells
    far = _line(["194003", "16-3484"], gap=60)
    assert [w.text for w in join_numbers(far)] == ["194003", "16-3484"]
    # two lines
    two = _line(["194003"]) + _line(["16-3484"], line=L2, y=40)
    assert [w.text for w in join_numbers(two)] == ["194003", "16-3484"]


# --- separators read as one another -----------------------------------------------------

def test_a_dot_read_for_a_space_in_a_phone_number():
    assert fix_separators("Mobil: +46 73.053 3195") == "Mobil: +46 73 053 3195"
    assert fix_separators("+47 915.12 345.") == "+47 915 12 345."
    assert finish(_line(["Tlf:", "+46", "73.053", "3195"]), _no_crop).text == "Tlf: +46 73 053 3195"


def test_phone_dots_printed_throughout_or_no_phone_are_left_alone():
    assert fix_separators("+46 73.053.3195") == "+46 73.053.3195"  # one separator throughout
    assert fix_separators("kl. 10.30 +47 22 33 44 55.") == "kl. 10.30 +47 22 33 44 55."
    assert fix_separators("Sum +47 1.5 2") == "Sum +47 1.5 2"  # no valid number


def test_an_accounts_dot_read_as_a_space():
    assert kontonr.is_valid("93659965125")
    assert fix_separators("Konto 9365.99 65125") == "Konto 9365.99.65125"
    assert fix_separators("9365 99.65125") == "9365.99.65125"
    assert fix_separators("9365.99 65126") == "9365.99 65126"  # check digit fails
    assert fix_separators("9365 99 65125") == "9365 99 65125"  # printed with spaces


# --- a surname's capital read small -----------------------------------------------------

def test_a_listed_surname_after_a_first_name_gets_its_capital_back():
    out = fix_surname_case(_line(["Navn:", "Stian", "ødegård"]))
    assert [w.text for w in out] == ["Navn:", "Stian", "Ødegård"]
    assert out[2].bbox == _line(["Navn:", "Stian", "ødegård"])[2].bbox
    assert finish(_line(["Stian", "ødegård"]), _no_crop).text == "Stian Ødegård"


def test_small_words_after_a_name_that_are_no_surname_case_lookalike_stay_small():
    texts = [["Kari", "skal", "ringe"],  # running text goes on after the name
             ["Stian", "ødegård", "ringer"],  # (a small word follows: a sentence)
             ["Kari", "hansen"],  # 'h' has no capital of its own shape
             ["kari", "ødegård"],  # no capitalised first name before it
             ["Konto", "ødegård"],  # the word before is no first name
             ["Stian", "ødelagt"]]  # no surname
    for t in texts:
        assert [w.text for w in fix_surname_case(_line(t))] == t
    other_line = _line(["Stian"]) + _line(["ødegård"], line=L2, y=40)
    assert [w.text for w in fix_surname_case(other_line)] == ["Stian", "ødegård"]


# --- menu words are no list of names ----------------------------------------------------

def _cues(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return name_cues.cues(text, start, start + len(word))


def test_a_side_bars_words_are_no_list_cue():
    menu = "Banken\n\nOversikt\nKonto\nLan\nSparing\nBetaling\nNettbank\nLisens\n\nMine kontoer"
    for word in ("Lan", "Nettbank", "Lisens"):
        assert "list" not in _cues(menu, word), word
    # items beside the page's rows (the side bar and the content read as one table)
    rows = "Oversikt\tMine kontoer\nLan\tBrukskonto\t1254.61.74555\nSparing\tBSU\nKort\tSparekonto\nFond"
    assert "list" not in _cues(rows, "Lan")
    # a bar of menu words across the page, read as one row of cells
    bar = "Lisens\tKontakter\tAdmin\tNettbank\tRapporter\n\nKontakter\n* Tone Sæther\t+47 97595465"
    assert "list" not in _cues(bar, "Lisens")


def test_names_one_per_row_keep_their_list_cue():
    names = "Deltakere:\nKari\nOla\nSteinar\nSigrid"
    for word in ("Ola", "Steinar", "Sigrid"):
        assert "list" in _cues(names, word), word
    # a form with its labels above its values: at most two words around a value
    form = "Min profil\n\nFornavn\n\nIngrid\n\nEftemamn\n\nVestin\n\nE-post\ningrid.v@bredband.net"
    assert "list" in _cues(form, "Vestin")
    row = "Navn\tRolle\nKari\tKonsulent\tAktiv\nOla\tLeder\tAktiv"  # a table, two word cells
    assert "list" in _cues(row, "Kari")
    bullets = "• Kari Hansen\n• Oversikt\n• Ola Berg"
    assert "list" in _cues(bullets, "Kari Hansen")


# --- addresses whose '@' was lost -------------------------------------------------------

def test_a_first_dot_last_local_part_cut_after_its_dot_before_a_letter_for_at():
    from pii_scanner.extract.ocr_repair import repair

    words = _line(["simen.", "jacobsen", "Eonline.no"])
    out = repair(words)
    assert [w.text for w in out] == ["simen.jacobsen@online.no"]
    assert out[0].bbox == (words[0].bbox[0], 10, words[2].bbox[2], 24)
    # a host name's 'www.' is no local part
    assert [w.text for w in repair(_line(["www.", "firma", "Eonline.no"]))] == ["www.", "firma", "Eonline.no"]


def test_an_at_lost_altogether_between_angle_brackets_before_a_major_mail_domain():
    from pii_scanner.extract.ocr_repair import fix_at

    assert fix_at("<brittjensenhotmail.com>") == "<brittjensen@hotmail.com>"
    assert fix_at("<www.hotmail.com>") == "<www.hotmail.com>"  # a host, not an address
    assert fix_at("brittjensenhotmail.com") == "brittjensenhotmail.com"  # no brackets: a host name
    assert fix_at("<kari@gmail.com>") == "<kari@gmail.com>"


def test_a_letter_for_at_after_a_bare_word_right_after_a_mail_headers_label():
    from pii_scanner.extract.ocr_repair import repair

    words = _line(["Til:", "kundeservice", "Gfirma.no"])
    assert [w.text for w in repair(words)] == ["Til:", "kundeservice@firma.no"]
    # elsewhere a bare word before a letter and a domain stays as read
    assert [w.text for w in repair(_line(["Kari", "Eoutlook.com"]))] == ["Kari", "Eoutlook.com"]
    # (round 30B: a role mailbox's name, 'kundeservice', is an address's local part anywhere:
    # tests/extract/test_ocr_screens_round30b.py)
    assert [w.text for w in repair(_line(["Se", "kunden", "Gfirma.no"]))] == ["Se", "kunden", "Gfirma.no"]


# --- a name label's 'rn' read as 'm' ----------------------------------------------------

def test_a_name_labels_rn_read_as_m_is_put_back():
    from pii_scanner.extract.ocr_labels import fix_label

    assert fix_label("Eftemamn") == "Efternamn"
    assert fix_label("Fomavn:") == "Fornavn:"
    assert fix_label("Sumame") == "Surname"
    for word in ("Kommune", "Hammer", "mamma", "Fornavn", "Namn"):
        assert fix_label(word) == word
    words = _line(["Eftemamn"]) + _line(["Engström"], line=L2, y=40)
    assert finish(words, _no_crop).text == "Efternamn\nEngström"


def test_a_surname_under_its_repaired_label_is_cued():
    text = "Min profil\n\nFörnamn\n\nElisabeth\n\nEfternamn\n\nEngström\n\nE-post"
    assert "label" in _cues(text, "Engström")
