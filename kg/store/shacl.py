"""Fast SHACL validation of article graphs: ``ontology/shapes.ttl`` compiled once into Python
objects, each graph checked with dict lookups (about 1.5 ms an article graph where pyshacl
takes 44 ms; ``bench/validate``).

The results are pyshacl's, exactly: :func:`validate_triples` returns the same list of
:class:`~kg.store.validate.Violation` as ``validate_graph(graph, engine="pyshacl")`` (pyshacl
with ``inference="none"``, ``allow_warnings=True``), messages included — a shape's
``sh:message`` when it has one, else pyshacl's own text for the constraint component, its
nodes written by pyshacl's ``stringify_node``. pyshacl's readings are kept where they go
beyond the letter of SHACL:

* ``sh:class`` and ``sh:targetClass`` follow ``rdfs:subClassOf`` within the data graph only;
* a failed ``sh:node`` is reported with the nested shape's own results (``sh:detail``), and
  every result of the report counts; those of ``sh:or`` and ``sh:qualifiedValueShape``
  alternatives do not;
* a shape of severity ``sh:Warning`` or ``sh:Info`` conforms (``allow_warnings``), even when
  its property shapes report violations; a graph whose shapes all conform has no results;
* one result per focus node for ``sh:hasValue``, ``sh:uniqueLang`` (per duplicated language),
  cardinalities and the SPARQL constraint (its rows deduplicated).

The subset (what ``ontology/shapes.ttl`` uses): node and property shapes found as pyshacl finds
them; ``sh:targetClass``; paths that are an IRI or ``sh:inversePath`` of one; ``sh:class``,
``sh:datatype``, ``sh:nodeKind``, ``sh:minCount``, ``sh:maxCount``, ``sh:hasValue``, ``sh:in``,
``sh:node``, ``sh:property``, ``sh:or``, ``sh:uniqueLang``, ``sh:minLength``,
``sh:minInclusive``, ``sh:lessThanOrEquals``, ``sh:qualifiedValueShape`` with
``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``; ``sh:message``, ``sh:severity``,
``sh:deactivated``; and one SPARQL-based constraint, the "fact is asserted" query of
``kgsh:Fact`` (checked natively: each ``rdf:subject``/``rdf:predicate``/``rdf:object``
combination of the focus node must be a triple of the graph). Anything else in a shape raises
:class:`UnsupportedShapes` when the shapes are compiled; :mod:`kg.store.validate` then uses
pyshacl for the whole file.

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import RDF
>>> from kg.vocab import SCHEMA
>>> art = URIRef("https://w3id.org/kg-news/id/article/x")
>>> found = validate_triples([(art, RDF.type, SCHEMA.NewsArticle)], art)
>>> [(v.focus, v.path) for v in found]
[('id:article/x', 'schema:articleBody'), ('id:article/x', 'schema:identifier')]
>>> found[0].message
'Less than 1 values on <https://w3id.org/kg-news/id/article/x>->schema:articleBody'
"""
from __future__ import annotations

import re
import threading
import weakref
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from .validate import Violation, _short

__all__ = ["UnsupportedShapes", "CompiledShapes", "compile_shapes", "compiled_shapes",
           "validate_triples"]

ALLOWED_SEVERITIES = frozenset({SH.Info, SH.Warning})      # what allow_warnings=True lets conform
# rdflib's DefinedNamespace looks attributes up in Python: read them once
LANG_STRING, XSD_STRING = RDF.langString, XSD.string
RDFS_LITERAL, RDFS_DATATYPE = RDFS.Literal, RDFS.Datatype
XSD_INTEGER, XSD_FLOAT, XSD_DECIMAL, XSD_BOOLEAN = XSD.integer, XSD.float, XSD.decimal, XSD.boolean
XSD_DATE, XSD_TIME, XSD_DATETIME = XSD.date, XSD.time, XSD.dateTime

# predicates of a shape that are not constraint parameters (pyshacl reads or ignores them)
_SHAPE_KEYS = frozenset({RDF.type, SH.path, SH.targetClass, SH.message, SH.severity,
                         SH.deactivated, SH.name, SH.description, SH.order, SH.group,
                         SH.defaultValue})
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)


class UnsupportedShapes(ValueError):
    """The shapes use something :mod:`kg.store.shacl` does not implement (use pyshacl)."""


# While checking, an IRI is its plain ``str`` (hashed and compared in C: rdflib's ``__eq__`` is
# Python and was most of the time); blank nodes and literals stay rdflib terms (neither equals
# a plain str). rdflib's term classes are ABCs, slow in ``isinstance`` of another kind of term:
# the checks below try the exact type first.

def _key(term):
    return str(term) if isinstance(term, URIRef) else term


def _term(key):
    return URIRef(key) if type(key) is str else key


_NOT_IRI = frozenset({Literal, BNode, str})


TYPE, SUBCLASS = _key(RDF.type), _key(RDFS.subClassOf)
SUBJECT, PREDICATE, OBJECT = _key(RDF.subject), _key(RDF.predicate), _key(RDF.object)


# -- pyshacl's text for nodes (only when a result needs a default message) ---------------------

def _stringify(graph, node) -> str:
    from pyshacl.rdfutil import stringify_node
    return stringify_node(graph, node)


def _stringify_or_str(graph, node) -> str:
    """As pyshacl's ``try: stringify_node(...) except (LookupError, ValueError): str(node)``."""
    try:
        return _stringify(graph, node)
    except (LookupError, ValueError):
        return str(node)


# -- one graph's triples, indexed ---------------------------------------------------------------

