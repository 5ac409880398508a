"""Actions on one ticket's findings: reveal (logged), confirm, dismiss, redact now."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from pii_scanner.web import actions
from pii_scanner.web.accounts import Principal
from pii_scanner.web.attachments_live import attachment_value
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import check_csrf, get_ctx, require
from pii_scanner.web.live import live_value
from pii_scanner.web.pages import render
from pii_scanner.web.routes.tickets import TicketId, open_live, ticket_findings

router = APIRouter()
agent = require("agent")


def _finding(ctx: WebContext, ticket_id: str, finding_id: int) -> dict:
    """The finding if it belongs to this ticket; 404 otherwise (no probing other ids)."""
    for f in ticket_findings(ctx, ticket_id):
        if f["id"] == finding_id:
            return f
    raise HTTPException(404, "No such finding on this ticket.")


@router.post("/tickets/{ticket_id}/findings/{finding_id}/reveal")
def reveal(ticket_id: str = TicketId, finding_id: int = Path(..., ge=1),
           user: Principal = Depends(agent), _csrf: Principal = Depends(check_csrf),
           ctx: WebContext = Depends(get_ctx)) -> Response:
    finding = _finding(ctx, ticket_id, finding_id)
    if finding["kind"] == "attachments":
        live = open_live(ctx, ticket_id)
        value = attachment_value(ctx, live, finding)
    else:
        value = live_value(open_live(ctx, ticket_id), finding)
    ok = value is not None and ctx.fingerprinter.fingerprint(
        finding["entity_type"], value) == finding["fingerprint"]
    ctx.store.audit(actor=user.name, action="reveal", source_id=finding["source_id"],
                    object_kind=finding["kind"], object_id=finding["object_id"],
                    finding_id=finding_id, entity_type=finding["entity_type"],
                    result="ok" if ok else "changed",
                    detail={"ticket_id": ticket_id, "field": finding["field"],
                            "preview": finding["preview"]})
    if not ok:
        return JSONResponse({"error": "The helpdesk text changed here since the scan."},
                            status_code=409)
    return JSONResponse({"value": value}, headers={"Cache-Control": "no-store"})


@router.post("/tickets/{ticket_id}/actions")
async def ticket_action(request: Request, ticket_id: str = TicketId,
                        action: str = Form(..., max_length=20),
                        reason: str = Form("", max_length=1000),
                        allow: str = Form("", max_length=10),
                        user: Principal = Depends(agent), _csrf: Principal = Depends(check_csrf),
                        ctx: WebContext = Depends(get_ctx)) -> Response:
    form = await request.form()
    try:
        wanted = {int(x) for x in form.getlist("finding")}
    except ValueError:
        raise HTTPException(400, "finding ids must be numbers") from None
    own = {f["id"] for f in ticket_findings(ctx, ticket_id)}
    if not wanted or not wanted <= own:
        raise HTTPException(404, "Select findings of this ticket.")
    ids = sorted(wanted)
    try:
        if action == "confirm":
            n = actions.confirm(ctx, ids, user.name)
        elif action == "dismiss":
            n = actions.dismiss(ctx, ids, user.name, reason, allow=allow == "yes")
        elif action == "redact":
            result = actions.redact_now(ctx, ids, user.name)
            return render(ctx, request, "tickets/redacted.html", user, ticket_id=ticket_id,
                          result=result, count=len(ids))
        else:
            raise HTTPException(400, "unknown action")
    except actions.ActionError as exc:
        raise HTTPException(400, str(exc)) from None
    return RedirectResponse(f"/tickets/{ticket_id}?done={action}+{n}", status_code=303)
