"""The fused tok2vec computes what thinc computes, and steps aside for any other architecture."""

import numpy
import pytest

from pii_scanner.detect.ner.fused import FusedTok2Vec

TEXTS = [
    "Hei Kari,\n\nJeg snakket med Sigvaldi Thorkelsdottir i går.\n\nMvh\nOla Nordmann",
    "Fra: Per Hansen <per@example.no>\nKopi: Ingrid Aas",
    "Adresse: Storgata 12, 0155 Oslo. Beboer Vera Vang ringte om nøkkelen.",
    "x",
    "Med vennlig hilsen Per Olav Hansen, kundeservice. " * 12,
]


HASHED = {"@architectures": "spacy.MultiHashEmbed.v2", "width": 16,
          "attrs": ["NORM", "PREFIX", "SHAPE"], "rows": [200, 50, 50], "include_static_vectors": False}
WITH_CHARS = {"@architectures": "pii_scanner.CharMultiHashEmbed.v1", "width": 16,
              "attrs": ["NORM", "PREFIX", "SHAPE"], "rows": [200, 50, 50], "nM": 4, "nC": 6}


def _tiny_pipeline(encoder: dict, embed: dict = HASHED):
    import spacy

    from pii_scanner.detect import ner  # noqa: F401  (registers our architectures)

    nlp = spacy.blank("nb")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2", "embed": embed, "encode": encoder}})
    nlp.initialize()
    for node in nlp.get_pipe("tok2vec").model.walk():
        if node.name == "charembed":  # initialised to zeros: give the bytes something to say
            table = node.get_param("E")
            node.set_param("E", numpy.random.default_rng(7).normal(size=table.shape).astype("float32"))
    return nlp


@pytest.mark.parametrize("embed", [HASHED, WITH_CHARS], ids=["hashed", "with-chars"])
def test_fused_equals_thinc_on_a_freshly_initialised_tok2vec(embed):
    nlp = _tiny_pipeline({"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 16,
                          "depth": 2, "window_size": 1, "maxout_pieces": 3}, embed)
    model = nlp.get_pipe("tok2vec").model
    fused = FusedTok2Vec.from_model(model)
    assert fused is not None
    assert (fused.chars is not None) == (embed is WITH_CHARS)
    docs = [nlp.make_doc(t) for t in TEXTS]
    expected = model.predict(docs)
    got = fused(docs)
    assert [g.shape for g in got] == [e.shape for e in expected]
    for g, e in zip(got, expected):
        assert numpy.allclose(g, e, atol=1e-5)
    # one doc at a time gives the same vectors as the batch (the padding keeps docs apart)
    for doc, e in zip(docs, expected):
        assert numpy.allclose(fused([doc])[0], e, atol=1e-5)
    assert fused([]) == []


def test_other_encoders_are_not_fused():
    nlp = _tiny_pipeline({"@architectures": "spacy.MishWindowEncoder.v2", "width": 16,
                          "depth": 2, "window_size": 1})
    assert FusedTok2Vec.from_model(nlp.get_pipe("tok2vec").model) is None


@pytest.mark.model
def test_shipped_model_fused_and_thinc_find_the_same_people():
    from pii_scanner.detect import ner

    model = ner.load_ner()
    if model is None:
        pytest.skip("NER model not installed")
    assert model._fused is not None, "the shipped architecture should take the fused path"
    fused = model.person_spans(TEXTS)
    tok2vec = model._nlp.get_pipe("tok2vec")
    docs = [model._nlp.get_pipe("name_features")(model._nlp.make_doc(t)) for t in TEXTS]
    for got, expected in zip(model._fused(docs), tok2vec.model.predict(docs)):
        assert numpy.allclose(got, expected, atol=1e-4)
    model._fused = None  # thinc's path
    assert model.person_spans(TEXTS) == fused
    assert any(fused)