class _Data:
    """The data graph: (s, p) → objects, (o, p) → subjects for the inverse paths, class →
    instances, and rdfs:subClassOf within the graph (as pyshacl follows it)."""

    __slots__ = ("sp", "po", "by_class", "sub", "_up", "memo", "triples", "name", "_dg")

    def __init__(self, triples, name, inverse: frozenset, special: frozenset) -> None:
        sp: dict = {}
        po: dict = {}
        by_class: dict = {}
        sub: dict = {}
        get = sp.get
        for s, p, o in triples:
            t = type(s)
            if t is URIRef or (t not in _NOT_IRI and isinstance(s, URIRef)):
                s = str(s)
            t = type(p)
            if t is URIRef or (t not in _NOT_IRI and isinstance(p, URIRef)):
                p = str(p)
            t = type(o)
            if t is URIRef or (t not in _NOT_IRI and isinstance(o, URIRef)):
                o = str(o)
            key = (s, p)
            objects = get(key)
            if objects is None:
                sp[key] = [o]
            else:
                objects.append(o)
            if p in special:
                if p == TYPE:
                    by_class.setdefault(o, []).append(s)
                elif p == SUBCLASS:
                    sub.setdefault(s, []).append(o)
                if p in inverse:
                    po.setdefault((o, p), []).append(s)
        self.sp, self.po, self.by_class, self.sub = sp, po, by_class, sub
        self._up: dict = {}
        self.memo: dict = {}
        self.triples, self.name, self._dg = triples, name, None

    def up(self, cls) -> set:
        """``cls`` and every class it is an rdfs:subClassOf of, transitively, in the graph."""
        found = self._up.get(cls)
        if found is None:
            found, todo = {cls}, [cls]
            while todo:
                for parent in self.sub.get(todo.pop(), ()):
                    if parent not in found:
                        found.add(parent)
                        todo.append(parent)
            self._up[cls] = found
        return found

    def is_instance(self, node, cls) -> bool:
        """pyshacl's ``sh:class`` test: ``node rdf:type/rdfs:subClassOf* cls`` in the graph."""
        if type(node) is not str and isinstance(node, Literal):
            return False
        types = self.sp.get((node, TYPE))
        if not types:
            return False
        if cls in types:
            return True
        if self.sub:
            return any(cls in self.up(t) for t in types)
        return False

    def instances(self, classes) -> dict:
        """The focus nodes of ``sh:targetClass classes`` (in a dict: distinct, ordered)."""
        found: dict = {}
        if self.sub:
            for cls, nodes in self.by_class.items():
                up = self.up(cls)
                if any(c in up for c in classes):
                    found.update(dict.fromkeys(nodes))
        else:
            for cls in classes:
                found.update(dict.fromkeys(self.by_class.get(cls, ())))
        return found

    def data_graph(self):
        """pyshacl's view of the graph (for default messages only): the rdflib graph itself, or
        one made as kg makes article graphs (:func:`kg.graph.new_graph`)."""
        if self._dg is None:
            from pyshacl.graph_abstraction import DataGraph
            graph = self.triples
            if not isinstance(graph, Graph):
                from ..graph import new_graph
                graph = new_graph(self.name if isinstance(self.name, URIRef) else None)
                for triple in self.triples:
                    graph.add(triple)
            self._dg = DataGraph.from_rdflib(graph)
        return self._dg


# -- results ------------------------------------------------------------------------------------

class _Result:
    """One validation result: made cheaply while checking, written as a Violation at the end."""

    __slots__ = ("shape", "constraint", "focus", "value", "details")

    def __init__(self, shape, constraint, focus, value=None, details=()) -> None:
        self.shape, self.constraint, self.focus = shape, constraint, focus
        self.value, self.details = value, details

    def walk(self):
        yield self
        for detail in self.details:
            yield from detail.walk()


# -- constraint components ---------------------------------------------------------------------
# Each: ``run(data, shape, focus, values)`` → a list of results, or None when satisfied;
# ``generic(data, shape, result)`` → pyshacl's default message (a list of Literals).

class _Constraint:
    __slots__ = ("sg",)

    def generic(self, data, shape, result) -> list:
        return []


class _PerValue(_Constraint):
    """A constraint on each value on its own: a result per value its ``ok(data, v)`` (which
    each subclass defines) rejects."""
    __slots__ = ()

    def run(self, data, shape, focus, values):
        found = None
        for v in values:
            if not self.ok(data, v):
                found = found or []
                found.append(_Result(shape, self, focus, v))
        return found


class _MinCount(_Constraint):
    __slots__ = ("literal", "count")

    def __init__(self, sg, literal) -> None:
        self.sg, self.literal, self.count = sg, literal, int(literal.value)

    def run(self, data, shape, focus, values):
        if len(values) < self.count:
            return [_Result(shape, self, focus)]
        return None

    def generic(self, data, shape, result):
        path = _stringify(self.sg, shape.path)
        focus = _stringify_or_str(data.data_graph(), _term(result.focus))
        return [Literal(f"Less than {self.literal.value} values on {focus}->{path}")]


class _MaxCount(_Constraint):
    __slots__ = ("literal", "count")

    def __init__(self, sg, literal) -> None:
        self.sg, self.literal, self.count = sg, literal, int(literal.value)

    def run(self, data, shape, focus, values):
        if len(values) > self.count:
            return [_Result(shape, self, focus)]
        return None

    def generic(self, data, shape, result):
        path = _stringify(self.sg, shape.path)
        focus = _stringify(data.data_graph(), _term(result.focus))
        return [Literal(f"More than {self.literal.value} values on {focus}->{path}")]


