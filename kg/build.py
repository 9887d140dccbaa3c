"""Build: inputs → articles → annotated Docs → extractions → named graphs → exports and maps.

>>> from kg.build import Builder
>>> report = Builder().build(["seeds"], "exports")        # doctest: +SKIP

A build streams. Articles are read one at a time and sent, in batches, to an executor
(:mod:`kg.parallel`: this process, ``jobs`` worker processes or a Dask cluster); each result
(the article's N-Quads, Turtle, map page, SHACL results and counts) is written to its own
files as it arrives and recorded in ``OUT/.kg/`` (:mod:`kg.cache`). Only then are the
whole-corpus files assembled, in the order of the article IRIs, from what is on disk:
``graph.trig`` by concatenating the article graphs, ``graph.ttl`` by merging their sorted
lines, the store from those two, the corpus map. Neither the number of workers nor the order
in which they finish changes a byte of the output, and memory holds at most the batches in
flight (plus, for the corpus map, the union graph: see ``map_limit``).

A rebuild into the same ``OUT`` extracts only new and changed articles (by content hash),
drops the files of articles no longer in the inputs and keeps the rest; a build that was
interrupted resumes. Anything that shapes the output (kg, its ontology, its models) changing
invalidates everything (:func:`kg.cache.fingerprint`).
"""
from __future__ import annotations

import hashlib
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from rdflib import Graph

from .cache import BuildState, Row, fingerprint
from .errors import Errors, KgError
from .parallel import ArticleFailure, ArticleResult, ArticleWorker, Options, make_executor
from .read import Article, iter_articles
from .store.export import article_file
from .store.oxstore import CHUNK_BYTES, StoreLoader, store_meta, store_path
from .store.turtle import (header, merge_sorted, quad_lines_to_triples, trig_block,
                           trig_block_of_turtle, turtle_body)

__all__ = ["Builder", "BuildReport", "count_articles", "MAP_LIMIT"]

log = logging.getLogger("kg")

#: The corpus map (``map.html``) is drawn for builds of at most this many articles: it holds
#: the union graph in memory (about 1 GB per 1,000 articles) and takes about 25 ms an
#: article, and a browser handles about 5,000 nodes (``docs/map.md``; the devset gives 11
#: nodes an article). Above it the map is skipped with a message (``kg viz --focus NAME``
#: draws a part of a big build).
MAP_LIMIT = 500
#: Lines of N-Triples sorted in memory at a time while ``graph.ttl`` is merged.
RUN_LINES = 100_000
#: Articles whose rows are committed together (after their files are written).
FLUSH_ARTICLES = 32

Progress = Callable[[int], None]   # called with the number of articles done so far


@dataclass
class BuildReport:
    """What a build did: articles built, articles skipped (with reasons), facts by kind."""

    built: list[str] = field(default_factory=list)      # every article of the build, input order
    skipped: list[str] = field(default_factory=list)    # the reasons, one per skipped article
    facts: Counter = field(default_factory=Counter)     # over every article of the build
    triples: int = 0                                    # sum of the article graphs' sizes
    files: list[Path] = field(default_factory=list)
    violations: list = field(default_factory=list)   # SHACL results (kg.store.validate.Violation)
    extracted: list[str] = field(default_factory=list)  # articles (re)built by this run
    unchanged: list[str] = field(default_factory=list)  # articles kept from the previous build
    removed: list[str] = field(default_factory=list)    # articles gone from the inputs
    tokens: int = 0                                     # tokens of the extracted articles
    seconds: dict = field(default_factory=dict)         # stage → wall seconds
    stages: Counter = field(default_factory=Counter)    # worker stage → CPU-side seconds, summed
    peak_pending: int = 0      # most articles read for extraction and not yet written
    notes: list[str] = field(default_factory=list)      # e.g. why the corpus map was skipped
    jobs: int = 1
    executor: str = "local"


