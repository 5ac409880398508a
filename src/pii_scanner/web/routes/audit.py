"""The audit log: who viewed, revealed, confirmed, dismissed and redacted what, and when."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import get_ctx, layout, require
from pii_scanner.web.pages import render

router = APIRouter()
manager = require("manager")
ACTIONS = ("view", "reveal", "approve", "dismiss", "redact", "report", "login", "logout", "user_add",
           "user_disable", "user_enable", "allow", "unallow", "gdpr-lookup")


@router.get("/audit")
def audit_page(request: Request, action: str | None = Query(None, max_length=40),
               actor: str | None = Query(None, max_length=100),
               ticket: str | None = Query(None, pattern=r"^\d{0,20}$"),
               user: Principal = Depends(manager), ctx: WebContext = Depends(get_ctx)) -> Response:
    events = ctx.store.audit_log(actions=[action] if action else None, limit=2000)
    if actor:
        events = [e for e in events if e["actor"] == actor]
    if ticket:
        events = [e for e in events if ticket in (e["object_id"] if e["object_kind"] == "tickets"
                                                  else (e["detail"] or {}).get("ticket_id"),)]
    events.reverse()
    return render(ctx, request, layout(request, "audit/list.html", "audit/table.html"), user,
                  events=events[:500], actions=ACTIONS, action=action, actor=actor,
                  ticket=ticket)
