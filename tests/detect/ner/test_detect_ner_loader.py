"""load_ner / NerModel plumbing, with a rule-based stand-in pipeline (no trained model needed)."""

import threading

import spacy

from pii_scanner.detect.ner import ENV_VAR, NerModel, RegionFinder, _chunks, default_model_path, load_ner


def ruler_model(**kwargs) -> NerModel:
    nlp = spacy.blank("nb")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"LOWER": "kari"}, {"LOWER": "nordmann"}]},
            {"label": "PER", "pattern": [{"LOWER": "ola"}]},
            {"label": "ORG", "pattern": "Telenor"},
        ]
    )
    finder = RegionFinder(names=frozenset({"kari", "ola", "nordmann"}), common=frozenset({"bilen", "er", "grønn"}))
    return NerModel(nlp, finder=finder, **kwargs)


def spans_text(text: str, spans: list[tuple[int, int, float]]) -> list[str]:
    return [text[s:e] for s, e, _ in spans]


def test_person_spans_returns_only_persons_with_offsets_and_score():
    texts = ["Hei Kari Nordmann, Telenor ringte.", "", "Mvh\nola"]
    result = ruler_model(score=0.7).person_spans(texts)
    assert [spans_text(t, r) for t, r in zip(texts, result)] == [["Kari Nordmann"], [], ["ola"]]
    assert all(score == 0.7 for r in result for _, _, score in r)


def test_long_texts_are_chunked_and_offsets_map_back():
    text = "bilen er grønn " * 400 + "Kari Nordmann " + "bilen er grønn " * 400 + "Ola"
    model = ruler_model(max_chars=1000)
    (spans,) = model.person_spans([text])
    assert spans_text(text, spans) == ["Kari Nordmann", "Ola"]


def test_regions_only_run_finds_the_same_persons_with_the_same_offsets():
    text = "bilen er grønn " * 300 + "\nHilsen\nKari Nordmann\n" + "bilen er grønn " * 300 + "ring Ola"
    model = ruler_model()
    assert model.person_spans_in_regions([text]) == model.person_spans([text])


def test_chunks_cover_the_text_exactly():
    text = "ab cd\nef " * 97
    pieces = list(_chunks(text, 50))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 50 and text[o : o + len(p)] == p for o, p in pieces)


def test_parallel_calls_give_the_same_answers():
    model = ruler_model()
    texts = [f"Hei Kari Nordmann nr {i}, Mvh Ola" for i in range(200)]
    expected = model.person_spans(texts)
    results: list = []

    def work():
        results.append(model.person_spans(texts))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_missing_model_gives_none(tmp_path, monkeypatch):
    assert load_ner(tmp_path / "nope") is None
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "elsewhere"))
    assert default_model_path() == tmp_path / "elsewhere"
    assert load_ner() is None


def test_env_var_points_at_a_model_directory(tmp_path, monkeypatch):
    nlp = spacy.blank("nb")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Kari"}])
    nlp.to_disk(tmp_path / "m")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "m"))
    model = load_ner()
    assert model is not None
    assert spans_text("Hei Kari", model.person_spans(["Hei Kari"])[0]) == ["Kari"]
