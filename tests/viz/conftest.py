"""A small hand-built knowledge graph in the shape of docs/data-model.md."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.vocab import (BODY, EVENT, FOAF, ID, KG, OA, ORG, POST, PROV, RDF, RDFS, SCHEMA, SKOS,
                      SPEECH, STATUS)

RU = "ru"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # not XSD: pytest probes it
ARTICLE = ID["article/a1"]
PERSON = ID["person/vladislav-shapsha"]
POST_IRI = ID["post/governor/kaluzhskaya-oblast"]
REGION = ID["region/kaluzhskaya-oblast"]
CITY = ID["city/kaluga"]
DUMA = ID["org/gosudarstvennaya-duma"]
MEDIA = ID["org/kaluzhskaya-nedelya"]
EVENT_IRI = ID["event/soveshchanie-s-promyshlennikami"]
GROUP = ID["group/a1/rukovoditeli-predpriyatiy"]
STATEMENT = ID["statement/a1/1"]
FIGURE = ID["figure/a1/1"]
FACT = ID["fact/holds1"]
MEMBERSHIP = ID["membership/vladislav-shapsha/governor/kaluzhskaya-oblast"]

SENTENCE = ("Губернатор Калужской области Владислав Шапша провёл совещание "
            "с руководителями промышленных предприятий.")
QUOTE = ("Промышленность остаётся основой экономики региона: её доля превышает "
         "сорок процентов валового регионального продукта")


def _annotation(graph: Graph, name: str, body: URIRef, start: int, end: int,
                exact: str) -> None:
    ann = ID[f"annotation/{name}"]
    target, pos, quote = (URIRef(f"{ann}#target"), URIRef(f"{ann}#position"),
                          URIRef(f"{ann}#quote"))
    graph.add((ann, RDF.type, OA.Annotation))
    graph.add((ann, OA.hasBody, body))
    graph.add((ann, OA.hasTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, ARTICLE))
    graph.add((target, OA.hasSelector, pos))
    graph.add((target, OA.hasSelector, quote))
    graph.add((pos, RDF.type, OA.TextPositionSelector))
    graph.add((pos, OA.start, Literal(start)))
    graph.add((pos, OA.end, Literal(end)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(exact)))


def fill(g: Graph) -> Graph:
    """Add the sample article's triples to ``g``."""
    g.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    g.add((ARTICLE, SCHEMA.identifier, Literal("a1")))
    g.add((ARTICLE, SCHEMA.headline, Literal("Владислав Шапша встретился с промышленниками")))
    g.add((ARTICLE, SCHEMA.datePublished, Literal("2024-03-15", datatype=XSD_DATE)))
    g.add((ARTICLE, SCHEMA.url, Literal("https://example.org/news/a1")))
    g.add((ARTICLE, DCTERMS.source, MEDIA))
    image = ID["article/a1/image"]
    g.add((ARTICLE, SCHEMA.image, image))
    g.add((image, RDF.type, SCHEMA.ImageObject))
    g.add((image, SCHEMA.creator, PERSON))

    g.add((MEDIA, RDF.type, ORG.Organization))
    g.add((MEDIA, SKOS.prefLabel, Literal("Калужская неделя", lang=RU)))
    g.add((MEDIA, KG.bodyType, BODY.media))

    g.add((PERSON, RDF.type, SCHEMA.Person))
    g.add((PERSON, RDF.type, FOAF.Person))
    g.add((PERSON, FOAF.name, Literal("Владислав Шапша", lang=RU)))
    g.add((PERSON, SCHEMA.givenName, Literal("Владислав", lang=RU)))
    g.add((PERSON, SCHEMA.familyName, Literal("Шапша", lang=RU)))
    g.add((PERSON, SKOS.hiddenLabel, Literal("Шапши", lang=RU)))
    g.add((PERSON, ORG.holds, POST_IRI))

    g.add((POST_IRI, RDF.type, ORG.Post))
    g.add((POST_IRI, RDFS.label, Literal("губернатор Калужской области", lang=RU)))
    g.add((POST_IRI, ORG.role, POST.governor))
    g.add((POST_IRI, ORG.postIn, REGION))
    g.add((POST_IRI, ORG.heldBy, PERSON))

    g.add((MEMBERSHIP, RDF.type, ORG.Membership))
    g.add((MEMBERSHIP, ORG.member, PERSON))
    g.add((MEMBERSHIP, ORG.organization, REGION))
    g.add((MEMBERSHIP, ORG.role, POST.governor))
    g.add((MEMBERSHIP, KG.post, POST_IRI))
    g.add((MEMBERSHIP, KG.status, STATUS.current))

    g.add((REGION, RDF.type, KG.Region))
    g.add((REGION, RDF.type, SCHEMA.AdministrativeArea))
    g.add((REGION, SKOS.prefLabel, Literal("Калужская область", lang=RU)))
    g.add((REGION, SKOS.altLabel, Literal("Калужская обл.", lang=RU)))
    g.add((REGION, KG.capital, CITY))

    g.add((CITY, RDF.type, SCHEMA.City))
    g.add((CITY, SKOS.prefLabel, Literal("Калуга", lang=RU)))
    g.add((CITY, KG.inRegion, REGION))

    g.add((DUMA, RDF.type, ORG.Organization))
    g.add((DUMA, RDF.type, SCHEMA.GovernmentOrganization))
    g.add((DUMA, SKOS.prefLabel, Literal("Государственная Дума", lang=RU)))
    g.add((DUMA, SKOS.altLabel, Literal("Госдума", lang=RU)))
    g.add((DUMA, KG.bodyType, BODY.parliament))
    g.add((DUMA, SCHEMA.foundingDate, Literal("1993")))

    g.add((EVENT_IRI, RDF.type, SCHEMA.Event))
    g.add((EVENT_IRI, SCHEMA.name, Literal("совещание с промышленниками", lang=RU)))
    g.add((EVENT_IRI, KG.eventType, EVENT.meeting))
    g.add((EVENT_IRI, SCHEMA.location, CITY))
    g.add((EVENT_IRI, SCHEMA.startDate, Literal("2024-03-14", datatype=XSD_DATE)))
    g.add((EVENT_IRI, SCHEMA.attendee, PERSON))
    g.add((EVENT_IRI, SCHEMA.attendee, GROUP))

    g.add((GROUP, RDF.type, KG.Group))
    g.add((GROUP, RDF.type, FOAF.Group))
    g.add((GROUP, RDFS.label, Literal("руководители промышленных предприятий", lang=RU)))

    g.add((STATEMENT, RDF.type, KG.Statement))
    g.add((STATEMENT, SCHEMA.creator, PERSON))
    g.add((STATEMENT, SCHEMA.text, Literal(QUOTE, lang=RU)))
    g.add((STATEMENT, KG.speechAct, SPEECH.said))
    g.add((STATEMENT, SCHEMA.isPartOf, ARTICLE))

    g.add((FIGURE, RDF.type, KG.StatedFigure))
    g.add((FIGURE, SCHEMA.about, REGION))
    g.add((FIGURE, SCHEMA.value, Literal("40")))
    g.add((FIGURE, SCHEMA.unitText, Literal("%")))
    g.add((FIGURE, KG.qualifier, Literal("более", lang=RU)))
    g.add((FIGURE, KG.measure, Literal("валовой региональный продукт", lang=RU)))

    for node in (PERSON, POST_IRI, EVENT_IRI, GROUP, STATEMENT, FIGURE, MEMBERSHIP, FACT):
        g.add((node, PROV.wasDerivedFrom, ARTICLE))

    g.add((FACT, RDF.type, RDF.Statement))
    g.add((FACT, RDF.subject, PERSON))
    g.add((FACT, RDF.predicate, ORG.holds))
    g.add((FACT, RDF.object, POST_IRI))
    _annotation(g, "holds1", FACT, 0, len(SENTENCE), SENTENCE)
    _annotation(g, "person1", PERSON, 29, 44, SENTENCE)

    mention = ID["mention/a1/29-44-PER"]
    g.add((mention, RDF.type, KG.Mention))
    g.add((mention, RDF.type, OA.Annotation))
    g.add((mention, KG.mentionType, Literal("PER")))
    g.add((mention, KG.mentionOf, PERSON))
    return g


