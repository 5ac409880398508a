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
