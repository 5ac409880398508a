"""Country names, for telling a country from a first name of the same spelling ('Mali', 'Iran').

They come from the geocoder data that ``phonenumbers`` ships (its country names in English,
Swedish and Finnish; Norwegian and Danish fall back on the English ones there), kept in
``data/country_names.txt`` so start-up does not import that table (about 0.6 s and 90 MB).
Rebuild it after upgrading phonenumbers (a test checks it is current):

    python -m pii_scanner.detect.country_names
"""

from __future__ import annotations

from pathlib import Path

from pii_scanner.detect.generated_tables import write_table

TABLE = Path(__file__).parent / "data" / "country_names.txt"
#: the languages whose names are kept
LANGUAGES = ("en", "sv", "fi", "nb", "no", "da")


def from_phonenumbers() -> list[str]:
    """Lower-cased country names of :data:`LANGUAGES` in phonenumbers' geocoder, sorted."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    names = set()
    for by_language in LOCALE_DATA.values():
        for language in LANGUAGES:
            name = by_language.get(language)
            while name and name.startswith("*"):  # '*aa': the same as another language's
                name = by_language.get(name[1:])
            if name:
                names.add(name.strip().lower())  # ('Nederländska Antillerna ')
    return sorted(names)


def main() -> int:
    names = from_phonenumbers()
    return write_table(TABLE, "country names from phonenumbers' geocoder data (python -m "
                       "pii_scanner.detect.country_names)", names, "names")


if __name__ == "__main__":
    raise SystemExit(main())
