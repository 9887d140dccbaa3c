"""The network in numbers: rankings, communities and shortest paths."""
from __future__ import annotations

import networkx as nx

from kg.viz import graph_to_network
from kg.viz.stats import (centrality, communities, network_stats, shortest_path,
                          simple_graph)
from kg.vocab import ORG, SCHEMA

from .conftest import ARTICLE, CITY, EVENT_IRI, GROUP, MEDIA, PERSON, POST_IRI


def test_articles_are_left_out_of_the_network_view(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    simple = simple_graph(net)
    assert str(ARTICLE) not in simple and str(PERSON) in simple
    assert isinstance(simple, nx.Graph) and not simple.is_directed()
    values = centrality(net)
    assert set(values) == set(net.nodes)
    assert values[str(PERSON)] == max(values.values())  # everything goes through him
    groups = communities(net)
    assert sorted(n for g in groups for n in g) == sorted(simple.nodes)
    assert communities(net) == groups  # seeded


def test_network_stats(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    stats = network_stats(net, top=5)
    assert stats["nodes"] == net.number_of_nodes() and stats["articles"] == 1
    assert stats["kinds"]["person"] == 1 and stats["kinds"]["article"] == 1
    top = stats["top_persons"][0]
    assert (top["label"], top["degree"], top["articles"]) == ("Владислав Шапша", 3, 1)
    assert [b["label"] for b in stats["top_bodies"]] == ["Государственная Дума",
                                                         "Калужская неделя"]
    kinds = ("person", "body", "region", "city", "event", "group", "post", "figure", "statement")
    for group in stats["largest_communities"]:  # people and bodies name a community first
        ranks = [kinds.index(m["kind"]) for m in group["members"]]
        assert ranks == sorted(ranks)
    assert stats["communities"] == len(communities(net))


def test_shortest_path_goes_round_articles(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    path = shortest_path(net, str(PERSON), str(CITY))
    assert [s["id"] for s in path["nodes"]] == [str(PERSON), str(EVENT_IRI), str(CITY)]
    first, second = path["relations"]
    assert (first["label"], first["forward"], first["predicate"]) == (
        "участник", False, str(SCHEMA.attendee))
    assert (second["label"], second["forward"]) == ("место", True)
    assert path["through_articles"] is False
    holds = shortest_path(net, str(PERSON), str(POST_IRI))["relations"][0]
    assert holds["predicate"] == str(ORG.holds) and holds["sentence"].startswith("Губернатор")
    # the media body is reached only through the article
    media = shortest_path(net, str(GROUP), str(MEDIA))
    assert media["through_articles"] is True and str(ARTICLE) in [s["id"] for s in
                                                                  media["nodes"]]
    net.add_node("alone", label="Никто", kind="person")
    assert shortest_path(net, str(PERSON), "alone")["nodes"] == []
