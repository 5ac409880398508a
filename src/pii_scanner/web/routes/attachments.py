"""Screenshots through an authenticated proxy, with the finding boxes drawn (masked) over them."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.responses import Response

from pii_scanner.errors import PiiScannerError
from pii_scanner.web.accounts import Principal
from pii_scanner.web.attachments_live import attachment_value, download, draw, ocr_boxes
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import get_ctx, require
from pii_scanner.web.routes.tickets import TicketId, open_live, ticket_findings

router = APIRouter()
agent = require("agent")


@router.get("/tickets/{ticket_id}/attachments/{attachment_id}/image")
def attachment_image(ticket_id: str = TicketId,
                     attachment_id: str = Path(..., pattern=r"^\d{1,20}$"),
                     user: Principal = Depends(agent),
                     ctx: WebContext = Depends(get_ctx)) -> Response:
    findings = [f for f in ticket_findings(ctx, ticket_id)
                if f["kind"] == "attachments" and f["object_id"] == attachment_id]
    live = open_live(ctx, ticket_id)
    got = download(ctx, live, attachment_id)
    if got is None:
        raise HTTPException(404, "No such attachment on this ticket.")
    boxes = {f["id"]: [tuple(f["bbox"])] for f in findings if f.get("bbox")}
    values = {}
    for f in findings:
        if f["id"] not in boxes:
            value = attachment_value(ctx, live, f)
            if value and ctx.fingerprinter.fingerprint(f["entity_type"], value) == f["fingerprint"]:
                values[f["id"]] = value
    try:
        if values:
            boxes.update(ocr_boxes(got[1], values))
        png = draw(got[1], boxes, {f["id"]: f["id"] for f in findings})
    except (PiiScannerError, OSError, ValueError):
        raise HTTPException(415, "This attachment is not an image that can be shown.") from None
    ctx.store.audit(actor=user.name, action="view", source_id=ctx.source_id,
                    object_kind="attachments", object_id=attachment_id, result="ok",
                    detail={"ticket_id": ticket_id, "boxes": sum(len(b) for b in boxes.values())})
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})
