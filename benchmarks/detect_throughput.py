"""Throughput of our detector against vanilla Presidio on the same synthetic tickets.

Vanilla = Presidio's default recognizers registered for the same languages, with a blank
spaCy pipeline (tokenizer only, no NER) and its default context enhancer. Prints chars/s
for both at 1 KB, 10 KB, 100 KB (one ``analyze`` call per text) and a batch of tickets (each
engine's batch API: our ``analyze_many`` asks the NER model once per group of texts), and the
ratio; plus our start-up time and peak RSS. Run:
``python benchmarks/detect_throughput.py [--tickets 5000] [--no-ner] [--startups 3]``.

Start-up is timed in fresh interpreters (``--startups`` of them, one after another): each
imports the engine, builds it, loads the model and analyses one short text, and the wall time
of the whole process is taken. The first one may read the libraries from disk, the later ones
from the page cache; all are printed with their median, so one busy or cold moment does not
decide the figure.

Where the time goes, so the figures can be read: a single short text that holds an undecided
name pays one NER model call (~2-3 ms on a 2-core VM: the matrix products of its weights and
the parser's per-call set-up, whatever the window's length), which is
why 1 KB single calls gain less than batches and long texts do.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import logging
import random
import resource
import statistics
import subprocess
import sys
import time

LANGS = ("nb", "nn", "sv", "da", "fi", "en", "xx")


#: The day Faker's Norwegian birth numbers count ages back from. Faker counts from today, which
#: made the texts (and the findings digest over them) change at every midnight.
_FNR_TODAY = datetime.date(2026, 11, 27)


def _fnr(fk) -> str:
    """A fødselsnummer as Faker's ``ssn()`` draws one (an age of 18-90 years, the same random
    draws), counted from :data:`_FNR_TODAY` instead of today."""
    age = datetime.timedelta(days=fk.random.randrange(18 * 365, 90 * 365))
    return fk.ssn(dob=(_FNR_TODAY - age).strftime("%Y%m%d"))


def synthetic_tickets(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """Helpdesk-like tickets (Faker names/addresses/numbers in Nordic templates)."""
    from faker import Faker

    fakers = {"nb": Faker("no_NO"), "sv": Faker("sv_SE"), "en": Faker("en_GB")}
    for i, fk in enumerate(fakers.values()):
        fk.seed_instance(seed + i)
    rng = random.Random(seed)
    greet = {"nb": ("Hei", "Mvh"), "sv": ("Hej", "Med vänliga hälsningar"), "en": ("Hi", "Regards")}
    tickets = []
    for _ in range(n):
        lang = rng.choice(("nb", "nb", "nb", "sv", "en"))
        fk = fakers[lang]
        hello, bye = greet[lang]
        body = [f"{hello} {fk.first_name()},", ""]
        for _ in range(rng.randint(2, 6)):
            kind = rng.random()
            if kind < 0.2:
                body.append(f"Telefon: {fk.phone_number()} og e-post {fk.email()}.")
            elif kind < 0.35:
                body.append(f"Adresse: {fk.street_address()}, {fk.postcode()} {fk.city()}.")
            elif kind < 0.45:
                body.append(f"Fødselsnummer: {_fnr(fk)}" if lang == "nb" else fk.sentence())
            elif kind < 0.55:
                body.append(f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} ERROR job "
                            f"{rng.randint(10**6, 10**7)} failed on 10.0.{rng.randint(0, 255)}."
                            f"{rng.randint(1, 254)} after {rng.randint(1, 999)} ms")
            else:
                body.append(fk.paragraph(nb_sentences=rng.randint(2, 5)))
        body += ["", bye, fk.name()]
        tickets.append(("\n".join(body), lang))
    return tickets


def sized_text(tickets: list[tuple[str, str]], size: int) -> str:
    """Whole tickets joined until ``size`` chars, cut at the last space or line break before
    ``size`` (a text that ends inside a word, 'Telefo', is no ticket)."""
    out, i = [], 0
    while sum(len(t) for t in out) < size:
        out.append(tickets[i % len(tickets)][0])
        i += 1
    text = "\n\n".join(out)[:size + 1]
    cut = max(text.rfind(" ", 0, size + 1), text.rfind("\n", 0, size + 1))
    return text[:cut if cut > 0 else size].rstrip()


def sized_texts(tickets: list[tuple[str, str]], size: int, count: int) -> list[str]:
    """``count`` texts of about ``size`` chars from disjoint stretches of ``tickets``, so a
    figure is not decided by what one stretch happens to hold (one undecided name costs a 1 KB
    text a model call; about 40 % of 1 KB texts hold one)."""
    per_text = max(1, size // 300 + 1)  # tickets average ~350 chars
    starts = [(i * per_text) % len(tickets) for i in range(count)]
    return [sized_text(tickets[at:] + tickets[:at], size) for at in starts]


def vanilla_presidio():
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    nlp = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": "blank"} for lang in LANGS])
    nlp.nlp = {lang: spacy.blank(lang if lang not in ("nn",) else "nb") for lang in LANGS}
    registry = RecognizerRegistry(supported_languages=list(LANGS))
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    base = [r for r in registry.recognizers if r.supported_language == "en"]
    for lang in LANGS:
        if lang == "en":
            continue
        for rec in base:
            clone = copy.copy(rec)
            clone.supported_language = lang
            registry.recognizers.append(clone)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=list(LANGS))


def presidio_batch(analyzer):
    """Presidio's own batch API over texts of several languages (one call per language)."""
    from presidio_analyzer import BatchAnalyzerEngine

    batch = BatchAnalyzerEngine(analyzer)

    def run(texts: list[tuple[str, str]]) -> None:
        by_lang: dict[str, list[str]] = {}
        for text, lang in texts:
            by_lang.setdefault(lang, []).append(text)
        for lang, group in by_lang.items():
            list(batch.analyze_iterator(group, language=lang, batch_size=64))

    return run


