"""Repairs for the ways tesseract breaks e-mail addresses in screenshots.

1. ``@`` read as ``(Ø``, ``(Q``, ``(@``, ``&``, or a lone ``Q``, ``G``, ``Ø`` or ``©``
   between lower-case letters and a domain (``kari.berg&outlook.com``, ``kari.bergGoutlook.com``); we put the
   ``@`` back.
2. ``@`` read as a plain letter (the ``nor`` model reads it as ``e``): a word shaped like
   ``name<x>domain.tld`` with no ``@`` gets a second look, its crop read alone with the
   ``eng`` model, and the second reading is kept when it is an address.
3. Addresses split into several words, mostly at ``.`` in monospaced UI fonts
   (``jon. holm@bergeneiendom. no``), or anywhere in a ``first.last`` local part
   (``emilia.simolaha apaniemi@hotmail.fi``; not after a host name such as ``www.firma.no``); words on one line, close together, whose joined form is
   an address are joined, and the joined word's box is the union of theirs.
4. ``@`` read as ``E``, ``e``, ``©``, ``®``, ``Ø``, ``Q``, ``G`` or ``(a)`` at the start of
   the next word (``unni.ellingsen82 Eoutlook.com``) or, for ``E``, ``®`` and ``(a)``, inside
   one (``kari(a)firma.no``); a small ``e``, ``g``, ``q`` or ``ø`` inside a word only before
   a major mail domain (``jon.hansenegmail.com``, round 30B: ``elin.stridgoutlook.com``, and
   after a bare local part of ``BARE_LOCAL`` letters or more before the domain as printed,
   ``sandersvendsengoutlook.com``, not ``smallegmall.com``).
   The domain must end in a real top-level domain (``gmail.corn`` becomes ``gmail.com``;
   ``telia,se``, ``firma_no``, ``firma:dk`` and ``hotmail fi`` get their dot). A word in an
   address's place (after ``user=``, or an e-mail label) needs less: ``ocr_mail_slots.py``.

All only touch words that end up forming an address; other text is left as read (a capital
``I`` read ``l``, ``ä`` read ``å`` and a surname's capital read small are mended in
``ocr_letters.py``, a table's cell border glued to a word in ``ocr_borders.py``);
:func:`join_numbers` and :func:`join_mrz` join an identifier and a passport's MRZ line cut into
words (``ocr_numbers.py`` reads them).

5. Addresses again: a ``first.last`` local part cut after its dot before an ``@`` read as a
   letter (``simen. jacobsen Eonline.no``; the dot makes the local part address-shaped),
   and an ``@`` lost altogether between a mail header's angle brackets before a major mail
   domain (``<brittjensenhotmail.com>``); a letter for ``@`` after a bare word
   (``kundeservice Gfirma.no``) right after a mail header's ``Til:``/``From:`` label.
6. An ``@`` lost with only a gap left, between an address-shaped local part and a major
   mail domain (``fredrik.lien36 online.no``); a major mail domain with an ``l`` read for
   its ``i`` (``maria.astromegmall.com``).
"""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable, Sequence

from pii_scanner.extract.boxes import union
from pii_scanner.extract.ocr import OcrWord
from pii_scanner.extract.ocr_mail_slots import role_local
from pii_scanner.extract.ocr_numbers import joined_id, mrz_line
from pii_scanner.orgs.domains import top_level_domains

