"""RDF namespaces used by kg.

Standard vocabularies come from rdflib; the project's own terms live in :class:`KG`, a
``DefinedNamespace`` with ``_fail = True`` so that a typo in a term raises at import time
instead of writing a wrong IRI.

>>> str(KG.Statement)
'https://w3id.org/kg-news/ontology#Statement'
>>> str(ID.person)
'https://w3id.org/kg-news/id/person'
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import (DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD,
                              DefinedNamespace)

__all__ = ["KG", "ID", "SCHEMA", "OA", "ORG", "PROV", "SKOS", "FOAF", "DCTERMS", "RDF",
           "RDFS", "OWL", "XSD", "POST", "BODY", "EVENT", "SPEECH", "STATUS", "PREFIXES",
           "BASE"]

BASE = "https://w3id.org/kg-news/"
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
POST = Namespace(BASE + "ontology/post#")
BODY = Namespace(BASE + "ontology/body#")
EVENT = Namespace(BASE + "ontology/event#")
SPEECH = Namespace(BASE + "ontology/speech#")
STATUS = Namespace(BASE + "ontology/status#")


class KG(DefinedNamespace):
    """The project ontology's own terms (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Statement: object      # what someone said (subclass of schema:Quotation)
    Group: object          # an unnamed group of people («учёные», «руководители предприятий»)
    Rank: object           # a post concept that is a personal rank («генерал-лейтенант»)
    Occupation: object     # a post concept named as a POSITION only beside its holder («актриса»)
    FieldPost: object      # a post concept titled by its field in the genitive («министр финансов»)
    TerritorialAuthority: object  # a body type named by its territory, never by a field («администрация»)
    Subdivision: object    # a body type for a unit: alone after a post, part of it («начальник отделения»)
    FieldBody: object      # a body type named by its field after «по» («комитет по образованию»)
    AddressedAct: object   # a speech act whose object is whom it is addressed to («поздравил ветеранов»)
    RespondingAct: object  # a speech act whose «на» object is what it answers («ответил на вопросы»)
    StatedFigure: object   # a figure stated about a body or region («более 40% ВРП»)
    Change: object         # how a stated figure changed (kg:increase, kg:decrease)
    Founding: object       # a dated founding of a body («в 2010 году был создан …»)
    Mention: object        # a typed span of an article (PER, ORG, LOC, POSITION, EVENT)
    Region: object         # a federal subject of Russia
    # properties
    bodyType: object       # org → skos:Concept in the body scheme
    eventType: object      # event → skos:Concept in the event scheme
    speechAct: object      # statement → skos:Concept in the speech scheme
    status: object         # membership → skos:Concept in the status scheme
    post: object           # membership → org:Post
    mentionType: object    # mention → "PER" | "ORG" | "LOC" | "POSITION" | "EVENT"
    mentionOf: object      # mention → the entity it refers to
    impliedBodyType: object  # post type → body type its holder serves when none is named
    impliedBody: object    # post type → the gazetteer body of one who represents a federal subject («сенатор от …»)
    headOfPost: object     # body type → post type of its head («глава ведомства»)
    adjective: object      # region → its adjective («калужский»)
    capital: object        # region → its capital city
    inRegion: object       # body or city → region
    qualifier: object      # figure → «более», «около», …
    measure: object        # figure → what is measured («валовой региональный продукт»)
    change: object         # figure → kg:increase | kg:decrease: its value is a change («вырос на 4,5 %»)
    increase: object       # a kg:Change: «вырос», «увеличился»
    decrease: object       # a kg:Change: «снизился», «сократился»
    photoCredit: object    # article → who took its photos (as written)
    sourceName: object     # article → its «Источник:» as written
    lemmaPattern: object   # concept → an extra lemma sequence that triggers it
    notPattern: object     # concept → a phrase in which its word is not that concept («призовой фонд»)
    surnameFirst: object   # a surname written before the given name («Си Цзиньпин»)
    instanceClass: object  # body type → the RDF class its bodies also get (schema:GovernmentOrganization, …)
    colour: object         # class or concept → map colour ("#1f77b4")
    shape: object          # class or concept → map shape (vis-network: dot, box, diamond, …)


PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "id": ID,
    "post": POST,
    "body": BODY,
    "event": EVENT,
    "speech": SPEECH,
    "status": STATUS,
    "schema": SCHEMA,
    "oa": OA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "foaf": FOAF,
    "dcterms": DCTERMS,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}
