"""The per-article work of a build and the executors that run it: in this process, on a
pool of worker processes, or on a Dask cluster.

One article goes through :class:`ArticleWorker`: annotate → extract → graph → canonical
N-Triples lines → its Turtle file, its SHACL results and its map page. What comes back is
an :class:`ArticleResult` of plain strings and numbers (no rdflib graph), so that results
travel cheaply between processes and a build holds at most the results of the batches in
flight. Each worker process loads natasha and the ontology once (:func:`worker_for`).

Executors take batches of articles and yield the results of each batch as it completes, in
whatever order; :mod:`kg.build` writes every result to its own files and assembles the
exports in a fixed order afterwards, so the output does not depend on the executor, the
number of workers or the order in which they finish.

* :class:`SerialExecutor` — in this process (``--jobs 1``, and the Python API's default);
* :class:`PoolExecutor` — ``--jobs N`` worker processes (``forkserver``: the server imports
  spaCy, natasha and rdflib and loads natasha's models once; each worker is a fork of it);
* :class:`DaskExecutor` — ``--executor dask [--scheduler ADDRESS]``: one task per batch on
  Dask distributed; results come back through the scheduler, so workers need no shared
  file system, only the same kg and ontology (checked: :func:`kg.cache.fingerprint`).
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from dataclasses import astuple, dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .errors import Errors, KgError
from .read import Article

if TYPE_CHECKING:
    from .graph import GraphBuilder

__all__ = ["Options", "ArticleResult", "ArticleWorker", "worker_for", "run_batch",
           "SerialExecutor", "PoolExecutor", "DaskExecutor", "make_executor", "EXECUTORS",
           "default_jobs"]

log = logging.getLogger("kg")

EXECUTORS = ("local", "dask")
FACT_KINDS = ("persons", "bodies", "officials", "events", "statements", "mentions",
              "foundings", "figures")


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Options:
    """What a worker makes besides the graph: the map page, the SHACL results."""

    maps: bool = True
    validate: bool = True


@dataclass
class ArticleResult:
    """One article, built: everything the build writes or counts for it."""

    id: str
    sha256: str
    iri: str
    title: str
    nquads: str                      # its named graph: sorted canonical N-Quads lines
    turtle: str                      # the text of articles/{id}.ttl
    map_html: str | None             # the text of maps/{id}.html (None: maps off)
    triples: int
    tokens: int
    facts: dict[str, int]
    violations: list[tuple] | None   # SHACL results as Violation tuples (None: not validated)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)   # stage → seconds


@dataclass
class ArticleFailure:
    """An article kg failed on: an error in kg's own code, reported and skipped so that one
    article does not stop a corpus (E074, naming the article's file and line)."""

    id: str
    error: KgError


def build_one(worker: "ArticleWorker", article: Article) -> "ArticleResult | ArticleFailure":
    """``worker(article)``, or the failure an unexpected error in it makes."""
    try:
        return worker(article)
    except KgError:
        raise
    except Exception as exc:        # noqa: BLE001 - any bug on one article: skip it, say so
        path, colon, line = article.origin.rpartition(":")     # «corpus.jsonl:12», «a.txt»
        where = {"path": path, "line": int(line)} if colon and line.isdigit() else {"path": article.origin}
        return ArticleFailure(article.id, KgError(Errors.E074, **where,
                                                  detail=f"{type(exc).__name__}: {exc}"))


@dataclass
class BatchResult:
    results: list["ArticleResult | ArticleFailure"]
    fingerprint: str = ""
    pid: int = 0


class ArticleWorker:
    """Builds one article at a time with an extractor and a graph builder."""

    def __init__(self, extractor=None, graph_builder: "GraphBuilder | None" = None,
                 options: Options = Options()) -> None:
        from .extract import Extractor
        from .graph import GraphBuilder
        self.extractor = extractor or Extractor.default()
        self.graph_builder = graph_builder or GraphBuilder(self.extractor.ontology)
        self.options = options
        self._shapes = None

    def __call__(self, article: Article) -> ArticleResult:
        from .graph import article_iri
        from .store.turtle import triple_lines, turtle_text
        clock = time.perf_counter
        t0 = clock()
        doc = self.extractor.annotate(article)
        t1 = clock()
        extraction = self.extractor(article, doc)
        t2 = clock()
        graph = None
        build_triples = getattr(self.graph_builder, "triples", None)
        if build_triples is not None:      # a GraphBuilder: no rdflib graph unless needed
            triples = build_triples(article, extraction)
        else:                              # any callable (article, extraction) → Graph
            triples = graph = self.graph_builder(article, extraction)
        t3 = clock()
        iri = str(article_iri(article.id))
        lines = triple_lines(triples)
        tail = f" <{iri}> .\n"
        nquads = "".join(line[:-2] + tail for line in lines)
        turtle = turtle_text(lines)
        t4 = clock()
        title = article.title or article.id
        violations = None
        data = triples if graph is None else graph      # what validation and the map read
        if self.options.validate:
            from .store.validate import shapes_graph, validate_triples
            if self._shapes is None:
                self._shapes = shapes_graph()
            violations = [astuple(v) for v in validate_triples(data, article_iri(article.id),
                                                               self._shapes)]
        t5 = clock()
        map_html = None
        if self.options.maps:          # article maps load the vis-network beside them
            from .viz.map import map_html as page
            map_html = page(data, title=title, ontology=self.extractor.ontology.graph, assets="")
        t6 = clock()
        facts = {"persons": len(extraction.persons), "bodies": len(extraction.bodies),
                 "officials": len(extraction.officials), "events": len(extraction.events),
                 "statements": len(extraction.statements), "mentions": len(extraction.mentions),
                 "foundings": len(extraction.foundings), "figures": len(extraction.figures)}
        return ArticleResult(
            id=article.id, sha256=article.sha256, iri=iri, title=title, nquads=nquads,
            turtle=turtle, map_html=map_html, triples=len(lines), tokens=len(doc),
            facts=facts, violations=violations, seconds=t6 - t0,
            stages={"annotate": t1 - t0, "extract": t2 - t1, "graph": t3 - t2,
                    "serialise": t4 - t3, "validate": t5 - t4, "map": t6 - t5})


# -- worker processes ---------------------------------------------------------------------
_WORKERS: dict[Options, ArticleWorker] = {}
_LOCK = threading.Lock()


def worker_for(options: Options) -> ArticleWorker:
    """This process's worker for ``options`` (models and ontology load on first use)."""
    with _LOCK:
        worker = _WORKERS.get(options)
        if worker is None:
            worker = _WORKERS[options] = ArticleWorker(options=options)
            if _OWN_PROCESS:          # a pool process of ours; not someone's Dask worker
                settle()
        return worker


_OWN_PROCESS = False


def settle() -> None:
    """Move every object alive now (models, vocabularies, the pipeline) out of the cyclic
    garbage collector's sight, in a pool process of ours that keeps them to its end (a Dask
    worker may be someone else's long-lived process: it is left alone).

    Extraction makes and drops many small objects, so Python's full collections come
    every few seconds, and each walked the 330,000 objects of the loaded models: freezing
    them took 0.85 ms an article off a worker (21.9 → 21.0 ms on the devset). In the
    forkserver it also keeps collections from touching the pages workers share."""
    import gc
    gc.collect()
    gc.freeze()


_FINGERPRINT: list[str] = []


def run_batch(articles: Sequence[Article], options: Options) -> BatchResult:
    """Build a batch of articles in this process (the task a pool or Dask worker runs)."""
    worker = worker_for(options)
    with _LOCK:   # a Dask worker may run tasks in threads; the pipeline is not thread-safe
        results = [build_one(worker, article) for article in articles]
        if not _FINGERPRINT:
            from .cache import fingerprint
            _FINGERPRINT.append(fingerprint())
    return BatchResult(results, _FINGERPRINT[0], os.getpid())


def _init_pool_worker(environment: dict[str, str]) -> None:
    global _OWN_PROCESS
    os.environ.update(environment)
    _OWN_PROCESS = True


def _passed_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k.startswith("KG_") or k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                            "MKL_NUM_THREADS")}


