"""The ticket view: live text from the helpdesk with the stored findings highlighted (masked)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import Response

from pii_scanner.errors import ApiError, NotFound, PiiScannerError
from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import get_ctx, require
from pii_scanner.web.highlight import segments
from pii_scanner.web.live import fetch_ticket, locate, text_span
from pii_scanner.web.pages import render
from pii_scanner.web.queue import review_state

router = APIRouter()
agent = require("agent")
TicketId = Path(..., pattern=r"^\d{1,20}$")


def ticket_findings(ctx: WebContext, ticket_id: str) -> list[dict]:
    """Open findings of one ticket with their decisions (ticket, comment and attachment ones)."""
    rows = ctx.store.decided_findings(ticket_id=ticket_id)
    if ctx.source_id is not None:
        rows = [r for r in rows if r["source_id"] == ctx.source_id]
    for r in rows:
        r["review"] = review_state(r)
    return rows


def open_live(ctx: WebContext, ticket_id: str):
    connector = ctx.connector_factory()
    try:
        return fetch_ticket(connector, ticket_id)
    except NotFound:
        raise HTTPException(404, "This ticket no longer exists in the helpdesk.") from None
    except (ApiError, PiiScannerError) as exc:
        raise HTTPException(502, f"The helpdesk could not be reached ({type(exc).__name__}).") from None
    finally:
        connector.close()


@router.get("/tickets/{ticket_id}")
def ticket_page(request: Request, ticket_id: str = TicketId, user: Principal = Depends(agent),
                ctx: WebContext = Depends(get_ctx)) -> Response:
    findings = ticket_findings(ctx, ticket_id)
    if not findings:
        raise HTTPException(404, "No findings are stored for this ticket.")
    live = open_live(ctx, ticket_id)
    where = locate(live, findings, ctx.fingerprinter.fingerprint)
    by_field: dict[tuple, list[dict]] = {}
    for f in findings:
        by_field.setdefault((f["kind"], f["object_id"], f["field"]), []).append(f)
    shown = []
    for field in live.fields:
        found = by_field.get(field.key, [])
        spans = [(*text_span(f), f["id"]) for f in found if where.get(f["id"]) == "current"]
        if found or field.kind == "comments":
            shown.append((field, segments(field.text, spans)))
    attachments: dict[str, list[dict]] = {}
    for f in findings:
        if f["kind"] == "attachments":
            attachments.setdefault(f["object_id"], []).append(f)
    ctx.store.audit(actor=user.name, action="view", source_id=ctx.source_id,
                    object_kind="tickets", object_id=ticket_id, result="ok",
                    detail={"findings": len(findings)})
    return render(ctx, request, "tickets/detail.html", user, live=live, fields=shown,
                  findings={f["id"]: f for f in findings}, where=where,
                  attachments=attachments, live_attachments=live.attachments,
                  message=request.query_params.get("done"))
