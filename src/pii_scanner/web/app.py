"""The app factory: one FastAPI app per settings, routers per resource, secure defaults."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from pii_scanner.config import Settings
from pii_scanner.store import Store
from pii_scanner.store.fingerprint import Fingerprinter
from pii_scanner.store.tables import Source
from pii_scanner.web.context import WebContext
from pii_scanner.web.deps import CsrfFailed, Forbidden, NotSignedIn

HERE = Path(__file__).parent
#: no inline scripts or styles, nothing from other origins, no framing
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def create_app(settings: Settings, *, store: Store | None = None,
               connector_factory: Callable[[], Any] | None = None,
               key: bytes | None = None) -> FastAPI:
    """Build the review web app for ``settings``.

    ``store``, ``connector_factory`` and ``key`` default to what ``settings`` describe (the
    store URL, the Zendesk connector, the fingerprint key); tests pass their own.
    """
    from pii_scanner.pipeline.build import build_connector, load_key, open_store, source_name

    store = store or open_store(settings)
    fingerprinter = Fingerprinter(key if key is not None else load_key(settings))
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    templates.env.globals["roles_for"] = _ROLE_PAGES
    ctx = WebContext(settings=settings, store=store,
                     connector_factory=connector_factory or (lambda: build_connector(settings)),
                     fingerprinter=fingerprinter, templates=templates,
                     source_id=_source_id(store, source_name(settings)))
    app = FastAPI(title="pii-scanner review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = ctx
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from pii_scanner.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)
    _install_handlers(app, ctx)
    return app


#: (label, path, roles) of the navigation links
_ROLE_PAGES = (("Queue", "/queue", ("agent", "admin")),
               ("Dashboard", "/dashboard", ("manager", "admin")),
               ("Audit log", "/audit", ("manager", "admin")),
               ("Allow-list", "/allow-list", ("agent", "manager", "admin")),
               ("GDPR", "/gdpr", ("manager", "admin")),
               ("Users", "/users", ("admin",)))


def _source_id(store: Store, name: str) -> int | None:
    with Session(store.engine) as s:
        return s.scalar(select(Source.id).where(Source.name == name))


def _wants_html(request: Request) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "text/html")


def _install_handlers(app: FastAPI, ctx: WebContext) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
        if _wants_html(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return JSONResponse({"error": "sign in first"}, status_code=401)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, "Your role does not give access to this page.")

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, exc: CsrfFailed) -> Response:
        return _error(request, 403, "The form was missing its security token. Reload the page and try again.")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        return _error(request, 422, "Invalid value for " + ", ".join(fields) + "."
                      if fields else "Invalid request.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    def _error(request: Request, status: int, message: str) -> Response:
        if _wants_html(request) or request.headers.get("content-type", "").startswith(
                "application/x-www-form-urlencoded"):
            return ctx.templates.TemplateResponse(
                request, "errors/error.html",
                {"status": status, "message": message, "user": getattr(request.state, "user", None)},
                status_code=status)
        return JSONResponse({"error": message}, status_code=status)
