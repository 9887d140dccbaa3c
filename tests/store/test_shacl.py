"""The fast SHACL engine (kg.store.shacl) gives pyshacl's results exactly: on real article
graphs (the seed, the devset), on copies broken for each constraint component the shapes use,
and on small shapes of its own for what ``ontology/shapes.ttl`` does not exercise; what it does
not support fails when the shapes are compiled, and validation falls back to pyshacl."""
from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from kg.graph import new_graph
from kg.store import validate as validate_module
from kg.store.shacl import (
    UnsupportedShapes,
    compile_shapes,
    compiled_shapes,
    validate_triples,
)
from kg.store.validate import (
    format_violation,
    shapes_graph,
    validate_graph,
    validate_graphs,
)
from kg.vocab import KG, OA, ORG, SCHEMA

DCTERMS = Namespace("http://purl.org/dc/terms/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")   # rdflib's XSD warns under pytest
KG_NS = Namespace("https://w3id.org/kg-news/ontology#")  # terms kg.vocab.KG does not define


def both(graph: Graph, shapes: Graph | None = None) -> list:
    """The results of both engines (and of the fast one on bare triples), asserted equal."""
    reference = validate_graph(graph, shapes, engine="pyshacl")
    fast = validate_graph(graph, shapes, engine="fast")
    assert [format_violation(v) for v in fast] == [format_violation(v) for v in reference]
    assert fast == reference
    bare = copy(graph)         # bare triples: default messages name nodes as in a kg graph
    if _prefixes(bare) != _prefixes(graph):
        reference = validate_graph(bare, shapes, engine="pyshacl")
    assert validate_triples(list(graph), graph.identifier, shapes) == reference
    return fast


def _prefixes(graph: Graph) -> dict:
    return {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix != "sh"}


def copy(graph: Graph, drop=None, add=()) -> Graph:
    """A copy of ``graph`` (as the graph builder makes graphs) without the triples
    ``drop(s, p, o)`` selects, plus ``add``."""
    new = new_graph(graph.identifier)
    for triple in graph:
        if drop is None or not drop(*triple):
            new.add(triple)
    for triple in add:
        new.add(triple)
    return new


def first(graph: Graph, cls, where=lambda node: True) -> URIRef:
    return min(n for n in graph.subjects(RDF.type, cls) if where(n))


def article(graph: Graph) -> URIRef:
    return first(graph, SCHEMA.NewsArticle)


def evidence(graph: Graph) -> URIRef:
    return first(graph, OA.Annotation, lambda n: (n, RDF.type, KG.Mention) not in graph)


def fact(graph: Graph) -> URIRef:
    return first(graph, RDF.Statement)


def selector(graph: Graph) -> URIRef:
    return first(graph, OA.TextPositionSelector)


def replace(graph: Graph, node, predicate, *values) -> Graph:
    return copy(graph, lambda s, p, o: s == node and p == predicate,
                [(node, predicate, v) for v in values])


def _not_asserted(g: Graph) -> Graph:
    node = fact(g)
    triple = (g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object))
    return copy(g, lambda *t: t == triple)


def _subclass_target(g: Graph) -> Graph:
    """A node typed with a subclass (in the data graph) of schema:Person is a target of
    kgsh:Person, and a value of sh:class schema:Person."""
    official, human = KG_NS.Official, KG_NS.Human
    node = URIRef("https://w3id.org/kg-news/id/person/nobody")
    membership = first(g, ORG.Membership)
    return copy(g, lambda s, p, o: s == membership and p == ORG.member,
                [(official, RDFS.subClassOf, human), (human, RDFS.subClassOf, SCHEMA.Person),
                 (node, RDF.type, official), (membership, ORG.member, node)])


