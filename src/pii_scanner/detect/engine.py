"""The Nordic detector: Presidio's AnalyzerEngine with our NLP engine and recognizers.

``build_detector(options)`` wires it once per process (model loaded once); ``analyze``
runs the NLP pass once per text, every recognizer once, then :mod:`decisions`. Long texts
are cut into overlapping chunks so every stage stays linear and bounded.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Sequence
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from pii_scanner.detect import licence_fields, mrz_holder, registry
from pii_scanner.detect import context as ctx
from pii_scanner.detect.decisions import Candidate, resolve
from pii_scanner.detect.name_mentions import mentions
from pii_scanner.detect.escapes import DecodedView, decoded_view
from pii_scanner.detect.nlp_engine import NordicNlpEngine
from pii_scanner.detect.repeated_values import repeated_values
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers.base import EXPLANATION_KEY
from pii_scanner.detect.recognizers.nlp.person import PersonRecognizer
from pii_scanner.records import Finding

log = logging.getLogger(__name__)

#: Languages every recognizer is registered for; anything else is analysed as "xx".
LANGUAGES = ("nb", "nn", "sv", "da", "fi", "en", "xx")
_ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "fin": "fi",
            "eng": "en", "se": "sv", "dk": "da"}
#: Zendesk writes this block (U+2587) over redacted text; a span holding it is never a finding.
REDACTION_BLOCK = "\u2587"
CHUNK_CHARS = 20_000
CHUNK_OVERLAP = 400
#: A batch is analysed in groups this large: one NER call per group, bounded memory.
BATCH_TEXTS = 256
BATCH_CHARS = 1_000_000


class _NoContextEnhancer(ContextAwareEnhancer):
    """Our recognizers score their own context in a bounded window; skip Presidio's pass."""

    def __init__(self):
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class _NordicRegistry(RecognizerRegistry):
    """Presidio's registry, remembering which recognizers serve a request: Presidio asks twice
    per ``analyze`` (the recognizers, then their entities), each time filtering every
    recognizer of every language (~110), about 2 % of a 1 KB text's analysis. The answer
    depends only on the request and the recognizer list, so it is kept per request and
    forgotten whenever the list changes (``add_recognizer``/``remove_recognizer``, or the list
    replaced or grown in place)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._served: dict[tuple, list] = {}
        self._served_for: tuple[int, int] | None = None

    def get_recognizers(self, language, entities=None, all_fields=False,
                        ad_hoc_recognizers=None):
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        stamp = (id(self.recognizers), len(self.recognizers))
        if stamp != self._served_for:
            self._served, self._served_for = {}, stamp
        key = (language, None if entities is None else tuple(entities), all_fields)
        if key not in self._served:
            self._served[key] = super().get_recognizers(language, entities, all_fields)
        return list(self._served[key])

    def add_recognizer(self, recognizer) -> None:
        super().add_recognizer(recognizer)
        self._served_for = None

    def remove_recognizer(self, *args, **kwargs) -> None:
        super().remove_recognizer(*args, **kwargs)
        self._served_for = None


class _NordicAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine minus its per-recognizer context pass (ours score context already,
    in a bounded window, so the O(recognizers x results) loop is pure overhead)."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results

    def get_supported_entities(self, language=None):
        """Presidio's answer, kept per language while the registry's list is unchanged (as
        :class:`_NordicRegistry` keeps its recognizers): ``analyze`` asks it for every text,
        and each time Presidio walked the recognizers and their entities (~1 % of a 1 KB
        text's analysis; round 34D)."""
        stamp = (id(self.registry.recognizers), len(self.registry.recognizers))
        held = self.__dict__.get("_entities")
        if held is None or held[0] != stamp:
            held = self._entities = (stamp, {})
        if language not in held[1]:
            held[1][language] = super().get_supported_entities(language)
        return list(held[1][language])


def normalise_language(lang: str | None) -> str:
    """``nb``/``nn``/``sv``/``da``/``fi``/``en`` from a hint such as ``nb-NO``; else ``xx``."""
    if not lang:
        return "xx"
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else "xx"


class NordicDetector:
    """Implements :class:`pii_scanner.detect.base.Detector`."""

    def __init__(self, analyzer: AnalyzerEngine, options: DetectOptions):
        self.analyzer = analyzer
        self.options = options
        self._people = {r.supported_language: r for r in analyzer.registry.recognizers
                        if isinstance(r, PersonRecognizer)}

    def analyze(self, text: str, lang: str | None = None) -> list[Finding]:
        return self.analyze_many([(text, lang)])[0]

    def analyze_many(self, items: Sequence[tuple[str, str | None]]) -> list[list[Finding]]:
        """One list of findings per (text, lang), same order; the NER model is asked once
        per group of up to ``BATCH_TEXTS`` texts / ``BATCH_CHARS`` characters. A text with
        JSON string escapes (``Bj\\u00f8rn``) is read decoded, its findings mapped back onto
        the escapes (:mod:`pii_scanner.detect.escapes`)."""
        views = [decoded_view(text) if text else None for text, _ in items]
        found = self._analyze_texts([(text if view is None else view.text, lang)
                                     for view, (text, lang) in zip(views, items)])
        return [findings if view is None else [_mapped(f, view) for f in findings]
                for view, findings in zip(views, found)]

    def _analyze_texts(self, items: list[tuple[str, str | None]]) -> list[list[Finding]]:
        out: list[list[Finding]] = []
        group: list[tuple[str, str | None]] = []
        chars = 0
        for text, lang in items:
            group.append((text, lang))
            chars += len(text or "")
            if len(group) >= BATCH_TEXTS or chars >= BATCH_CHARS:
                out += self._analyze_group(group)
                group, chars = [], 0
        if group:
            out += self._analyze_group(group)
        return out

    def _analyze_group(self, items: list[tuple[str, str | None]]) -> list[list[Finding]]:
        engine = self.analyzer.nlp_engine
        jobs: list[tuple[int, int, str, str, object]] = []  # item, offset, chunk, lang, artifacts
        for index, (text, lang) in enumerate(items):
            if not text:
                continue
            language = normalise_language(lang)
            for offset, chunk in _chunks(text):
                jobs.append((index, offset, chunk, language, engine.process_text(chunk, language)))
        self._ask_model_once(jobs)
        candidates: list[list[Candidate]] = [[] for _ in items]
        rejected: list[list[Candidate]] = [[] for _ in items]
        for index, offset, chunk, language, artifacts in jobs:
            text = items[index][0]
            for result in self.analyzer.analyze(text=chunk, language=language,
                                                nlp_artifacts=artifacts):
                cand = _candidate(result, offset)
                if not self._allowed(cand, text):
                    continue
                if cand.score >= self.options.threshold(cand.entity_type):
                    candidates[index].append(cand)
                else:
                    rejected[index].append(cand)
        ner = getattr(self.analyzer.nlp_engine, "ner", None)
        # (a model without the region finder's word list, or none: no mentions)
        dictionary = getattr(getattr(ner, "finder", None), "common", frozenset())
        for index, cands in enumerate(candidates):  # 'Oyelaran ...' named in full elsewhere
            text = items[index][0]
            cands += [c for c in mentions(text, cands, dictionary,
                                          normalise_language(items[index][1]))
                      if self._allowed(c, text)
                      and c.score >= self.options.threshold(c.entity_type)]
            # a driving licence's fields, read in the EU model's order ('4d', '5': no phone)
            cands[:] = [c for c in licence_fields.apply(text, cands)
                        if c.recognizer != licence_fields.RECOGNIZER or (
                            self._allowed(c, text) and c.score >= self.options.threshold(c.entity_type))]
            # a passport's holder in its visual zone, named again by its machine-readable zone
            cands[:] = [c for c in mrz_holder.apply(text, cands)
                        if c.recognizer != mrz_holder.RECOGNIZER or self._allowed(c, text)]
        out = []
        for (text, _), cands, rej in zip(items, candidates, rejected):
            found = resolve(_dedupe(cands), rej)
            # a value found once is that value again where it is written again (resolve
            # returns its findings sorted by offset: only copies found need a sort)
            if found and (copies := repeated_values(text, found)):
                found = sorted(found + copies, key=lambda c: (c.start, c.end))
            out.append([Finding(c.entity_type, c.start, c.end, round(c.score, 3), c.recognizer,
                                c.explanation) for c in found])
        return out

    def _ask_model_once(self, jobs) -> None:
        """PERSON's first pass on every chunk, then one model call for all their questions."""
        if getattr(self.analyzer.nlp_engine, "ner", None) is None:
            return
        asks = []
        for _, _, chunk, language, artifacts in jobs:
            person = self._people.get(language)
            if person is None:
                continue
            artifacts.person_plan = plan = person.plan(chunk)
            if plan.ask_spans:
                asks.append((artifacts, plan.ask_spans, artifacts.windows(plan.ask_spans)))
        if not asks:
            return
        found = iter(self.analyzer.nlp_engine.ner.person_spans(
            [artifacts.text[s:e] for artifacts, _, windows in asks for s, e in windows]))
        for artifacts, spans, windows in asks:
            artifacts.answer(spans, windows, [next(found) for _ in windows])

    def _allowed(self, cand: Candidate, text: str) -> bool:
        """Enabled type and not on an allow-list (thresholds are applied by the caller)."""
        opts = self.options
        if not opts.is_enabled(cand.entity_type):
            return False
        value = text[cand.start:cand.end]
        if REDACTION_BLOCK in value or opts.is_allowed_value(value):
            return False
        if cand.entity_type == "EMAIL_ADDRESS" and opts.allow_sender_domains and "@" in value:
            domain = value.rsplit("@", 1)[1].lower()
            if any(domain == d or domain.endswith("." + d) for d in opts.allow_sender_domains):
                return False
        return True


def _candidate(result: RecognizerResult, offset: int) -> Candidate:
    meta = result.recognition_metadata or {}
    name = meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown")
    parts = meta.get(EXPLANATION_KEY) or (("recognizer", name), ("score", round(result.score, 3)))
    return Candidate(result.entity_type, result.start + offset, result.end + offset,
                     float(result.score), name, tuple(parts))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    best: dict[tuple, Candidate] = {}
    for cand in candidates:
        key = (cand.entity_type, cand.start, cand.end)
        if key not in best or best[key].score < cand.score:
            best[key] = cand
    return list(best.values())


def _table_top(text: str, pos: int, limit: int) -> int | None:
    """Start of the first line of the tab-separated block (a pasted sheet) holding the line
    at ``pos``, if that block starts at or after ``limit``; None when that line has no tab."""
    line_start, line_end = ctx.line_bounds(text, pos, pos)
    if "\t" not in text[line_start:line_end]:
        return None
    top = line_start
    while top > limit:
        prev = text.rfind("\n", 0, top - 1) + 1
        if "\t" not in text[prev:top - 1]:
            break
        top = prev
    return top if top >= limit else None


def _chunks(text: str):
    """(offset, piece) windows of CHUNK_CHARS overlapping by CHUNK_OVERLAP, cut at whitespace.
    Where the cut falls inside a pasted sheet, the next window starts at the sheet's first line
    (its header: the rows after the cut keep their column labels), if that lies within half a
    window before the cut."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut if cut != -1 else end
        yield start, text[start:end]
        if end >= len(text):
            return
        following = max(start + 1, end - CHUNK_OVERLAP)
        top = _table_top(text, min(end + 1, len(text) - 1), max(start + 1, end - CHUNK_CHARS // 2))
        start = min(following, top) if top is not None else following


def build_analyzer(options: DetectOptions, ner=None) -> AnalyzerEngine:
    """Presidio engine with our NLP engine and every discovered recognizer, per language."""
    reg = _NordicRegistry(supported_languages=list(LANGUAGES))
    classes = registry.recognizer_classes()
    for language in LANGUAGES:
        for cls in classes.values():
            recognizer = registry.build(cls, language)
            entities = set(recognizer.supported_entities)
            if any(options.is_enabled(e) for e in entities):
                reg.add_recognizer(recognizer)
        for spec in options.custom:
            if options.is_enabled(spec.entity):
                reg.add_recognizer(registry.custom_recognizer(spec, language))
    nlp = NordicNlpEngine(list(LANGUAGES), ner=ner)
    return _NordicAnalyzerEngine(registry=reg, nlp_engine=nlp, supported_languages=list(LANGUAGES),
                          context_aware_enhancer=_NoContextEnhancer(), default_score_threshold=0)


@functools.cache
def _load_ner(path: str | None):
    from pii_scanner.detect import ner

    return ner.load_ner(Path(path) if path else None)


def build_detector(options: DetectOptions | None = None) -> NordicDetector:
    """The detector for ``options`` (defaults: every type, NER when the model is installed)."""
    options = options or DetectOptions()
    model = _load_ner(options.ner_path) if options.use_ner else None
    if options.use_ner and model is None:
        log.info("NER model not found; PERSON uses gazetteers and structural cues only")
    return NordicDetector(build_analyzer(options, ner=model), options)


def _mapped(f: Finding, view: DecodedView) -> Finding:
    """``f`` (found in ``view``'s decoded text) with its span in the source text."""
    start, end = view.source_span(f.start, f.end)
    return dataclasses.replace(f, start=start, end=end)