class Builder:
    """Runs the stages over a corpus; models and the ontology load once (in this process
    when it extracts itself, in each worker otherwise)."""

    #: Rows are committed to ``OUT/.kg`` at least every this many articles (and every 2 s).
    flush_articles = FLUSH_ARTICLES
    #: Freeze the models out of the cyclic GC's sight once this process has loaded them to
    #: extract itself (:func:`kg.parallel.settle`): for a process that ends with the build,
    #: as ``kg build`` does; a library caller that goes on may keep the default.
    settle_models = False

    def __init__(self, extractor=None) -> None:
        self._extractor = extractor
        self._graph_builder = None

    @property
    def extractor(self):
        if self._extractor is None:
            from .extract import Extractor
            self._extractor = Extractor.default()
        return self._extractor

    @extractor.setter
    def extractor(self, value) -> None:
        self._extractor = value

    @property
    def graph_builder(self):
        if self._graph_builder is None:
            from .graph import GraphBuilder
            self._graph_builder = GraphBuilder(self.extractor.ontology)
        return self._graph_builder

    @graph_builder.setter
    def graph_builder(self, value) -> None:
        self._graph_builder = value

    def extract(self, article: Article):
        """One article's extraction and named graph (in this process)."""
        extraction = self.extractor(article)
        return extraction, self.graph_builder(article, extraction)

    # -- the build ---------------------------------------------------------------------
    def build(self, inputs: Sequence[str | Path], out: str | Path, *,
              maps: bool = True, on_error: Callable[[KgError], None] | None = None,
              progress: Progress | None = None, validate: bool = True, jobs: int = 1,
              executor: str = "local", scheduler: str | None = None,
              batch_size: int | None = None, rebuild: bool = False,
              map_limit: int = MAP_LIMIT) -> BuildReport:
        """Build every article of ``inputs`` into ``out``; a bad article is reported to
        ``on_error`` and skipped. ``progress(done)`` is called as articles are done.

        ``jobs`` worker processes extract (1: this process); ``executor="dask"`` sends the
        batches to the Dask scheduler at ``scheduler`` (or a LocalCluster of ``jobs``
        workers). ``rebuild`` ignores what the previous build in ``out`` remembers.

        Raises :class:`KgError` E050 when nothing could be built, E070 when another build
        writes ``out``, and E063 (after writing everything) when a graph breaks
        ``ontology/shapes.ttl``."""
        started = time.perf_counter()
        out = Path(out)
        inputs = list(inputs)
        options = Options(maps=maps, validate=validate)
        report = BuildReport(jobs=jobs, executor=executor)
        items = iter_articles(inputs)
        first = None
        for item in items:          # nothing is created before the first good article
            if isinstance(item, KgError):
                self._skip(item, report, on_error)
            else:
                first = item
                break
        if first is None:
            raise KgError(Errors.E050, path=", ".join(map(str, inputs)))
        print_ = fingerprint()
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(Errors.E040, path=str(out), detail=exc.strerror) from exc
        with BuildState(out, print_, fresh=rebuild) as state:
            if maps:        # the one vis-network the article maps load (maps/*.html)
                from .viz.map import write_vis_assets
                write_vis_assets(out / "maps")
            self._extract_all(_chain(first, items), out, state, options, report, print_,
                              on_error=on_error, progress=progress, jobs=jobs,
                              executor=executor, scheduler=scheduler, batch_size=batch_size)
            report.seconds["extract"] = time.perf_counter() - started
            self._forget_removed(out, state, set(report.built), report, maps)
            self._assemble(out, state, report, maps=maps, map_limit=map_limit)
        report.seconds["total"] = time.perf_counter() - started
        if validate:
            self._raise_violations(out, report)
        return report

    @staticmethod
    def _skip(error: KgError, report: BuildReport, on_error) -> None:
        report.skipped.append(str(error))
        if on_error:
            on_error(error)

    # -- extraction --------------------------------------------------------------------
    def _extract_all(self, items: Iterator, out: Path, state: BuildState, options: Options,
                     report: BuildReport, print_: str, *, on_error, progress, jobs: int,
                     executor: str, scheduler: str | None, batch_size: int | None) -> None:
        size = batch_size or (16 if executor == "dask" else 4 if jobs > 1 else 8)
        done = 0
        pending = 0

        def tick(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done)

        def batches() -> Iterator[list[Article]]:
            nonlocal pending
            batch: list[Article] = []
            for item in items:
                if isinstance(item, KgError):
                    self._skip(item, report, on_error)
                    continue
                report.built.append(item.id)
                row = state.get(item.id)
                if row is not None and self._reusable(out, state, row, item, options):
                    report.unchanged.append(item.id)
                    tick(1)
                    continue
                batch.append(item)
                pending += 1
                report.peak_pending = max(report.peak_pending, pending)
                if len(batch) >= size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        source = batches()
        first = next(source, None)
        if first is None:
            return
        runner = make_executor(executor, jobs, options, scheduler=scheduler,
                               worker=self._local_worker(options) if jobs <= 1 else None)
        report.jobs = runner.jobs
        buffer: list[Row] = []
        extracted: set[str] = set()
        flushed = time.perf_counter()
        try:
            for batch in runner.run(_chain(first, source)):
                if batch.fingerprint and batch.fingerprint != print_:
                    raise KgError(Errors.E073, detail=f"process {batch.pid} on the {runner.name} "
                                  "executor; install the same kg and ontology everywhere")
                failed = [r for r in batch.results if isinstance(r, ArticleFailure)]
                for failure in failed:           # kg failed on it: say so, build the rest
                    report.built.remove(failure.id)
                    self._skip(failure.error, report, on_error)
                built = [r for r in batch.results if not isinstance(r, ArticleFailure)]
                buffer += self._write_batch(out, state, built)
                for result in built:
                    extracted.add(result.id)
                    report.tokens += result.tokens
                    report.stages.update(result.stages)
                pending -= len(batch.results)
                if len(buffer) >= self.flush_articles or time.perf_counter() - flushed > 2.0:
                    state.record(buffer)
                    buffer, flushed = [], time.perf_counter()
                tick(len(batch.results))
        finally:
            try:
                if buffer:               # their files are written: keep them for a resume
                    state.record(buffer)
            finally:
                runner.close()
        report.extracted = [key for key in report.built if key in extracted]

    def _local_worker(self, options: Options) -> ArticleWorker:
        worker = ArticleWorker(self.extractor, self.graph_builder, options)
        if self.settle_models:
            from .parallel import settle
            settle()
        return worker

    @staticmethod
    def _reusable(out: Path, state: BuildState, row: Row, article: Article, options: Options) -> bool:
        """Whether the previous build's files for ``article`` can stay."""
        return (row.sha256 == article.sha256
                and (out / row.turtle).is_file()
                and (state.shards / row.shard).is_file()
                and (not options.maps or (row.map is not None and (out / row.map).is_file()))
                and (not options.validate or row.violations is not None))

    @staticmethod
    def _write_batch(out: Path, state: BuildState,
                     results: list[ArticleResult]) -> list[Row]:
        """Write the files of a batch of results: its shard, its Turtle files and maps.
        Returns their rows."""
        from .graph.iris import slug
        from .store.atomic import write_bytes, write_text
        from .viz.map import write_page
        parts = [r.nquads.encode("utf-8") for r in results]      # each encoded once
        data = b"".join(parts)
        shard = hashlib.sha256(data).hexdigest()[:24] + ".nq"
        write_bytes(state.shards / shard, data)
        rows = []
        offset = 0
        for r, part in zip(results, parts):
            length = len(part)
            turtle = article_file(out, r.id)
            write_text(turtle, r.turtle)
            map_path = None
            if r.map_html is not None:
                map_path = out / "maps" / f"{slug(r.id)}.html"
                write_page(map_path, r.map_html)
            rows.append(Row(
                id=r.id, sha256=r.sha256, iri=r.iri, title=r.title,
                turtle=turtle.relative_to(out).as_posix(),
                map=None if map_path is None else map_path.relative_to(out).as_posix(),
                shard=shard, offset=offset, length=length, triples=r.triples, tokens=r.tokens,
                facts=r.facts, violations=r.violations))
            offset += length
        return rows

    @staticmethod
    def _forget_removed(out: Path, state: BuildState, built: set[str], report: BuildReport,
                        maps: bool) -> None:
        """Drop the articles of the previous build that are no longer in the inputs, and
        files in ``articles/`` and ``maps/`` that no article of the build owns."""
        gone = sorted(state.ids() - built)
        for article_id in gone:
            row = state.get(article_id)
            for rel in (row.turtle, row.map):
                if rel:
                    (out / rel).unlink(missing_ok=True)
        if gone:
            state.remove(gone)
        report.removed = gone
        state.collect_garbage()
        keep_turtle, keep_maps = set(), set()
        for row in state.rows():
            keep_turtle.add(Path(row.turtle).name)
            if row.map:
                keep_maps.add(Path(row.map).name)
        folder = out / "articles"
        if folder.is_dir():
            for stale in folder.glob("*.ttl"):
                if stale.name not in keep_turtle:
                    stale.unlink()
        folder = out / "maps"
        if maps and folder.is_dir():
            for stale in folder.glob("*.html"):
                if stale.name not in keep_maps:
                    stale.unlink()

    # -- assembly ----------------------------------------------------------------------
    def _assemble(self, out: Path, state: BuildState, report: BuildReport, *, maps: bool,
                  map_limit: int) -> None:
        """Write graph.trig, graph.ttl, the store and the corpus map from the files on disk.

        The store is loaded after the extraction, not during it: RocksDB compacts after each
        bulk load, and loads spread over a build cost twice the CPU of the same loads back to
        back (measured: 45 s against 23 s for the devset ×20), CPU the extraction workers
        need. When this run extracted or removed articles, the named graphs are loaded from
        the shards by the loader's thread while graph.trig is written, then the union as
        graph.ttl's merged lines come."""
        from .store.validate import Violation
        started = time.perf_counter()
        articles = quads = 0
        ranges = []
        for row in state.rows():
            articles += 1
            quads += row.triples
            report.facts.update(row.facts)
            report.triples += row.triples
            report.violations += [Violation(*v) for v in row.violations or ()]
            ranges.append((state.shards / row.shard, row.offset, row.length))
        report.violations.sort()
        reader = _ShardReader(state.shards)
        loader = None
        if report.extracted or report.removed or not store_path(out).is_dir():
            loader = StoreLoader(out)        # most likely a new store: start loading now
            loader.named_ranges(ranges)
        try:
            trig_sha = _write_if_changed(out / "graph.trig", _trig(out, state, reader))
            current = _store_is_current(out, trig_sha)
            if loader is not None and current:
                loader.abort()               # graph.trig is what the store was loaded from
                loader = None
            elif loader is None and not current:
                loader = StoreLoader(out)    # graph.trig changed with no article changed
                loader.named_ranges(ranges)
            union = _Union(state, reader, loader.union if loader is not None else None)
            _write_if_changed(out / "graph.ttl", union.turtle())
            report.files += [out / "graph.ttl", out / "graph.trig"]
            report.seconds["exports"] = time.perf_counter() - started
            started = time.perf_counter()
            if loader is not None:
                loader.commit(union_triples=union.count, quads=quads, graphs=articles)
                loader = None
        except BaseException:
            if loader is not None:
                loader.abort()
            raise
        finally:
            reader.close()
        report.files.append(store_path(out))
        report.seconds["store"] = time.perf_counter() - started

        started = time.perf_counter()
        if maps:
            report.files += [out / row.map for row in state.rows() if row.map]
            if articles > map_limit:
                note = (f"the corpus map is drawn for at most {map_limit} articles (this build "
                        f"has {articles}); draw a part with 'kg viz --store {out} --focus NAME'")
                report.notes.append(note)
                log.info("%s", note)
                (out / "map.html").unlink(missing_ok=True)      # it drew another corpus
            else:
                self._corpus_map(out, state, report)
        report.seconds["maps"] = time.perf_counter() - started

    def _corpus_map(self, out: Path, state: BuildState, report: BuildReport) -> None:
        path = out / "map.html"
        union_sha = _sha256_file(out / "graph.ttl")
        if path.is_file() and state.meta("map_source") == union_sha \
                and state.meta("map_sha") == _sha256_file(path):
            report.files.append(path)
            return
        from .viz import render_map
        union = _load_union(out / "graph.ttl")
        render_map(union, path, title="kg: карта связей", ontology=self._ontology_graph())
        del union
        state.set_meta("map_source", union_sha)
        state.set_meta("map_sha", _sha256_file(path))
        report.files.append(path)

    def _ontology_graph(self) -> Graph:
        if self._extractor is not None:
            return self._extractor.ontology.graph
        from .ontology import load_ontology
        return load_ontology().graph

    @staticmethod
    def _raise_violations(out: Path, report: BuildReport) -> None:
        if report.violations:
            from .store.validate import format_violation
            first = report.violations[0]
            count = len({v.graph for v in report.violations})
            raise KgError(Errors.E063, path=str(out), detail=(
                f"{len(report.violations)} violation(s) in {count} article graph(s), first: "
                f"{format_violation(first)}; 'kg validate --store {out}' lists them all"))


