"""E-mail files: EML (stdlib ``email``) and Outlook MSG (``extract-msg``).

Address and subject headers are one piece (``"headers"``), each body is a piece
(``"body 1"``; of a ``multipart/alternative`` the plain part, and the HTML one only where it
has words the plain one lacks),
attachments and forwarded messages are read recursively as ``"attachment N > ..."``
and their file names become one ``"attachment names"`` piece.
"""

from __future__ import annotations

import email
from collections.abc import Callable, Iterator
from email import policy
from email.message import EmailMessage

from pii_scanner.extract.job import Job
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, relocated
from pii_scanner.extract.text import decode, split_text, unfold_directory

Nested = Callable[[bytes, str | None, Job], Extracted]
HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject")


def eml_pieces(data: bytes, job: Job, nested: Nested) -> tuple[list[TextPiece], list[str]]:
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
    except Exception as exc:
        raise ExtractError(f"unreadable e-mail ({type(exc).__name__})") from None
    pieces: list[TextPiece] = []
    errors: list[str] = []
    headers = "\n".join(f"{h}: {v}" for h in HEADERS for v in (msg.get_all(h) or []) if str(v).strip())
    if headers:
        pieces.append(TextPiece(headers, "headers"))
    files: list[tuple[str | None, bytes]] = []
    bodies = 0
    shown: set[str] = set()  # words of the bodies read so far
    for part, alternative in _leaves(msg):
        ctype = part.get_content_type()
        name = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
            blob = inner.as_bytes(policy=policy.default) if hasattr(inner, "as_bytes") else bytes(str(inner), "utf-8")
            files.append((name or "message.eml", blob))
        elif name or part.get_content_disposition() == "attachment" or part.get_content_maintype() != "text":
            files.append((name, part.get_payload(decode=True) or b""))
        else:
            text = unfold_directory(_body_text(part))
            if ctype == "text/html":
                from pii_scanner.extract.html import html_to_text

                text = html_to_text(text)[0]
            words = set(text.split())
            if alternative and words <= shown:
                continue  # the HTML twin of a plain body, saying nothing more
            shown |= words
            bodies += 1
            job.take_chars(len(text))
            pieces.extend(split_text(text, f"body {bodies}"))
    pieces.extend(attachment_pieces(files, job, nested, errors))
    return pieces, errors


def _leaves(part: EmailMessage, alternative: bool = False) -> Iterator[tuple[EmailMessage, bool]]:
    """Leaf parts in order, each with whether it is a second rendering of a
    ``multipart/alternative`` (read only when it says more than the plain one: mailers
    add to the HTML what the plain part lacks). Forwarded messages are leaves."""
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or not part.is_multipart():
        yield part, alternative
        return
    subs = list(part.iter_parts())
    if ctype == "multipart/alternative" and subs:
        plain = [s for s in subs if s.get_content_type() == "text/plain"]
        first = plain[:1] or subs[:1]
        yield from _leaves(first[0], alternative)
        for sub in subs:
            if sub is not first[0] and sub.get_content_maintype() in ("text", "multipart"):
                yield from _leaves(sub, True)
        return
    for sub in subs:
        yield from _leaves(sub, alternative)


def _body_text(part: EmailMessage) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError):  # unknown or lying charset
        return decode(part.get_payload(decode=True) or b"")


def attachment_pieces(files: list[tuple[str | None, bytes]], job: Job, nested: Nested,
                      errors: list[str]) -> list[TextPiece]:
    pieces: list[TextPiece] = []
    names = "\n".join(n for n, _ in files if n)
    if names:
        pieces.append(TextPiece(names, "attachment names"))
    for k, (name, blob) in enumerate(files, 1):
        label = f"attachment {k}"
        try:
            child = job.child()
        except ExtractError as exc:
            errors.append(f"{label}: {exc}")
            continue
        res = nested(blob, name, child)
        pieces.extend(relocated(p, label) for p in res.pieces)
        errors.extend(f"{label}: {e}" for e in res.errors)
    return pieces


def msg_pieces(data: bytes, job: Job, nested: Nested) -> tuple[list[TextPiece], list[str]]:
    import extract_msg

    try:
        msg = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception as exc:
        raise ExtractError(f"unreadable Outlook message ({type(exc).__name__})") from None
    pieces: list[TextPiece] = []
    errors: list[str] = []
    try:
        heads = [("From", getattr(msg, "sender", None)), ("To", getattr(msg, "to", None)),
                 ("Cc", getattr(msg, "cc", None)), ("Bcc", getattr(msg, "bcc", None)),
                 ("Subject", getattr(msg, "subject", None))]
        headers = "\n".join(f"{h}: {v}" for h, v in heads if v and str(v).strip())
        if headers:
            pieces.append(TextPiece(headers, "headers"))
        body = getattr(msg, "body", None)
        if not body and getattr(msg, "htmlBody", None):
            from pii_scanner.extract.html import html_to_text

            body = html_to_text(decode(msg.htmlBody))[0]
        if body:
            job.take_chars(len(body))
            pieces.extend(split_text(body, "body 1"))
        files = []
        for att in getattr(msg, "attachments", []):
            blob = getattr(att, "data", None)
            if isinstance(blob, bytes):
                files.append((getattr(att, "longFilename", None) or getattr(att, "shortFilename", None), blob))
            elif blob is not None and hasattr(blob, "exportBytes"):  # an embedded .msg
                files.append(("message.msg", blob.exportBytes()))
        pieces.extend(attachment_pieces(files, job, nested, errors))
    except ExtractError as exc:
        errors.append(str(exc))
    finally:
        msg.close()
    return pieces, errors