class _Class(_Constraint):
    __slots__ = ("classes", "keys")

    def __init__(self, sg, classes: list) -> None:
        self.sg, self.classes, self.keys = sg, classes, [_key(c) for c in classes]

    def ok(self, data, v) -> bool:
        return all(data.is_instance(v, cls) for cls in self.keys)

    def run(self, data, shape, focus, values):
        found = None
        for cls in self.keys:
            for v in values:
                if not data.is_instance(v, cls):
                    found = found or []
                    found.append(_Result(shape, self, focus, v))
        return found

    def generic(self, data, shape, result):
        if len(self.classes) < 2:
            return [Literal(f"Value does not have class {_stringify(self.sg, self.classes[0])}")]
        rules = ", ".join(_stringify(self.sg, c) for c in self.classes)
        return [Literal(f"Value class is not in classes ({rules})")]


_STRING_TYPES = frozenset({str(LANG_STRING), str(XSD_STRING)})
_VALUE_TYPES = {XSD_STRING: (str, bytes), LANG_STRING: (str, bytes), XSD_INTEGER: int,
                XSD_FLOAT: float, XSD_DECIMAL: Decimal, XSD_BOOLEAN: bool, XSD_DATE: date,
                XSD_TIME: time, XSD_DATETIME: datetime}


class _Datatype(_PerValue):
    """pyshacl's ``sh:datatype`` test, its comparisons with the rule worked out once."""

    __slots__ = ("rule", "text", "types", "any_literal", "any_typed", "string", "lang_string")

    def __init__(self, sg, rule: URIRef) -> None:
        self.sg, self.rule, self.text = sg, rule, str(rule)
        self.types = _VALUE_TYPES.get(rule)     # _assert_actual_datatype: the value's Python type
        self.any_literal, self.any_typed = rule == RDFS_LITERAL, rule == RDFS_DATATYPE
        self.string, self.lang_string = rule == XSD_STRING, rule == LANG_STRING

    def _actual(self, v) -> bool:
        return self.types is None or isinstance(v.value, self.types)

    def ok(self, data, v) -> bool:
        if type(v) is not Literal and (type(v) is str or not isinstance(v, Literal)):
            return False
        datatype = v.datatype
        if (str.__eq__(datatype, self.text) if type(datatype) is URIRef   # == rule, in C
                else datatype == self.rule):
            if getattr(v, "ill_typed", None) is True:
                return False
            return self._actual(v)
        if self.any_literal:
            return True
        if self.any_typed and datatype:
            return True
        if datatype is None and v.language is None and self.string:
            return self._actual(v)
        if self.lang_string and v.language:
            return self._actual(v)
        return False

    def generic(self, data, shape, result):
        return [Literal(f"Value is not Literal with datatype {_stringify(self.sg, self.rule)}")]


_KINDS = {  # node kind → which of (IRI, blank node, literal) it admits
    SH.IRI: (True, False, False), SH.BlankNode: (False, True, False),
    SH.Literal: (False, False, True), SH.BlankNodeOrIRI: (True, True, False),
    SH.BlankNodeOrLiteral: (False, True, True), SH.IRIOrLiteral: (True, False, True)}


class _NodeKind(_PerValue):
    __slots__ = ("rule", "iri", "bnode", "literal")

    def __init__(self, sg, rule) -> None:
        self.sg, self.rule = sg, rule
        self.iri, self.bnode, self.literal = _KINDS.get(rule, (False, False, False))

    def ok(self, data, v) -> bool:
        if type(v) is str:
            return self.iri
        if type(v) is Literal:
            return self.literal
        if isinstance(v, BNode):
            return self.bnode
        if isinstance(v, Literal):
            return self.literal
        return self.iri

    def generic(self, data, shape, result):
        return [Literal(f"Value is not of Node Kind {_stringify(self.sg, self.rule)}")]


class _HasValue(_Constraint):
    __slots__ = ("terms", "keys")

    def __init__(self, sg, terms: set) -> None:
        self.sg, self.terms, self.keys = sg, terms, [_key(t) for t in terms]

    def run(self, data, shape, focus, values):
        found = None
        for term in self.keys:
            if not any(v == term for v in values):
                found = found or []
                found.append(_Result(shape, self, focus))
        return found

    def generic(self, data, shape, result):
        the_set = [_stringify(self.sg, s) for s in self.terms]
        focus = _stringify(data.data_graph(), _term(result.focus))
        if shape.path is not None:
            return [Literal(f"Node {focus}->{_stringify(self.sg, shape.path)} does not contain a "
                            f"value in the set: {the_set}")]
        return [Literal(f"Node {focus} value is not a in the set of values: {the_set}")]


class _In(_PerValue):
    __slots__ = ("terms", "keys")

    def __init__(self, sg, terms: set) -> None:
        self.sg, self.terms, self.keys = sg, terms, {_key(t) for t in terms}

    def ok(self, data, v) -> bool:
        return v in self.keys

    def generic(self, data, shape, result):
        listed = [_stringify(self.sg, val) for val in self.terms]
        value = _stringify(data.data_graph(), _term(result.value))
        return [Literal(f"Value {value} not in list {listed}")]


class _MinLength(_PerValue):
    __slots__ = ("literal", "length")

    def __init__(self, sg, literal) -> None:
        self.sg, self.literal, self.length = sg, literal, literal.value

    def ok(self, data, v) -> bool:
        if self.length == 0:
            return True
        if type(v) is str:                              # an IRI
            return len(v) >= self.length
        if type(v) is not Literal and isinstance(v, BNode):
            return False
        if (isinstance(v, Literal) and v.value is not None
                and (v.datatype is None or str(v.datatype) in _STRING_TYPES)):
            return len(str(v.value)) >= self.length
        return len(str(v)) >= self.length

    def generic(self, data, shape, result):
        return [Literal(f"String length not >= {_stringify(data.data_graph(), self.literal)}")]


