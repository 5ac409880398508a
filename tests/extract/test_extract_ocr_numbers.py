from stdnum import iban

from pii_scanner.extract.ocr import OcrWord, finish
from pii_scanner.extract.ocr_numbers import fix_ibans, fix_number_word

GOOD = "NO48 3743 8053 507"  # synthetic, passes mod 97


def test_letters_read_in_numbers_become_digits():
    assert fix_number_word("2O24") == "2024"
    assert fix_number_word("2024-O3-O1") == "2024-03-01"
    assert fix_number_word("9O4 l2 345") == "9O4 l2 345"  # not one word: left to the caller
    for word in ("Oslo", "11B", "O1", "l0l", "NO6O", "Ole"):
        assert fix_number_word(word) == word


def test_iban_country_code_and_check_digits_are_put_right_only_when_the_check_passes():
    assert iban.is_valid(GOOD)
    assert fix_ibans(f"IBAN: N048 3743 8053 507.") == f"IBAN: {GOOD}."
    assert fix_ibans("NO4B 3743 8053 507") == GOOD
    assert fix_ibans("N048 3743 8053 508") == "N048 3743 8053 508"  # still invalid: as read
    assert fix_ibans(GOOD) == GOOD


def test_finish_keeps_word_spans_after_repairs():
    words = [OcrWord(t, (i * 60, 0, i * 60 + 50, 12), 90.0, (1, 1, 1))
             for i, t in enumerate(["IBAN:", "N048", "3743", "8053", "507", "år", "2O24"])]
    res = finish(words, lambda box: "")
    assert res.text == f"IBAN: {GOOD} år 2024"
    assert [res.text[w.start:w.end] for w in res.words][1:] == GOOD.split() + ["år", "2024"]


def test_digit_runs_are_never_turned_into_ibans():
    # '50' would read as 'SI' (Slovenia); a card number stays a card number
    for text in ("5018 3743 8053 5072 123", "4160 0122 1498 5833"):
        assert fix_ibans(text) == text


def test_nr_read_as_nn_in_a_number_label():
    assert fix_number_word("Org.nn:") == "Org.nr:"
    assert fix_number_word("CPR-nn:") == "CPR-nr:"
    for word in ("inn:", "sønn:", "Kontonn:", "Org.nr:"):
        assert fix_number_word(word) == word
