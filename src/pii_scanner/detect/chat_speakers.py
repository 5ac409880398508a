"""A chat transcript's speakers: the cues that a run opening a chat line is its writer's name.

Chat exports and pasted transcripts open each line with its time (``[10:32] Kari: hei``), a
bracketed channel tag (``[chat] Kari:``), the speaker before the time (``Kari 10:32: hei``),
a message header the time closes (``Kari Berg 14:03``, two such lines or more), a ``Name:``
under the log's opening line (``Chat startet 10:32``), or the role that labels the line before
the name (round 31A: ``[10:02] Agent Katie: Hi!``, ``Kunde (Søs): hej``). A role alone labels
the line and is no name (``[17:30] Client: thanks``: :data:`.cue_words.CHAT_ROLE_WORDS`).
:func:`.name_cues.cues` calls them in turn for its ``chat`` cue: :func:`chat_time` and
:func:`timed_speaker`, :func:`chat_speaker`, :func:`named_speaker`.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.cue_words import CHAT_ROLE_WORDS, CHAT_SPEAKER_ROLES
from pii_scanner.detect.regex_timeout import scan_timeout

#: a chat line's time before the run, the line's opening ('10:32 ', '[09.15] ')
_CHAT = lazy_compile(r"(?:^|\n)\s*\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s*$")
#: a chat line's bracketed channel tag before its speaker ('[chat] Kari:', '[Kunde] Ola:')
_CHAT_TAG = lazy_compile(r"^[ \t>]*\[\p{L}{2,12}\][ \t]*$")
#: a chat line's time after the speaker who opens it ('Kari 10:32: hei', 'Kari [10:32]:')
_TIME_AFTER_SPEAKER = lazy_compile(r"[ ]\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ ]?:")
#: a chat app's message header: the speaker and the time close the line, the message is under
#: it ('Kari Nordmann 14:03', 'Ola  10:32 AM'), in a transcript of two such lines or more
_TIME_CLOSING_SPEAKER = lazy_compile(r"[ ]{1,4}\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ ]?[AaPp][Mm])?[ \t]*$")
_HEADER_LINE = regex.compile(r"(?m)^[ \t]*\p{Lu}[\p{L}.'\- ]{1,40}[ ]\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
                             r"(?:[ ]?[AaPp][Mm])?[ \t]*$")
#: what closes a chat speaker's label: ':', a note in parentheses before it ('Ola (support):')
_AFTER_CHAT = lazy_compile(r"^\s*(?:\([^)\n]{1,30}\))?\s*:")
#: a line's opening up to the name after its role: an optional time stamp, then a role word,
#: then an optional '(' (the name follows right after)
_ROLE_BEFORE = lazy_compile(
    r"(?i:^[ \t>]*(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\])]?[ \t]+(?:-[ \t]+)?)?"
    r"(?:" + "|".join(sorted(CHAT_SPEAKER_ROLES, key=len, reverse=True)) + r")[ \t]+\(?)$")
#: what closes the speaker's label after the role: ':' right after the name, or ')' then ':'
_ROLE_AFTER = lazy_compile(r"(?:\)[ \t]*)?:")

#: A chat log's opening line ('Chat startet 10:32', 'Chat started', 'Chatten startade',
#: 'Chat aloitettu'): the 'Name:' lines under it are its speakers
_CHAT_STARTED = lazy_compile(
    r"(?im)^[ \t>*\-\[]*(?:live[ -]?)?chat(?:ten|t|session|samtale)?[ \t]+(?:er[ \t]+|ble[ \t]+|was[ \t]+)?"
    r"(?:start(?:et|ed|ade|ad|at)?|påbörjad|begyndt|begynt|begun|began|opened|åpnet|åbnet|"
    r"öppnad|aloitettu|alkoi)\b")


def _chat_started(text: str, line_start: int) -> bool:
    """Whether a chat log's opening line stands above ``line_start`` (within 3,000 chars)."""
    floor = max(0, line_start - 3000)
    return "chat" in text[floor:line_start].lower() and \
        _CHAT_STARTED.search(text, floor, line_start) is not None


