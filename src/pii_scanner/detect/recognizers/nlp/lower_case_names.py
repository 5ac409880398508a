"""Names written in lower case, which PERSON's capitalised runs miss: after a greeting,
sign-off or name label ('hilsen kari'), a self-introduction ('jeg heter kari nordmann'), a
chat presentation ('hei, dette er kari nordmann') and as a chat line's speaker ('kari: takk').
:mod:`.person` keeps those whose words are listed names."""

from __future__ import annotations

from functools import cache

import ahocorasick
import phonenumbers
import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import cue_words
from pii_scanner.detect.common_words import common_words, is_common
from pii_scanner.detect.name_words import ascii_fold
from pii_scanner.detect.regex_timeout import scan_timeout

_LOWER_CUE_WORDS = ("hei", "hilsen", "mvh", "helsing", "hej", "hälsningar", "regards", "thanks",
                    "navn:", "namn:", "name:", "hilsn", "cheers", "vh",
                    # Danish, Swedish and Finnish chat ('hilsner mette', 'terv. matti virtanen')
                    "hilsner", "hälsning", "hejsan", "moi", "terveisin", "terv")
#: a chat transcript's label of the customer's lines, before the customer's own name (round
#: 29A: '[17:31] Customer: hedda borlaug, my invoice ...', 'Gjest: mehdi helland her, ...')
CHAT_ROLE_LABELS = ("customer:", "client:", "visitor:", "guest:", "kunde:", "gjest:",
                    "besøkende:", "kund:", "besökare:")
_LOWER_CUE_WORDS += CHAT_ROLE_LABELS
#: sign-offs, after which the name may stand on the next line ('mvh\nkari nordmann')
SIGN_OFFS = ("hilsen", "hilsn", "mvh", "vh", "helsing", "hälsningar", "regards", "thanks",
             "cheers", "hilsner", "hälsning", "terveisin", "terv")
#: a closing word a chat writer puts after the signed name ('hilsen kari takk', '... thx')
_CLOSERS = ("takk", "tusen takk", "thx", "thanks", "tack", "mvh")
#: a first name and a surname in lower case, each may be double-barrelled and the surname
#: open with particles ('glenn-audun naalsund-evje', 'evelyn de aarsland', 'kari van der berg')
_LOWER_WORD = r"\p{Ll}{2,}(?:-\p{Ll}{2,})?"
PARTICLES = ("van", "von", "de", "der", "den", "da", "af", "la", "di", "du", "del", "dos")
LOWER_NAME = (_LOWER_WORD + r"(?:[ ](?:(?:" + "|".join(PARTICLES) + r")[ ]){0,2}"
              + _LOWER_WORD + r")?")
LOWER_AFTER_CUE = regex.compile(
    r"(?i:\b(?:(?:" + "|".join(regex.escape(w) for w in SIGN_OFFS) + r")[,:.]?[ \t]*\n[ \t]*|(?:"
    + "|".join(regex.escape(w) for w in _LOWER_CUE_WORDS) + r")[,:.]?[ \t]+))"
    r"(" + LOWER_NAME + r")(?=[ \t]*(?:[,.!\n]|$)|[ ](?:"
    + "|".join(_CLOSERS) + r")[ \t]*(?:[,.!\n]|$))")
#: a chat message signed with a lower-case name alone on its last line, under a sentence's end
#: ('kan de ringje meg?\nkari', '... takk.\n\nola nordmann') or under a contact line ending in
#: a phone number or an e-mail address ('ring meg på 412 34 567\nkari hansen', '... svar til
#: kari.hansen@gmail.com\nkari'; the number must be a valid Nordic one), or signed with a
#: slash opening the line, whatever is above it (round 27A: '... personnummer 840324-4810\n/anna
#: berg', as '/Hans' signs in capitals): listed names only, as above
_LINE_END_PHONE = r"(?<![\d+])(?:\+|00)?\d[\d \-]{5,16}\d"
_LINE_END_EMAIL = r"@[\w\-]+(?:\.[\w\-]+)*\.\p{L}{2,}"
LOWER_LAST_LINE = regex.compile(r"(?:(?:[.?!)]|" + _LINE_END_PHONE + "|" + _LINE_END_EMAIL
                                + r")[ \t]*\n(?:[ \t]*\n)?[ \t]*|\n[ \t]*/[ \t]?)(" + LOWER_NAME
                                + r")[ \t]*\n?[ \t]*\Z")
#: round 30A: a text that is a lower-case name of two words or more and nothing else (a user's
#: display name as a form or a phone wrote it, 'frode bay'); listed names only, as above
LOWER_NAME_ALONE = lazy_compile(r"[ \t\n]*(" + _LOWER_WORD + r"[ ](?:(?:" + "|".join(PARTICLES)
                                 + r")[ ]){0,2}" + _LOWER_WORD + r")[ \t\n]*")
