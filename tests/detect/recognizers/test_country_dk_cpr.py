def test_post_2007_number_found_with_context(found):
    assert ("DK_CPR", "040964-3552") in found("Copenhagen office, CPR 040964-3552", "en")


def test_without_context_not_found(found):
    # date-valid, no mod 11, no CPR word: too weak alone
    assert not any(t == "DK_CPR" for t, _ in found("reference 040964-3552 attached", "en"))


def test_impossible_date_not_found(found):
    assert found("CPR 320164-3552", "da") == []


def test_norwegian_birth_number_words_are_context_too(found):
    # a Danish customer in a Norwegian helpdesk: the form's label says "Fnr"
    assert ("DK_CPR", "040964-3552") in found("Fnr: 040964-3552", "nb")
    assert ("DK_CPR", "040964-3552") in found("fødselsnummeret mitt er 040964-3552", "nb")
