"""The redaction policy from the ``[redact]`` config table.

.. code-block:: toml

    [redact]
    default_operator = "mask"                       # mask, partial, token, remove
    operators = { PERSON = "token", PHONE_NUMBER = "partial" }
    auto_approve = [ { type = "NO_FODSELSNUMMER", min_score = 0.9 } ]
    max_updates_per_ticket = 30                     # Zendesk: 30 updates per ticket per 10 min (counted over runs)

>>> p = RedactPolicy.from_mapping({"operators": {"PERSON": "token"},
...                                "auto_approve": [{"type": "DK_CPR", "min_score": 0.95}]})
>>> p.operator_for("PERSON"), p.operator_for("DK_CPR")
('token', 'mask')
>>> p.auto_approve[0].label
'auto:DK_CPR>=0.95'
>>> RedactPolicy.from_mapping({"operators": {"PERSON": "shred"}})
Traceback (most recent call last):
...
pii_scanner.errors.ConfigError: redact.operators: unknown operator 'shred' (known: mask, partial, remove, token)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import ConfigError
from pii_scanner.redact import operators as ops

#: Zendesk allows 30 updates of one ticket per 10 minutes
TICKET_UPDATE_LIMIT = 30
_KEYS = {"default_operator", "operators", "auto_approve", "max_updates_per_ticket"}


@dataclass(frozen=True, slots=True)
class AutoRule:
    """Approve findings of ``entity_type`` scoring at least ``min_score``."""

    entity_type: str
    min_score: float = 0.0

    @property
    def label(self) -> str:
        return f"auto:{self.entity_type}>={self.min_score:g}"


@dataclass(frozen=True, slots=True)
class RedactPolicy:
    default_operator: str = "mask"
    operators: Mapping[str, str] = field(default_factory=dict)
    auto_approve: tuple[AutoRule, ...] = ()
    max_updates_per_ticket: int = TICKET_UPDATE_LIMIT

    def operator_for(self, entity_type: str) -> str:
        return self.operators.get(entity_type, self.default_operator)

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any] | None) -> RedactPolicy:
        table = dict(table or {})
        unknown = sorted(set(table) - _KEYS)
        if unknown:
            raise ConfigError(f"redact.{unknown[0]}: unknown setting")
        registry = ops.available()
        default = str(table.get("default_operator", "mask"))
        ops.get(default, registry)
        operators = table.get("operators", {})
        if not isinstance(operators, Mapping):
            raise ConfigError("redact.operators: expected a table of TYPE = \"operator\"")
        for name in operators.values():
            ops.get(str(name), registry)
        rules = []
        for n, rule in enumerate(table.get("auto_approve", ())):
            if not isinstance(rule, Mapping) or not isinstance(rule.get("type"), str):
                raise ConfigError(f"redact.auto_approve[{n}]: expected {{type = \"TYPE\", "
                                  "min_score = 0.9}")
            try:
                score = float(rule.get("min_score", 0.0))
            except (TypeError, ValueError):
                raise ConfigError(f"redact.auto_approve[{n}].min_score: expected a number") from None
            rules.append(AutoRule(rule["type"], score))
        try:
            limit = int(table.get("max_updates_per_ticket", TICKET_UPDATE_LIMIT))
        except (TypeError, ValueError):
            limit = 0
        if limit <= 0:
            raise ConfigError("redact.max_updates_per_ticket: expected a positive integer")
        return cls(default, {str(k): str(v) for k, v in operators.items()}, tuple(rules), limit)