# name → a broken copy of the seed graph, one or more per constraint component of the shapes
MUTATIONS = {
    # sh:minCount (a default message; sh:message; an inverse path)
    "minCount": lambda g: copy(g, lambda s, p, o: p == SCHEMA.identifier),
    "minCount-message": lambda g: copy(g, lambda s, p, o: s == first(g, ORG.Membership)
                                       and p == ORG.organization),
    "minCount-inverse-path": lambda g: copy(g, lambda s, p, o: p == OA.hasBody and o == fact(g)),
    # sh:maxCount
    "maxCount": lambda g: copy(g, add=[(article(g), SCHEMA.headline,
                                        Literal("Второй", lang="ru"))]),
    "maxCount-message": lambda g: copy(g, add=[(first(g, SCHEMA.Person), FOAF.name,
                                                Literal("Другое имя", lang="ru"))]),
    # sh:class
    "class": lambda g: replace(g, first(g, ORG.Membership), ORG.member, article(g)),
    "class-literal": lambda g: replace(g, article(g), DCTERMS.source,
                                       Literal("Ведомости", lang="ru")),
    "class-untyped-post": lambda g: copy(g, lambda s, p, o: p == RDF.type and o == ORG.Post),
    "class-subclass-in-data": _subclass_target,
    # sh:datatype
    "datatype-plain": lambda g: copy(g, add=[(article(g), SCHEMA.datePublished,
                                              Literal("2016-01-01"))]),
    "datatype-other": lambda g: replace(g, first(g, KG.StatedFigure), SCHEMA.value, Literal(40)),
    "datatype-ill-typed": lambda g: copy(g, add=[(article(g), SCHEMA.datePublished,
                                                  Literal("1 января", datatype=XSD.date))]),
    "datatype-language-tagged": lambda g: replace(g, article(g), SCHEMA.identifier,
                                                  Literal("x", lang="ru")),
    "datatype-langString": lambda g: replace(g, first(g, KG.StatedFigure), KG.measure,
                                             Literal("ВРП")),
    # sh:nodeKind (a literal where an IRI is expected)
    "nodeKind": lambda g: replace(g, fact(g), RDF.subject, Literal("Калуга", lang="ru")),
    "nodeKind-evidence": lambda g: replace(g, evidence(g), OA.hasBody, Literal("факт")),
    # sh:hasValue (sh:message; the default message)
    "hasValue-message": lambda g: copy(g, lambda s, p, o: p == RDF.type and o == FOAF.Person),
    "hasValue": lambda g: copy(g, lambda s, p, o: p == RDF.type and o == FOAF.Group),
    "hasValue-mention": lambda g: replace(g, first(g, KG.Mention), OA.motivatedBy, OA.describing),
    # sh:in
    "in": lambda g: replace(g, first(g, KG.Mention), KG.mentionType, Literal("PERSON")),
    "in-typed": lambda g: replace(g, first(g, KG.Mention), KG.mentionType,
                                  Literal("PER", datatype=XSD.string)),
    # sh:node (the outer result and the nested shape's own)
    "node-label-without-language": lambda g: replace(g, first(g, SCHEMA.Person), FOAF.name,
                                                     Literal("Имя")),
    "node-empty-label": lambda g: copy(g, add=[(first(g, ORG.Organization), SKOS.altLabel,
                                                Literal("", lang="ru"))]),
    "node-concept": lambda g: replace(g, first(g, ORG.Organization), KG.bodyType,
                                      first(g, SCHEMA.City)),
    "node-body-or-territory": lambda g: copy(g, add=[(first(g, SCHEMA.Event), SCHEMA.location,
                                                      first(g, SCHEMA.Person))]),
    # sh:or
    "or-datatype": lambda g: copy(g, add=[(first(g, ORG.Organization), SCHEMA.foundingDate,
                                           Literal("2010"))]),
    "or-selector": lambda g: copy(g, add=[(first(g, OA.SpecificResource), OA.hasSelector,
                                           first(g, SCHEMA.City))]),
    "or-annotation": lambda g: copy(g, lambda s, p, o: s == evidence(g) and p == OA.hasTarget),
    "or-start-date": lambda g: copy(g, add=[(first(g, SCHEMA.Event), SCHEMA.startDate,
                                             Literal("вчера", lang="ru"))]),
    # sh:uniqueLang
    "uniqueLang": lambda g: copy(g, add=[(first(g, SCHEMA.City), SKOS.prefLabel,
                                          Literal("Калуга-город", lang="ru"))]),
    "uniqueLang-case": lambda g: copy(g, add=[(first(g, SCHEMA.City), SKOS.prefLabel,
                                               Literal("KALUGA", lang="EN"))]),
    # sh:minLength
    "minLength": lambda g: replace(g, article(g), SCHEMA.identifier, Literal("")),
    "minLength-quote": lambda g: replace(g, first(g, OA.TextQuoteSelector), OA.exact, Literal("")),
    # sh:minInclusive, sh:lessThanOrEquals (a figure of a selector)
    "minInclusive": lambda g: replace(g, selector(g), OA.start, Literal(-5)),
    "lessThanOrEquals": lambda g: replace(g, selector(g), OA.start, Literal(10 ** 6)),
    "lessThanOrEquals-incomparable": lambda g: replace(g, selector(g), OA.end,
                                                       Literal("конец")),
    "lessThanOrEquals-two-ends": lambda g: copy(g, add=[(selector(g), OA.end, Literal(0))]),
    # sh:qualifiedValueShape / sh:qualifiedMinCount
    "qualifiedMinCount": lambda g: copy(g, lambda s, p, o: p == OA.hasSelector
                                        and (o, RDF.type, OA.TextPositionSelector) in g
                                        and s == first(g, OA.SpecificResource)),
    # the SPARQL constraint
    "sparql-not-asserted": _not_asserted,
    "sparql-second-object": lambda g: copy(g, add=[(fact(g), RDF.object, Literal("другое"))]),
    # a node of two targeted classes; blank nodes
    "two-shapes": lambda g: copy(g, add=[(first(g, SCHEMA.Person), RDF.type, ORG.Organization)]),
    "blank-node-focus": lambda g: copy(g, add=[(BNode("img"), RDF.type, SCHEMA.ImageObject),
                                               (BNode("img"), SCHEMA.isPartOf, article(g))]),
    "blank-node-value": lambda g: copy(g, add=[(article(g), SCHEMA.image, BNode("picture"))]),
}


