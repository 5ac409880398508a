"""Which hosts we may talk to, and a log-safe spelling of URLs.

Credentials go only to the configured instance *origin* (scheme, host and port); other
hosts (attachment CDNs) must be on an explicit allow-list, so neither a redirect nor a
pagination link nor a crafted attachment URL can steer us elsewhere (SSRF).

>>> allow = HostAllowList(["files.example.com", "*.zdusercontent.com", "127.0.0.1:8081"])
>>> allow.allows("https://files.example.com/a.png"), allow.allows("https://acme.zdusercontent.com/x")
(True, True)
>>> allow.allows("http://127.0.0.1:8081/x"), allow.allows("http://127.0.0.1:9999/x")
(True, False)
>>> allow.allows("https://zdusercontent.com.evil.net/"), allow.allows("file:///etc/passwd")
(False, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin(url: str) -> Origin | None:
    """(scheme, host, port) of an http(s) URL; None for anything else.

    >>> origin("HTTPS://Acme.Zendesk.com/api/v2/tickets.json?x=1")
    ('https', 'acme.zendesk.com', 443)
    >>> origin("http://127.0.0.1:8080/"), origin("ftp://x/"), origin("https://u:p@h/")
    (('http', '127.0.0.1', 8080), None, None)
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname or parts.username or parts.password:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port or _DEFAULT_PORTS[scheme]


class HostAllowList:
    """Allowed hosts: ``host`` (any port), ``host:port``, ``*.domain`` or a base URL."""

    def __init__(self, entries: Iterable[str]):
        self._exact: set[str] = set()
        self._with_port: set[tuple[str, int]] = set()
        self._suffixes: list[str] = []
        for entry in entries:
            entry = entry.strip().lower()
            if not entry:
                continue
            if "://" in entry:
                found = origin(entry)
                if found is None:
                    raise ValueError("allowed host entries must be http(s) URLs or host names")
                self._with_port.add((found[1], found[2]))
            elif entry.startswith("*."):
                self._suffixes.append(entry[1:])
            elif ":" in entry and entry.rsplit(":", 1)[1].isdigit():
                host, port = entry.rsplit(":", 1)
                self._with_port.add((host, int(port)))
            else:
                self._exact.add(entry.rstrip("."))

    def allows(self, url: str) -> bool:
        found = origin(url)
        if found is None:
            return False
        _, host, port = found
        return (host in self._exact or (host, port) in self._with_port
                or any(host.endswith(suffix) for suffix in self._suffixes))


def safe_url(url: str, *, keep_path: bool = True) -> str:
    """The URL with query values (and optionally the path) removed, for logs and errors.

    Query values can carry search terms or file names, and attachment paths can carry
    file names, so neither belongs in a log line.

    >>> safe_url("https://a.zendesk.com/api/v2/search.json?query=kari@example.no&page=2")
    'https://a.zendesk.com/api/v2/search.json?query=&page='
    >>> safe_url("https://x.zdusercontent.com/attachment/1/pass_kari.jpg?token=s", keep_path=False)
    'https://x.zdusercontent.com/...'
    """
    try:
        parts = urlsplit(url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
    except ValueError:
        return "<invalid url>"
    if not keep_path:
        return urlunsplit((parts.scheme, netloc, "/...", "", ""))
    keys = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
    query = "&".join(f"{key}=" for key in keys)
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
