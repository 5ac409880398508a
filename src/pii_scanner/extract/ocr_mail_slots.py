"""E-mail addresses whose ``@`` the engine misread, where the layout says an address stands.

``ocr_repair`` puts an ``@`` read as a letter back only where the word alone shows an address
(a sign no word holds, ``kari&firma.no``, or a major mail domain after it,
``jon.hansenegmail.com``): an ``e`` or ``g`` before any other domain is too common a letter.
Where the layout names the value an address, the word needs no such proof
(:func:`fill_slots`):

1. after a log's or a query's key that names a user or an address (``user=``, ``email=``,
   ``to=``): ``user=axel.lundberg77efirma.no``;
2. right after an e-mail label on its line (``E-post: k.bengtssonefirma.no``; not where the
   address stands under the label and the next column's label beside it), or under one in a
   form that puts its labels over its values (``E-post`` over the value, left-aligned, at
   most ``LABEL_ROWS`` line heights above);
3. a word that opens with a role mailbox's name (``faktura``, ``kundeservice``, ``support``:
   :data:`ROLE_LOCALS`), the look-alike right after that name (``fakturagfirma.se``, an
   invoice's footer).

Such a word may be only the first piece of its address, the engine having read a dot or
nothing as a gap (``user=elisabeth holeGoutlook com``): the words after it on its line, close
together, are joined to it when joined they make the address (``ocr_mail_pieces.py``).

Such a word, with no ``@``, gets one back at a look-alike (``e``, ``g``, ``G``, ``Q``, ``ø``,
``©``, ``&``, ``(a``, ...) when what follows is a domain ending in a real top-level domain
(its dot maybe read as ``,``, ``:`` or ``_``, or lost before a Nordic country code or
``com``): the look-alike before a known mail domain, else the last one that leaves a host
name of two characters or more (the engine reads the ``@``, not the host's letters, wrong;
the finding's box is the word's either way). A website's label (``Web:``, ``Nettside``) is
no e-mail label, and a word without a top-level domain after a look-alike stays as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pii_scanner.extract.ocr import OcrWord

#: e-mail labels as the engine reads them, lower-cased, a colon or asterisk after them dropped
MAIL_LABELS = frozenset((
    "e-post", "epost", "e-postadresse", "epostadresse", "e-postadress", "e-mail", "email",
    "e-mailadresse", "mail", "mailadresse", "mejl", "mejladress", "sähköposti", "e-mail-adresse",
))
#: the names of role mailboxes that invoices, footers and signatures print
#: (``faktura@firma.se``): a word opening with one and then a look-alike of ``@`` before a
#: domain is that address (longest first: ``fakturering`` before ``faktura``)
ROLE_LOCALS = tuple(sorted((
    "faktura", "fakturering", "fakturor", "kundeservice", "kundservice", "kundtjanst",
    "kundtjänst", "support", "kontakt", "invoice", "invoices", "billing", "noreply", "no-reply",
    "bestilling", "regnskap", "ekonomi", "okonomi", "økonomi", "kundesenter",
), key=len, reverse=True))
ROLE_SPAN = max(map(len, ROLE_LOCALS))
#: a key that names a user or an address before ``=`` in a log or a query
_MAIL_KEY = re.compile(r"^(?i:\w*(?:user|mail|login|recipient|sender|rcpt|owner)\w*|to|from|cc|bcc)=")
#: look-alikes of ``@``: two-character readings first, then one-character ones
_AT_LOOKALIKES = ("(a", "(@", "(Ø", "(ø", "(Q", "(©", "QG", "e", "E", "g", "G", "q", "Q", "ø", "Ø",
                  "©", "®", "&", "B", "@")
_LOCAL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]+(?:[.,:_][a-z0-9-]+)*$")
#: top-level domains whose dot the engine may lose (``balagetse``): the Nordic country codes
#: and ``com``
_LOST_DOT_TLDS = ("com", "no", "se", "dk", "fi")
_SEPARATOR_MISREAD = re.compile(r"[,:_]")
_CUT_TLD = re.compile(r"^\.[a-z]{2,6}[.,;]?$")
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$")
#: how many line heights above its value a form's label may stand
LABEL_ROWS = 2.5
_EDGE = ":*"


def _domain(rest: str) -> str | None:
    """``rest`` as a host name with a real top-level domain, a dot read as ``,``, ``:`` or
    ``_`` put back, or a lost dot before a Nordic country code or ``com``; None when it is
    none."""
    from pii_scanner.extract.ocr_repair import fix_domain

    rest = rest.rstrip(".").lower()
    if not _DOMAIN.match(rest):
        return None
    rest = _SEPARATOR_MISREAD.sub(".", rest)
    if "." in rest:
        return fix_domain(rest) if len(rest.split(".")[0]) >= 2 else None
    for tld in _LOST_DOT_TLDS:
        if rest.endswith(tld) and len(rest) - len(tld) >= 4:
            return f"{rest[:-len(tld)]}.{tld}"
    return None


def restore_at(text: str, at: int | None = None) -> str | None:
    """``text`` (a word in an address's place) as an address with its ``@`` back, or None;
    ``at``: only with the look-alike there.

    >>> restore_at("axel.lundberg77efirma.no"), restore_at("fakturaøfirma:dk")
    ('axel.lundberg77@firma.no', 'faktura@firma.dk')
    >>> restore_at("sondreaasenehotmail.com"), restore_at("kari.nordmann"), restore_at("firma.no")
    ('sondreaasen@hotmail.com', None, None)
    """
    from pii_scanner.extract.ocr_repair import _free

    found: list[tuple[bool, int, str]] = []
    for i in range(1, len(text) - 3) if at is None else (at,):
        for mark in _AT_LOOKALIKES:
            if text.startswith(mark, i) and _LOCAL.match(text[:i]) and (domain := _domain(text[i + len(mark):])):
                found.append((domain in _free(), i, f"{text[:i]}@{domain}"))
                break
    return max(found)[2] if found else None


def role_local(text: str) -> int:
    """The length of the role mailbox's name (:data:`ROLE_LOCALS`) that ``text`` opens with,
    else 0.

    >>> role_local("fakturagfirma.se"), role_local("faktura"), role_local("fakturanr")
    (7, 7, 7)
    >>> role_local("kari.berg")
    0
    """
    lower = text[:ROLE_SPAN].lower()
    return next((len(r) for r in ROLE_LOCALS if lower.startswith(r)), 0)


def _label(word: OcrWord) -> bool:
    return word.text.rstrip(_EDGE).lower() in MAIL_LABELS


def _label_above(labels: Sequence[OcrWord], w: OcrWord) -> bool:
    """One of the e-mail ``labels`` stands over ``w``'s start, at most ``LABEL_ROWS`` line
    heights above."""
    h = w.bbox[3] - w.bbox[1]
    return any(lab.bbox[3] <= w.bbox[1] and w.bbox[1] - lab.bbox[3] <= LABEL_ROWS * h
               and abs(lab.bbox[0] - w.bbox[0]) <= h for lab in labels)


def _beside_label(words: Sequence[OcrWord], i: int) -> bool:
    """``words[i]`` comes right after an e-mail label on its line, and the label's address
    stands not under it: a form that prints its labels over its values puts the next
    column's label there (``E-post`` ... ``Bilens reg.nr.``, read ``Bil@ns.reg.nr.``)."""
    if not i or words[i - 1].line != words[i].line or not _label(words[i - 1]):
        return False
    label = [words[i - 1]]
    return not any(_label_above(label, v) and ("@" in v.text or restore_at(v.text.strip("<>()[],;")))
                   for v in words[i + 1:] if v.line != words[i].line)


def _tld_word(w: OcrWord, nxt: OcrWord | None) -> bool:
    """``nxt`` is a top-level domain the engine cut off from ``w`` after a space (``.no``),
    on ``w``'s line, at most two of its characters' widths after it."""
    from pii_scanner.orgs.domains import top_level_domains

    if nxt is None or nxt.line != w.line or not _CUT_TLD.match(nxt.text):
        return False
    cw = (w.bbox[2] - w.bbox[0]) / len(w.text)
    return 0 <= nxt.bbox[0] - w.bbox[2] <= 2 * cw and nxt.text[1:].rstrip(".,;").lower() in top_level_domains()


def fill_slots(words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` with each word in an address's place (module doc) that is an address but
    for its ``@`` (:func:`restore_at`) given its ``@`` back (a top-level domain the engine
    cut off after a space, ``dahl77eepost .no``, joined to it); other words as read."""
    from pii_scanner.extract.boxes import union

    out: list[OcrWord] = []
    labels = [w for w in words if _label(w)]
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        out.append(w)
        if len(w.text) < 3:  # (a word of fewer than six is an address's first piece at most)
            continue
        key = m.group() if (m := _MAIL_KEY.match(w.text)) else ""
        at = role_local(w.text)
        if not key and not at and not (labels and (_beside_label(words, i) or _label_above(labels, w))):
            continue
        fixed = _restored(w.text, key, at)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if fixed is None and _tld_word(w, nxt) and (fixed := _restored(w.text + nxt.text, key, at)):
            out[-1] = OcrWord(fixed, union((w.bbox, nxt.bbox)), w.conf, w.line)
            skip = 1
        elif fixed is not None:
            out[-1] = OcrWord(fixed, w.bbox, w.conf, w.line)
        elif group := _cut_address(words, i, key, at):
            out[-1] = OcrWord(group[0], union(g.bbox for g in words[i:i + group[1] + 1]), w.conf, w.line)
            skip = group[1]
    return out


def _cut_address(words: Sequence[OcrWord], i: int, key: str, at: int) -> tuple[str, int] | None:
    """The address that ``words[i]`` (in an address's place) and the fewest of the words
    after it make, joined (``ocr_mail_pieces``), and how many words after it it took; None
    when they make none. The last word must end like a domain (:func:`_domain_end`): a log's
    ``user=ola logged in`` joined has an ``@`` look-alike and a top-level domain too."""
    from pii_scanner.extract.ocr_mail_pieces import joined, pieces

    after = pieces(words, i)
    for n in range(1, len(after) + 1):
        if not _domain_end(after[n - 1].text):
            continue
        text = joined([words[i].text, *(p.text for p in after[:n])])
        core = text[len(key):].rstrip(".,;")
        if (fixed := _restored(text, key, at)) or "@" in core and _ADDRESS.match(core):
            return fixed or text, n
    return None


def _domain_end(text: str) -> bool:
    """``text`` may end an address cut into words: it holds a dot before a real top-level
    domain (``leie.no``), or is one whose dot was lost (``com``, ``no``: :data:`_LOST_DOT_TLDS`;
    not ``in`` or ``at``, words a log's message goes on with)."""
    from pii_scanner.orgs.domains import top_level_domains

    text = text.rstrip(".,;").lower()
    head, dot, tld = text.rpartition(".")
    return bool(head and dot) and tld in top_level_domains() or text in _LOST_DOT_TLDS


def _restored(text: str, key: str, at: int) -> str | None:
    """``text`` (``key`` before its value) with its value's ``@`` back (:func:`restore_at`),
    or None when it is no address or was one as read."""
    core = text[len(key):]
    end = len(core.rstrip(".,;"))
    fixed = restore_at(core[:end], at or None)
    return key + fixed + core[end:] if fixed is not None and fixed != core[:end] else None
