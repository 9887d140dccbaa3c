"""Read labels, names, articles and evidence from the data graph (and the ontology).

Values are read from the data first, then from the ontology (gazetteer bodies and SKOS
concepts keep their labels there). Every list comes back sorted.

The map asks a graph hundreds of small questions per article; rdflib's store answers each
through generators, context bookkeeping and term comparisons. :class:`TripleIndex` reads
the triples once into plain dicts and answers the same questions (``objects``,
``subjects``, ``subject_objects``, iteration) by dict look-ups; the ontology's index is
made once per ontology graph (see :meth:`TripleIndex.cached`).
"""
from __future__ import annotations

import bisect
import re
import weakref
from typing import Iterable, Iterator

from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.term import Node

from ..vocab import FOAF, OA, PROV, RDF, RDFS, SCHEMA, SKOS, KG

from .style import pick_literal
from ..terms import INTERNED, Terms

# terms made once (see kg/terms.py)
FOAF, OA, PROV, RDF, RDFS, SCHEMA, SKOS, KG = map(
    Terms, (FOAF, OA, PROV, RDF, RDFS, SCHEMA, SKOS, KG))

__all__ = ["Lookup", "TripleIndex", "as_graph", "node_id", "sentence_at", "LABEL_PREDICATES",
           "NAME_PREDICATES", "STATEMENT_LABEL_CHARS"]

LABEL_PREDICATES: tuple[URIRef, ...] = (FOAF.name, SKOS.prefLabel, SCHEMA.name, RDFS.label,
                                        SCHEMA.headline)
NAME_PREDICATES: tuple[URIRef, ...] = (
    SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, FOAF.name, FOAF.nick, FOAF.givenName,
    FOAF.familyName, SCHEMA.name, SCHEMA.alternateName, SCHEMA.givenName,
    SCHEMA.familyName, SCHEMA.additionalName, RDFS.label, SCHEMA.headline)
STATEMENT_LABEL_CHARS = 60


