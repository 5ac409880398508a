"""A chat transcript's speaker named after the role that labels the line (round 31A).

Chat exports and pasted transcripts label each line with the writer's role and name: the
agent's (``[10:02] Agent Katie: Hi!``) or the customer's in parentheses (``Kunde (Søs): hej``,
``Customer (Mark): thanks``). The role word alone is no name (:data:`name_cues` keeps
``[17:30] Client: thanks`` out); the capitalised word between the role and the colon is the
speaker's name, whatever else it may mean (``Mark``, ``Will``).
"""

from __future__ import annotations

import regex

#: the roles chat tools and helpdesks label a line with (English and Nordic)
ROLES = ("agent", "agenten", "kunde", "kunden", "kund", "customer", "client", "visitor",
         "guest", "gjest", "gæst", "gäst", "operator", "operatør", "support", "rådgiver",
         "rådgivare", "konsulent", "saksbehandler", "sagsbehandler", "handläggare",
         "kundeservice", "kundservice", "kundeservicemedarbejder", "asiakas", "asiakaspalvelu")
#: a line's opening up to the name: an optional time stamp, then a role word, then an
#: optional '(' (the name follows right after)
_BEFORE = regex.compile(
    r"(?i:^[ \t>]*(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\])]?[ \t]+(?:-[ \t]+)?)?"
    r"(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")[ \t]+\(?)$")
#: what closes the speaker's label: ':' right after the name, or ')' then ':'
_AFTER = regex.compile(r"(?:\)[ \t]*)?:")


def named_speaker(before: str, after: str) -> bool:
    """Whether a run with ``before`` it on its line and ``after`` it is a chat speaker's name
    after the role word labelling the line (``'[10:02] Agent '`` / ``': Hi!'``,
    ``'Kunde ('`` / ``'): hej'``). A parenthesis opened before the name must close after it.

    >>> named_speaker("[10:02] Agent ", ": Hi!"), named_speaker("Kunde (", "): hej")
    (True, True)
    >>> named_speaker("Kunde ", "): hej"), named_speaker("Ring agent ", ": nå")
    (False, False)
    """
    if not after[:1] in ":)" and not after[:2].strip(" \t")[:1] in (":", ")"):
        return False
    head = _BEFORE.search(before)
    if head is None:
        return False
    opened = head.group().rstrip().endswith("(")
    closing = _AFTER.match(after)
    return closing is not None and opened == closing.group().startswith(")")
