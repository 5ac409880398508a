"""Accounts (admins only): list, add, disable and enable."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import RedirectResponse, Response

from pii_scanner.errors import ConfigError
from pii_scanner.store.web_tables import ROLES
from pii_scanner.web.accounts import Principal, add_user, list_users, set_active
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import check_csrf, get_ctx, require
from pii_scanner.web.pages import render

router = APIRouter()
admin = require("admin")


@router.get("/users")
def users_page(request: Request, user: Principal = Depends(admin),
               ctx: WebContext = Depends(get_ctx)) -> Response:
    return render(ctx, request, "users/list.html", user, users=list_users(ctx.store),
                  roles=ROLES, error=None)


@router.post("/users")
def create_user(request: Request, name: str = Form(..., max_length=100),
                role: str = Form(..., max_length=20), password: str = Form(..., max_length=1000),
                user: Principal = Depends(admin), _csrf: Principal = Depends(check_csrf),
                ctx: WebContext = Depends(get_ctx)) -> Response:
    try:
        uid = add_user(ctx.store, name, role, password)
    except ConfigError as exc:
        return render(ctx, request, "users/list.html", user, users=list_users(ctx.store),
                      roles=ROLES, error=str(exc), status_code=400)
    ctx.store.audit(actor=user.name, action="user_add", object_kind="web_users",
                    object_id=str(uid), result="ok", detail={"name": name, "role": role})
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_id}/active")
def toggle_user(user_id: int = Path(..., ge=1), active: bool = Form(...),
                user: Principal = Depends(admin), _csrf: Principal = Depends(check_csrf),
                ctx: WebContext = Depends(get_ctx)) -> Response:
    if user_id == user.user_id and not active:
        raise HTTPException(400, "You cannot disable your own account.")
    if not set_active(ctx.store, user_id, active):
        raise HTTPException(404, "No such user.")
    ctx.store.audit(actor=user.name, action="user_enable" if active else "user_disable",
                    object_kind="web_users", object_id=str(user_id), result="ok")
    return RedirectResponse("/users", status_code=303)