#: the regions a contact line's phone number is read in (a Nordic helpdesk's callers)
_PHONE_REGIONS = ("NO", "SE", "DK", "FI")
#: how far from the text's end the signed last line is looked for
_LAST_LINE_CHARS = 60

#: 'jeg heter kari nordmann og ...': after a self-introduction the name need not end the clause
LOWER_AFTER_INTRO = regex.compile(
    r"(?i:\b(?:" + "|".join(cue_words.INTRODUCTIONS) + r")[ \t]+)(" + LOWER_NAME + r")\b")

#: a chat line's speaker label, after an optional time ('[10:12]', '(10:12:03)', '10:12 AM |')
_SPEAKER_TIME = r"(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ ]?[AP]M)?[\])]?[ \t]*[|-]?[ \t]*)?"
SPEAKER_LINE = regex.compile(r"(?m)^" + _SPEAKER_TIME + r"\p{L}[\p{L} .\-]{0,30}:[ \t]")
#: 'ola: hei', 'kari nordmann: takk': a lower-case speaker (listed names only: PersonRecognizer.finish)
LOWER_SPEAKER = lazy_compile(r"(?m)^" + _SPEAKER_TIME
                              + r"(\p{Ll}[\p{Ll}\-]+(?:[ ]\p{Ll}[\p{Ll}\-]+)?):[ \t]")

#: 'hei, dette er kari nordmann': a chat presentation; weaker than a self-introduction, so
#: only a first name plus a listed surname after it counts
LOWER_AFTER_PRESENTATION = regex.compile(
    r"(?i:\b(?:" + "|".join(cue_words.PRESENTATIONS) + r")[ \t]+)(\p{Ll}{2,}[ ]\p{Ll}{2,})\b")
#: what closes a presented name's clause: a punctuation mark or the line's end, or a word that
#: joins on ('og', 'fra', 'som', 'her')
_CLAUSE_CLOSED = lazy_compile(
    r"[ \t]*(?:[,.!?;:)\n]|$)|[ ](?i:og|och|and|fra|frå|från|from|her|här|here|som|who|igjen"
    r"|igen|again)\b")


def being_runs_on(match) -> bool:
    """Whether a lower-case full name that ``LOWER_AFTER_PRESENTATION`` matched after the
    writer's verb of being runs on into more of its clause (round 34C): 'jeg er sol glad i dag',
    'jag är helt säker på det' say how the writer is, with words that may be listed names
    ('sol', 'glad'); 'jeg er kari hansen og ...', 'eg er kari hansen.' close the name."""
    head = match.string[match.start():match.start(1)].strip().lower()
    return head in cue_words.BEING_VERBS \
        and _CLAUSE_CLOSED.match(match.string, match.end(1)) is None


#: 'hej, det er bjarne', 'moi, täällä kerttu, ...': a greeting, then a presentation, then a
#: lone word ending its clause (or before 'her'/'igen'); only a listed first name counts. The
#: word may have its capital ('Hej! Det är Håkan.'): one capitalised word has no other cue
LOWER_AFTER_GREETED_PRESENTATION = regex.compile(
    r"(?i:\b(?:" + "|".join(cue_words.CHAT_GREETINGS) + r")[,!]?[ \t]+(?:"
    + "|".join(cue_words.PRESENTATIONS) + r")[ \t]+)(\p{Lu}?\p{Ll}{2,})"
    r"(?=[ \t]*(?:[,.!\n]|$)|[ ](?:her|here|här|igen|igjen|again|taas|täällä)\b)")

#: 'hei, kari nordmann her.', 'hej! anna svensson här,', 'hi, tom berg here', 'heisann, kari her
#: nå': a chat greeting, then the writer's name (up to three words: 'ardalan ayden åslund'),
#: then the word 'here' closing its clause (or before 'nå', 'igen', 'again'); round 28A. Listed names only, as above; a first name that is
#: also a word counts before a listed surname ('hei, annet åkesson her': :func:`strong_position`)
_HERE_GREETINGS = cue_words.CHAT_GREETINGS + ("tja", "tjenare", "goddag", "hallå", "hejsa",
                                              "god morgen", "god dag", "good morning") \
    + CHAT_ROLE_LABELS
