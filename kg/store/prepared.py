"""rdflib's SPARQL processor with parsed queries kept: the same query text is parsed once.

pyshacl runs each ``sh:sparql`` constraint as a query *string* for every focus node, and
rdflib parses and translates a string query on every call (pyparsing: about a third of the
time SHACL validation takes on a kg article graph). :func:`install` registers, under rdflib's
plugin name ``sparql``, a processor that keeps the translated algebra of the last
:data:`SIZE` query texts; evaluation is rdflib's own (``evalQuery`` of a prepared query, as
:func:`rdflib.plugins.sparql.prepareQuery` makes), so the answers are the same.

>>> install()
>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph().add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
>>> [int(row[0]) for row in g.query("SELECT ?o WHERE { ?s ?p ?o }")]
[1]
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from rdflib import plugin
from rdflib.plugins.sparql.processor import SPARQLProcessor, evalQuery, parseQuery, translateQuery
from rdflib.query import Processor

__all__ = ["install", "CachingProcessor", "SIZE"]

SIZE = 256
_CACHE: "OrderedDict[tuple, object]" = OrderedDict()
_LOCK = threading.Lock()
_INSTALLED = False


class CachingProcessor(SPARQLProcessor):
    """:class:`SPARQLProcessor` that parses and translates each query text once."""

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((initNs or {}).items())))
            with _LOCK:
                prepared = _CACHE.get(key)
                if prepared is not None:
                    _CACHE.move_to_end(key)
            if prepared is None:
                prepared = translateQuery(parseQuery(strOrQuery), base, initNs)
                with _LOCK:
                    _CACHE[key] = prepared
                    while len(_CACHE) > SIZE:
                        _CACHE.popitem(last=False)
            strOrQuery = prepared
        return evalQuery(self.graph, strOrQuery, initBindings, base)


def install() -> None:
    """Make :class:`CachingProcessor` rdflib's ``sparql`` processor in this process."""
    global _INSTALLED
    if not _INSTALLED:
        plugin.register("sparql", Processor, __name__, "CachingProcessor")
        _INSTALLED = True
