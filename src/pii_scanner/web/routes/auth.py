"""Sign in and out, and the start page that sends each role to its home."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from pii_scanner.web.accounts import (LoginRefused, LoginThrottled, Principal, sign_in,
                                      sign_out)
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import SESSION_COOKIE, check_csrf, current_user, get_ctx
from pii_scanner.web.pages import client_address, render

router = APIRouter()
HOME = {"agent": "/queue", "manager": "/dashboard", "admin": "/queue"}


def _safe_next(target: str | None) -> str | None:
    """Only local paths: never redirect to another site after sign-in."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return None


@router.get("/")
def home(user: Principal = Depends(current_user)) -> Response:
    return RedirectResponse(HOME.get(user.role, "/queue"), status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None,
               ctx: WebContext = Depends(get_ctx)) -> Response:
    return render(ctx, request, "auth/login.html", None, next=_safe_next(next) or "", error=None)


@router.post("/login")
def login(request: Request, name: str = Form(..., max_length=100),
          password: str = Form(..., max_length=1000), next: str = Form(""),
          ctx: WebContext = Depends(get_ctx)) -> Response:
    client = client_address(request)
    try:
        token = sign_in(ctx.store, ctx.settings.web, name, password, client)
    except (LoginRefused, LoginThrottled) as exc:
        throttled = isinstance(exc, LoginThrottled)
        ctx.store.audit(actor=name.strip()[:100] or "(empty)", action="login",
                        result="throttled" if throttled else "refused",
                        detail={"client": client})
        return render(ctx, request, "auth/login.html", None, next=_safe_next(next) or "",
                      error=str(exc), status_code=429 if throttled else 401)
    ctx.store.audit(actor=name.strip(), action="login", result="ok", detail={"client": client})
    response = RedirectResponse(_safe_next(next) or "/", status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=ctx.settings.web.secure_cookies,
                        max_age=ctx.settings.web.session_hours * 3600, path="/")
    return response


@router.post("/logout")
def logout(user: Principal = Depends(check_csrf), ctx: WebContext = Depends(get_ctx)) -> Response:
    sign_out(ctx.store, user.session_hash)
    ctx.store.audit(actor=user.name, action="logout", result="ok")
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
