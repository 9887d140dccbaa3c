"""kg.graph.builder: one article's extraction → its named graph (docs/data-model.md)."""
from __future__ import annotations

import doctest
import importlib

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph import article_iri, new_graph
from kg.vocab import DCTERMS, FOAF, ID, KG, OA, ORG, POST, PROV, RDF, RDFS, SCHEMA, SKOS, STATUS

SEED_ID = "000_3ad05c95d4bf20bc"
ART = article_iri(SEED_ID)
SHAPSHA = ID["person/vladislav-shapsha"]
SKLYAR = ID["person/gennadiy-sklyar"]
SHPILENKO = ID["person/andrey-shpilenko"]
KALUGA_REGION = ID["region/kaluzhskaya-oblast"]
KALUGA = ID["city/kaluga"]
DUMA = ID["org/gosudarstvennaya-duma-federalnogo-sobraniya-rf"]


def norm(text: str) -> str:
    return " ".join(text.split())


def annotations_of(g, node):
    """Annotations whose body is the node, or a reified fact about the node."""
    found = set(g.subjects(OA.hasBody, node))
    for fact in g.subjects(RDF.subject, node):
        if (fact, RDF.type, RDF.Statement) in g:
            found |= set(g.subjects(OA.hasBody, fact))
    return found


def check_annotation(g, ann, art, text):
    """The annotation's target is the article; its selectors point at text really there."""
    assert (ann, RDF.type, OA.Annotation) in g
    targets = list(g.objects(ann, OA.hasTarget))
    assert len(targets) == 1
    target = targets[0]
    assert (target, OA.hasSource, art) in g
    selectors = list(g.objects(target, OA.hasSelector))
    positions = [s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g]
    quotes = [s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g]
    assert len(positions) == 1 and len(quotes) == 1, selectors
    start = g.value(positions[0], OA.start).toPython()
    end = g.value(positions[0], OA.end).toPython()
    exact = str(g.value(quotes[0], OA.exact))
    assert 0 <= start < end <= len(text)
    assert exact
    assert norm(text[start:end]) == norm(exact), (text[start:end], exact)
    for refined in g.objects(positions[0], OA.refinedBy):
        s, e = g.value(refined, OA.start).toPython(), g.value(refined, OA.end).toPython()
        assert start <= s < e <= end
        assert norm(text[s:e]) in norm(exact)


# -- structure --------------------------------------------------------------------------
def test_named_graph_is_the_article(seed_graph):
    assert seed_graph.identifier == ART
    assert (ART, RDF.type, SCHEMA.NewsArticle) in seed_graph


def test_article_node(seed_graph, seed_article):
    g = seed_graph
    assert g.value(ART, SCHEMA.identifier) == Literal(SEED_ID)
    assert str(g.value(ART, SCHEMA.headline)) == seed_article.title
    assert str(g.value(ART, SCHEMA.articleBody)) == seed_article.text
    assert str(g.value(ART, KG.sourceName)) == "Калужские губернские ведомости"
    source = g.value(ART, DCTERMS.source)
    assert str(g.value(source, SKOS.prefLabel)) == "Калужские губернские ведомости"
    assert str(g.value(ART, KG.photoCredit)) == "Сергей Лялякин"
    image = g.value(ART, SCHEMA.image)
    assert (image, RDF.type, SCHEMA.ImageObject) in g
    assert g.value(image, SCHEMA.creator) == ID["person/sergey-lyalyakin"]


def test_people(seed_graph):
    g = seed_graph
    for node, name in ((SHAPSHA, "Владислав Шапша"), (SKLYAR, "Геннадий Скляр"),
                       (SHPILENKO, "Андрей Шпиленко")):
        assert (node, RDF.type, SCHEMA.Person) in g and (node, RDF.type, FOAF.Person) in g
        assert g.value(node, FOAF.name) == Literal(name, lang="ru")
    assert g.value(SHAPSHA, SCHEMA.givenName) == Literal("Владислав", lang="ru")
    assert g.value(SHAPSHA, SCHEMA.familyName) == Literal("Шапша", lang="ru")


def test_post_and_membership_of_the_governor(seed_graph):
    g = seed_graph
    posts = list(g.objects(SHAPSHA, ORG.holds))
    assert len(posts) == 1
    post = posts[0]
    assert (post, RDF.type, ORG.Post) in g
    assert g.value(post, ORG.role) == POST.governor
    assert g.value(post, RDFS.label) == Literal("губернатор", lang="ru")
    assert g.value(post, ORG.postIn) == KALUGA_REGION
    assert g.value(post, ORG.heldBy) == SHAPSHA
    memberships = list(g.subjects(ORG.member, SHAPSHA))
    assert len(memberships) == 1
    m = memberships[0]
    assert (m, RDF.type, ORG.Membership) in g
    assert g.value(m, ORG.organization) == KALUGA_REGION
    assert g.value(m, ORG.role) == POST.governor
    assert g.value(m, KG.post) == post
    assert g.value(m, KG.status) == STATUS.current


