"""kg.store.turtle: canonical lines from rdflib terms."""
from __future__ import annotations



def test_triple_lines_equal_graph_lines(seed_graph, graph_builder, seed_article, seed_extraction):
    """The fast path (rdflib terms → pyoxigraph terms) writes the lines rdflib's own
    serialiser does, literals canonical as the store keeps them."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.store.turtle import graph_lines, triple_lines
    assert triple_lines(graph_builder.triples(seed_article, seed_extraction)) == graph_lines(seed_graph)
    odd = Graph()
    s = URIRef("http://example.org/s")
    for value in (Literal("40.0", datatype=XSD.decimal), Literal(7), Literal("кавычки \" и \\"),
                  Literal("строка\nвторая", lang="ru"), Literal("2010", datatype=XSD.gYear),
                  Literal("+5", datatype=XSD.integer), Literal("007", datatype=XSD.integer),
                  Literal("-0", datatype=XSD.integer), Literal(-12), Literal("1.0E2", datatype=XSD.double),
                  Literal("true", datatype=XSD.boolean), Literal("2016-03-01", datatype=XSD.date),
                  Literal("x", datatype=XSD.string), Literal("управляющие \x01\x7f\u2028\t"),
                  Literal("Moscow", lang="EN-gb"), Literal("https://a.example/b", datatype=XSD.anyURI)):
        odd.add((s, URIRef("http://example.org/p"), value))
    assert triple_lines(odd) == graph_lines(odd)


def test_canonical_integers_skip_the_store_round_trip():
    """xsd:integer literals in canonical form are written directly; only other typed
    literals are made canonical by a store (rdflib's URIRef never equals a plain str, so a
    plain comparison of the datatype silently sent every integer through the store)."""
    from rdflib import Literal
    from rdflib.namespace import XSD
    from kg.store.turtle import _canonical_literal, _term_text
    text = _term_text()
    _canonical_literal.cache_clear()
    assert text(Literal(7)) == '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert text(Literal(-12)) == '"-12"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert _canonical_literal.cache_info().misses == 0
    assert text(Literal("40.0", datatype=XSD.decimal)) == '"40"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert _canonical_literal.cache_info().misses == 1
