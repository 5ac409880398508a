from stdnum import iban

from pii_scanner.extract.ocr import OcrWord, finish
from pii_scanner.extract.ocr_numbers import fix_ibans, fix_number_word, split_digit_groups

GOOD = "NO48 3743 8053 507"  # synthetic, passes mod 97


def test_letters_read_in_numbers_become_digits():
    assert fix_number_word("2O24") == "2024"
    assert fix_number_word("2024-O3-O1") == "2024-03-01"
    assert fix_number_word("9O4 l2 345") == "9O4 l2 345"  # not one word: left to the caller
    for word in ("Oslo", "11B", "O1", "l0l", "NO6O", "Ole"):
        assert fix_number_word(word) == word


def test_iban_country_code_and_check_digits_are_put_right_only_when_the_check_passes():
    assert iban.is_valid(GOOD)
    assert fix_ibans("IBAN: N048 3743 8053 507.") == f"IBAN: {GOOD}."
    assert fix_ibans("NO4B 3743 8053 507") == GOOD
    assert fix_ibans("N048 3743 8053 508") == "N048 3743 8053 508"  # still invalid: as read
    assert fix_ibans(GOOD) == GOOD


def test_finish_keeps_word_spans_after_repairs():
    words = [OcrWord(t, (i * 60, 0, i * 60 + 50, 12), 90.0, (1, 1, 1))
             for i, t in enumerate(["IBAN:", "N048", "3743", "8053", "507", "år", "2O24"])]
    res = finish(words, lambda box: "")
    assert res.text == f"IBAN: {GOOD} år 2024"
    assert [res.text[w.start:w.end] for w in res.words][1:] == GOOD.split() + ["år", "2024"]


def test_an_l_in_the_country_code_and_a_q_in_the_check_digits_are_put_right():
    fi, se = "FI4379547934778493", "SE08 5944 9947 9705 7860 5831"  # synthetic, pass mod 97
    assert iban.is_valid(fi) and iban.is_valid(se)
    assert fix_ibans("IBAN\tFl4379547934778493") == f"IBAN\t{fi}"
    assert fix_ibans("SEQ8 5944 9947 9705 7860 5831") == se
    assert fix_ibans("Fl4379547934778494") == "Fl4379547934778494"  # still invalid: as read


def test_a_dollar_sign_read_for_the_s_of_a_country_code_is_put_right():
    se = "SE08 5944 9947 9705 7860 5831"  # synthetic, passes mod 97
    assert fix_ibans("IBAN:\t$E08 5944 9947 9705 7860 5831") == f"IBAN:\t{se}"
    assert fix_ibans("$E0859449947970578605831") == se.replace(" ", "")
    assert fix_ibans("$E08 5944 9947 9705 7860 5832") == "$E08 5944 9947 9705 7860 5832"  # invalid
    assert fix_ibans("Pris $1299 og $E") == "Pris $1299 og $E"


def test_an_l_read_for_a_one_in_the_check_digits_is_put_right():
    assert iban.is_valid("NO11 9185 2519 563")  # synthetic
    assert fix_ibans("IBAN: NOLL 9185 2519 563") == "IBAN: NO11 9185 2519 563"


def test_digit_runs_are_never_turned_into_ibans():
    # '50' would read as 'SI' (Slovenia); a card number stays a card number
    for text in ("5018 3743 8053 5072 123", "4160 0122 1498 5833"):
        assert fix_ibans(text) == text


def test_nr_read_as_nn_in_a_number_label():
    assert fix_number_word("Org.nn:") == "Org.nr:"
    assert fix_number_word("CPR-nn:") == "CPR-nr:"
    for word in ("inn:", "sønn:", "Kontonn:", "Org.nr:"):
        assert fix_number_word(word) == word


def _digits(groups: list[str], advance: int = 20, space: int = 8) -> tuple[str, list[tuple[int, int, int, int]]]:
    """A digit run as the engine returns it (spaces lost) and its character boxes, each digit
    one ``advance`` wide (tabular figures; a '1' has narrow ink in the middle of it)."""
    boxes, x = [], 0
    for g in groups:
        for c in g:
            ink = (6, 14) if c == "1" else (2, 18)
            boxes.append((x + ink[0], 0, x + ink[1], 30))
            x += advance
        x += space
    return "".join(groups), boxes


def test_a_dropped_space_between_digit_groups_is_put_back():
    text, boxes = _digits(["5574", "9350", "9186"])
    parts = split_digit_groups(text, boxes)
    assert [p for p, _ in parts] == ["5574", "9350", "9186"]
    assert parts[0][1] == (2, 0, 78, 30) and parts[1][1][0] == 90


def test_digit_runs_printed_without_spaces_stay_whole():
    for groups in (["20111"], ["01019012345"], ["111111"]):
        assert split_digit_groups(*_digits(groups)) == []
    text, boxes = _digits(["20080164506"])
    shifted = boxes[:6] + [(b[0] - 9, b[1], b[2] - 9, b[3]) for b in boxes[6:7]] + boxes[7:]
    assert split_digit_groups(text, shifted) == []  # one box off-centre: a short step, then a long one
    text, boxes = _digits(["5574", "9350"])
    assert split_digit_groups(text, boxes[:-1]) == []  # boxes that do not match the text
    assert split_digit_groups("55a49350", boxes) == []


def test_a_first_or_last_digit_set_apart_is_no_dropped_space():
    # an off-centre first box in a passport photo ('60994381' read with its '6' apart): a
    # wide first step with only one neighbour, and a group of one digit, which no card,
    # phone or ID grouping writes
    for groups in (["6", "0994381"], ["6099438", "1"]):
        text, boxes = _digits(groups)
        assert split_digit_groups(text, boxes) == []
    text, boxes = _digits(["55", "749350"])
    assert [p for p, _ in split_digit_groups(text, boxes)] == ["55", "749350"]


def test_a_hetu_check_character_read_as_a_look_alike_is_put_right():
    from stdnum.fi import hetu

    assert not hetu.is_valid("271175-183)") and hetu.is_valid("271175-183J")
    assert fix_number_word("271175-183)") == "271175-183J"
    assert fix_number_word("271175-183J") == "271175-183J"  # valid as read: untouched


def test_a_digit_is_never_read_as_a_hetu_check_letter():
    from stdnum.fi import hetu

    # a Swedish-looking number whose last digit, made a letter, would pass the hetu check
    candidates = [f"{d:06d}-{n:03d}8" for d in (10190, 20290, 150385) for n in range(2, 300)]
    shaped = [c for c in candidates if hetu.is_valid(c[:-1] + "B") and not hetu.is_valid(c)]
    assert shaped
    assert all(fix_number_word(c) == c for c in shaped[:20])