# -- helpers ---------------------------------------------------------------------------------
def _chain(first, rest):
    yield first
    yield from rest


class _ShardReader:
    """Reads the N-Quads of an article from its shard (a few shards open at a time)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handles: dict[str, object] = {}

    def quads(self, row: Row) -> list[str]:
        return self.raw(row).decode("utf-8").split("\n")[:-1]   # U+2028 may be in a literal

    def raw(self, row: Row) -> bytes:
        handle = self.handles.get(row.shard)
        if handle is None:
            if len(self.handles) >= 16:
                self.handles.pop(next(iter(self.handles))).close()
            handle = self.handles[row.shard] = open(self.folder / row.shard, "rb")
        handle.seek(row.offset)
        data = handle.read(row.length)
        if len(data) != row.length:
            raise KgError(Errors.E062, path=str(self.folder / row.shard),
                          detail="a shard of the build state is truncated; rebuild with --rebuild")
        return data

    def triples(self, row: Row) -> Iterator[str]:
        return quad_lines_to_triples(self.quads(row), row.iri)

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()


class _Union:
    """graph.ttl in pieces: the union of the article graphs, merged from sorted runs of at
    most about :data:`RUN_LINES` distinct lines (all but the last spilled to temporary files
    in ``OUT/.kg/``), so memory does not grow with the corpus. The merged N-Triples lines
    also go to ``sink`` (the store's loader) in pieces when given; ``count`` is their number.

    Lines stay UTF-8 bytes from the shards to the sink, and only the Turtle decodes them:
    bytes sort as their text does (UTF-8 keeps code point order), and encoding the whole
    union again for the store cost 0.6 ms an article."""

    def __init__(self, state: BuildState, reader: _ShardReader,
                 sink: Callable[[bytes], None] | None) -> None:
        self.state, self.reader, self.sink = state, reader, sink
        self.count = 0

    def _lines(self, merged: Iterator[bytes]) -> Iterator[str]:
        sink = self.sink
        piece: list[bytes] = []
        size = 0
        for line in merged:
            self.count += 1
            if sink is not None:
                piece.append(line)
                size += len(line)
                if size >= CHUNK_BYTES:
                    piece.append(b"")
                    sink(b"\n".join(piece))
                    piece, size = [], 0
            yield line.decode("utf-8")
        if piece:
            piece.append(b"")
            sink(b"\n".join(piece))

    def turtle(self) -> Iterator[str]:
        import tempfile
        spilled = []
        current: set[bytes] = set()
        try:
            for row in self.state.rows():
                lines = self.reader.raw(row).split(b"\n")[:-1]   # bytes: U+2028 is no break
                current.update(quad_lines_to_triples(lines, row.iri))
                if len(current) >= RUN_LINES:
                    handle = tempfile.TemporaryFile("w+b", dir=self.state.folder)
                    handle.writelines(line + b"\n" for line in sorted(current))
                    handle.seek(0)
                    spilled.append(handle)
                    current = set()
            runs = [(line[:-1] for line in handle) for handle in spilled]
            runs.append(sorted(current))
            del current
            yield header()
            yield from turtle_body(self._lines(merge_sorted(runs)))
        finally:
            for handle in spilled:
                handle.close()


def _trig(out: Path, state: BuildState, reader: _ShardReader) -> Iterator[str]:
    """graph.trig in pieces: each article's block re-indented from its Turtle file, or
    formatted from its shard when that file is not what the build wrote."""
    yield header()
    for row in state.rows():
        try:
            text = (out / row.turtle).read_text(encoding="utf-8")
        except OSError:
            text = ""
        block = trig_block_of_turtle(row.iri, text) if text else None
        yield block if block is not None else trig_block(row.iri, reader.triples(row))


def _write_if_changed(path: Path, chunks: Iterable[str]) -> str:
    """Write ``chunks`` to ``path`` atomically unless the file already holds exactly them
    (then it is left alone, date included); returns the SHA-256 of the content."""
    from .store.atomic import atomic_write
    digest = hashlib.sha256()
    with atomic_write(path, "wb", keep_identical=True) as handle:
        for chunk in chunks:
            data = chunk.encode("utf-8")
            digest.update(data)
            handle.write(data)
    return digest.hexdigest()


def _sha256_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _store_is_current(out: Path, trig_sha: str) -> bool:
    """Whether ``OUT/store`` was loaded from this very ``graph.trig`` (then it stays)."""
    path = store_path(out)
    if not (path / "CURRENT").is_file():
        return False
    try:
        meta = store_meta(path)
    except KgError:
        return False
    trig_file = out / "graph.trig"
    stat = trig_file.stat()
    return (meta.get("source_sha256") == trig_sha and meta.get("source_size") == stat.st_size
            and meta.get("source_mtime_ns") == stat.st_mtime_ns)


def _load_union(path: Path) -> Graph:
    """``graph.ttl`` as an rdflib graph (parsed by pyoxigraph, which is much faster)."""
    import pyoxigraph as ox

    from .graph import new_graph
    from .store.oxstore import to_rdflib
    graph = new_graph()
    add = graph.add
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph


def count_articles(inputs: Sequence[str | Path]) -> int:
    """About how many articles ``inputs`` hold (for a progress bar's ETA): one per text
    file, one per non-blank line of a JSONL file; cheap (no decoding, no parsing)."""
    from .read.inputs import SUFFIXES
    total = 0

    def one(path: Path) -> int:
        if path.suffix.lower() == ".jsonl":
            try:
                with open(path, "rb") as handle:
                    return sum(1 for line in handle if line.strip())
            except OSError:
                return 0
        return 1

    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for root, folders, names in os.walk(path):
                folders[:] = [n for n in folders if not n.startswith(".")]
                total += sum(one(Path(root, n)) for n in names
                             if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES)
        elif path.is_file():
            total += one(path)
    return total
