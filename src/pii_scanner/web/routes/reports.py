"""The managers' dashboard, its SVG charts and report downloads in four formats."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import Response

from pii_scanner.reports import FORMATS, build_report
from pii_scanner.reports.charts import CHART_NAMES, report_charts
from pii_scanner.reports.export import render as render_report
from pii_scanner.web.accounts import Principal
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import get_ctx, require
from pii_scanner.web.pages import render

router = APIRouter()
manager = require("manager")
MEDIA = {"html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
         "json": "application/json",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/dashboard")
def dashboard(request: Request, user: Principal = Depends(manager),
              ctx: WebContext = Depends(get_ctx)) -> Response:
    report = build_report(ctx.store, source_id=ctx.source_id)
    return render(ctx, request, "reports/dashboard.html", user, report=report,
                  charts=CHART_NAMES, formats=FORMATS)


@router.get("/reports/charts/{name}.svg")
def chart(name: str = Path(..., pattern=r"^[a-z_]{1,40}$"), user: Principal = Depends(manager),
          ctx: WebContext = Depends(get_ctx)) -> Response:
    if name not in CHART_NAMES:
        raise HTTPException(404, "No such chart.")
    svg = report_charts(build_report(ctx.store, source_id=ctx.source_id))[name]
    return Response(svg, media_type="image/svg+xml")


@router.get("/reports/export.{fmt}")
def export(fmt: str = Path(..., pattern=r"^[a-z]{3,4}$"), user: Principal = Depends(manager),
           ctx: WebContext = Depends(get_ctx)) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(404, "No such format.")
    report = build_report(ctx.store, source_id=ctx.source_id)
    name = f"pii-report-{report.generated_at[:10]}.{fmt}"
    ctx.store.audit(actor=user.name, action="report", result="ok", detail={"format": fmt})
    return Response(render_report(report, fmt), media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