def as_graph(graph: Graph) -> Graph:
    """A plain graph with every triple of ``graph``; a Dataset's named graphs are merged."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


Triple = tuple[Node, Node, Node]
_EMPTY: tuple[Node, ...] = ()


class TripleIndex:
    """A read-only snapshot of a graph's triples, indexed by subject and by predicate.

    Answers what the map asks of an rdflib graph, in the same way, from dicts:

    >>> s, p, o = URIRef("http://s"), URIRef("http://p"), Literal("o")
    >>> index = TripleIndex([(s, p, o), (s, p, o)])
    >>> len(index), list(index.objects(s, p)), list(index.subjects(p, o)) == [s]
    (1, [rdflib.term.Literal('o')], True)
    """

    __slots__ = ("_size", "_sp", "_po", "__weakref__")

    def __init__(self, triples: Iterable[Triple], *, distinct: bool = False) -> None:
        """Index ``triples`` (``distinct``: they are known to have no duplicates)."""
        unique = triples if distinct else dict.fromkeys(triples)
        sp: dict[Node, dict[Node, list[Node]]] = {}
        po: dict[Node, dict[Node, list[Node]]] = {}
        # one object per term, so that look-ups with terms read from here match by identity
        # (rdflib compares equal terms in Python)
        same: dict[Node, Node] = dict(INTERNED)
        for s, p, o in unique:
            s, p = same.setdefault(s, s), same.setdefault(p, p)
            if not isinstance(o, Literal):
                o = same.setdefault(o, o)
            sp.setdefault(s, {}).setdefault(p, []).append(o)
            po.setdefault(p, {}).setdefault(o, []).append(s)
        self._size = len(unique)
        self._sp = sp
        self._po = po

    @classmethod
    def of(cls, graph: "Graph | TripleIndex | Iterable[Triple]") -> "TripleIndex":
        """The index of a graph (a Dataset's named graphs merged) or of any triples."""
        if isinstance(graph, TripleIndex):
            return graph
        if isinstance(graph, ConjunctiveGraph):
            return cls((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
        return cls(graph, distinct=isinstance(graph, Graph))

    @classmethod
    def cached(cls, graph: "Graph | TripleIndex | None") -> "TripleIndex | None":
        """The index of a graph that many maps read (the ontology), made once per graph
        object; a graph whose triple count has changed since is indexed again."""
        if graph is None or isinstance(graph, TripleIndex):
            return graph
        key = id(graph)
        entry = _CACHE.get(key)
        if entry is not None:
            ref, size, index = entry
            if ref() is graph and size == len(graph):
                return index
        index = cls.of(graph)
        try:
            ref = weakref.ref(graph, lambda _, key=key: _CACHE.pop(key, None))
        except TypeError:       # not weakly referable: not cached
            return index
        _CACHE[key] = (ref, len(graph), index)
        return index

    def __iter__(self) -> Iterator[Triple]:
        for s, pos in self._sp.items():
            for p, os in pos.items():
                for o in os:
                    yield s, p, o

    def __len__(self) -> int:
        return self._size

    def __contains__(self, triple: Triple) -> bool:
        s, p, o = triple
        return o in self._sp.get(s, {}).get(p, _EMPTY)

    def objects(self, subject: Node | None = None, predicate: Node | None = None
                ) -> Iterable[Node]:
        """Objects of ``subject predicate ?o`` (either may be None: any)."""
        if subject is not None and predicate is not None:
            return self._sp.get(subject, {}).get(predicate, _EMPTY)
        if subject is not None:
            return [o for os in self._sp.get(subject, {}).values() for o in os]
        if predicate is not None:
            return list(self._po.get(predicate, {}))
        return list(dict.fromkeys(o for _, _, o in self))

    def subjects(self, predicate: Node | None = None, object: Node | None = None
                 ) -> Iterable[Node]:
        """Subjects of ``?s predicate object`` (either may be None: any); distinct when
        ``object`` is None."""
        if predicate is not None and object is not None:
            return self._po.get(predicate, {}).get(object, _EMPTY)
        if predicate is not None:
            return list(dict.fromkeys(s for ss in self._po.get(predicate, {}).values()
                                      for s in ss))
        if object is not None:
            return [s for s, _, o in self if o == object]
        return list(self._sp)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """``(s, o)`` of every ``s predicate o``."""
        for o, ss in self._po.get(predicate, {}).items():
            for s in ss:
                yield s, o


_CACHE: dict[int, tuple["weakref.ref[Graph]", int, TripleIndex]] = {}


def node_id(node: Node) -> str:
    """The map id of an RDF node: its IRI, or ``_:`` and the blank node id."""
    return f"_:{node}" if isinstance(node, BNode) else str(node)


_SENTENCE_END = ".!?…\n"
SENTENCE_CHARS = 400


def _boundary(text: str, i: int) -> bool:
    """Whether a sentence starts at ``i`` (after a terminator and a space, or a newline)."""
    return i <= 0 or i >= len(text) or text[i - 1] == "\n" or (
        text[i - 1] in _SENTENCE_END and text[i].isspace())


def sentence_at(text: str, start: int, end: int, limit: int = SENTENCE_CHARS) -> str:
    """The sentence of ``text`` around ``start:end`` (at most ``limit`` characters each side).

    >>> sentence_at("Первое. Губернатор Шапша выступил. Третье.", 18, 24)
    'Губернатор Шапша выступил.'
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left = start
    while left > max(0, start - limit) and not _boundary(text, left):
        left -= 1
    right = max(end, left + 1)
    while right < min(len(text), end + limit) and not _boundary(text, right):
        right += 1
    return " ".join(text[left:right].split())


# sentence starts: after a newline, or after a terminator followed by a space
_BOUNDARY = re.compile(r"(?<=\n)|(?<=[.!?…])(?=\s)")


class Sentences:
    """:func:`sentence_at` over one text, with its sentence starts found once.

    >>> Sentences("Первое. Губернатор Шапша выступил. Третье.").at(18, 24)
    'Губернатор Шапша выступил.'
    """

    __slots__ = ("text", "_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [m.start() for m in _BOUNDARY.finditer(text)]

    def _is_start(self, i: int) -> bool:
        return i <= 0 or i >= len(self.text) or self._has(i)

    def _has(self, i: int) -> bool:
        k = bisect.bisect_left(self._starts, i)
        return k < len(self._starts) and self._starts[k] == i

    def at(self, start: int, end: int, limit: int = SENTENCE_CHARS) -> str:
        """The sentence around ``start:end`` (as :func:`sentence_at`)."""
        text, starts = self.text, self._starts
        n = len(text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        low = max(0, start - limit)
        if self._is_start(start):
            left = start
        else:       # the last sentence start in (low, start], else low
            k = bisect.bisect_right(starts, start) - 1
            left = starts[k] if k >= 0 and starts[k] > low else low
        right = max(end, left + 1)
        high = min(n, end + limit)
        if right < high and not self._is_start(right):
            k = bisect.bisect_left(starts, right)   # the first start in [right, high)
            right = starts[k] if k < len(starts) and starts[k] < high else high
        return " ".join(text[left:right].split())


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class Lookup:
    """Reads the data graph, falling back to the ontology graph."""

    def __init__(self, data: "Graph | TripleIndex", ontology: "Graph | TripleIndex | None" = None
                 ) -> None:
        self.data = TripleIndex.of(data)
        self._graphs = tuple(g for g in (self.data, TripleIndex.cached(ontology))
                             if g is not None)
        self._evidence: dict[Node, list[dict[str, object]]] = {}
        self._bodies: dict[Node, Sentences] = {}
        self._types: dict[Node, frozenset[URIRef]] = {}

    def types(self, node: Node) -> set[URIRef]:
        """All ``rdf:type`` values of ``node``."""
        found = self._types.get(node)
        if found is None:
            found = self._types[node] = frozenset(
                t for g in self._graphs for t in g.objects(node, RDF.type)
                if isinstance(t, URIRef))
        return set(found)

    def objects(self, node: Node, prop: URIRef) -> list[Node]:
        """The sorted objects of ``node prop``, from the data or else the ontology."""
        for graph in self._graphs:
            values = sorted(set(graph.objects(node, prop)))
            if values:
                return values
        return []

    def value(self, node: Node, prop: URIRef) -> Node | None:
        """The first (sorted) object of ``node prop``."""
        values = self.objects(node, prop)
        return values[0] if values else None

    def subjects(self, prop: URIRef, obj: Node) -> list[Node]:
        """The sorted subjects of ``? prop obj`` in the data."""
        return sorted(set(self.data.subjects(prop, obj)))

    def text(self, node: Node, *props: URIRef) -> str | None:
        """The preferred literal of the first property that has one."""
        for prop in props:
            value = pick_literal(self.objects(node, prop))
            if value:
                return value
        return None

    def label(self, node: Node, kind: str | None = None) -> str:
        """A node's display label (a statement's: the start of its text)."""
        if kind == "statement":
            text = self.text(node, SCHEMA.text)
            if text:
                return _short(text, STATEMENT_LABEL_CHARS)
        if kind == "figure":
            label = self.figure_label(node)
            if label:
                return label
        label = self.text(node, *LABEL_PREDICATES)
        if label:
            return label
        full = " ".join(filter(None, (self.text(node, SCHEMA.givenName),
                                      self.text(node, SCHEMA.familyName))))
        if full:
            return full
        if kind == "article":
            return self.article_id(node)
        return node_id(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def figure_label(self, node: Node) -> str | None:
        """«более 40 % (валовой региональный продукт)», «98 000 000 000 RUB (объем инвестиций)»
        from a figure's parts."""
        label = self.text(node, RDFS.label, SCHEMA.name)
        if label:
            return label
        value = self.text(node, SCHEMA.value)
        if value and value.isdigit() and len(value) > 4:
            value = f"{int(value):,}".replace(",", " ")     # «98 000 000 000 RUB»
        parts = [self.text(node, KG.qualifier), value, self.text(node, SCHEMA.unitText)]
        text = " ".join(p for p in parts if p)
        measure = self.text(node, KG.measure)
        if measure:
            text = f"{text} ({measure})" if text else measure
        return text or None

    def concept_label(self, node: Node | None) -> str:
        """A SKOS concept's ``skos:prefLabel`` (Russian preferred), or ''."""
        if node is None:
            return ""
        return self.text(node, SKOS.prefLabel, RDFS.label) or ""

    def names(self, node: Node) -> list[str]:
        """Every name form of ``node`` in the data and ontology (for search)."""
        forms: set[str] = set()
        for graph in self._graphs:
            for prop in NAME_PREDICATES:
                forms.update(str(o) for o in graph.objects(node, prop)
                             if isinstance(o, Literal) and str(o).strip())
        given = [str(o) for o in self.objects(node, SCHEMA.givenName)]
        family = [str(o) for o in self.objects(node, SCHEMA.familyName)]
        middle = [str(o) for o in self.objects(node, SCHEMA.additionalName)]
        for g in given:
            for f in family:
                forms.add(f"{g} {f}")
                forms.add(f"{f} {g}")
                forms.update(f"{g} {m} {f}" for m in middle)
        return sorted(" ".join(f.split()) for f in forms)

    def article_id(self, article: Node) -> str:
        """An article's ``schema:identifier`` (or the end of its IRI)."""
        ident = self.text(article, SCHEMA.identifier)
        if ident:
            return ident
        iri = node_id(article)
        return iri.split("/article/", 1)[1] if "/article/" in iri else iri

    def article_info(self, article: Node) -> dict[str, str]:
        """``{id, iri, title, date}`` of an article."""
        return {"id": self.article_id(article), "iri": node_id(article),
                "title": self.text(article, SCHEMA.headline, SCHEMA.name) or "",
                "date": self.text(article, SCHEMA.datePublished) or ""}

    def derived_from(self, node: Node) -> list[Node]:
        """The articles ``node`` was derived from (``prov:wasDerivedFrom``)."""
        return sorted(set(self.data.objects(node, PROV.wasDerivedFrom)))

    def evidence(self, body: Node) -> list[dict[str, object]]:
        """Sentences of the ``oa:Annotation``s whose ``oa:hasBody`` is ``body``.

        Each is ``{sentence, article, title, date, start, end}``; sorted by date, article
        and position.
        """
        if body in self._evidence:
            return self._evidence[body]
        found: dict[tuple[object, ...], dict[str, object]] = {}
        for ann in self.subjects(OA.hasBody, body):
            for target in sorted(set(self.data.objects(ann, OA.hasTarget))):
                item = self._quote(target)
                if item is not None:
                    key = (item["date"], item["article"], item["start"] if item["start"]
                           is not None else -1, item["end"] if item["end"] is not None
                           else -1, item["sentence"])
                    found[key] = item
        self._evidence[body] = [found[k] for k in sorted(found)]
        return self._evidence[body]

    def _quote(self, target: Node) -> dict[str, object] | None:
        sentence: str | None = None
        start = end = None
        for selector in sorted(set(self.data.objects(target, OA.hasSelector))):
            sentence = sentence or self.text(selector, OA.exact)
            for prop, val in ((OA.start, "start"), (OA.end, "end")):
                lit = self.value(selector, prop)
                if isinstance(lit, Literal) and str(lit).lstrip("-").isdigit():
                    if val == "start":
                        start = int(str(lit))
                    else:
                        end = int(str(lit))
        if not sentence:
            return None
        source = self.value(target, OA.hasSource)
        info = self.article_info(source) if source is not None else {
            "id": "", "title": "", "date": ""}
        return {"sentence": sentence, "article": info["id"], "title": info["title"],
                "date": info["date"], "start": start, "end": end}

    def mention_evidence(self, node: Node, article: Node | None = None
                         ) -> list[dict[str, object]]:
        """The sentences where ``kg:Mention``s of ``node`` stand (in ``article`` if given).

        Items as in :meth:`evidence`; the sentence is cut from the article's
        ``schema:articleBody`` around the mention's ``oa:TextPositionSelector``.
        """
        found: dict[tuple[object, ...], dict[str, object]] = {}
        for mention in self.subjects(KG.mentionOf, node):
            for target in sorted(set(self.data.objects(mention, OA.hasTarget))):
                source = self.value(target, OA.hasSource)
                if source is None or (article is not None and source != article):
                    continue
                item = self._mention_quote(target, source)
                if item is not None:
                    found[(item["date"], item["article"], item["start"], item["end"],
                           item["sentence"])] = item
        # one item per sentence: the first mention in it
        seen: set[tuple[object, str]] = set()
        out = []
        for item in (found[k] for k in sorted(found)):
            key = (item["article"], str(item["sentence"]))
            if key not in seen:
                seen.add(key)
                out.append(item)
        return out

    def text_evidence(self, article: Node, text: str) -> list[dict[str, object]]:
        """The sentence of ``article``'s body where ``text`` last stands (or []): credit
        lines such as «Источник фото: …» close an article."""
        sentences = self._body(article)
        at = sentences.text.rfind(text) if text else -1
        if at < 0:
            return []
        info = self.article_info(article)
        return [{"sentence": sentences.at(at, at + len(text)), "article": info["id"],
                 "title": info["title"], "date": info["date"], "start": at,
                 "end": at + len(text)}]

    def _body(self, article: Node) -> Sentences:
        if article not in self._bodies:
            self._bodies[article] = Sentences(self.text(article, SCHEMA.articleBody) or "")
        return self._bodies[article]

    def _mention_quote(self, target: Node, source: Node) -> dict[str, object] | None:
        start = end = None
        for selector in sorted(set(self.data.objects(target, OA.hasSelector))):
            s, e = self.value(selector, OA.start), self.value(selector, OA.end)
            if isinstance(s, Literal) and isinstance(e, Literal):
                try:
                    start, end = int(str(s)), int(str(e))
                except ValueError:
                    continue
        if start is None or end is None:
            return None
        sentences = self._body(source)
        if not sentences.text or end > len(sentences.text):
            return None
        info = self.article_info(source)
        return {"sentence": sentences.at(start, end), "article": info["id"],
                "title": info["title"], "date": info["date"], "start": start, "end": end}
