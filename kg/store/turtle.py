"""Turtle and TriG written from sorted N-Triples lines: fast, streaming and deterministic.

A build keeps every article graph as *canonical N-Triples lines* (as pyoxigraph writes
them, sorted): :func:`graph_lines` makes them from an rdflib graph. From such lines this
module writes Turtle (``articles/{id}.ttl``, ``graph.ttl``) and TriG blocks (``graph.trig``)
without holding a graph in memory: lines that share a subject are contiguous once sorted, so
one subject at a time is enough. The same lines give the same bytes whatever process wrote
them (rdflib's serialisers order named graphs by Python's randomised hashes).

Style: every prefix of :data:`kg.vocab.PREFIXES` declared (plus ``rdf:``), one block per
subject (``rdf:type`` first, as ``a``), one line per predicate, objects sorted; names are
abbreviated only when their local part is a plain ASCII word, integers written bare.

>>> lines = ['<https://w3id.org/kg-news/id/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .',
...          '<https://w3id.org/kg-news/id/person/a> <http://xmlns.com/foaf/0.1/name> "А"@ru .']
>>> print("".join(turtle_body(lines)), end="")
<https://w3id.org/kg-news/id/person/a> a schema:Person ;
    foaf:name "А"@ru .
<BLANKLINE>
"""
from __future__ import annotations

import heapq
import re
from functools import lru_cache
from typing import IO, AnyStr, Iterable, Iterator

__all__ = ["PREFIX_NAMESPACES", "header", "graph_lines", "split_line", "turtle_body",
           "turtle_text", "trig_block", "trig_block_of_turtle", "merge_sorted", "triple_lines", "quad_lines_to_triples", "lines_of_quads"]


def _namespaces() -> dict[str, str]:
    from ..vocab import PREFIXES, RDF
    spaces = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    spaces.setdefault("rdf", str(RDF))
    return dict(sorted(spaces.items()))


#: prefix → namespace, sorted by prefix: the header of every Turtle and TriG file of a build.
PREFIX_NAMESPACES: dict[str, str] = _namespaces()
_BY_LENGTH = sorted(((ns, prefix) for prefix, ns in PREFIX_NAMESPACES.items()),
                    key=lambda item: -len(item[0]))
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?")
_INTEGER = re.compile(r"-?[0-9]+")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"


