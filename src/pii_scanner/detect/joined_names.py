"""Names written as one token: user names, @-mentions, file names and profile links.

``kari.nordmann`` (a user name or a mention without the address), ``CV_Kari_Nordmann.pdf``,
``kontrakt_per_olsen_2024.pdf`` and ``linkedin.com/in/kari-nordmann`` hold a first name and a
surname joined by ``.``, ``_`` or ``-``: no capitalised run sees them. A pair counts when the
first part is a curated first name that is no word, and the second a listed surname, or any
non-word when both parts are capitalised, the token is a profile link's path
(``/in/kari-nordmann``, ``/people/``, ``/ansatte/``) or just ``fornavn.etternavn``. A first name
that is also a word (``per``) counts only before a listed surname (``per_olsen``).
A ``-`` joins a name only in a link's path or a file name (``e-post``, ``ola-bil`` in prose are
compounds). A token that is an address's local part (before ``@``) is the e-mail's, not ours.

The scan is anchored on the joiner between two letters, and a joiner whose word before it is
no first name costs one look-up; a text without a joiner costs a single failed search.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import is_common
from pii_scanner.detect.regex_timeout import scan_timeout

#: a joiner between two letters; the token around it is read in Python
_JOINER = regex.compile(r"(?<=\p{L})[._\-](?=\p{L})")
_PART = lazy_compile(r"\p{L}+")
#: the letters right before a position (matched backwards from it)
_LETTERS_BEFORE = lazy_compile(r"\p{L}+", flags=regex.REVERSE)
_FILE_END = lazy_compile(r"\.[A-Za-z0-9]{2,5}$")
#: a profile link's path before the token ('linkedin.com/in/', '/people/', '/ansatte/')
_PROFILE_PATH = lazy_compile(r"/(?:in|pub|profile|profiles|people|person|users?|u|team|"
                              r"ansatte|medarbeidere|employees|staff|author|forfatter)/$")
#: how far a token may reach each side of its joiner (user names, file names and slugs are short)
_REACH = 60


def joined_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of each first name + surname joined inside one token."""
    found: list[tuple[int, int, str]] = []
    done = -1
    curated = gazetteers.common_first_names()
    for joiner in _JOINER.finditer(text, **scan_timeout(len(text))):
        if joiner.start() < done:
            continue  # inside a token already read
        # cheap gate first: the letters before the joiner must be a first name ('kari.')
        before = _LETTERS_BEFORE.match(text, max(0, joiner.start() - _REACH), joiner.start())
        if before is None:
            continue
        key = gazetteers.fold(before.group().lower())
        keyed = False
        if key not in curated:
            # any listed first name as the value of a name or user key ('name=Lynn_Smith',
            # 'user_name=kari_nordmann'): the key says a person's name is there
            if key not in gazetteers.first_names() or text[before.start() - 1:before.start()] \
                    not in ("=", ":", "\"", "'", " ") or not _after_name_key(text, before.start()):
                continue
            keyed = True
        start, end = _token_bounds(text, joiner.start())
        done = end
        keyed = keyed or _after_name_key(text, start)
        found += _names_in_token(text, start, end, keyed)
    return found


def _token_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = pos, pos + 1
    floor, ceiling = max(0, pos - _REACH), min(len(text), pos + _REACH)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._-"):
        start -= 1
    while end < ceiling and (text[end].isalnum() or text[end] in "._-"):
        end += 1
    while end > start and text[end - 1] in "._-":  # a sentence's full stop
        end -= 1
    return start, end


#: a key naming a person or a user right before a value ('name=', 'user_name=', '"navn": "',
#: 'customer_name: ', 'username='); a file's, host's or company's name is none
_NAME_KEY = lazy_compile(r"(?<![\w.\-])(?P<key>[\w.\-]{0,24}?(?:name|navn|namn|user|bruker|"
                          r"anvandare|användare|kunde|customer|contact|kontakt))[\"']?[ \t]*[=:][ \t]*"
                          r"[\"']?$", flags=regex.IGNORECASE)
