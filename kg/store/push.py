"""Push a build to a triple store with the SPARQL 1.1 Graph Store Protocol.

Each article's named graph goes in its own ``PUT URL?graph=IRI`` (Virtuoso also takes
``graph-uri``): a PUT replaces the graph, so pushing twice changes nothing and a changed
article replaces only its own graph. Graphs are read from the store and sent one at a time
as N-Triples (a subset of Turtle, sent as ``text/turtle``, which every GSP server takes);
nothing holds more than one graph in memory.

Failures: a dropped connection, a time-out and a 5xx answer are retried with exponential
back-off; 401 and 403 stop at once (:data:`~kg.errors.Errors.E065`); another 4xx means the
server rejected that graph: it is reported and the push goes on with the others.

>>> push_url("http://127.0.0.1:8890/sparql-graph-crud-auth", "graph-uri", "https://w3id.org/kg-news/id/article/1")
'http://127.0.0.1:8890/sparql-graph-crud-auth?graph-uri=https%3A%2F%2Fw3id.org%2Fkg-news%2Fid%2Farticle%2F1'
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator
from urllib.parse import urlencode

import pyoxigraph as ox

from ..errors import Errors, KgError

__all__ = ["PushReport", "Rejected", "GraphStoreClient", "push_store", "push_url", "graph_payloads"]

log = logging.getLogger("kg")

CONTENT_TYPE = "text/turtle; charset=utf-8"


@dataclass(frozen=True)
class Rejected:
    graph: str
    status: int
    message: str


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    retries: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0


def push_url(url: str, param: str, graph: str) -> str:
    return url + ("&" if "?" in url else "?") + urlencode({param: graph})


def graph_payloads(store: ox.Store) -> Iterator[tuple[str, int, bytes]]:
    """Each named graph of the store, sorted: its IRI, its triple count and its N-Triples
    (sorted, so the same graph is always the same bytes)."""
    for name in sorted(store.named_graphs(), key=str):
        triples = sorted((q.triple for q in store.quads_for_pattern(None, None, None, name)), key=str)
        yield name.value, len(triples), ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def _reason(exc: Exception) -> str:
    """The root cause of a requests error, without urllib3's wrapping («Connection refused»)."""
    import re
    text = str(exc)
    found = re.findall(r"\[Errno -?\d+\] ([^'\")]+)", text)
    if found:
        return f"{type(exc).__name__}: {found[-1].strip()}"
    for marker in ("RemoteDisconnected(", "ConnectionResetError(", "ReadTimeoutError(", "timed out"):
        if marker in text:
            return f"{type(exc).__name__}: {marker.rstrip('(')}"
    return f"{type(exc).__name__}: {_excerpt(text, 160)}"


def _excerpt(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class GraphStoreClient:
    """A small Graph Store Protocol client (``requests``) with retries and back-off."""

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None,
                 auth: str = "basic", graph_param: str = "graph", retries: int = 4,
                 backoff: float = 0.5, timeout: float = 120.0) -> None:
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        if not url.lower().startswith(("http://", "https://")):
            raise KgError(Errors.E064, path=url, detail="the URL must start with http:// or https://")
        self.url = url
        self.graph_param = graph_param
        self.retries = max(0, retries)
        self.backoff = backoff
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "kg-push"
        if user is not None:
            self.session.auth = (HTTPDigestAuth if auth == "digest" else HTTPBasicAuth)(user, password or "")
        self.retried = 0

    def close(self) -> None:
        self.session.close()

    def put(self, graph: str, body: bytes) -> Rejected | None:
        """PUT one graph; None when the server took it, a :class:`Rejected` for a 4xx.
        Raises E064 (unreachable), E065 (401/403) or E066 (5xx after every retry)."""
        import requests

        target = push_url(self.url, self.graph_param, graph)
        attempt = 0
        while True:
            problem: str
            try:
                response = self.session.put(target, data=body, timeout=self.timeout,
                                            headers={"Content-Type": CONTENT_TYPE})
            except (requests.ConnectionError, requests.Timeout) as exc:
                problem, status = _reason(exc), None
            else:
                status = response.status_code
                if 200 <= status < 300:
                    response.close()
                    return None
                text = response.text
                response.close()
                if status in (401, 403):
                    raise KgError(Errors.E065, path=self.url, detail=(
                        f"HTTP {status} {response.reason} for graph <{graph}>: check --user and "
                        "--password-env, and --auth (Virtuoso's /sparql-graph-crud-auth wants "
                        "digest; the user needs the SPARQL_UPDATE role)"))
                if status < 500:
                    return Rejected(graph, status, f"HTTP {status} {response.reason}: {_excerpt(text)}")
                problem = f"HTTP {status} {response.reason}: {_excerpt(text)}"
            if attempt >= self.retries:
                if status is None:
                    raise KgError(Errors.E064, path=self.url, detail=(
                        f"{_excerpt(problem)} (after {attempt + 1} attempt(s)); is the server running?"))
                raise KgError(Errors.E066, path=self.url, detail=(
                    f"graph <{graph}>: {problem} (after {attempt + 1} attempt(s))"))
            delay = self.backoff * (2 ** attempt)
            log.warning("push: %s for <%s>; retrying in %.1f s", _excerpt(problem, 120), graph, delay)
            time.sleep(delay)
            attempt += 1
            self.retried += 1


def push_store(store: ox.Store, url: str, *, user: str | None = None, password: str | None = None,
               auth: str = "basic", graph_param: str = "graph", dry_run: bool = False,
               retries: int = 4, backoff: float = 0.5, timeout: float = 120.0,
               on_graph: Callable[[str, int, Rejected | None], None] | None = None) -> PushReport:
    """PUT every named graph of ``store`` to the GSP endpoint ``url``.

    ``on_graph(iri, triples, rejected)`` is called after each graph. With ``dry_run`` the
    server is not contacted: the report says what would be sent."""
    started = time.perf_counter()
    report = PushReport()
    client = None if dry_run else GraphStoreClient(
        url, user=user, password=password, auth=auth, graph_param=graph_param,
        retries=retries, backoff=backoff, timeout=timeout)
    try:
        for graph, count, body in graph_payloads(store):
            rejected = None if client is None else client.put(graph, body)
            if rejected is None:
                report.graphs += 1
                report.triples += count
            else:
                report.rejected.append(rejected)
                log.warning("push: the server rejected <%s>: %s", graph, rejected.message)
            if on_graph is not None:
                on_graph(graph, count, rejected)
    finally:
        if client is not None:
            report.retries = client.retried
            client.close()
    report.seconds = time.perf_counter() - started
    return report
