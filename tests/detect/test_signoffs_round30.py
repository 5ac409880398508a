"""Round 30 (the dev texts with fresh values, benchmarks/dev_resample.py): a first name that is
also a common word signs a reply alone on its line, between the reply's last sentence and the
quoted or forwarded message under it (``Takk, det gikk fint nå!\\n\\nAre\\n\\n> Den ... skrev``);
and nynorsk's sign-off written with its ``med`` (``Med venleg helsing\\nDag``).
Names are drawn from the shipped lists (seeded), never corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

from .generated import plain_names, values_of

_R = random.Random(3031)
#: listed first names that are common words too: a cue has to make them names
_WORD_NAMES = _R.sample(sorted(n.capitalize() for n in gazetteers.common_first_names() & common_words()
                               if n.isalpha() and len(n) >= 3), 6)
_PLAIN = plain_names("no_first_names.txt", 3, _R, first=True)

_BREAKS = [
    "> Den 18.04.2025 skrev Kundeservice <post@utleie.no>:\n> Hei, vi har rettet det.",
    "---------- Videresendt melding ----------\nFra: Kundeservice <post@utleie.no>",
    "-----Original Message-----\nFrom: Support <support@example.com>",
    "On Mon, 3 Mar 2025 at 10:12, Support <support@example.com> wrote:\n> Thanks",
]


@pytest.mark.parametrize("name", _WORD_NAMES + _PLAIN)
@pytest.mark.parametrize("thread", _BREAKS)
def test_a_first_name_alone_over_the_quoted_message_signs_the_reply(found, name, thread):
    text = f"Takk, det gikk fint nå!\n\n{name}\n\n{thread}"
    assert name in values_of(found, text, "nb", "PERSON")


@pytest.mark.parametrize("name", _WORD_NAMES)
@pytest.mark.parametrize("signoff", ["Med venleg helsing", "Med vennleg helsing", "Beste helsing"])
def test_nynorsk_signoffs_with_med_cue_the_name_under_them(found, name, signoff):
    text = f"Eg står som leigetakar på kontrakten.\n\n{signoff}\n{name}\nTlf. 90 78 14 13"
    assert name in values_of(found, text, "nn", "PERSON")


@pytest.mark.parametrize("word", ["Vedlegg", "Husk", "Kundeservice", "Ok", "Takk", "Sure"])
def test_a_word_that_is_no_listed_first_name_is_no_signature(found, word):
    text = f"Det virker ikke nå.\n\n{word}\n\n{_BREAKS[0]}"
    assert word not in values_of(found, text, "nb", "PERSON")


@pytest.mark.parametrize("name", _WORD_NAMES)
@pytest.mark.parametrize("text", [
    # no sentence closes the line above: a list or a heading, not a signature
    "Dette gjelder:\n\n{name}\n\n> Den 18.04.2025 skrev Kundeservice <post@utleie.no>:",
    # no blank line above: the word continues the paragraph
    "Det virker ikke nå.\n{name}\n\n> Den 18.04.2025 skrev Kundeservice <post@utleie.no>:",
    # the line below is more of the reply, not a quoted message
    "Det virker ikke nå.\n\n{name}\n\nKan dere ringe meg i morgen?",
])
def test_the_word_alone_elsewhere_needs_more_than_its_line(found, name, text):
    text = text.format(name=name)
    assert name not in values_of(found, text, "nb", "PERSON")
