"""IP_ADDRESS: IPv4 and IPv6 (validated by :mod:`ipaddress`), not version numbers."""

from __future__ import annotations

import ipaddress

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import context as ctx
from pii_scanner.detect.recognizers.base import NordicRecognizer, PatternSpec
from pii_scanner.detect.recognizers.generic.phone import dotted_pairs_after_phone_label


_V6_HINT = lazy_compile(r":[0-9a-f]{0,4}:")


class NordicIpAddressRecognizer(NordicRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        PatternSpec("ipv4", r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)", 0.7, line_digits=4),
        # a colon may stand before it after a label ('ip addr:fe80::1', not after a hex group:
        # 'ab12:fe80:...' is part of a longer run) and after it before no word ('...:27df:)')
        # (also IPv4-mapped and -embedded, its last 32 bits dotted: '::ffff:192.0.2.7')
        PatternSpec("ipv6", r"(?<![\w.]|::|(?<![\w])[0-9A-Fa-f]{1,4}:)(?:[0-9A-Fa-f]{1,4}:|:){2,7}"
                    r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)|:|[0-9A-Fa-f]{1,4})"
                    r"(?:/\d{1,3})?(?![\w]|:[\w:])", 0.75,
                    lead="[0-9A-Fa-f:]"),
    )
    CONTEXT = ("ip", "ip-adresse", "address", "adresse", "server", "host", "klient", "client",
               "brannmur", "firewall", "upstream", "from", "fra", "proxy", "gateway", "login",
               "innlogging", "remote", "src", "dst")
    CONTEXT_BOOST = 0.2
    KEY_LABELS = True  # 'action=update remoteAddr=2001:db8::1': its own key labels it
    NEGATIVE_CONTEXT = ("versjon", "version", "build", "release", "agent", "v", "ver",
                        "oid", "snmp", "utgave", "update", "oppdatering", "firmware",
                        # a document's section number ('jf. kap. 7.2.4.5', '§ 3.5.2.3')
                        "kap.", "jf kap", "i kap", "se kap", "under kap", "kapittel", "kapitel", "kapitlet", "avsnitt", "punkt", "pkt.",
                        "section", "chapter", "§")

    def _score_match(self, text, lower, spec, match):
        if spec.name == "ipv4" and dotted_pairs_after_phone_label(lower, match.start(),
                                                                  match.group()):
            return None  # 'Tlf. 22.33.44.55': the phone recognizer's
        if spec.name == "ipv4" and _heading_number(text, lower, match):
            return None
        return super()._score_match(text, lower, spec, match)

    def pattern_applies(self, spec, lower: str) -> bool:
        if spec.name == "ipv6":
            return _V6_HINT.search(lower) is not None
        return "." in lower

    def validate_result(self, value: str) -> bool:
        try:
            address = ipaddress.ip_address(value.split("/")[0])
        except ValueError:
            return False
        if address.version == 4:
            return not (address.is_unspecified or value.startswith("0."))
        return value.count(":") >= 2 and sum(c.isalnum() for c in value) >= 4


#: what may open a heading's line before its number: spaces, a bullet, markdown's '#'s
_LINE_LEAD = lazy_compile(r"[ \t>*#•\-]*")
#: after a heading's number: a space (or a dash between spaces) and a capitalised word
_TITLE_AFTER = lazy_compile(r"(?:[ \t]+[-–][ \t]*|[ \t]+)\p{Lu}\p{Ll}")


#: a network's words, as whole words, on a line that opens with an address ('8.8.4.4 DNS')
_NETWORK_WORD = lazy_compile(r"(?<![\w\-])(?:ip|ip-adresse|ipv4|adresse|address|server|serveren"
                              r"|host|dns|gateway|router|ruter|ruteren|klient|client|proxy"
                              r"|brannmur|firewall|nett|nettverk|network|vpn|lan|wan)(?![\w\-])")


def _heading_number(text: str, lower: str, match) -> bool:
    """Whether a dotted quad opens its line as a section's or a release's number before its
    title ('3.5.2.3 Nye oppgåver', '1.4.2.0 – Ny eksport'): its first part below 10, the
    others at most 20, and no network word on its line (a machine's list keeps its
    addresses: 'IP 8.8.4.4 Google'; the context terms match word starts, 'fra' in
    'framandspråklege', so whole words are looked for)."""
    parts = match.group().split(".")
    if not (parts[0] != "0" and int(parts[0]) < 10 and all(int(p) <= 20 for p in parts[1:])):
        return False
    line_start = ctx.line_start(text, match.start())
    if _LINE_LEAD.fullmatch(text, line_start, match.start()) is None \
            or _TITLE_AFTER.match(text, match.end()) is None:
        return False
    return _NETWORK_WORD.search(lower, line_start, ctx.line_end(text, match.end())) is None
