"""Turning raw recognizer results into findings: overlaps, ambiguity, thresholds, allow-lists.

Overlapping results of different types are resolved greedily: the higher score wins, then
the one that saw context words, then the longer span (recognizers lower the score of a
number whose context belongs to another type, e.g. ``konto`` before a fødselsnummer). When
the loser covered the very same characters (an 11-digit number valid as fødselsnummer and
as account number, say) the winner's explanation records the decision and why. Between such
twins, context comes before score: the one that saw telling context words of its own beats one
that saw none, whatever their base scores (round 30; :func:`_context_decides_twins`).
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


#: Context words that name a login as often as the type that lists them: a user's account
#: (``kontoen min``, ``my account``) or BankID, beside a bank account's ``konto``/``bank``.
#: Alone they do not decide between twins: a fødselsnummer typed after ``Jeg kommer ikke inn
#: på kontoen min`` or ``BankID virker ikke`` is as likely as an account number.
LOGIN_WORDS = frozenset({"konto", "kontoen", "account", "bank"})


def _telling_context(cand: Candidate) -> bool:
    for key, value in cand.explanation:
        if key == "cue":
            return True
        if key == "context":
            return any(term not in LOGIN_WORDS for term in value)
    return False


def _context_decides_twins(candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Where two types claim the very same characters (an 11-digit number valid as a
    fødselsnummer and as an account number) and only one of them saw its own context words
    (``utbetalingskonto for Kari Hansen til 28010590347``; words that name a login as well,
    :data:`LOGIN_WORDS`, do not count), the validated shape is the same for
    both and the context is the only evidence: the claim without it is dropped, whatever its
    base score (it is returned apart, to be recorded as the alternative). A claim that saw
    context of another type was already lowered by its recognizer.
    """
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for cand in candidates:
        by_span.setdefault((cand.start, cand.end), []).append(cand)
    if len(by_span) == len(candidates):
        return candidates, []
    drop = set()
    for twins in by_span.values():
        if len(twins) > 1 and len({c.entity_type for c in twins}) > 1:
            # a claim is out where *another* type saw telling context: a second claim of
            # the told type itself (two recognizers, one without the word) keeps its rank
            told = {c.entity_type for c in twins if _telling_context(c)}
            if told:
                drop.update(id(c) for c in twins
                            if not _telling_context(c) and told - {c.entity_type})
    return ([c for c in candidates if id(c) not in drop],
            [c for c in candidates if id(c) in drop])


def resolve(candidates: list[Candidate], rejected: list[Candidate] = ()) -> list[Candidate]:
    """Keep non-overlapping winners (see module doc), in text order.

    ``rejected`` are candidates under their type's threshold: they win nothing, but one on
    exactly a winner's span is recorded in the winner's explanation as the alternative.
    """
    kept: list[Candidate] = []
    starts: list[int] = []  # kept spans never overlap: sorted by start, ends sort alike
    losers: dict[tuple[int, int], list[Candidate]] = {}
    candidates, outvoted = _context_decides_twins(candidates)
    for cand in sorted(candidates, key=_rank, reverse=True):
        at = bisect.bisect_left(starts, cand.start)
        if (at > 0 and kept[at - 1].end > cand.start) or (at < len(kept) and kept[at].start < cand.end):
            losers.setdefault((cand.start, cand.end), []).append(cand)
        else:
            kept.insert(at, cand)
            starts.insert(at, cand.start)
    for cand in (*rejected, *outvoted):
        losers.setdefault((cand.start, cand.end), []).append(cand)
    decided = []
    for winner in kept:
        others = [c for c in losers.get((winner.start, winner.end), ())
                  if c.entity_type != winner.entity_type]
        if others:
            best = max(others, key=_rank)
            why = "context" if winner.has_context and not best.has_context \
                or any(best is c for c in outvoted) else "score"
            if why == "context" and best.score > winner.score:
                why = "context over score"
            winner = Candidate(winner.entity_type, winner.start, winner.end, winner.score,
                               winner.recognizer, winner.explanation + (
                                   ("ambiguous_with", best.entity_type), ("decided_by", why),
                                   ("alternative_score", round(best.score, 3))))
        decided.append(winner)
    return sorted(decided, key=lambda c: (c.start, c.end))
