"""Logging set-up that keeps personal data out of log lines.

Our own code never logs values, bodies or query strings; third-party libraries do (urllib3 logs
every request line at DEBUG, and Zendesk attachment URLs carry the file name, often a person's
name, in ``?name=``). :class:`PrivacyFormatter` removes every URL query string from the final
line, whoever wrote it.

>>> PrivacyFormatter("%(message)s").format(logging.makeLogRecord(
...     {"msg": '"GET /attachments/token/ab/?name=Pass%%20Kari.jpg HTTP/1.1" 302', "args": ()}))
'"GET /attachments/token/ab/?<query removed> HTTP/1.1" 302'
"""

from __future__ import annotations

import logging
import re
import sys

_QUERY = re.compile(r"\?[^\s\"'<>]*")


class PrivacyFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return _QUERY.sub("?<query removed>", super().format(record))


def configure_logging(level: str) -> None:
    """Log to stderr at ``level`` through :class:`PrivacyFormatter` (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pii_scanner", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler._pii_scanner = True  # type: ignore[attr-defined]
    handler.setFormatter(PrivacyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