def rate(fn, texts: list[tuple[str, str]], min_seconds: float = 1.0, batch=None) -> float:
    """Chars/s of ``fn`` over ``texts`` (or of ``batch`` over all of them at once),
    repeated until ``min_seconds`` have passed."""
    chars, started, rounds = 0, time.perf_counter(), 0
    while True:
        if batch is not None:
            batch(texts)
            chars += sum(len(text) for text, _ in texts)
        for text, lang in texts if batch is None else ():
            fn(text, lang)
            chars += len(text)
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds or rounds >= 50:
            return chars / elapsed


#: what one start-up is: import, build (model included), the first analysis
_STARTUP = """
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions
detector = build_detector(DetectOptions(use_ner={use_ner}))
detector.analyze("Hei Kari, fnr 12058695082", "nb")
"""


def startup_seconds(use_ner: bool, runs: int) -> list[float]:
    """Wall seconds of ``runs`` fresh interpreters, each doing one start-up (``_STARTUP``)."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _STARTUP.format(use_ner=use_ner)], check=True)
        seconds.append(time.perf_counter() - started)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=5000, help="batch size (default 5000)")
    parser.add_argument("--no-ner", action="store_true", help="our detector without the model")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per input")
    parser.add_argument("--startups", type=int, default=3,
                        help="fresh interpreters timed for start-up (default 3; 0 skips)")
    args = parser.parse_args(argv)

    if args.startups > 0:
        runs = startup_seconds(not args.no_ner, args.startups)
        print(f"our start-up (fresh process: import, build, first analysis): median "
              f"{statistics.median(runs):.2f} s of {', '.join(f'{s:.2f}' for s in runs)} s")
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    ours = build_detector(DetectOptions(use_ner=not args.no_ner))
    ours.analyze("Hei Kari, fnr 12058695082", "nb")
    ner = ours.analyzer.nlp_engine.ner is not None
    print(f"NER model {'loaded' if ner else 'absent'}")
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # offline: no suffix-list fetch
    vanilla = vanilla_presidio()
    vanilla_batch = presidio_batch(vanilla)

    tickets = synthetic_tickets(max(args.tickets, 200))
    cases = [(f"{size // 1000} KB", [(text, "nb") for text in sized_texts(tickets, size, count)])
             for size, count in ((1_000, 40), (10_000, 6), (100_000, 3))]
    cases.append((f"{args.tickets} tickets", tickets[:args.tickets]))
    print(f"{'input':<14}{'ours chars/s':>14}{'presidio chars/s':>18}{'ratio':>8}")
    for name, texts in cases:
        # alternate the two engines and keep each one's best round: a shared, noisy
        # machine then slows both alike instead of whichever happened to run second.
        # The ticket batch goes through each engine's batch API (ours: analyze_many, one
        # NER call per group; Presidio: BatchAnalyzerEngine per language); single
        # texts through analyze.
        is_batch = name.endswith("tickets")
        mine = theirs = 0.0
        for _ in range(args.rounds):
            mine = max(mine, rate(lambda t, lang: ours.analyze(t, lang), texts, 1.0,
                                  batch=ours.analyze_many if is_batch else None))
            theirs = max(theirs, rate(lambda t, lang: vanilla.analyze(text=t, language=lang),
                                      texts, 1.0, batch=vanilla_batch if is_batch else None))
        print(f"{name:<14}{mine:>14,.0f}{theirs:>18,.0f}{mine / theirs:>8.1f}x", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (both engines in one process): {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
