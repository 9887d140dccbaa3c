"""What a build remembers in ``OUT/.kg/``, so that a rebuild redoes only what changed.

``OUT/.kg/state.sqlite`` holds one row per article of the build: its id, the content hash
of the article (:attr:`kg.read.Article.sha256`), the files written for it, where its named
graph's N-Quads are (a byte range of a shard in ``OUT/.kg/shards/``), its counts and its
SHACL results. A row is committed only after its files are written, one transaction per
batch, so a build that is killed resumes where it stopped: articles already in the state
with the same hash and their files in place are not extracted again.

Everything is invalidated when the *fingerprint* changes: the kg version, the kg source
files, the ontology folder's files and the versions of the models and libraries that shape
the output (:func:`fingerprint`).

One build at a time writes an OUT folder: ``OUT/.kg/lock`` is held (``flock``) for the
whole build; a second build into the same folder stops with E070.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import __version__
from .errors import Errors, KgError

__all__ = ["STATE_DIR", "BuildState", "Row", "fingerprint", "source_fingerprint"]

STATE_DIR = ".kg"
SCHEMA = 1
_DISTRIBUTIONS = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "pymorphy2-dicts-ru",
                  "spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx", "pyvis")


@lru_cache(maxsize=None)
def _versions() -> tuple[tuple[str, str], ...]:
    from importlib.metadata import PackageNotFoundError, version
    found = []
    for name in _DISTRIBUTIONS:
        try:
            found.append((name, version(name)))
        except PackageNotFoundError:
            found.append((name, "-"))
    return tuple(found)


def _hash_files(digest, root: Path, patterns: Iterable[str]) -> None:
    files = sorted({p for pattern in patterns for p in root.rglob(pattern)
                    if p.is_file() and "__pycache__" not in p.parts})
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")


def source_fingerprint() -> str:
    """A hash of kg's own files (code, templates) and the ontology folder."""
    from .ontology import ontology_dir
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    _hash_files(digest, package, ("*.py", "*.html", "*.js", "*.css"))
    ontology = ontology_dir()
    if ontology.is_dir():
        _hash_files(digest, ontology, ("*",))
    return digest.hexdigest()


def fingerprint() -> str:
    """What the output of an article depends on besides the article: the kg version, its
    source, the ontology and the versions of the libraries and models."""
    digest = hashlib.sha256()
    digest.update(f"kg {__version__} state {SCHEMA}\n".encode())
    digest.update(source_fingerprint().encode())
    for name, number in _versions():
        digest.update(f"{name} {number}\n".encode())
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class Row:
    """One article of the build as the state remembers it."""

    id: str
    sha256: str
    iri: str
    title: str
    turtle: str              # path of articles/{id}.ttl, relative to OUT
    map: str | None          # path of maps/{id}.html, relative to OUT (None: not drawn)
    shard: str               # file name in OUT/.kg/shards
    offset: int
    length: int
    triples: int
    tokens: int
    facts: dict
    violations: list | None  # None: not validated


_COLUMNS = ("id", "sha256", "iri", "title", "turtle", "map", "shard", "offset", "length",
            "triples", "tokens", "facts", "violations")


def _row(values: tuple) -> Row:
    data = dict(zip(_COLUMNS, values))
    data["facts"] = json.loads(data["facts"])
    data["violations"] = None if data["violations"] is None else json.loads(data["violations"])
    return Row(**data)


class BuildState:
    """The state of the build in ``OUT``: open it, look articles up, record batches."""

    def __init__(self, out: Path, print_: str, *, fresh: bool = False) -> None:
        self.out = Path(out)
        self.folder = self.out / STATE_DIR
        self.shards = self.folder / "shards"
        try:
            self.shards.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(Errors.E040, path=str(self.folder), detail=exc.strerror) from exc
        self._lock = self._take_lock()
        self.invalidated = False
        try:
            self.db = sqlite3.connect(self.folder / "state.sqlite", isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, sha256 TEXT, iri TEXT, "
                "title TEXT, turtle TEXT, map TEXT, shard TEXT, offset INTEGER, length INTEGER, "
                "triples INTEGER, tokens INTEGER, facts TEXT, violations TEXT)")
            stored = self.meta("fingerprint")
            if fresh or stored != print_:
                self.invalidated = stored is not None
                self.db.execute("DELETE FROM articles")
                self.set_meta("fingerprint", print_)
                for shard in self.shards.glob("*"):
                    shard.unlink()
        except sqlite3.DatabaseError as exc:   # a damaged state: start afresh
            self.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            if fresh:
                raise KgError(Errors.E040, path=str(self.folder), detail=str(exc)) from exc
            self.__init__(out, print_, fresh=True)

    # -- lock ----------------------------------------------------------------------------
    def _take_lock(self):
        import fcntl
        path = self.folder / "lock"
        handle = open(path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise KgError(Errors.E070, path=str(self.out)) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        return handle

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()
            self.db = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> "BuildState":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- meta ----------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        found = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- articles ------------------------------------------------------------------------
    def get(self, article_id: str) -> Row | None:
        found = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return _row(found) if found else None

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def rows(self) -> Iterator[Row]:
        """Every row, sorted by the article's IRI (the order of the exports)."""
        cursor = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM articles ORDER BY iri")
        for values in cursor:
            yield _row(values)

    def record(self, rows: list[Row]) -> None:
        """Record the rows of a batch in one transaction (after their files are written)."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                f"INSERT OR REPLACE INTO articles ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))})",
                [(r.id, r.sha256, r.iri, r.title, r.turtle, r.map, r.shard, r.offset, r.length,
                  r.triples, r.tokens, json.dumps(r.facts, sort_keys=True),
                  None if r.violations is None else json.dumps(r.violations, ensure_ascii=False))
                 for r in rows])

    def remove(self, ids: Iterable[str]) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])

    def live_shards(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT shard FROM articles")}

    def collect_garbage(self) -> int:
        """Delete shards no article points to any more; returns how many."""
        live = self.live_shards()
        removed = 0
        for shard in self.shards.glob("*"):
            if shard.name not in live:
                shard.unlink()
                removed += 1
        return removed
