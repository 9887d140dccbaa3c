"""The map projection: nodes, kinds, labels, styles, edges, evidence, details."""
from __future__ import annotations

import networkx as nx
from rdflib import Graph, Literal

from kg.viz import graph_to_network
from kg.viz.project import relation_label
from kg.vocab import DCTERMS, KG, ORG, SCHEMA

from .conftest import (ARTICLE, CITY, DUMA, EVENT_IRI, FIGURE, GROUP, MEDIA, PERSON, POST_IRI,
                       QUOTE, REGION, SENTENCE, STATEMENT, fill)

EXPECTED_KINDS = {
    ARTICLE: "article", PERSON: "person", POST_IRI: "post", REGION: "region", CITY: "city",
    DUMA: "body", MEDIA: "body", EVENT_IRI: "event", GROUP: "group", STATEMENT: "statement",
    FIGURE: "figure",
}


def _edges(net: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(s, key, o) for s, o, key in net.edges(keys=True)}


def test_nodes_are_the_drawn_kinds_only(sample_dataset, ontology):
    net = graph_to_network(sample_dataset, ontology)
    assert {n: net.nodes[n]["kind"] for n in net} == {str(k): v for k, v in
                                                      EXPECTED_KINDS.items()}
    # facts, annotations, mentions, memberships, images and concepts are not drawn
    assert not any(part in n for n in net for part in (
        "/fact/", "/annotation/", "/mention/", "/membership/", "/image", "ontology/"))


