"""Find connector classes through the ``pii_scanner.connectors`` entry-point group.

Built-in connectors (``zendesk``) register the same way a third-party package would, so
this path is exercised on every run.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points

from pii_scanner.errors import ConfigError

GROUP = "pii_scanner.connectors"


def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available_connectors() -> list[str]:
    """Names of the installed connectors, sorted."""
    return sorted(_entry_points())


def load_connector_class(name: str) -> type:
    """The connector class registered under ``name``; ConfigError if none is installed."""
    found = _entry_points().get(name)
    if found is None:
        known = ", ".join(available_connectors()) or "none"
        raise ConfigError(f"unknown connector {name!r} (installed: {known})")
    return found.load()
