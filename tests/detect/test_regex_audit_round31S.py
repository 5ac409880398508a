"""Round 31S: built-in patterns scan a chunk without the regex module's timeout; the audit that
makes that safe (:mod:`pii_scanner.detect.regex_timeout`).

A scan with ``timeout=`` asks the clock (a system call) inside the matching loop, more than
doubling the cost of a scan. The timeout guards against runaway backtracking: exponential,
which hangs on a short text, or quadratic, which needs a long one. So every built-in pattern
that may run untimed is run here over adversarial texts of ``UNTIMED_MAX_CHARS`` characters
built from its own characters (runs of one, alternations of a digit or a letter with each of
its separators, a random mix, near-miss repetitions of a match), each scan under a one-second
timeout: a linear pattern takes milliseconds (the slowest built-in one ~45 ms), so a pattern
added later that backtracks badly fails here. Custom regexes from the config and third-party
recognizers are not audited and keep the timeout.
"""

from __future__ import annotations

import importlib
import logging
import random
import re
import time
from pathlib import Path

import pytest
import regex

from pii_scanner.detect import engine, regex_timeout
from pii_scanner.detect.engine import build_analyzer
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.generic import email
from pii_scanner.detect.regex_timeout import UNTIMED_MAX_CHARS, scan_timeout

DETECT = Path(regex_timeout.__file__).parent
LIMIT_S = 1.0

#: one of each kind of value the recognizers find, for near-miss repetitions of a match
#: (synthetic values)
SAMPLE = (
    "Hei Kari Nordmann, fnr 12058695082, tlf +47 412 34 567 / 0046 70-123 45 67, e-post "
    "kari.nordmann@example.no, kari (at) firma [dot] no, kari.nordmann%40firma.no. IBAN NO93 8601 "
    "1117 947, konto 8601.11.17947, org.nr 923 609 016 MVA, Storgata 12B, 0155 Oslo. GPS 59.9139, "
    "10.7522, 59°54'50\"N 10°45'08\"E, https://maps.google.com/?q=59.9139,10.7522 IP 192.168.1.10 "
    "/ 2001:db8::1, kort 4111 1111 1111 1111, født 12.03.1985 (1985-03-12, 12. mars 1985, March "
    "12, 1985), pass NO1234567, FH 123 4567\nP<NORNORDMANN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10\nMvh\nOla O. Hansen-Berg\nTelefon: 98765432\n"
    "personnummer 850312-1231, 19850312-1231, CPR 170165-0774, HETU 131052-308T\n"
    "jeg heter kari nordmann. hei, ola hansen her. Fra: kari berg <kari.berg@firma.no>\n"
    "10:32 kari: hei\n10:33 ola: takk\nKari Berg 14:03\nAnnaMaria Hansen\n"
    '<a href="mailto:x@firma.se" title="Ola">Ola</a>\nFornavn\tEtternavn\nKari\tBerg\n'
    "Regards\nJohn Smith\n221B Baker Street, London NW1 6XE\n")

#: characters a pattern's separators may be (those that occur in its source are used)
_SEPARATORS = " \t\n-.,:;/+()@<>_'\"%#&="


def _alphabet(source: str) -> tuple[list[str], list[str]]:
    """(bases, separators) of adversarial texts for a pattern with ``source``: a digit, a
    lower-case and a capital letter where it matches such, and the separators it names."""
    bases = []
    if any(t in source for t in (r"\d", "0-9", r"\p{N", r"\w", "1-9")):
        bases.append("1")
    if any(t in source for t in (r"\p{L", r"\w", "a-z", r"\p{Alpha", "[:alpha:]")) \
            or regex.search(r"[A-Za-zÅÆØÄÖåæøäö]{2}", source):
        bases += ["a", "A", "ø"]
    seps = sorted({c for c in source if c in _SEPARATORS}
                  | ({" ", "\n", "\t"} if any(t in source for t in (r"\s", r"\h", r"\n")) else set()))
    return bases, seps


