"""kg.graph.triples: the builder's triple set, and the graph it becomes."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph.triples import TripleSet

S, P, Q = URIRef("http://example.org/s"), URIRef("http://example.org/p"), URIRef("http://example.org/q")


def test_a_triple_is_kept_once_in_insertion_order():
    triples = TripleSet()
    for o in ("b", "a", "b"):
        triples.add((S, P, Literal(o, lang="ru")))
    assert [t[2] for t in triples] == [Literal("b", lang="ru"), Literal("a", lang="ru")]
    assert len(triples) == 2


def test_lookups_the_builder_uses():
    triples = TripleSet()
    triples.add((S, P, Literal("x", lang="ru")))
    triples.add((Q, P, Literal("y", lang="en")))
    assert (S, P, None) in triples and (S, Q, None) not in triples
    assert (S, P, Literal("x", lang="ru")) in triples
    assert (S, P, Literal("x", lang="en")) not in triples        # language is part of a literal
    assert list(triples.objects(S, P)) == [Literal("x", lang="ru")]
    assert set(triples.objects(None, P)) == {Literal("x", lang="ru"), Literal("y", lang="en")}
    assert list(triples.objects(Q, Q)) == []


def test_builder_triples_and_graph_agree(graph_builder, seed_article, seed_extraction, seed_graph):
    triples = graph_builder.triples(seed_article, seed_extraction)
    assert len(triples) == len(seed_graph)
    assert isomorphic(triples.to_graph(Graph()), seed_graph)
