"""Our Presidio NLP engine: one cheap pass per text that every recognizer then shares.

It lower-cases the text once (context lookups) and gives PERSON a handle to the NER model:
PERSON asks it, in one ``nlp.pipe`` batch per text, only about the few runs that name lists
and structural cues leave undecided (:mod:`pii_scanner.detect.name_regions` windows). No spaCy tokenisation of the whole text:
that is what caps vanilla Presidio's speed.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from pii_scanner.detect import name_regions


class TextArtifacts(NlpArtifacts):
    """Presidio artifacts plus what our recognizers read: the lower-cased text, and
    :meth:`person_spans`, which asks the NER model (if any) about a few spans of the text."""

    def __init__(self, text: str, language: str, ner=None):
        super().__init__(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=None,
                         language=language)
        self.text = text
        self.text_lower = text.lower()
        self.ner = ner
        self.ner_chars = 0
        #: the lines that hold digits and their counts (detect.digit_lines), made by the first
        #: recognizer that asks
        self.digit_lines = None
        #: set by a batch caller: PERSON's first pass, and the model's answer for its spans
        self.person_plan = None
        self._answered: tuple[tuple, tuple] | None = None

    def windows(self, spans) -> list[tuple[int, int]]:
        """The text windows the model reads for ``spans``."""
        return name_regions.windows(self.text, spans)

    def answer(self, spans, windows, found) -> None:
        """Record the model's spans ``found`` (one list per window) for a later ask of ``spans``."""
        self._answered = (tuple(spans), self._place(windows, found))

    def person_spans(self, spans) -> tuple[tuple[int, int, float], ...]:
        """Person spans the model finds in short windows around ``spans`` (one batched call)."""
        if self.ner is None or not spans:
            return ()
        if self._answered is not None and self._answered[0] == tuple(spans):
            return self._answered[1]
        windows = self.windows(spans)
        found = self.ner.person_spans([self.text[s:e] for s, e in windows])
        return self._place(windows, found)

    def _place(self, windows, found) -> tuple[tuple[int, int, float], ...]:
        self.ner_chars += sum(e - s for s, e in windows)
        return tuple((s + a, s + b, score) for (s, _), hits in zip(windows, found)
                     for a, b, score in hits)


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
        return TextArtifacts(text, language, self.ner)

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
