"""name_fields and name_cues shortcuts: the quote-or-'>' test before a field key search gives
what searching the 60 characters before the run for a form that ends in a quote or '>' gives
(also a key's quote before a newline); a line's first word has no role word before it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import name_cues, name_fields
from pii_scanner.detect.recognizers.boundaries import words_of_key

_PIECES = ['"', "'", "kunde", "customer", "contactPerson", "contact.person", ":", "=", " ", "\n", "<",
           ">", "- ", "\t", "--", "x", "Kari", "created_by", "user"]


def _searched(text: str, start: int) -> bool:
    match = name_fields._FIELD_KEY_FORMS.pattern.search(text, max(0, start - 60), start)
    # a person's name is a quoted value or an element's text: the form ends with a quote or '>'
    return match is not None and match.group().rstrip("\n")[-1:] in ("\"", "'", ">") \
        and words_of_key(match.group("key")) in name_fields._LABEL_KEYS


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_same_as_searching(text):
    for start in range(len(text) + 1):
        assert name_fields.label_key(text, start) == _searched(text, start)


def test_keys_found():
    for text in ('{"kunde": "Kari', '<customer>Kari', "contactPerson='Kari", '"kunde": "\nKari'):
        start = text.index("Kari")
        assert name_fields.label_key(text, start) and _searched(text, start)
    assert not name_fields.label_key('{"user": "Kari', 13)


def test_role_word_before_a_run():
    text = "vaktmester Ola kom\nOla kom\nsnakket med\nKari"
    assert name_cues.after_role_word(text, text.index("Ola"))
    assert not name_cues.after_role_word(text, text.index("\nOla") + 1)  # its line's first word
    assert not name_cues.after_role_word(text, text.index("Kari"))  # the role is a line above
    assert not name_cues.after_role_word(text, 0)
