"""Turning raw recognizer results into findings: overlaps, ambiguity, thresholds, allow-lists.

Overlapping results of different types are resolved greedily: the higher score wins, then
the one that saw context words, then the longer span (recognizers lower the score of a
number whose context belongs to another type, e.g. ``konto`` before a fødselsnummer). When
the loser covered the very same characters (an 11-digit number valid as fødselsnummer and
as account number, say) the winner's explanation records the decision and why.
"""

from __future__ import annotations

import bisect
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


def resolve(candidates: list[Candidate], rejected: list[Candidate] = ()) -> list[Candidate]:
    """Keep non-overlapping winners (see module doc), in text order.

    ``rejected`` are candidates under their type's threshold: they win nothing, but one on
    exactly a winner's span is recorded in the winner's explanation as the alternative.
    """
    kept: list[Candidate] = []
    starts: list[int] = []  # kept spans never overlap: sorted by start, ends sort alike
    losers: dict[tuple[int, int], list[Candidate]] = {}
    for cand in sorted(candidates, key=_rank, reverse=True):
        at = bisect.bisect_left(starts, cand.start)
        if (at > 0 and kept[at - 1].end > cand.start) or (at < len(kept) and kept[at].start < cand.end):
            losers.setdefault((cand.start, cand.end), []).append(cand)
        else:
            kept.insert(at, cand)
            starts.insert(at, cand.start)
    for cand in rejected:
        losers.setdefault((cand.start, cand.end), []).append(cand)
    decided = []
    for winner in kept:
        others = [c for c in losers.get((winner.start, winner.end), ())
                  if c.entity_type != winner.entity_type]
        if others:
            best = max(others, key=_rank)
            why = "context" if winner.has_context and not best.has_context else "score"
            winner = Candidate(winner.entity_type, winner.start, winner.end, winner.score,
                               winner.recognizer, winner.explanation + (
                                   ("ambiguous_with", best.entity_type), ("decided_by", why),
                                   ("alternative_score", round(best.score, 3))))
        decided.append(winner)
    return sorted(decided, key=lambda c: (c.start, c.end))
