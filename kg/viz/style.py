"""Node kinds, their RDF classes and their map style (colour, shape, legend label).

A node's kind comes from its ``rdf:type``; its style from the ontology (``kg:colour``,
``kg:shape``, ``rdfs:label`` on the kind's class, ``kg:colour`` on a body or event type
concept), falling back to the built-in :data:`DEFAULT_STYLES`.

>>> kind_of({SCHEMA.Person, FOAF.Person})
'person'
>>> kind_of({RDF.Statement}) is None
True
>>> Styler(None).kind_style("person").shape
'dot'
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping

from rdflib import Graph, Literal, URIRef

from ..vocab import FOAF, KG, OA, ORG, RDF, RDFS, SCHEMA, SKOS
from ..terms import Terms


# terms made once (see kg/terms.py)
FOAF, KG, OA, ORG, RDF, RDFS, SCHEMA, SKOS = map(
    Terms, (FOAF, KG, OA, ORG, RDF, RDFS, SCHEMA, SKOS))

__all__ = ["KINDS", "KIND_CLASSES", "STYLE_CLASSES", "DEFAULT_STYLES", "Style", "Styler",
           "SUBCLASS_STYLES", "kind_of", "pick_literal"]

KINDS: tuple[str, ...] = ("person", "post", "body", "region", "city", "event", "group",
                          "statement", "figure", "article")

# Checked in this order: the first kind whose classes meet a node's types wins.
KIND_CLASSES: Mapping[str, frozenset[URIRef]] = MappingProxyType({
    "article": frozenset({SCHEMA.NewsArticle, SCHEMA.Article}),
    "statement": frozenset({KG.Statement, SCHEMA.Quotation}),
    "figure": frozenset({KG.StatedFigure}),
    "event": frozenset({SCHEMA.Event}),
    "person": frozenset({SCHEMA.Person, FOAF.Person}),
    "post": frozenset({ORG.Post}),
    "group": frozenset({KG.Group, FOAF.Group}),
    "city": frozenset({SCHEMA.City}),
    "region": frozenset({KG.Region, SCHEMA.AdministrativeArea, SCHEMA.Country,
                         SCHEMA.State}),
    "body": frozenset({ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit,
                       SCHEMA.Organization, SCHEMA.GovernmentOrganization,
                       FOAF.Organization}),
})

# Nodes of these types are never drawn, whatever else they are.
EXCLUDED_CLASSES: frozenset[URIRef] = frozenset({
    RDF.Statement, OA.Annotation, OA.SpecificResource, OA.TextQuoteSelector,
    OA.TextPositionSelector, KG.Mention, KG.Founding, SCHEMA.ImageObject, SKOS.Concept,
    SKOS.ConceptScheme, ORG.Membership,
})

# The class whose kg:colour / kg:shape / rdfs:label styles each kind.
STYLE_CLASSES: Mapping[str, URIRef] = MappingProxyType({
    "person": SCHEMA.Person, "post": ORG.Post, "body": ORG.Organization,
    "region": KG.Region, "city": SCHEMA.City, "event": SCHEMA.Event, "group": KG.Group,
    "statement": KG.Statement, "figure": KG.StatedFigure, "article": SCHEMA.NewsArticle,
})


@dataclass(frozen=True)
class Style:
    """How one kind (or one body type) is drawn."""

    colour: str
    shape: str
    label: str      # Russian legend label
    label_en: str


DEFAULT_STYLES: Mapping[str, Style] = MappingProxyType({
    "person": Style("#1f77b4", "dot", "персона", "person"),
    "post": Style("#ff7f0e", "diamond", "должность", "post"),
    "body": Style("#2ca02c", "square", "орган", "body"),
    "region": Style("#17becf", "hexagon", "регион", "region"),
    "city": Style("#bcbd22", "triangle", "город", "city"),
    "event": Style("#d62728", "star", "событие", "event"),
    "group": Style("#9467bd", "triangleDown", "группа", "group"),
    "statement": Style("#e377c2", "box", "высказывание", "statement"),
    "figure": Style("#8c564b", "ellipse", "показатель", "stated figure"),
    "article": Style("#7f7f7f", "database", "статья", "article"),
})

# Classes inside a kind with a style of their own (ontology first, else the kind's look).
SUBCLASS_STYLES: Mapping[str, tuple[tuple[URIRef, Style], ...]] = MappingProxyType({
    "region": ((SCHEMA.Country, Style("#17becf", "hexagon", "страна", "country")),),
})


def kind_of(types: Iterable[URIRef]) -> str | None:
    """The map kind of a node with these ``rdf:type`` values, or None if it is not drawn."""
    types = set(types)
    if types & EXCLUDED_CLASSES:
        return None
    for kind, classes in KIND_CLASSES.items():
        if types & classes:
            return kind
    return None


def pick_literal(values: Iterable[object], lang: str = "ru") -> str | None:
    """The preferred literal: ``lang`` first, then untagged, then any; ties sorted."""
    lits = [v for v in values if isinstance(v, Literal)]
    if not lits:
        return None

    def rank(lit: Literal) -> tuple[int, str]:
        if lit.language == lang:
            return (0, str(lit))
        return (1, str(lit)) if not lit.language else (2, str(lit))

    return str(min(lits, key=rank))


class Styler:
    """Reads map styles from an ontology graph, with built-in defaults."""

    def __init__(self, ontology: Graph | None, data: Graph | None = None) -> None:
        from .lookup import TripleIndex
        self._graphs = tuple(g for g in (TripleIndex.cached(ontology),
                                         None if data is None else TripleIndex.of(data))
                             if g is not None)
        self._styles: dict[tuple[URIRef, Style], Style] = {}

    def _value(self, node: URIRef, prop: URIRef) -> str | None:
        for graph in self._graphs:
            value = pick_literal(graph.objects(node, prop))
            if value:
                return value
        return None

    def _label(self, node: URIRef, lang: str) -> str | None:
        for graph in self._graphs:
            for prop in (RDFS.label, SKOS.prefLabel):
                value = [o for o in graph.objects(node, prop)
                         if isinstance(o, Literal) and o.language == lang]
                if value:
                    return str(min(value))
        return None

    def class_style(self, cls: URIRef, default: Style) -> Style:
        """The style of a class: its ontology values over ``default``."""
        key = (cls, default)
        if key not in self._styles:
            self._styles[key] = self._class_style(cls, default)
        return self._styles[key]

    def _class_style(self, cls: URIRef, default: Style) -> Style:
        return Style(colour=self._value(cls, KG.colour) or default.colour,
                     shape=self._value(cls, KG.shape) or default.shape,
                     label=self._label(cls, "ru") or default.label,
                     label_en=self._label(cls, "en") or default.label_en)

    def kind_style(self, kind: str) -> Style:
        """The style of a kind: its class's ontology values over the defaults."""
        return self.class_style(STYLE_CLASSES[kind], DEFAULT_STYLES[kind])

    def node_style(self, kind: str, types: Iterable[URIRef]) -> Style:
        """The style of a node: a styled subclass of its kind (a country) or the kind's."""
        style = self.kind_style(kind)
        for cls, default in SUBCLASS_STYLES.get(kind, ()):
            if cls in set(types):
                return self.class_style(cls, Style(style.colour, style.shape, default.label,
                                                   default.label_en))
        return style

    def concept_label(self, concept: URIRef) -> str | None:
        """A SKOS concept's ``skos:prefLabel`` (Russian preferred)."""
        for graph in self._graphs:
            value = pick_literal(graph.objects(concept, SKOS.prefLabel))
            if value:
                return value
        return None

    def concept_style(self, concept: URIRef, attr: URIRef) -> str | None:
        """``kg:colour`` or ``kg:shape`` of a concept or its nearest broader concept."""
        seen: list[URIRef] = []
        node: URIRef | None = concept
        while node is not None and node not in seen:
            seen.append(node)
            value = self._value(node, attr)
            if value:
                return value
            broader = sorted(o for g in self._graphs for o in g.objects(node, SKOS.broader)
                             if isinstance(o, URIRef))
            node = broader[0] if broader else None
        return None