_AT_MISREAD = re.compile(r"(?<=[\w.])\((?:Ø|ø|Q|@|©)(?=[\w-])")
_Q_FOR_AT = re.compile(r"^([a-z0-9æøåäöü._+-]*[a-z0-9æøåäöü])(?:QG|[QGØ©®])([a-z0-9-]+\.(?:[a-z]{2,}(?:\.[a-z]{2,})?)?\.?)$")
_AMP_FOR_AT = re.compile(r"^([a-z0-9æøåäöü._+-]*[a-z0-9æøåäöü])&([a-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\.?)$")
_NO_AT_ADDRESS = re.compile(r"^[\w.+-]{2,}[\w-]{2,}\.[a-z]{2,}\.?$")
_LOCAL = re.compile(r"^[\w.+-]+$")
_DOMAIN_PART = re.compile(r"^[\w.-]+$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
MAX_GAP = 1.5  # join gap, in median character widths of the line
#: (round 37D: a Nordic letter in a name's local part, ``m.björk``, ``lise.bjørk``: mail
#: providers take them, and the text's e-mail pattern reads them)
_PLAIN_LOCAL = re.compile(r"^[a-zæøåäöü][a-z0-9æøåäöü._+-]*[a-z0-9æøåäöü]$")
#: (round 36D: a lower-case 'ø' too, as a small '@' reads in a Nordic language's model:
#: 'lise.berg øgmail.com'; a weak sign, as 'e' is)
_AT_WORD = re.compile(r"^(?:QG|\(a\)|[EeQGØø©®@])([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\.?)$")
_AT_INSIDE = re.compile(r"^([a-z0-9æøåäöü._+-]*[a-z0-9æøåäöü])(?:E|®|\(a\))([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(\.?)$")
_COMMA_DOT = re.compile(r"^([a-z0-9-]{2,})[,:_]([a-z]{2,3})$")  # "telia,se", "firma_no"
#: small letters the engine reads for an ``@`` in small type before a major mail domain
_SMALL_AT = frozenset("egqø")
#: a local part without a dot, digit or underscore this long is a name's, not a word's
BARE_LOCAL = 4


@functools.cache
def _free() -> frozenset[str]:
    from pii_scanner.orgs.domains import free_domains

    return free_domains()


@functools.cache
def _major() -> frozenset[str]:
    """The curated Nordic ISP and major webmail domains (not the long free-mail list, whose
    short entries such as ``la.com`` end many host names)."""
    from importlib.resources import files

    text = files("pii_scanner.orgs").joinpath("data", "nordic_consumer_email_domains.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def fix_domain(domain: str) -> str | None:
    """``domain`` with a real top-level domain (``corn`` read for ``com`` fixed, a lost dot
    before a free-mail domain's TLD put back), or None when it has none."""
    domain = domain.rstrip(".")
    head, _, tld = domain.rpartition(".")
    if head and tld in top_level_domains():
        return domain
    if head and tld.replace("rn", "m") in top_level_domains():
        return f"{head}.{tld.replace('rn', 'm')}"
    for n in (2, 3):
        if f"{domain[:-n]}.{domain[-n:]}" in _free():
            return f"{domain[:-n]}.{domain[-n:]}"
    return None


#: a log's or a query's key glued to the address after it ('user=kari@firma.no', 'to=...')
_KEY = re.compile(r"^[A-Za-z][A-Za-z_-]{0,15}=(?=[\w.+-]+(?:@|$))")


def _key_of(text: str) -> str:
    """The ``key=`` that opens ``text`` (:data:`_KEY`), or ''."""
    return m.group() if (m := _KEY.match(text)) else ""


def _fix_keyed(text: str) -> str:
    """:func:`fix_at` and :func:`fix_at_letter` on a word, a log's ``user=`` before it set
    aside (``user=e.karlssoneyahoo.se``: the key's ``=`` kept the local part from looking
    like one)."""
    key = _key_of(text)
    return key + fix_at_letter(fix_at(text[len(key):]))


def fix_at_letter(text: str) -> str:
    """Put back an ``@`` read as a letter or symbol inside one word (``kari(a)firma.no``,
    ``olaEgmail.com``, ``jon.hansenegmail.com``), and fix the domain's end; else ``text``."""
    if "@" in text:
        local, _, domain = text.partition("@")
        fixed = fix_domain(_COMMA_DOT.sub(r"\1.\2", domain.lower().rstrip("."))) if local else None
        dot = "." if domain.endswith(".") else ""
        return f"{local}@{fixed}{dot}" if fixed else text
    m = _AT_INSIDE.match(text)
    if m and (domain := fix_domain(m[2])):
        return f"{m[1]}@{domain}{m[3]}"
    if text.rstrip(".") in _free():
        return text
    for i in range(2, len(text) - 4):  # a small letter only before a major mail domain (the
        # longest: 'egmail.com' is 'e' before 'gmail.com', not 'g' before 'mail.com')
        if text[i] in _SMALL_AT and (domain := major_domain(text[i + 1:].rstrip("."))) \
                and _PLAIN_LOCAL.match(text[:i]) and (any(c in text[:i] for c in "._0123456789") or (
                    len(text[:i]) >= BARE_LOCAL and domain == text[i + 1:].rstrip("."))):
            return f"{text[:i]}@{domain}{'.' if text.endswith('.') else ''}"
    return text


def major_domain(word: str) -> str | None:
    """``word`` as a major mail domain (:func:`_major`), also with one ``l`` the engine read
    for an ``i`` (``gmall.com``, ``hotmall.com``: the two differ by a dot in small type); None
    when it is none."""
    if word in _major():
        return word
    for i, char in enumerate(word):
        if char == "l" and (fixed := f"{word[:i]}i{word[i + 1:]}") in _major():
            return fixed
    return None


def join_lost_at(local: OcrWord, domain: OcrWord, cw: float) -> OcrWord | None:
    """``fredrik.lien36`` + ``online.no``: an ``@`` in small type lost altogether, leaving a
    gap, between an address-shaped local part (a dot, an underscore or a digit in it) and a
    major mail domain (:func:`major_domain`), as one address; else None. A bare word before
    such a domain ('kunde online.no') stays two words."""
    key = _key_of(local.text)
    name = local.text[len(key):]
    host = major_domain(domain.text.lower().rstrip("."))
    if not (host and _close(local, domain, cw) and _PLAIN_LOCAL.match(name)
            and any(c in name for c in "._0123456789") and not name.startswith("www.")
            and name.rsplit(".", 1)[-1] not in top_level_domains()):
        return None
    return _merge([local, domain], f"{local.text}@{host}{'.' if domain.text.endswith('.') else ''}")


#: a mail header's address field label: the words after it are addresses
_ADDRESS_LABEL = re.compile(r"^(?i:fra|frå|från|from|til|till|to|cc|bcc|kopi|kopia|reply-to|e-post|epost|"
                            r"e-mail|email|mail):$")


def join_at_word(local: OcrWord, at_word: OcrWord, cw: float, field: bool = False) -> OcrWord | None:
    """``unni.ellingsen82`` + ``Eoutlook.com`` (``@`` read as a letter, a space before it) as
    one address, or None. ``field``: ``local`` opens a mail header's address field (right
    after ``Til:``, ``From:``, ``E-post:``...) or is a role mailbox's name (``faktura``), where
    a bare word before a domain is an address too."""
    m = _AT_WORD.match(at_word.text)
    if not (m and _close(local, at_word, cw) and _PLAIN_LOCAL.match(local.text)):
        return None
    if at_word.text[0] in "EeQGø" and not field and not any(c in local.text for c in "._0123456789"):
        return None  # a letter for "@" after a bare word ("Kari Eoutlook.com") is too weak
    domain = fix_domain(m[1])
    return _merge([local, at_word], f"{local.text}@{domain}") if domain else None


def _join_dotted_at_word(first: OcrWord, second: OcrWord, at_word: OcrWord, cw: float) -> OcrWord | None:
    """``simen.`` + ``jacobsen`` + ``Eonline.no``: a ``first.last`` local part the engine cut
    after its dot, then an ``@`` read as a letter starting the domain (rule 4), as one
    address, or None. The dot makes the local part address-shaped, as a digit or dot
    does for :func:`join_at_word`."""
    if not (first.text.endswith(".") and _PLAIN_LOCAL.match(first.text[:-1] or "-")
            and first.text != "www."
            and _close(first, second, cw) and _PLAIN_LOCAL.match(second.text)):
        return None
    local = _merge([first, second], first.text + second.text)
    pair = join_at_word(local, at_word, cw)
    return _merge([first, second, at_word], pair.text) if pair else None


#: brackets and quotes around an address, punctuation after it (``<kari&firma.no>``)
_WRAPPED = re.compile(r"^([<(\[\"'«]*)(.*?)([>)\]\"'»,;:]*)$", re.S)


def fix_at(text: str) -> str:
    """Put back an ``@`` that tesseract read as another glyph pair. Brackets, quotes and
    punctuation around the word are set aside first: a mail client writes the sender as
    ``Ole Lauritsen <ole.lauritsen@gmail.com>``, and ``<ole.lauritsen&gmail.com>`` as read
    did not have the shape the rules look for."""
    head, core, tail = _WRAPPED.match(text).groups()
    core = _AT_MISREAD.sub("@", core).replace("@@", "@")
    if "@" not in core:
        core = _AMP_FOR_AT.sub(r"\1@\2", _Q_FOR_AT.sub(r"\1@\2", core))
    if "@" not in core and head.endswith("<") and tail.startswith(">"):
        core = _lost_at(core)
    return head + core + tail


def _lost_at(core: str) -> str:
    """A mail header's ``<address>`` whose ``@`` the engine lost altogether
    (``<brittjensenhotmail.com>``): only between angle brackets, which hold an address, and
    only before a major mail domain (``_major``), the ``@`` goes back; else ``core``."""
    i = next((i for i in range(2, len(core) - 4) if core[i:] in _major()), None)  # the longest
    if i is None or not _PLAIN_LOCAL.match(core[:i]) or core.startswith("www."):
        return core
    return f"{core[:i]}@{core[i:]}"


def second_look(words: Sequence[OcrWord], read_crop: Callable[[tuple[int, int, int, int]], str]) -> list[OcrWord]:
    """Re-read words that look like an address missing its ``@`` (``read_crop(box)`` returns
    the text in that box of the same image); keep the new reading only if it is one."""
    out = []
    i = 0
    while i < len(words):
        if (group := _dot_split(words, i)) and (joined := _reread(group, read_crop)) is not None:
            out.append(joined)  # "julie." "bech27epost." "dk": tiny text, "@" and dots lost
            i += len(group)
            continue
        w = words[i]
        text = fix_at(w.text)
        if "@" not in text and _NO_AT_ADDRESS.match(text):
            again = "".join(read_crop(w.bbox).split())
            if _EMAIL.match(fix_at(again).rstrip(".")) and abs(len(again) - len(text)) <= 2:
                text = fix_at(again)
        out.append(OcrWord(text, w.bbox, w.conf, w.line))
        i += 1
    return out


def _dot_split(words: Sequence[OcrWord], i: int) -> list[OcrWord]:
    """Words from ``i`` on that the engine cut at dots (``julie.`` ``bech27epost.`` ``dk``),
    close together on one line, joined shaped like an address without its ``@``; else []."""
    group = [words[i]]
    cw = _char_width(words, words[i].line)
    for w in words[i + 1:]:
        last = group[-1]
        if not (_close(last, w, cw) and (last.text.endswith(".") or w.text.startswith("."))):
            break
        group.append(w)
    joined = "".join(w.text for w in group)
    return group if len(group) > 1 and "@" not in joined and _NO_AT_ADDRESS.match(joined) else []


def _reread(group: list[OcrWord], read_crop: Callable[[tuple[int, int, int, int]], str]) -> OcrWord | None:
    """The group's union box read again; one word if that reading is an address."""
    joined = "".join(w.text for w in group)
    again = fix_at("".join(read_crop(union(w.bbox for w in group)).split()))
    if _EMAIL.match(again.rstrip(".")) and abs(len(again) - len(joined)) <= 2:
        return _merge(group, again)
    return None


def repair(words: Sequence[OcrWord]) -> list[OcrWord]:
    """Words with ``@`` fixed and split addresses joined (order and lines kept)."""
    fixed = [OcrWord(_fix_keyed(w.text), w.bbox, w.conf, w.line) for w in words]
    out: list[OcrWord] = []
    i = 0
    while i < len(fixed):
        w = fixed[i]
        field = (bool(out) and out[-1].line == w.line and bool(_ADDRESS_LABEL.match(out[-1].text))
                 or 0 < role_local(w.text) == len(w.text))  # 'faktura Gfirma.se'

        if "@" not in w.text and i + 1 < len(fixed) and (
                pair := join_at_word(w, fixed[i + 1], _char_width(fixed, w.line), field)):
            out.append(pair)
            i += 2
            continue
        if "@" not in w.text and i + 1 < len(fixed) and (
                pair := join_lost_at(w, fixed[i + 1], _char_width(fixed, w.line))):
            out.append(pair)  # 'fredrik.lien36' 'online.no'
            i += 2
            continue
        if "@" not in w.text and i + 2 < len(fixed) and (
                triple := _join_dotted_at_word(w, fixed[i + 1], fixed[i + 2], _char_width(fixed, w.line))):
            out.append(triple)  # 'simen.' 'jacobsen' 'Eonline.no'
            i += 3
            continue
        if "@" not in w.text:
            out.append(w)
            i += 1
            continue
        cw = _char_width(fixed, w.line)
        group = [w]
        # extend left over words that belong to the local part
        while out and _close(out[-1], group[0], cw) and _LOCAL.match(_opened(out[-1].text)) and (
                out[-1].text.endswith(".") or group[0].text.startswith((".", "@"))
                or _split_local(out[-1].text, group[0].text)):
            group.insert(0, out.pop())
        # extend right while the domain is incomplete
        joined = "".join(g.text for g in group)
        j = i + 1
        while j < len(fixed) and _close(group[-1], fixed[j], cw) and _DOMAIN_PART.match(fixed[j].text):
            domain, nxt = joined.split("@", 1)[1], fixed[j].text
            if "." in domain.rstrip(".") and not nxt.startswith("."):
                break
            if domain and "." not in domain and nxt.lower().rstrip(".") in top_level_domains():
                nxt = "." + nxt.lower()  # "kari@hotmail fi": the dot was lost
            group.append(fixed[j])
            joined += nxt
            j += 1
        key = _key_of(joined)
        head, core, tail = _WRAPPED.match(joined[len(key):]).groups() if _opened(joined[len(key):]) != \
            joined[len(key):] else ("", joined[len(key):], "")
        core = fix_at_letter(core)
        joined = key + head + core + tail
        if len(group) > 1 and _EMAIL.match(core.rstrip(".")):
            out.append(_merge(group, joined))
        else:
            out.extend(group)
        i = j
    return out


_OPENERS = "<([\"'«"


def _opened(text: str) -> str:
    """``text`` without the brackets or quotes that open it: a mail client's ``<`` before an
    address the engine cut at its ``@`` (``<marie.berg30`` ``@telia.se>``, round 33C)."""
    return text.lstrip(_OPENERS)


_DOTTED_LOCAL = re.compile(r"^[a-z0-9_+-]+\.[a-z0-9._+-]*[a-z0-9]$")  # "emilia.simolaha"


def _split_local(left: str, right: str) -> bool:
    """``left`` is the start of a local part that the engine cut off from ``right`` with a
    space (``emilia.simolaha apaniemi@hotmail.fi``): it holds a dot between small letters
    like ``first.last``, and is no host name (its last part no top-level domain)."""
    return (bool(_DOTTED_LOCAL.match(left)) and right[:1].isalnum() and "@" in right
            and not left.startswith("www.") and left.rsplit(".", 1)[1] not in top_level_domains())


def _close(a: OcrWord, b: OcrWord, cw: float) -> bool:
    """Same line, ``b`` starts after ``a`` starts and at most ``MAX_GAP`` characters after it
    ends (boxes may overlap: the engine sometimes gives a split word the whole word's box)."""
    return a.line == b.line and a.bbox[0] < b.bbox[0] and b.bbox[0] - a.bbox[2] + 1 <= MAX_GAP * cw + 1


def _char_width(words: Sequence[OcrWord], line: tuple[int, ...]) -> float:
    widths = [(w.bbox[2] - w.bbox[0]) / len(w.text) for w in words if w.line == line and w.text]
    return statistics.median(widths) if widths else 10.0


def _merge(group: list[OcrWord], text: str) -> OcrWord:
    return OcrWord(text, union(g.bbox for g in group), min(g.conf for g in group), group[0].line)


def join_numbers(words: Sequence[OcrWord]) -> list[OcrWord]:
    """Two neighbouring words of a line that the engine cut out of one identifier
    (``194003`` ``16-3484``; ``ocr_numbers.joined_id``) become one word with the union box.
    Only a pair close together (a space apart, in the first word's own character pitch
    where that is wider than the line's: a comb's ``1504544009`` ``2``) with no digit word
    right before or after it: a longer run of digit groups (a phone's ``22 33 44 55``) is
    printed in groups."""
    out: list[OcrWord] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if i + 1 < n and w.text[:1].isdigit() and any(c.isdigit() for c in words[i + 1].text):
            nxt = words[i + 1]
            # a number printed in a comb of boxes (one digit per box; ``combs.py`` erased
            # them) keeps its boxes' pitch: the gap to its last digits is one of them
            cw = max(_char_width(words, w.line), (w.bbox[2] - w.bbox[0]) / len(w.text))
            if _close(w, nxt, cw) and not (out and _close(out[-1], w, cw) and _digit_word(out[-1].text)) \
                    and not (i + 2 < n and _close(nxt, words[i + 2], cw) and _digit_word(words[i + 2].text)) \
                    and (joined := joined_id(w.text, nxt.text)):
                out.append(_merge([w, nxt], joined))
                i += 2
                continue
        out.append(w)
        i += 1
    return out


def join_mrz(words: Sequence[OcrWord]) -> list[OcrWord]:
    """A passport MRZ line 2 the engine cut into words or read with a digit in its
    nationality becomes one word with the union box (``ocr_numbers.mrz_line``: only when its
    check digits pass). Only lines with a word holding '<<' are tried."""
    lines: dict[tuple[int, ...], list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault(w.line, []).append(i)
    out = list(words)
    drop: set[int] = set()
    for idx in lines.values():
        if not any("<<" in words[i].text for i in idx):
            continue
        group = [words[i] for i in idx]
        line = mrz_line([w.text for w in group])
        if line is None or (len(group) == 1 and line == group[0].text):
            continue
        out[idx[0]] = _merge(group, line)
        drop.update(idx[1:])
    return [w for i, w in enumerate(out) if i not in drop] if out != list(words) else list(words)


def _digit_word(text: str) -> bool:
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)
