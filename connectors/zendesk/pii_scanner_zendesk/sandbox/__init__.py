"""Zendesk-compatible sandbox helpdesk: seeded synthetic data behind a real HTTP server.

>>> from pii_scanner_zendesk.sandbox import SandboxServer, SandboxConfig
>>> with SandboxServer(SandboxConfig(tickets=50)) as sb:
...     sb.base_url.startswith("http://127.0.0.1:")
True
"""

from .config import FaultConfig, SandboxConfig
from .planted import Planted
from .server import SandboxServer

__all__ = ["FaultConfig", "Planted", "SandboxConfig", "SandboxServer"]
