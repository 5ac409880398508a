"""GDPR requests in the browser (managers, admins): a data subject's places, then erasure.

The identifiers come in a POST body (never a URL: proxies and access logs keep URLs), are
fingerprinted for the lookup and dropped; the page shows masked previews only. Erasure posts
the finding ids the lookup returned, not the values again, and approves them for redaction
(rule ``gdpr-erasure:<reference>``); the redaction itself is ``redact apply`` or *redact now*.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.subject import erase_subject, find_subject
from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import check_csrf, get_ctx, require
from pii_scanner.web.pages import render

router = APIRouter()
officer = require("manager")
MAX_FORM_CHARS = 5_000


@router.get("/gdpr")
def gdpr_page(request: Request, user: Principal = Depends(officer),
              ctx: WebContext = Depends(get_ctx)) -> Response:
    return render(ctx, request, "gdpr/subject.html", user, report=None, reference="")


@router.post("/gdpr/subject")
def subject_lookup(request: Request, identifiers: str = Form("", max_length=MAX_FORM_CHARS),
                   reference: str = Form("", max_length=100),
                   history: bool = Form(False), user: Principal = Depends(officer),
                   _csrf: Principal = Depends(check_csrf),
                   ctx: WebContext = Depends(get_ctx)) -> Response:
    values = [v.strip() for v in identifiers.splitlines() if v.strip()]
    try:
        report = find_subject(ctx.store, ctx.fingerprinter, values, include_history=history,
                              actor=user.name, reference=reference.strip() or None)
    except ConfigError as exc:
        return render(ctx, request, "gdpr/subject.html", user, status_code=400, report=None,
                      reference=reference, error=str(exc))
    data = report.to_json()
    # every open finding goes to the erase form (the place rule needs them all); the button
    # shows while one of them is still to approve
    current = [i for i in data["items"] if i["state"] == "open"]
    erasable = [i["id"] for i in current] if any(
        i["status"] not in ("redacted", "approved") for i in current) else []
    return render(ctx, request, "gdpr/subject.html", user, report=data, reference=reference,
                  erasable=erasable, history=history)


@router.post("/gdpr/erase")
async def erase(request: Request, reference: str = Form("", max_length=100),
                include_shared: bool = Form(False), user: Principal = Depends(officer),
                _csrf: Principal = Depends(check_csrf),
                ctx: WebContext = Depends(get_ctx)) -> Response:
    form = await request.form()
    ids = [int(v) for v in form.getlist("finding") if str(v).isdigit()][:10_000]
    report = _report_of(ctx, ids)
    n = erase_subject(ctx.store, report, actor=user.name, reference=reference.strip() or None,
                      include_shared=include_shared)
    return render(ctx, request, "gdpr/subject.html", user, report=None, reference=reference,
                  message=f"{n} findings approved for redaction")


def _report_of(ctx: WebContext, finding_ids: list[int]):
    """The lookup's findings again, by id (the values are not sent twice)."""
    from pii_scanner.gdpr.subject import SubjectReport

    rows = tuple(ctx.store.decided_findings(finding_ids=finding_ids)) if finding_ids else ()
    return SubjectReport(rows, (len(rows),), {r["id"]: 0 for r in rows})
