"""The embedded store: a pyoxigraph (RocksDB) store in ``OUT/store/`` written by ``kg build``.

Its named graphs are the article graphs; its default graph holds their union, each triple
once (see :func:`materialize_union`). ``kg query``, ``kg export``, ``kg serve`` and
``kg push`` read a build through
:func:`open_store`: the on-disk store when it is there and up to date with
``OUT/graph.trig``, otherwise (a fresh clone: the store is not committed; or a store left
behind by an older build) an in-memory store loaded from ``OUT/graph.trig``.

The store is written beside its target and swapped in with two renames, so a reader never
sees a half-written store. ``OUT/store/kg-store.json`` records the store format, the
versions that wrote it and the checksum of the ``graph.trig`` it was loaded from.

Readers open the store read-only, so any number of them may run at once (``kg serve`` next
to ``kg query``). A store held open for writing by another process (a ``kg build`` or an
``oxigraph serve --location OUT/store``), a store written by an incompatible version and a
damaged store each raise a :class:`~kg.errors.KgError` that says what to do.
"""
from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import shutil
import struct
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .. import __version__
from ..errors import Errors, KgError

__all__ = ["STORE_DIR", "META_FILE", "STORE_FORMAT", "store_path", "write_store", "StoreLoader", "open_store",
           "load_trig", "materialize_union", "damaged", "store_meta", "lock_holder", "to_rdflib", "to_graphs", "to_dataset"]

log = logging.getLogger("kg")

STORE_DIR = "store"
META_FILE = "kg-store.json"
STORE_FORMAT = 1   # bump when the layout of OUT/store changes in a way old readers cannot read

def store_path(out: Path) -> Path:
    return Path(out) / STORE_DIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def lock_holder(path: Path) -> int | None:
    """The id of another process that holds ``path/LOCK`` (RocksDB's write lock), or None.

    Asks with ``F_GETLK``, which takes no lock. (A POSIX lock is released when its process
    closes any descriptor of the file, so this must not be called on a store that this
    very process has open for writing; :func:`write_store` never does.)"""
    lock = Path(path) / "LOCK"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        layout = "hhqqi"   # struct flock on Linux/BSD 64-bit: type, whence, start, len, pid
        request = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        try:
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
        except OSError:
            return None
        l_type, _, _, _, pid = struct.unpack(layout, answer)
        return None if l_type == fcntl.F_UNLCK else (pid or -1)
    finally:
        os.close(fd)


def _locked_error(path: Path, pid: int) -> KgError:
    who = f"process {pid}" if pid > 0 else "another process"
    return KgError(Errors.E060, path=str(path), detail=(
        f"held for writing by {who} (a running 'kg build' or an 'oxigraph serve --location'); "
        "stop it or wait, then try again"))


def _cleanup_leftovers(out: Path) -> None:
    """Remove temporary stores of builds that died (their process no longer runs)."""
    for tmp in out.glob(".store.*.tmp"):
        try:
            pid = int(tmp.name.split(".")[2])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid():
            try:
                os.kill(pid, 0)
                continue          # still running
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
        shutil.rmtree(tmp, ignore_errors=True)
    for old in out.glob(".store.*.old"):
        shutil.rmtree(old, ignore_errors=True)


def materialize_union(store: ox.Store, union: Path | None = None) -> int:
    """Put every triple of the named graphs, once, into the default graph; returns how many.

    SPARQL's default graph over a build is the union of the article graphs. pyoxigraph's
    ``use_default_graph_as_union`` does not merge: a triple stated by 60 articles matches
    60 times, and a query outside ``GRAPH`` returns 60 copies of its row. A real default
    graph holding the merged triples answers each once.

    ``union`` is a Turtle file of that union (the build's ``graph.ttl``): loading it is
    several times faster than walking the quads in Python. It is used only if it holds as
    many triples as the named graphs have distinct ones; otherwise the quads are walked."""
    default = ox.DefaultGraph()
    distinct = int(next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")))["n"].value)
    if union is not None and Path(union).is_file():
        try:
            store.bulk_load(path=str(union), format=ox.RdfFormat.TURTLE, to_graph=default)
        except (SyntaxError, ValueError, OSError) as exc:
            log.warning("cannot read %s (%s); merging the article graphs instead", union, exc)
        if _count_default(store) == distinct:
            return distinct
        log.warning("%s is not the union of the article graphs; merging them instead", union)
        store.clear_graph(default)
    store.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, default)
                       for q in store.quads_for_pattern(None, None, None, None)
                       if not isinstance(q.graph_name, ox.DefaultGraph)])
    return _count_default(store)


