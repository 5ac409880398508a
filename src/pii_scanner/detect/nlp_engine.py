"""Our Presidio NLP engine: one cheap pass per text that every recognizer then shares.

It lower-cases the text once (context lookups) and, when the NER model is loaded, runs it
on the regions where a name can be only (the model's own region finder, else
:mod:`pii_scanner.detect.name_regions`), in one ``nlp.pipe`` batch. No spaCy tokenisation of the whole text:
that is what caps vanilla Presidio's speed.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from pii_scanner.detect import name_regions


class TextArtifacts(NlpArtifacts):
    """Presidio artifacts plus what our recognizers read: lower-cased text and NER person spans."""

    def __init__(self, text: str, language: str, ner_spans: tuple[tuple[int, int, float], ...]):
        super().__init__(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=None,
                         language=language)
        self.text_lower = text.lower()
        self.ner_spans = ner_spans
        self.ner_used = False


class NordicNlpEngine(NlpEngine):
    """See module doc. ``ner`` is a :class:`pii_scanner.detect.ner.NerModel` or None."""

    def __init__(self, languages: list[str], ner=None):
        self.languages = list(languages)
        self.ner = ner

    def load(self) -> None:
        """The NER model (if any) is loaded by the caller; nothing else to load."""

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> TextArtifacts:
        spans: tuple = ()
        used = False
        if self.ner is not None and text:
            used = True
            if hasattr(self.ner, "person_spans_in_regions"):
                spans = tuple(self.ner.person_spans_in_regions([text])[0])
            else:
                regions = name_regions.candidate_regions(text)
                pieces = [text[s:e] for s, e in regions]
                found = self.ner.person_spans(pieces) if pieces else []
                spans = tuple((s + a, s + b, score) for (s, _), hits in zip(regions, found)
                              for a, b, score in hits)
        artifacts = TextArtifacts(text, language, spans)
        artifacts.ner_used = used
        return artifacts

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False, **kw):
        for item in texts:
            if as_tuples:
                text, extra = item
                yield text, self.process_text(text, language), extra
            else:
                yield item, self.process_text(item, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return ["PERSON"] if self.ner is not None else []

    def get_supported_languages(self) -> list[str]:
        return list(self.languages)