def test_exactly_three_memberships(seed_graph):
    members = {seed_graph.value(m, ORG.member)
               for m in seed_graph.subjects(RDF.type, ORG.Membership)}
    assert members == {SHAPSHA, SKLYAR, SHPILENKO}
    assert len(list(seed_graph.subjects(RDF.type, ORG.Membership))) == 3


def test_events(seed_graph):
    g = seed_graph
    events = set(g.subjects(RDF.type, SCHEMA.Event))
    assert len(events) == 2
    session = next(e for e in events if g.value(e, SCHEMA.superEvent) is None)
    seminar = next(e for e in events if e != session)
    assert str(g.value(session, SCHEMA.name)).startswith("Промышленные кластеры, как инструмент")
    assert g.value(session, SCHEMA.location) == KALUGA
    attendees = set(g.objects(session, SCHEMA.attendee))
    assert {SHAPSHA, SKLYAR, SHPILENKO} <= attendees
    groups = {str(g.value(a, RDFS.label)) for a in attendees if (a, RDF.type, KG.Group) in g}
    assert groups == {"учёные",
                      "руководители более пятидесяти промышленных предприятий Калужской области"}
    assert (session, SCHEMA.subEvent, seminar) in g
    assert g.value(seminar, SCHEMA.superEvent) == session
    for group in (a for a in attendees if (a, RDF.type, KG.Group) in g):
        assert (group, RDF.type, FOAF.Group) in g


def test_statements(seed_graph):
    g = seed_graph
    statements = set(g.subjects(RDF.type, KG.Statement))
    speakers = {g.value(s, SCHEMA.creator) for s in statements}
    assert speakers == {SHAPSHA, SKLYAR, SHPILENKO}
    for s in statements:
        assert g.value(s, SCHEMA.isPartOf) == ART
        assert g.value(s, SCHEMA.text) is not None
        assert g.value(s, KG.speechAct) is not None
        assert str(s).isascii()


def test_founding_and_figure(seed_graph):
    g = seed_graph
    centre = ID["org/centr-klasternogo-razvitiya"]
    assert str(g.value(centre, SCHEMA.foundingDate)) == "2010"
    assert g.value(centre, SCHEMA.foundingLocation) == KALUGA_REGION
    figures = list(g.subjects(RDF.type, KG.StatedFigure))
    assert len(figures) == 1
    assert g.value(figures[0], SCHEMA.about) == KALUGA_REGION
    assert g.value(figures[0], SCHEMA.value).toPython() == 40
    assert str(g.value(figures[0], SCHEMA.unitText)) == "%"


def test_a_change_of_a_figure_is_written(graph_builder, extractor, make_article):
    article = make_article("Объём производства в Калужской области вырос на 4,5 процента.")
    g = graph_builder(article, extractor(article))
    [figure] = g.subjects(RDF.type, KG.StatedFigure)
    assert g.value(figure, KG.change) == KG.increase
    assert g.value(figure, SCHEMA.value).toPython() == 4.5


def test_an_amount_is_written_in_plain_decimals(graph_builder, extractor, make_article):
    article = make_article("Объем инвестиций в Калужской области составил 98 млрд рублей.")
    g = graph_builder(article, extractor(article))
    [figure] = g.subjects(RDF.type, KG.StatedFigure)
    assert (str(g.value(figure, SCHEMA.value)), str(g.value(figure, SCHEMA.unitText))) == ("98000000000", "RUB")


def test_an_organizer_is_a_reified_fact(graph_builder, extractor, make_article):
    article = make_article("В Калуге прошел форум «Бизнес». Организатором выступило Агентство инновационного "
                           "развития Калужской области.")
    g = graph_builder(article, extractor(article))
    [event] = g.subjects(RDF.type, SCHEMA.Event)
    [organizer] = g.objects(event, SCHEMA.organizer)
    assert organizer == ID["org/agentstvo-innovacionnogo-razvitiya-kaluzhskoy-oblasti"]
    assert any(g.value(f, RDF.predicate) == SCHEMA.organizer and g.value(f, RDF.object) == organizer
               for f in g.subjects(RDF.type, RDF.Statement))


def test_concepts_used_are_labelled(seed_graph):
    g = seed_graph
    for prop in (ORG.role, KG.bodyType, KG.eventType, KG.speechAct):
        for concept in set(g.objects(None, prop)):
            assert (concept, RDF.type, SKOS.Concept) in g, concept
            assert g.value(concept, SKOS.prefLabel) is not None


# -- provenance and evidence ------------------------------------------------------------
@pytest.mark.parametrize("cls", [ORG.Membership, SCHEMA.Event, KG.Statement])
def test_nodes_have_provenance_and_evidence(seed_graph, seed_article, cls):
    g = seed_graph
    nodes = set(g.subjects(RDF.type, cls))
    assert nodes
    for node in nodes:
        assert (node, PROV.wasDerivedFrom, ART) in g, node
        anns = annotations_of(g, node)
        assert anns, node
        for ann in anns:
            check_annotation(g, ann, ART, seed_article.text)


@pytest.mark.parametrize("cls", [SCHEMA.Person, ORG.Organization, ORG.Post, KG.Group,
                                 KG.StatedFigure, RDF.Statement, KG.Region, SCHEMA.City])
