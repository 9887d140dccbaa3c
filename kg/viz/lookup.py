"""Read labels, names, articles and evidence from the data graph (and the ontology).

Values are read from the data first, then from the ontology (gazetteer bodies and SKOS
concepts keep their labels there). Every list comes back sorted.
"""
from __future__ import annotations

from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.term import Node

from ..vocab import FOAF, OA, PROV, RDF, RDFS, SCHEMA, SKOS, KG
from .style import pick_literal

__all__ = ["Lookup", "as_graph", "node_id", "sentence_at", "LABEL_PREDICATES",
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


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class Lookup:
    """Reads the data graph, falling back to the ontology graph."""

    def __init__(self, data: Graph, ontology: Graph | None = None) -> None:
        self.data = data
        self._graphs = tuple(g for g in (data, ontology) if g is not None)
        self._evidence: dict[Node, list[dict[str, object]]] = {}
        self._bodies: dict[Node, str] = {}

    def types(self, node: Node) -> set[URIRef]:
        """All ``rdf:type`` values of ``node``."""
        return {t for g in self._graphs for t in g.objects(node, RDF.type)
                if isinstance(t, URIRef)}

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
        """«более 40 % (валовой региональный продукт)» from a figure's parts."""
        label = self.text(node, RDFS.label, SCHEMA.name)
        if label:
            return label
        parts = [self.text(node, KG.qualifier), self.text(node, SCHEMA.value),
                 self.text(node, SCHEMA.unitText)]
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
        body = self._body(article)
        at = body.rfind(text) if text else -1
        if at < 0:
            return []
        info = self.article_info(article)
        return [{"sentence": sentence_at(body, at, at + len(text)), "article": info["id"],
                 "title": info["title"], "date": info["date"], "start": at,
                 "end": at + len(text)}]

    def _body(self, article: Node) -> str:
        if article not in self._bodies:
            self._bodies[article] = self.text(article, SCHEMA.articleBody) or ""
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
        body = self._body(source)
        if not body or end > len(body):
            return None
        info = self.article_info(source)
        return {"sentence": sentence_at(body, start, end), "article": info["id"],
                "title": info["title"], "date": info["date"], "start": start, "end": end}
