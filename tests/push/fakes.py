"""A scripted Graph Store Protocol server for the failure cases real servers do not show on
demand: 5xx answers, dropped connections, a rejected graph, refused credentials."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeGraphStore(ThreadingHTTPServer):
    """``script(graph, attempt) -> int | "drop"``: the status to answer a PUT of ``graph``
    (its ``attempt``-th PUT, from 1) with, or ``"drop"`` to close the connection unanswered."""

    daemon_threads = True

    def __init__(self, script) -> None:
        self.script = script
        self.attempts: dict[str, int] = {}
        self.received: dict[str, bytes] = {}
        self.auth_headers: list[str | None] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/store"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_PUT(self) -> None:  # noqa: N802
        server: FakeGraphStore = self.server
        graph = parse_qs(urlsplit(self.path).query).get("graph", [""])[0]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with server.lock:
            server.attempts[graph] = attempt = server.attempts.get(graph, 0) + 1
            server.auth_headers.append(self.headers.get("Authorization"))
        action = server.script(graph, attempt)
        if action == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if 200 <= action < 300:
            server.received[graph] = body
        message = {400: b"Parse error: bad data\n", 401: b"Unauthorized\n",
                   503: b"Service busy\n"}.get(action, b"")
        self.send_response(action)
        if action == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="fake"')
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        self.wfile.write(message)
