"""Turning raw recognizer results into findings: overlaps, ambiguity, thresholds, allow-lists.

Overlapping results of different types are resolved greedily: the higher score wins, then
the one that saw context words, then the longer span (recognizers lower the score of a
number whose context belongs to another type, e.g. ``konto`` before a fødselsnummer). When
the loser covered the very same characters (an 11-digit number valid as fødselsnummer and
as account number, say) the winner's explanation records the decision and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Types whose spans may overlap others' (a name inside an address is still reported once).
LENIENT = frozenset({"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"})


@dataclass(frozen=True, slots=True)
class Candidate:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    explanation: tuple[tuple[str, Any], ...]

    @property
    def has_context(self) -> bool:
        return any(k in ("context", "cue") for k, _ in self.explanation)


def _rank(c: Candidate) -> tuple:
    return (c.score, c.has_context, c.end - c.start)


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping winners (see module doc), in text order."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=_rank, reverse=True):
        clash = [k for k in kept if k.start < cand.end and cand.start < k.end]
        if not clash:
            kept.append(cand)
            continue
        for winner in clash:
            if (winner.start, winner.end) == (cand.start, cand.end) and \
                    winner.entity_type != cand.entity_type:
                why = "context" if winner.has_context and not cand.has_context else "score"
                decision = (("ambiguous_with", cand.entity_type), ("decided_by", why))
                index = kept.index(winner)
                kept[index] = Candidate(winner.entity_type, winner.start, winner.end,
                                        winner.score, winner.recognizer,
                                        winner.explanation + decision)
    return sorted(kept, key=lambda c: (c.start, c.end))
