"""SHACL validation of article graphs against ``ontology/shapes.ttl``.

Each article's named graph is validated on its own (a graph must read on its own), without
inference: the shapes name every class the graph builder writes. Two engines give the same
results: ``"fast"`` (the default; :mod:`kg.store.shacl`, the shapes compiled to Python, about
1.5 ms an article graph) and ``"pyshacl"`` (the reference, about 44 ms). ``engine=`` chooses,
else ``$KG_SHACL_ENGINE``; shapes the fast engine does not support fall back to pyshacl (logged).

>>> from kg.store.validate import shapes_graph
>>> len(shapes_graph()) > 100
True
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import BNode, ConjunctiveGraph, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from ..errors import Errors, KgError
from ..ontology import ontology_dir
from ..vocab import PREFIXES

__all__ = ["Violation", "ENGINES", "shapes_graph", "validate_graph", "validate_graphs",
           "validate_triples", "validate_build", "format_violation"]

log = logging.getLogger("kg")


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the graph (article) it is in, focus node, path, message."""

    graph: str
    focus: str
    path: str
    message: str
    value: str = ""
    severity: str = "Violation"
    shape: str = ""


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


@lru_cache(maxsize=1)
def _shapes(path: str, mtime: float) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exceptions
        raise KgError(Errors.E030, path=path, detail=str(exc)) from exc
    return graph


def shapes_graph(path: Path | None = None) -> Graph:
    """The shapes (``ontology/shapes.ttl``), parsed once."""
    path = Path(path) if path else shapes_path()
    if not path.is_file():
        raise KgError(Errors.E004, path=str(path))
    return _shapes(str(path), path.stat().st_mtime)


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        best = ""
        for prefix, ns in PREFIXES.items():
            ns = str(ns)
            if text.startswith(ns) and len(ns) > len(best):
                best, name = ns, f"{prefix}:{text[len(ns):]}"
        return name if best else f"<{text}>"
    return str(term)


def _path(results: Graph, path: object) -> str:
    """A SHACL path as text: ``org:member``, ``^oa:hasBody``, ``a/b``."""
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return _short(path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(results, inverse)
    if results.value(path, RDF.first) is not None:
        return "/".join(_path(results, p) for p in Collection(results, path))
    for key, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = results.value(path, key)
        if inner is not None:
            return f"({_path(results, inner)}){mark}"
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(results, p) for p in Collection(results, alternatives)) + ")"
    return str(path)


ENGINES = ("fast", "pyshacl")
_FELL_BACK: set[str] = set()


def _engine(engine: str | None) -> str:
    engine = engine or os.environ.get("KG_SHACL_ENGINE") or "fast"
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r} (one of {', '.join(ENGINES)})")
    return engine


def _fast(shapes: Graph | Path | None):
    """The compiled shapes, or None (pyshacl) when they use what kg.store.shacl lacks."""
    from .shacl import UnsupportedShapes, compiled_shapes
    try:
        return compiled_shapes(shapes)
    except UnsupportedShapes as exc:
        if str(exc) not in _FELL_BACK:
            _FELL_BACK.add(str(exc))
            log.warning("kg: SHACL validation uses pyshacl: the fast engine does not support "
                        "the shapes (%s)", exc)
        return None


def validate_graph(graph: Graph, shapes: Graph | None = None,
                   engine: str | None = None) -> list[Violation]:
    """The SHACL results of one graph (empty when it conforms); ``engine``: ``"fast"``
    (default) or ``"pyshacl"`` — the same results."""
    if _engine(engine) == "fast" and not isinstance(graph, ConjunctiveGraph):
        compiled = _fast(shapes)
        if compiled is not None:
            return compiled.validate(graph, graph.identifier)
    return _validate_pyshacl(graph, shapes)


def validate_triples(triples: Iterable, graph_name: URIRef | None = None,
                     shapes: Graph | None = None, engine: str | None = None) -> list[Violation]:
    """:func:`validate_graph` of triples (a :class:`kg.graph.triples.TripleSet`, any iterable of
    rdflib terms) named ``graph_name``, without making an rdflib graph on the fast engine."""
    if _engine(engine) == "fast":
        compiled = _fast(shapes)
        if compiled is not None:
            from .shacl import validate_triples as fast
            return fast(triples, graph_name, compiled.graph)
    from ..graph import new_graph
    if graph_name is not None and not isinstance(graph_name, URIRef):
        graph_name = URIRef(graph_name)
    graph = new_graph(graph_name)
    for triple in triples:
        graph.add(triple)
    return _validate_pyshacl(graph, shapes)


def _validate_pyshacl(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    from pyshacl import validate

    shapes = shapes if shapes is not None else shapes_graph()
    conforms, results, _ = validate(graph, shacl_graph=shapes, inference="none",
                                    advanced=False, meta_shacl=False, allow_warnings=True)
    if conforms:
        return []
    name = _short(graph.identifier) if isinstance(graph.identifier, URIRef) else ""
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        found.append(Violation(
            graph=name,
            focus=_short(results.value(result, SH.focusNode)),
            path=_path(results, results.value(result, SH.resultPath)),
            message="; ".join(messages),
            value="" if value is None or isinstance(value, BNode) else _short(value),
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            shape="" if isinstance(results.value(result, SH.sourceShape), BNode)
            else _short(results.value(result, SH.sourceShape))))
    return sorted(found)


def validate_graphs(graphs: Iterable[Graph], shapes: Graph | None = None,
                    engine: str | None = None) -> list[Violation]:
    """The SHACL results of every graph, each validated on its own."""
    shapes = shapes if shapes is not None else shapes_graph()
    found: list[Violation] = []
    for graph in graphs:
        found += validate_graph(graph, shapes, engine)
    return found


def validate_build(out: Path, shapes: Path | None = None,
                   engine: str | None = None) -> tuple[list[Violation], int]:
    """Validate the build in ``out`` (its store, or ``graph.trig``): the results and the
    number of graphs checked."""
    from .oxstore import open_store, to_graphs

    graphs = to_graphs(open_store(out))
    return validate_graphs(graphs, shapes_graph(shapes), engine), len(graphs)


def format_violation(v: Violation) -> str:
    """One line: ``graph  focus  path: message (value)``."""
    text = f"{v.graph}  {v.focus}  {v.path or '-'}: {v.message}"
    if v.value:
        text += f" (value: {v.value})"
    if v.severity and v.severity != "Violation":
        text = f"[{v.severity}] {text}"
    return text
