"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build, with its maps and a
small query page. Standard library only (``http.server``).

Routes: ``/sparql`` (GET ``?query=``; POST form ``query=`` or ``application/sparql-query``;
``default-graph-uri`` and ``named-graph-uri`` honoured; updates refused with 403),
``/`` (the query page), ``/queries.json`` (the named queries), ``/map.html`` and
``/maps/NAME.html`` (the build's maps, with the vis-network files they load).
"""
from __future__ import annotations

import ipaddress
import json
import logging
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import Errors, KgError
from .worker import Answer, WorkerPool, is_update

__all__ = ["SparqlServer", "make_server", "is_loopback"]

log = logging.getLogger("kg")

MAX_BODY = 1 << 20          # a query of more than 1 MiB is refused
_MAP_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.html$")
_MAP_ASSETS = {"/maps/vis-network.min.js": "application/javascript; charset=utf-8",
               "/maps/vis-network.css": "text/css; charset=utf-8"}


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, out: Path, pool: WorkerPool | None, *, max_rows: int, timeout: float,
                 quiet: bool = False) -> None:
        self.out = Path(out)
        self.pool = pool
        self.max_rows = max_rows
        self.query_timeout = timeout
        self.quiet = quiet
        self._page: bytes | None = None
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}"

    def page(self) -> bytes:
        if self._page is None:
            from importlib import resources
            self._page = resources.files("kg.serve").joinpath("page.html").read_bytes()
        return self._page

    def named_queries(self) -> list[dict]:
        from ..store.query import named_queries
        out = []
        for name, path in named_queries().items():
            text = path.read_text(encoding="utf-8")
            first = text.splitlines()[0].lstrip("# ") if text else name
            out.append({"name": name, "title": first, "query": text})
        return out

    def shutdown_all(self) -> None:
        self.shutdown()
        self.server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    # -- plumbing ----------------------------------------------------------------------
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
        if not self.server.quiet:
            log.warning("serve: %s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _file(self, path: Path, content_type: str) -> None:
        try:
            body = path.read_bytes()
        except OSError:
            self._text(404, f"not found: {self.path} (build with maps: 'kg build' without --no-maps)")
            return
        self._send(200, body, content_type)

    # -- routes ------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/sparql", "/query"):
            self._sparql(params)
        elif url.path in ("/", "/index.html"):
            self._send(200, self.server.page(), "text/html; charset=utf-8")
        elif url.path == "/queries.json":
            body = json.dumps(self.server.named_queries(), ensure_ascii=False).encode("utf-8")
            self._send(200, body, "application/json; charset=utf-8")
        elif url.path in ("/map", "/map.html"):
            self._file(self.server.out / "map.html", "text/html; charset=utf-8")
        elif url.path.startswith("/maps/") and _MAP_NAME.match(url.path[len("/maps/"):]):
            self._file(self.server.out / "maps" / url.path[len("/maps/"):], "text/html; charset=utf-8")
        elif url.path in _MAP_ASSETS:      # the vis-network that article maps load
            self._file(self.server.out / url.path.lstrip("/"), _MAP_ASSETS[url.path])
        elif url.path == "/favicon.ico":
            self._send(204, b"", "image/x-icon")
        else:
            self._text(404, f"not found: {url.path} (try / for the query page, /sparql for SPARQL)")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/update"):
            self._text(404, f"not found: {url.path}")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._text(413, f"the request body must be at most {MAX_BODY} bytes")
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/update" or media == "application/sparql-update":
            self._read_only()
            return
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        else:
            self._text(415, "POST a query as application/x-www-form-urlencoded (query=…) or "
                            "application/sparql-query")
            return
        self._sparql(params)

    def _read_only(self) -> None:
        self._text(403, "this endpoint is read-only: SPARQL Update is refused "
                        "(rebuild with 'kg build', or push to a triple store with 'kg push')")

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._read_only()
            return
        queries = params.get("query") or []
        if not queries:
            accept = self.headers.get("Accept") or ""
            if "text/html" in accept:
                self._send(303, b"", "text/plain", {"Location": "/"})
            else:
                self._send(200, self._service_description(), "text/turtle; charset=utf-8")
            return
        if len(queries) > 1:
            self._text(400, "give one query= parameter")
            return
        query = queries[0]
        if is_update(query):
            self._read_only()
            return
        accept = self.headers.get("Accept")
        fmt = (params.get("format") or [""])[0].lower()
        if fmt:
            from .results import FORMAT_ALIASES
            if fmt not in FORMAT_ALIASES:
                self._text(400, f"unknown format={fmt} (known: {', '.join(FORMAT_ALIASES)})")
                return
            accept = ", ".join(m for m in FORMAT_ALIASES[fmt] if m)
        request = {"query": query, "accept": accept, "max_rows": self.server.max_rows,
                   "default_graphs": params.get("default-graph-uri") or [],
                   "named_graphs": params.get("named-graph-uri") or []}
        started = time.perf_counter()
        answer: Answer = self.server.pool.run(request)
        extra = {"X-Kg-Rows": str(answer.rows),
                 "X-Kg-Seconds": f"{time.perf_counter() - started:.3f}"}
        self._send(answer.status, answer.body, answer.content_type, extra)

    def _service_description(self) -> bytes:
        endpoint = f"{self.server.url}/sparql"
        formats = "\n".join(f"    sd:resultFormat <http://www.w3.org/ns/formats/{f}> ;" for f in (
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "RDF_XML", "JSON-LD"))
        return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
{formats}
    sd:defaultDataset [ a sd:Dataset ] .
""".encode("utf-8")


def make_server(out: Path, host: str = "127.0.0.1", port: int = 8000, *, workers: int = 2,
                timeout: float = 30.0, max_rows: int = 10000, quiet: bool = False) -> SparqlServer:
    """A server over the build in ``out`` (not yet serving: call ``serve_forever``).

    Raises :class:`KgError` E022 when there is no build, E069 when the address is taken."""
    from ..store.oxstore import open_store

    out = Path(out)
    open_store(out)          # fail now, with the store's own message, rather than per query
    try:                     # bind first: a taken port fails before any worker starts
        server = SparqlServer((host, port), out, None, max_rows=max_rows, timeout=timeout, quiet=quiet)
    except OSError as exc:
        raise KgError(Errors.E069, path=f"{host}:{port}", detail=exc.strerror or str(exc)) from exc
    server.pool = WorkerPool(out, size=workers, timeout=timeout)
    return server


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve on a daemon thread (tests and embedding); stop with ``server.shutdown_all()``."""
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    return thread