class _UniqueLang(_Constraint):
    __slots__ = ()

    def __init__(self, sg) -> None:
        self.sg = sg

    def run(self, data, shape, focus, values):
        seen, duplicates = set(), set()
        for v in values:
            if type(v) is not str and isinstance(v, Literal) and v.language:
                lang = str(v.language).lower()
                (duplicates if lang in seen else seen).add(lang)
        return [_Result(shape, self, focus) for _ in duplicates] or None

    def generic(self, data, shape, result):
        return [Literal("More than one String shares the same Language")]


_FORCE_COMPARE_VALUE = (datetime, time)


def _compare_literal(l1: Literal, l2: Literal) -> int:
    """pyshacl's ``rdfutil.compare.compare_literal``."""
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in _FORCE_COMPARE_VALUE:
        if l1.value == l2.value:
            return 0
        elif l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


class _MinInclusive(_Constraint):
    __slots__ = ("limits",)

    def __init__(self, sg, limits: list) -> None:
        self.sg, self.limits = sg, limits

    def run(self, data, shape, focus, values):
        found = None
        for limit in self.limits:
            limit_is_string = isinstance(limit.value, str)
            for v in values:
                ok = False
                if type(v) is not str and isinstance(v, Literal):
                    v_is_string = isinstance(v.value, str)
                    if limit_is_string == v_is_string:
                        try:
                            ok = _compare_literal(v, limit) >= 0
                        except (TypeError, NotImplementedError):
                            ok = False
                if not ok:
                    found = found or []
                    found.append(_Result(shape, self, focus, v))
        return found

    def generic(self, data, shape, result):
        if len(self.limits) < 2:
            return [Literal(f"Value is not >= {_stringify(self.sg, self.limits[0])}")]
        rules = ", ".join(_stringify(self.sg, c) for c in self.limits)
        return [Literal(f"Value is not >= in ({rules})")]


def _comparable(node):
    """pyshacl's reading of a node in ``sh:lessThanOrEquals``: (is a string, what compares)."""
    if type(node) is str:                                # an IRI
        return True, node
    if isinstance(node, BNode):
        raise RuntimeError("Cannot use sh:lessThanOrEquals to compare a BlankNode.")
    if isinstance(node, URIRef):
        return True, str(node)
    if isinstance(node, Literal) and isinstance(node.value, str):
        return True, node.value
    return False, node


class _LessThanOrEquals(_Constraint):
    __slots__ = ("properties", "keys")

    def __init__(self, sg, properties: set) -> None:
        self.sg, self.properties, self.keys = sg, properties, [_key(p) for p in properties]

    def run(self, data, shape, focus, values):
        found = None
        for prop in self.keys:
            others = data.sp.get((focus, prop), ())
            for v in values:
                v_is_string, v_cmp = _comparable(v)
                for other in others:
                    o_is_string, o_cmp = _comparable(other)
                    if v_is_string != o_is_string or not v_cmp <= o_cmp:
                        found = found or []
                        found.append(_Result(shape, self, focus, v))
        return found

    def generic(self, data, shape, result):
        dg = data.data_graph()
        if len(self.properties) < 2:
            rules = _stringify(self.sg, next(iter(self.properties)))
        else:
            rules = ", ".join(_stringify(self.sg, p) for p in self.properties)
        return [Literal(f"Value of {_stringify(dg, _term(result.focus))}->{rules} < "
                        f"{_stringify(dg, _term(result.value))}")]


class _Node(_Constraint):
    __slots__ = ("nodes", "shapes")

    def __init__(self, sg, nodes: list) -> None:
        self.sg, self.nodes, self.shapes = sg, nodes, []

    def run(self, data, shape, focus, values):
        found = None
        for target in self.shapes:
            for v in values:
                ok, results = target.check(data, v)
                if not ok or results:
                    found = found or []
                    found.append(_Result(shape, self, focus, v, results))
        return found

    def generic(self, data, shape, result):
        if len(self.nodes) < 2:
            text = f"Value does not conform to Shape {_stringify(self.sg, self.nodes[0])}."
        else:
            rules = "', '".join(_stringify(self.sg, c) for c in self.nodes)
            text = f"Value must conform to every Shape in ('{rules}')."
        return [Literal(text + " See details for more information.")]


class _Or(_Constraint):
    __slots__ = ("lists", "shapes")

    def __init__(self, sg, lists: list) -> None:
        self.sg, self.lists, self.shapes = sg, lists, []    # shapes: one tuple per sh:or list

    def run(self, data, shape, focus, values):
        found = None
        for alternatives in self.shapes:
            for v in values:
                for alt in alternatives:
                    if alt.check(data, v)[0]:
                        break
                else:
                    found = found or []
                    found.append(_Result(shape, self, focus, v))
        return found

    def generic(self, data, shape, result):
        sg = self.sg
        if len(self.lists) < 2:
            shapes = " , ".join(_stringify(sg, s) for s in sg.items(self.lists[0]))
        else:
            shapes = " and ".join("(" + " , ".join(_stringify(sg, s) for s in sg.items(lst)) + ")"
                                  for lst in self.lists)
        value = _stringify_or_str(data.data_graph(), _term(result.value))
        return [Literal(f"Node {value} must conform to one or more shapes in {shapes}")]


