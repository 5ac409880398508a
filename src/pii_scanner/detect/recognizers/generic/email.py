"""EMAIL_ADDRESS: plain addresses and obfuscated ones (``(at)``, ``[at]``, `` at ``, `` @ ``,
``[dot]``).

Matching is anchored on the ``@`` (or the ``(at)`` marker): the local part is found by
walking back over its characters, then the full pattern is matched from there. So the
cost is per ``@``, not per word of the text. Real ``@`` addresses are taken first, so the
sentence around one is never read as an obfuscated address (``email me at
kari@firma.no`` is not ``me at kari``), and an obfuscated candidate followed by another
at-marker is the sentence's words, not an address (``me at jonas.berg at outlook dot com``).
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.regex_timeout import scan_timeout
from pii_scanner.detect.separators import plain_view
from pii_scanner.orgs.domains import top_level_domains

_LOCAL = r"[\w%+\-]++(?:\.[\w%+\-]++)*+"
# '(at)', '[at]', ' at ', and an '@' spaced on both sides ('kari.nordmann @ firma.no')
# and the sign's spoken name as a word of its own ('kari.nordmann krøllalfa gmail.com',
# Swedish 'snabel-a'), with the dot's ('gmail punktum com') after it
_AT = (r"(?:\s?[\(\[\{<]\s?(?:at|a|ät|snabel-a|alfa)\s?[\)\]\}>]\s?|\s(?:at|AT)\s|[ ]@[ ]|"
       r"\s(?i:krøllalfa|alfakrøll|snabel-a|snabela)\s)")
_DOT = (r"(?:\.|\s?[\(\[\{<]\s?(?:dot|punkt|prikk|punktum)\s?[\)\]\}>]\s?|\s(?:dot|DOT)\s|"
        r"\s(?:punktum|prikk|punkt)\s)")
_ANCHOR = regex.compile(r"@|%40|" + _AT)
#: a local part's dots spelled out too, before an obfuscated address ('kari dot nordmann at
#: gmail dot com', 'bente punktum knudsen krøllalfa ...'): the words before the local part
#: (the cheap test first: one of those words before the candidate at all)
_SPOKEN_DOT = lazy_compile(r"[ ](?:dot|punktum|prikk|punkt)[ ]")
_SPOKEN_LOCAL_HEAD = lazy_compile(r"(?<![\w.\-])(?:[\w\-]+[ ](?:dot|punktum|prikk|punkt)[ ]){1,3}$")
#: Words that are never an address's local part before a spaced 'at' ('email me at ...')
_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them", "it", "we", "i", "meg", "oss",
                       "deg", "dere", "ham", "han", "henne", "hun", "dem", "mig", "dig", "os",
                       "jeg", "jag", "du", "vi", "de", "er", "mej", "dej"})
#: Words that stand before the Scandinavian subjunction 'at' (that), so 'etter at bt.no tok
#: kontakt' is a sentence, not 'etter@bt.no': prepositions, adverbs and the verbs and
#: adjectives that take an 'at' clause
_BEFORE_THAT = frozenset((
    "etter", "efter", "slik", "sådan", "så", "for", "fordi", "uten", "uden", "før", "enn", "end",
    "ved", "med", "om", "til", "på", "av", "af", "i", "mens", "siden", "tross", "samt", "bare",
    "unntatt", "undtagen", "utover", "istedenfor", "mener", "siger", "sier", "seier", "vet",
    "veit", "håper", "håber", "tror", "trur", "viser", "betyr", "betyder", "skyldes",
    "hevder", "påstår", "sikre", "sikker", "sørge", "sørg", "glad", "klar", "redd", "bange",
    "enig", "enige", "mulig", "muligt", "viktig", "vigtigt", "bekreftet", "bekræftet",
    "opplyst", "oplyst", "forklart", "skrevet", "sagt", "nevnt", "nævnt", "melder", "meldte",
    "ser", "merket", "lagt", "vist", "oppdaget", "opdaget", "husk", "huske", "beklager",
    "forstår", "takk", "tak", "håpe", "tenke", "tænke", "hørt", "regner", "ønsker"))
#: Mail headers whose '<...@host>' is a message's id, no person's address
_MESSAGE_ID_HEADERS = ("message-id:", "in-reply-to:", "references:", "content-id:",
                       "x-message-id:", "resent-message-id:")


def _local_starts(text: str, ats: list[int]) -> list[int]:
    """Index where the local part that ends at each of ``ats`` (in text order) begins (== that
    ``at`` when there is none). A walk back stops where the one before it began: in a run of
    '%40' anchors ('1%401%40…', '%' being a local part's character) each walk would otherwise
    go back over the whole run (quadratic: 7 s on a 20 KB chunk)."""
    starts = []
    prev_at = prev_start = -1
    for at in ats:
        start, shared = at, False
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
            start -= 1
            if start == prev_at:  # (text[prev_at:at] is all local characters: the same run)
                start, shared = prev_start, True
                break
        if not shared:  # (the same run: the same first character that is no dot, before prev_at)
            while start < at and text[start] == ".":
                start += 1
        starts.append(start)
        prev_at, prev_start = at, start
    return starts


def _message_id(lower: str, start: int) -> bool:
    """Whether the address at ``start`` is a message id in brackets on a 'Message-ID:',
    'In-Reply-To:' or 'References:' header line ('<CAF1x2y@mail.gmail.com>'), or the whole
    value of an iCalendar or vCard UID line (``UID:5f2a...@google.com``: an event's id)."""
    if start >= 4 and lower.startswith("uid:", start - 4) and (start == 4 or lower[start - 5] == "\n"):
        return True
    if "<" not in lower[max(0, start - 80):start]:
        return False  # (most addresses: no bracket just before them)
    line_start = ctx.line_start(lower, start)
    opening = lower.rfind("<", line_start, start)
    return (opening != -1 and not any(c.isspace() for c in lower[opening:start])
            and lower.startswith(_MESSAGE_ID_HEADERS, line_start))


_DOT_OR_SPACE = lazy_compile(r"\.|\s")
#: a Nordic field label's abbreviation ending a 'domain' ('reg.nr', 'org.nr', 'tlf.nr'): 'nr'
#: (number) is Nauru's top-level domain too
_NUMBER_LABEL = lazy_compile(r"(?:^|\.)(?:reg|org|tlf|tel|mob|kto|konto|ref|kunde|kund|ordre|order|"
                             r"faktura|sak|pers|pass|art|vare|ansatt|anst|medl|kort)\.nr$")  # (compiled once, not looked up per call)


def _a_sentence(text: str, start: int, anchor, match) -> bool:
    """Whether an obfuscated candidate is words of a sentence: its domain ends in no real
    top-level domain ('utfordret etter at 22.juli'), or its marker is the bare word 'at' after
    a word that takes the subjunction 'at' ('etter at bt.no tok kontakt', 'slik at ...')."""
    tld = _DOT_OR_SPACE.split(match.group().rstrip())[-1].lower()
    if tld not in top_level_domains():
        return True
    return anchor.group().strip().lower() == "at" \
        and text[start:anchor.start()].lower() in _BEFORE_THAT


def _overlaps(span: tuple[int, int], results) -> bool:
    return any(r.start < span[1] and span[0] < r.end for r in results)


class NordicEmailRecognizer(NordicRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        PatternSpec("address", _LOCAL + r"@(?:[\w\-]+\.)+[^\W\d_]{2,24}(?![\w\-])", 0.95),
        PatternSpec("obfuscated", _LOCAL + _AT + r"(?:[\w\-]+" + _DOT
                    + r")+(?:[a-z]{2,24})(?![\w\-])", 0.75),
        # URL-encoded, in links and exports ('?email=kari.nordmann%40firma.no')
        PatternSpec("url-encoded", r"[\w+\-]++(?:\.[\w+\-]++)*+%40(?:[\w\-]+\.)+[^\W\d_]{2,24}"
                    r"(?![\w\-])", 0.9),
    )
    CONTEXT = ("e-post", "epost", "email", "e-mail", "mail", "adresse", "address", "kontakt",
               "skriv", "send", "mejl", "spam")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """One anchored match per ``@`` / ``(at)`` marker; see module doc."""
        text, lower = plain_view(text, nlp_artifacts)
        address, obfuscated, encoded = self._compiled
        timeout = scan_timeout(len(text), untimed_chars=self.untimed_chars)
        anchors = list(_ANCHOR.finditer(text, **timeout))
        local_starts = _local_starts(text, [anchor.start() for anchor in anchors])
        found: list = []
        # real '@' (and '%40') addresses first, then obfuscated ones outside them
        for plain in (True, False):
            end_of_last = -1
            for anchor, start in zip(anchors, local_starts):
                at = anchor.group()
                if (at in ("@", "%40")) != plain:
                    continue
                if start == anchor.start() or start < end_of_last:
                    continue
                spec, pattern = address if at == "@" else encoded if at == "%40" else obfuscated
                match = pattern.match(text, start, **timeout)
                if match is None or (at == "@" and _message_id(lower, start)):
                    continue
                if not plain and (_overlaps(match.span(), found)
                                  # (an at-marker right after it: its 'domain' is
                                  # the next address's local part)
                                  or _ANCHOR.match(text, match.end())
                                  or text[start:anchor.start()].lower() in _PRONOUNS
                                  or _a_sentence(text, start, anchor, match)):
                    continue
                if plain:
                    result = self._score_match(text, lower, spec, match)
                else:
                    before = max(0, start - 60)
                    head = (_SPOKEN_LOCAL_HEAD.search(text, before, start)
                            if _SPOKEN_DOT.search(lower, before, start) else None)
                    result = self.score_span(text, lower, spec,
                                             start if head is None else head.start(), match.end())
                if result is not None:
                    found.append(result)
                    end_of_last = match.end()
        return sorted(found, key=lambda r: r.start)

    def validate_result(self, value: str) -> bool:
        if " @ " in value:  # 'logg inn @ minside.no' is a sentence: the local part must look
            return any(c in "._" or c.isdigit() for c in value.split(" @ ", 1)[0])  # like one
        if "@" in value:
            domain = value.split("@", 1)[1].lower()
            # (round 37D: a Nordic number label's abbreviation, 'reg.nr.', 'org.nr.', is no
            # domain: 'Bilens reg.nr.' read 'Bil@ns.reg.nr.' by OCR)
            return not domain.endswith((".png", ".jpg", ".gif")) and _NUMBER_LABEL.search(domain) is None
        # obfuscated: the local part must look like one (letters), not a sentence word pair
        return any(c.isalpha() for c in value.split()[0])
