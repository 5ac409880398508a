"""name_regions.runs: each run's tokens are exactly the capitalised words TOKEN finds in it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import name_regions

WORDS = ["Kari", "Nordmann", "Anne-Marie", "van", "de", "Ødegård", "O'Neil", "Åse", "hei",
         "AS", "Jean-luc", "Ola", "av", "Über", "mvh", "1234", "kari@x.no", "-", "Østre", "Dr."]


def _reference(text):
    out = []
    for match in name_regions.RUN.finditer(text):
        out.append((match.start(), match.end(), tuple(
            (match.start() + m.start(), match.start() + m.end())
            for m in name_regions.TOKEN.finditer(match.group()))))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", ", ", ". "])),
                max_size=14))
def test_tokens_match_the_token_pattern(parts):
    text = "".join(w + sep for w, sep in parts)
    got = [(r.start, r.end, r.tokens) for r in name_regions.runs(text)]
    assert got == _reference(text)


def test_particles_are_not_tokens():
    text = "Hilsen Ludwig van Beethoven"
    (run,) = name_regions.runs(text)
    assert (run.start, run.end) == (0, len(text))
    assert [text[a:b] for a, b in run.tokens] == ["Hilsen", "Ludwig", "Beethoven"]
