"""Settings: one declarative table, read from CLI > environment > TOML file > defaults.

Every setting has an environment variable (``PII_SCANNER_<SECTION>_<KEY>``, with a few short
aliases such as ``PII_SCANNER_DATABASE_URL`` and ``PII_SCANNER_SECRET_KEY``). Secrets are read
from the environment only. A bad value raises :class:`ConfigError` naming the key.

>>> s = load_settings(env={"PII_SCANNER_ZENDESK_URL": "https://acme.zendesk.com/",
...                        "PII_SCANNER_SCAN_BATCH_SIZE": "50"}, config_path=None)
>>> s.zendesk.url, s.scan.batch_size
('https://acme.zendesk.com', 50)
>>> load_settings(env={"PII_SCANNER_SCAN_BATCH_SIZE": "lots"}, config_path=None)
Traceback (most recent call last):
...
pii_scanner.errors.ConfigError: scan.batch_size: expected an integer, got 'lots' (from PII_SCANNER_SCAN_BATCH_SIZE)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pii_scanner.errors import ConfigError

ENV_PREFIX = "PII_SCANNER_"
#: Short names kept stable for schedulers and scripts (the automation contract).
ENV_ALIASES = {
    "database.url": "PII_SCANNER_DATABASE_URL",
    "secrets.secret_key": "PII_SCANNER_SECRET_KEY",
    "secrets.key_file": "PII_SCANNER_KEY_FILE",
}
#: Settings that may only come from the environment (never from a file on disk).
ENV_ONLY = frozenset({"secrets.secret_key", "zendesk.token", "zendesk.oauth_token"})
#: tables handed whole to their own parsers (detection options, redaction policy, org linking)
PASSTHROUGH = ("detect", "redact", "orgs")


def default_data_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pii-scanner"


def _positive_int(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError("expected an integer")
    try:
        n = int(v)
    except (TypeError, ValueError):
        raise ValueError("expected an integer") from None
    if n <= 0:
        raise ValueError("expected a positive integer")
    return n


def _positive_float(v: Any) -> float:
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ValueError("expected a number") from None
    if x <= 0:
        raise ValueError("expected a positive number")
    return x


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if s in {"1", "true", "yes", "on"}:
        return True
    if s in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true or false")


def _str_list(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return tuple(x.strip() for x in v.split(",") if x.strip())
    if isinstance(v, list | tuple) and all(isinstance(x, str) for x in v):
        return tuple(v)
    raise ValueError("expected a list of strings")


def _http_url(v: Any) -> str:
    s = str(v).strip().rstrip("/")
    parts = urlsplit(s)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError("expected an http(s) URL such as https://acme.zendesk.com")
    return s


def _db_url(v: Any) -> str:
    s = str(v).strip()
    if not (s.startswith("sqlite:") or s.startswith("postgresql")):
        raise ValueError("expected sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
    return s


def _path(v: Any) -> Path:
    return Path(os.path.expanduser(str(v)))


def _level(v: Any) -> str:
    s = str(v).upper()
    if s not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ValueError("expected one of debug, info, warning, error")
    return s


def _streams(v: Any) -> tuple[str, ...]:
    items = _str_list(v)
    bad = [x for x in items if x not in {"tickets", "comments", "users", "organizations"}]
    if bad or not items:
        raise ValueError("expected a subset of tickets, comments, users, organizations")
    return items


@dataclass(frozen=True, slots=True)
class ZendeskSettings:
    url: str | None = None
    email: str | None = None
    token: str | None = None
    oauth_token: str | None = None
    requests_per_minute: int = 400
    incremental_requests_per_minute: int = 10
    timeout_s: float = 30.0
    max_attempts: int = 6
    wait_budget_s: float = 600.0
    attachment_hosts: tuple[str, ...] = ()
    page_size: int = 1000


@dataclass(frozen=True, slots=True)
class ScanSettings:
    batch_size: int = 200
    streams: tuple[str, ...] = ("tickets", "comments", "users", "organizations")
    download_attachments: bool = True
    max_attachment_bytes: int = 25_000_000
    executor: str = "inline"


@dataclass(frozen=True, slots=True)
class WebSettings:
    """The review web app (``pii-scanner serve``)."""

    host: str = "127.0.0.1"
    port: int = 8765
    session_hours: int = 12
    #: set when the app is served over HTTPS (behind a proxy): cookies get ``Secure``
    secure_cookies: bool = False
    #: failed logins per account (and per client address) before it is locked out for a while
    login_max_failures: int = 5
    login_lockout_s: int = 900


@dataclass(frozen=True, slots=True)
class GdprSettings:
    """Defaults of ``pii-scanner gdpr retention`` (a scheduled job can run it without flags)."""

    #: days after a finished ticket's last change that its personal data may be kept (0: unset)
    retention_days: int = 0
    #: ticket statuses that count as finished
    finished_statuses: tuple[str, ...] = ("solved", "closed")


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    database_url: str
    key_file: Path
    secret_key: str | None = None
    zendesk: ZendeskSettings = field(default_factory=ZendeskSettings)
    scan: ScanSettings = field(default_factory=ScanSettings)
    log_level: str = "WARNING"
    detect: Mapping[str, Any] = field(default_factory=dict)
    config_path: Path | None = None
    #: the ``[redact]`` and ``[orgs]`` tables as written (parsed by pii_scanner.redact / .orgs)
    redact: Mapping[str, Any] = field(default_factory=dict)
    orgs: Mapping[str, Any] = field(default_factory=dict)
    web: WebSettings = field(default_factory=WebSettings)
    gdpr: GdprSettings = field(default_factory=GdprSettings)

    @property
    def lock_dir(self) -> Path:
        return self.data_dir / "locks"


# (dotted key, parser) for every scalar setting, in documentation order.
_PARSERS: dict[str, Callable[[Any], Any]] = {
    "data_dir": _path,
    "database.url": _db_url,
    "secrets.key_file": _path,
    "secrets.secret_key": str,
    "zendesk.url": _http_url,
    "zendesk.email": str,
    "zendesk.token": str,
    "zendesk.oauth_token": str,
    "zendesk.requests_per_minute": _positive_int,
    "zendesk.incremental_requests_per_minute": _positive_int,
    "zendesk.timeout_s": _positive_float,
    "zendesk.max_attempts": _positive_int,
    "zendesk.wait_budget_s": _positive_float,
    "zendesk.attachment_hosts": _str_list,
    "zendesk.page_size": _positive_int,
    "scan.batch_size": _positive_int,
    "scan.streams": _streams,
    "scan.download_attachments": _bool,
    "scan.max_attachment_bytes": _positive_int,
    "scan.executor": str,
    "logging.level": _level,
    "web.host": str,
    "web.port": _positive_int,
    "web.session_hours": _positive_int,
    "web.secure_cookies": _bool,
    "web.login_max_failures": _positive_int,
    "web.login_lockout_s": _positive_int,
    "gdpr.retention_days": _positive_int,
    "gdpr.finished_statuses": _str_list,
}


def env_name(key: str) -> str:
    """Environment variable for a dotted setting key.

    >>> env_name("zendesk.url"), env_name("database.url")
    ('PII_SCANNER_ZENDESK_URL', 'PII_SCANNER_DATABASE_URL')
    """
    return ENV_ALIASES.get(key) or ENV_PREFIX + key.replace(".", "_").upper()


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config: file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config: {path} is not valid TOML: {exc}") from None


def _flatten(doc: Mapping[str, Any], path: Path) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, value in doc.items():
        if section in PASSTHROUGH:
            continue  # handed whole to the package that parses it
        if isinstance(value, Mapping):
            for key, inner in value.items():
                flat[f"{section}.{key}"] = inner
        else:
            flat[section] = value
    unknown = sorted(k for k in flat if k not in _PARSERS)
    if unknown:
        raise ConfigError(f"{unknown[0]}: unknown setting in {path}")
    secret = sorted(k for k in flat if k in ENV_ONLY)
    if secret:
        raise ConfigError(f"{secret[0]}: secrets are read from the environment only "
                          f"(set {env_name(secret[0])}), remove it from {path}")
    return flat


def load_settings(
    *,
    env: Mapping[str, str] | None = None,
    config_path: Path | str | None = "auto",
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build :class:`Settings` from (highest first) overrides, environment, file, defaults.

    ``config_path="auto"`` uses ``PII_SCANNER_CONFIG`` if set, else ``./pii-scanner.toml`` if it
    exists; ``None`` reads no file.
    """
    env = os.environ if env is None else env
    path: Path | None
    if config_path == "auto":
        explicit = env.get("PII_SCANNER_CONFIG")
        if explicit:
            path = _path(explicit)
        else:
            local = Path("pii-scanner.toml")
            path = local if local.exists() else None
    else:
        path = _path(config_path) if config_path else None
    doc = _read_file(path) if path else {}
    raw: dict[str, tuple[Any, str]] = {}
    for key, value in _flatten(doc, path).items() if path else ():
        raw[key] = (value, str(path))
    for key in _PARSERS:
        name = env_name(key)
        if env.get(name, "") != "":
            raw[key] = (env[name], name)
    for key, value in (overrides or {}).items():
        if value is not None:
            raw[key] = (value, "command line")
    values: dict[str, Any] = {}
    for key, (value, origin) in raw.items():
        try:
            values[key] = _PARSERS[key](value)
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc}, got {value!r} (from {origin})") from None
    detect = doc.get("detect", {}) if isinstance(doc.get("detect", {}), Mapping) else None
    if detect is None:
        raise ConfigError(f"detect: expected a table in {path}")
    tables = {}
    for name in ("redact", "orgs"):
        table = doc.get(name, {})
        if not isinstance(table, Mapping):
            raise ConfigError(f"{name}: expected a table in {path}")
        tables[name] = dict(table)
    return _assemble(values, env, dict(detect), path, tables)


