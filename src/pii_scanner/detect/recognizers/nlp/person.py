"""PERSON: capitalised runs scored by name gazetteers, structural cues and the NER model.

Score parts (all in the explanation): ``gazetteer`` (first name first: 0.4, or 0.3 for a
lone name known only from the long Swedish list; each further known name: 0.2, at most
0.3 more; a first name in the genitive, ``Karis``, counts), ``cue`` (strong: greeting,
sign-off, signature line, label (also on the line above), self-introduction, chat speaker,
``Name <address>``: 0.55; weak: role word, list row, e-mail local part, ``@``-mention, a known
first name capitalised mid-sentence: 0.25; only a linking word such as ``med``/``og``/``fra``
before it: 0.15), ``ner`` (the model found a person here: 0.45). Common words are cut from
the run's edges, a run followed by ``AS``/``AB``... is a company, and a genitive run followed
by a street word (``Olav Kyrres gate``, ``Haakon VIIs gate``) is a street's name.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect import (cue_words, english_words, finnish_cases, gazetteers, name_cues,
                                name_edges, name_prose, name_regions, name_speech)
from pii_scanner.detect.brand_names import brand_at
from pii_scanner.detect.extracted_text import card_names, card_places, resource_names
from pii_scanner.detect.firm_names import firm_spans, partner_pairs
from pii_scanner.detect.gazetteers import fold
from pii_scanner.detect.common_words import (GROUP_ADDRESSES, ORGANISATION_ENDINGS, TRADE_WORDS,
                                             common_words, is_common, is_job_title,
                                             organisation_name)
from pii_scanner.detect.header_cells import header_cell
from pii_scanner.detect.name_fields import thing_key
from pii_scanner.detect.joined_names import joined_names
from pii_scanner.detect.name_columns import column_names
from pii_scanner.detect.name_words import (ascii_fold, coordinated_with_a_thing, curated_first,
                                           email_local_parts, finnish_surname, is_first, name_like,
                                           noun_shaped, spelled_by_address,
                                           title_qualifier,
                                           signs_off_a_phrase, word_key)
from pii_scanner.detect.recognizers.base import EXPLANATION_KEY, explained_result
from pii_scanner.detect.recognizers.nlp.lower_case_names import (
    HERE_WORDS, LOWER_AFTER_GREETED_PRESENTATION, LOWER_AFTER_INTRO, LOWER_AFTER_PRESENTATION,
    LOWER_BEFORE_HERE, PAIR_WORDS, PARTICLES, SIGN_OFFS, WORD_NAME_CUES,
    SPEAKER_LINE,
    being_runs_on, header_own_name, header_surname, lower_after_cue, lower_after_relation, lower_in_header, lower_last_line, lower_speakers)
from pii_scanner.detect.recognizers.nlp.person_context import (
    company_after, field_value, firm_after, initial_before, mid_sentence, street_after,
    street_number_after, structural_position)
from pii_scanner.detect.recognizers.generic import street_address
from pii_scanner.detect.recognizers.generic.date_of_birth import MONTH_WORDS
from pii_scanner.detect.regex_timeout import scan_timeout
from pii_scanner.detect.separators import plain_separators
from pii_scanner.detect.text_language import nordic_language, reads_english

STRONG_CUES = frozenset({"greeting", "sign-off", "signature", "label", "chat", "header",
                         "introduction", "honorific", "speaker", "birth name"})
#: cues after which a first name that is also a word (or a name in capitals) is a name
_CUED = STRONG_CUES.union({"role", "pronoun after"})
#: strong cues that address or label a person, unlike a sign-off's line or a signature's,
#: where a weekday alone stands for the day ('Regards,\nFriday'; 'Hei Friday,' greets one)
_NAMING_CUES = STRONG_CUES - {"sign-off", "signature"}
#: ... and before which (round 30A: 'Sine i kundeservice har svart', its department after it)
_CUED_FIRST = _CUED.union({"department after"})
STRONG, WEAK, LINK, NER, NER_ALONE = 0.55, 0.25, 0.15, 0.45, 0.2
#: the languages whose prose the Norwegian model reads well enough to decide a lone surname
#: mid-sentence ('snakket med Thomassen'); in Finnish or English text a place such as 'Sund'
#: before a Finnish case word reads as one to it
_MODEL_LANGUAGES = frozenset(("nb", "nn", "da", "sv", "xx"))
#: ... and those where a name of the long Swedish list alone mid-sentence, or owning the next
#: word, is put to the model ('Det var Charlene som ...', "It was Kieran who ...")
_TAIL_LANGUAGES = _MODEL_LANGUAGES | {"en"}
#: the languages that write common nouns in lower case mid-sentence, so that a capital there
#: makes a first name that is also a word a name ('ikke Per.', 'Kan Dag få tilgang?')
_LOWER_CASE_NOUNS = frozenset(("nb", "nn", "da", "sv"))
#: listed first names that are words and stay words with a capital mid-sentence: English
#: words, a feast ('Kristi himmelfartsdag')
_CAPITAL_WORDS = frozenset(("are", "my", "kristi", "thu"))
#: Runs scoring in [BORDERLINE, SURE) without the model, with a curated-list name or a cue,
#: and unknown words right after a role word ('vaktmester X') are what the model is asked.
BORDERLINE, SURE = 0.25, 0.6
_CUE_WORDS = name_edges.CUE_WORDS
#: what may follow a word before the number that numbers it ('Line 332', 'Line: 332', 'Run #4')
_NUMBER_OPENINGS = frozenset(" :#")
_GREETING_WORDS = frozenset(p for p in cue_words.GREETINGS if " " not in p)


@dataclass(frozen=True, slots=True)
class PersonPlan:
    """What :meth:`PersonRecognizer.plan` found in ``text`` before asking the model."""

    text: str
    #: ``text`` with no-break spaces and Unicode dashes made plain (same length)
    plain: str
    locals_: frozenset[str]
    results: tuple[RecognizerResult, ...]
    borderline: tuple[tuple[name_regions.Run, RecognizerResult | None], ...]
    #: the spans to ask the model about (those of ``borderline``)
    ask_spans: tuple[tuple[int, int], ...]


class PersonRecognizer(EntityRecognizer):
    """See module doc."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(supported_entities=[self.ENTITY], name=name or "PersonRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        gazetteers.first_names()
        gazetteers.surnames()
        common_words()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Score every capitalised run (and cue-led lower-case names); see module doc.

        The NER model (through ``nlp_artifacts.person_spans``) is asked once per text, about
        the borderline runs only: those the lists and cues leave between ``BORDERLINE`` and
        the threshold. Sure and hopeless runs never reach the model. A batch caller may have
        made the plan already (:meth:`plan`, kept on the artifacts as ``person_plan``) and
        asked the model for many texts at once.
        """
        plan = getattr(nlp_artifacts, "person_plan", None)
        if plan is None or plan.text is not text:
            plan = self.plan(text)
        ask = getattr(nlp_artifacts, "person_spans", None)
        ner_spans = ask(plan.ask_spans) if ask and plan.ask_spans else ()
        return self.finish(plan, ner_spans)

    def plan(self, text: str) -> PersonPlan:
        """First pass, without the model: sure results, and the runs worth asking it about."""
        original, text = text, plain_separators(text)  # 'Kari\u00a0Nordmann' is one run
        locals_ = email_local_parts(text)
        results, borderline = [], []
        for run in name_regions.runs(text):
            found = self._score_run(text, run, (), locals_)
            if found is None and name_cues.after_role_word(text, run.start) \
                    or (found is None or found.score < BORDERLINE) and 2 <= len(run.tokens) <= 3 \
                    and self._unknown_pair(text, run):  # (the cheap test first: most runs are one word)
                borderline.append((run, found))
            elif found is None:  # (most runs)
                continue
            elif _borderline(found):
                borderline.append((run, found))
            else:
                results.append(found)
        return PersonPlan(original, text, locals_, tuple(results), tuple(borderline),
                          tuple((r.start, r.end) for r, _ in borderline))

    def _unknown_pair(self, text: str, run) -> bool:
        """Whether ``run`` is two or three capitalised words no list knows, mid-sentence ('på
        vegne av Eidvilė Naujokas', 'rented by Oguş İnönü'): names of foreign origin, which
        only the model can tell from a product's ('Philips Hue')."""
        return 2 <= len(run.tokens) <= 3 and self.supported_language in _TAIL_LANGUAGES \
            and not text[run.start:run.end].isupper() \
            and _PROSE_WORD_BEFORE.search(text, max(0, run.start - 30), run.start) is not None \
            and mid_sentence(text, run.start) \
            and not any(is_common(key) or key in gazetteers.surnames() or is_first(key)
                        for key in (word_key(text, t) for t in run.tokens))

    def _finnish(self, lowered: str) -> bool:
        """Whether the text is Finnish: the hint, or without one the words it reads as."""
        return self.supported_language == "fi" or self.supported_language == "xx" \
            and nordic_language(lowered) == "fi"

    def finish(self, plan: PersonPlan, ner_spans) -> list[RecognizerResult]:
        """Second pass: rescore the borderline runs with the model's spans, add the rest."""
        text, locals_ = plan.plain, plan.locals_
        results = list(plan.results)
        for run, found in plan.borderline:
            if ner_spans:
                found = self._score_run(text, run, ner_spans, locals_)
            if found is not None and found.score >= BORDERLINE:
                results.append(found)
        lowered = text.lower()
        timeout = scan_timeout(len(text))
        lower_names = [(m, "lower-case after greeting/sign-off")
                       for m in lower_after_cue(text, lowered)]
        if any(phrase in lowered for phrase in cue_words.INTRODUCTIONS):
            lower_names += [(m, "lower-case after self-introduction")
                            for m in LOWER_AFTER_INTRO.finditer(text, **timeout)]
        if any(phrase in lowered for phrase in cue_words.PRESENTATIONS):
            lower_names += [(m, "lower-case full name after presentation")
                            for m in LOWER_AFTER_PRESENTATION.finditer(text, **timeout)]
            lower_names += [(m, "lower-case first name after greeting and presentation")
                            for m in LOWER_AFTER_GREETED_PRESENTATION.finditer(text, **timeout)]
        if any(word in lowered for word in HERE_WORDS):
            lower_names += [(part, "lower-case name before 'here'")
                            for m in LOWER_BEFORE_HERE.finditer(text, **timeout)
                            for part in _pair_parts(m)]
        lower_names += [(m, "lower-case name signing the last line")
                        for m in lower_last_line(text)]
        lower_names += [(m, "lower-case display name in a mail header")
                        for m in lower_in_header(text)]
        lower_names += [(m, "lower-case name after a relative's noun")
                        for m in lower_after_relation(text, lowered)]
        # a chat transcript (two speaker lines or more): 'ola: hei', '10:32 kari: takk'; the
        # rare lower-case label first, so most texts cost one failed scan
        speakers = lower_speakers(text)
        if speakers and len(SPEAKER_LINE.findall(text, **timeout)) >= 2:
            lower_names += [(m, "lower-case chat speaker") for m in speakers]
        first, surnames = gazetteers.first_names(), gazetteers.surnames()
        for match, why in lower_names:
            words = match.group(1).lower().split()  # (after a greeted presentation: 'Håkan')
            if why == "lower-case full name after presentation" and (not (  # 'dette er feil'
                    len(words) == 2 and (words[1] in surnames or finnish_surname(words[1]))
                    and words[1] not in common_words())  # (both words listed)
                    or being_runs_on(match)):  # round 34C: 'jeg er sol glad i dag', a mood
                continue
            own_address = len(words) >= 2 and why == "lower-case display name in a mail header" \
                and header_surname(match, words[-1])  # round 30D: '"kari kvalbein" <kari.kvalbein@…>'
            if len(words) >= 2 and not ((own_address or _lower_listed(words[-1], first, surnames)) and all(
                    w in PARTICLES or _lower_listed(w, first, surnames) for w in words[1:-1])):
                words = words[:1]  # 'jeg heter kari og ...': the name is the first word
            if _lower_listed(words[0], first, surnames) and (own_address or _lower_listed(
                    words[-1], first, surnames)) \
                    and all(part in first for part in words[0].split("-")) \
                    and (words[0] not in common_words() or _signed_word_name(match, words, why)
                         or own_address and header_own_name(match, words)) \
                    and not _overlaps([r for r in results if r.score >= 0.6], match.start(1), match.end(1)):
                # (a capitalised 'Håkan' the runs scored too weak to report gives way)
                results = [r for r in results if not (r.start < match.end(1) and match.start(1) < r.end)]
                end = match.start(1) + len(" ".join(words))
                if match.group(1)[:1].isupper():
                    why = why.replace("lower-case ", "")
                results.append(self._result(match.start(1), end, 0.6, (
                    ("gazetteer", 0.4), ("cue", (why,)), ("cue_score", 0.2))))
        # 'fornavn;etternavn' over 'Kari;Hansen'; a vCard's 'N:Lund;Emilie;;;' (round 34A)
        for start, end, why in column_names(text) + card_names(text):
            weaker = [r for r in results if r.start < end and start < r.end and r.score < 0.7]
            results = [r for r in results if r not in weaker]  # (a lone 'Kari' at 0.4)
            if not _overlaps(results, start, end):
                results.append(self._result(start, end, 0.7, (
                    ("cue", (why,)), ("cue_score", 0.7))))
        for start, end, why in joined_names(text):  # 'kari.nordmann', 'CV_Kari_Nordmann.pdf'
            if not _overlaps(results, start, end):
                results.append(self._result(start, end, 0.7, (
                    ("gazetteer", 0.4), ("cue", (why,)), ("cue_score", 0.3))))
        if self._finnish(lowered):
            for start, end, why in finnish_cases.inflected_names(text):  # 'Soitin Matille'
                # (a listed word that is also the form, 'Paulin', scored too weak, gives way)
                results = [r for r in results if not (r.start < end and start < r.end
                                                      and r.score < 0.6)]
                if not _overlaps(results, start, end):
                    results.append(self._result(start, end, 0.6, (
                        ("gazetteer", 0.4), ("cue", (why,)), ("cue_score", 0.2))))
        for start, end, score in ner_spans:
            if _overlaps(results, start, end) or any(c.isdigit() for c in text[start:end]):
                continue  # (a span with a digit, 'EC23 2PE Whittakerville', is no name)
            # the model alone: trusted for multi-word or list-backed names, or with a cue
            words = text[start:end].lower().split()
            if len(words) == 1 and name_edges.after_acronym(text, start):
                continue  # 'DNB Liv'
            if name_speech.pronoun_led(text[start:end]):
                continue  # 'He said the parcel ...': a sentence's subject and verb
            if _compound_noun(text, end) or _quoted_title(text, start, end):
                continue  # 'Michael Kiwanuka-låt', '«Marie Claire»'
            if len(words) == 1 and (name_edges.possessive_before_word(text, start, end)
                                    or name_edges.formula_bar_after(text, start, end)):
                continue  # 'Kunde: Min husleje er ...': a possessive; 'Al\tfx'; as in _score_run
            if len(words) == 1 and end - start <= 4 and text[start:end].isupper():
                continue  # 'KID var 6751017443': an acronym, though a listed surname
            if _organisation(text, end, words):
                continue  # 'Helen Sähköverkko': an organisation, as in _score_run
            if street_number_after(text, end):
                continue  # 'Beate Allé 39, 1. tv.': the model read a street's name as a name
            if firm_after(text, end) or (text[end:end + 1] == " " and (
                    name_edges.company_suffix_after(text, end) or company_after(text, end))):
                continue  # 'Cunningham, Bailey and Ross LLP', 'Berg og Dahl AS': a firm
            if name_edges.ends_in_company_form(text, start, end):
                continue  # round 37C: 'Kevin Phillips Ltd': the model's span holds the form
            known = any(is_first(w) or w in gazetteers.surnames() for w in words)
            if not known and len(words) == 1 and noun_shaped(words[0]):
                continue  # 'Til: Udlejning': a common noun's ending, as in _score_run
            if not known and text[start:end].islower():
                continue  # 'Håvard: which card?': lower-case words no list knows are no name
            if len(words) > 1 and words[-1] in _POINTING_WORDS and text[start:end].islower():
                continue  # round 35C: 'asked me to chase this': a verb and its object
            seen = name_cues.cues(text, start, end)
            if not seen and text[start:end].islower():
                continue  # 'Quis magnam dolores ratione ...': listed words in lower case, no cue
            if len(words) == 1 and _word_names_no_one(words[0], seen, text, start, end):
                continue  # a country, a language, a header cell, as in _score_run
            if len(words) > 1 and any(is_common(w) for w in words) \
                    and not STRONG_CUES.intersection(seen) and header_cell(text, start, end):
                continue  # round 34A: a header cell of words, a common one among them, heads
                # its column ('Mobile Phone' over '+45 32903355'; a roster's 'Kari Nordmann' stays)
            if _english_words_no_name(self.supported_language, text, words, start, end, seen):
                continue  # 'Grace period ends', 'Rose Garden': as in _score_run (round 32A)
            if (name_edges.after_uk_postcode(text, start) or name_edges.after_nordic_postcode(
                    text, start)) and not STRONG_CUES.intersection(seen):
                continue  # 'E95 1DG East Andrea', 'Ahmedekra 4, 1848 Ahmed': a post town, as in
                # _score_run (rounds 32C, 36C)
            if street_address.town_under_street(text, start, end) \
                    and not STRONG_CUES.intersection(seen):
                continue  # '12 Baker Street\nLondon': a post town, as in _score_run (round 33F)
            if len(words) == 1 and not set(seen) - _WEAK_THING_CUES \
                    and (name_edges.thing_named_after(text, start, end)
                         or name_prose.thing_in_use(text, start, end)):
                continue  # 'Emma madrass 160x200', 'Jeg bruker Finn': goods, as in _score_run
            if len(words) == 1 and not _CUED.intersection(seen) and thing_key(text, start):
                continue  # round 35F: 'product_name: Storm', as in _score_run
            if coordinated_with_a_thing(text, start, end, words, seen):
                continue  # 'Liv og røre i oppgangen': a phrase opening a sentence, as in _score_run
            if (name_edges.after_company_word(text, start)
                    or name_edges.street_named(text, start, end)) and not _CUED.intersection(seen):
                continue  # 'Amazon Alexa Echo', 'Baker Street', as in _score_run
            if len(words) == 1 and (name_edges.coordinated_place(text, start, words[0])
                                    or name_edges.place_lived_in(text, start, words[0])) \
                    and not STRONG_CUES.intersection(seen):
                continue  # 'i Sørbøvåg og Tolga', 'moved to Tolga': a place, as in _score_run
            if len(words) == 2 and words[0] in name_edges.DIRECTION_WORDS \
                    and not STRONG_CUES.intersection(seen):
                continue  # 'Indre Østfold': a municipality, as in _score_run
            if len(words) == 1 and text[end:end + 1] in _NUMBER_OPENINGS \
                    and name_edges.numbered_word(text, start, end, words[0] in common_words()) \
                    and not STRONG_CUES.intersection(seen):
                continue  # 'Line 332': a word numbered, as in _score_run
            if (len(words) > 1 or known or seen) and not all(is_common(w) for w in words) \
                    and (brand_at(text, start, end, words) is None or _CUED.intersection(seen)):
                results.append(self._result(start, end, min(1.0, 0.35 + score * 0.3), (
                    ("ner", round(score, 3)), ("cue", seen), ("list_backed", known))))
        named = [(r.start, r.end) for r in results if r.score >= 0.5]
        if named:  # 'Kasper, Bo og Mai': a first name listed with a name found
            for start, end in name_prose.listed_with(text, named):
                results = [r for r in results if not (r.start < end and start < r.end)]
                results.append(self._result(start, end, 0.55, (
                    ("gazetteer", 0.4), ("cue", ("listed with a name",)), ("cue_score", 0.15))))
        # 'Berntsen, Jensen og Knudsen', 'Andresen og Sønner'; an invitation's rooms
        # ('ATTENDEE;CUTYPE=ROOM;CN=Møterom Ibsen'); a vCard address's town (round 36E)
        firms = firm_spans(text) + resource_names(text) + card_places(text)
        if firms:
            results = [r for r in results if not any(a <= r.start and r.end <= b for a, b in firms)]
        pairs = partner_pairs(text) if results else []
        if pairs:  # round 35G: 'Ruud-Arnesen' alone on its line, no cue naming a person
            results = [r for r in results if (r.start, r.end) not in pairs or _names_a_person(text, r)]
        return results

    def _score_run(self, text, run, ner_spans, locals_) -> RecognizerResult | None:
        tokens = run.tokens  # (a list once its edges are cut, below)
        # cues read once per span: the unknown-word test and the post-town vetoes below may
        # read the run's own, the name's cues at the end the same span again
        memo: dict[tuple[int, int], tuple[str, ...]] = {}

        def cues_at(a: int, b: int) -> tuple[str, ...]:
            if (a, b) not in memo:
                memo[a, b] = name_cues.cues(text, a, b)
            return memo[a, b]

        first, surnames = gazetteers.first_names(), gazetteers.surnames()
        raw_keys = [fold(text[a:b].lower()) for a, b in tokens]  # (word_key, inlined: every run)
        if text[run.start:run.end].isupper() and not _capitals_name(text, run, raw_keys):
            return None  # words in capitals: a name by the lists or a cue ('KARI NORDMANN')
        if not _any_listed(raw_keys, first, surnames):
            # only a structural cue or the model can make an unknown word a name
            if _all_common(raw_keys):
                return None
            born_finnish = len(raw_keys) == 1 and finnish_surname(raw_keys[0]) \
                and name_edges.birth_name_before(text, run.start)  # 'o.s. Korhonen'
            if not ner_spans and not born_finnish \
                    and not structural_position(text, run.start, run.end) \
                    and not spelled_by_address(raw_keys, locals_):
                return None
            if len(tokens) == 1 and noun_shaped(raw_keys[0]):
                return None  # 'Til: Udlejning', 'Hälsningar\nFörvaltningen': a desk, no person
            if len(tokens) == 1 and not born_finnish \
                    and not any(a < run.end and run.start < b for a, b, _ in ner_spans):
                if not cues_at(run.start, run.end) and not (
                        locals_ and len(raw_keys[0]) >= 3 and ascii_fold(raw_keys[0]) in locals_):
                    return None  # one unknown word (most sentence starts): only a cue names it
        if " ".join(raw_keys) in cue_words.CUE_PHRASES:
            return None  # 'Cheers,' or 'Ystävällisesti' under 'Thanks!': the sign-off itself
        if _organisation(text, run.end, raw_keys):
            return None  # 'Danske Bank', 'Posten Norge', 'Nordea Bank Abp': an organisation
        if text[run.end:run.end + 1] == " " and name_edges.company_suffix_after(text, run.end):
            return None
        if firm_after(text, run.end):
            return None  # 'Ruud, Lie og Gundersen DA', 'Cunningham, Bailey and Ross LLP'
        if company_after(text, run.end):
            return None  # 'Sol og Vind Energi AS', 'Berg & Co AS': a company's name
        if street_after(text, run.end):
            return None  # 'Kong Oscars gate 22', 'Haakon VIIs gate 5': a street
        if street_address.english_street_at(text, run.start, run.end):
            return None  # '72 Frank Manors', 'Flat 2\nWright Greens': an English street
        if (name_edges.after_uk_postcode(text, run.start)
                or name_edges.after_nordic_postcode(text, run.start)) \
                and not STRONG_CUES.intersection(cues_at(run.start, run.end)):
            return None  # round 32C: 'E95 1DG East Andrea': a post town after its postcode;
            # round 36C: 'Ahmedekra 4, 1848 Ahmed', after a house number and its comma
        if street_address.town_under_street(text, run.start, run.end) \
                and not STRONG_CUES.intersection(cues_at(run.start, run.end)):
            return None  # round 33F: '12 Baker Street\nLondon': a post town under its street
        if len(raw_keys) > 1 and " ".join(raw_keys) in gazetteers.place_names():
            return None  # 'Jan Mayen', 'Indre Arna': a place in the postal register
        if _compound_noun(text, run.end) or _quoted_title(text, run.start, run.end):
            return None
        brand = brand_at(text, run.start, run.end, raw_keys)  # 'Clas Ohlson', 'HBO Max'
        # each token's key, read once: the edges below are cut token by token
        key_of = dict(zip(tokens, raw_keys))
        # a first name that is also a word, capitalised mid-sentence where nouns are not
        # ('ikke Per.', 'Teknikeren som kom, Dag, sa ...')
        capital_word = len(tokens) == 1 and raw_keys[0] in common_words() \
            and self.supported_language in _LOWER_CASE_NOUNS \
            and _capital_word_name(text, run.start, raw_keys[0])
        tokens = list(tokens)

        # a capitalised cue word opening the run ('Spør Even', 'Hei Dag') is the cue, not part
        # of the name: cut it first, so a first name that is also a word stays after it
        while len(tokens) > 1 and key_of[tokens[0]] in _CUE_WORDS \
                and (key_of[tokens[0]] in _GREETING_WORDS
                     or is_first(key_of[tokens[1]]) and not name_like(text, tokens, 0)):
            tokens.pop(0)  # ('Said Hassan', first name + surname, stays whole; a greeting is
            # the greeting before any name, listed or not: 'Dear Frank Smith', 'Sæll Þórður')
        if len(tokens) > 1 and is_first(key_of[tokens[1]]) \
                and english_words.question_auxiliary(text, key_of[tokens[0]], tokens[0][0]):
            tokens.pop(0)  # round 34G: 'Will Emma from support call me?': the question's verb
        # round 32C: a first name that is an English word and an unlisted surname where a person
        # stands ('Will Bird from accounts asked ...'): one full name, though both read as words
        pair_name = len(tokens) == 2 and key_of[tokens[0]] in gazetteers.english_word_names() \
            and english_words.full_name_pair(text, [key_of[t] for t in tokens], tokens[0][0],
                                             tokens[1]) \
            and _english_text(self.supported_language, text)
        while tokens and is_common(key_of[tokens[0]]) and not name_like(text, tokens, 0) \
                and not _cued_first_name(tokens, key_of, cues_at) and not capital_word \
                and not pair_name:
            tokens.pop(0)
        cut_title = False
        while tokens and is_common(key_of[tokens[-1]]) and not name_like(text, tokens, -1) \
                and not (len(tokens) == 1 and _cued_first_name(tokens, key_of, cues_at)) \
                and not capital_word and not pair_name \
                and not (len(tokens) == 2 and name_edges.common_word_surname(
                    text, tokens, [key_of[t] for t in tokens], cues_at, _CUED, STRONG_CUES)):
            cut_title = cut_title or is_job_title(key_of[tokens[-1]])
            tokens.pop()
        if not tokens:
            return None
        if cut_title and title_qualifier([key_of[t] for t in tokens]):
            return None  # 'Dear Data Protection Officer', 'Dear Hiring Manager': the title's
        if len(tokens) == 1 and name_edges.month_in_date(text, tokens[0][0], tokens[0][1],
                                                         key_of[tokens[0]]):
            return None  # 'the 1st Jan 1990', 'May 4, 2023': a date's month
        # a capitalised title or role before a first name ('Beboer Vera Vang', 'Resident Aila
        # Klingenberg') is not part of the name: the name starts at the first name
        # (a first name itself, not a surname that reads as one in the genitive: 'Reece
        # Sanders' is no title before 'Sander's')
        keys = [key_of[t] for t in tokens]
        lead = next((i for i, k in enumerate(keys) if k in first or "-" in k and is_first(k)), 0)
        own_first = False  # an unlisted first name before a listed word, kept whole
        if lead and not any((is_first(k) or k in surnames) and k not in _CUE_WORDS
                            for k in keys[:lead]) \
                and not (own_first := _unlisted_first_name(text, tokens, lead, cues_at)):
            tokens, keys = tokens[lead:], keys[lead:]  # 'Ring Kjetil Ødegård': 'Ring' is a
            # surname and a cue word
        start, end = tokens[0][0], tokens[-1][1]
        if street_number_after(text, end):
            return None  # 'Beate Allé 39', 'Storm Allé 75': a street named after a name
        if end < run.end and name_edges.company_form_cut(text, end):
            return None  # round 36C: 'Phillips Retail Ltd': the run's last word, cut off as a
            # common word, was a company form, so the words before it name the company
        initial = initial_before(text, run.start, start)
        initialled = False
        if initial is not None and not (len(tokens) > 1 and is_first(keys[0])) \
                and not name_edges.signs_off(text, initial.end()):
            # with its leading initial ('K. Hansen', 'Mvh K. Hansen'); before a full name or
            # opening the line as a sign-off of its own the letter is one ('T. Sanna
            # Heikkinen', 'T. Pirjo': Finnish 'terveisin')
            start, initialled = initial.start(), True
        surname_start = name_edges.surname_before(text, start, end)
        surname_first = surname_start is not None  # 'NORDMANN, Kari', '"Hansen, Kari"': one name
        if surname_first:
            start = surname_start
        elif len(tokens) == 1 and (first_end := name_edges.first_name_after(text, start, end)):
            end, surname_first = first_end, True  # 'Til: Haraldsson, Faiez': the whole name
        elif len(tokens) == 1 and text[end:end + 1] == "\t" and is_first(keys[0]) \
                and (surname_end := name_edges.tab_split_surname(text, end)):
            end = surname_end  # 'Till<TAB>Anna<TAB>Salomonsson': one cell, split by a scan
        if len(tokens) == 1 and name_edges.after_acronym(text, start):
            return None  # 'DNB Liv': the rest of a company's name
        if len(tokens) == 1 and name_edges.possessive_before_word(text, start, end):
            return None  # 'Kunde: Min husleje er ...', 'Vår leilighet': a possessive
        if len(tokens) == 1 and name_edges.formula_bar_after(text, start, end):
            return None  # 'Al\tfx': a sheet's cell address ('A1') read as a word
        if is_first(keys[-1]) and (initial := name_edges.initial_after(text, end)) is not None:
            end = initial  # 'Kari N.': the surname's initial
        seen_early = _cued_first_name(tokens, key_of, cues_at)
        common = common_words()
        parts: list[tuple[str, object]] = [("recognizer", self.name)]
        score = 0.0
        # a first name that is also a word counts after a cue or before a listed surname
        # ('Per Hansen', 'Else Dahl')
        if is_first(keys[0]) and (keys[0] not in common or seen_early or name_like(text, tokens, 0)
                                  or capital_word or pair_name):
            # Norwegian/Danish lists are curated; the long Swedish tail holds brand-like words
            base = 0.4 if curated_first(keys[0]) or len(keys) > 1 else 0.3
            gaz = base + min(0.3, 0.2 * sum(k in surnames or is_first(k) or finnish_surname(k)
                                            for k in keys[1:]))
        elif len(keys) > 1 and all(k in surnames or is_first(k) for k in keys):
            gaz = 0.35
        elif own_first and not STRONG_CUES.intersection(cues_at(start, end)):
            gaz = 0.3  # 'Naboen min, Nirojan Sivakumar, ...': a listed surname after a first name
        elif spelled_by_address(keys, locals_) and not _all_common(keys):
            gaz = 0.3  # round 36E: 'Reece Day<TAB>…<TAB>reece.day@gmail.com': the address
            # writes the unlisted words as a person's name (with its cue below: 0.55)
        else:
            gaz = 0.0
        lone_surname = not gaz and self.supported_language in _MODEL_LANGUAGES \
            and len(keys) == 1 and len(keys[0]) >= 4 \
            and _listed_surname(keys[0], surnames) and keys[0] not in common \
            and keys[0] not in _CUE_WORDS \
            and text[start + 1:end].islower() \
            and (mid_sentence(text, start) or name_prose.affiliated_after(text, end)
                 or name_cues.after_role_word(text, start))  # (not 'KID')
        # (a surname opening a sentence is left out: the model calls sentence-initial places
        # and nouns that are also surnames persons, 'Berg er et fint sted å bo')
        if lone_surname:
            # 'snakket med Thomassen i går': the model decides; before the department its
            # bearer works in, a person's more likely than not ('Moen i økonomiavdelingen')
            gaz = 0.3 if name_prose.affiliated_after(text, end) and not mid_sentence(text, start) \
                else 0.1
        # round 30E: 'Vi var på Frøya sin bursdag', 'Asker sine barn': a genitive's 'sin' owning
        # a word after a listed first name is a person's, though a place is spelled so
        sin_owner = gaz >= 0.3 and len(keys) == 1 and name_prose.owns_by_sin(text, start, end)
        # a name of the long Swedish list alone mid-sentence or owning the next word, with no
        # other cue: the model decides ('Det var Charlene som ...', "Teslas batteri")
        tail_weak = not sin_owner and gaz == 0.3 and len(keys) == 1 \
            and self.supported_language in _TAIL_LANGUAGES \
            and (mid_sentence(text, start) or name_prose.owns_next_word(text, start, end)) \
            and not cues_at(start, end)
        if tail_weak:
            gaz = 0.1
        if initialled and not gaz and len(keys) == 1 and keys[0] in surnames \
                and keys[0] not in common and text[start:end].istitle():
            gaz = 0.4  # 'Skadelidte er R. Hansen': a listed surname behind its initial
        born = len(keys) == 1 and keys[0] not in common and (
            keys[0] in surnames or finnish_surname(keys[0])) and name_edges.birth_name_before(text, start)
        if born:
            gaz = max(gaz, 0.4)  # 'née Lindqvist', 'flicknamn Dahlqvist': a birth surname
        if gaz:
            score += gaz
            parts.append(("gazetteer", round(gaz, 3)))
        ner = max((s for a, b, s in ner_spans if a < end and start < b), default=None)
        if not gaz and ner is None and not structural_position(text, start, end):
            return None
        seen = cues_at(start, end)
        if pair_name and not seen and len(keys) == 2:
            seen = ("full name before a person's verb",)
        if born:
            seen += ("birth name",)
        # (each rule's cheap test first, as the rule itself tests it: a place's name, a space)
        if len(keys) == 1 and keys[0] in gazetteers.place_names() \
                and (name_edges.coordinated_place(text, start, keys[0])
                     or name_edges.place_lived_in(text, start, keys[0])) \
                and not STRONG_CUES.intersection(seen):
            return None  # 'Kunder i Sørbøvåg og Tolga', 'flyttet til Tolga': places
        if len(keys) == 2 and keys[0] in name_edges.DIRECTION_WORDS \
                and not STRONG_CUES.intersection(seen):
            return None  # 'Indre Østfold', 'Nordre Follo': a municipality (round 29A)
        if len(keys) == 1 and text[end:end + 1] in _NUMBER_OPENINGS \
                and name_edges.numbered_word(text, start, end, keys[0] in common) \
                and not STRONG_CUES.intersection(seen):
            return None  # round 30D: 'File "app.py", Line 332', 'Det er Dag 3': a word numbered
        if (text[start - 1:start] == " " and name_edges.after_company_word(text, start)
                or name_edges.street_named(text, start, end)) and not _CUED.intersection(seen):
            return None  # 'Amazon Alexa Echo': a company's product; 'our Baker Street store'
        if brand is not None and not _CUED.intersection(seen):
            return None  # a brand named like a person, unless signed, greeted or a role's
            # ('Mvh\nPaul Smith', 'snakket med Paul Smith'; 'hos Paul Smith' stays the shop)
        if not seen and len(keys) == 1 and name_prose.owns_next_word(text, start, end):
            seen = ("possessive",)  # 'Karis abonnement', "Erika's subscription"
        elif sin_owner and not STRONG_CUES.intersection(seen):
            seen = ("possessive 'sin'",)  # 'Frøya sin bursdag' (round 30E; for a link's cue too)
        elif not seen and lone_surname and not mid_sentence(text, start):
            seen = ("department after",)  # 'Moen i økonomiavdelingen har ...': the model decides
        elif not seen and (lone_surname or tail_weak or gaz >= 0.4 and mid_sentence(text, start)):
            seen = ("mid-sentence capital",)
        if gaz and not seen and field_value(text, start, end):
            seen = ("field value",)
        if surname_first and gaz:
            seen += ("surname, first name",)  # a form's or an export's way to write a name
        if locals_ and any(ascii_fold(k) in locals_ for k in keys if len(k) >= 3):
            seen += ("email local part",)
        if coordinated_with_a_thing(text, start, end, keys, seen):
            return None  # 'Liv og helse', 'Tor og fre': a word opening a sentence
        if len(keys) == 1 and _word_names_no_one(keys[0], seen, text, start, end):
            return None
        if _english_words_no_name(self.supported_language, text, keys, start, end, seen):
            return None  # 'Grace period ends', 'Rose Garden', 'Regards,\nFriday' (round 32A)
        if len(keys) == 1 and not set(seen) - _WEAK_THING_CUES \
                and name_edges.thing_named_after(text, start, end):
            return None  # 'Oskar sofabord<TAB>3', 'Lars tursekk 45 l': goods named like people
        if len(keys) == 1 and not _CUED.intersection(seen) and name_prose.thing_in_use(text, start, end):
            return None  # 'Jeg bruker Finn', 'men Finn verkar ikkje': an app, a service
        if len(keys) == 1 and not _CUED.intersection(seen) and thing_key(text, start):
            return None  # round 35F: 'product_name: Storm', 'Produktnavn: Storm': a thing's name

        if seen:
            cue = (STRONG if STRONG_CUES.intersection(seen)
                   else WEAK if set(seen) - {"link"} else LINK)
            score += cue
            parts += [("cue", seen), ("cue_score", cue)]
        if ner is not None:
            # the model is a strong vote for a listed name or a cued word, a weak one alone
            score += (NER if seen or gaz >= 0.4 else NER_ALONE) * ner
            parts.append(("ner", round(ner, 3)))
        if _all_common(keys) and not capital_word:
            if not (keys[0] in first and _CUED_FIRST.intersection(seen)) \
                    or keys[0] in GROUP_ADDRESSES and "greeting" in seen:
                return None  # ('Hei Alle!': the greeting's group; 'Mvh Alla' may be signed)
            if signs_off_a_phrase(text, keys, end, seen):
                return None  # 'Mvh Alle oss', 'Hilsen Hele teamet': a phrase, not a signed name
        if len(keys) == 1 and len(keys[0]) < 2:
            return None
        if score <= 0:
            return None
        return self._result(start, end, min(1.0, score), tuple(parts))

    def _result(self, start, end, score, parts) -> RecognizerResult:
        parts = tuple(parts) + (("score", round(score, 3)),)
        if parts[0][0] != "recognizer":
            parts = (("recognizer", self.name),) + parts
        return explained_result(self, start, end, score, parts)


#: cues that a firm's name alone on its line gets as readily as a person's (round 35G)
_FIRM_LINE_CUES = frozenset(("list", "mid-sentence capital", "field value", "label"))


def _names_a_person(text: str, result: RecognizerResult) -> bool:
    """Whether a finding on a name of hyphenated surnames alone on its line
    (:func:`.firm_names.partner_pairs`) has a cue naming a person: any but a list's row, a
    field's value and a label that names no name (a party's, ``Fra:`` / ``Ship to:`` /
    ``Kunde``, labels a firm's line too; ``Etternavn``, ``Name:`` keep it)."""
    seen = set(dict(result.recognition_metadata.get(EXPLANATION_KEY, ())).get("cue", ()))
    if seen - _FIRM_LINE_CUES:
        return True
    if "label" not in seen:
        return False
    line_start = ctx.line_start(text, result.start)
    label = text[line_start:result.start]
    if not label.strip(" \t>"):  # the label alone on the nearest line above with text
        label = next((line for line in reversed(text[max(0, line_start - 200):line_start].split("\n"))
                      if line.strip(" \t>")), "")
    return any(word in label.lower() for word in _NAME_LABEL_WORDS)


#: what a label naming a name holds ('Etternavn', 'Name:', 'Efternamn', 'Sukunimi')
_NAME_LABEL_WORDS = ("navn", "name", "namn", "nimi", "nafn")


#: cues that a country's name gets as readily as a person's: a capital mid-sentence, a row
#: of a list ('Iran, Danmark og Saudi-Arabia'), a genitive owning the next word ('Malis naboer')
_WEAK_PLACE_CUES = frozenset(("mid-sentence capital", "list", "possessive"))
#: cues that a product named like a person gets in a table or a price list: a capital mid-sentence,
#: a row of a list, a field's value
_WEAK_THING_CUES = _WEAK_PLACE_CUES | {"field value"}


#: a lower-case word of prose right before a run, a comma allowed ('rented by Oguş İnönü',
#: 'Naboen min, Nirojan Sivakumar'), not a postcode ('B6J 3QS West Margaretberg')
_PROSE_WORD_BEFORE = lazy_compile(r"(?<![\w\-])\p{Ll}+,?[ ]$")


def _capital_word_name(text: str, start: int, key: str) -> bool:
    """Whether a curated first name that is also a word ('per', 'dag', 'mai', 'sine') is
    capitalised mid-sentence, where that word is written in lower case: no possessive,
    month or group address, and the word before it in lower case."""
    return curated_first(key) and key not in name_edges.POSSESSIVES and key not in MONTH_WORDS \
        and key not in GROUP_ADDRESSES and key not in _CAPITAL_WORDS and mid_sentence(text, start) \
        and _AMOUNT_BEFORE.search(text, max(0, start - 12), start) is None


#: an amount or a currency before a word ('100 kr Per måned'): a rate's 'per', not a name
_AMOUNT_BEFORE = lazy_compile(r"(?:\d|(?<!\w)(?i:kr|kroner|kronor|nok|sek|dkk|eur|euro|,-))\.?[ ]$")


def _country(key: str) -> bool:
    """Whether the word ``key`` (lower case) is a country's name, or its genitive ('malis')."""
    countries = gazetteers.country_names()
    return key in countries or (key[-1:] == "s" and key[:-1] in countries)

def _word_names_no_one(key: str, seen, text: str, start: int, end: int) -> bool:
    """Whether a one-word run ``key`` (its lower-case key) with the cues ``seen`` names a place
    or a label, not a person; both scoring paths (a run's and the model's) ask it:

    - a country with only weak place cues ('sanksjoner mot Mali', 'Malis statsminister',
      'Iran, Danmark og ...', 'det nordlige Mali');
    - round 31E: a language or a people's adjective (a language's name in en, da, nb, sv, fi)
      with only weak cues ('Nationality: Danish', 'Danish CPR number', 'Sprog: Dansk');
    - round 35B: a first name that is an interface's verb of editing ('Endre', 'Endra':
      'change') closing a row after a gap with no strong cue: a summary table's edit link
      ('Telefonnummer<TAB>41234567<TAB>Endre'); greeted, signed or labelled it stays a name;
    - round 31E: a table's header cell with no strong cue ('Asiakasnro,HETU,Tila' over
      '77713,120406A125J,…'), unless a curated first name (one may head a roster).
    """
    if _country(key) and not set(seen) - _WEAK_PLACE_CUES:
        return True
    if key in _EDIT_VERBS and not STRONG_CUES.intersection(seen) and _row_end_cell(text, start, end):
        return True  # round 35B: 'Kontonummer<TAB>1503 12 34567<TAB>Endre': the row's edit link
    if key in gazetteers.language_names() and not set(seen) - _WEAK_THING_CUES:
        return True
    return not curated_first(key) and not STRONG_CUES.intersection(seen) \
        and header_cell(text, start, end)


#: round 35C: demonstratives and object pronouns (English, Nordic) that end a verb's phrase
#: and no name ('chase this', 'ring meg'): a lower-case model span ending in one is none
_POINTING_WORDS = frozenset(("this", "that", "these", "those", "it", "them", "him", "me", "us",
                             "denne", "dette", "disse", "meg", "deg", "oss", "mig", "dig"))

#: round 35B: first names that are also the verb of an interface's edit link ('Endre' is
#: Norwegian for 'change'; 'Endra' its Nynorsk)
_EDIT_VERBS = frozenset(("endre", "endra"))
#: a gap (a tab, or two spaces) before a cell
_CELL_GAP_BEFORE = ("\t", "  ")


def _row_end_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the last cell of a row that holds a cell before it: a
    gap before it after other text on its line, only spaces after it to the line's end."""
    if not text.endswith(_CELL_GAP_BEFORE, 0, start):
        return False
    if not text[ctx.line_start(text, start):start].strip():
        return False
    return not text[end:ctx.line_end(text, end)].strip()


def _english_words_no_name(language: str, text: str, keys: list[str], start: int, end: int,
                           seen) -> bool:
    """Round 32A: whether the run of lower-cased ``keys`` at ``start:end`` with the cues ``seen``
    is English words, not a name (both scoring paths ask it):

    - an English weekday alone ('Regards,\nFriday': the day, though the Swedish list has it),
      unless a cue that addresses or labels a person names it ('Hei Friday,', 'Navn: Friday');
    - with no strong or role cue, a first name that is a common English word before a place's
      noun that is no surname ('Rose Garden is closed', 'Ivy League pricing'), also the model's
      span of the name alone before that noun (round 32C: 'Rose Street office is moving');
    - with no cue at all, in English text (``lang`` en, or none and the text reads as English),
      such a first name opening a sentence before a lower-case word that is no verb of a
      subject ('Grace period ends', 'Frank feedback is welcome', 'Mark the invoice as paid';
      'Frank said', 'Grace Hansen' stay names: :func:`english_words.word_opening`);
    - round 35B: with no strong or role cue, one frequent English word that no list holds as
      a name ('Created' over a date in a sidebar, 'Assignee': the model's weak vote alone);
    - round 33F: with no strong or role cue, such a first name before a frequent English word
      that no list holds as a name, a Title Case phrase naming a plan or a product ('Grace
      Period', 'Summer Release': :func:`english_words.title_phrase`), unless it stands where a
      person does (:func:`english_words.full_name_pair`).
    """
    if len(keys) == 1 and keys[0] in english_words.WEEKDAYS:
        return not _NAMING_CUES.intersection(seen)  # ('Hei Friday,' greets a person)
    if _CUED.intersection(seen):
        return False
    if len(keys) == 1 and keys[0] in gazetteers.english_common_words():
        return True  # round 35B: 'Created', 'Assignee': a frequent English word no list names
    if english_words.place_phrase(keys) and "department after" not in seen:
        return True  # (round 37C: 'Rose Lane from accounts asked …' works in a department)
    if len(keys) == 1 and english_words.place_after(text, keys[0], end):
        return True  # round 32C: 'Rose Street office is moving': the model's span 'Rose' alone
    if english_words.title_phrase(keys) and not (
            _english_text(language, text) and english_words.full_name_pair(
                text, keys, start, (end - len(text[start:end].split()[-1]), end))):
        return True  # round 33F: 'the Grace Period ends', 'Summer Release': a plan's, a product's
    return len(keys) == 1 and not seen and english_words.word_opening(text, keys[0], start, end) \
        and _english_text(language, text)


def _english_text(language: str, text: str) -> bool:
    """Whether ``text`` is English: its ``lang`` en, or none and it reads as English."""
    return language == "en" or language == "xx" and reads_english(text.lower())


def _organisation(text: str, end: int, keys: list[str]) -> bool:
    """Whether the run of lower-cased ``keys`` ending at ``end`` names an organisation by its
    words (:func:`common_words.organisation_name`), or stands before a shared mailbox's
    address with no listed first name in it ('skreiv Hallingdal Kraft <kundeservice@…>:')."""
    # (the cheap tests first, each as the function called tests it: most runs are one word
    # ending in no company's head noun, and no bracket follows them)
    if len(keys) == 1:
        if keys[0].endswith(ORGANISATION_ENDINGS):
            return True
    elif organisation_name(keys):
        return True
    elif keys[-1] in TRADE_WORDS and not any(
            is_first(key) and key not in gazetteers.english_word_names() for key in keys):
        return True  # round 37C: 'Nordic Tools <nordic.tools@…>': a firm's trade, no first name;
        # round 37F: nor one that is an English word, a firm's too ('Bright Supplies')
    return text[end:end + 1] in (" ", "\t", "\"", "<") and name_edges.role_mailbox_after(text, end) \
        and not any(is_first(key) for key in keys)


class _Part:
    """One name of two matched together ('hei, kari og ola her'), read as a match of its own."""

    __slots__ = ("_match", "_start", "_end")

    def __init__(self, match, start: int, end: int) -> None:
        self._match, self._start, self._end = match, start, end

    def group(self, index: int = 0) -> str:
        return self._match.string[self._start:self._end] if index else self._match.group(0)

    def start(self, index: int = 0) -> int:
        return self._start if index else self._match.start()

    def end(self, index: int = 0) -> int:
        return self._end if index else self._match.end()


def _pair_parts(match) -> list:
    """``match`` itself, or its two names where it holds two joined by 'og'/'och'/'and'/'&'
    (round 29A: 'hei, kari og ola her.': two writers greeting together, each name found)."""
    words = match.group(1).split(" ")
    if len(words) != 3 or words[1].lower() not in PAIR_WORDS:
        return [match]
    start = match.start(1)
    second = start + len(words[0]) + len(words[1]) + 2
    return [_Part(match, start, start + len(words[0])), _Part(match, second, match.end(1))]


def _signed_word_name(match, words: list[str], why: str) -> bool:
    """Whether a lower-case first name that is also a word ('may', 'liv', 'by') is a name:
    followed by a listed surname that is no word, and signed after a sign-off ('hilsen may
    eide', 'mvh\nliv solberg'; not 'hilsen alle sammen') or (round 28A) after a
    self-introduction or between a greeting and 'here' ('jag heter inga støa', 'hei, annet
    åkesson her.'; not 'hei, annet enn det er alt her')."""
    if len(words) != 2 or words[1] in common_words() \
            or words[1] not in gazetteers.surnames():
        return False
    if why in WORD_NAME_CUES:
        return True
    cue = match.group(0)[:match.start(1) - match.start()].strip(" \t\n,:.").lower()
    return cue in SIGN_OFFS


def _lower_listed(word: str, first, surnames) -> bool:
    """Whether a lower-case name word, or each part of a double-barrelled one, is listed (or
    has a Finnish surname's shape); the particles between first name and surname are not
    looked up ('evelyn de aarsland')."""
    return all(part in first or part in surnames or finnish_surname(part)
               for part in word.split("-"))


def _overlaps(results: list[RecognizerResult], start: int, end: int) -> bool:
    """Whether a result found already covers any of ``start:end``."""
    return any(r.start < end and start < r.end for r in results)


def _borderline(found) -> bool:
    """Worth asking the model: a curated-list name (or a cued word) the rules leave unsure."""
    if found is None or not BORDERLINE <= found.score < SURE:
        return False
    parts = dict(found.recognition_metadata[EXPLANATION_KEY])
    return parts.get("gazetteer", 0) >= 0.4 or bool(parts.get("cue"))


def _capitals_name(text: str, run, keys: list[str]) -> bool:
    """A run in capitals that is a name: two or more words, the first a first name, not all
    common words, and the rest name-list words or a strong or role cue ('Navn:', 'kunde');
    or one word, a listed first name or surname and no common word, under or after a name
    label (a passport's 'Etternavn/Surname' over 'HAUGEN', 'Fornavn: KARI')."""
    if len(keys) == 1:
        return ((is_first(keys[0]) or keys[0] in gazetteers.surnames()) and not is_common(keys[0])
                and name_regions.labelled_caps(text, run.start))
    if not is_first(keys[0]) or all(is_common(k) for k in keys):
        return False
    surnames = gazetteers.surnames()
    return (all(is_first(k) or k in surnames for k in keys[1:])
            or bool(_CUED.intersection(name_cues.cues(text, run.start, run.end))))


def _listed_surname(key: str, surnames) -> bool:
    """Whether ``key`` is a listed surname, or a double one whose parts all are
    ('dahle-ballestad')."""
    return key in surnames or "-" in key and all(p in surnames for p in key.split("-") if p)


def _any_listed(keys: list[str], first, surnames) -> bool:
    """Whether any of ``keys`` is a first name (:func:`is_first`) or a surname; a loop, not
    ``any()`` over a generator: this runs for every capitalised run."""
    for key in keys:
        if key in first or key in surnames:
            return True
        if "-" in key:  # (a double name, its genitive; 'Dahle-Ballestad')
            if is_first(key) or _listed_surname(key, surnames):
                return True
        elif key[-1:] == "s" and is_first(key):  # (a genitive)
            return True
    return False


_COMPOUND_TAIL = lazy_compile(r"-\p{Ll}{3,}$")


def _compound_noun(text: str, end: int) -> bool:
    """Whether the run ending at ``end`` ends in a compound's lower-case tail, so it names a
    thing after a person or a place ('Jan Mayen-loven', 'Michael Kiwanuka-låt', 'Daily
    Mirror-journalist', 'Kari-saken'), not the person."""
    # (the hyphen first: most runs end in no compound, and the search is the dearer test)
    return text[end - 1:end].islower() and text.find("-", max(0, end - 30), end) != -1 \
        and _COMPOUND_TAIL.search(text, max(0, end - 30), end) is not None


#: what may stand in guillemets with a run that is a title's: a number after it (a ship's, a
#: model's: '«Queen Elisabeth 2»') and a second name joined by 'og'/'&' (a firm's: '«Berg og
#: Høeg»'), before or after it
_TITLE_TAIL = lazy_compile(r"(?:[ ](?:og|&|and|och)[ ]\p{Lu}[\p{L}'’\-]*)?(?:[ ]\d{1,4})?»")
_TITLE_HEAD = lazy_compile(r"«(?:\p{Lu}[\p{L}'’\-]*[ ](?:og|&|and|och)[ ])?$")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the run is the whole of a title in guillemets, a ship's, a magazine's, a book's,
    a firm's ('MS «Victoria»', '«Marie Claire» er klar', '«Queen Elisabeth 2»', '«Berg og
    Høeg»'); not a name quoted after a greeting or a sign-off ('Hilsen «Kari Nordmann»')."""
    if "«" not in text[max(0, start - 40):start] or _TITLE_TAIL.match(text, end) is None \
            or _TITLE_HEAD.search(text, max(0, start - 40), start) is None:
        return False
    before = text[max(0, start - 30):start - 1].rstrip(" ,:\t\n").lower()
    return not before.endswith(tuple(cue_words.CUE_PHRASES))


def _all_common(keys: list[str]) -> bool:
    """Whether every one of ``keys`` is a common word (:func:`is_common`)."""
    for key in keys:
        if not is_common(key):
            return False
    return True


def _unlisted_first_name(text: str, tokens: list, lead: int, cues_at) -> bool:
    """Whether the one unlisted word before a listed first name in a two-word run is the
    run's own first name: the run is signed, greeted or labelled as a whole ('Thanks, Bethan
    Carter', 'Mvh Aatu Morgan': a surname that is also a first name), where a title before a
    first name ('Beboer Vera', 'Resident Aila') has its own cue or none."""
    if lead != 1 or len(tokens) != 2:
        return False
    seen = cues_at(tokens[0][0], tokens[-1][1])
    if {"sign-off", "greeting", "signature", "label"}.intersection(seen):
        return True
    # mid-sentence, a word no list knows that is no title, role or common word ('Naboen min,
    # Thusyanthan Sivakumar, ...': a surname the long Swedish list holds as a first name)
    word = word_key(text, tokens[0])
    return _PROSE_WORD_BEFORE.search(text, max(0, tokens[0][0] - 30), tokens[0][0]) is not None \
        and mid_sentence(text, tokens[0][0]) and not is_common(word) and word not in _CUE_WORDS \
        and not noun_shaped(word)


def _cued_first_name(tokens: list, key_of: dict, cues_at) -> bool:
    """A first name that is also a word ('Dag', 'June', 'Inga') right after a strong cue."""
    if key_of[tokens[0]] not in gazetteers.first_names():
        return False
    if len(tokens) > 1 and _all_common([key_of[t] for t in tokens[1:]]):
        return False  # a Title Case phrase ('Hilsen The Customer Care Team')
    seen = cues_at(tokens[0][0], tokens[-1][1])
    return bool(_CUED_FIRST.intersection(seen))
