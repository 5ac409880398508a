"""Finnish first names and surnames for the name lists (round 31E: 'Uolevi Kallio').

They are Faker's ``fi_FI`` person lists (MIT), which hold the most common given names and
surnames of Finland's population register, as the Digital and Population Data Services
Agency publishes them on avoindata.fi (CC BY 4.0). Kept in ``data/fi_first_names.txt`` and
``data/fi_surnames.txt`` (Faker is a test dependency only); rebuild them after upgrading Faker
(a test checks they are current):

    python -m pii_scanner.detect.finnish_names
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
FIRST, SURNAMES = DATA / "fi_first_names.txt", DATA / "fi_surnames.txt"


def from_faker() -> tuple[list[str], list[str]]:
    """(first names, surnames) of Faker's fi_FI person provider, as written there, sorted."""
    from faker.providers.person.fi_FI import Provider

    return sorted(set(Provider.first_names)), sorted(set(Provider.last_names))


def main() -> int:
    first, surnames = from_faker()
    FIRST.write_text("\n".join(first) + "\n", encoding="utf-8")
    SURNAMES.write_text("\n".join(surnames) + "\n", encoding="utf-8")
    print(f"wrote {len(first)} first names and {len(surnames)} surnames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
