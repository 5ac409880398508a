"""Where in a text a number pattern can match at all: the lines that hold enough digits.

Most of a helpdesk text is prose; a fødselsnummer, an account or a phone number needs 6-13
digits on one line. Each number pattern is one regex pass over the whole text, so thirty of
them read a 100 KB ticket thirty times. A pattern that declares how many digits its match
holds, all on one line (:attr:`PatternSpec.line_digits`), is instead tried only on the lines
that hold that many: counted once per text here, shared by every recognizer. A pattern whose
match also holds a run of consecutive digits (``\\d{11}``, ``[89]\\d{8}``) may declare that
run's length too (:attr:`PatternSpec.run_digits`): then only the lines whose longest digit run
is that long are tried (a log line's date, job number and IP address hold many digits, but
no run of eleven).

The parts handed out end at a line end (or the text's end), so a lookahead at a part's edge
sees what it would see in the whole text (the end instead of a line break: no pattern's
lookahead may depend on the break itself); a lookbehind reads before a part's start as it
does in the whole text. Qualifying lines a short gap apart are joined into one part, so a
pattern is not restarted for every line of a pasted table.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile

_DIGIT_RUN = lazy_compile(r"\d+", regex.V1)
#: qualifying lines at most this many characters apart are scanned as one part
JOIN_GAP = 64


class DigitLines:
    """The lines of ``text`` that hold digits, with their digit counts and their longest runs
    of consecutive digits (any script's ``\\d``)."""

    __slots__ = ("text", "total", "_lines", "_ranges")

    def __init__(self, text: str):
        self.text = text
        lines: list[list[int]] = []  # [start, end, digits, longest run]
        line_end = -1
        for run in _DIGIT_RUN.finditer(text):
            at = run.start()
            if at > line_end:  # (a digit run never holds a line break)
                start = text.rfind("\n", 0, at) + 1
                line_end = text.find("\n", at)
                if line_end == -1:
                    line_end = len(text)
                lines.append([start, line_end, 0, 0])
            line = lines[-1]
            length = run.end() - at
            line[2] += length
            if length > line[3]:
                line[3] = length
        self._lines = lines
        #: digits in the whole text
        self.total = sum(line[2] for line in lines)
        self._ranges: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def ranges(self, min_digits: int, min_run: int = 0) -> list[tuple[int, int]]:
        """``(pos, endpos)`` parts, in order, that hold every line with ``min_digits`` or more,
        ``min_run`` of them or more consecutive (round 35E)."""
        found = self._ranges.get((min_digits, min_run))
        if found is None:
            found = []
            for start, end, digits, run in self._lines:
                if digits < min_digits or run < min_run:
                    continue
                if found and start - found[-1][1] <= JOIN_GAP:
                    found[-1] = (found[-1][0], end)
                else:
                    found.append((start, end))
            self._ranges[min_digits, min_run] = found
        return found


def digit_lines(text: str, nlp_artifacts=None) -> DigitLines:
    """:class:`DigitLines` of ``text``, kept on ``nlp_artifacts`` (when given) so the
    recognizers of one text count its digits once."""
    cached = getattr(nlp_artifacts, "digit_lines", None)
    if cached is not None and cached.text is text:
        return cached
    lines = DigitLines(text)
    if nlp_artifacts is not None:
        try:
            nlp_artifacts.digit_lines = lines
        except AttributeError:
            pass
    return lines
