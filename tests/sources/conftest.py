"""A tiny scripted HTTP server on localhost for HttpClient tests (real sockets)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Handler = Callable[[BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    """Keeps a request's error (a client that hung up on a cut-off body, as some tests make it)
    in ``errors`` instead of printing its traceback: printed from the server's thread, it
    could land between two tests' captured output in a CI log."""

    def __init__(self, address, handler, errors: list[BaseException]):
        super().__init__(address, handler)
        self._errors = errors

    def handle_error(self, request, client_address) -> None:
        self._errors.append(sys.exc_info()[1])


class ScriptedServer:
    def __init__(self):
        self.routes: dict[str, Handler] = {}
        self.seen: list[tuple[str, str, dict[str, str]]] = []  # (method, path, headers)
        server = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.seen.append(("GET", self.path, dict(self.headers)))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                route(self)

        self.errors: list[BaseException] = []  # a handler's error, kept off the test output
        self.httpd = _QuietServer(("127.0.0.1", 0), _H, self.errors)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
         headers: dict[str, str] | None = None, content_length: int | None = None) -> None:
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body) if content_length is None
                                              else content_length))
    if content_length is not None and content_length != len(body):
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def server():
    s = ScriptedServer()
    yield s
    s.close()


@pytest.fixture
def other_server():
    s = ScriptedServer()
    yield s
    s.close()


@pytest.fixture
def send():
    """``send(handler, status, body=b"", headers=None, content_length=None)``."""
    return _send
