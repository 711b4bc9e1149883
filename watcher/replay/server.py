"""The replay server core: routing by path prefix, a request log, faults.

Services plug in as handlers mounted on a prefix (`/ctgov/api/v2`,
`/eutils`, `/feeds`); this module knows nothing about their formats. Faults
(delay, status codes with headers, truncated bodies, connection resets) are
queued per prefix and consumed in order, so "429 then 200" is two lines in a
test.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class ReplayRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def param(self, name: str, default: str | None = None) -> str | None:
        """One parameter from the query string or, for POSTs, the form body."""
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def params(self) -> dict[str, str]:
        return {k: v[0] for k, v in self.query.items()}


@dataclass
class ReplayResponse:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[ReplayRequest], ReplayResponse]


@dataclass
class Fault:
    """One injected misbehaviour, consumed by the next matching request."""

    status: int | None = None
    body: bytes = b""
    content_type: str = "text/plain"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate: bool = False
    reset: bool = False
    times: int = 1


class ReplayServer:
    """A threaded HTTP server on 127.0.0.1 and an ephemeral port.

    Use as a context manager; `url` is the base address, `log` the requests
    served (faulted ones included), in order.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._routes: list[tuple[str, Handler]] = []
        self._faults: dict[str, list[Fault]] = {}
        self._lock = threading.Lock()
        self.log: list[ReplayRequest] = []
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- configuration -------------------------------------------------
    def mount(self, prefix: str, handler: Handler) -> None:
        self._routes.append((prefix.rstrip("/"), handler))
        self._routes.sort(key=lambda r: len(r[0]), reverse=True)

    def add_fault(self, prefix: str, fault: Fault | None = None, **kwargs) -> None:
        fault = fault or Fault(**kwargs)
        with self._lock:
            self._faults.setdefault(prefix.rstrip("/"), []).append(fault)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def count(self, prefix: str = "") -> int:
        """Requests received whose path starts with `prefix`."""
        with self._lock:
            return sum(1 for r in self.log if r.path.startswith(prefix))

    def reset_log(self) -> None:
        with self._lock:
            self.log.clear()

    # -- lifecycle -------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- dispatch --------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for prefix, queue in self._faults.items():
                if path.startswith(prefix) and queue:
                    fault = queue[0]
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.pop(0)
                    return fault
        return None

    def dispatch(self, request: ReplayRequest) -> ReplayResponse:
        for prefix, handler in self._routes:
            if request.path == prefix or request.path.startswith(prefix + "/"):
                try:
                    return handler(request)
                except Exception as e:  # a bug in a handler is a 500, as in real life
                    return ReplayResponse(500, f"replay handler error: {e}".encode(), "text/plain")
        return ReplayResponse(404, f"no route for {request.path}".encode(), "text/plain")

    def _handler_class(self):
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # keep test output clean
                pass

            def _serve(self, method: str) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query, keep_blank_values=True)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                ctype = self.headers.get("Content-Type", "")
                if method == "POST" and "application/x-www-form-urlencoded" in ctype:
                    for k, v in parse_qs(
                        body.decode("utf-8", "replace"), keep_blank_values=True
                    ).items():
                        query.setdefault(k, []).extend(v)
                req = ReplayRequest(method, parts.path, query, body, dict(self.headers.items()))
                with server._lock:
                    server.log.append(req)
                fault = server._take_fault(parts.path)
                if fault and fault.delay:
                    time.sleep(fault.delay)
                if fault and fault.reset:
                    self._reset()
                    return
                if fault and fault.status is not None:
                    resp = ReplayResponse(
                        fault.status, fault.body, fault.content_type, dict(fault.headers)
                    )
                else:
                    resp = server.dispatch(req)
                self._send(resp, truncate=bool(fault and fault.truncate))

            def _reset(self) -> None:
                try:
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
                except OSError:
                    pass
                self.close_connection = True
                self.connection.close()

            def _send(self, resp: ReplayResponse, truncate: bool) -> None:
                body = resp.body
                self.send_response(resp.status)
                self.send_header("Content-Type", resp.content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if truncate:
                    self.wfile.write(body[: max(1, len(body) // 2)])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.wfile.write(body)

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

        return _Handler
