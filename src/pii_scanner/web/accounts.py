"""Accounts, passwords (argon2id), sign-in sessions and sign-in throttling.

Session cookies hold a random token; the store keeps only its SHA-256. Each session has its
own CSRF token, which every form and every script request must send back.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from pii_scanner.config import WebSettings
from pii_scanner.errors import ConfigError, PiiScannerError
from pii_scanner.store import Store
from pii_scanner.store.db import WRITE
from pii_scanner.store.repositories.accounts import (AccountRepository, LoginAttemptRepository,
                                                     SessionRepository)
from pii_scanner.store.web_tables import ROLES

MIN_PASSWORD = 10
_HASHER = PasswordHasher()
#: verified against when the account does not exist, so timing does not reveal names
_DUMMY_HASH = _HASHER.hash("not-a-real-password")


class LoginRefused(PiiScannerError):
    """Wrong name or password (deliberately not saying which)."""


class LoginThrottled(PiiScannerError):
    """Too many failed sign-ins for this account or address; try again later."""


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in user of one request."""

    user_id: int
    name: str
    role: str
    csrf_token: str
    session_hash: str


@contextmanager
def _tx(store: Store, write: bool = False) -> Iterator[Session]:
    engine = store.engine.execution_options(**WRITE) if write else store.engine
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(store: Store, name: str, role: str, password: str) -> int:
    """Create an account; raises ConfigError for a bad role, short password or taken name."""
    name = name.strip()
    if role not in ROLES:
        raise ConfigError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise ConfigError("user name must be 1-100 characters without spaces")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"password must be at least {MIN_PASSWORD} characters")
    with _tx(store, write=True) as s:
        repo = AccountRepository(s, store.clock)
        if repo.by_name(name) is not None:
            raise ConfigError(f"user {name!r} already exists")
        return repo.create(name, role, _HASHER.hash(password)).id


def list_users(store: Store) -> list[dict]:
    with _tx(store) as s:
        return [{"id": u.id, "name": u.name, "role": u.role, "active": u.active,
                 "created_at": u.created_at, "last_login_at": u.last_login_at}
                for u in AccountRepository(s, store.clock).all()]


def set_active(store: Store, user_id: int, active: bool) -> bool:
    """Enable or disable an account (disabling ends its sessions). False if no such user."""
    with _tx(store, write=True) as s:
        user = AccountRepository(s, store.clock).get(user_id)
        if user is None:
            return False
        user.active = active
        if not active:
            SessionRepository(s, store.clock).delete_for_user(user_id)
        return True


def sign_in(store: Store, web: WebSettings, name: str, password: str, client: str) -> str:
    """Check the password and open a session; returns the cookie token.

    Raises LoginThrottled after ``web.login_max_failures`` recent failures for the name or
    the client address, LoginRefused for a wrong name or password.
    """
    now = store.clock()
    since = now - timedelta(seconds=web.login_lockout_s)
    name = name.strip()[:100]
    with _tx(store) as s:
        attempts = LoginAttemptRepository(s, store.clock)
        if (attempts.recent_failures(since, name=name) >= web.login_max_failures
                or attempts.recent_failures(since, client=client)
                >= web.login_max_failures * 4):
            raise LoginThrottled("too many failed sign-ins; try again later")
        user = AccountRepository(s, store.clock).by_name(name)
        stored = user.password_hash if user is not None and user.active else _DUMMY_HASH
    ok = _verify(stored, password) and user is not None and user.active
    token = secrets.token_urlsafe(32)
    with _tx(store, write=True) as s:
        LoginAttemptRepository(s, store.clock).record(name, client, ok)
        if ok:
            SessionRepository(s, store.clock).create(
                user.id, token_hash(token), secrets.token_urlsafe(32),
                now + timedelta(hours=web.session_hours))
            row = AccountRepository(s, store.clock).get(user.id)
            row.last_login_at = now
            if _HASHER.check_needs_rehash(row.password_hash):
                row.password_hash = _HASHER.hash(password)
    if not ok:  # raised after the commit, so the failed attempt is recorded
        raise LoginRefused("wrong name or password")
    return token


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def principal(store: Store, token: str | None) -> Principal | None:
    """The signed-in user for a session cookie, or None (missing, unknown, expired, disabled)."""
    if not token or len(token) > 200:
        return None
    digest = token_hash(token)
    with _tx(store) as s:
        found = SessionRepository(s, store.clock).lookup(digest, store.clock())
        if found is None:
            return None
        sess, user = found
        return Principal(user.id, user.name, user.role, sess.csrf_token, digest)


def sign_out(store: Store, session_hash: str) -> None:
    with _tx(store, write=True) as s:
        SessionRepository(s, store.clock).delete(session_hash)
        SessionRepository(s, store.clock).purge_expired(store.clock())


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), str(given).encode())
