"""Field labels whose diacritics the OCR misread (nor+eng models on Finnish, Swedish and
Danish forms) get them back, and ordinary words never become labels."""

from pii_scanner.extract.ocr import OcrWord, finish
from pii_scanner.extract.ocr_labels import fix_label


def test_misread_diacritics_in_known_labels_are_put_back():
    assert fix_label("Syntymåaika:") == "Syntymäaika:"
    assert fix_label("Fedselsdato:") == "Fødselsdato:"
    assert fix_label("Henkilotunnus") == "Henkilötunnus"
    assert fix_label("Fédelsedatum:") == "Födelsedatum:"
    assert fix_label("SYNTYMAAIKA") == "SYNTYMÄAIKA"  # case kept
    assert fix_label("fodselsnummer,") == "fødselsnummer,"


def test_correct_labels_and_ordinary_words_are_left_alone():
    for word in ("Fødselsdato:", "Syntymäaika", "fedt", "Kårkkåinen", "Fedselsdata", "Personnummer",
                 "Enontekiö", "Fadselsdato", "06.05.1990", ""):
        assert fix_label(word) == word
    # only the label's diacritic letters may differ: a plain letter read wrong is another word
    assert fix_label("Fødselsduto") == "Fødselsduto"


def test_finish_repairs_a_label_before_the_text_is_assembled():
    words = [OcrWord("Syntymåaika:", (10, 10, 110, 25), 90.0, (1, 1, 1)),
             OcrWord("07/04/1975", (130, 10, 210, 25), 90.0, (1, 1, 1))]
    res = finish(words, lambda box: "")
    assert res.text == "Syntymäaika: 07/04/1975"
    assert [res.text[w.start:w.end] for w in res.words] == ["Syntymäaika:", "07/04/1975"]
    assert res.words[0].bbox == (10, 10, 110, 25)


def test_a_label_cut_in_two_words_is_joined_with_its_diacritics_back():
    """Small capitals on a CRM card: 'SYNTYMÄAIKA' read as 'SYNTY' 'MAAIKA'; no word alone
    was the label, so the date under it lost its birth-date context."""
    from pii_scanner.extract.ocr import OcrWord, finish

    def word(text, x, line=(1, 1, 1)):
        return OcrWord(text, (x, 10, x + 8 * len(text), 20), 90.0, line)

    label = [word("SYNTY", 36), word("MAAIKA", 80)]
    res = finish(label + [word("25/09/1961", 36, (1, 1, 2))], lambda box: "")
    assert res.text == "SYNTYMÄAIKA\n25/09/1961"
    assert res.words[0].bbox == (36, 10, 128, 20)
    apart = [word("SYNTY", 36), word("MAAIKA", 200)]  # far apart: two cells, left as read
    assert finish(apart, lambda box: "").text.replace("\t", " ") == "SYNTY MAAIKA"
    words = [word("Kari", 36), word("Berg", 76)]  # no label: never joined
    assert finish(words, lambda box: "").text == "Kari Berg"
