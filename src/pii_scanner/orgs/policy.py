"""Settings of organisation linking, from the ``[orgs]`` config table.

.. code-block:: toml

    [orgs]
    extra_free_domains = ["bygdeposten.no"]   # never linked, on top of the shipped list
    match_subdomains = true                   # post.firma.no → the org owning firma.no
    suggest_min_users = 3                     # suggest an org for a domain with this many users
    verified_only = false                     # orgs apply: link only users with a verified address

>>> OrgsPolicy.from_mapping({"suggest_min_users": 5}).suggest_min_users
5
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pii_scanner.errors import ConfigError

_KEYS = {"extra_free_domains", "match_subdomains", "suggest_min_users", "verified_only"}


@dataclass(frozen=True, slots=True)
class OrgsPolicy:
    extra_free_domains: tuple[str, ...] = ()
    match_subdomains: bool = True
    suggest_min_users: int = 3
    verified_only: bool = False

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any] | None) -> OrgsPolicy:
        table = dict(table or {})
        unknown = sorted(set(table) - _KEYS)
        if unknown:
            raise ConfigError(f"orgs.{unknown[0]}: unknown setting")
        extra = table.get("extra_free_domains", ())
        if isinstance(extra, str) or not all(isinstance(d, str) for d in extra):
            raise ConfigError("orgs.extra_free_domains: expected a list of domains")
        for key in ("match_subdomains", "verified_only"):
            if not isinstance(table.get(key, False), bool):
                raise ConfigError(f"orgs.{key}: expected true or false")
        n = table.get("suggest_min_users", 3)
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ConfigError("orgs.suggest_min_users: expected a positive integer")
        return cls(tuple(extra), table.get("match_subdomains", True), n,
                   table.get("verified_only", False))
