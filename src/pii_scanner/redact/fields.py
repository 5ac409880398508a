"""Rewrite the text fields of one user, organisation or ticket (``notes``, custom fields...).

One read of the live object, each finding checked against it (same span, same HMAC
fingerprint), one update with every field's new text, one read to verify.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import ApiError, PiiScannerError
from pii_scanner.redact import live
from pii_scanner.redact import operators as ops
from pii_scanner.redact.plan import Target
from pii_scanner.redact.spans import rewrite

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FieldOutcome:
    """The result for some of the target's findings; ``applied`` the operator used per finding,
    ``writes`` the update calls made."""

    rows: tuple[Row, ...]
    result: str
    reason: str = ""
    response_id: str | None = None
    applied: Mapping[int, str] = field(default_factory=dict)
    writes: int = 0


def rewrite_fields(writeback: Any, target: Target, rows: Sequence[Row],
                   fingerprint: Callable[[str, str], str],
                   operator: Callable[[Row], ops.Operator], token_key: bytes
                   ) -> Iterator[FieldOutcome]:
    """Yield outcomes as they are known (stale ones before the write). API errors of the
    reads and the write propagate; a failed verifying read is a ``failed`` outcome."""
    obj = writeback.get(target.kind, target.object_id)
    by_field: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_field[row["field"]].append(row)
    changes: dict[str, Any] = {}
    expected: dict[str, str] = {}
    good: list[Row] = []
    applied: dict[int, str] = {}
    for name, group in by_field.items():
        value = live.field_value(obj, target.kind, name)
        unit = live.analyse_text(value) if value is not None else None
        edits, stale = [], []
        for row in sorted(group, key=lambda r: (r["start"] or 0, -(r["end"] or 0))):
            found = live.locate(unit, row, fingerprint) if unit else None
            if found is None:
                stale.append(row)
                continue
            if edits and found[0] < edits[-1][1]:
                good.append(row)  # inside the wider span just edited
                continue
            ts, te, text = found
            op = operator(row)
            ctx = ops.Context(row["entity_type"], row["fingerprint"], token_key)
            edits.append((ts, te, op.replace(text, ctx)))
            good.append(row)
            applied[row["id"]] = op.name
        if stale:
            yield FieldOutcome(tuple(stale), "stale", "live text no longer holds the value")
        if edits and value is not None:
            expected[name] = rewrite(value, edits)
            _deep_merge(changes, live.field_change(target.kind, name, expected[name]))
    if not changes:
        return
    response = writeback.update(target.kind, target.object_id, changes)
    response_id = str(response.get("updated_at") or target.object_id)
    try:
        check = writeback.get(target.kind, target.object_id)
    except (ApiError, PiiScannerError) as exc:
        yield FieldOutcome(tuple(good), "failed", f"could not verify: {live.api_reason(exc)}",
                           response_id, applied, 1)
        return
    ok = all(live.field_value(check, target.kind, n) == v for n, v in expected.items())
    yield FieldOutcome(tuple(good), "redacted" if ok else "failed",
                       "" if ok else "the API did not apply the change", response_id, applied, 1)


def _deep_merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            into[key].update(value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key].extend(value)
        else:
            into[key] = value
