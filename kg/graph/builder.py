"""The graph stage: one article's extraction → the triples of its named graph.

Follows ``docs/data-model.md``: W3C ORG posts and memberships, schema.org people, bodies,
events and the article, PROV-O provenance, Web Annotation evidence. Every relation triple is
also reified as an ``rdf:Statement`` whose ``oa:Annotation`` holds the sentence and offsets.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from ..extract.model import Evidence, Extraction
from ..ontology import Ontology
from ..read import Article
from .. import vocab
from ..terms import Terms
from ..vocab import ID, PREFIXES
from .triples import TripleSet
from .iris import article_iri, article_key, digest, entity_iri, slug

__all__ = ["GraphBuilder", "new_graph"]

# terms made once (see kg/terms.py): an article graph names about 500 of them
DCTERMS, FOAF, KG, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, STATUS, XSD = (
    Terms(getattr(vocab, name)) for name in
    ("DCTERMS", "FOAF", "KG", "OA", "ORG", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "STATUS", "XSD"))

RU = "ru"
_KIND_CLASSES = {
    "region": (KG.Region, SCHEMA.AdministrativeArea),
    "city": (SCHEMA.City,),
    "country": (SCHEMA.Country,),
    "place": (SCHEMA.Place,),
}


def new_graph(identifier: URIRef | None = None) -> Graph:
    graph = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


class GraphBuilder:
    """Builds the named graph of one article."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology

    def __call__(self, article: Article, ex: Extraction) -> Graph:
        """The article's named graph as an rdflib graph."""
        return self.triples(article, ex).to_graph(new_graph(article_iri(article.id)))

    def triples(self, article: Article, ex: Extraction) -> TripleSet:
        """The article's triples (what :meth:`__call__` puts in a graph)."""
        triples = TripleSet()
        self._g, self._art, self._article = triples, article_iri(article.id), article
        try:
            self._build(article, ex)
        finally:     # hold nothing between articles: a build keeps one at a time
            self._g = self._art = self._article = None
        return triples

    def _build(self, article: Article, ex: Extraction) -> None:
        self._article_node(article, ex)
        for person in ex.persons.values():
            self._person(person)
        for body in ex.bodies.values():
            self._body(body)
        for official in ex.officials:
            self._official(official, ex)
        for group in ex.groups.values():
            node = entity_iri(group.key)
            self._add(node, RDF.type, KG.Group)
            self._add(node, RDF.type, FOAF.Group)
            self._add(node, RDFS.label, Literal(group.label, lang=RU))
            self._derived(node)
        for event in ex.events.values():
            self._event(event, ex)
        for n, statement in enumerate(ex.statements, 1):
            self._statement(n, statement)
        for founding in ex.foundings:
            body = entity_iri(founding.body)
            date = Literal(founding.date, datatype=XSD.gYear if len(founding.date) == 4 else XSD.date)
            self._fact(body, SCHEMA.foundingDate, date, founding.evidence)
            if founding.place:
                self._fact(body, SCHEMA.foundingLocation, entity_iri(founding.place), founding.evidence)
        for n, figure in enumerate(ex.figures, 1):
            self._figure(n, figure)
        for mention in ex.mentions:
            self._mention(mention)
        self._concepts()

    def _concepts(self) -> None:
        """Copy the labels of the ontology concepts this graph uses, so it reads on its own."""
        used = {o for p in (ORG.role, KG.bodyType, KG.eventType, KG.speechAct, KG.status)
                for o in self._g.objects(None, p)}
        for iri in sorted(used):
            concept = self.ontology.concepts.get(iri)
            if concept is None:
                continue
            self._add(iri, RDF.type, SKOS.Concept)
            self._add(iri, SKOS.prefLabel, Literal(concept.label, lang=RU))
            self._add(iri, SKOS.prefLabel, Literal(concept.label_en, lang="en"))

    # -- helpers ----------------------------------------------------------------------
    def _add(self, s, p, o) -> None:
        self._g.add((s, p, o))

    def _derived(self, node: URIRef) -> None:
        self._add(node, PROV.wasDerivedFrom, self._art)

    def _annotate(self, body: URIRef, evidence: Evidence) -> None:
        ann = ID[f"annotation/{digest(self._art, body, evidence.start, evidence.end)}"]
        target, sentence = URIRef(f"{ann}#target"), URIRef(f"{ann}#sentence")
        span, quote = URIRef(f"{ann}#span"), URIRef(f"{ann}#quote")
        add = self._add
        add(ann, RDF.type, OA.Annotation)
        add(ann, OA.motivatedBy, OA.describing)
        add(ann, OA.hasBody, body)
        add(ann, OA.hasTarget, target)
        add(target, RDF.type, OA.SpecificResource)
        add(target, OA.hasSource, self._art)
        add(target, OA.hasSelector, sentence)
        add(target, OA.hasSelector, quote)
        add(sentence, RDF.type, OA.TextPositionSelector)
        add(sentence, OA.start, _plain(evidence.sent_start))
        add(sentence, OA.end, _plain(evidence.sent_end))
        add(sentence, OA.refinedBy, span)
        add(span, RDF.type, OA.TextPositionSelector)
        add(span, OA.start, _plain(evidence.start))
        add(span, OA.end, _plain(evidence.end))
        add(quote, RDF.type, OA.TextQuoteSelector)
        add(quote, OA.exact, _plain(evidence.sentence))

    def _fact(self, s: URIRef, p: URIRef, o, evidence: Evidence) -> URIRef:
        """Assert ``s p o`` and record, on a reified statement, where the text says so."""
        self._add(s, p, o)
        fact = ID[f"fact/{digest(self._art, s, p, o)}"]
        self._add(fact, RDF.type, RDF.Statement)
        self._add(fact, RDF.subject, s)
        self._add(fact, RDF.predicate, p)
        self._add(fact, RDF.object, o)
        self._derived(fact)
        self._annotate(fact, evidence)
        return fact

    # -- nodes ------------------------------------------------------------------------
    def _article_node(self, article: Article, ex: Extraction) -> None:
        art, add = self._art, self._add
        add(art, RDF.type, SCHEMA.NewsArticle)
        add(art, SCHEMA.identifier, Literal(article.id))
        add(art, SCHEMA.articleBody, Literal(article.text, lang=RU))
        if article.title:
            add(art, SCHEMA.headline, Literal(article.title, lang=RU))
        if article.date:
            add(art, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date))
        if article.url:
            add(art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI))
        if article.source:
            add(art, KG.sourceName, Literal(article.source, lang=RU))
        if ex.source:
            add(art, DCTERMS.source, entity_iri(ex.source))
        if article.photo_credit:
            add(art, KG.photoCredit, Literal(article.photo_credit, lang=RU))
        if ex.photo_credit:
            image = URIRef(f"{art}/image")
            add(art, SCHEMA.image, image)
            add(image, RDF.type, SCHEMA.ImageObject)
            add(image, SCHEMA.creator, entity_iri(ex.photo_credit))
            add(image, SCHEMA.isPartOf, art)

    def _person(self, person) -> None:
        node, add = entity_iri(person.key), self._add
        add(node, RDF.type, SCHEMA.Person)
        add(node, RDF.type, FOAF.Person)
        add(node, FOAF.name, Literal(person.name, lang=RU))
        if person.given:
            add(node, SCHEMA.givenName, Literal(person.given, lang=RU))
        if person.family:
            add(node, SCHEMA.familyName, Literal(person.family, lang=RU))
        if person.patronymic:
            add(node, SCHEMA.additionalName, Literal(person.patronymic, lang=RU))
        for form in sorted(person.forms):
            if form != person.name:
                add(node, SKOS.hiddenLabel, Literal(" ".join(form.split()), lang=RU))
        self._derived(node)

    def _body(self, body) -> None:
        node, add = entity_iri(body.key), self._add
        label = Literal(body.name, lang=RU)
        if (node, SKOS.prefLabel, label) not in self._g:
            named = any(o.language == RU for o in self._g.objects(node, SKOS.prefLabel))
            # another key with the same IRI: its name is an altLabel
            add(node, SKOS.altLabel if named else SKOS.prefLabel, label)
        for cls in _KIND_CLASSES.get(body.kind, (ORG.Organization,)):
            add(node, RDF.type, cls)
        if body.body_type:
            add(node, KG.bodyType, URIRef(body.body_type))
            concept = self.ontology.concepts.get(URIRef(body.body_type))
            if concept is not None and concept.instance_class is not None and body.kind == "org":
                add(node, RDF.type, concept.instance_class)
        entity = self.ontology.entity(URIRef(body.iri)) if body.iri else None
        if entity is not None:
            for label in entity.labels[1:]:
                add(node, SKOS.altLabel, Literal(label, lang=RU))
            for cls in entity.types:
                add(node, RDF.type, cls)
            if entity.label_en != entity.label:
                add(node, SKOS.prefLabel, Literal(entity.label_en, lang="en"))
        for form in sorted(body.forms):
            form = " ".join(form.split())
            if form != body.name:
                add(node, SKOS.hiddenLabel, Literal(form, lang=RU))
        if body.region and body.kind != "region":
            region = entity_iri(body.region)
            add(node, KG.inRegion, region)
            self._describe_gazetteer(region)
        self._derived(node)

    def _describe_gazetteer(self, iri: URIRef) -> None:
        """Name and type a gazetteer entity that a node of this graph points to."""
        entity = self.ontology.entity(iri)
        if entity is None or (iri, SKOS.prefLabel, None) in self._g:
            return
        for cls in entity.types:
            self._add(iri, RDF.type, cls)
        if entity.body_type is not None:
            self._add(iri, KG.bodyType, entity.body_type)
        self._add(iri, SKOS.prefLabel, Literal(entity.label, lang=RU))
        if entity.label_en != entity.label:
            self._add(iri, SKOS.prefLabel, Literal(entity.label_en, lang="en"))
        self._derived(iri)

    def _official(self, official, ex: Extraction) -> None:
        add = self._add
        person = entity_iri(official.person)
        role = URIRef(official.post_type)
        body_part = slug(official.body) if official.body else "none"
        body_iri = entity_iri(official.body) if official.body else None
        if body_iri is not None:
            body_part = str(body_iri).rsplit("/", 2)[-2] + "-" + str(body_iri).rsplit("/", 1)[-1]
        post = ID[f"post/{slug(official.post)}/{body_part}"]
        membership = ID[f"membership/{str(person).rsplit('/', 1)[-1]}/{slug(official.post)}/{body_part}"]
        add(post, RDF.type, ORG.Post)
        add(post, ORG.role, role)
        add(post, RDFS.label, Literal(official.post, lang=RU))
        self._derived(post)
        status = URIRef(official.status) if official.status else STATUS.current
        holds = self._fact(person, ORG.holds, post, official.evidence)
        add(holds, KG.status, status)     # as the text states it: current, former, acting, …
        add(post, ORG.heldBy, person)
        if body_iri is None:
            return                        # a post with no body named: no membership
        self._fact(post, ORG.postIn, body_iri, official.evidence)
        add(membership, RDF.type, ORG.Membership)
        add(membership, ORG.member, person)
        add(membership, ORG.role, role)
        add(membership, KG.post, post)
        add(membership, ORG.organization, body_iri)
        add(membership, KG.status, status)
        self._derived(membership)
        self._annotate(membership, official.evidence)

    def _event(self, event, ex: Extraction) -> None:
        node, add = entity_iri(event.key), self._add
        add(node, RDF.type, SCHEMA.Event)
        add(node, SCHEMA.name, Literal(event.title, lang=RU))
        add(node, KG.eventType, URIRef(event.event_type))
        first = event.evidence[0]
        if event.place:
            self._fact(node, SCHEMA.location, entity_iri(event.place), first)
        if event.date:
            add(node, SCHEMA.startDate, Literal(event.date, datatype=XSD.date if len(event.date) > 4 else XSD.gYear))
        for ref, evidence in event.participants:
            self._fact(node, SCHEMA.attendee, entity_iri(ref), evidence)
        for ref, evidence in event.organizers:
            self._fact(node, SCHEMA.organizer, entity_iri(ref), evidence)
        if event.parent:
            parent = entity_iri(event.parent)
            self._fact(parent, SCHEMA.subEvent, node, first)
            add(node, SCHEMA.superEvent, parent)
        self._derived(node)
        for evidence in event.evidence:
            self._annotate(node, evidence)

    def _statement(self, n: int, statement) -> None:
        node, add = ID[f"statement/{article_key(self._article.id)}/{n}"], self._add
        add(node, RDF.type, KG.Statement)
        add(node, SCHEMA.text, Literal(statement.text, lang=RU))
        add(node, KG.speechAct, URIRef(statement.speech_act))
        add(node, SCHEMA.isPartOf, self._art)
        self._fact(node, SCHEMA.creator, entity_iri(statement.speaker), statement.evidence)
        self._derived(node)

    def _figure(self, n: int, figure) -> None:
        node, add = ID[f"figure/{article_key(self._article.id)}/{n}"], self._add
        add(node, RDF.type, KG.StatedFigure)
        add(node, SCHEMA.value, Literal(figure.value, datatype=XSD.decimal))
        add(node, SCHEMA.unitText, Literal(figure.unit))
        if figure.qualifier:
            add(node, KG.qualifier, Literal(figure.qualifier, lang=RU))
        if figure.change:
            add(node, KG.change, URIRef(figure.change))
        add(node, KG.measure, Literal(figure.measure, lang=RU))
        self._fact(node, SCHEMA.about, entity_iri(figure.about), figure.evidence)
        self._derived(node)

    def _mention(self, mention) -> None:
        node = ID[f"mention/{article_key(self._article.id)}/{mention.start}-{mention.end}-{mention.type.lower()}"]
        add = self._add
        target, position = URIRef(f"{node}#target"), URIRef(f"{node}#position")
        add(node, RDF.type, KG.Mention)
        add(node, RDF.type, OA.Annotation)
        add(node, OA.motivatedBy, OA.identifying)
        add(node, KG.mentionType, _plain(mention.type))
        if mention.ref:
            add(node, KG.mentionOf, entity_iri(mention.ref))
        add(node, OA.hasTarget, target)
        add(target, RDF.type, OA.SpecificResource)
        add(target, OA.hasSource, self._art)
        add(target, OA.hasSelector, position)
        add(position, RDF.type, OA.TextPositionSelector)
        add(position, OA.start, _plain(mention.start))
        add(position, OA.end, _plain(mention.end))
        quote = URIRef(f"{node}#quote")
        add(target, OA.hasSelector, quote)
        add(quote, RDF.type, OA.TextQuoteSelector)
        add(quote, OA.exact, _plain(self._article.text[mention.start:mention.end]))


@lru_cache(maxsize=100_000, typed=True)
def _plain(value: int | str) -> Literal:
    """``Literal(value)`` (an xsd:integer or a plain string), the same object for the same
    value: an article's mentions repeat offsets, types and sentences, and rdflib builds
    each Literal in Python (about a tenth of the graph stage).

    >>> _plain(5) is _plain(5), _plain(5) == Literal(5), _plain("5") == Literal(5)
    (True, True, False)
    """
    return Literal(value)
