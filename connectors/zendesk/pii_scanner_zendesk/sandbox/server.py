"""Two stdlib HTTP listeners: the API host (127.0.0.1) and the user-content host (localhost)."""

from __future__ import annotations

import base64
import hmac
import json
import logging
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from .config import SandboxConfig
from .limits import Governor, Verdict
from .planted import Planted
from .routes import CONTENT_ROUTE, NOT_FOUND, ROUTES, Api, BadRequest, Request, Response
from .state import Invalid, NotFound, SandboxState

log = logging.getLogger(__name__)
UNAUTHORIZED = {"error": "Couldn't authenticate you"}
FORBIDDEN = {"error": "Forbidden", "description": "You do not have access to this page. Please contact the "
             "account owner of this help desk for further help."}
MAX_BODY = 50 * 1024 * 1024


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class SandboxServer:
    """A Zendesk-compatible helpdesk on real sockets; use as a context manager."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self._api: _Server | None = None
        self._content: _Server | None = None
        self._threads: list[threading.Thread] = []
        self.state: SandboxState | None = None
        self.governor = Governor(self.config.requests_per_minute, self.config.incremental_per_minute,
                                 self.config.faults, self.config.seed)
        self._routes: Api | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> SandboxServer:
        if self._api is not None:
            return self
        self._api = _Server((self.config.host, self.config.port), _handler(self, content_host=False))
        self._content = _Server(("localhost", self.config.content_port), _handler(self, content_host=True))
        self.state = SandboxState(self.config, self.base_url)
        self._routes = Api(self.state, self.base_url, self.content_base_url)
        for server in (self._api, self._content):
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for server in (self._api, self._content):
            if server is not None:
                server.shutdown()
                server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._api = self._content = None
        self._threads.clear()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what clients and tests need -----------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._api.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def content_base_url(self) -> str:
        return f"http://localhost:{self._content.server_address[1]}"

    @property
    def email(self) -> str:
        return self.config.email

    @property
    def token(self) -> str:
        return self.config.token

    def manifest(self) -> list[Planted]:
        """Every planted personal value in the generated data and where it is served."""
        return list(self.iter_manifest())

    def iter_manifest(self) -> Iterator[Planted]:
        return self.state.world.planted()

    def stats(self) -> dict:
        snap = self.governor.snapshot()
        layout = self.state.world.layout
        snap["counts"] = {"tickets": layout.tickets, "users": layout.users,
                          "organizations": layout.organizations, "mutations": self.state.mutations}
        return snap

    # -- authentication ------------------------------------------------------------------
    def authenticate(self, header: str | None) -> str | None:
        """Returns the granted scopes ('read write'), or None for bad credentials."""
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and self.config.oauth_token:
            return self.config.oauth_scopes if hmac.compare_digest(value.strip(), self.config.oauth_token) else None
        if scheme.lower() == "basic":
            try:
                user, _, secret = base64.b64decode(value.strip()).decode("utf-8").partition(":")
            except (ValueError, UnicodeDecodeError):
                return None
            expected = f"{self.config.email}/token"
            if hmac.compare_digest(user.lower(), expected.lower()) and hmac.compare_digest(secret, self.config.token):
                return "read write"
        return None

    # -- dispatch ------------------------------------------------------------------------
    def dispatch(self, method: str, target: str, headers: dict[str, str], body: bytes,
                 content_host: bool) -> tuple[Response, Verdict, bool]:
        parts = urlsplit(target)
        path, query = parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))
        if content_host:
            match = CONTENT_ROUTE.match(path)
            if method != "GET" or not match:
                return Response(404, NOT_FOUND), Verdict(), False
            verdict = self.governor.admit("content", "content", False, True)
            req = Request(method, path, query, body, headers, match.groups())
            return self._run(self._routes.content, req), verdict, False
        if path.rstrip("/") == "/sandbox/status" and method == "GET":
            return Response(200, self.stats()), Verdict(), False
        for route_method, pattern, name, family, incremental, write in ROUTES:
            match = pattern.match(path)
            if not match:
                continue
            if route_method != method:
                continue
            verdict = self.governor.admit(name, family, incremental, False)
            if verdict.fault:
                return Response(), verdict, incremental
            scopes = self.authenticate(headers.get("authorization"))
            if scopes is None and not (name == "me" and not headers.get("authorization")):
                return Response(401, UNAUTHORIZED), verdict, incremental
            if scopes is None:  # anonymous /users/me.json, as Zendesk answers it
                return Response(200, {"user": {"id": None, "name": "Anonymous user", "email": "invalid@example.com",
                                               "role": "end-user"}}), verdict, incremental
            if write and "write" not in scopes.split():
                return Response(403, FORBIDDEN), verdict, incremental
            req = Request(method, path, query, body, headers, match.groups())
            return self._run(getattr(self._routes, name), req), verdict, incremental
        known_path = any(p.match(path) for _, p, *_ in ROUTES)
        if known_path:
            return Response(405, {"error": "MethodNotAllowed", "description": "Method not allowed"}), Verdict(), False
        return Response(404, {"error": "InvalidEndpoint", "description": "Not found"}), Verdict(), False

    @staticmethod
    def _run(handler, req: Request) -> Response:
        try:
            return handler(req)
        except NotFound:
            return Response(404, NOT_FOUND)
        except BadRequest as exc:
            return Response(400, {"error": "InvalidValue", "description": str(exc)})
        except Invalid as exc:
            return Response(422, {"error": "RecordInvalid", "description": "Record validation errors",
                                  "details": {"base": [{"description": str(exc)}]}})
        except Exception:  # a sandbox bug must look like a server error, not a dropped socket
            log.exception("sandbox handler %s failed", getattr(handler, "__name__", handler))
            return Response(500, {"error": "InternalError", "description": "Sandbox handler failed"})


def _handler(sandbox: SandboxServer, content_host: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "ZendeskSandbox/1.0"

        def log_message(self, format, *args) -> None:  # noqa: A002 - stdlib signature
            pass  # request lines carry ids and tokens; keep the console quiet

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self.send_error(413)
                return
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            response, verdict, incremental = sandbox.dispatch(self.command, self.path, headers, body, content_host)
            if verdict.delay_s:
                time.sleep(verdict.delay_s)
            if verdict.fault == "drop":
                self.close_connection = True
                return
            if verdict.fault in ("burst_429", "rate_limited"):
                response = Response(429, {"error": "APIRateLimitExceeded",
                                          "description": "Number of allowed API requests per minute exceeded"},
                                    headers={"Retry-After": str(verdict.retry_after)})
            elif verdict.fault == "error":
                response = Response(verdict.status, {"error": "InternalError",
                                                     "description": "Something went wrong"})
            data = response.body
            if data is None:
                data = b"" if response.payload is None else json.dumps(
                    response.payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if verdict.fault == "truncate":
                data = data[: max(1, len(data) // 2)]
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(data)))
            if not content_host:
                for key, value in sandbox.governor.headers(incremental).items():
                    self.send_header(key, value)
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                try:
                    for start in range(0, len(data), 1 << 16):
                        self.wfile.write(data[start:start + (1 << 16)])
                except (BrokenPipeError, ConnectionResetError):  # client stopped reading (size cap)
                    self.close_connection = True
                    return
            sandbox.governor.finished(response.status, len(data), content_host and response.status == 200)

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve

    return Handler
