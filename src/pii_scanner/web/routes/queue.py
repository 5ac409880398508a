"""The review queue: tickets with open findings, riskiest first, with filters and bulk actions."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from pii_scanner.web import actions
from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import check_csrf, get_ctx, layout, require
from pii_scanner.web.pages import render
from pii_scanner.web.queue import (REVIEW_STATES, Queue, QueueFilters, query_queue,
                                   selected_finding_ids)

router = APIRouter()
agent = require("agent")
PAGE = 200


def load_queue(ctx: WebContext, filters: QueueFilters, page: int = 1) -> Queue:
    """One page of the queue, aggregated in the database."""
    with Session(ctx.store.engine) as s, s.begin():
        return query_queue(s, filters, source_id=ctx.source_id, limit=PAGE,
                           offset=(page - 1) * PAGE)


def _filters(type: str | None, org: str | None, status: str | None, source: str | None,
             review: str | None) -> QueueFilters:
    review = review if review in REVIEW_STATES else "todo"
    return QueueFilters(type=type or None, org=org or None, status=status or None,
                        source=source or None, review=review)


@router.get("/queue")
def queue_page(request: Request, type: str | None = Query(None, max_length=60),
               org: str | None = Query(None, max_length=100),
               status: str | None = Query(None, max_length=30),
               source: str | None = Query(None, max_length=30),
               review: str | None = Query(None, max_length=20),
               page: int = Query(1, ge=1, le=1_000_000),
               user: Principal = Depends(agent), ctx: WebContext = Depends(get_ctx)) -> Response:
    filters = _filters(type, org, status, source, review)
    queue = load_queue(ctx, filters, page)
    return render(ctx, request, layout(request, "queue/list.html", "queue/table.html"), user,
                  queue=queue, tickets=queue.tickets, filters=filters, page=page,
                  pages=max(1, -(-queue.total_tickets // PAGE)),
                  review_states=REVIEW_STATES, message=request.query_params.get("done"))


@router.post("/queue/bulk")
async def bulk(request: Request, action: str = Form(..., max_length=20),
               reason: str = Form("", max_length=1000),
               allow: str = Form("", max_length=10),
               user: Principal = Depends(agent), _csrf: Principal = Depends(check_csrf),
               ctx: WebContext = Depends(get_ctx)) -> Response:
    form = await request.form()
    selected = {str(t) for t in form.getlist("ticket")}
    filters = _filters(*(str(form.get(k) or "") or None
                         for k in ("type", "org", "status", "source", "review")))
    with Session(ctx.store.engine) as s, s.begin():
        ids = selected_finding_ids(s, filters, selected, source_id=ctx.source_id)
    try:
        if action == "confirm":
            n = actions.confirm(ctx, ids, user.name)
        elif action == "dismiss":
            n = actions.dismiss(ctx, ids, user.name, reason, allow=allow == "yes")
        else:
            return render(ctx, request, "errors/error.html", user, status_code=400,
                          status=400, message="unknown action")
    except actions.ActionError as exc:
        return render(ctx, request, "errors/error.html", user, status_code=400, status=400,
                      message=str(exc))
    query = "&".join(f"{k}={v}" for k, v in filters.active().items())
    return RedirectResponse(f"/queue?{query}&done={action}+{n}", status_code=303)