_NOT_PERSON_KEYS = ("file", "host", "company", "firma", "org", "product", "device", "app",
                    "domain", "server", "bucket", "table", "column", "field", "tag", "class",
                    "type", "event", "service", "project", "street", "city", "place", "country",
                    "brand", "plan", "package", "queue", "group", "team", "display", "screen",
                    "db", "database", "schema", "node", "pod", "cluster", "branch", "repo")


def _after_name_key(text: str, start: int) -> bool:
    """Whether the token at ``start`` is the value of a person's name or user key."""
    if text[start - 1:start] not in ("=", ":", "\"", "'", " ", "\t"):
        return False
    match = _NAME_KEY.search(text, max(0, start - 40), start)
    return match is not None and not match.group("key").lower().lstrip("_-.").startswith(
        _NOT_PERSON_KEYS)


def _names_in_token(text: str, start: int, end: int,
                    keyed: bool = False) -> list[tuple[int, int, str]]:
    if text[end:end + 1] == "@" or (start and text[start - 1] == "@" and start > 1
                                     and not text[start - 2].isspace()):
        return []  # an address's local part or domain: the e-mail recognizer's
    token = text[start:end]
    link = start > 0 and text[start - 1] == "/"
    profile = link and _PROFILE_PATH.search(text, max(0, start - 16), start) is not None
    file_name = _FILE_END.search(token) is not None
    hyphen_ok = link or file_name
    parts = [(m.start() + start, m.end() + start) for m in _PART.finditer(token)]
    # 'kari.nordmann' alone: the fornavn.etternavn of user names ('www.kari.no' has three)
    bare = len(parts) == 2 and parts[0][0] == start and parts[1][1] == end
    first, curated, surnames = (gazetteers.first_names(), gazetteers.common_first_names(),
                                gazetteers.surnames())
    found, i = [], 0
    while i < len(parts) - 1:
        (a, b), (c, d) = parts[i], parts[i + 1]
        joiner = text[b:c]
        one, two = text[a:b], text[c:d]
        slot = keyed and i == 0 and bare  # the whole value of a name key: 'kari_nordmann'
        if (len(joiner) != 1 or (joiner == "-" and not hyphen_ok)
                or not (_first_name(one.lower(), two.lower(), curated, surnames)
                        or slot and _keyed_first_name(one.lower(), two.lower(), first, surnames))
                or not _surname(one, two, surnames, profile or (joiner == "." and bare) or slot)):
            i += 1
            continue
        j = i + 1  # more name parts may follow ('anne_marie_berg')
        while j + 1 < len(parts) and text[parts[j][1]:parts[j + 1][0]] == joiner:
            key = text[parts[j + 1][0]:parts[j + 1][1]].lower()
            if is_common(key) or not (key in first or key in surnames):
                break
            j += 1
        why = "link path" if link else "file name" if file_name else "joined user name"
        found.append((a, parts[j][1], why))
        i = j + 1
    return found


def _first_name(key: str, nxt: str, curated: frozenset[str], surnames: frozenset[str]) -> bool:
    """A curated first name that is no word, or one that is ('per_olsen') before a surname."""
    if len(key) < 2 or key not in curated:
        return False
    return not is_common(key) or (nxt in surnames and not is_common(nxt))


def _keyed_first_name(key: str, nxt: str, first: frozenset[str], surnames: frozenset[str]) -> bool:
    """Any listed first name that is no word, or one that is before a listed surname, as the
    value of a name key ('name=Lynn_Smith')."""
    if len(key) < 2 or key not in first:
        return False
    return not is_common(key) or (nxt in surnames and not is_common(nxt))


def _surname(one: str, two: str, surnames: frozenset[str], slot: bool) -> bool:
    """A listed surname; or any non-word after a capitalised first name ('Kari_Nordmann') or
    in a name's slot (a profile link, a bare 'fornavn.etternavn')."""
    key = two.lower()
    if len(key) < 2 or is_common(key):
        return False
    if key in surnames:
        return True
    capitalised = one[0].isupper() and two[0].isupper() and not two.isupper()
    return capitalised or (slot and two.islower() and len(key) >= 3)
