"""Project the RDF knowledge graph onto a networkx graph: the shape drawn on maps.

Nodes are persons, posts, bodies, regions, cities, events, groups, statements, stated
figures and articles (never facts, annotations, mentions, memberships, images or SKOS
concepts), keyed by IRI. Edges are the relation triples between two drawn nodes, keyed by
the predicate IRI, with the evidence of their ``rdf:Statement`` fact. Node attributes:

``label``, ``kind``, ``kind_label``, ``type_label``, ``type_iri``, ``colour``, ``shape``,
``search`` (every name form), ``articles`` (sorted article ids), ``evidence`` (list of
``{sentence, article, title, date, start, end}``), ``details`` (side-panel sections, see
:mod:`kg.viz.details`) and ``title`` (hover text).

Edge attributes: ``predicate``, ``label`` (short Russian), ``evidence``, ``articles``,
``title``. Graph attributes: ``articles`` (``{id: {id, iri, title, date}}``) and ``kinds``
(``{kind: {label, label_en, colour, shape}}``).

Inverse relations are drawn once, the way round of :data:`INVERSES` (``org:heldBy`` as
``org:holds``), and ``prov:wasDerivedFrom`` is not drawn (it is the ``articles`` attribute).

Two kinds of edges stand for a path through a node that is not drawn, or for no triple:

* ``article —фото→ person`` (key ``schema:image``) for ``article schema:image ?img .
  ?img schema:creator person`` (the photo credit);
* ``article —упоминает→ node`` (key ``schema:mentions``) when a node of an article has no
  other edge stated by that article, so that nothing an article names floats alone; its
  evidence is the sentence of each ``kg:Mention`` of the node in that article.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Iterable, Mapping

import networkx as nx
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from ..vocab import FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS
from ..terms import Terms

from .details import node_details
from .lookup import Lookup, TripleIndex, node_id
from .style import KINDS, Styler, kind_of

# terms made once (see kg/terms.py)
DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS = map(
    Terms, (DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS))

__all__ = ["graph_to_network", "RELATION_LABELS", "INVERSES", "relation_label"]

RELATION_LABELS: Mapping[URIRef, str] = MappingProxyType({
    ORG.holds: "занимает",
    ORG.postIn: "должность в",
    ORG.memberOf: "член",
    ORG.subOrganizationOf: "входит в",
    ORG.reportsTo: "подчиняется",
    ORG.headOf: "руководит",
    ORG.organization: "организация",
    SCHEMA.attendee: "участник",
    SCHEMA.organizer: "организатор",
    SCHEMA.performer: "выступает",
    SCHEMA.subEvent: "включает",
    SCHEMA.location: "место",
    SCHEMA.creator: "автор",
    SCHEMA.author: "автор",
    SCHEMA.about: "о",
    SCHEMA.isPartOf: "из статьи",
    SCHEMA.mentions: "упоминает",
    SCHEMA.foundingLocation: "место создания",
    SCHEMA.founder: "основатель",
    SCHEMA.parentOrganization: "входит в",
    SCHEMA.containedInPlace: "находится в",
    SCHEMA.memberOf: "член",
    SCHEMA.worksFor: "работает в",
    SCHEMA.affiliation: "связан с",
    DCTERMS.source: "источник",
    SCHEMA.image: "фото",
    FOAF.member: "член группы",
    KG.inRegion: "в регионе",
    KG.capital: "столица",
})

INVERSES: Mapping[URIRef, URIRef] = MappingProxyType({
    ORG.heldBy: ORG.holds,
    SCHEMA.superEvent: SCHEMA.subEvent,
    ORG.hasSubOrganization: ORG.subOrganizationOf,
    ORG.hasMember: ORG.memberOf,
    SCHEMA.subOrganization: SCHEMA.parentOrganization,
})

SKIP_PREDICATES: frozenset[URIRef] = frozenset({
    RDF.type, PROV.wasDerivedFrom, RDFS.seeAlso, SKOS.related, SKOS.broader, SKOS.narrower,
})

# The concept naming a node's type (type_label); bodies and events take its style too.
TYPE_CONCEPTS: Mapping[str, URIRef] = MappingProxyType({
    "body": KG.bodyType, "region": KG.bodyType, "city": KG.bodyType, "event": KG.eventType})
CONCEPT_STYLED: frozenset[str] = frozenset({"body", "event"})

# Article → person/body edges whose evidence, lacking a fact, is the article's credit line.
CREDITS: Mapping[URIRef, URIRef] = MappingProxyType({
    SCHEMA.image: KG.photoCredit, DCTERMS.source: KG.sourceName})

Triple = tuple[Node, URIRef, Node]


def relation_label(predicate: URIRef) -> str:
    """The short Russian label of a relation (the predicate's local name if unknown)."""
    if predicate in RELATION_LABELS:
        return RELATION_LABELS[predicate]
    return str(predicate).rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _drawn_nodes(data: TripleIndex, look: Lookup) -> dict[Node, str]:
    candidates = set(data.subjects())
    candidates |= {o for _, p, o in data if p != RDF.type and isinstance(o, (URIRef, BNode))}
    kinds = {}
    for node in candidates:
        kind = kind_of(look.types(node))
        if kind is not None:
            kinds[node] = kind
    return kinds


def _quote(evidence: list[dict[str, object]]) -> list[str]:
    if not evidence:
        return []
    sentence = str(evidence[0]["sentence"])
    return ["«" + (sentence if len(sentence) <= 300 else sentence[:299] + "…") + "»"]


# At most this many sentences of evidence per node (its annotations first, then mentions).
NODE_EVIDENCE = 12
MENTIONED_KINDS = frozenset({"person", "body", "region", "city", "event", "group", "post"})


def _node_evidence(look: Lookup, node: Node, kind: str) -> list[dict[str, object]]:
    """The node's own annotations, then the sentences that mention it (one per sentence)."""
    items = list(look.evidence(node))
    if kind in MENTIONED_KINDS and len(items) < NODE_EVIDENCE:
        seen = {(i["article"], i["sentence"]) for i in items}
        for item in look.mention_evidence(node):
            if (item["article"], item["sentence"]) not in seen:
                seen.add((item["article"], item["sentence"]))
                items.append(item)
    items = items[:NODE_EVIDENCE]
    return sorted(items, key=lambda i: (str(i["date"]), str(i["article"]),
                                        i["start"] if i["start"] is not None else -1))


def _node_attrs(look: Lookup, styler: Styler, node: Node, kind: str,
                kinds: dict[Node, str]) -> dict[str, object]:
    style = styler.node_style(kind, look.types(node))
    label = look.label(node, kind)
    type_label, type_iri = style.label, ""
    colour, shape = style.colour, style.shape
    concept = look.value(node, TYPE_CONCEPTS[kind]) if kind in TYPE_CONCEPTS else None
    if isinstance(concept, URIRef):
        type_label = look.concept_label(concept) or type_label
        type_iri = str(concept)
        if kind in CONCEPT_STYLED:
            colour = styler.concept_style(concept, KG.colour) or colour
            shape = styler.concept_style(concept, KG.shape) or shape
    evidence = _node_evidence(look, node, kind)
    articles = {look.article_id(a) for a in look.derived_from(node)}
    articles |= {str(e["article"]) for e in evidence if e["article"]}
    if kind == "article":
        articles.add(look.article_id(node))
    if kind == "statement":
        articles |= {look.article_id(a) for a in look.objects(node, SCHEMA.isPartOf)}
    search = sorted(set(look.names(node)) | {label})
    return {"label": label, "kind": kind, "kind_label": styler.kind_style(kind).label,
            "type_label": type_label, "type_iri": type_iri, "colour": colour,
            "shape": shape, "search": search, "articles": sorted(articles),
            "evidence": evidence, "details": node_details(look, node, kind, kinds),
            "title": "\n".join([label, type_label] + _quote(evidence))}


def _relations(data: TripleIndex, kinds: dict[Node, str]) -> dict[Triple, set[Triple]]:
    """Drawn triples (inverses turned round) → the data triples that state them."""
    found: dict[Triple, set[Triple]] = {}
    for s, p, o in data:
        if p in SKIP_PREDICATES or s == o or s not in kinds or o not in kinds:
            continue
        key = (o, INVERSES[p], s) if p in INVERSES else (s, p, o)
        found.setdefault(key, set()).add((s, p, o))
    return found


def _facts(data: TripleIndex) -> dict[Triple, set[Node]]:
    facts: dict[Triple, set[Node]] = {}
    for fact in set(data.subjects(RDF.subject, None)):
        for s in data.objects(fact, RDF.subject):
            for p in data.objects(fact, RDF.predicate):
                for o in data.objects(fact, RDF.object):
                    facts.setdefault((s, p, o), set()).add(fact)
    return facts


def _edge_attrs(look: Lookup, triple: Triple, stated: set[Triple],
                facts: dict[Triple, set[Node]], subject_articles: list[str]) -> dict[str, object]:
    predicate = triple[1]
    label = relation_label(predicate)
    fact_nodes = sorted({f for t in stated for f in facts.get(t, ())})
    found: dict[tuple[object, ...], dict[str, object]] = {}
    articles: set[str] = set()
    for fact in fact_nodes:
        articles |= {look.article_id(a) for a in look.derived_from(fact)}
        for item in look.evidence(fact):
            found[(item["date"], item["article"], item["start"] or 0, item["end"] or 0,
                   item["sentence"])] = item
            if item["article"]:
                articles.add(str(item["article"]))
    evidence = [found[k] for k in sorted(found)]
    return {"predicate": str(predicate), "label": label, "evidence": evidence,
            "articles": sorted(articles) if articles else list(subject_articles),
            "facts": [node_id(f) for f in fact_nodes],
            "title": "\n".join([label] + _quote(evidence))}


def _photo_relations(data: TripleIndex, kinds: dict[Node, str]) -> dict[Triple, set[Triple]]:
    """``article schema:image ?img . ?img schema:creator person`` → article —фото→ person."""
    found: dict[Triple, set[Triple]] = {}
    for article, image in data.subject_objects(SCHEMA.image):
        if kinds.get(article) != "article":
            continue
        for prop in (SCHEMA.creator, SCHEMA.author):
            for creator in data.objects(image, prop):
                if creator in kinds and creator != article:
                    found.setdefault((article, SCHEMA.image, creator), set()).add(
                        (image, prop, creator))
    return found


def _add_mention_edges(net: nx.MultiDiGraph, look: Lookup,
                       iris: dict[str, Node]) -> None:
    """``article —упоминает→ node`` for each node left without an edge of that article."""
    infos = net.graph["articles"]
    linked: dict[str, set[str]] = {}
    for s, o, attrs in net.edges(data=True):
        for article in attrs["articles"]:
            linked.setdefault(s, set()).add(article)
            linked.setdefault(o, set()).add(article)
    for node in sorted(net.nodes):
        attrs = net.nodes[node]
        if attrs["kind"] == "article":
            continue
        for article in attrs["articles"]:
            info = infos.get(article)
            if info is None or info["iri"] not in net or article in linked.get(node, ()):
                continue
            if net.has_edge(info["iri"], node, str(SCHEMA.mentions)):
                continue
            evidence = look.mention_evidence(iris[node], iris[info["iri"]])
            label = relation_label(SCHEMA.mentions)
            net.add_edge(info["iri"], node, key=str(SCHEMA.mentions), predicate=str(
                SCHEMA.mentions), label=label, evidence=evidence, articles=[article],
                facts=[], title="\n".join([label] + _quote(evidence)))


def graph_to_network(graph: Graph | TripleIndex | Iterable[Triple],
                     ontology: Graph | None = None) -> nx.MultiDiGraph:
    """The map projection of ``graph`` (a Graph or a Dataset of article graphs).

    Args:
        graph: the knowledge graph; a Dataset's named graphs are merged. Any iterable of
            ``(s, p, o)`` triples will do (an article's ``TripleSet``: no rdflib graph).
        ontology: the ontology (``kg.ttl`` and gazetteer) for styles and labels, or None
            for the built-in styles.

    Returns:
        A MultiDiGraph keyed by IRI strings, edges keyed by predicate IRI; nodes and
        edges are added in sorted order.
    """
    data = TripleIndex.of(graph)
    look = Lookup(data, ontology)
    styler = Styler(ontology, data)
    kinds = _drawn_nodes(data, look)
    net = nx.MultiDiGraph()
    for node in sorted(kinds, key=node_id):
        net.add_node(node_id(node), **_node_attrs(look, styler, node, kinds[node], kinds))
    facts = _facts(data)
    relations = _relations(data, kinds)
    for triple, stated in _photo_relations(data, kinds).items():
        relations.setdefault(triple, set()).update(stated)
    for triple in sorted(relations, key=lambda t: (node_id(t[0]), node_id(t[2]), str(t[1]))):
        s, p, o = triple
        attrs = _edge_attrs(look, triple, relations[triple], facts,
                            net.nodes[node_id(s)]["articles"])
        if not attrs["evidence"] and p in CREDITS:  # the credit line of the article
            attrs["evidence"] = look.text_evidence(s, look.text(s, CREDITS[p]) or "") or \
                look.mention_evidence(o, s)
            attrs["title"] = "\n".join([attrs["label"]] + _quote(attrs["evidence"]))
        net.add_edge(node_id(s), node_id(o), key=str(p), **attrs)
    articles = {node for node, kind in kinds.items() if kind == "article"}
    articles |= {a for n in kinds for a in look.derived_from(n)}
    infos = {}
    for article in sorted(articles, key=node_id):
        info = look.article_info(article)
        infos[info["id"]] = info
    net.graph["articles"] = dict(sorted(infos.items()))
    _add_mention_edges(net, look, {node_id(n): n for n in kinds})
    net.graph["kinds"] = {kind: {"label": s.label, "label_en": s.label_en,
                                 "colour": s.colour, "shape": s.shape}
                          for kind in KINDS for s in (styler.kind_style(kind),)}
    return net