def test_dataset_and_graph_give_the_same_projection(sample_dataset, sample_graph):
    a, b = graph_to_network(sample_dataset, None), graph_to_network(sample_graph, None)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_labels(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    label = {n: net.nodes[n]["label"] for n in net}
    assert label[str(PERSON)] == "Владислав Шапша"
    assert label[str(POST_IRI)] == "губернатор Калужской области"
    assert label[str(REGION)] == "Калужская область"
    assert label[str(DUMA)] == "Государственная Дума"
    assert label[str(EVENT_IRI)] == "совещание с промышленниками"
    assert label[str(GROUP)] == "руководители промышленных предприятий"
    assert label[str(FIGURE)] == "более 40 % (валовой региональный продукт)"
    statement = label[str(STATEMENT)]
    assert len(statement) <= 60 and statement.endswith("…")
    assert QUOTE.startswith(statement[:-1])


def test_type_labels_and_styles_from_the_ontology(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    person, duma, event = (net.nodes[str(n)] for n in (PERSON, DUMA, EVENT_IRI))
    assert (person["colour"], person["shape"], person["type_label"]) == (
        "#123456", "star", "персона")
    assert duma["type_label"] == "законодательный орган"
    assert duma["colour"] == "#abcdef"
    assert net.nodes[str(MEDIA)]["colour"] == "#abcdef"  # from the broader concept
    assert net.nodes[str(MEDIA)]["type_label"] == "СМИ"
    assert event["type_label"] == "совещание"
    assert net.graph["kinds"]["body"]["label"] == "организация"


def test_defaults_without_ontology(sample_graph):
    net = graph_to_network(sample_graph, None)
    person, duma = net.nodes[str(PERSON)], net.nodes[str(DUMA)]
    assert (person["colour"], person["shape"], person["type_label"]) == (
        "#1f77b4", "dot", "персона")
    assert duma["type_label"] == "орган"  # no concept labels without the ontology
    assert duma["colour"] == "#2ca02c"


def test_search_forms_hold_every_name(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    forms = net.nodes[str(PERSON)]["search"]
    assert {"Владислав Шапша", "Шапши", "Шапша", "Владислав"} <= set(forms)
    assert forms == sorted(forms)
    assert "Госдума" in net.nodes[str(DUMA)]["search"]
    assert "Калужская обл." in net.nodes[str(REGION)]["search"]


def test_articles_and_node_evidence(sample_graph):
    net = graph_to_network(sample_graph)
    person = net.nodes[str(PERSON)]
    assert person["articles"] == ["a1"]
    assert net.nodes[str(ARTICLE)]["articles"] == ["a1"]
    assert person["evidence"] == [{
        "sentence": SENTENCE, "article": "a1",
        "title": "Владислав Шапша встретился с промышленниками", "date": "2024-03-15",
        "start": 29, "end": 44}]
    assert person["title"].splitlines() == ["Владислав Шапша", "персона", f"«{SENTENCE}»"]
    assert net.graph["articles"]["a1"]["date"] == "2024-03-15"


def test_edges(sample_graph):
    net = graph_to_network(sample_graph)
    s = str
    assert _edges(net) == {
        (s(PERSON), s(ORG.holds), s(POST_IRI)),
        (s(POST_IRI), s(ORG.postIn), s(REGION)),
        (s(EVENT_IRI), s(SCHEMA.attendee), s(PERSON)),
        (s(EVENT_IRI), s(SCHEMA.attendee), s(GROUP)),
        (s(EVENT_IRI), s(SCHEMA.location), s(CITY)),
        (s(STATEMENT), s(SCHEMA.creator), s(PERSON)),
        (s(STATEMENT), s(SCHEMA.isPartOf), s(ARTICLE)),
        (s(FIGURE), s(SCHEMA.about), s(REGION)),
        (s(ARTICLE), s(DCTERMS.source), s(MEDIA)),
        (s(ARTICLE), s(SCHEMA.image), s(PERSON)),  # the photo credit, through the image
        (s(CITY), s(KG.inRegion), s(REGION)),
        (s(REGION), s(KG.capital), s(CITY)),
    }  # org:heldBy is drawn once, as org:holds; no prov:wasDerivedFrom edges
    holds = net.edges[s(PERSON), s(POST_IRI), s(ORG.holds)]
    assert holds["label"] == "занимает"
    assert holds["evidence"] == [{
        "sentence": SENTENCE, "article": "a1",
        "title": "Владислав Шапша встретился с промышленниками", "date": "2024-03-15",
        "start": 0, "end": len(SENTENCE)}]
    assert holds["articles"] == ["a1"]
    assert holds["title"] == f"занимает\n«{SENTENCE}»"
    assert net.edges[s(EVENT_IRI), s(PERSON), s(SCHEMA.attendee)]["label"] == "участник"
    assert net.edges[s(EVENT_IRI), s(PERSON), s(SCHEMA.attendee)]["evidence"] == []


def test_relation_label_falls_back_to_the_local_name():
    assert relation_label(ORG.postIn) == "должность в"
    assert relation_label(KG.measure) == "measure"


def test_generic_edges_between_drawn_nodes(sample_graph):
    sample_graph.add((DUMA, KG.photoCredit, REGION))  # any predicate between two drawn nodes
    sample_graph.add((DUMA, KG.measure, Literal("x")))  # literals are never edges
    net = graph_to_network(sample_graph)
    assert net.edges[str(DUMA), str(REGION), str(KG.photoCredit)]["label"] == "photoCredit"
    assert net.out_degree(str(DUMA)) == 1


def test_details(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    person = net.nodes[str(PERSON)]["details"]
    assert [(p["label"], p["body_label"], p["status"]) for p in person["posts"]] == [
        ("губернатор Калужской области", "Калужская область", "действующий")]
    assert [e["label"] for e in person["events"]] == ["совещание с промышленниками"]
    assert [(s["label"], s["act"]) for s in person["statements"]] == [(QUOTE, "заявил")]
    post = net.nodes[str(POST_IRI)]["details"]
    assert [(h["label"], h["status"]) for h in post["holders"]] == [
        ("Владислав Шапша", "действующий")]
    region = net.nodes[str(REGION)]["details"]
    assert [f["label"] for f in region["figures"]] == [
        "более 40 % (валовой региональный продукт)"]
    assert region["posts"][0]["note"] == "Владислав Шапша · действующий"
    event = net.nodes[str(EVENT_IRI)]["details"]
    assert {a["label"] for a in event["attendees"]} == {
        "Владислав Шапша", "руководители промышленных предприятий"}
    duma = net.nodes[str(DUMA)]["details"]
    assert {"label": "Дата основания", "value": "1993"} in duma["facts"]


def test_is_deterministic(sample_graph, ontology):
    a = graph_to_network(sample_graph, ontology)
    b = graph_to_network(fill(Graph()), ontology)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a.nodes) == sorted(a.nodes)


def test_a_figure_in_units_groups_its_digits():
    """«98 000 000 000 RUB (объем инвестиций)»: an amount in units reads in groups of three."""
    from rdflib import Graph, Literal

    from kg.viz.lookup import Lookup
    from kg.vocab import ID, KG, SCHEMA
    figure, g = ID["figure/a1/2"], Graph()
    g.add((figure, SCHEMA.value, Literal("98000000000")))
    g.add((figure, SCHEMA.unitText, Literal("RUB")))
    g.add((figure, KG.measure, Literal("объем инвестиций", lang="ru")))
    assert Lookup(g).figure_label(figure) == "98 000 000 000 RUB (объем инвестиций)"
