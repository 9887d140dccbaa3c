"""Views of the map: ego maps by name, one article, community colours, sizes, layout."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from rdflib import Graph, Literal

from kg.viz import graph_to_network
from kg.viz.layout import positions
from kg.viz.map import (LARGE_SHAPES, article_network, ego_network, map_html, map_payload,
                        resolve_focus)
from kg.viz.stats import PALETTE
from kg.vocab import ID, ORG, PROV, RDF, SCHEMA, SKOS

from .conftest import (ARTICLE, CITY, EVENT_IRI, GROUP, MEDIA, PERSON, POST_IRI, REGION,
                       STATEMENT, fill)

DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def _data(page: str) -> dict:
    return json.loads(DATA_RE.search(page).group(1))


def test_focus_by_any_name_form(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    for name in ("Шапши", "владислав шапша", str(PERSON)):
        assert resolve_focus(net, name) == str(PERSON)
    with pytest.raises(KeyError):
        resolve_focus(net, "Иванов")
    data = _data(map_html(sample_graph, title="t", ontology=ontology, focus="Шапши", depth=1))
    assert data["focus"] == str(PERSON)
    assert {n["id"] for n in data["nodes"]} == {
        str(PERSON), str(POST_IRI), str(EVENT_IRI), str(STATEMENT), str(ARTICLE)}


def test_ego_maps_do_not_go_on_through_articles(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    ego = ego_network(net, str(PERSON), 2)
    assert str(ARTICLE) in ego  # a neighbour (the photo credit, the statement's article)
    assert str(MEDIA) not in ego  # only reached through the article
    assert {str(REGION), str(CITY), str(GROUP)} <= set(ego)  # through post and event
    assert set(ego_network(net, str(ARTICLE), 1)) >= {str(MEDIA), str(PERSON)}
    assert set(ego_network(net, str(PERSON), 0)) == {str(PERSON)}


def test_one_article(sample_graph, ontology):
    other = ID["article/a2"]
    sample_graph.add((other, RDF.type, SCHEMA.NewsArticle))
    sample_graph.add((other, SCHEMA.identifier, Literal("a2")))
    lonely = ID["person/ivan-ivanov"]
    sample_graph.add((lonely, RDF.type, SCHEMA.Person))
    sample_graph.add((lonely, SCHEMA.name, Literal("Иван Иванов", lang="ru")))
    sample_graph.add((lonely, PROV.wasDerivedFrom, other))
    net = graph_to_network(sample_graph, ontology)
    assert net.has_edge(str(other), str(lonely))  # «упоминает»: a2 names him only
    a1 = article_network(net, "a1")
    assert str(lonely) not in a1 and str(other) not in a1 and str(PERSON) in a1
    assert set(a1.graph["articles"]) == {"a1"}
    assert all("a1" in a["articles"] for _, _, a in a1.edges(data=True))
    assert set(article_network(net, str(other))) == {str(other), str(lonely)}
    with pytest.raises(KeyError):
        article_network(net, "a3")


def _two_clusters() -> Graph:
    g = Graph()
    for c in range(2):
        body = ID[f"org/body-{c}"]
        g.add((body, RDF.type, ORG.Organization))
        g.add((body, SKOS.prefLabel, Literal(f"Орган {c}", lang="ru")))
        for i in range(6):
            person = ID[f"person/p-{c}-{i}"]
            g.add((person, RDF.type, SCHEMA.Person))
            g.add((person, SCHEMA.name, Literal(f"Персона {c}-{i}", lang="ru")))
            g.add((person, ORG.memberOf, body))
            if i:
                g.add((person, SCHEMA.knows, ID[f"person/p-{c}-{i - 1}"]))
    g.add((ID["person/p-0-0"], SCHEMA.knows, ID["person/p-1-0"]))  # one bridge
    lonely = ID["person/lonely"]
    g.add((lonely, RDF.type, SCHEMA.Person))
    g.add((lonely, SCHEMA.name, Literal("Одиночка", lang="ru")))
    return g


def test_colour_by_community():
    net = graph_to_network(_two_clusters())
    data = map_payload(net, title="t", colour_by="community")
    by_id = {n["id"]: n for n in data["nodes"]}
    first, second = by_id[str(ID["person/p-0-3"])], by_id[str(ID["person/p-1-3"])]
    assert first["community"] != second["community"]
    assert {first["colour"], second["colour"]} <= set(PALETTE)
    assert first["colour"] != second["colour"]
    assert by_id[str(ID["org/body-0"])]["colour"] == first["colour"]
    assert by_id[str(ID["person/lonely"])]["colour"] == "#c8c8c8"  # a community of one
    legend = data["legend"]["communities"]
    assert sum(c["count"] for c in legend) == 14 and min(c["count"] for c in legend) >= 2
    assert [c["count"] for c in legend] == sorted((c["count"] for c in legend), reverse=True)
    assert all(c["label"].startswith("Персона") for c in legend)  # people name them
    assert data["colourBy"] == "community"
    plain = map_payload(net, title="t")
    assert plain["legend"]["communities"] == [] and "community" not in plain["nodes"][0]
    with pytest.raises(ValueError):
        map_payload(net, title="t", colour_by="mood")


def test_size_by_centrality():
    net = graph_to_network(_two_clusters())
    data = map_payload(net, title="t", size_by="centrality")
    by_id = {n["id"]: n for n in data["nodes"]}
    bridge, leaf = by_id[str(ID["person/p-0-0"])], by_id[str(ID["person/p-0-5"])]
    assert bridge["centrality"] > leaf["centrality"] and bridge["size"] > leaf["size"]
    assert bridge["size"] == 45 and by_id[str(ID["person/lonely"])]["size"] == 10
    degree = {n["id"]: n["size"] for n in map_payload(net, title="t")["nodes"]}
    assert degree[str(ID["org/body-0"])] > degree[str(ID["person/p-0-5"])]


def test_layout_packs_components_apart():
    g = nx.Graph()
    nx.add_path(g, [f"a{i}" for i in range(40)])
    nx.add_path(g, [f"b{i}" for i in range(10)])
    g.add_nodes_from(f"c{i}" for i in range(30))  # thirty single nodes
    pos = positions(g)
    assert set(pos) == set(g.nodes) and len(set(pos.values())) == len(pos)

    def box(prefix):
        xs = [pos[n][0] for n in pos if n.startswith(prefix)]
        ys = [pos[n][1] for n in pos if n.startswith(prefix)]
        return min(xs), max(xs), min(ys), max(ys)
    a, b = box("a"), box("b")
    assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]  # boxes do not overlap
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    assert max(xs) - min(xs) < 3 * (max(ys) - min(ys)) + 200  # roughly square, not a line
    assert positions(g) == pos  # seeded


def test_layout_draws_no_node_over_another():
    """A hub with many leaves and a dense component: evened out, a leaf landed on the devset's
    most connected person, and a click on him opened the leaf. No two discs overlap now."""
    import math
    g = nx.Graph()
    for hub in range(6):
        g.add_edges_from((f"h{hub}", f"l{hub}-{i}") for i in range(40))
        g.add_edge(f"h{hub}", f"h{(hub + 1) % 6}")
    g.add_edges_from((f"d{i}", f"d{j}") for i in range(60) for j in range(i + 1, 60) if (i * j) % 7 == 1)
    sizes = {n: min(45, round(10 + 5 * math.sqrt(g.degree(n)))) for n in g.nodes}
    pos = positions(g, sizes=sizes)
    nodes = sorted(pos)
    for k, a in enumerate(nodes):
        for b in nodes[k + 1:]:
            # rounding to whole pixels may take back a pixel
            assert math.dist(pos[a], pos[b]) >= sizes[a] + sizes[b] + 2, (a, b)
    assert positions(g, sizes=sizes) == pos


def test_large_maps_draw_marks_not_boxes():
    net = graph_to_network(fill(Graph()))
    for i in range(320):
        net.add_node(f"x{i}", **{**net.nodes[str(STATEMENT)]})
    data = map_payload(net, title="t")
    assert data["large"] is True
    assert {n["shape"] for n in data["nodes"]} & set(LARGE_SHAPES) == set()
    statement = next(k for k in data["legend"]["kinds"] if k["kind"] == "statement")
    assert statement["shape"] == LARGE_SHAPES["box"]
