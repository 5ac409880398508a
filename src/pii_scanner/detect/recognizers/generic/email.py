"""EMAIL_ADDRESS: plain addresses and obfuscated ones (``(at)``, ``[at]``, `` at ``, `` @ ``,
``[dot]``).

Matching is anchored on the ``@`` (or the ``(at)`` marker): the local part is found by
walking back over its characters, then the full pattern is matched from there. So the
cost is per ``@``, not per word of the text.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.recognizers.base import REGEX_TIMEOUT_S, NordicRecognizer, PatternSpec
from pii_scanner.detect.separators import plain_view

_LOCAL = r"[\w%+\-]++(?:\.[\w%+\-]++)*+"
# '(at)', '[at]', ' at ', and an '@' spaced on both sides ('kari.nordmann @ firma.no')
_AT = r"(?:\s?[\(\[\{<]\s?(?:at|a|ät|snabel-a|alfa)\s?[\)\]\}>]\s?|\s(?:at|AT)\s|[ ]@[ ])"
_DOT = r"(?:\.|\s?[\(\[\{<]\s?(?:dot|punkt|prikk|punktum)\s?[\)\]\}>]\s?|\s(?:dot|DOT)\s)"
_ANCHOR = regex.compile(r"@|%40|" + _AT)
#: Mail headers whose '<...@host>' is a message's id, no person's address
_MESSAGE_ID_HEADERS = ("message-id:", "in-reply-to:", "references:", "content-id:",
                       "x-message-id:", "resent-message-id:")


def _local_start(text: str, at: int) -> int:
    """Index where the local part that ends at ``at`` begins (== ``at`` when there is none)."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
        start -= 1
    while start < at and text[start] == ".":
        start += 1
    return start


def _message_id(lower: str, start: int) -> bool:
    """Whether the address at ``start`` is a message id in brackets on a 'Message-ID:',
    'In-Reply-To:' or 'References:' header line ('<CAF1x2y@mail.gmail.com>')."""
    if "<" not in lower[max(0, start - 80):start]:
        return False  # (most addresses: no bracket just before them)
    line_start = lower.rfind("\n", 0, start) + 1
    opening = lower.rfind("<", line_start, start)
    return (opening != -1 and not any(c.isspace() for c in lower[opening:start])
            and lower.startswith(_MESSAGE_ID_HEADERS, line_start))


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
        results, end_of_last = [], -1
        address, obfuscated, encoded = self._compiled
        for anchor in _ANCHOR.finditer(text, timeout=REGEX_TIMEOUT_S):
            start = _local_start(text, anchor.start())
            if start == anchor.start() or start < end_of_last:
                continue
            at = anchor.group()
            spec, pattern = address if at == "@" else encoded if at == "%40" else obfuscated
            match = pattern.match(text, start, timeout=REGEX_TIMEOUT_S)
            if match is None or (at == "@" and _message_id(lower, start)):
                continue
            found = self._score_match(text, lower, spec, match)
            if found is not None:
                results.append(found)
                end_of_last = match.end()
        return results

    def validate_result(self, value: str) -> bool:
        if " @ " in value:  # 'logg inn @ minside.no' is a sentence: the local part must look
            return any(c in "._" or c.isdigit() for c in value.split(" @ ", 1)[0])  # like one
        if "@" in value:
            return not value.split("@", 1)[1].lower().endswith((".png", ".jpg", ".gif"))
        # obfuscated: the local part must look like one (letters), not a sentence word pair
        return any(c.isalpha() for c in value.split()[0])
