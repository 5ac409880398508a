"""Text of WordprocessingML stories (body, header, footer, comment, footnote) from the XML.

python-docx's ``paragraph.text`` leaves out what a reviewer still sees in Word: tracked
insertions and deletions, content controls (``w:sdt``), text boxes and smart tags. This
walks the XML instead. A paragraph is one line as it reads now; if it has tracked
deletions, a second line gives it as it read before. Text boxes follow their paragraph as
lines of their own; ``mc:Fallback`` copies of them are skipped. Table rows are one line
each, cells joined by tabs (a nested table's rows after its row).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "instrText", W + "delInstrText", MC_FALLBACK, W + "rPr", W + "pPr", W + "sdtPr"}
_BREAKS = {W + "br": "\n", W + "cr": "\n", W + "tab": "\t", W + "noBreakHyphen": "-"}
_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo",
             W + "del", W + "moveFrom"}


def story_lines(element) -> Iterator[str]:
    """Lines of a story element (``w:body``, ``w:hdr``, ``w:comment``, ``w:footnote`` ...)."""
    return _block_lines(iter(element))


def _block_lines(children) -> Iterator[str]:
    for child in children:
        tag = child.tag
        if tag == W + "p":
            yield from _paragraph_lines(child)
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if _owning_table(row) is child:
                    yield from _row_lines(row)
        elif tag in _WRAPPERS:
            yield from story_lines(child)


def _row_lines(row) -> Iterator[str]:
    """A table row as one line of tab-joined cells; a table nested in a cell follows as
    lines of its own (its label/value rows kept apart, not run together)."""
    cells, nested = [], []
    for tc in row:
        if tc.tag != W + "tc":
            continue
        own = _block_lines(c for c in tc if c.tag != W + "tbl")
        cells.append(" ".join(" ".join(own).split()))
        nested.extend(_block_lines(c for c in tc if c.tag == W + "tbl"))
    yield "\t".join(cells)
    yield from nested


def _owning_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _paragraph_lines(p) -> Iterator[str]:
    boxes: list = []
    now = "".join(_runs(p, boxes, deleted=False))
    yield now
    if p.find(f".//{W}delText") is not None or p.find(f".//{W}moveFrom") is not None:
        yield "".join(_runs(p, [], deleted=True))
    for box in boxes:
        yield from story_lines(box)


def _runs(element, boxes: list, deleted: bool) -> Iterator[str]:
    """Characters of a paragraph as it reads now (``deleted`` False) or before its tracked
    changes; text box contents go to ``boxes``."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "txbxContent":
            boxes.append(child)
        elif tag in (W + "ins", W + "moveTo") and deleted:
            continue
        elif tag in (W + "del", W + "moveFrom") and not deleted:
            continue
        elif tag in (W + "t", W + "delText"):
            yield child.text or ""
        elif tag in _BREAKS:
            yield _BREAKS[tag]
        else:
            yield from _runs(child, boxes, deleted)


def link_addresses(rels) -> list[str]:
    """E-mail addresses and phone numbers behind ``mailto:`` and ``tel:`` hyperlinks."""
    out = []
    for rel in rels.values():
        if not rel.reltype.endswith("/hyperlink") or not rel.is_external:
            continue
        url = urlsplit(str(rel.target_ref).strip())
        if url.scheme.lower() in ("mailto", "tel", "callto", "sms"):
            address = unquote(url.path).strip()
            if address and address not in out:
                out.append(address)
    return out
