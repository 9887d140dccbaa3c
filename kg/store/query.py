"""SPARQL over a build (its on-disk store, or ``OUT/graph.trig`` loaded into memory) and
the rendering of the results.

The default graph is the union of the article graphs (each triple once: the store holds it,
see :func:`kg.store.oxstore.materialize_union`), so queries may use ``GRAPH ?g`` to ask
which article states a fact, or leave it out.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import Errors, KgError
from ..ontology import ontology_dir
from ..vocab import PREFIXES

__all__ = ["Result", "load_store", "run_query", "named_queries", "resolve_query", "format_result",
           "FORMATS"]

FORMATS = ("table", "csv", "json", "jsonl")


@dataclass
class Result:
    """A SELECT result as plain strings (IRIs, literals' lexical forms), or a boolean for ASK."""

    variables: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None


def load_store(folder: Path) -> ox.Store:
    """The store of a build folder: ``folder/store`` (written by ``kg build``) when it is
    there and up to date, else an in-memory store loaded from ``folder/graph.trig``."""
    from .oxstore import open_store
    return open_store(folder)


def named_queries(folder: Path | None = None) -> dict[str, Path]:
    folder = Path(folder) if folder else ontology_dir() / "queries"
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def resolve_query(text: str | None, named: str | None) -> tuple[str, str]:
    """The SPARQL text and where it came from: ``--named NAME``, a ``.rq`` file, or the text."""
    if named:
        queries = named_queries()
        if named not in queries:
            raise KgError(Errors.E021, path=named, known=", ".join(queries))
        return queries[named].read_text(encoding="utf-8"), str(queries[named])
    if text is None:
        raise KgError(Errors.E021, path="(none)", known=", ".join(named_queries()))
    path = Path(text)
    if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text and path.is_file()):
        if not path.is_file():
            raise KgError(Errors.E004, path=text)
        return path.read_text(encoding="utf-8"), text
    return text, "(query)"


def _plain(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term.value
    return str(term)


def run_query(store: ox.Store, query: str, origin: str = "(query)") -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; the project's prefixes (``kg:``,
    ``schema:``, ``org:``, …) are predeclared. A syntax error becomes a one-line
    :class:`KgError` with the parser's message."""
    options: dict = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}}
    try:
        if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None:
            # a store made without load_store (no merged default graph): pyoxigraph's union,
            # which repeats a triple once per article that states it
            options["use_default_graph_as_union"] = True
        answer = store.query(query, **options)
        if isinstance(answer, ox.QueryBoolean):
            return Result([], [], bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [[_plain(solution[v]) for v in variables] for solution in answer]
            return Result(variables, rows)
        # CONSTRUCT / DESCRIBE: triples as rows
        rows = [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in answer]
        return Result(["subject", "predicate", "object"], rows)
    except SyntaxError as exc:
        raise KgError(Errors.E020, path=origin, detail=str(exc)) from exc
    except (ValueError, OSError) as exc:
        raise KgError(Errors.E020, path=origin, detail=str(exc)) from exc
    except RuntimeError as exc:   # RocksDB: a damaged on-disk store
        raise KgError(Errors.E023, path=origin, detail=str(exc)) from exc


def format_result(result: Result, fmt: str) -> str:
    """Render as ``table``, ``csv``, ``json`` (SPARQL 1.1 JSON results shape) or ``jsonl``."""
    if result.boolean is not None:
        if fmt in ("json", "jsonl"):
            return json.dumps({"boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buffer.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(result.variables, row)), ensure_ascii=False) + "\n"
                       for row in result.rows)
    if fmt == "json":
        bindings = [{v: {"type": "literal", "value": x} for v, x in zip(result.variables, row)
                     if x is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    return _table(result)


def _table(result: Result, width: int = 60) -> str:
    def cell(value: str | None) -> str:
        text = "" if value is None else " ".join(value.split())
        return text if len(text) <= width else text[:width - 1] + "…"
    rows = [[cell(v) for v in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(result.variables)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(result.variables, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
