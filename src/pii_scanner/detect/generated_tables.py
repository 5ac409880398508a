"""Writing the word tables that modules generate from a maintained package's data.

``country_names``, ``language_names`` and ``english_words`` each build a list of lower-case
words from a package (phonenumbers, iso-codes, spacy-lookups-data) and commit it under
``detect/data/`` with a header line saying how to build it again; their tests rebuild the list
and compare it with the committed file.
"""

from __future__ import annotations

import sys
from pathlib import Path


def write_table(path: Path, header: str, words: list[str], what: str) -> int:
    """Write ``words`` one per line under ``# header`` to ``path`` and say so on stderr; 0 (an
    exit status for the generating module's ``main``)."""
    path.write_text(f"# {header}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} {what} to {path}", file=sys.stderr)
    return 0
