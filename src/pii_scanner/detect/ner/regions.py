"""Where a person name can be: the stretches of text worth running the NER model on.

Running the model over every character caps throughput near ~85 k chars/s, while most ticket
text (product talk, logs, pasted tables) holds no names. A region starts at a cue:

* a structural cue: greeting (``Hei``, ``Hej``, ``Dear``), sign-off (``Mvh``, ``Hilsen``,
  ``Regards``) or header label (``Fra:``, ``Kopi:``, ``Navn:``): the rest of its line and the
  next lines up to ``cue_reach`` characters;
* a word in the first-name/surname lists (any case, so lowercase names count), unless it is
  a common word written in lowercase or at the start of a sentence (``Vi``, ``Kan``);
* a capitalised word inside a sentence that is neither a common word (``Jeg``, ``Takk``) nor an
  acronym (``IBAN``, ``API-et``): ``Nordmann`` in "ring Nordmann i morgen".

Each cue is widened by ``window`` characters to whole lines or words and overlapping regions
are merged. One pass of one regex over the text, so the cost is linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pii_scanner.detect.lazy_regex import lazy_compile

_REACH = 40
_WORD = lazy_compile(r"\p{L}[\p{L}\p{M}'’-]*")
CUES = frozenset(
    {
        # greetings
        "hei", "hallo", "heisann", "kjære", "hej", "hejsan", "kära", "hi", "hello", "dear", "hey",
        # sign-offs
        "mvh", "hilsen", "hilsener", "helsing", "helsingar", "regards", "hälsningar", "hälsning",
        "vh", "br", "cheers", "thanks", "takk", "tack", "sincerely",
        # header labels and form fields (only when followed by ':')
    }
)
LABEL_CUES = frozenset(
    {
        "fra", "til", "kopi", "cc", "bcc", "from", "to", "från", "navn", "namn", "name", "kontakt",
        "kontaktperson", "kunde", "customer", "sender", "avsender", "mottaker", "saksbehandler",
        "signert", "signed", "ansvarlig", "eier", "owner", "assignee", "requester", "agent",
    }
)


@dataclass(frozen=True, slots=True)
class RegionFinder:
    """Finds candidate name regions; ``names`` and ``common`` hold lowercase words."""

    names: frozenset[str]
    common: frozenset[str]
    window: int = 24
    cue_reach: int = 80

    def regions(self, text: str) -> list[tuple[int, int]]:
        """Sorted, non-overlapping ``(start, end)`` character ranges that may hold a name."""
        spans: list[tuple[int, int]] = []
        for match in _WORD.finditer(text):
            word = match.group()
            low = word.lower()
            start, end = match.span()
            if low in CUES or (low in LABEL_CUES and text[end : end + 2].lstrip(" ").startswith(":")):
                spans.append((start, end + self.cue_reach))
                continue
            initial = _sentence_initial(text, start)
            if low in self.names:
                if low not in self.common or not (word.islower() or initial):
                    spans.append((start - self.window, end + self.window))
            elif word[0].isupper() and low not in self.common and not initial and not _acronym(word):
                spans.append((start - self.window, end + self.window))
        clamped = _merge([(max(0, s), min(len(text), e)) for s, e in spans])
        return _merge([_snap(text, s, e) for s, e in clamped])


def _sentence_initial(text: str, start: int) -> bool:
    """True at the start of the text, a line, or after ``.``/``!``/``?``/``:`` (spaces skipped)."""
    i = start - 1
    while i >= 0 and text[i] in " \t" and start - i < 8:
        i -= 1
    return i < 0 or text[i] in "\n.!?:»\"'(-–•*>"


def _acronym(word: str) -> bool:
    """One letter, or a short all-caps head (``IBAN``, ``GDPR``, ``API-et``): not a name cue."""
    head = word.split("-", 1)[0]
    return len(word) == 1 or (head.isupper() and len(head) <= 5)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen to the nearest space or line break, looking at most ``_REACH`` chars away."""
    if start > 0:
        lo = max(0, start - _REACH)
        cut = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))
        if cut >= 0:
            start = cut + 1
    if end < len(text):
        hi = min(len(text), end + _REACH)
        cuts = [c for c in (text.find(" ", end, hi), text.find("\n", end, hi)) if c >= 0]
        if cuts:
            end = min(cuts)
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
