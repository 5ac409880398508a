"""Web app accounts, sign-in sessions and sign-in attempts (tables from migration 0003)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select

from pii_scanner.store.clock import as_utc
from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.web_tables import LoginAttempt, WebSession, WebUser


class AccountRepository(Repository[WebUser]):
    model = WebUser

    def by_name(self, name: str) -> WebUser | None:
        return self.session.scalars(select(WebUser).where(WebUser.name == name)).one_or_none()

    def create(self, name: str, role: str, password_hash: str) -> WebUser:
        return self.add(WebUser(name=name, role=role, password_hash=password_hash, active=True,
                                created_at=self.clock()))

    def all(self) -> list[WebUser]:
        return list(self.session.scalars(select(WebUser).order_by(WebUser.name)))


class SessionRepository(Repository[WebSession]):
    model = WebSession

    def create(self, user_id: int, token_hash: str, csrf_token: str,
               expires_at: datetime) -> WebSession:
        return self.add(WebSession(user_id=user_id, token_hash=token_hash, csrf_token=csrf_token,
                                   created_at=self.clock(), expires_at=expires_at))

    def lookup(self, token_hash: str, now: datetime) -> tuple[WebSession, WebUser] | None:
        """The live session with this token hash and its (active) user, or None."""
        row = self.session.execute(
            select(WebSession, WebUser).join(WebUser, WebUser.id == WebSession.user_id)
            .where(WebSession.token_hash == token_hash, WebUser.active.is_(True))).one_or_none()
        if row is None or as_utc(row[0].expires_at) <= as_utc(now):
            return None
        return row[0], row[1]

    def delete(self, token_hash: str) -> None:
        self.session.execute(delete(WebSession).where(WebSession.token_hash == token_hash))

    def delete_for_user(self, user_id: int) -> None:
        self.session.execute(delete(WebSession).where(WebSession.user_id == user_id))

    def purge_expired(self, now: datetime) -> None:
        self.session.execute(delete(WebSession).where(WebSession.expires_at <= now))


class LoginAttemptRepository(Repository[LoginAttempt]):
    model = LoginAttempt

    def record(self, name: str, client: str, ok: bool) -> None:
        self.add(LoginAttempt(name=name[:100], client=client[:100], ok=ok, at=self.clock()))

    def recent_failures(self, since: datetime, *, name: str | None = None,
                        client: str | None = None) -> int:
        """Failed attempts at or after ``since`` for an account name or a client address,
        not counting those before that name's last successful sign-in."""
        stmt = select(func.count(LoginAttempt.id)).where(LoginAttempt.ok.is_(False),
                                                         LoginAttempt.at >= since)
        if name is not None:
            last_ok = self.session.scalar(select(func.max(LoginAttempt.at)).where(
                LoginAttempt.name == name, LoginAttempt.ok.is_(True)))
            stmt = stmt.where(LoginAttempt.name == name)
            if last_ok is not None:
                stmt = stmt.where(LoginAttempt.at > last_ok)
        if client is not None:
            stmt = stmt.where(LoginAttempt.client == client)
        return int(self.session.scalar(stmt) or 0)