def ontology_graph() -> Graph:
    """A fragment of ontology/kg.ttl: a few styles and concepts."""
    g = Graph()
    g.add((SCHEMA.Person, KG.colour, Literal("#123456")))
    g.add((SCHEMA.Person, KG.shape, Literal("star")))
    g.add((SCHEMA.Person, RDFS.label, Literal("персона", lang="ru")))
    g.add((SCHEMA.Person, RDFS.label, Literal("person", lang="en")))
    g.add((ORG.Organization, RDFS.label, Literal("организация", lang="ru")))
    for concept, label, colour in ((BODY.parliament, "законодательный орган", "#abcdef"),
                                   (BODY.media, "СМИ", None),
                                   (EVENT.meeting, "совещание", None),
                                   (STATUS.current, "действующий", None),
                                   (SPEECH.said, "заявил", None),
                                   (POST.governor, "губернатор", None)):
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.prefLabel, Literal(label, lang="ru")))
        if colour:
            g.add((concept, KG.colour, Literal(colour)))
    g.add((BODY.media, SKOS.broader, BODY.parliament))  # inherits the colour (test only)
    return g


@pytest.fixture
def sample_dataset() -> Dataset:
    ds = Dataset()
    fill(ds.graph(ARTICLE))
    return ds


@pytest.fixture
def sample_graph() -> Graph:
    return fill(Graph())


@pytest.fixture
def ontology() -> Graph:
    return ontology_graph()
