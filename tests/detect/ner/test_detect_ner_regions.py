"""RegionFinder: where the NER model is asked to look."""

import time

from pii_scanner.detect.ner.regions import RegionFinder

NAMES = frozenset({"kari", "ola", "nordmann", "per"})
COMMON = frozenset({"jeg", "takk", "per", "for", "hjelpen", "bilen", "min", "er", "ødelagt", "og", "i", "dag"})


def finder() -> RegionFinder:
    return RegionFinder(names=NAMES, common=COMMON, window=10, cue_reach=30)


def covered(regions: list[tuple[int, int]], text: str, needle: str) -> bool:
    start = text.index(needle)
    return any(s <= start and start + len(needle) <= e for s, e in regions)


def test_signoff_cue_covers_the_name_on_the_next_line():
    text = "bilen min er ødelagt og bilen min er ødelagt i dag\n\nMvh\nTorgeir Skjeggestad"
    regions = finder().regions(text)
    assert covered(regions, text, "Torgeir Skjeggestad")


def test_lowercase_gazetteer_name_is_a_cue():
    text = "bilen min er ødelagt og bilen min er ødelagt. spør kari om bilen min er ødelagt i dag"
    regions = finder().regions(text)
    assert covered(regions, text, "kari")


def test_text_of_common_lowercase_words_has_no_region():
    text = "bilen min er ødelagt og bilen min er ødelagt i dag, for hjelpen per i dag"
    assert finder().regions(text) == []


def test_capitalised_common_word_is_no_cue_but_unknown_capitalised_word_is():
    assert finder().regions("Jeg er for hjelpen og Bilen er for hjelpen") == []
    text = "bilen er for hjelpen og bilen er for hjelpen, Skjeggestad og bilen er for hjelpen"
    assert covered(finder().regions(text), text, "Skjeggestad")


def test_label_cue_needs_a_colon():
    text = "bilen min er ødelagt og bilen min er ødelagt i dag fra bilen min er ødelagt"
    assert finder().regions(text) == []
    text2 = "bilen min er ødelagt og bilen min er ødelagt i dag\nFra: torgeir skjeggestad"
    assert covered(finder().regions(text2), text2, "torgeir skjeggestad")


def test_regions_are_sorted_disjoint_and_inside_the_text():
    text = ("Hei Kari, bilen min er ødelagt. " * 50) + "\nMvh\nOla Nordmann"
    regions = finder().regions(text)
    assert regions
    assert all(0 <= s < e <= len(text) for s, e in regions)
    assert all(a[1] < b[0] for a, b in zip(regions, regions[1:]))


def test_long_hostile_inputs_finish_in_linear_time():
    hostile = ["A1" * 500_000, "Ab-" * 300_000, "1-2 " * 250_000, "x" * 1_000_000]
    for text in hostile:
        start = time.perf_counter()
        finder().regions(text)
        assert time.perf_counter() - start < 10
