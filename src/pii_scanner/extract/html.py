"""HTML to plain text with an offset map back into the HTML source.

Detection runs on the text a reader sees; redaction (Zendesk's ``comment_redactions``) edits the
HTML. :func:`html_to_text` returns both the text and, for every text character, the index of the
HTML character it came from, so a finding's span can be mapped back with :func:`map_span`.
A table is written as a pasted one reads: a row per line, its cells separated by tabs, so a
column's header stays the context of its cells (``Telefon`` over ``43005500``).

>>> text, offsets = html_to_text('<p>Hei <b>Kari</b> &amp; Ola</p><p>x</p>')
>>> text
'Hei Kari & Ola\\n\\nx'
>>> s = text.index('Kari'); html = '<p>Hei <b>Kari</b> &amp; Ola</p><p>x</p>'
>>> start, end = map_span(html, offsets, s, s + 4)
>>> html[start:end]
'Kari'
>>> a = text.index('&'); html[slice(*map_span(html, offsets, a, a + 1))]
'&amp;'
>>> html_to_text('<table><tr><th>Navn</th><th>Tlf</th></tr><tr><td></td><td>41</td></tr></table>')[0]
'Navn\\tTlf\\n\\t41'
>>> html_to_text('<table><tr><th></th><th>Tlf</th></tr><tr><td>Kari</td><td>41</td></tr></table>')[0]
'\\tTlf\\nKari\\t41'
>>> html_to_text('<tr><td><p class=MsoNormal>Mob:</p></td><td><p class=MsoNormal>412</p></td></tr>')[0]
'Mob:\\t412'
>>> html_to_text('Navn\\tTlf<br>\\nKari\\t41<br>\\n')[0]  # no second break after <br>
'Navn\\tTlf\\nKari\\t41'

A line break in the source of markup that writes its lines as tags is whitespace, as a browser
renders it: Outlook and Thunderbird wrap long source lines anywhere, inside a name or a number
(``<p>Ring meg p&aring; 48\\n23 58 69</p>``), and pretty-printed cells indent their text.

>>> html_to_text('<p>Ring meg 48\\r\\n23 58 69</p>\\n<table><tr><td>\\n  Mobil:\\n</td><td>912</td></tr></table>')[0]
'Ring meg 48 23 58 69\\n\\nMobil:\\t912'
>>> html_to_text('<html><head><title>x</title><body><p>a</p></body>')[0]  # </head> left out
'a'

Blank lines are kept as a browser shows them: a ``<br>`` is a line break of its own, so one
opening a line is an empty line (Gmail's ``<div><br></div>``, ``a<br><br>b``), and paragraphs
stand apart by a blank line (their margins; Zendesk writes a plain comment's paragraphs so),
except where the margin is set to zero (Outlook's ``MsoNormal``, a ``margin:0`` style) or the
paragraph sits in a table cell. A signature under a sign-off, or a name closing a reply above
its quoted message, is found by these blank lines as in the plain text.

>>> html_to_text('<div>Takk!</div><div><br></div><div>Are</div>')[0]
'Takk!\\n\\nAre'
>>> html_to_text('<p>Takk!</p><p>Are</p><p class="MsoNormal">a</p><p class=MsoNormal>b</p>')[0]
'Takk!\\n\\nAre\\n\\na\\nb'
>>> html_to_text('a<br><br>b<br></div><div>c</div>')[0]
'a\\n\\nb\\nc'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape
from html.entities import name2codepoint
from html.parser import HTMLParser

#: Tags after (or before) which a reader sees a line break.
_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 "
    "h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul".split()
)
_CELLS = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
#: Elements whose source whitespace a reader sees as written.
_PRE = frozenset({"pre", "textarea", "xmp", "listing", "plaintext"})
#: A source line break and the spaces around it: one space where markup writes its lines as tags.
_SOURCE_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")
#: Tags that write a text's lines.
_LINE_TAGS = re.compile(r"<(?:br|p|div|tr|li|table|blockquote|h[1-6])\b", re.IGNORECASE)
#: Elements without content (their ``style`` opens nothing)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
#: A paragraph without its margins: Outlook's class, or a style zeroing the margin
_NO_MARGIN = re.compile(r"\bmso|margin(?:-top|-bottom)?\s*:\s*0(?![.\d]*[1-9])", re.IGNORECASE)
#: An inline style that keeps source whitespace as written
_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
#: A source that opens with markup (a tag, a doctype, a comment)
_OPENS_WITH_MARKUP = re.compile(r"[\ufeff\s]*<(?:!|/?[a-zA-Z][\w:-]*[\s/>])")


def _markup_writes_lines(source: str) -> bool:
    """Whether ``source`` writes its lines as tags, so its own line breaks are whitespace: it
    opens with markup, or it has a line tag for every second line break ('row<br>\\n'). Plain
    text with a few tags in it ('feil med <br> i malen') or only entities keeps its lines."""
    if _OPENS_WITH_MARKUP.match(source):
        return True
    tags = len(_LINE_TAGS.findall(source))
    return tags >= 2 and 2 * tags >= source.count("\n")


class _Collector(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._line_starts.append(i + 1)
        self._source = source
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self._skip: list[str] = []  # open elements whose text nobody sees
        self._pre: list[str] = []  # open elements whose source line breaks are the text's
        self._collapse = _markup_writes_lines(source)
        self._space: int | None = None  # a collapsed source break waiting for the next text
        self._cells = 0  # cells opened in the current table row
        self._in_cell = 0  # table cells open
        self._cell_at = 0  # where the current cell's text starts
        self._paragraphs: list[bool] = []  # open <p>s: whether each has its margins

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _emit(self, text: str, start: int, raw_len: int | None = None) -> None:
        if self._skip:
            return
        if not text:
            return
        if self._space is not None:
            self.chars.append(" ")
            self.offsets.append(self._space)
            self._space = None
        if raw_len is None:  # verbatim data: one source char per text char
            self.chars.extend(text)
            self.offsets.extend(range(start, start + len(text)))
        else:  # an entity: every produced char maps to the entity's first char
            self.chars.extend(text)
            self.offsets.extend([start] * len(text))

    def _newline(self, at: int, lines: int = 1) -> None:
        """Line breaks up to ``lines`` at the text's end (a block's edge: they collapse)."""
        self._space = None
        if self._writes_no_break():
            return  # (a block opening a cell: Outlook's '<td><p class=MsoNormal>')
        have = 0
        while have < min(lines, len(self.chars)) and self.chars[-1 - have] == "\n":
            have += 1
        for _ in range(lines - have):
            self.chars.append("\n")
            self.offsets.append(at)

    def _writes_no_break(self) -> bool:
        """Whether a line break here writes nothing: skipped markup, no text yet, or a cell
        with no text of its own yet."""
        return self._skip or not self.chars or self._in_cell and len(self.chars) <= self._cell_at

    def _break(self, at: int) -> None:
        """A ``<br>``: a line break of its own, so one opening a line is an empty line."""
        self._space = None
        if self._writes_no_break():
            return
        self.chars.append("\n")
        self.offsets.append(at)

    def _paragraph_edge(self, at: int) -> None:
        spaced = bool(self._paragraphs) and self._paragraphs[-1] and not self._in_cell
        self._newline(at, 2 if spaced else 1)

    def _cell(self, at: int) -> None:
        """A cell starts: a tab after the row's earlier cells, empty ones too (columns stay
        aligned under their header), also after an empty first cell opening the text."""
        self._space = None
        if self._cells and not self._skip:
            while self.chars and self.chars[-1] == "\n" and len(self.chars) > self._cell_at:
                self.chars.pop()  # the last cell's closing block ('</p></td>'): no line
                self.offsets.pop()
            self.chars.append("\t")
            self.offsets.append(at)
        self._cells += 1
        self._cell_at = len(self.chars)

    def handle_starttag(self, tag, attrs):
        if tag in _PRE or tag not in _VOID and any(
                k == "style" and v and _PRE_STYLE.search(v) for k, v in attrs):
            self._pre.append(tag)  # (a nested element of the same name ends it early)
        if tag == "body":  # '<head>' left open: the body ends it, as browsers read it
            self._skip = [t for t in self._skip if t not in ("head", "title")]
        if tag in _SKIP:
            self._skip.append(tag)
        elif tag in _CELLS:
            self._in_cell += 1
            self._cell(self._pos())
        elif tag == "br":
            self._break(self._pos())
        elif tag == "p":
            self._paragraphs.append(not any(
                k in ("class", "style") and v and _NO_MARGIN.search(v) for k, v in attrs))
            self._paragraph_edge(self._pos())
        elif tag in _BLOCK:
            if tag == "tr":
                self._cells = 0
            self._newline(self._pos())

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._break(self._pos())
        elif tag in _BLOCK:
            self._newline(self._pos())

    def handle_endtag(self, tag):
        _close(self._pre, tag)
        if tag in _SKIP:
            _close(self._skip, tag)
        elif tag in _CELLS:
            self._in_cell = max(0, self._in_cell - 1)
        elif tag == "p":
            self._paragraph_edge(self._pos())
            if self._paragraphs:
                self._paragraphs.pop()
        elif tag in _BLOCK:
            self._newline(self._pos())

    def handle_data(self, data):
        start = self._pos()
        # 'Kari<TAB>41<br>\n' (how mail clients write HTML): the source's line break after <br>
        # is whitespace a reader never sees, not a second break (a pasted table's rows stay
        # adjacent), as is one Outlook wraps a long source line at
        if self._collapse and not self._pre and ("\n" in data or "\r" in data):
            self._collapsed(data, start)
        else:
            self._emit(data, start)

    def _collapsed(self, data: str, start: int) -> None:
        """``data`` with each source line break (and the spaces around it) read as one space;
        none at a line's start, and one at the end only if more text follows."""
        at = 0
        for m in _SOURCE_BREAK.finditer(data):
            self._emit(data[at:m.start()], start + at)
            if not self._skip and self.chars and self.chars[-1] not in "\n\t ":
                self._space = start + m.start()
            at = m.end()
        self._emit(data[at:], start + at)

    def handle_entityref(self, name):
        start = self._pos()
        raw = f"&{name};" if self._source.startswith(f"&{name};", start) else f"&{name}"
        text = chr(name2codepoint[name]) if name in name2codepoint else unescape(raw)
        self._emit(text, start, len(raw))

    def handle_charref(self, name):
        start = self._pos()
        raw = f"&#{name};"
        self._emit(unescape(raw), start, len(raw))


def _close(stack: list[str], tag: str) -> None:
    """Close the innermost open ``tag`` on ``stack`` (a stray end tag closes nothing)."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] == tag:
            del stack[i:]
            return


def html_to_text(html: str) -> tuple[str, list[int]]:
    """Visible text of ``html`` and, per text character, its index in ``html``."""
    parser = _Collector(html)
    parser.feed(html)
    parser.close()
    chars, offsets = parser.chars, parser.offsets
    while chars and chars[-1] == "\n":  # trailing block breaks carry no text
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def map_span(html: str, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map a text span ``[start, end)`` to the HTML span that renders it.

    An entity (``&amp;``) at either end is covered whole; tags inside the span stay inside it.
    """
    if not offsets or start >= end:
        return (0, 0)
    src_start = offsets[start]
    last = offsets[end - 1]
    src_end = last + 1
    if html.startswith("&", last):
        semi = html.find(";", last, last + 34)
        if semi != -1:
            src_end = semi + 1
    return src_start, src_end
