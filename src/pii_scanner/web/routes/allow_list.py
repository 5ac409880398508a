"""The allow-list: values agents marked "never flag again", shown masked; admins remove them.

An entry holds the entity type, the value's HMAC fingerprint and a masked preview, never the
value. Removing an entry is audited; findings it dismissed stay dismissed, later scans report
the value again.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import RedirectResponse, Response

from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import check_csrf, get_ctx, require
from pii_scanner.web.pages import render

router = APIRouter()
readers = require("agent", "manager")
admin = require("admin")


@router.get("/allow-list")
def allow_list_page(request: Request, user: Principal = Depends(readers),
                    ctx: WebContext = Depends(get_ctx)) -> Response:
    entries = ctx.store.allow_list()
    for entry in entries:
        entry.pop("fingerprint", None)  # not needed on the page
    return render(ctx, request, "allow/list.html", user, entries=entries,
                  can_remove=user.role == "admin",
                  message=request.query_params.get("removed") and "entry removed")


@router.post("/allow-list/{entry_id}/remove")
def remove_entry(entry_id: int = Path(..., ge=1), user: Principal = Depends(admin),
                 _csrf: Principal = Depends(check_csrf),
                 ctx: WebContext = Depends(get_ctx)) -> Response:
    if not ctx.store.unallow(entry_id, actor=user.name):
        raise HTTPException(404, "No such allow-list entry.")
    return RedirectResponse("/allow-list?removed=1", status_code=303)