def chat_time(before: str) -> bool:
    """_CHAT.search(before): a chat line's time ('10:32', '[09.15]'), which holds ':' or '.'."""
    return (":" in before or "." in before) and _CHAT.search(before) is not None


def _header_lines(text: str) -> int:
    """How many lines of ``text`` are a chat app's message header (:data:`_HEADER_LINE`), up to 2."""
    return sum(1 for _ in zip(range(2), _HEADER_LINE.finditer(text, **scan_timeout(len(text)))))


def chat_speaker(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the run opening a line is a chat speaker by a channel tag before it
    ('[chat] Kari: ...', '[Kunde] Ola: ...') or the line's time after it ('Kari 10:32: ...',
    'Ola [10:32]: ...', or closing the line in a chat app's headers: 'Kari Berg 14:03'), its
    first word a listed first name ('[INFO] Server:', 'Møte 10:30:' are no speakers)."""
    if before.endswith("]") or before.endswith("] "):
        if not (_AFTER_CHAT.match(after) and _CHAT_TAG.match(before)):
            return False
    elif after[:1] == ":" and not before.strip(" \t>"):
        # 'Chat startet 10:32' / 'Ole: hei': a speaker under a chat log's opening line
        if not _chat_started(text, start - len(before)):
            return False
    elif not (after[:1] == " " and not before.strip(" \t>") and (
            after[1:2] in "0123456789[" and _TIME_AFTER_SPEAKER.match(after)
            or after[1:2] in " 0123456789[" and _TIME_CLOSING_SPEAKER.match(after)
            and _header_lines(text) >= 2)):  # (its first test: a space, '[' or a digit next)
        return False
    word = text[start:end].split(None, 1)[0].lower()
    if word in CHAT_ROLE_WORDS:
        return False  # '[17:30] Client: thanks': the role labels the line (round 29A)
    return gazetteers.fold(word) in gazetteers.first_names() or word in gazetteers.first_names()


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
    head = _ROLE_BEFORE.search(before)
    if head is None:
        return False
    opened = head.group().rstrip().endswith("(")
    closing = _ROLE_AFTER.match(after)
    return closing is not None and opened == closing.group().startswith(")")


#: round 37F: a chat line's time before the role word labelling its speaker ('[10:02] Agent ')
_TIME_BEFORE_ROLE = lazy_compile(
    r"^[ \t>]*[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\])]?[ \t]+(?:-[ \t]+)?\p{L}+[ \t]+\(?$")


def timed_named_speaker(run: str, before: str, after: str) -> bool:
    """Whether :func:`named_speaker` holds and the line opens with a chat time before its role
    word ('[10:02] Agent ' / ': Hi!'): round 37F, the speaker ``run`` is a name though no list
    holds it, as after the time alone ('[10:02] Ashleigh: Hi!'), unless a common word
    ('[10:02] Agent Status: online').

    >>> timed_named_speaker("Ashleigh", "[10:02] Agent ", ": Hi!")
    True
    >>> timed_named_speaker("Ashleigh", "Agent ", ": Hi!"), timed_named_speaker(
    ...     "Status", "[10:02] Agent ", ": online")
    (False, False)
    """
    return named_speaker(before, after) and _TIME_BEFORE_ROLE.match(before) is not None \
        and not any(word.lower() in common_words()
                    or word.lower() in gazetteers.english_common_words() for word in run.split())


def timed_speaker(run: str, after: str) -> bool:
    """Whether ``run``, after a chat line's time (:func:`chat_time`), is the line's speaker:
    a colon closes it ('[10:32] Kari: hei', 'Ola (support): ...'), and it is no role alone
    ('[17:30] Client: thanks')."""
    return _AFTER_CHAT.match(after) is not None and run.lower() not in CHAT_ROLE_WORDS
