"""boundaries.field_key: the one rule for "the field key right before this value", in each of
its forms, the forms a caller leaves out, and what is no key; its cheap first test loses no key."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import name_fields
from pii_scanner.detect.recognizers.boundaries import FIELD_FORMS, KeyForms, field_key, value_key

BARE, YAML_XML = KeyForms(bare=True), KeyForms(yaml=True, xml=True)
ALL = KeyForms(bare=True, yaml=True, xml=True)


def _key(before: str, forms: KeyForms = FIELD_FORMS) -> str | None:
    """The key found for a value right after ``before``."""
    return field_key(before + "VALUE", len(before), forms)


@pytest.mark.parametrize("before, key", [
    ('{"orgNo": "', "orgNo"), ("{'ssn': '", "ssn"), ('{"fnr": ', "fnr"), ('{"fnr":"', "fnr"),
    ('"customer.mobile" :\t"', "customer.mobile"), ('<a ssn="', "ssn"), ("x national_id='", "national_id"),
    ("--kunde='", "kunde"), ('{"orgNo":\n', "orgNo"),
])
def test_json_keys_and_attributes_always(before, key):
    for forms in (FIELD_FORMS, BARE, YAML_XML, ALL):
        assert _key(before, forms) == key


@pytest.mark.parametrize("before, key", [
    ("phoneNumber=", "phoneNumber"), ("mobil: ", "mobil"), ("tlf = ", "tlf"), ("_msisdn=", "msisdn"),
    ("Telefon:\n", "Telefon"), ('"msisdn"= \'', "msisdn"), ("log user=kari phone=", "phone"),
])
def test_bare_keys_only_when_asked(before, key):
    assert _key(before, BARE) == key
    assert _key(before) is None


@pytest.mark.parametrize("before, key, forms, number_key", [
    # (round 31D: a number's value, value_key, reads YAML's quoted form and a data element's
    # tag too, DATA_FORMS after FIELD_FORMS, not an unquoted YAML value nor HTML's tags)
    ('kunde: "', "kunde", KeyForms(yaml=True), "kunde"),
    ("  - kunde: '", "kunde", KeyForms(yaml=True), "kunde"),
    ('x: 1\ncontactPerson: "', "contactPerson", KeyForms(yaml=True), "contactPerson"),
    ("kunde: ", "kunde", KeyForms(yaml=True), None), ("  - kunde:\t", "kunde", KeyForms(yaml=True), None),
    ("<kunde>", "kunde", KeyForms(xml=True), "kunde"), ("<navn>\n", "navn", KeyForms(xml=True), "navn"),
    ("<b>", "b", KeyForms(xml=True), None), ("<td>", "td", KeyForms(xml=True), None),
    ("<SPAN>", "SPAN", KeyForms(xml=True), None),
])
def test_yaml_and_xml_only_when_asked(before, key, forms, number_key):
    assert _key(before, forms) == key
    assert _key(before) is None
    assert value_key(before + "VALUE", len(before)) == number_key


@pytest.mark.parametrize("before", [
    "", "Kunden skrev \"", "Ring meg på ", '"orgNo": "x", ', "<kunde/>", "<kunde> ", '"kunde"\n\n',
])
def test_no_key(before):
    for forms in (FIELD_FORMS, BARE, YAML_XML, ALL):
        assert _key(before, forms) is None


@pytest.mark.parametrize("before", [
    '{"1abc": "', '{"' + "a" * 41 + '": "', "ett ord kunde: '", "tlf = ",
])
def test_no_key_but_a_bare_one(before):
    # a key opens with a letter and is at most 40 characters long; the bare form reads the
    # key's letters right before ':' ('abc', the last 40 'a's, 'kunde', 'tlf')
    for forms in (FIELD_FORMS, YAML_XML):
        assert _key(before, forms) is None
    assert _key(before, BARE) is not None


def test_dotted_label_key_names_a_person():
    # the PERSON label cue reads the same key characters as the number keys now ('.' too)
    text = '{"contact.person": "Kari Nordmann", "kunde_nr": "Kari"}'
    assert name_fields.label_key(text, text.index("Kari"))
    assert not name_fields.label_key(text, text.rindex("Kari"))


_PIECES = ['"', "'", "kunde", "phoneNumber", "a.b", ":", "=", " ", "\t", "\n", "<", ">", "- ",
           "-", "_", "1", "x", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_first_test_loses_no_key(text):
    for forms in (FIELD_FORMS, BARE, ALL):
        for start in range(len(text) + 1):
            match = forms.pattern.search(text, max(0, start - 60), start)
            assert field_key(text, start, forms) == (match.group("key") if match else None)


# field_key skips its search where no form can end before the value (no ':', '=' or '>'
# followed only by quotes and blanks); that shortcut must never change an answer
from pii_scanner.detect.recognizers import boundaries  # noqa: E402

_PIECES = st.lists(st.sampled_from(["ssn", "orgNo", "kunde", "x.y", "-", " ", "\t", "\n", '"', "'",
                                    ":", "=", "<", ">", "a", "9", "é", "  "]), max_size=14)


@settings(max_examples=400, deadline=None)
@given(before=_PIECES, forms=st.sampled_from([boundaries.FIELD_FORMS, boundaries.KeyForms(bare=True),
                                              boundaries.KeyForms(yaml=True),
                                              boundaries.KeyForms(xml=True)]))
def test_the_shortcut_never_changes_the_key_found(before, forms):
    text = "".join(before) + "12058695082"
    start = len(text) - 11
    match = forms.pattern.search(text, max(0, start - boundaries._KEY_REACH), start)
    end = start - 1 if text[start - 1:start] == "\n" else start
    plain = (match.group("key") if match else None) \
        if end >= 1 and text[end - 1] in boundaries._KEY_FORM_ENDS else None
    assert boundaries.field_key(text, start, forms) == plain