def test_every_stated_node_is_derived_from_the_article(seed_graph, cls):
    nodes = set(seed_graph.subjects(RDF.type, cls))
    assert nodes, cls
    for node in nodes:
        assert (node, PROV.wasDerivedFrom, ART) in seed_graph, node


def test_every_annotation_points_at_the_text(seed_graph, seed_article):
    anns = set(seed_graph.subjects(RDF.type, OA.Annotation))
    assert anns
    for ann in anns:
        check_annotation(seed_graph, ann, ART, seed_article.text)


def test_every_fact_is_asserted(seed_graph):
    g = seed_graph
    facts = set(g.subjects(RDF.type, RDF.Statement))
    assert len(facts) >= 10
    for fact in facts:
        s, p, o = g.value(fact, RDF.subject), g.value(fact, RDF.predicate), g.value(fact, RDF.object)
        assert None not in (s, p, o)
        assert (s, p, o) in g, (s, p, o)
        assert (fact, PROV.wasDerivedFrom, ART) in g
        assert annotations_of(g, fact) or set(g.subjects(OA.hasBody, fact))


def test_holds_and_attendee_facts_are_reified(seed_graph):
    g = seed_graph
    reified = {(g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object))
               for f in g.subjects(RDF.type, RDF.Statement)}
    for s, p, o in g.triples((None, ORG.holds, None)):
        assert (s, p, o) in reified
    for s, p, o in g.triples((None, SCHEMA.attendee, None)):
        assert (s, p, o) in reified


def test_mentions(seed_graph, seed_article, seed_extraction):
    g = seed_graph
    mentions = set(g.subjects(RDF.type, KG.Mention))
    assert len(mentions) == len(seed_extraction.mentions)
    for node in mentions:
        assert (node, RDF.type, OA.Annotation) in g, node   # docs/data-model.md
        assert str(g.value(node, KG.mentionType)) in {"PER", "ORG", "LOC", "POSITION", "EVENT"}
        target = g.value(node, OA.hasTarget)
        assert g.value(target, OA.hasSource) == ART
        selectors = list(g.objects(target, OA.hasSelector))
        pos = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        start, end = g.value(pos, OA.start).toPython(), g.value(pos, OA.end).toPython()
        assert seed_article.text[start:end] == str(g.value(quote, OA.exact))


def test_mention_of_refers_to_nodes_in_the_graph(seed_graph):
    g = seed_graph
    for node, target in g.subject_objects(KG.mentionOf):
        assert (target, None, None) in g, target


# -- IRIs and determinism ---------------------------------------------------------------
def test_all_iris_are_ascii_and_no_blank_nodes(seed_graph):
    for triple in seed_graph:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert str(term).isascii(), term


def test_building_twice_gives_the_same_graph(graph_builder, extractor, seed_article, seed_graph):
    again = graph_builder(seed_article, extractor(seed_article))
    assert isomorphic(again, seed_graph)
    assert set(again) == set(seed_graph)
    assert again.serialize(format="turtle") == seed_graph.serialize(format="turtle")
    assert again.serialize(format="nt") is not None


def test_article_scoped_iris_are_distinct_for_distinct_ids(graph_builder, extractor, make_article):
    """Statements, mentions and figures of two articles never share an IRI, even when their
    ids differ only in case or in «_» / «-»."""
    text = "Владислав Шапша отметил, что регион развивается."
    graphs = [graph_builder(a, extractor(a))
              for a in (make_article(text, "news_1"), make_article(text, "news-1"),
                        make_article(text, "News_1"))]
    for cls in (KG.Statement, KG.Mention):
        seen = [set(g.subjects(RDF.type, cls)) for g in graphs]
        assert all(seen)
        assert not (seen[0] & seen[1]) and not (seen[0] & seen[2]) and not (seen[1] & seen[2]), cls
    assert len({g.identifier for g in graphs}) == 3


def test_new_graph_binds_the_prefixes():
    g = new_graph(URIRef("https://example.org/g"))
    prefixes = dict(g.namespaces())
    assert str(prefixes["kg"]) == "https://w3id.org/kg-news/ontology#"
    assert str(prefixes["schema"]) == "https://schema.org/"


# -- the devset (real articles) ---------------------------------------------------------
def test_devset_annotations_and_facts(devset):
    for key, g in devset.graphs.items():
        art = article_iri(key)
        text = devset.articles[key].text
        for ann in set(g.subjects(RDF.type, OA.Annotation)):
            check_annotation(g, ann, art, text)
        for fact in set(g.subjects(RDF.type, RDF.Statement)):
            triple = (g.value(fact, RDF.subject), g.value(fact, RDF.predicate),
                      g.value(fact, RDF.object))
            assert triple in g, (key, triple)
        for triple in g:
            for term in triple:
                assert not isinstance(term, URIRef) or str(term).isascii(), (key, term)


def test_doctests():
    for name in ("kg.graph", "kg.graph.builder", "kg.graph.iris"):
        assert doctest.testmod(importlib.import_module(name)).failed == 0, name
