"""``pii-scanner init``: data folder, fingerprint key (0600), store schema and a starter config."""

from __future__ import annotations

from pathlib import Path

from pii_scanner.config import Settings

STARTER_CONFIG = """\
# pii-scanner configuration (see config.example.toml in the repository for every setting).
# Precedence: command-line options > environment variables > this file > defaults.
# Secrets are never read from this file: set PII_SCANNER_ZENDESK_TOKEN (and optionally
# PII_SCANNER_SECRET_KEY) in the environment of the scheduler that runs `pii-scanner scan`.

data_dir = "{data_dir}"

[database]
url = "{database_url}"

[secrets]
key_file = "{key_file}"

[zendesk]
# url = "https://yourcompany.zendesk.com"     # or PII_SCANNER_ZENDESK_URL
# email = "privacy-bot@yourcompany.no"       # or PII_SCANNER_ZENDESK_EMAIL
requests_per_minute = 400
incremental_requests_per_minute = 10
"""


def initialise(settings: Settings, config_path: Path, *, force: bool = False) -> list[str]:
    """Create what a first scan needs; safe to run again (never replaces an existing key)."""
    from pii_scanner.pipeline.build import load_key, open_store

    lines = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    existed = settings.key_file.exists()
    load_key(settings, create=True)
    if settings.secret_key:
        lines.append("fingerprint key: taken from PII_SCANNER_SECRET_KEY (no key file written)")
    else:
        lines.append(f"fingerprint key: {settings.key_file} "
                     + ("(kept, already existed)" if existed else "(created, mode 0600: back it up)"))
    store = open_store(settings)
    store.close()
    lines.append(f"store: {settings.database_url} (schema up to date)")
    if config_path.exists() and not force:
        lines.append(f"config: {config_path} exists, left unchanged (use --force to overwrite)")
    else:
        config_path.write_text(STARTER_CONFIG.format(
            data_dir=settings.data_dir, database_url=settings.database_url,
            key_file=settings.key_file))
        lines.append(f"config: wrote {config_path}")
    return lines
