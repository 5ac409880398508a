"""What the generator planted, and a tiny builder that records it while writing text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Planted:
    """One planted personal value and where it is served.

    ``kind`` is ``ticket``/``comment``/``user``/``organization``/``attachment``; ``object_id``
    is the object's id as a string (as records carry it); ``field`` names the JSON field
    (``html_body``, ``subject``, ``custom_fields.<id>``, ``identities.<id>.value``,
    ``user_fields.<key>``, ``file_name``; ``content`` for text inside an attachment's bytes).
    ``live`` is False on a deleted ticket (and its comments and attachments) or organization:
    the helpdesk still serves them in its exports, flagged deleted, and a scan drops them.
    """

    entity_type: str
    value: str
    kind: str
    object_id: str
    field: str
    live: bool = True


class Text:
    """Builds one HTML field from literal text, raw markup and planted values.

    Literal text is HTML-escaped; planted values are written verbatim (generators only
    produce values without ``&<>``), so each value appears literally in the HTML and in
    the plain text derived from it.
    """

    __slots__ = ("_parts", "found", "mangle")

    def __init__(self, mangle=None) -> None:
        self._parts: list[str] = []
        self.found: list[tuple[str, str]] = []
        self.mangle = mangle

    def add(self, text: str) -> Text:
        self._parts.append(html.escape(self.mangle(text) if self.mangle else text, quote=False))
        return self

    def raw(self, markup: str) -> Text:
        self._parts.append(markup)
        return self

    def pii(self, entity: str, value: str) -> Text:
        self._parts.append(value)
        self.found.append((entity, value))
        return self

    @property
    def html(self) -> str:
        return "".join(self._parts)


_BREAKS = re.compile(r"<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>|</pre>|</blockquote>", re.I)
_CELLS = re.compile(r"</t[dh]>", re.I)
_TAGS = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Plain text of our own generated HTML (how Zendesk derives ``plain_body``)."""
    text = _CELLS.sub("\t", _BREAKS.sub("\n", markup))
    text = html.unescape(_TAGS.sub("", text))
    return _BLANKS.sub("\n\n", "\n".join(line.rstrip() for line in text.split("\n"))).strip()
