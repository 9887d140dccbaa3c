"""An article's triples before they become an rdflib graph: a set with the few lookups the
graph builder needs.

rdflib's ``Graph.add`` keeps three indexes and fires events: a third of the graph stage went
there. A build turns these triples straight into N-Triples lines (:func:`kg.store.turtle.
triple_lines`) and makes an rdflib graph only when something needs one (validation, maps,
the Python API).

>>> from rdflib import Literal, URIRef
>>> t = TripleSet()
>>> s, p = URIRef("http://a"), URIRef("http://p")
>>> t.add((s, p, Literal("x"))); t.add((s, p, Literal("x")))
>>> len(t), (s, p, None) in t, list(t.objects(None, p))
(1, True, [rdflib.term.Literal('x')])
"""
from __future__ import annotations

from typing import Iterator

from rdflib import Graph

__all__ = ["TripleSet"]


class TripleSet:
    """Distinct triples in insertion order, indexed by (subject, predicate) and predicate."""

    def __init__(self) -> None:
        self._triples: dict[tuple, None] = {}
        self._by_sp: dict[tuple, list] = {}
        self._by_p: dict[object, list] = {}

    def add(self, triple: tuple) -> None:
        if triple in self._triples:
            return
        self._triples[triple] = None
        s, p, o = triple
        self._by_sp.setdefault((s, p), []).append(o)
        self._by_p.setdefault(p, []).append(o)

    def objects(self, subject=None, predicate=None) -> Iterator:
        """Objects of ``subject predicate ?o`` (``subject`` may be None: any subject)."""
        if subject is None:
            return iter(self._by_p.get(predicate, ()))
        return iter(self._by_sp.get((subject, predicate), ()))

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = triple
        if o is None:
            return (s, p) in self._by_sp
        return triple in self._triples

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def to_graph(self, graph: Graph) -> Graph:
        """Add the triples to ``graph`` and return it."""
        add = graph.add
        for triple in self._triples:
            add(triple)
        return graph