# -- executors ----------------------------------------------------------------------------
Batches = Iterable[Sequence[Article]]


class SerialExecutor:
    """Runs the batches one after the other in this process."""

    name = "local"

    def __init__(self, worker: ArticleWorker) -> None:
        self.worker = worker
        self.jobs = 1

    def run(self, batches: Batches) -> Iterator[BatchResult]:
        for batch in batches:     # this process: its fingerprint is the build's own
            yield BatchResult([build_one(self.worker, article) for article in batch], "", os.getpid())

    def close(self) -> None:
        pass


class PoolExecutor:
    """Runs the batches on ``jobs`` worker processes, at most ``2 × jobs`` batches in flight."""

    name = "local"

    def __init__(self, jobs: int, options: Options) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        self.jobs = jobs
        self.options = options
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            context.set_forkserver_preload(["kg._preload"])
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                        initializer=_init_pool_worker,
                                        initargs=(_passed_environment(),))

    def run(self, batches: Batches) -> Iterator[BatchResult]:
        from concurrent.futures import FIRST_COMPLETED, wait

        def first_done(pending: set) -> tuple[set, set]:
            return wait(pending, return_when=FIRST_COMPLETED)

        for future in _bounded(batches, 2 * self.jobs,
                               lambda batch: self.pool.submit(run_batch, batch, self.options),
                               first_done):
            yield future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Runs each batch as a task on Dask distributed: the scheduler at ``address``, or a
    LocalCluster of ``jobs`` single-threaded worker processes started for this build."""

    name = "dask"

    def __init__(self, jobs: int, options: Options, address: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise KgError(Errors.E071, detail="pip install 'kg[cluster]'") from exc
        self.options = options
        self.cluster = None
        try:
            if address:
                self.client = Client(address)   # distributed.comm.timeouts.connect (30 s)
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise KgError(Errors.E072, path=address or "LocalCluster", detail=str(exc)) from exc
        workers = self.client.scheduler_info().get("workers", {})
        threads = sum(w.get("nthreads", 1) for w in workers.values()) or jobs
        self.jobs = max(1, threads)

    def run(self, batches: Batches) -> Iterator[BatchResult]:
        from distributed import wait

        def first_done(pending: set) -> tuple[set, set]:
            done, not_done = wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(not_done)

        for future in _bounded(batches, 2 * self.jobs,
                               lambda batch: self.client.submit(run_batch, batch, self.options,
                                                                pure=False),
                               first_done):
            result = future.result()
            future.release()
            yield result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _bounded(batches: Batches, limit: int, submit, first_done) -> Iterator:
    """Submit batches keeping at most ``limit`` in flight; yield futures as they finish.
    Results are merged in article order by the caller, so finishing order does not matter."""
    pending: set = set()
    source = iter(batches)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            batch = next(source, None)
            if batch is None:
                exhausted = True
                break
            pending.add(submit(list(batch)))
        if not pending:
            return
        done, pending = first_done(pending)
        yield from done


def make_executor(executor: str, jobs: int, options: Options, *, worker: ArticleWorker | None = None,
                  scheduler: str | None = None):
    """The executor a build asked for (``local`` with one job runs in this process)."""
    if executor == "dask":
        return DaskExecutor(jobs, options, scheduler)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (known: {', '.join(EXECUTORS)})")
    if jobs <= 1:
        return SerialExecutor(worker or ArticleWorker(options=options))
    return PoolExecutor(jobs, options)


def summed_facts(rows: Iterable[dict[str, int]]) -> Counter:
    total: Counter = Counter()
    for facts in rows:
        total.update(facts)
    return total
