import pytest

from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions
from pii_scanner.errors import ConfigError


def test_from_mapping_reads_every_setting():
    opts = DetectOptions.from_mapping({
        "disabled": ["IP_ADDRESS"], "use_ner": False,
        "thresholds": {"PERSON": 0.7},
        "allow": {"values": ["+47 22 00 00 00"], "sender_domains": ["@Example.no"]},
        "custom": [{"entity": "EMPLOYEE_ID", "regex": r"EMP-\d{6}", "score": 0.9,
                    "context": ["ansatt"]}],
    })
    assert not opts.is_enabled("IP_ADDRESS") and opts.is_enabled("EMPLOYEE_ID")
    assert opts.threshold("PERSON") == 0.7 and opts.threshold("EMAIL_ADDRESS") == 0.5
    assert opts.is_allowed_value("+4722000000")
    assert opts.allow_sender_domains == frozenset({"example.no"})
    assert opts.use_ner is False


@pytest.mark.parametrize("data, key", [
    ({"thresholds": {"PERSON": 2}}, "detect.thresholds.PERSON"),
    ({"thresholds": {"PERSON": "high"}}, "detect.thresholds.PERSON"),
    ({"thresholds": {"NOPE": 0.5}}, "detect.thresholds.NOPE"),
    ({"enabled": ["NOPE"]}, "detect.enabled"),
    ({"use_ner": "yes"}, "detect.use_ner"),
    ({"colour": 1}, "detect.colour"),
    ({"allow": {"values": [1]}}, "detect.allow.values"),
    ({"custom": [{"entity": "lower"}]}, "detect.custom[0].entity"),
    ({"custom": [{"entity": "X_ID", "regex": "(unclosed"}]}, "detect.custom[0].patterns[0].regex"),
    ({"custom": [{"entity": "X_ID"}]}, "detect.custom[0]"),
])
def test_bad_values_name_the_key(data, key):
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        DetectOptions.from_mapping(data)


def test_options_change_what_is_found():
    text = "Ring 22 00 00 00 eller kari@example.no, ansatt EMP-123456, tlf 56 49 32 08"
    opts = DetectOptions.from_mapping({
        "use_ner": False, "allow": {"values": ["22000000"], "sender_domains": ["example.no"]},
        "custom": [{"entity": "EMPLOYEE_ID", "regex": r"EMP-\d{6}", "score": 0.9}],
        "disabled": ["PERSON"]})
    found = {(f.entity_type, text[f.start:f.end]) for f in build_detector(opts).analyze(text, "nb")}
    assert found == {("EMPLOYEE_ID", "EMP-123456"), ("PHONE_NUMBER", "56 49 32 08")}


def test_deny_list_recognizer():
    opts = DetectOptions.from_mapping({"use_ner": False, "custom": [
        {"entity": "PROJECT", "deny_list": ["Prosjekt Ørn"]}]})
    text = "Gjelder Prosjekt Ørn i Bergen"
    found = [(f.entity_type, text[f.start:f.end]) for f in build_detector(opts).analyze(text, "nb")]
    assert ("PROJECT", "Prosjekt Ørn") in found


def test_threshold_drops_weak_findings():
    text = "Mvh\nKari"
    strict = build_detector(DetectOptions.from_mapping({"use_ner": False,
                                                         "thresholds": {"PERSON": 0.99}}))
    assert strict.analyze(text, "nb") == []
