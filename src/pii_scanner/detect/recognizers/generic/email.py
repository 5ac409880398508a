"""EMAIL_ADDRESS: plain addresses and obfuscated ones (``(at)``, ``[at]``, `` at ``, ``[dot]``)."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec

_LOCAL = r"[\w%+\-]+(?:\.[\w%+\-]+)*"
_AT = r"(?:\s?[\(\[\{<]\s?(?:at|a|ät|snabel-a|alfa)\s?[\)\]\}>]\s?|\s(?:at|AT)\s)"
_DOT = r"(?:\.|\s?[\(\[\{<]\s?(?:dot|punkt|prikk|punktum)\s?[\)\]\}>]\s?|\s(?:dot|DOT)\s)"


class EmailRecognizer(NordicRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        PatternSpec("address", r"(?<![\w.%+\-])" + _LOCAL + r"@(?:[\w\-]+\.)+[^\W\d_]{2,24}(?![\w\-])",
                    0.95),
        PatternSpec("obfuscated", r"(?<![\w.%+\-])" + _LOCAL + _AT + r"(?:[\w\-]+" + _DOT
                    + r")+(?:[a-z]{2,24})(?![\w\-])", 0.75),
    )
    CONTEXT = ("e-post", "epost", "email", "e-mail", "mail", "adresse", "address", "kontakt",
               "skriv", "send", "mejl", "spam")

    def validate_result(self, value: str) -> bool:
        if "@" in value:
            return not value.split("@", 1)[1].lower().endswith((".png", ".jpg", ".gif"))
        # obfuscated: the local part must look like one (letters), not a sentence word pair
        return any(c.isalpha() for c in value.split()[0])