def adversarial_texts(pattern: regex.Pattern, length: int = UNTIMED_MAX_CHARS) -> dict[str, str]:
    """Texts of ``length`` characters built from ``pattern``'s own characters."""
    bases, seps = _alphabet(pattern.pattern)
    out = {f"run of {c!r}": c * length for c in bases + seps}
    out.update({f"run of {c!r} ending in '!'": c * (length - 1) + "!" for c in bases + seps})
    for base in bases[:3]:
        for sep in seps:
            out[f"{base!r} and {sep!r}"] = ((base + sep) * (length // 2 + 1))[:length]
            if base == "1" or sep == " ":
                out[f"{base * 3!r} and {sep!r}"] = ((base * 3 + sep) * (length // 4 + 1))[:length]
    rng = random.Random(7)
    pool = bases + seps + ["1", "a", " "]
    out["random mix"] = "".join(rng.choice(pool) for _ in range(length))
    for i, match in enumerate(m for m in pattern.finditer(SAMPLE) if m.group()):
        if i == 3:
            break
        value = match.group()
        for sep in ("", " ", "\n"):
            for name, piece in (("match", value), ("near miss", value[:-1])):
                if piece:
                    out[f"{name} {i} + {sep!r}"] = ((piece + sep) * (length // len(piece + sep) + 1))[:length]
    return out


def _scan_all(pattern: regex.Pattern, text: str) -> None:
    for _ in pattern.finditer(text, timeout=LIMIT_S):
        pass


def _scan_anchored(pattern: regex.Pattern, text: str) -> None:
    """The e-mail recognizer's use: one match from each anchor's local part."""
    started = time.process_time()
    anchors = [anchor.start() for anchor in email._ANCHOR.finditer(text, timeout=LIMIT_S)]
    for start in email._local_starts(text, anchors):
        pattern.match(text, start, timeout=LIMIT_S)
        if time.process_time() - started > LIMIT_S:
            raise TimeoutError("anchored matches")


def audit(pattern: regex.Pattern, scan=_scan_all, length: int = UNTIMED_MAX_CHARS,
          first: bool = False) -> list[str]:
    """The adversarial texts ``pattern`` does not scan within ``LIMIT_S`` (empty: linear;
    ``first``: the first such text only)."""
    slow = []
    for name, text in adversarial_texts(pattern, length).items():
        started = time.process_time()
        try:
            scan(pattern, text)
        except TimeoutError:
            slow.append(name)
        else:
            if time.process_time() - started > LIMIT_S:
                slow.append(name)
        if slow and first:
            break
    return slow


def _built_in_recognizers():
    analyzer = build_analyzer(DetectOptions(use_ner=False))
    seen = {}
    for recognizer in analyzer.registry.recognizers:
        if isinstance(recognizer, NordicRecognizer):
            seen.setdefault(type(recognizer), recognizer)
    return list(seen.values())


RECOGNIZERS = _built_in_recognizers()
#: recognizers whose patterns are matched from an anchor, not scanned over the text
ANCHORED = (email.NordicEmailRecognizer,)
RECOGNIZER_PATTERNS = [(f"{type(r).__name__}.{spec.name}", pattern, isinstance(r, ANCHORED))
                       for r in RECOGNIZERS for spec, pattern in r._compiled]

#: local names a call site scans: the recognizers' patterns, or the module's own
_LOCAL_NAMES = {("recognizers/base.py", "pattern"): "recognizers",
                ("recognizers/generic/email.py", "pattern"): "recognizers",
                ("name_regions.py", "pattern"): ("RUN", "CAPS_RUN")}
_SCAN_CALL = regex.compile(r"(\w+)\.(?:finditer|search|match|fullmatch|findall|sub|split)\(")


def _module_name(path: Path) -> str:
    return "pii_scanner.detect." + ".".join(path.relative_to(DETECT).with_suffix("").parts)


def _call_sites() -> list[tuple[str, str]]:
    """(file, scanned name) of every scan whose keyword arguments come from ``scan_timeout``."""
    sites = []
    for path in sorted(DETECT.rglob("*.py")):
        if path.name == "regex_timeout.py":  # (its doc's example)
            continue
        source = path.read_text(encoding="utf-8")
        for use in regex.finditer(r"\*\*(?:scan_timeout\(|timeout\b)", source):
            calls = list(_SCAN_CALL.finditer(source, max(0, use.start() - 200), use.start()))
            assert calls, f"{path}: no scan call before {use.group()}"
            sites.append((path.relative_to(DETECT).as_posix(), calls[-1].group(1)))
    return sites


def _module_patterns() -> list[tuple[str, regex.Pattern]]:
    found = {}
    for file, name in _call_sites():
        names = _LOCAL_NAMES.get((file, name), (name,))
        if names == "recognizers":
            continue
        module = importlib.import_module(_module_name(DETECT / file))
        for each in names:
            found[f"{file}:{each}"] = getattr(module, each)
    return sorted(found.items())


MODULE_PATTERNS = _module_patterns()


def test_every_timed_scan_goes_through_scan_timeout():
    """A literal ``timeout=`` in the detector would be a scan the audit does not know of."""
    literal = [f"{p.relative_to(DETECT)}:{n}" for p in DETECT.rglob("*.py") if p.name != "regex_timeout.py"
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"\btimeout=", line)]
    assert literal == []


def test_call_sites_scan_patterns_the_audit_covers():
    sites = _call_sites()
    assert len(sites) >= 15  # base, e-mail, name regions, person, lower-case names, ...
    for file, name in sites:
        names = _LOCAL_NAMES.get((file, name), (name,))
        if names == "recognizers":
            continue
        module = importlib.import_module(_module_name(DETECT / file))
        for each in names:
            assert isinstance(getattr(module, each, None), regex.Pattern), (file, each)
    assert {"name_regions.py:RUN", "recognizers/generic/email.py:_ANCHOR",
            "recognizers/nlp/person.py:SPEAKER_LINE"} <= {name for name, _ in MODULE_PATTERNS}


def test_every_built_in_recognizer_is_covered():
    names = {type(r).__name__ for r in RECOGNIZERS}
    assert {"NordicEmailRecognizer", "NordicPhoneRecognizer", "NoFodselsnummerRecognizer",
            "NordicStreetAddressRecognizer", "NordicDateOfBirthRecognizer"} <= names
    assert len(RECOGNIZER_PATTERNS) >= 60
    assert all(r.untimed_chars == UNTIMED_MAX_CHARS for r in RECOGNIZERS)


@pytest.mark.parametrize("name, pattern, anchored", RECOGNIZER_PATTERNS,
                         ids=[name for name, _, _ in RECOGNIZER_PATTERNS])
def test_recognizer_pattern_is_linear_at_the_untimed_length(name, pattern, anchored):
    assert audit(pattern, _scan_anchored if anchored else _scan_all) == []


@pytest.mark.parametrize("name, pattern", MODULE_PATTERNS, ids=[name for name, _ in MODULE_PATTERNS])
def test_helper_pattern_is_linear_at_the_untimed_length(name, pattern):
    assert audit(pattern) == []


def test_the_audit_catches_exponential_and_quadratic_patterns():
    """The audit's own check: a pattern that backtracks exponentially on a short text, and
    one that is quadratic on a long one, are both caught (and so is the obfuscated e-mail
    pattern scanned at every position, not from its anchors as it is used: quadratic on a run
    of digits)."""
    assert audit(regex.compile(r"(?:a|aa)+$"), first=True)
    assert audit(regex.compile(r"(?:\d+ )+x"), first=True)
    assert audit(regex.compile(email.NordicEmailRecognizer.PATTERNS[1].regex), first=True)
    assert not audit(regex.compile(r"(?<!\d)\d{6}-?\d{5}(?!\d)"))


class _Spy:
    """A compiled pattern's stand-in that records each scan's keyword arguments."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, []

    def finditer(self, *args, **kwargs):
        self.calls.append(kwargs)
        return self.pattern.finditer(*args, **kwargs)


def _spied(recognizer):
    spy = _Spy(regex.compile(r"\d{4}"))
    recognizer._compiled = [(PatternSpec("four digits", r"\d{4}", 0.5), spy)]
    return spy


class _Built(NordicRecognizer):  # (a module of the package would audit it: see below)
    ENTITY = "X"


def test_a_chunk_is_scanned_untimed_and_a_longer_range_timed():
    recognizer = _Built()
    recognizer.untimed_chars = UNTIMED_MAX_CHARS  # as a class of the package gets it
    spy = _spied(recognizer)
    short, long = "nr 1234 " * 100, "nr 1234 " * (UNTIMED_MAX_CHARS // 8 + 1)
    assert len(recognizer.analyze(short, ["X"])) == 100
    assert len(recognizer.analyze(long, ["X"])) == len(long) // 8
    assert spy.calls == [{}, {"timeout": regex_timeout.REGEX_TIMEOUT_S}]


def test_a_third_party_recognizer_keeps_the_timeout():
    recognizer = _Built()
    assert recognizer.untimed_chars == -1  # defined outside pii_scanner.detect
    spy = _spied(recognizer)
    recognizer.analyze("nr 1234", ["X"])
    assert spy.calls == [{"timeout": regex_timeout.REGEX_TIMEOUT_S}]


def test_a_third_party_runaway_pattern_is_given_up_not_hung(caplog):
    class Runaway(NordicRecognizer):
        ENTITY = "X"
        PATTERNS = (PatternSpec("runaway", r"(?:a|aa)+$", 0.5),)

    # the regex module's timeout counts this process's CPU time, not the wall clock (on a
    # loaded machine 2 CPU-seconds took 4-12 s of wall time), so the bound is on CPU time too
    started = time.process_time()
    with caplog.at_level(logging.WARNING):
        assert Runaway().analyze("a" * 40 + "b", ["X"]) == []
    assert time.process_time() - started < regex_timeout.REGEX_TIMEOUT_S + 3
    assert "timed out" in caplog.text


def test_scan_timeout_keeps_a_helpers_own_seconds():
    assert dict(scan_timeout(UNTIMED_MAX_CHARS)) == {}
    assert dict(scan_timeout(UNTIMED_MAX_CHARS + 1, 5.0)) == {"timeout": 5.0}
    assert dict(scan_timeout(10, untimed_chars=-1)) == {"timeout": regex_timeout.REGEX_TIMEOUT_S}


def test_every_chunk_of_a_long_text_is_short_enough_to_scan_untimed():
    assert engine.CHUNK_CHARS <= UNTIMED_MAX_CHARS
    text = ("Hei, her er en lang logg.\n" + "x" * 30 + " ") * 4_000
    assert max(len(chunk) for _, chunk in engine._chunks(text)) <= UNTIMED_MAX_CHARS


def _local_start_one_by_one(text: str, at: int) -> int:
    """The e-mail recognizer's walk back from one anchor, as it was before round 31S."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
        start -= 1
    while start < at and text[start] == ".":
        start += 1
    return start


def test_local_parts_start_where_one_walk_per_anchor_says():
    rng = random.Random(31)
    pieces = ["a", "ø", "1", ".", "..", "-", "%", "%40", "@", " at ", "(at)", " ", "\n"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        ats = [m.start() for m in email._ANCHOR.finditer(text)]
        assert email._local_starts(text, ats) == [_local_start_one_by_one(text, at) for at in ats], text


def test_a_run_of_url_encoded_at_signs_is_linear():
    """'1%401%40…': each anchor's local part ran back over the whole run (7 s on 20 KB)."""
    recognizer = email.NordicEmailRecognizer(supported_language="nb")
    for text in ("1%40" * (UNTIMED_MAX_CHARS // 4), "." * 10_000 + "%40" * 3_000,
                 "kari.nordmann%40firma.no" * 800):
        started = time.process_time()
        recognizer.analyze(text, ["EMAIL_ADDRESS"])
        assert time.process_time() - started < LIMIT_S
