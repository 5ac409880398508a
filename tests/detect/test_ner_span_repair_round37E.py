"""Round 37E: the span-repair rule after the NER (a name right after a lower-case role noun is
PER), measured as run N and not shipped. The rule, its near misses, the packaging step that can
add it, and the engine's fused tok2vec path with it in the pipeline."""

import json
import shutil
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pii_scanner.detect.ner import _fused_tok2vec, load_ner
from pii_scanner.detect.ner.span_repair import FACTORY, ROLE_WORDS, repaired_ents

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "models" / "nb_pii_ner"
sys.path.insert(0, str(REPO / "models" / "recipe"))

import model_package  # noqa: E402


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("nb").vocab, words=words, ents=ents)


def _labels(doc: Doc) -> list[tuple[str, str]]:
    ents = repaired_ents(doc)
    return [(e.text, e.label_) for e in (ents if ents is not None else doc.ents)]


@pytest.mark.parametrize("words, ents, expected", [
    (["sa", "general", "Richards", "."], ["O", "O", "B-LOC", "O"], [("Richards", "PER")]),
    (["min", "gamle", "lærar", "Nordhaugs", "utsegn"], ["O", "O", "O", "B-ORG", "O"],
     [("Nordhaugs", "PER")]),
    (["kommentere", "kampleder", "Costas", "Kapitanis"], ["O", "O", "B-ORG", "I-ORG"],
     [("Costas Kapitanis", "PER")]),
    (["regissør", "Lars", "von", "Trier"], ["O", "B-MISC", "I-MISC", "I-MISC"],
     [("Lars von Trier", "PER")]),
])
def test_a_name_right_after_a_role_noun_becomes_a_person(words, ents, expected):
    assert _labels(_doc(words, ents)) == expected


@pytest.mark.parametrize("words, ents", [
    # the role word is capitalised (a sentence start or part of a name), not an apposition title
    (["General", "Motors", "kjøpte"], ["B-ORG", "I-ORG", "O"]),
    (["sa", "General", "Richards"], ["O", "O", "B-LOC"]),
    # not directly in front of the span
    (["general", ",", "Richards"], ["O", "O", "B-LOC"]),
    (["direktør", "i", "Statoil"], ["O", "O", "B-ORG"]),
    # role nouns that are also verbs, or that a party/board follows, are not in the list
    (["Solberg", "leder", "Høyre"], ["B-PER", "O", "B-ORG"]),
    (["Rekdal", "trener", "Vålerenga"], ["B-PER", "O", "B-ORG"]),
    (["formann", "Senterungdommen"], ["O", "B-ORG"]),
    # the span does not look like a name
    (["president", "iPhone"], ["O", "B-MISC"]),
    (["professor", "Kari", "og", "co"], ["O", "B-ORG", "I-ORG", "I-ORG"]),
    # a span at the start of the text, and a span already PER
    (["Viking", "vant"], ["B-ORG", "O"]),
    (["general", "Richards"], ["O", "B-PER"]),
])
def test_near_misses_are_left_as_they_are(words, ents):
    doc = _doc(words, ents)
    assert repaired_ents(doc) is None


def test_the_list_holds_no_verb_ambiguous_or_party_words():
    assert not ROLE_WORDS & {"leder", "leiar", "formann", "trener", "spiller", "maler", "fisker",
                             "stortingsrepresentant", "far"}
    assert {"general", "lærar", "kampleder", "statsminister", "fru"} <= ROLE_WORDS


def test_the_factory_runs_after_an_entity_source_in_a_pipeline():
    nlp = spacy.blank("nb")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Richards"}, {"label": "LOC", "pattern": "Oslo"}])
    nlp.add_pipe(FACTORY, name="span_repair")
    doc = nlp("Den britiske hærsjefen, general Richards, reiste til Oslo.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Richards", "PER"), ("Oslo", "LOC")]
    docs = list(nlp.pipe(["general Richards", "i Oslo"]))
    assert [[e.label_ for e in d.ents] for d in docs] == [["PER"], ["LOC"]]


def test_the_shipped_model_does_not_carry_it():
    """Run N's decision: held-out +0.0045 F1, NorNE dev +1 / -1 span, so the model stays as it was."""
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    assert meta["pipeline"] == ["name_features", "tok2vec", "ner"]
    assert "span_repair" not in (SHIPPED / "config.cfg").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def repaired_copy(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("model") / "nb_pii_ner"
    shutil.copytree(SHIPPED, out)
    assert model_package.add_span_repair(out) is True
    assert model_package.add_span_repair(out) is False  # already there
    return out


def test_the_packaging_step_adds_it_after_the_ner_and_leaves_the_weights(repaired_copy):
    meta = json.loads((repaired_copy / "meta.json").read_text(encoding="utf-8"))
    assert meta["pipeline"] == ["name_features", "tok2vec", "ner", "span_repair"]
    for part in ("tok2vec/model", "ner/model", "name_features/names.json"):
        assert (repaired_copy / part).read_bytes() == (SHIPPED / part).read_bytes()
    nlp = spacy.load(repaired_copy)
    assert nlp.pipe_names == ["name_features", "tok2vec", "ner", "span_repair"]


def test_the_engine_keeps_its_fused_path_with_it_and_outputs_agree(repaired_copy):
    model = load_ner(repaired_copy)
    assert model is not None and model._fused is not None
    assert _fused_tok2vec(model._nlp) is not None
    texts = ["Hei Kari,\n\nMvh\nOla Nordmann",
             "Kampen ble dømt av kampleder Costas Kapitanis fra Kypros.",
             "Den britiske hærsjefen, general Richards, ga et klart svar."]
    fused = model.person_spans(texts)
    model._fused = None
    assert model.person_spans(texts) == fused
    shipped = load_ner(SHIPPED)
    assert shipped._fused is not None
    # the rule only adds PER spans (relabels), it never drops one the model found
    for with_rule, without in zip(fused, shipped.person_spans(texts)):
        assert set(without) <= set(with_rule)