@pytest.fixture(scope="module")
def seed(seed_graph) -> Graph:
    return seed_graph


def test_seed_graph_conforms_on_both_engines(seed):
    assert both(seed) == []


def test_devset_graphs_conform_on_both_engines(devset):
    graphs = [devset.graphs[key] for key in sorted(devset.graphs)]
    assert validate_graphs(graphs, engine="fast") == []
    assert validate_graphs(graphs, engine="pyshacl") == []


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_broken_graph_gives_the_same_violations(seed, name):
    graph = MUTATIONS[name](seed)
    assert set(graph) != set(seed)
    violations = both(graph)
    assert violations, name
    assert all(v.graph == "id:article/000_3ad05c95d4bf20bc" for v in violations)


def scrambled(graph: Graph, seed: int) -> Graph:
    """A copy of ``graph`` with about 5% of its triples dropped, 3% given another object of
    the graph and 2% doubled with one (deterministic: ``random.Random(seed)``)."""
    rng = random.Random(seed)
    triples = sorted(graph)
    objects = [o for _, _, o in triples]
    new = new_graph(graph.identifier)
    for s, p, o in triples:
        draw = rng.random()
        if draw < 0.05:
            continue
        new.add((s, p, rng.choice(objects) if draw < 0.08 else o))
        if draw > 0.98:
            new.add((s, p, rng.choice(objects)))
    return new


@pytest.mark.parametrize("seed_number", [1, 2, 3])
def test_a_scrambled_seed_graph_gives_the_same_violations(seed, seed_number):
    assert len(both(scrambled(seed, seed_number))) > 10