def _assemble(values: dict[str, Any], env: Mapping[str, str], detect: dict, path: Path | None,
              tables: Mapping[str, dict] | None = None) -> Settings:
    data_dir = values.get("data_dir") or default_data_dir(env)

    def section(cls, prefix):
        names = {f.name for f in fields(cls)}
        return cls(**{k.split(".", 1)[1]: v for k, v in values.items()
                      if k.startswith(prefix + ".") and k.split(".", 1)[1] in names})

    return Settings(
        data_dir=data_dir,
        database_url=values.get("database.url") or f"sqlite:///{data_dir / 'pii-scanner.db'}",
        key_file=values.get("secrets.key_file") or data_dir / "secret.key",
        secret_key=values.get("secrets.secret_key"),
        zendesk=section(ZendeskSettings, "zendesk"),
        scan=section(ScanSettings, "scan"),
        log_level=values.get("logging.level", "WARNING"),
        detect=detect,
        config_path=path,
        redact=(tables or {}).get("redact", {}),
        orgs=(tables or {}).get("orgs", {}),
        web=section(WebSettings, "web"),
        gdpr=section(GdprSettings, "gdpr"),
    )


def with_zendesk(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with Zendesk fields replaced (used by the demo)."""
    return replace(settings, zendesk=replace(settings.zendesk, **changes))


def require_zendesk(settings: Settings) -> ZendeskSettings:
    z = settings.zendesk
    if not z.url:
        raise ConfigError(f"zendesk.url: not set (set {env_name('zendesk.url')} or [zendesk] url)")
    if not (z.oauth_token or (z.email and z.token)):
        raise ConfigError(
            f"zendesk.token: not set (set {env_name('zendesk.email')} and "
            f"{env_name('zendesk.token')}, or {env_name('zendesk.oauth_token')})"
        )
    return z
