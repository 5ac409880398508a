"""Unicode separators read as plain ones: no-break and thin spaces as ``' '``, Unicode hyphens
and dashes as ``'-'`` (an em dash only between digits), the small commercial at as ``'@'``, a
masculine ordinal or ring above as a degree sign;
full-width forms (``０１０１９０``, ``：``, as Japanese and Chinese input
methods and some phone keyboards type them) as their ASCII letters, digits and signs.

HTML mail (``&nbsp;``), Outlook and Word put U+00A0 between the groups of a phone number,
fødselsnummer or account number (``412 34 567``), and word processors turn hyphens into
dashes. Patterns are written with ``' '`` and ``'-'``; they read the text through
:func:`plain_separators`, a one-to-one character mapping, so every offset stays valid.

>>> plain_separators("tlf 412\\u00a034\\u00a0567, fnr 120385\\u201312345")
'tlf 412 34 567, fnr 120385-12345'
>>> plain_separators("tlf\\uff1a\\uff19\\uff11\\uff12\\u3000FH1")
'tlf:912 FH1'
"""

from __future__ import annotations

import re

_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63"
_FULL_WIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
#: the small commercial at (U+FE6B), which some keyboards and fonts give for '@', and the
#: masculine ordinal and the ring above given for a degree sign ('59º54′50″N', '10˚45′')
_LOOK_ALIKES = {"\ufe6b": "@", "\u00ba": "\u00b0", "\u02da": "\u00b0"}
_TABLE = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_DASHES, "-"),
                        **_FULL_WIDTH, **_LOOK_ALIKES})
#: an em dash (or a horizontal bar) between two digits ('120586\u201495082': iOS writes one
#: for a typed '--') is a hyphen; elsewhere it is a sentence's dash ('Kari\u2014who ...') and
#: stays, so a name before it is no compound's first part
_DIGIT_DASH = re.compile(r"(?<=\d)[\u2014\u2015](?=\d)")
#: (the standard library's engine: it finds a plain character class ~3x faster than ``regex``,
#: and this test runs on every text)
_ODD = re.compile("[" + _SPACES + _DASHES + "".join(_LOOK_ALIKES) + "\u2014\u2015\uff01-\uff5e]")


def plain_separators(text: str) -> str:
    """``text`` with its odd separators made plain (``text`` itself when it has none).

    >>> plain_separators("fnr 120586\u201495082 \u2014 kari\ufe6bfirma.no")
    'fnr 120586-95082 \u2014 kari@firma.no'
    """
    if not _ODD.search(text):
        return text
    plain = text.translate(_TABLE)
    if "\u2014" in plain or "\u2015" in plain:
        plain = _DIGIT_DASH.sub("-", plain)
    return plain


def plain_view(text: str, nlp_artifacts=None) -> tuple[str, str]:
    """``(plain, lower)``: :func:`plain_separators` of ``text`` and its lower-cased form.

    Kept on ``nlp_artifacts`` (when given), so the recognizers of one text translate it
    once; a text without odd separators reuses the artifacts' lower-cased text.
    """
    cached = getattr(nlp_artifacts, "plain_view", None)
    if cached is not None and cached[0] is text:
        return cached[1], cached[2]
    plain = plain_separators(text)
    lower = getattr(nlp_artifacts, "text_lower", None) if plain is text else None
    lower = lower or plain.lower()
    if nlp_artifacts is not None:
        try:
            nlp_artifacts.plain_view = (text, plain, lower)
        except AttributeError:
            pass
    return plain, lower