class _Qualified(_Constraint):
    __slots__ = ("nodes", "shapes", "min_count", "max_count")

    def __init__(self, sg, nodes: set, min_count, max_count) -> None:
        self.sg, self.nodes, self.shapes = sg, nodes, []
        self.min_count, self.max_count = min_count, max_count

    def run(self, data, shape, focus, values):
        found = None
        for target in self.shapes:
            conforming = sum(1 for v in values if target.check(data, v)[0])
            if self.max_count is not None and conforming > self.max_count:
                found = found or []
                found.append(_Result(shape, self, focus))
            if self.min_count is not None and conforming < self.min_count:
                found = found or []
                found.append(_Result(shape, self, focus))
        return found

    def generic(self, data, shape, result):
        shapes = ",".join(_stringify(self.sg, s) for s in self.nodes)
        counts = ""
        if self.min_count is not None:
            counts += f" MinCount {self.min_count}"
        if self.max_count is not None:
            counts += f" MaxCount {self.max_count}"
        if len(self.nodes) > 1:
            return [Literal(f"Focus node does not conform to shapes{counts}: ({shapes})")]
        return [Literal(f"Focus node does not conform to shape{counts}: {shapes}")]


# The one SPARQL-based constraint of the shapes, read: "the fact's triple is asserted".
_ASSERTED_QUERY = ("SELECT $this WHERE { $this rdf:subject ?s ; rdf:predicate ?p ; "
                   "rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o } }")


def _format_message(msg: str, bound: dict) -> str:
    """pyshacl's ``_format_sparql_based_result_message``."""
    for var, val in bound.items():
        msg = re.sub(f"{{[?$]{var}}}", str(val), msg)
    return msg


class _Asserted(_Constraint):
    """``sh:sparql [ sh:select "SELECT $this WHERE { $this rdf:subject ?s ; rdf:predicate ?p ;
    rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o } }" ]``, natively: a result (value: the focus
    node) when some subject/predicate/object combination of the focus node is not a triple."""

    __slots__ = ("node", "messages")

    def __init__(self, sg, node, messages: list | None) -> None:
        self.sg, self.node, self.messages = sg, node, messages

    def run(self, data, shape, focus, values):
        sp = data.sp
        for s in sp.get((focus, SUBJECT), ()):
            for p in sp.get((focus, PREDICATE), ()):
                for o in sp.get((focus, OBJECT), ()):
                    if o not in sp.get((s, p), ()):
                        return [_Result(shape, self, focus, focus)]
        return None


# -- shapes -------------------------------------------------------------------------------------

class _Shape:
    """A node or property shape: its own constraints, and its sh:property shapes."""

    __slots__ = ("node", "path", "predicate", "inverse", "path_text", "name", "severity",
                 "allowed", "severity_text", "messages", "deactivated", "targets",
                 "constraints", "properties", "is_property", "quick")

    def check(self, data, focus):
        """``(conforms, results)`` of ``focus`` against the shape, memoised per graph (a shape
        reached through sh:node, sh:or or sh:qualifiedValueShape). A node shape of value
        tests alone (``sh:class``, ``sh:datatype``, …) that ``focus`` passes conforms at once."""
        quick = self.quick
        if quick is not None:
            for constraint in quick:
                if not constraint.ok(data, focus):
                    break
            else:
                return _CONFORMS
        key = (self, focus)
        found = data.memo.get(key)
        if found is None:
            found = data.memo[key] = self.validate(data, focus)
        return found

    def validate(self, data, focus):
        """``(conforms, results)``, as pyshacl's ``Shape.validate`` with ``allow_warnings``."""
        if self.deactivated:
            return True, []
        if self.is_property:
            values = (data.po if self.inverse else data.sp).get((focus, self.predicate), ())
        else:
            values = (focus,)
        results: list = []
        failed = False
        for constraint in self.constraints:
            found = constraint.run(data, self, focus, values)
            if found:
                results += found
                failed = True
        for prop in self.properties:
            for v in values:
                ok, found = prop.validate(data, v)
                if found:
                    results += found
                if not ok:
                    failed = True
        return self.allowed or not failed, results


_CONFORMS = (True, ())


class CompiledShapes:
    """``ontology/shapes.ttl`` as Python objects (:func:`compile_shapes`)."""

    def __init__(self, graph: Graph, shapes: dict, inverse: frozenset) -> None:
        self.graph = graph
        self.shapes = shapes
        self.targeted = [s for s in shapes.values() if s.targets]
        self.inverse = inverse
        self.special = frozenset({TYPE, SUBCLASS}) | inverse

    def validate(self, triples: Iterable, graph_name=None) -> list[Violation]:
        """The sorted results of one graph's triples (empty when it conforms)."""
        data = _Data(triples, graph_name, self.inverse, self.special)
        conforms = True
        results: list = []
        for shape in self.targeted:
            for focus in data.instances(shape.targets):
                ok, found = shape.validate(data, focus)
                results += found
                conforms = conforms and ok
        if conforms:
            return []
        name = _short(graph_name) if isinstance(graph_name, URIRef) else ""
        return sorted(_violation(data, name, r) for top in results for r in top.walk())


def _violation(data: _Data, name: str, result: _Result) -> Violation:
    shape, constraint = result.shape, result.constraint
    messages = list(shape.messages)
    if isinstance(constraint, _Asserted):
        bound = {"this": _term(result.focus), "value": _term(result.value)}
        texts = {Literal(_format_message(str(m.value), bound)) if isinstance(m, Literal) else m
                 for m in (constraint.messages or ()) if m not in messages}
        texts.update(Literal(_format_message(str(m.value), bound)) if isinstance(m, Literal) else m
                     for m in messages)
    else:
        texts = set(messages or constraint.generic(data, shape, result))
    value = _term(result.value)
    return Violation(
        graph=name, focus=_short(_term(result.focus)), path=shape.path_text,
        message="; ".join(sorted(str(m) for m in texts)),
        value="" if value is None or isinstance(value, BNode) else _short(value),
        severity=shape.severity_text, shape=shape.name)


# -- compiling ----------------------------------------------------------------------------------