HERE_WORDS = (" her", " här", " here")
#: two writers greeting together: 'hei, kari og ola her.', 'hej, anna & per här' (round 29A:
#: both first names are found, each listed)
PAIR_LINK = r"[ ](?:og|och|and|&)[ ]"
PAIR_WORDS = frozenset({"og", "och", "and", "&"})
LOWER_BEFORE_HERE = regex.compile(
    r"(?i:\b(?:" + "|".join(regex.escape(w) for w in _HERE_GREETINGS) + r")[,!.]?[ \t]+)("
    + _LOWER_WORD + r"(?:" + PAIR_LINK + _LOWER_WORD + r"|[ ]" + LOWER_NAME + r")?)[ \t]+(?i:her|här|here)(?:[ \t]+(?:nå|igen|igjen|again))?"
    r"(?=[ \t]*(?:[,.!:;\n]|$))")

#: the cues after which a lower-case first name that is also a word ('annet', 'may', 'inga')
#: is the name the listed surname after it says it is: a sign-off, a self-introduction or a
#: greeting with 'here' closing the name, or a mail header's address after it
WORD_NAME_CUES = ("lower-case after self-introduction", "lower-case name before 'here'",
                  # round 30A: a mail header's display name ('Fra: dag lind <dag.lind@…>')
                  "lower-case display name in a mail header")


def lower_after_cue(text: str, lowered: str) -> list:
    """The matches of ``LOWER_AFTER_CUE``, left to right, tried only where one of its words
    is (a match opens with one): a few anchored matches instead of a case-insensitive scan
    of every position. ``lowered`` is ``text.lower()``; where it differs in length (an
    'İ') the whole text is scanned."""
    if len(lowered) != len(text):
        return list(LOWER_AFTER_CUE.finditer(text, **scan_timeout(len(text))))
    if "ſ" in lowered:
        lowered = lowered.replace("ſ", "s")  # the one other letter (?i) reads as 's'
    starts = set()
    for word in _LOWER_CUE_WORDS:
        at = lowered.find(word)
        while at != -1:
            starts.add(at)
            at = lowered.find(word, at + 1)
    found, end = [], 0
    for start in sorted(starts):
        match = LOWER_AFTER_CUE.match(text, start) if start >= end else None
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _line_matches(pattern: regex.Pattern, text: str, mark: str) -> list:
    """One anchored match of ``pattern`` at the start of each line that holds ``mark`` (what
    the pattern needs within its line), not a timed scan of every position."""
    found, done, at = [], -1, text.find(mark)
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        if start > done:
            done = start
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
        end = text.find("\n", at)
        if end == -1:
            break
        at = text.find(mark, end)
    return found


def lower_speakers(text: str) -> list:
    """The matches of ``LOWER_SPEAKER`` on the lines that hold a ':' (a speaker label is within
    its line)."""
    return _line_matches(LOWER_SPEAKER, text, ":")


#: round 30A: a phone's or a mail app's footer under the signed name ('Sendt fra min iPhone',
#: 'Skickat från min iPhone', 'Sent from my Galaxy', 'Hent Outlook for iOS'), the text's last line
_DEVICE_FOOTER = lazy_compile(
    r"\n[ \t]*(?i:sendt[ ]fra[ ]min|sendt[ ]frå[ ]min|send[ ]fra[ ]min|skickat[ ]från[ ]min"
    r"|sent[ ]from[ ]my|hent[ ]outlook[ ]for|get[ ]outlook[ ]for"
    r"|skaffa[ ]outlook[ ]för)[^\n]{0,40}\Z")


def lower_last_line(text: str) -> list:
    """The match of ``LOWER_LAST_LINE`` at the text's end (a few characters searched), if any:
    a lower-case name alone on the last line under a sentence ending in '.', '?' or '!', or
    under a line ending in a valid phone number or an e-mail address; a device's footer
    under it is left out (:data:`_DEVICE_FOOTER`); a text of one line that is only a name of
    two words or more (:data:`LOWER_NAME_ALONE`) is one too."""
    tail = text.rstrip()
    if tail[-1:].isalpha() and "\n" in tail[-60:]:
        footer = _DEVICE_FOOTER.search(tail, max(0, len(tail) - 60))
        if footer is not None:
            text = tail = tail[:footer.start()].rstrip()
    if not tail[-1:].islower():
        return []  # (most texts: the last line ends in punctuation, a digit or a capital)
    if len(tail) <= _LAST_LINE_CHARS and "\n" not in tail:
        alone = LOWER_NAME_ALONE.fullmatch(text)  # (round 30A: a display name, 'frode bay')
        return [alone] if alone is not None else []
    match = LOWER_LAST_LINE.search(text, max(0, len(text) - _LAST_LINE_CHARS),
                                   **scan_timeout(_LAST_LINE_CHARS))
    above = "" if match is None else match.group().partition("\n")[0].rstrip()
    if above[:1] not in ("", ".", "?", "!", ")", "@") and not _valid_phone(above):
        return []  # 'ordre 20240113\nkari': a number that dials nowhere is no contact line
    return [match] if match is not None else []


