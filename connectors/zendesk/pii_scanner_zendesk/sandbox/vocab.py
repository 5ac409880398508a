"""Word lists the generator draws from (names, postal places, free-mail domains).

The files under ``data/`` are copies of the project's shared gazetteers; see README.md in
this folder for their provenance and licences. They are read once per :class:`Vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

STREETS = (
    "Storgata", "Kirkegata", "Skolegata", "Parkveien", "Kirkeveien", "Strandveien", "Bjørkeveien",
    "Granveien", "Skogveien", "Nedre Slottsgate", "Øvre Bakke", "Fjellveien", "Solbakken",
    "Havnegata", "Stasjonsveien", "Møllergata", "Rosenborggata", "Tollbugata", "Elvegata",
    "Løvåsveien", "Åsveien", "Torggata", "Industriveien", "Lilleengveien", "Dronningens gate",
)
SE_STREETS = ("Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Ringvägen")
DK_STREETS = ("Østergade", "Vestergade", "Nørregade", "Algade", "Jernbanegade", "Strandvejen")
SE_PLACES = (("111 52", "Stockholm"), ("411 06", "Göteborg"), ("211 22", "Malmö"),
             ("753 20", "Uppsala"), ("582 24", "Linköping"), ("903 26", "Umeå"))
DK_PLACES = (("1050", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C"),
             ("9000", "Aalborg"), ("6700", "Esbjerg"), ("7100", "Vejle"))


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class Vocab:
    """Immutable name/place/domain lists keyed by country (``no``, ``se``, ``dk``)."""

    first: dict[str, tuple[str, ...]]
    last: dict[str, tuple[str, ...]]
    postal: tuple[tuple[str, str], ...]
    freemail: tuple[str, ...]

    @classmethod
    def load(cls) -> Vocab:
        postal = tuple(tuple(line.split("\t", 1)) for line in _lines("no_postal_codes.tsv"))
        # Keep street-address postal codes (P.O. box ranges end up here too; harmless).
        first = {"no": _lines("no_first_names.txt"), "se": _lines("se_first_names.txt"),
                 "dk": _lines("dk_first_names.txt")}
        last = {"no": _lines("no_surnames.txt"), "se": _lines("se_surnames.txt"),
                "dk": _lines("dk_surnames.txt")}
        # Very short surnames ("Aa") make poor test data: they hide inside other words.
        last = {k: tuple(n for n in v if len(n) >= 3) for k, v in last.items()}
        return cls(first=first, last=last, postal=postal,  # type: ignore[arg-type]
                   freemail=_lines("nordic_consumer_email_domains.txt"))
