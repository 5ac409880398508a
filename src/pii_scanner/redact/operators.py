"""Redaction operators: what a detected value becomes.

Each operator gives the replacement text for fields we can rewrite (user notes, custom
fields, files) and the character ranges to hide where the helpdesk can only black out text
(Zendesk's ``comment_redactions`` turns every redacted character into ``▇``). Operators are
found through the ``pii_scanner.redact_operators`` entry-point group, built-ins included.

>>> ctx = Context("NO_FODSELSNUMMER", "ab" * 32, b"k" * 32)
>>> mask("010190 12345", ctx), partial("010190 12345", ctx)
('▇▇▇▇▇▇▇▇▇▇▇▇', '••••••••345')
>>> partial.hide("010190 12345", ctx)
((0, 9),)
>>> token("010190 12345", ctx) == token("01019012345", ctx)  # same fingerprint, same token
True
>>> token("x", ctx)
'[NO_FODSELSNUMMER-18f19a04]'
>>> remove("010190 12345", ctx)
''
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from pii_scanner.errors import ConfigError
from pii_scanner.store.preview import BULLET, masked_preview

GROUP = "pii_scanner.redact_operators"
BLACK = "\u2587"  # ▇, what Zendesk writes over redacted text


@dataclass(frozen=True, slots=True)
class Context:
    """What an operator may know: the type, the value's fingerprint and the token key."""

    entity_type: str
    fingerprint: str
    token_key: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Operator:
    """``replace(value, ctx)`` → new text; ``hide(value, ctx)`` → ranges of ``value`` to black out.

    ``mask_only_name`` is what the operator amounts to where only blacking out is possible.
    """

    name: str
    replace: Callable[[str, Context], str]
    hide: Callable[[str, Context], tuple[tuple[int, int], ...]]
    mask_only_name: str

    def __call__(self, value: str, ctx: Context) -> str:
        return self.replace(value, ctx)


def _all(value: str, ctx: Context) -> tuple[tuple[int, int], ...]:
    return ((0, len(value)),) if value else ()


def _visible_tail(value: str, ctx: Context) -> int:
    """Index in ``value`` where the visible tail begins: the letters/digits the masked preview
    itself ends with, and only if the value ends with those same characters."""
    preview = masked_preview(ctx.entity_type, value)
    shown = ""
    for c in reversed(preview):
        if not c.isalnum() or c == BULLET:
            break
        shown = c + shown
    i, matched = len(value), ""
    while i > 0 and len(matched) < len(shown):
        i -= 1
        if value[i].isalnum():
            matched = value[i] + matched
    return i if shown and matched == shown else len(value)


def _partial_hide(value: str, ctx: Context) -> tuple[tuple[int, int], ...]:
    end = _visible_tail(value, ctx)
    return ((0, end),) if end else ()


def _partial(value: str, ctx: Context) -> str:
    end = _visible_tail(value, ctx)
    return BULLET * sum(c.isalnum() for c in value[:end]) + value[end:]


def _mask(value: str, ctx: Context) -> str:
    return BLACK * len(value)


def _token(value: str, ctx: Context) -> str:
    digest = hmac.new(ctx.token_key, f"token\x1f{ctx.fingerprint}".encode(), hashlib.sha256)
    return f"[{ctx.entity_type}-{digest.hexdigest()[:8]}]"


def _remove(value: str, ctx: Context) -> str:
    return ""


mask = Operator("mask", _mask, _all, "mask")
partial = Operator("partial", _partial, _partial_hide, "partial")
token = Operator("token", _token, _all, "mask")
remove = Operator("remove", _remove, _all, "mask")


def available() -> dict[str, Operator]:
    """Every installed operator by name (entry points; the built-ins register there too)."""
    found = {ep.name: ep for ep in entry_points(group=GROUP)}
    out = {name: ep.load() for name, ep in found.items()}
    for builtin in (mask, partial, token, remove):  # also when the package metadata is stale
        out.setdefault(builtin.name, builtin)
    return out


def get(name: str, registry: dict[str, Operator] | None = None) -> Operator:
    registry = registry if registry is not None else available()
    try:
        return registry[name]
    except KeyError:
        raise ConfigError(f"redact.operators: unknown operator {name!r} "
                          f"(known: {', '.join(sorted(registry))})") from None
