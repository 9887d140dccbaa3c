"""Query workers: processes that each hold the build's store open (read-only) and answer
one query at a time, so that a query past the time limit is stopped by killing its process.

A worker reopens the store when ``kg build`` has replaced it (the ``kg-store.json`` or
``graph.trig`` it was opened from changed).
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

__all__ = ["Answer", "WorkerPool", "answer_query", "is_update"]

log = logging.getLogger("kg")


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    rows: int = 0
    seconds: float = 0.0


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update (its first keyword after the prologue).

    >>> is_update("PREFIX ex: <http://e/> # c\\n INSERT DATA { ex:a ex:b ex:c }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    import re
    body = re.sub(r"#[^\n]*", " ", text)                       # comments (and #s in IRIs: harmless here)
    body = re.sub(r"(?is)^\s*((PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    word = re.match(r"\s*([A-Za-z]+)", body)
    return bool(word) and word.group(1).upper() in _UPDATE_WORDS


def _signature(out: Path) -> tuple:
    from ..store.oxstore import META_FILE, store_path
    sig = []
    for path in (store_path(out) / META_FILE, Path(out) / "graph.trig"):
        try:
            stat = path.stat()
            sig.append((stat.st_ino, stat.st_mtime_ns, stat.st_size))
        except OSError:
            sig.append(None)
    return tuple(sig)


class _StoreHolder:
    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.store = None
        self.signature = None

    def get(self):
        from ..store.oxstore import open_store
        signature = _signature(self.out)
        if self.store is None or signature != self.signature:
            self.store = None
            self.store = open_store(self.out)
            self.signature = signature
        return self.store


def answer_query(store, request: dict) -> Answer:
    """Run one query (``request``: query, accept, default_graphs, named_graphs, max_rows)."""
    import pyoxigraph as ox

    from ..vocab import PREFIXES
    from .results import (GRAPH_TYPES, SELECT_TYPES, negotiate, serialize_boolean,
                          serialize_solutions, serialize_triples)

    started = time.perf_counter()
    query = request["query"]
    max_rows = int(request.get("max_rows") or 10000)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    kwargs: dict = {"prefixes": prefixes}
    if request.get("default_graphs"):      # else: the store's default graph, the merged union
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
    if request.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    try:
        result = store.query(query, **kwargs)
        if isinstance(result, ox.QueryBoolean):
            media = negotiate(request.get("accept"), SELECT_TYPES)
            body = serialize_boolean(bool(result), SELECT_TYPES[media])
            return Answer(200, _typed(media), body, 1, time.perf_counter() - started)
        if isinstance(result, ox.QuerySolutions):
            media = negotiate(request.get("accept"), SELECT_TYPES)
            variables = [v.value for v in result.variables]
            rows = []
            for solution in result:
                if len(rows) >= max_rows:
                    return _too_many(max_rows)
                rows.append([solution[v] for v in variables])
            body = serialize_solutions(variables, rows, SELECT_TYPES[media])
            return Answer(200, _typed(media), body, len(rows), time.perf_counter() - started)
        media = negotiate(request.get("accept"), GRAPH_TYPES)
        triples = []
        for triple in result:
            if len(triples) >= max_rows:
                return _too_many(max_rows, "triples")
            triples.append(triple)
        body = serialize_triples(triples, media, prefixes)
        return Answer(200, _typed(media), body, len(triples), time.perf_counter() - started)
    except SyntaxError as exc:
        return _error(400, f"SPARQL syntax error: {exc}")
    except (ValueError, TypeError) as exc:
        return _error(400, f"cannot run the query: {exc}")
    except OSError as exc:
        return _error(500, f"the store cannot be read: {exc}")


def _typed(media: str) -> str:
    if media.startswith("text/") or media.endswith(("json", "xml", "triples")):
        return f"{media}; charset=utf-8"
    return media


def _too_many(limit: int, what: str = "rows") -> Answer:
    return _error(400, f"the result has more than {limit} {what}, the limit of this endpoint: "
                       "add LIMIT and OFFSET to page through it, or use 'kg export'")


def worker_main(conn: Connection, out: str) -> None:  # pragma: no cover - runs in a child
    """The loop of a worker process: answer requests until the pipe closes."""
    from ..errors import KgError
    holder = _StoreHolder(Path(out))
    try:                     # open the store before the first query: it is not timed
        holder.get()
        conn.send("ready")
    except Exception as exc:  # noqa: BLE001 - said to the parent, which answers 503 per query
        conn.send(f"not ready: {exc}")
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            store = holder.get()
            answer = answer_query(store, request)
        except KgError as exc:
            answer = _error(503, str(exc))
        except Exception as exc:  # a bug: answer it rather than die silently
            answer = _error(500, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, out: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, str(out)), daemon=True,
                                   name="kg-serve-worker")
        self.process.start()
        child.close()

    def wait_ready(self, seconds: float = 120.0) -> bool:
        """Wait for the worker to have imported kg and opened the store."""
        try:
            if self.conn.poll(seconds):
                message = self.conn.recv()
                if message != "ready":
                    log.warning("serve: %s", message)
                return True
        except (EOFError, OSError):
            pass
        return False

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, ValueError, AttributeError):
            pass
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


class WorkerPool:
    """``size`` worker processes; :meth:`run` hands a query to an idle one and kills it
    (and starts a fresh one) when it takes longer than ``timeout`` seconds."""

    def __init__(self, out: Path, size: int = 2, timeout: float = 30.0) -> None:
        import queue
        self.out = Path(out)
        self.timeout = timeout
        self.ctx = mp.get_context("spawn")
        self.idle: "queue.Queue[_Worker]" = queue.Queue()
        self.lock = threading.Lock()
        self.workers: list[_Worker] = []
        starting = [self._start() for _ in range(max(1, size))]
        for worker in starting:            # the first queries are not slowed by start-up
            worker.wait_ready()
            self.idle.put(worker)

    def _start(self) -> _Worker:
        worker = _Worker(self.ctx, self.out)
        with self.lock:
            self.workers.append(worker)
        return worker

    def _add(self) -> None:
        """Start a worker; it joins the idle ones once ready (in the background)."""
        worker = self._start()

        def ready() -> None:
            worker.wait_ready()
            self.idle.put(worker)
        threading.Thread(target=ready, daemon=True, name="kg-serve-start").start()

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self.lock:
            if worker in self.workers:
                self.workers.remove(worker)
        self._add()

    def run(self, request: dict) -> Answer:
        import queue
        started = time.perf_counter()
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return _error(503, "every query worker is busy; try again later")
        remaining = max(0.1, self.timeout - (time.perf_counter() - started))
        try:
            worker.conn.send(request)
            if worker.conn.poll(remaining):
                answer = worker.conn.recv()
                self.idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError) as exc:
            log.warning("serve: a query worker died (%s); starting another", exc)
            self._replace(worker)
            return _error(500, "the query worker died; try again")
        log.warning("serve: a query ran past %.0f s; stopping it", self.timeout)
        self._replace(worker)
        return _error(503, f"the query ran past the time limit of {self.timeout:g} s and was "
                           "stopped; narrow it or add LIMIT")

    def close(self) -> None:
        with self.lock:
            workers, self.workers = list(self.workers), []
        for worker in workers:
            worker.stop()
