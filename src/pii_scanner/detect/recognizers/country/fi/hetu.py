"""FI_PERSONAL_IDENTITY_CODE: henkilötunnus (DDMMYY, century sign incl. 2023 ones, NNN, check)."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.validators.fi import hetu


class FiHetuRecognizer(NordicRecognizer):
    MIN_DIGITS = 9
    ENTITY = "FI_PERSONAL_IDENTITY_CODE"
    COUNTRY_CODE = "fi"
    PATTERNS = (
        PatternSpec("hetu", r"(?<![\w-])[0-3]\d[01]\d{3}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w-])",
                    0.9),
    )
    CONTEXT = ("henkilötunnus", "hetu", "henkilötun", "sotu", "personal identity code",
               "finnish id", "personbeteckning", "helsinki", "finland", "suomi")

    def validate_result(self, value: str) -> bool:
        return hetu.is_valid(value)
