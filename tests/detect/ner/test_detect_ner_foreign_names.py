"""The foreign-name gazetteer of the recipe (`train.py --foreign-names`, foreign_names.py)."""

import sys
from pathlib import Path

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
sys.path.insert(0, str(RECIPE))

import foreign_names  # noqa: E402


def test_lists_hold_names_from_many_countries_in_latin_letters_only():
    first, surnames = foreign_names.faker_names()
    assert len(first) > 5000 and len(surnames) > 5000
    for name in list(first)[:2000] + list(surnames)[:2000]:
        assert name == name.lower() and len(name) > 1
        assert all(c in "-'" or "a" <= c <= "z" or ord(c) >= 0xC0 for c in name), name
    assert not any("\u0400" <= c <= "\u04ff" or "\u0600" <= c <= "\u06ff" for n in first for c in n)


def test_written_lists_leave_out_lowercase_words_of_the_training_text(tmp_path):
    first, surnames = foreign_names.faker_names()
    word = sorted(first)[len(first) // 2]
    paths = foreign_names.write_lists(tmp_path, [word.upper(), "og"])
    written = paths[0].read_text(encoding="utf-8").split()
    assert word not in written
    assert len(written) == len(first - {word})
    assert set(paths[1].read_text(encoding="utf-8").split()) == surnames - {"og"}
