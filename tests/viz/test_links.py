"""Edges that stand for a path or for a mention: the photo credit and «упоминает»."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.viz import graph_to_network
from kg.viz.lookup import sentence_at
from kg.vocab import DCTERMS, ID, KG, OA, ORG, PROV, RDF, SCHEMA, SKOS

from .conftest import ARTICLE, DUMA, MEDIA, PERSON, POST_IRI, fill

BODY_TEXT = ("Владислав Шапша встретился с промышленниками. Минпромторг России поддержит "
             "кластеры! Третье предложение.\n\nИсточник: Калужская неделя\n\n"
             "Источник фото: Владислав Шапша")
MINISTRY = ID["org/minpromtorg"]


def _mention(g: Graph, node: URIRef, start: int, end: int) -> None:
    mention = ID[f"mention/a1/{start}-{end}-org"]
    target = URIRef(f"{mention}#target")
    position = URIRef(f"{mention}#position")
    g.add((mention, RDF.type, KG.Mention))
    g.add((mention, KG.mentionOf, node))
    g.add((mention, OA.hasTarget, target))
    g.add((target, OA.hasSource, ARTICLE))
    g.add((target, OA.hasSelector, position))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start)))
    g.add((position, OA.end, Literal(end)))


def _graph() -> Graph:
    g = fill(Graph())
    g.add((ARTICLE, SCHEMA.articleBody, Literal(BODY_TEXT, lang="ru")))
    g.add((ARTICLE, KG.photoCredit, Literal("Владислав Шапша", lang="ru")))
    g.add((ARTICLE, KG.sourceName, Literal("Калужская неделя", lang="ru")))
    g.add((MINISTRY, RDF.type, ORG.Organization))
    g.add((MINISTRY, SKOS.prefLabel, Literal("Минпромторг", lang="ru")))
    g.add((MINISTRY, PROV.wasDerivedFrom, ARTICLE))
    start = BODY_TEXT.index("Минпромторг")
    _mention(g, MINISTRY, start, start + len("Минпромторг России"))
    _mention(g, MINISTRY, start, start + len("Минпромторг"))  # the same sentence again
    return g


def test_sentence_at():
    start = BODY_TEXT.index("Минпромторг")
    assert sentence_at(BODY_TEXT, start, start + 11) == "Минпромторг России поддержит кластеры!"
    assert sentence_at(BODY_TEXT, 0, 5) == "Владислав Шапша встретился с промышленниками."
    end = len(BODY_TEXT)
    assert sentence_at(BODY_TEXT, end - 5, end) == "Источник фото: Владислав Шапша"
    assert len(sentence_at("а" * 2000, 1000, 1001, limit=100)) == 201


def test_the_photo_credit_is_an_edge_with_its_line():
    net = graph_to_network(_graph())
    edge = net.edges[str(ARTICLE), str(PERSON), str(SCHEMA.image)]
    assert edge["label"] == "фото"
    assert [e["sentence"] for e in edge["evidence"]] == ["Источник фото: Владислав Шапша"]
    source = net.edges[str(ARTICLE), str(MEDIA), str(DCTERMS.source)]
    assert source["label"] == "источник"
    assert [e["sentence"] for e in source["evidence"]] == ["Источник: Калужская неделя"]


def test_a_node_with_no_edge_of_its_article_is_tied_to_it():
    net = graph_to_network(_graph())
    assert net.degree(str(MINISTRY)) == 1
    edge = net.edges[str(ARTICLE), str(MINISTRY), str(SCHEMA.mentions)]
    assert edge["label"] == "упоминает" and edge["articles"] == ["a1"]
    assert [e["sentence"] for e in edge["evidence"]] == [
        "Минпромторг России поддержит кластеры!"]  # one item per sentence
    # the node's own evidence: the sentences that mention it
    assert [e["sentence"] for e in net.nodes[str(MINISTRY)]["evidence"]] == [
        "Минпромторг России поддержит кластеры!"]
    # nodes with an edge of the article, and nodes of no article, get no such edge
    mentions = {(s, o) for s, o, k in net.edges(keys=True) if k == str(SCHEMA.mentions)}
    assert mentions == {(str(ARTICLE), str(MINISTRY))}
    assert net.degree(str(DUMA)) == 0 and str(POST_IRI) in net


def test_no_node_of_a_built_article_floats_alone(seed_build):
    from kg.store import load_dataset

    net = graph_to_network(load_dataset(seed_build))
    assert [net.nodes[n]["label"] for n in net if net.degree(n) == 0] == []
    photo = [(s, o) for s, o, k in net.edges(keys=True) if k == str(SCHEMA.image)]
    assert [net.nodes[o]["label"] for _, o in photo] == ["Сергей Лялякин"]