def _unsupported(g: Graph, node, text: str) -> UnsupportedShapes:
    return UnsupportedShapes(f"{_name(g, node)}: {text}")


def _name(g: Graph, node) -> str:
    """A node of the shapes in an error message: ``sh:pattern``, ``kgsh:Fact``, ``[sh:path p]``."""
    if isinstance(node, URIRef) and str(node).startswith(str(SH)):
        return "sh:" + str(node)[len(str(SH)):]
    if isinstance(node, BNode):
        path = g.value(node, SH.path)
        return f"[sh:path {_name(g, path)}]" if path is not None else "a blank-node shape"
    return g.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node)


def _shape_nodes(g: Graph) -> dict:
    """Every shape of the graph, as pyshacl finds them: node → its sh:path (None: node shape)."""
    node_shapes = set(g.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(g.subjects(RDF.type, SH.PropertyShape))
    found: dict = {}
    for s in node_shapes:
        if s in prop_shapes or list(g.objects(s, SH.path)):
            raise _unsupported(g, s, "a sh:NodeShape with a sh:path")
        found[s] = None
    subjects = {s for p in _TARGETS + (SH.property, SH.node) for s in g.subjects(p, None)}
    values = {o for p in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
              for o in g.objects(None, p)}
    for p in (SH["and"], SH["or"], SH.xone):
        for lst in g.objects(None, p):
            values.update(g.items(lst))
    for s in prop_shapes | subjects | values:
        if s in found:
            continue
        paths = list(g.objects(s, SH.path))
        if len(paths) > 1:
            raise _unsupported(g, s, "more than one sh:path")
        if s in prop_shapes and not paths:
            raise _unsupported(g, s, "a sh:PropertyShape without sh:path")
        found[s] = paths[0] if paths else None
    return found


def _one(g: Graph, node, predicate, what: str):
    values = list(g.objects(node, predicate))
    if len(values) != 1:
        raise _unsupported(g, node, f"{what} needs exactly one value, has {len(values)}")
    return values[0]


def _count(g: Graph, node, predicate, what: str) -> Literal:
    value = _one(g, node, predicate, what)
    if not (isinstance(value, Literal) and value.datatype == XSD.integer and int(value.value) >= 0):
        raise _unsupported(g, node, f"{what} must be a non-negative xsd:integer")
    return value


def _sparql(g: Graph, shape, node) -> _Asserted:
    """The SPARQL constraint ``node`` of ``shape``, if it is the one this module reads."""
    for p in g.predicates(node, None):
        if p not in (RDF.type, SH.select, SH.message, SH.prefixes, SH.deactivated):
            raise _unsupported(g, shape, f"sh:sparql with {_name(g, p)} is not supported")
    if list(g.objects(node, SH.deactivated)):
        raise _unsupported(g, shape, "sh:deactivated on a SPARQL constraint is not supported")
    select = _one(g, node, SH.select, "sh:select")
    if " ".join(str(select).split()) != _ASSERTED_QUERY:
        raise _unsupported(g, shape, "only the 'fact is asserted' SPARQL constraint is "
                           f"supported, not {' '.join(str(select).split())!r}")
    prefixes: dict = {}
    declares = {d for o in g.subjects(RDF.type, OWL.Ontology) for d in g.objects(o, SH.declare)}
    for holder in g.objects(node, SH.prefixes):
        declares.update(g.objects(holder, SH.declare))
    for declare in declares:
        prefixes.setdefault(str(_one(g, declare, SH.prefix, "sh:prefix")), set()).add(
            str(_one(g, declare, SH.namespace, "sh:namespace")))
    if prefixes.get("rdf") != {str(RDF)}:
        raise _unsupported(g, shape, f"the SPARQL constraint's prefix rdf: must be {RDF}")
    messages = list(g.objects(node, SH.message))
    for m in messages:
        if not (isinstance(m, Literal) and isinstance(m.value, str)):
            raise _unsupported(g, shape, "a SPARQL constraint's sh:message must be a string")
    return _Asserted(g, node, messages or None)


def compile_shapes(g: Graph) -> CompiledShapes:
    """Compile a shapes graph; :class:`UnsupportedShapes` names what is not supported."""
    for kind in (SH.ConstraintComponent, SH.SPARQLTarget, SH.JSConstraint):
        if (None, RDF.type, kind) in g:
            raise UnsupportedShapes(f"{_name(g, kind)} in the shapes is not supported")
    if (None, SH.parameter, None) in g:
        raise UnsupportedShapes("custom constraint components (sh:parameter) are not supported")
    paths = _shape_nodes(g)
    classes = {RDFS.Class, *g.subjects(RDFS.subClassOf, RDFS.Class)}   # a shape that is one
    shapes: dict = {}
    for node, path in paths.items():
        shape = _Shape()
        shape.node, shape.path, shape.is_property = node, path, path is not None
        shape.name = "" if isinstance(node, BNode) else _short(node)
        shape.predicate, shape.inverse, shape.path_text = None, False, ""
        if path is not None:
            if isinstance(path, URIRef):
                shape.predicate, shape.path_text = _key(path), _short(path)
            elif (isinstance(path, BNode) and len(list(g.predicate_objects(path))) == 1
                  and isinstance(g.value(path, SH.inversePath), URIRef)):
                inverse = g.value(path, SH.inversePath)
                shape.predicate, shape.inverse = _key(inverse), True
                shape.path_text = "^" + _short(inverse)
            else:
                raise _unsupported(g, node, "only IRI and sh:inversePath IRI paths are supported")
        severities = set(g.objects(node, SH.severity))
        if len(severities) > 1:
            raise _unsupported(g, node, "more than one sh:severity")
        shape.severity = next(iter(severities)) if severities else SH.Violation
        shape.allowed = shape.severity in ALLOWED_SEVERITIES
        shape.severity_text = str(shape.severity).rsplit("#", 1)[-1]
        shape.messages = frozenset(g.objects(node, SH.message))
        deactivated = list(g.objects(node, SH.deactivated))
        if len(deactivated) > 1 or (deactivated and not isinstance(deactivated[0], Literal)):
            raise _unsupported(g, node, "sh:deactivated must be one literal")
        shape.deactivated = bool(deactivated[0].value) if deactivated else False
        shape.targets = tuple(_key(c) for c in g.objects(node, SH.targetClass))
        if any(t in classes for t in g.objects(node, RDF.type)):
            raise _unsupported(g, node, "implicit class targets are not supported")
        shapes[node] = shape
    links: list = []               # (constraint, shape nodes) to resolve once all exist
    for node, shape in shapes.items():
        shape.constraints, shape.properties = _constraints(g, node, shape, links)
    for constraint, nodes in links:
        for target in nodes:
            if target not in shapes:
                raise _unsupported(g, target, "referenced as a shape but is not one")
        if isinstance(constraint, _Node) and any(shapes[n].is_property for n in nodes):
            raise UnsupportedShapes(f"sh:node {nodes} names a property shape")
        if isinstance(constraint, _Or):
            constraint.shapes = [tuple(shapes[n] for n in set(g.items(lst)))
                                 for lst in constraint.lists]
        else:
            constraint.shapes = [shapes[n] for n in nodes]
    for shape in shapes.values():
        shape.properties = [shapes[p] for p in shape.properties]
        for prop in shape.properties:
            if not prop.is_property:
                raise _unsupported(g, shape.node,
                                   f"sh:property {_name(g, prop.node)} is not a property shape")
    _check_acyclic(g, shapes)
    for shape in shapes.values():
        simple = (not shape.is_property and not shape.properties
                  and all(hasattr(c, "ok") for c in shape.constraints))
        shape.quick = tuple(shape.constraints) if simple else None
    inverse = frozenset(s.predicate for s in shapes.values() if s.inverse)
    return CompiledShapes(g, shapes, inverse)


def _constraints(g: Graph, node, shape: _Shape, links: list) -> tuple[list, list]:
    predicates = set(g.predicates(node, None))
    for p in predicates:
        if str(p).startswith(str(SH)) and p not in _SHAPE_KEYS and p not in _PARAMETERS:
            raise _unsupported(g, node, f"{_name(g, p)} is not supported")
    prop_only = {SH.minCount, SH.maxCount, SH.uniqueLang, SH.lessThanOrEquals,
                 SH.qualifiedValueShape} & predicates
    if prop_only and not shape.is_property:
        names = ", ".join(sorted(_name(g, p) for p in prop_only))
        raise _unsupported(g, node, f"{names} on a node shape")
    objects = lambda p: list(g.objects(node, p))
    found: list = []
    if SH.minCount in predicates:
        found.append(_MinCount(g, _count(g, node, SH.minCount, "sh:minCount")))
    if SH.maxCount in predicates:
        found.append(_MaxCount(g, _count(g, node, SH.maxCount, "sh:maxCount")))
    if SH["class"] in predicates:
        found.append(_Class(g, objects(SH["class"])))
    if SH.datatype in predicates:
        rule = _one(g, node, SH.datatype, "sh:datatype")
        if type(rule) is not URIRef:
            raise _unsupported(g, node, "sh:datatype must be an IRI")
        found.append(_Datatype(g, rule))
    if SH.nodeKind in predicates:
        kind = _one(g, node, SH.nodeKind, "sh:nodeKind")
        if kind not in _KINDS:
            raise _unsupported(g, node, f"sh:nodeKind {_name(g, kind)}")
        found.append(_NodeKind(g, kind))
    if SH.hasValue in predicates:
        found.append(_HasValue(g, set(g.objects(node, SH.hasValue))))
    if SH["in"] in predicates:
        terms: set = set()
        for item in g.items(_one(g, node, SH["in"], "sh:in")):
            terms.add(item)                      # as pyshacl builds it (its message lists it)
        found.append(_In(g, terms))
    if SH.minLength in predicates:
        literal = _one(g, node, SH.minLength, "sh:minLength")
        if not (isinstance(literal, Literal) and isinstance(literal.value, int)
                and not isinstance(literal.value, bool) and literal.value >= 0
                and literal.datatype == XSD.integer):
            raise _unsupported(g, node, "sh:minLength must be a non-negative xsd:integer")
        found.append(_MinLength(g, literal))
    if SH.uniqueLang in predicates:
        flag = _one(g, node, SH.uniqueLang, "sh:uniqueLang")
        if not (isinstance(flag, Literal) and isinstance(flag.value, bool)):
            raise _unsupported(g, node, "sh:uniqueLang must be a boolean")
        if flag.value:
            found.append(_UniqueLang(g))
    if SH.minInclusive in predicates:
        limits = objects(SH.minInclusive)
        if not all(isinstance(v, Literal) for v in limits):
            raise _unsupported(g, node, "sh:minInclusive must be literals")
        found.append(_MinInclusive(g, limits))
    if SH.lessThanOrEquals in predicates:
        properties = set(objects(SH.lessThanOrEquals))
        if not all(isinstance(p, URIRef) for p in properties):
            raise _unsupported(g, node, "sh:lessThanOrEquals must be IRIs")
        found.append(_LessThanOrEquals(g, properties))
    if SH.node in predicates:
        constraint = _Node(g, objects(SH.node))
        links.append((constraint, constraint.nodes))
        found.append(constraint)
    if SH["or"] in predicates:
        constraint = _Or(g, objects(SH["or"]))
        members = [m for lst in constraint.lists for m in g.items(lst)]
        if any(not list(g.items(lst)) for lst in constraint.lists):
            raise _unsupported(g, node, "an empty sh:or list")
        links.append((constraint, members))
        found.append(constraint)
    qualified = {SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
                 SH.qualifiedValueShapesDisjoint} & predicates
    if qualified:
        if SH.qualifiedValueShape not in qualified:
            raise _unsupported(g, node, "sh:qualifiedMin/MaxCount without sh:qualifiedValueShape")
        for flag in objects(SH.qualifiedValueShapesDisjoint):
            if not (isinstance(flag, Literal) and flag.value is False):
                raise _unsupported(g, node, "sh:qualifiedValueShapesDisjoint is not supported")
        counts = []
        for p in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
            values = objects(p)
            if len(values) > 1 or (values and not (isinstance(values[0], Literal)
                                                   and isinstance(values[0].value, int))):
                raise _unsupported(g, node, f"{_name(g, p)} must be one integer")
            counts.append(values[0].value if values else None)
        if counts == [None, None]:
            raise _unsupported(g, node, "sh:qualifiedValueShape without a count")
        constraint = _Qualified(g, set(objects(SH.qualifiedValueShape)), *counts)
        links.append((constraint, constraint.nodes))
        found.append(constraint)
    if SH.sparql in predicates:
        if shape.is_property:
            raise _unsupported(g, node, "sh:sparql on a property shape is not supported")
        for sparql in objects(SH.sparql):
            found.append(_sparql(g, node, sparql))
    return found, objects(SH.property)


_PARAMETERS = frozenset({
    SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.nodeKind, SH.hasValue, SH["in"],
    SH.minLength, SH.uniqueLang, SH.minInclusive, SH.lessThanOrEquals, SH.node, SH["or"],
    SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint, SH.sparql, SH.property})


def _check_acyclic(g: Graph, shapes: dict) -> None:
    """A shape that reaches itself (sh:node, sh:property, sh:or, …) is not supported: pyshacl
    cuts such recursion by its own rules."""
    def refs(shape):
        out = list(shape.properties)
        for c in shape.constraints:
            if isinstance(c, _Or):
                out += [s for alts in c.shapes for s in alts]
            elif isinstance(c, (_Node, _Qualified)):
                out += c.shapes
        return out

    state: dict = {}

    def visit(shape):
        if state.get(shape) == 1:
            raise _unsupported(g, shape.node, "recursive shapes are not supported")
        if state.get(shape) == 2:
            return
        state[shape] = 1
        for other in refs(shape):
            visit(other)
        state[shape] = 2

    for shape in shapes.values():
        visit(shape)


# -- caches and the entry point -----------------------------------------------------------------

@lru_cache(maxsize=4)
def _compiled_file(path: str, mtime: float) -> CompiledShapes | UnsupportedShapes:
    from .validate import shapes_graph
    try:
        return compile_shapes(shapes_graph(Path(path)))
    except UnsupportedShapes as exc:
        return exc


_BY_GRAPH: dict = {}          # id(shapes graph) → (weakref, its length, compiled or the error)
_LOCK = threading.Lock()


def compiled_shapes(shapes: Graph | Path | str | None = None) -> CompiledShapes:
    """The compiled shapes: of a file (default ``ontology/shapes.ttl``; cached by path and
    mtime) or of a shapes graph (cached while it lives). Raises :class:`UnsupportedShapes`."""
    if shapes is None or isinstance(shapes, (str, Path)):
        from .validate import shapes_path
        path = Path(shapes) if shapes is not None else shapes_path()
        from .validate import shapes_graph
        shapes_graph(path)                            # E004 when missing
        found = _compiled_file(str(path), path.stat().st_mtime)
    else:
        key = id(shapes)
        with _LOCK:
            entry = _BY_GRAPH.get(key)
        if entry is not None and entry[0]() is shapes and entry[1] == len(shapes):
            found = entry[2]
        else:
            try:
                found = compile_shapes(shapes)
            except UnsupportedShapes as exc:
                found = exc
            with _LOCK:
                for stale in [k for k, v in _BY_GRAPH.items() if v[0]() is None]:
                    del _BY_GRAPH[stale]
                _BY_GRAPH[key] = (weakref.ref(shapes), len(shapes), found)
    if isinstance(found, UnsupportedShapes):
        raise found
    return found


def _triple_set() -> type:
    """:class:`kg.graph.triples.TripleSet` (distinct triples), if this kg has it."""
    try:
        from ..graph.triples import TripleSet
    except ImportError:                              # pragma: no cover
        return Graph
    return TripleSet


def validate_triples(triples: Iterable, graph_name=None,
                     shapes: Graph | Path | str | None = None) -> list[Violation]:
    """The SHACL results of one graph (empty when it conforms), as pyshacl gives them.

    ``triples``: an rdflib :class:`~rdflib.Graph`, a :class:`kg.graph.triples.TripleSet` or any
    iterable of rdflib-term triples (iterated once); ``graph_name``: the graph's IRI (the
    Violations' ``graph``); ``shapes``: a shapes file or graph (default ``ontology/shapes.ttl``).
    Raises :class:`UnsupportedShapes` when the shapes use what this module does not support.
    """
    if graph_name is None and isinstance(triples, Graph):
        graph_name = triples.identifier
    if isinstance(graph_name, str) and not isinstance(graph_name, (URIRef, BNode, Literal)):
        graph_name = URIRef(graph_name)
    if not isinstance(triples, (Graph, _triple_set())):
        triples = dict.fromkeys(triples)           # distinct, and iterable again for messages
    return compiled_shapes(shapes).validate(triples, graph_name)
