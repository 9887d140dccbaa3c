"""kg.store.turtle: Turtle and TriG from sorted N-Triples lines hold exactly the triples."""
from __future__ import annotations

import doctest
import importlib

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from kg.graph import new_graph
from kg.store.turtle import graph_lines, header, merge_sorted, trig_block, turtle_text
from kg import vocab


def sample() -> Graph:
    from rdflib.namespace import RDF, XSD as _xsd
    g = new_graph(vocab.ID["article/x"])
    node = vocab.ID["person/vladislav-shapsha"]
    g.add((node, RDF.type, vocab.SCHEMA.Person))
    g.add((node, vocab.SCHEMA.name, Literal("Владислав «Шапша»\n\"цитата\" \\ ", lang="ru")))
    g.add((node, vocab.SCHEMA.age, Literal(60)))
    g.add((node, vocab.SCHEMA.value, Literal("40.0", datatype=_xsd.decimal)))
    g.add((node, vocab.SCHEMA.startDate, Literal("2024-05-01", datatype=_xsd.date)))
    g.add((node, vocab.SCHEMA.text, Literal("plain")))
    g.add((node, vocab.KG.mentionType, Literal("PER")))
    g.add((node, vocab.SCHEMA.knows, vocab.ID["person/a"]))
    g.add((node, vocab.SCHEMA.knows, vocab.ID["person/b"]))
    g.add((vocab.ID["person/a"], RDF.type, vocab.SCHEMA.Person))
    return g


def canonical(graph: Graph) -> set:
    return {(s, p, o.toPython() if isinstance(o, Literal) and o.datatype else o)
            for s, p, o in graph}


def test_turtle_round_trip():
    graph = sample()
    text = turtle_text(graph_lines(graph))
    parsed = Graph().parse(data=text, format="turtle")
    assert canonical(parsed) == canonical(graph)
    assert text.startswith(header())
    assert " a schema:Person ;" in text and "schema:age 60 ;" in text
    assert '"40"^^xsd:decimal' in text                     # as the store keeps it


def test_trig_block_round_trip():
    graph = sample()
    text = header() + trig_block(str(graph.identifier), graph_lines(graph))
    ds = Dataset()
    ds.parse(data=text, format="trig")
    named = ds.graph(graph.identifier)
    assert canonical(named) == canonical(graph)


def test_same_lines_same_bytes():
    assert turtle_text(graph_lines(sample())) == turtle_text(graph_lines(sample()))


def test_merge_sorted_is_the_sorted_union():
    runs = [["a", "c", "e"], ["b", "c"], [], ["a", "f"]]
    assert list(merge_sorted(runs)) == ["a", "b", "c", "e", "f"]


def test_large_graph_equals_rdflib(seed_graph):
    text = turtle_text(graph_lines(seed_graph))
    parsed = Graph().parse(data=text, format="turtle")
    assert len(parsed) == len(seed_graph)
    assert isomorphic(Graph().parse(data=seed_graph.serialize(format="nt"), format="nt"),
                      Graph().parse(data=parsed.serialize(format="nt"), format="nt")) \
        or canonical(parsed) == canonical(seed_graph)


@pytest.mark.parametrize("name", ["kg.store.turtle", "kg.store.prepared", "kg.build", "kg.cache",
                                  "kg.parallel"])
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
