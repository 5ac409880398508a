"""The engine's registry remembers which recognizers serve a request; a change to its list
must be seen by the next analysis, never answered from the memo."""

from presidio_analyzer import Pattern, PatternRecognizer

from pii_scanner.detect.engine import build_analyzer
from pii_scanner.detect.options import DetectOptions

TEXT = "Ticket TCK-88213 gjelder kunden."


def _ticket_ids(analyzer):
    return [r for r in analyzer.analyze(text=TEXT, language="nb") if r.entity_type == "TICKET_ID"]


def _ticket_recognizer(name="ticket-ids"):
    return PatternRecognizer(supported_entity="TICKET_ID", name=name, supported_language="nb",
                             patterns=[Pattern("tck", r"TCK-\d{5}", 0.9)])


def test_a_recognizer_added_after_an_analysis_is_used_by_the_next():
    analyzer = build_analyzer(DetectOptions(use_ner=False))
    assert _ticket_ids(analyzer) == []  # (the request is now remembered)
    analyzer.registry.add_recognizer(_ticket_recognizer())
    assert [(r.start, r.end) for r in _ticket_ids(analyzer)] == [(7, 16)]


def test_a_removed_recognizer_is_no_longer_used():
    analyzer = build_analyzer(DetectOptions(use_ner=False))
    analyzer.registry.add_recognizer(_ticket_recognizer())
    assert _ticket_ids(analyzer)
    analyzer.registry.remove_recognizer("ticket-ids")
    assert _ticket_ids(analyzer) == []


def test_the_list_grown_in_place_is_seen_too():
    analyzer = build_analyzer(DetectOptions(use_ner=False))
    assert _ticket_ids(analyzer) == []
    analyzer.registry.recognizers.append(_ticket_recognizer())
    assert _ticket_ids(analyzer)


def test_each_request_gets_its_own_list():
    analyzer = build_analyzer(DetectOptions(use_ner=False))
    first = analyzer.registry.get_recognizers("nb", all_fields=True)
    first.clear()  # a caller's list is its own: clearing it leaves the memo whole
    assert analyzer.registry.get_recognizers("nb", all_fields=True)
    assert {r.supported_language for r in analyzer.registry.get_recognizers("sv", all_fields=True)} == {"sv"}