def header() -> str:
    """The ``@prefix`` lines and a blank line."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIX_NAMESPACES.items()) + "\n"


_NAMES: dict[str, str] = {}


def _name(iri: str) -> str:
    """``<…>`` as ``prefix:local`` when the local part is a plain word, else unchanged."""
    short = _NAMES.get(iri)
    if short is None:
        short = iri
        body = iri[1:-1]
        for ns, prefix in _BY_LENGTH:
            if body.startswith(ns):
                local = body[len(ns):]
                if _LOCAL.fullmatch(local) and "\\" not in local:
                    short = f"{prefix}:{local}"
                break
        if len(_NAMES) < 200_000:
            _NAMES[iri] = short
    return short


def _object(term: str) -> str:
    if term[0] == "<":
        return _name(term)
    if term[0] != '"' or term[-1] != ">":
        return term                       # "…", "…"@ru, _:b
    quote = term.rfind('"^^<')
    if quote < 0:
        return term
    lexical, datatype = term[:quote + 1], term[quote + 3:]
    if datatype == _XSD_INTEGER and _INTEGER.fullmatch(lexical[1:-1]):
        return lexical[1:-1]
    return f"{lexical}^^{_name(datatype)}"


def split_line(line: str) -> tuple[str, str, str]:
    """``(subject, predicate, object)`` of a canonical N-Triples line (``s p o .``)."""
    first = line.index(" ")
    second = line.index(" ", first + 1)
    return line[:first], line[first + 1:second], line[second + 1:-2]


def _subject_block(subject: str, pairs: list[tuple[str, str]], indent: str) -> str:
    """One subject's statements; ``pairs`` are (predicate, object) in sorted order, as the
    sorted lines give them, so only ``rdf:type`` moves (to the front, as ``a``)."""
    types = [o for p, o in pairs if p == _RDF_TYPE]
    parts = ["a " + f",\n{indent}        ".join(_object(o) for o in types)] if types else []
    predicate = None
    objects: list[str] = []
    for p, o in pairs:
        if p == predicate:
            objects.append(_object(o))
        elif p != _RDF_TYPE:
            if objects:
                parts.append(f"{_name(predicate)} " + f",\n{indent}        ".join(objects))
            predicate, objects = p, [_object(o)]
    if objects:
        parts.append(f"{_name(predicate)} " + f",\n{indent}        ".join(objects))
    return f"{indent}{_name(subject)} " + f" ;\n{indent}    ".join(parts) + " .\n\n"


def turtle_body(lines: Iterable[str], indent: str = "") -> Iterator[str]:
    """Turtle statements (no prefixes) for sorted, distinct N-Triples lines, one subject
    block at a time; each line of a block starts with ``indent``."""
    subject = None
    pairs: list[tuple[str, str]] = []
    for line in lines:
        if not line:
            continue
        s, p, o = split_line(line)
        if s != subject:
            if subject is not None:
                yield _subject_block(subject, pairs, indent)
            subject, pairs = s, []
        pairs.append((p, o))
    if subject is not None:
        yield _subject_block(subject, pairs, indent)


def turtle_text(lines: Iterable[str]) -> str:
    """A whole Turtle document (header and statements) for sorted N-Triples lines."""
    return header() + "".join(turtle_body(lines))


def trig_block(name: str, lines: Iterable[str]) -> str:
    """One named graph of a TriG document: ``<name> { … }`` and a blank line."""
    body = "".join(turtle_body(lines, indent="    ")).rstrip("\n")
    return f"<{name}> {{\n{body}\n}}\n\n"


def trig_block_of_turtle(name: str, text: str) -> str | None:
    """:func:`trig_block` of a graph from its Turtle document as :func:`turtle_text` wrote
    it (re-indented, not re-formatted: the same bytes for a fraction of the work); None when
    ``text`` is not such a document.

    >>> lines = ['<http://example.org/s> <http://example.org/p> "о" .']
    >>> trig_block_of_turtle("http://example.org/g", turtle_text(lines)) == trig_block("http://example.org/g", lines)
    True
    """
    head = header()
    if not text.startswith(head):
        return None
    body = text[len(head):]
    if not body.endswith(" .\n\n") and body:
        return None
    indented = "\n".join(f"    {line}" if line else line for line in body.split("\n"))
    return f"<{name}> {{\n{indented.rstrip(chr(10))}\n}}\n\n"


def graph_lines(graph) -> list[str]:
    """The canonical N-Triples lines of an rdflib graph, sorted and distinct.

    Terms go through a pyoxigraph store, which writes literals the way the on-disk store
    keeps them (``"40.0"^^xsd:decimal`` as ``"40"``), so that files written from these
    lines and exports read back from the store agree byte for byte. Blank nodes are not
    expected (the graph builder names every node); their labels would be kept as rdflib
    made them."""
    import pyoxigraph as ox
    data = graph.serialize(format="nt", encoding="utf-8")
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return sorted(set(text.split("\n")) - {""})   # not splitlines: U+2028 may be in a literal


def triple_lines(triples: Iterable[tuple]) -> list[str]:
    """The canonical N-Triples lines of rdflib-term triples (a graph or a
    :class:`~kg.graph.triples.TripleSet`), sorted and distinct: :func:`graph_lines` without
    rdflib's serialiser or a store. Each term is written by pyoxigraph (which checks IRIs and
    escapes strings); a typed literal other than a canonical integer is made canonical by a
    store once (:func:`_canonical_literal`)."""
    text = _term_text()
    return sorted({f"{text(s)} {text(p)} {text(o)} ." for s, p, o in triples})


_CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]*")


@lru_cache(maxsize=1)
def _term_text():
    """rdflib term → its canonical N-Triples text."""
    from pyoxigraph import Literal as OxLiteral, NamedNode
    from rdflib import Literal, URIRef
    convert = _term_converter()
    integer = "http://www.w3.org/2001/XMLSchema#integer"
    integer_node = NamedNode(integer)
    iris: dict[str, str] = {}        # an article names about 300 IRIs, 1,300 times

    def text(term) -> str:
        kind = type(term)
        if kind is URIRef:
            written = iris.get(term)
            if written is None:
                if len(iris) >= 100_000:     # memory stays flat over a corpus
                    iris.clear()
                written = iris[term] = str(NamedNode(term))
            return written
        if kind is Literal or isinstance(term, Literal):
            if term.language:
                return str(OxLiteral(term, language=term.language))
            datatype = term.datatype
            if datatype is None:
                return str(OxLiteral(term))
            if str.__eq__(datatype, integer) and _CANONICAL_INTEGER.fullmatch(term):
                # (str.__eq__: rdflib's URIRef never equals a plain str)
                return str(OxLiteral(term, datatype=integer_node))
            return _canonical_literal(str(term), str(datatype))
        return str(convert(term))
    return text


@lru_cache(maxsize=4096)
def _canonical_literal(value: str, datatype: str) -> str:
    """A typed literal as the store writes it back (``"40.0"^^xsd:decimal`` → ``"40"``)."""
    import pyoxigraph as ox
    store = ox.Store()
    node = ox.NamedNode("urn:kg:canonical")
    store.add(ox.Quad(node, node, ox.Literal(value, datatype=ox.NamedNode(datatype))))
    return str(next(iter(store)).object)


@lru_cache(maxsize=1)
def _term_converter():
    """rdflib term → pyoxigraph term (pyoxigraph checks IRIs and language tags faster than
    a cache could look them up)."""
    from pyoxigraph import BlankNode, Literal as OxLiteral, NamedNode
    from rdflib import BNode, Literal, URIRef

    def convert(term):
        kind = type(term)
        if kind is URIRef:
            return NamedNode(term)
        if kind is Literal or isinstance(term, Literal):
            if term.language:
                return OxLiteral(term, language=term.language)
            if term.datatype is not None:
                return OxLiteral(term, datatype=NamedNode(term.datatype))
            return OxLiteral(term)
        if isinstance(term, BNode):
            return BlankNode(term)
        if isinstance(term, URIRef):
            return NamedNode(term)
        raise TypeError(f"not an RDF term: {term!r}")
    return convert


def lines_of_quads(quads) -> list[str]:
    """Sorted, distinct N-Triples lines of pyoxigraph quads or triples (graph names dropped)."""
    import pyoxigraph as ox
    triples = [q.triple if isinstance(q, ox.Quad) else q for q in quads]
    text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return sorted(set(text.split("\n")) - {""})   # not splitlines: U+2028 may be in a literal


def quad_lines_to_triples(lines: Iterable[AnyStr], graph: str) -> Iterator[AnyStr]:
    """N-Quads lines of graph ``<graph>`` as N-Triples lines, text or UTF-8 bytes alike.

    >>> list(quad_lines_to_triples([b'<a> <b> "c" <g> .'], "g"))
    [b'<a> <b> "c" .']
    """
    text = (f" <{graph}> .", " .")
    encoded = (text[0].encode("utf-8"), b" .")
    for line in lines:
        tail, end = encoded if isinstance(line, bytes) else text
        if line.endswith(tail):
            yield line[:-len(tail)] + end
        elif line:
            raise ValueError(f"not a quad of <{graph}>: {line[:200]!r}")


def merge_sorted(runs: Iterable[Iterable[AnyStr]]) -> Iterator[AnyStr]:
    """The sorted, distinct union of sorted runs of lines, text or bytes (a k-way merge)."""
    previous = None
    for line in heapq.merge(*runs):
        if line != previous:
            yield line
            previous = line


def write_chunks(handle: IO[str], chunks: Iterable[str]) -> None:
    for chunk in chunks:
        handle.write(chunk)