def _count_default(store: ox.Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def write_store(out: Path, *, named: Iterable[bytes] | None = None,
                union: Path | None = None, union_triples: int | None = None) -> Path:
    """Load ``OUT/graph.trig`` into a fresh on-disk store and swap it in as ``OUT/store``.

    ``kg build`` passes the same data in pieces, so that memory does not grow with the
    corpus: ``named``, chunks of N-Quads of the article graphs (what ``graph.trig`` holds),
    and ``union``, an N-Triples file of their union (``union_triples`` lines), loaded chunk
    by chunk into the default graph (see :class:`StoreLoader`, which a build feeds while it
    extracts). ``kg-store.json`` records ``graph.trig`` either way.

    Returns the path of the store. Raises :class:`KgError` E060 when another process has
    ``OUT/store`` open for writing, E040 when the folder cannot be written."""
    out = Path(out)
    if not (out / "graph.trig").is_file():
        raise KgError(Errors.E022, path=str(out))
    loader = StoreLoader(out)
    try:
        if named is None:
            loader.trig(out / "graph.trig")
            return loader.commit(union=out / "graph.ttl", union_format=ox.RdfFormat.TURTLE)
        for chunk in named:
            loader.named(chunk)
        return loader.commit(union=union, union_triples=union_triples)
    except BaseException:
        loader.abort()
        raise


#: Bytes of N-Quads or N-Triples handed to one bulk load (RocksDB's bulk loader holds a
#: whole input in memory, about ten times its size, before writing it out). Each load writes
#: files that RocksDB then compacts, so fewer, bigger loads cost less CPU and more memory.
#: Devset ×5, ``--jobs 2``, assembly CPU / peak RSS of the main process: 4 MB 7.1–7.3 s /
#: 259 MB, 8 MB 6.8–7.0 s / 353 MB, 16 MB 6.0–6.3 s / 455 MB; with 8 MB, ``--jobs 1``'s
#: peak memory ×5/×1 rose from 1.11 to 1.27 (the goal is 1.3), so loads stay at 4 MB.
CHUNK_BYTES = 4 << 20


def _file_chunks(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """A line-based file in pieces of about ``size`` bytes, cut at line ends."""
    with open(path, "rb") as handle:
        rest = b""
        while True:
            block = handle.read(size)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


def _range_chunks(ranges: list[tuple[Path, int, int]], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The bytes of (file, offset, length) ranges of whole lines, in pieces of about ``size``."""
    parts: list[bytes] = []
    total = 0
    handles: dict[Path, object] = {}
    try:
        for path, offset, length in ranges:
            handle = handles.get(path)
            if handle is None:
                if len(handles) >= 16:
                    handles.pop(next(iter(handles))).close()
                handle = handles[path] = open(path, "rb")
            handle.seek(offset)
            data = handle.read(length)
            if len(data) != length:
                raise OSError(f"{path} is shorter than the build state says")
            parts.append(data)
            total += length
            if total >= size:
                yield b"".join(parts)
                parts, total = [], 0
        if parts:
            yield b"".join(parts)
    finally:
        for handle in handles.values():
            handle.close()


class StoreLoader:
    """A new on-disk store for ``OUT/store``, loaded by two background threads and swapped
    in by :meth:`commit`.

    pyoxigraph releases the GIL while it bulk-loads, so a build hands the byte ranges of
    its article graphs in the shards to :meth:`named_ranges` and writes ``graph.trig`` while
    one thread loads them, and hands the union's lines to :meth:`union` as it writes
    ``graph.ttl``: the other thread loads them into the default graph meanwhile. Chunks
    are gathered to about :data:`CHUNK_BYTES` (RocksDB's bulk loader holds one whole input
    in memory) and at most a few wait in the queue, so memory stays flat. Loads should come
    back to back: RocksDB compacts after each, and the same loads spread over minutes cost
    twice the CPU.

    The shards' ranges and the union are what kg's own serialiser wrote (every IRI minted
    by :mod:`kg.graph.iris` or the ontology), so they load leniently: pyoxigraph skips
    checking each IRI again (0.3-0.4 s of CPU on the ×5 devset's 4 s of store). A TriG
    file and :meth:`named` chunks, which may come from elsewhere, are checked.

    >>> loader = StoreLoader(out)                 # doctest: +SKIP
    >>> loader.named_ranges([(shard, 0, 1234)])   # doctest: +SKIP
    >>> loader.commit(union=union_nt, union_triples=n)   # doctest: +SKIP
    """

    def __init__(self, out: Path) -> None:
        import queue
        import threading
        self.out = Path(out)
        self.final = store_path(self.out)
        if self.final.is_dir():
            pid = lock_holder(self.final)
            if pid is not None:
                raise _locked_error(self.final, pid)
        _cleanup_leftovers(self.out)
        self.tmp = self.out / f".store.{os.getpid()}.tmp"
        shutil.rmtree(self.tmp, ignore_errors=True)
        try:
            self.store = ox.Store(str(self.tmp))
        except (OSError, RuntimeError) as exc:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise self._error(exc) from exc
        self._parts: list[bytes] = []
        self._size = 0
        self._queue: queue.Queue = queue.Queue(maxsize=2)           # named graphs
        self._union_queue: queue.Queue = queue.Queue(maxsize=2)     # the default graph
        self._stop = False
        self._union_sent = False
        self._failure: BaseException | None = None
        self._threads = [threading.Thread(target=self._run, args=(q,), name=f"kg-store-{name}",
                                          daemon=True)
                         for name, q in (("named", self._queue), ("union", self._union_queue))]
        for thread in self._threads:
            thread.start()

    # -- feeding ------------------------------------------------------------------------
    def named(self, nquads: bytes) -> None:
        """N-Quads of article graphs (whole lines)."""
        self._parts.append(nquads)
        self._size += len(nquads)
        if self._size >= CHUNK_BYTES:
            self._send_named()

    def named_ranges(self, ranges: list[tuple[Path, int, int]]) -> None:
        """N-Quads of article graphs as (file, offset, length) byte ranges, read and loaded
        by the loader's thread."""
        self._send_named()
        self._put(("ranges", list(ranges), ox.RdfFormat.N_QUADS, None, True))

    def trig(self, path: Path) -> None:
        """Every named graph of a TriG file."""
        self._send_named()
        self._put(("path", str(path), ox.RdfFormat.TRIG, None, False))

    def union(self, ntriples: bytes) -> None:
        """N-Triples lines of the union (each triple once) for the default graph, merged
        from the build's shards."""
        self._union_sent = True
        self._put(("data", ntriples, ox.RdfFormat.N_TRIPLES, ox.DefaultGraph(), True),
                  self._union_queue)

    def _send_named(self) -> None:
        if self._parts:
            self._put(("data", b"".join(self._parts), ox.RdfFormat.N_QUADS, None, False))
            self._parts, self._size = [], 0

    def _put(self, item, lane=None) -> None:
        self._check()
        (self._queue if lane is None else lane).put(item)

    def _run(self, lane) -> None:
        while True:
            item = lane.get()
            if item is None:
                return
            if self._failure is not None:
                continue                   # drain: the build will hear of it
            kind, data, fmt, graph, lenient = item
            try:
                if kind == "path":
                    self.store.bulk_load(path=data, format=fmt, to_graph=graph, lenient=lenient)
                elif kind == "ranges":
                    for chunk in _range_chunks(data):
                        if self._stop:
                            break
                        self.store.bulk_load(input=chunk, format=fmt, lenient=lenient)
                else:
                    self.store.bulk_load(input=data, format=fmt, to_graph=graph, lenient=lenient)
            except BaseException as exc:     # noqa: BLE001 - re-raised in the caller
                self._failure = exc

    def _check(self) -> None:
        if self._failure is not None:
            exc = self._failure
            if isinstance(exc, (SyntaxError, ValueError)):
                raise KgError(Errors.E023, path=str(self.out / "graph.trig"), detail=str(exc)) from exc
            raise self._error(exc) from exc

    def _error(self, exc: BaseException) -> KgError:
        if "lock" in str(exc).lower():
            return _locked_error(self.final, -1)
        return KgError(Errors.E040, path=str(self.final), detail=str(exc))

    def _finish_loading(self) -> None:
        for thread, lane in zip(self._threads, (self._queue, self._union_queue)):
            if thread.is_alive():
                lane.put(None)
                thread.join()

    # -- ending -------------------------------------------------------------------------
    def commit(self, *, union: Path | None = None, union_triples: int | None = None,
               union_format=ox.RdfFormat.N_TRIPLES, quads: int | None = None,
               graphs: int | None = None) -> Path:
        """Load the default graph (the union file, or merged from the named graphs), compact,
        write ``kg-store.json`` for ``OUT/graph.trig`` and swap the store in. Returns its path.

        A build knows how many quads and named graphs it loaded and how many lines the union
        has (``quads``, ``graphs``, ``union_triples`` with the union sent by :meth:`union`):
        then the store is not counted again (a scan of every quad, 0.3 s of the ×5 devset's
        3.5 s of assembly, on one thread)."""
        trig = self.out / "graph.trig"
        try:
            self._send_named()
            self._finish_loading()
            self._check()
            store = self.store
            default = ox.DefaultGraph()
            known = self._union_sent and None not in (quads, graphs, union_triples)
            if not known:
                quads = len(store) - (_count_default(store) if self._union_sent else 0)
            if self._union_sent:
                triples = union_triples if known else _count_default(store)
                if union_triples is not None and triples != union_triples:
                    raise ValueError(f"the union holds {triples} triples, expected {union_triples}")
            elif union is not None and union_format == ox.RdfFormat.N_TRIPLES:
                for chunk in _file_chunks(union):
                    store.bulk_load(input=chunk, format=ox.RdfFormat.N_TRIPLES, to_graph=default)
                triples = _count_default(store)
                if union_triples is not None and triples != union_triples:
                    raise ValueError(f"the union holds {triples} triples, expected {union_triples}")
            else:
                triples = materialize_union(store, union)
            store.optimize()
            store.flush()
            if not known:
                graphs = sum(1 for _ in store.named_graphs())
            self.store = None
            del store          # closes RocksDB (and releases its lock) before the rename
            gc.collect()
            stat = trig.stat()
            meta = {"format": STORE_FORMAT, "kg": __version__, "pyoxigraph": ox.__version__,
                    "quads": quads, "graphs": graphs, "union_triples": triples,
                    "source": trig.name, "source_size": stat.st_size,
                    "source_mtime_ns": stat.st_mtime_ns, "source_sha256": _sha256(trig)}
            (self.tmp / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
            old = self.out / f".store.{os.getpid()}.old"
            if self.final.exists():
                os.rename(self.final, old)
            os.rename(self.tmp, self.final)
            shutil.rmtree(old, ignore_errors=True)
        except (SyntaxError, ValueError) as exc:
            self.abort()
            raise KgError(Errors.E023, path=str(trig), detail=str(exc)) from exc
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise self._error(exc) from exc
        except BaseException:
            self.abort()
            raise
        return self.final

    def abort(self) -> None:
        """Stop loading and remove the temporary store (nothing is swapped in)."""
        self._parts = []
        self._stop = True
        self._finish_loading()
        self.store = None
        gc.collect()
        shutil.rmtree(self.tmp, ignore_errors=True)


def damaged(out: Path, exc: BaseException) -> KgError:
    """The error for a store that failed while being read (RocksDB raises RuntimeError)."""
    return KgError(Errors.E062, path=str(store_path(out)), detail=(
        f"{exc}; rebuild it with 'kg build' (or delete the folder)"))


def store_meta(path: Path) -> dict:
    """The ``kg-store.json`` of a store folder; E061/E062 when it is missing or foreign."""
    meta_file = Path(path) / META_FILE
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        if (Path(path) / "CURRENT").is_file():
            raise KgError(Errors.E061, path=str(path), detail=(
                f"it has no {META_FILE}: written by another program or an older kg; "
                "rebuild it with 'kg build' (or delete the folder)")) from exc
        raise KgError(Errors.E062, path=str(path), detail=(
            f"neither {META_FILE} nor RocksDB files; rebuild it with 'kg build' "
            "(or delete the folder)")) from exc
    except (OSError, ValueError) as exc:
        raise KgError(Errors.E062, path=str(meta_file), detail=str(exc)) from exc
    if not isinstance(meta, dict) or not isinstance(meta.get("format"), int):
        raise KgError(Errors.E062, path=str(meta_file), detail="not a kg store description")
    if meta["format"] != STORE_FORMAT:
        raise KgError(Errors.E061, path=str(path), detail=(
            f"store format {meta['format']} written by kg {meta.get('kg', '?')}; this kg "
            f"{__version__} reads format {STORE_FORMAT}: rebuild it with 'kg build'"))
    return meta


def _fresh(meta: dict, trig: Path) -> bool:
    """Whether the store was loaded from the ``graph.trig`` that is there now."""
    stat = trig.stat()
    if stat.st_size != meta.get("source_size"):
        return False
    if stat.st_mtime_ns == meta.get("source_mtime_ns"):
        return True
    return _sha256(trig) == meta.get("source_sha256")


def load_trig(out: Path) -> ox.Store:
    """An in-memory store with the named graphs of ``OUT/graph.trig``."""
    path = Path(out) / "graph.trig"
    if not path.is_file():
        raise KgError(Errors.E022, path=str(out))
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(Errors.E023, path=str(path), detail=str(exc)) from exc
    materialize_union(store, Path(out) / "graph.ttl")
    return store


def open_store(out: Path) -> ox.Store:
    """The store of a build folder, for reading (see the module docstring)."""
    out = Path(out)
    path = store_path(out)
    trig = out / "graph.trig"
    if not path.is_dir():
        return load_trig(out)
    meta = store_meta(path)
    if trig.is_file() and not _fresh(meta, trig):
        log.warning("%s was loaded from an older %s; reading %s instead (run 'kg build' to "
                    "refresh the store)", path, trig.name, trig)
        return load_trig(out)
    pid = lock_holder(path)
    if pid is not None:
        raise _locked_error(path, pid)
    try:
        store = ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as exc:   # RocksDB reports corruption as RuntimeError
        text = str(exc)
        if "version" in text.lower() or "format" in text.lower():
            raise KgError(Errors.E061, path=str(path), detail=(
                f"{text} (written by pyoxigraph {meta.get('pyoxigraph', '?')}, this kg has "
                f"{ox.__version__}): rebuild it with 'kg build'")) from exc
        if "lock" in text.lower():
            raise _locked_error(path, -1) from exc
        raise KgError(Errors.E062, path=str(path), detail=(
            f"{text}; rebuild it with 'kg build' (or delete the folder)")) from exc
    log.info("reading %s (%s quads)", path, meta.get("quads", "?"))
    return store


# -- pyoxigraph → rdflib ----------------------------------------------------------------
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def to_rdflib(term: object):
    """An rdflib term for a pyoxigraph term (plain literals stay without a datatype, as
    rdflib's parsers make them, so that terms compare equal)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"cannot convert {term!r}")


def to_graphs(store: ox.Store) -> list[Graph]:
    """The named graphs of the store as standalone rdflib Graphs (faster to walk than the
    graphs of a Dataset), sorted by name, prefixes bound."""
    from ..graph import new_graph
    graphs = []
    for name in sorted(store.named_graphs(), key=str):
        graph = new_graph(URIRef(name.value))
        for quad in store.quads_for_pattern(None, None, None, name):
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        graphs.append(graph)
    return graphs


def to_dataset(store: ox.Store) -> Dataset:
    """The store as an rdflib Dataset (one graph per article), in a deterministic order."""
    from ..vocab import PREFIXES
    dataset = Dataset()
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    for name in sorted(store.named_graphs(), key=str):
        graph = dataset.graph(URIRef(name.value))
        for quad in sorted(store.quads_for_pattern(None, None, None, name), key=str):
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return dataset
