"""Detection settings: the ``[detect]`` table of the TOML config as a frozen value.

    [detect]
    enabled = ["NO_FODSELSNUMMER", "PERSON"]      # default: every type
    disabled = ["IP_ADDRESS"]
    use_ner = true
    [detect.thresholds]
    PERSON = 0.6
    [detect.allow]
    values = ["991 585 737", "+47 22 00 00 00"]   # the company's own numbers
    sender_domains = ["example.no"]               # e-mail addresses at these domains
    [[detect.custom]]
    entity = "EMPLOYEE_ID"
    patterns = [{ regex = "EMP-\\d{6}", score = 0.9 }]
    deny_list = ["Prosjekt Ørn"]
    context = ["ansatt"]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import regex

from pii_scanner.errors import ConfigError

#: Every entity type the built-in recognizers emit (the evaluation contract's list).
ENTITY_TYPES = (
    "NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "NO_ORGNR",
    "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS",
    "GPS_COORDINATES", "STREET_ADDRESS", "PERSON", "PASSPORT_NUMBER", "DATE_OF_BIRTH",
)
DEFAULT_THRESHOLD = 0.5
_ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
_KEYS = {"enabled", "disabled", "use_ner", "thresholds", "allow", "custom", "ner_path",
         "default_threshold"}


@dataclass(frozen=True, slots=True)
class CustomRecognizerSpec:
    """A user-defined regex and/or deny-list recognizer from ``[[detect.custom]]``."""

    entity: str
    patterns: tuple[tuple[str, float], ...] = ()
    deny_list: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    name: str | None = None


@dataclass(frozen=True, slots=True)
class DetectOptions:
    """What to detect and how strictly; see module doc for the TOML form."""

    enabled: frozenset[str] | None = None
    thresholds: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    default_threshold: float = DEFAULT_THRESHOLD
    allow_values: frozenset[str] = frozenset()
    allow_sender_domains: frozenset[str] = frozenset()
    custom: tuple[CustomRecognizerSpec, ...] = ()
    use_ner: bool = True
    ner_path: str | None = None

    def threshold(self, entity: str) -> float:
        """The minimum score a finding of ``entity`` needs."""
        return self.thresholds.get(entity, self.default_threshold)

    def is_enabled(self, entity: str) -> bool:
        return self.enabled is None or entity in self.enabled

    def is_allowed_value(self, value: str) -> bool:
        """Whether ``value`` (any separators, any case) is on the allow-list."""
        return bool(self.allow_values) and normalise_value(value) in self.allow_values

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> DetectOptions:
        """Read the ``[detect]`` table; raise ConfigError naming the bad key."""
        data = data or {}
        if not isinstance(data, Mapping):
            raise ConfigError("detect: must be a table")
        for key in data:
            if key not in _KEYS:
                raise ConfigError(f"detect.{key}: unknown setting")
        custom = tuple(_custom(i, item) for i, item in enumerate(_list(data, "custom", dict)))
        known = set(ENTITY_TYPES) | {c.entity for c in custom}
        enabled = None
        if "enabled" in data:
            enabled = set(_entities(data, "enabled", known))
        if "disabled" in data:
            enabled = (enabled if enabled is not None else set(known)) - set(
                _entities(data, "disabled", known))
        thresholds = {}
        raw = data.get("thresholds", {})
        if not isinstance(raw, Mapping):
            raise ConfigError("detect.thresholds: must be a table of TYPE = number")
        for entity, value in raw.items():
            if entity not in known:
                raise ConfigError(f"detect.thresholds.{entity}: unknown entity type")
            thresholds[entity] = _score(value, f"detect.thresholds.{entity}")
        allow = data.get("allow", {})
        if not isinstance(allow, Mapping):
            raise ConfigError("detect.allow: must be a table")
        for key in allow:
            if key not in ("values", "sender_domains"):
                raise ConfigError(f"detect.allow.{key}: unknown setting")
        values = frozenset(normalise_value(v) for v in _list(allow, "values", str, "detect.allow"))
        domains = frozenset(d.lower().lstrip("@").strip()
                            for d in _list(allow, "sender_domains", str, "detect.allow"))
        use_ner = data.get("use_ner", True)
        if not isinstance(use_ner, bool):
            raise ConfigError("detect.use_ner: must be true or false")
        ner_path = data.get("ner_path")
        if ner_path is not None and not isinstance(ner_path, str):
            raise ConfigError("detect.ner_path: must be a path string")
        default = _score(data.get("default_threshold", DEFAULT_THRESHOLD), "detect.default_threshold")
        return cls(enabled=frozenset(enabled) if enabled is not None else None,
                   thresholds=MappingProxyType(thresholds), default_threshold=default,
                   allow_values=values, allow_sender_domains=domains, custom=custom,
                   use_ner=use_ner, ner_path=ner_path)


def normalise_value(value: str) -> str:
    """Lower-case, without spaces, dots, dashes and brackets (``+47 22 00`` == ``+472200``)."""
    return "".join(c for c in value.lower() if c.isalnum() or c in "@+")


def _score(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"{key}: must be a number between 0 and 1")
    return float(value)


def _list(data: Mapping, key: str, kind: type, prefix: str = "detect") -> list:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
        raise ConfigError(f"{prefix}.{key}: must be a list of {kind.__name__}")
    return value


def _entities(data: Mapping, key: str, known: set[str]) -> list[str]:
    names = _list(data, key, str)
    for name in names:
        if name not in known:
            raise ConfigError(f"detect.{key}: unknown entity type {name!r}")
    return names


def _custom(index: int, item: Mapping) -> CustomRecognizerSpec:
    key = f"detect.custom[{index}]"
    entity = item.get("entity")
    if not isinstance(entity, str) or not _ENTITY_NAME.match(entity):
        raise ConfigError(f"{key}.entity: must be an UPPER_CASE entity name")
    for name in item:
        if name not in ("entity", "patterns", "regex", "score", "deny_list", "context", "name"):
            raise ConfigError(f"{key}.{name}: unknown setting")
    patterns = []
    raw = list(_list(item, "patterns", dict, key))
    if "regex" in item:
        raw.append({"regex": item["regex"], "score": item.get("score", 0.8)})
    for n, pattern in enumerate(raw):
        expr = pattern.get("regex")
        if not isinstance(expr, str) or not expr:
            raise ConfigError(f"{key}.patterns[{n}].regex: must be a non-empty string")
        try:
            regex.compile(expr)
        except regex.error as exc:
            raise ConfigError(f"{key}.patterns[{n}].regex: invalid regex ({exc.msg})") from None
        patterns.append((expr, _score(pattern.get("score", 0.8), f"{key}.patterns[{n}].score")))
    deny = tuple(_list(item, "deny_list", str, key))
    if not patterns and not deny:
        raise ConfigError(f"{key}: needs patterns, regex or deny_list")
    name = item.get("name")
    if name is not None and not isinstance(name, str):
        raise ConfigError(f"{key}.name: must be a string")
    return CustomRecognizerSpec(entity=entity, patterns=tuple(patterns), deny_list=deny,
                                context=tuple(_list(item, "context", str, key)), name=name)