def test_scrambled_devset_graphs_give_the_same_violations(devset):
    keys = sorted(devset.graphs)
    for number, key in enumerate(keys[::len(keys) // 6]):
        assert both(scrambled(devset.graphs[key], number)), key


def test_messages_and_paths_of_some_results(seed):
    """What a few of the broken copies report (the same on both engines, by the tests above)."""
    found = validate_graph(MUTATIONS["minCount-inverse-path"](seed))
    assert any(v.path == "^oa:hasBody" and v.shape.endswith("shapes#HasEvidence>")
               and v.message.startswith("no evidence") for v in found)
    found = validate_graph(MUTATIONS["node-label-without-language"](seed))
    assert {v.message for v in found} == {
        "a person has exactly one foaf:name (a language-tagged string)",
        "a name or label must be a non-empty language-tagged string"}      # nested: kgsh:RuLabel
    found = validate_graph(MUTATIONS["in"](seed))
    assert [(v.path, v.value) for v in found] == [("kg:mentionType", "PERSON")]
    assert found[0].message.startswith('Value Literal("PERSON") not in list [')
    found = validate_graph(MUTATIONS["sparql-not-asserted"](seed))
    assert [(v.path, v.message, v.value == v.focus) for v in found] == [
        ("", "the fact's triple is not asserted in the graph", True)]


def test_a_subclass_counts_only_inside_the_data_graph(seed):
    """As pyshacl with inference "none": rdfs:subClassOf in the data graph makes a node a
    schema:Person (a target of kgsh:Person, a value of sh:class schema:Person); the ontology's
    own subclasses do not enter."""
    found = validate_graph(MUTATIONS["class-subclass-in-data"](seed))
    nobody = [v for v in found if v.focus == "id:person/nobody"]
    assert nobody and not any(v.path == "org:member" for v in found)
    statement = first(seed, KG.Statement)
    quotation = copy(seed, lambda s, p, o: s == statement and p == RDF.type,
                     [(statement, RDF.type, SCHEMA.Quotation)])  # kg:Statement ⊑ schema:Quotation
    assert both(quotation) == []                                      # no longer a target


def test_graph_name_and_input_kinds(seed):
    broken = MUTATIONS["minLength"](seed)
    expected = validate_graph(broken, engine="pyshacl")
    assert validate_triples(iter(list(broken)), str(broken.identifier)) == expected
    assert validate_triples(list(broken) + list(broken), broken.identifier) == expected  # repeated
    assert validate_triples(broken) == expected                    # the name from the graph
    unnamed = validate_triples(list(broken))
    assert [v.graph for v in unnamed] == [""] * len(expected)
    assert validate_module.validate_triples(list(broken), broken.identifier) == expected
    assert validate_module.validate_triples(list(broken), broken.identifier,
                                            engine="pyshacl") == expected
    try:
        from kg.graph.triples import TripleSet
    except ImportError:                                              # pragma: no cover
        return
    triples = TripleSet()
    for triple in broken:
        triples.add(triple)
    assert validate_triples(triples, broken.identifier) == expected


def test_doctests():
    import doctest

    import kg.store.shacl
    assert doctest.testmod(kg.store.shacl).failed == 0


def test_empty_graph():
    assert both(new_graph(URIRef("https://w3id.org/kg-news/id/article/empty"))) == []


def test_shapes_compile_once(tmp_path):
    assert compiled_shapes() is compiled_shapes()
    assert compiled_shapes(shapes_graph()) is compiled_shapes(shapes_graph())
    path = tmp_path / "shapes.ttl"
    path.write_text(SHAPES, encoding="utf-8")
    assert compiled_shapes(path) is compiled_shapes(path)


def test_engine_choice(seed, monkeypatch):
    broken = MUTATIONS["minCount"](seed)
    calls = []
    real = validate_module._validate_pyshacl
    monkeypatch.setattr(validate_module, "_validate_pyshacl",
                        lambda *a: calls.append(a) or real(*a))
    fast = validate_graph(broken)
    assert calls == []                                               # the fast engine by default
    monkeypatch.setenv("KG_SHACL_ENGINE", "pyshacl")
    assert validate_graph(broken) == fast and len(calls) == 1
    assert validate_graph(broken, engine="fast") == fast and len(calls) == 1
    with pytest.raises(ValueError):
        validate_graph(broken, engine="jena")


# -- shapes of the tests' own: what ontology/shapes.ttl does not exercise ----------------------

EX = Namespace("http://example.org/")
SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

ex:ontology a owl:Ontology ;
    sh:declare [ sh:prefix "rdf" ;
                 sh:namespace "http://www.w3.org/1999/02/22-rdf-syntax-ns#"^^xsd:anyURI ] .

ex:Thing a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:class ex:A, ex:B ;
    sh:hasValue ex:somewhere ;
    sh:node ex:Named, ex:Numbered ;
    sh:property [ sh:path ex:link ; sh:nodeKind sh:BlankNodeOrIRI ; sh:maxCount 2 ] ,
        [ sh:path ex:low ; sh:lessThanOrEquals ex:high ; sh:minInclusive 0, 1 ] ,
        [ sh:path ex:code ; sh:in ( ex:a "b" 3 ) ; sh:minLength 2 ] ,
        [ sh:path ex:tag ; sh:uniqueLang false ; sh:qualifiedValueShape [ sh:datatype xsd:string ] ;
          sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ] ,
        [ sh:path ex:part ; sh:or ( [ sh:datatype xsd:integer ] ) , ( [ sh:datatype xsd:date ] ) ] ,
        ex:Soft , ex:Off .

ex:Named a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .
ex:Numbered a sh:NodeShape ; sh:property [ sh:path ex:number ; sh:minCount 1 ] .

ex:Soft a sh:PropertyShape ; sh:path ex:soft ; sh:minCount 1 ; sh:severity sh:Warning .
ex:Off a sh:PropertyShape ; sh:path ex:off ; sh:minCount 1 ; sh:deactivated true .

ex:Claim a sh:NodeShape ;
    sh:targetClass rdf:Statement ;
    sh:message "claim {$this} fails"@en, "утверждение {?this}"@ru ;
    sh:sparql [ sh:message "not asserted: {$this} ({?value})" ; sh:prefixes ex:ontology ;
        sh:select '''SELECT $this WHERE { $this rdf:subject ?s ; rdf:predicate ?p ;
                     rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o } }''' ] .

ex:Quiet a sh:NodeShape ;
    sh:targetClass ex:Quiet ;
    sh:severity sh:Info ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ] .
"""


@pytest.fixture(scope="module")
def own_shapes() -> Graph:
    graph = Graph()
    graph.parse(data=SHAPES, format="turtle")
    compile_shapes(graph)                        # all of it is supported
    return graph


def _graph(*triples) -> Graph:
    graph = Graph(identifier=URIRef("http://example.org/graph"))
    graph.bind("ex", EX)
    for triple in triples:
        graph.add(triple)
    return graph


def test_own_shapes_default_messages(own_shapes):
    thing = EX.thing
    graph = _graph(
        (thing, RDF.type, EX.Thing), (thing, EX.link, Literal("x")), (thing, EX.link, EX.a),
        (thing, EX.link, BNode("b")), (thing, EX.low, Literal(5)), (thing, EX.high, Literal(2)),
        (thing, EX.high, Literal("two")), (thing, EX.low, EX.iri), (thing, EX.code, EX.b),
        (thing, EX.code, Literal("b")), (thing, EX.code, Literal(3)),
        (thing, EX.tag, Literal("a", lang="en")), (thing, EX.tag, Literal("b", lang="en")),
        (thing, EX.part, Literal("2020-01-01", datatype=XSD.date)), (thing, EX.part, Literal("x")),
        (thing, EX.name, Literal("n")))
    found = both(graph, own_shapes)
    messages = {v.message for v in found}
    for text in ("Value class is not in classes", "value is not a in the set of values",
                 "Value must conform to every Shape in", "Less than 1 values on",
                 "Value is not of Node Kind sh:BlankNodeOrIRI", "More than 2 values on",
                 "Value of ex:thing->ex:high <", "Value is not >= in", "not in list",
                 "String length not >=",
                 "Focus node does not conform to shape MinCount 1 MaxCount 1",
                 "must conform to one or more shapes in"):
        assert any(text in m for m in messages), (text, messages)
    assert {v.severity for v in found} == {"Violation", "Warning"}          # ex:Soft reported
    assert not any(v.path == "<http://example.org/off>" for v in found)      # deactivated


def test_own_shapes_sparql_message_templates(own_shapes):
    claim = EX.claim
    found = both(_graph((claim, RDF.type, RDF.Statement), (claim, RDF.subject, EX.s),
                        (claim, RDF.predicate, EX.p), (claim, RDF.object, EX.o)), own_shapes)
    assert [v.message for v in found] == [
        ("claim http://example.org/claim fails; not asserted: http://example.org/claim "
         "(http://example.org/claim); утверждение http://example.org/claim")]
    assert both(_graph((claim, RDF.type, RDF.Statement), (claim, RDF.subject, EX.s),
                       (claim, RDF.predicate, EX.p), (claim, RDF.object, EX.o),
                       (EX.s, EX.p, EX.o)), own_shapes) == []


def test_own_shapes_warnings_and_infos_alone_conform(own_shapes):
    """pyshacl with allow_warnings: a shape of severity sh:Warning or sh:Info conforms, even
    when what it reports is of severity sh:Violation (ex:Quiet's property shape); a graph
    whose shapes all conform has no results; otherwise every result is reported."""
    node = EX.somewhere                                   # ex:Thing's sh:hasValue
    valid = [(node, RDF.type, EX.Thing), (node, RDF.type, EX.A), (node, RDF.type, EX.B),
             (node, EX.name, Literal("n")), (node, EX.number, Literal(1)),
             (node, EX.tag, Literal("t"))]                 # all but ex:soft (a warning)
    assert both(_graph(*valid), own_shapes) == []
    assert both(_graph(*valid, (EX.quiet, RDF.type, EX.Quiet)), own_shapes) == []
    found = both(_graph(*valid[:-1], (EX.quiet, RDF.type, EX.Quiet)), own_shapes)
    assert [(v.focus, v.path.rsplit("/", 1)[-1], v.severity) for v in found] == [
        ("<http://example.org/quiet>", "name>", "Violation"),
        ("<http://example.org/somewhere>", "soft>", "Warning"),
        ("<http://example.org/somewhere>", "tag>", "Violation")]


# -- what is not supported ------------------------------------------------------------------

UNSUPPORTED = {
    "sh:pattern": 'ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "^a" ] .',
    "sh:targetNode": "ex:S a sh:NodeShape ; sh:targetNode ex:n ; sh:class ex:C .",
    "a sequence path": "ex:S sh:targetClass ex:C ; "
                       "sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
    "another SPARQL query": 'ex:S sh:targetClass ex:C ; '
                            'sh:sparql [ sh:select "SELECT $this WHERE { $this ex:p ?o }" ] .',
    "recursion": "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:S ] .",
    "sh:closed": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .",
    "disjoint qualified shapes": "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; "
                                 "sh:qualifiedValueShape [ sh:class ex:D ] ; "
                                 "sh:qualifiedMinCount 1 ; "
                                 "sh:qualifiedValueShapesDisjoint true ] .",
    "minCount on a node shape": "ex:S sh:targetClass ex:C ; sh:minCount 1 .",
    "an implicit class target": "ex:S a sh:NodeShape, rdfs:Class ; sh:class ex:C .",
}
PREFIXES = ("@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_shapes_fail_at_compile_time(name):
    graph = Graph()
    graph.parse(data=PREFIXES + UNSUPPORTED[name], format="turtle")
    with pytest.raises(UnsupportedShapes):
        compile_shapes(graph)


def test_unsupported_shapes_fall_back_to_pyshacl(tmp_path, caplog):
    path = tmp_path / "shapes.ttl"
    path.write_text(PREFIXES + 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property '
                    '[ sh:path ex:p ; sh:pattern "^a" ; sh:minCount 1 ] .', encoding="utf-8")
    shapes = shapes_graph(path)
    graph = _graph((EX.c, RDF.type, EX.C), (EX.c, EX.p, Literal("b")))
    with caplog.at_level(logging.WARNING, logger="kg"):
        found = validate_graph(graph, shapes)
    assert "uses pyshacl" in caplog.text and "sh:pattern is not supported" in caplog.text
    assert found == validate_graph(graph, shapes, engine="pyshacl")
    assert [v.path for v in found] == ["<http://example.org/p>"]
    with pytest.raises(UnsupportedShapes):
        validate_triples(list(graph), graph.identifier, path)


def test_kg_validate_engine_option(seed_build):
    from click.testing import CliRunner

    from kg.cli import main
    for engine in ("fast", "pyshacl"):
        result = CliRunner().invoke(main, ["validate", "--store", str(seed_build),
                                           "--engine", engine])
        assert result.exit_code == 0, result.output
        assert "1 article graph(s) conform to the shapes" in result.output


def test_bench_validate_smoke(seed_build, tmp_path):
    import json
    import subprocess
    import sys
    out = tmp_path / "figures.json"
    bench = Path(__file__).resolve().parents[2] / "bench" / "validate"
    done = subprocess.run([sys.executable, str(bench),
                           "--source", str(seed_build / "graph.trig"), "--runs", "1",
                           "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ENGINES DISAGREE" not in done.stdout and "ms/article" in done.stdout
    figures = json.loads(out.read_text())
    assert figures["graphs"] == 1 and figures["violations"] == 0 and "disagree" not in figures
