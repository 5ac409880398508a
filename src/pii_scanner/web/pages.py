"""Rendering helper shared by the routers: every page gets the user and their CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext


def render(ctx: WebContext, request: Request, template: str, user: Principal | None,
           status_code: int = 200, **values: Any) -> HTMLResponse:
    values.update(user=user, csrf_token=user.csrf_token if user else None)
    return ctx.templates.TemplateResponse(request, template, values, status_code=status_code)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
