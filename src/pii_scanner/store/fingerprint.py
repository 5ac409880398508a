"""Keyed fingerprints: find every place a value appears without ever storing the value.

A fingerprint is HMAC-SHA256 (hex) over ``entity type + normalised value`` under a secret
key, so "010190 12345" and "01019012345" match, the same digits as an account number do
not, and nobody without the key can test guesses against the database.

The key comes from a secret (e.g. an environment variable, which wins) or a key file holding
the secret as text; the file is created with 32 random bytes (hex) and mode 0600, and a file
that group or others can access is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pii_scanner.errors import ConfigError
from pii_scanner.store.normalise import normalise

MIN_KEY_BYTES = 16
KEY_FILE_BYTES = 32


@dataclass(frozen=True, slots=True)
class Fingerprinter:
    """Computes fingerprints under one key (the key never appears in ``repr``)."""

    key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.key) < MIN_KEY_BYTES:
            raise ConfigError(f"fingerprint key is shorter than {MIN_KEY_BYTES} bytes")

    def fingerprint(self, entity_type: str, value: str) -> str:
        """64 hex chars identifying ``value`` (normalised) as an ``entity_type``."""
        message = f"{entity_type}\x1f{normalise(entity_type, value)}".encode("utf-8",
                                                                         "surrogatepass")
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()


def load_or_create_key(secret: str | None = None, key_file: Path | str | None = None, *,
                       create: bool = False) -> bytes:
    """The fingerprint key: ``secret`` if given, else the key file's contents.

    With ``create=True`` a missing key file is created (random, mode 0600, folder 0700).
    Raises :class:`ConfigError` (naming the file, never the key) when there is no usable key.
    """
    if secret is not None and secret.strip():
        key = secret.strip().encode("utf-8")
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(f"fingerprint secret must be at least {MIN_KEY_BYTES} characters")
        return key
    if key_file is None:
        raise ConfigError("no fingerprint secret and no key file configured (fingerprint.key_file)")
    path = Path(key_file).expanduser()
    if not path.exists() and create:
        _create_key_file(path)
    return _read_key_file(path)


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process created it first; read theirs
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(KEY_FILE_BYTES) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _read_key_file(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ConfigError(f"fingerprint key file {path} does not exist "
                          f"(set the fingerprint secret, or let the scan create the file)") from None
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(f"fingerprint key file {path} is not a regular file")
    if os.name == "posix" and info.st_mode & 0o077:
        raise ConfigError(f"fingerprint key file {path} is accessible by group or others "
                          f"(mode {stat.S_IMODE(info.st_mode):04o}); run: chmod 600 {path}")
    key = path.read_bytes().strip()
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(f"fingerprint key file {path} holds fewer than {MIN_KEY_BYTES} bytes")
    return key
