"""E-mail domains: extracting them, telling free-mail/ISP domains apart, parent domains.

The free-mail list ships as package data (``data/``, see ``PROVENANCE.md`` there for its
sources and licences: willwhite/freemail ISC, Kikobeats/free-email-domains MIT, and a
project-curated Nordic ISP list, CC0). A domain is free-mail when it or a parent is listed.

>>> email_domain("Kari.Nordmann@Post.Firma.NO ")
'post.firma.no'
>>> email_domain("not an address") is None
True
>>> parents("post.firma.no")
['firma.no']
>>> free = free_domains(extra=["bygdeposten.no"])
>>> is_free("gmail.com", free), is_free("mail.online.no", free), is_free("firma.no", free)
(True, True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib.resources import files

DATA_FILES = ("free_email_domains.txt", "nordic_consumer_email_domains.txt")


def email_domain(address: str | None) -> str | None:
    """The lower-case domain of an e-mail address, or None when it is not one."""
    if not address or "@" not in address:
        return None
    domain = address.strip().rsplit("@", 1)[1].strip().strip(".").lower()
    if "." not in domain or not all(part for part in domain.split(".")) or " " in domain:
        return None
    return domain


def parents(domain: str) -> list[str]:
    """Parent domains with at least two labels, nearest first."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(1, len(labels) - 1)]


@functools.cache
def _shipped() -> frozenset[str]:
    out: set[str] = set()
    for name in DATA_FILES:
        text = files("pii_scanner.orgs").joinpath("data", name).read_text(encoding="utf-8")
        out.update(line.strip().lower() for line in text.splitlines()
                   if line.strip() and not line.startswith("#"))
    return frozenset(out)


def free_domains(extra: Iterable[str] = ()) -> frozenset[str]:
    """The shipped free-mail/ISP domains plus ``extra`` (from config)."""
    return _shipped() | {d.strip().lower() for d in extra if d.strip()}


def is_free(domain: str, free: frozenset[str]) -> bool:
    return domain in free or any(p in free for p in parents(domain))


@functools.cache
def top_level_domains() -> frozenset[str]:
    """The top-level domains of the public suffix list (tldextract's bundled copy; no network).

    >>> {"no", "com", "se"} <= top_level_domains(), "juli" in top_level_domains()
    (True, False)
    """
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return frozenset(suffix.rsplit(".", 1)[-1] for suffix in extract.tlds)
