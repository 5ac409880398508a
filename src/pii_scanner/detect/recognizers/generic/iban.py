"""IBAN_CODE: compact or grouped IBANs, mod 97 plus the country's length (python-stdnum).

Letters may be lower case (``iban no93 8601 1117 947`` typed in a chat): mod 97 keeps words out.
The patterns start at the check digits and look back for the two country letters: a pattern
that starts with a letter class is tried at every letter of the text, and with lower case
allowed that made this recognizer ten times slower.
"""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.separators import plain_view
from pii_scanner.detect.validators import iban


class NordicIbanRecognizer(NordicRecognizer):
    MIN_DIGITS = 2
    ENTITY = "IBAN_CODE"
    #: each match starts after the country code (``COUNTRY`` characters back)
    PATTERNS = (
        # a group may start a new line: running text wrapped inside the IBAN ('NO84\n9821 ...')
        # (or two spaces between the groups, as typed or padded; round 33C: or a tab, where a
        # screenshot's layout cut the line into cells at a group's gap, 'IBAN: NO45<TAB>1503 ...')
        PatternSpec("grouped", r"(?<=(?<![\w])[A-Za-z]{2})\d{2}(?:(?:[ \n\t]|[ ]{2})[A-Za-z0-9]{4}){1,7}"
                    r"(?:(?:[ \n\t]|[ ]{2})[A-Za-z0-9]{1,3})?(?![\w])", 0.9),
        # (round 35E: this one and the last never run on to another line, and their check
        # digits stand in a row: only the lines holding two such are read, :mod:`..digit_lines`)
        # (also with a space after the check digits: 'NO93 86011117947', as typed)
        PatternSpec("compact", r"(?<=(?<![\w])[A-Za-z]{2})\d{2}[ ]?[A-Za-z0-9]{11,30}(?![\w])", 0.9,
                    line_digits=2, run_digits=2),
        # a space after the country letters too ('NO 93 8601 1117 947', 'DK 50 0040 0440
        # 1162 43'), as some banks print it; mod 97 and the country's length keep words out
        PatternSpec("grouped, country apart", r"(?<=(?<![\w])[A-Za-z]{2}[ ])\d{2}(?:[ ]{1,2}[A-Za-z0-9]{4}){2,7}"
                    r"(?:[ ]{1,2}[A-Za-z0-9]{1,3})?(?![\w])", 0.9, line_digits=2, run_digits=2),
    )
    #: the characters before a match's check digits: the country letters (and a space)
    COUNTRY = 2
    CONTEXT = ("iban", "konto", "account", "bank", "betal", "transfer", "overfør")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A grouped match may run into the next word (line, cell): retry it group by group
        (the grouped matches that did not pass, from the same scan: no second one)."""
        results: list = []
        retry = []
        text, lower = plain_view(text, nlp_artifacts)
        for spec, match in self.matches(text, lower, nlp_artifacts):
            found = self._score_match(text, lower, spec, match)
            if found is not None:
                results.append(found)
            elif spec.name != "compact":
                retry.append((spec, match))
        taken = [(r.start, r.end) for r in results]
        for spec, match in retry:
            start, end = self._span(match)
            if any(s < end and start < e for s, e in taken):
                continue
            # (at a space, a line break or a tab, as the groups are split: round 34A, a TSV
            # row's next cell after its tab, 'SE98 2534 … 0583<TAB>ORD-62710504')
            while (cut := max(text.rfind(" ", start, end), text.rfind("\n", start, end),
                              text.rfind("\t", start, end))) > start:
                end = cut
                if iban.is_valid(text[start:end]):
                    found = self.score_span(text, lower, spec, start, end)
                    if found is not None:
                        results.append(found)
                        taken.append((start, end))
                    break
        return results

    def _score_match(self, text, lower, spec, match):
        return self.score_span(text, lower, spec, *self._span(match))

    def _span(self, match) -> tuple[int, int]:
        """The IBAN a match ends: from its country letters, ``COUNTRY`` characters back (and
        the space after them)."""
        back = self.COUNTRY + (match.string[match.start() - 1] == " ")
        return match.start() - back, match.end()

    def validate_result(self, value: str) -> bool:
        return iban.is_valid(value)