def _valid_phone(digits: str) -> bool:
    """Whether ``digits`` is a valid phone number of a Nordic country (or, with its '+' or
    '00', of any)."""
    number = "+" + digits[2:] if digits.startswith("00") else digits
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            return False
    return False


#: round 30A: a mail header's display name in lower case before its address ('Fra: frode bay
#: <frode.bay@gmail.com>', 'To: "kari nordmann" <kari@firma.no>', 'Från: anna berg
#: [mailto:anna@...]'), as a phone's mail app or a user's own settings write it
_HEADER_FIELD = (r"(?:fra|frå|från|from|til|till|to|cc|kopi|kopia|avsender|sender|lähettäjä"
                 r"|vastaanottaja)")
LOWER_IN_HEADER = lazy_compile(r"[ \t>*]*(?i:" + _HEADER_FIELD + r")[ \t]*:[ \t]*\"?("
                                + LOWER_NAME + r")\"?[ \t]*(?:<|\[mailto:)[^\n<>\[\]@]{1,64}@")


def lower_in_header(text: str) -> list:
    """The matches of ``LOWER_IN_HEADER`` on the lines that hold an '@' (a header's address
    field is within its line)."""
    return _line_matches(LOWER_IN_HEADER, text, "@")


#: the pieces of an address's local part ('kari.kvalbein', 'kari_kvalbein', 'kari-kvalbein')
_LOCAL_PIECES = lazy_compile(r"[._+\-]")


def _local_pieces(match) -> set[str]:
    """The folded pieces of the local part of the address that ``LOWER_IN_HEADER`` matched."""
    head = match.group(0)
    local = head[max(head.rfind("<"), head.rfind(":")) + 1:-1].strip().lower()
    return {ascii_fold(p) for p in _LOCAL_PIECES.split(local)}


def header_surname(match, word: str) -> bool:
    """Whether the last ``word`` of a lower-case display name that ``LOWER_IN_HEADER`` matched is
    a surname by the address after it (round 30D: '"kari kvalbein" <kari.kvalbein@firma.no>'): a
    piece of that address's own local part, as its first name is listed, though no list knows
    it, and no common word ('"post mottak" <post.mottak@…>': the first word is no name)."""
    return len(word) >= 3 and word not in common_words() and ascii_fold(word) in _local_pieces(match)


def header_own_name(match, words: list[str]) -> bool:
    """Whether a lower-case display name of two words is its address's own, word for word
    (round 30E: '"may bjørdahl" <may.bjordahl@firma.no>', 'even monesen <even.monesen@…>'): so
    a first name that is also a word ('may', 'even') is the name there, before a surname that
    :func:`header_surname` accepts and no unit word names ('"dag drift" <dag.drift@…>')."""
    return len(words) == 2 and header_surname(match, words[1]) and not is_common(words[1]) \
        and ascii_fold(words[0]) in _local_pieces(match)


#: after a relative's or partner's noun ('samboeren min lise har ringt', 'min sønn ola (14)',
#: 'my wife anna'): a lower-case name, of one or two words, the first a listed first name
#: that is no word (:meth:`.person.PersonRecognizer.finish` checks the lists)
_POSSESSIVES = r"(?:min|mi|mitt|vår|vårt|mine|våre|my|our)"
_AFTER_RELATION = lazy_compile(r"(?:[ ]" + _POSSESSIVES + r")?(?:,?[ ]|[ ]?\([ ]?)(?!"
                                + _POSSESSIVES + r"\b)(" + LOWER_NAME + r")(?![\p{L}\d\-@.]\w)")


@cache
def _relations() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in cue_words.RELATIONS:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    return automaton


def lower_after_relation(text: str, lowered: str) -> list:
    """The lower-case names right after a relation word of :data:`cue_words.RELATIONS`
    ('sønnen vår erik', 'min samboer, lise', 'my son (tom)'): one pass of an Aho-Corasick
    automaton over ``lowered`` (``text.lower()``), then an anchored match at each whole-word
    hit; none where the two differ in length (an 'İ')."""
    if len(lowered) != len(text):
        return []
    found, end = [], 0
    for last, length in _relations().iter(lowered):
        start, after = last - length + 1, last + 1
        if after < end or start and lowered[start - 1].isalnum() \
                or after < len(text) and lowered[after].isalnum():
            continue
        match = _AFTER_RELATION.match(text, after)
        if match is not None:
            found.append(match)
            end = match.end()
    return found
