"""Request dependencies: context, the signed-in user, role checks, CSRF, layout choice."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, Request

from pii_scanner.web.accounts import Principal, csrf_ok, principal
from pii_scanner.web.context import WebContext

SESSION_COOKIE = "pii_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


class NotSignedIn(Exception):
    """No valid session: HTML pages redirect to the sign-in page, scripts get 401."""


class Forbidden(Exception):
    """Signed in, but the role does not allow this (403)."""


class CsrfFailed(Exception):
    """A state-changing request without the session's CSRF token (403)."""


def get_ctx(request: Request) -> WebContext:
    return request.app.state.ctx


def current_user(request: Request, ctx: WebContext = Depends(get_ctx)) -> Principal:
    user = principal(ctx.store, request.cookies.get(SESSION_COOKIE))
    if user is None:
        raise NotSignedIn()
    request.state.user = user
    return user


def require(*roles: str) -> Callable[..., Principal]:
    """A dependency that lets ``roles`` (and admins) through."""

    def check(user: Principal = Depends(current_user)) -> Principal:
        if user.role != "admin" and user.role not in roles:
            raise Forbidden()
        return user

    return check


async def check_csrf(request: Request, user: Principal = Depends(current_user)) -> Principal:
    """For POST routes: the token comes in the form field or the ``X-CSRF-Token`` header."""
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        given = (await request.form()).get(CSRF_FIELD)
    if not csrf_ok(user.csrf_token, given):
        raise CsrfFailed()
    return user


def layout(request: Request, full: str, partial: str) -> str:
    """The partial template for htmx-style requests (``HX-Request``), else the full page."""
    return partial if request.headers.get("hx-request") == "true" else full
