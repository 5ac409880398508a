"""Language names, for telling a language or a nationality from a name ('Nationality: Danish',
'Danish CPR number', 'Sprog: Dansk'; round 31E).

They come from the ISO 639 tables of the ``iso-codes`` package (Debian's, with the
translations of the Translation Project): the names of the 184 languages with a two-letter
code (ISO 639-1) in English, Danish, Norwegian Bokmål, Swedish and Finnish, one-word names
only. In English and in the Scandinavian languages a European language's name is also its
people's adjective ('Danish', 'dansk', 'svensk'). Kept in ``data/language_names.txt`` so
start-up reads no gettext catalogue. Rebuild it after upgrading iso-codes (a test checks it
is current where iso-codes is installed):

    python -m pii_scanner.detect.language_names
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

from pii_scanner.detect.generated_tables import write_table

TABLE = Path(__file__).parent / "data" / "language_names.txt"
#: where the iso-codes package keeps its tables and their translations
ISO_CODES = Path("/usr/share/iso-codes/json/iso_639-2.json")
LOCALES = Path("/usr/share/locale")
#: the translations read besides the English names
LANGUAGES = ("da", "nb", "sv", "fi")


def from_iso_codes() -> list[str]:
    """Lower-cased one-word names of the ISO 639-1 languages in English and
    :data:`LANGUAGES`, sorted (a name's ';'-separated variants each; 'Greek, Modern (1453-)'
    and 'bihariske sprog', several words, are left out)."""
    entries = [e for e in json.loads(ISO_CODES.read_text(encoding="utf-8"))["639-2"]
               if "alpha_2" in e]
    written = [e["name"] for e in entries]
    for language in LANGUAGES:
        catalogue = gettext.translation("iso_639-2", str(LOCALES), languages=[language])
        written += [catalogue.gettext(e["name"]) for e in entries]
    names = set()
    for name in written:
        for variant in name.split(";"):
            variant = variant.strip().lower()
            if variant and variant.isalpha():
                names.add(variant)
    return sorted(names)


def main() -> int:
    names = from_iso_codes()
    return write_table(TABLE, "one-word names of the ISO 639-1 languages in en, da, nb, sv and fi, "
                       "from the iso-codes package (python -m pii_scanner.detect.language_names)",
                       names, "names")


if __name__ == "__main__":
    raise SystemExit(main())
