"""SHACL shapes (``ontology/shapes.ttl``), ``kg validate``, validation in the build, and the
ontology's consistency under OWL-RL."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, SH

from kg.cli import main
from kg.errors import KgError
from kg.ontology import ontology_dir
from kg.store.oxstore import open_store, to_graphs, write_store
from kg.store.validate import format_violation, shapes_graph, validate_graph
from kg.vocab import KG, OA, ORG, SCHEMA

OWLRL_ERROR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


@pytest.fixture(scope="module")
def seed(seed_build) -> Graph:
    (graph,) = to_graphs(open_store(seed_build))
    return graph


def broken(seed: Graph, drop=None, add=()) -> Graph:
    """A copy of the seed graph without the triples ``drop(s, p, o)`` selects, plus ``add``."""
    graph = Graph(identifier=seed.identifier)
    for triple in seed:
        if drop is None or not drop(*triple):
            graph.add(triple)
    for triple in add:
        graph.add(triple)
    return graph


def write_build(folder: Path, graph: Graph) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    quads = [ox.Quad(ox.NamedNode(str(s)) if isinstance(s, URIRef) else ox.BlankNode(str(s)),
                     ox.NamedNode(str(p)),
                     ox.NamedNode(str(o)) if isinstance(o, URIRef) else
                     ox.Literal(str(o), language=o.language) if o.language else
                     ox.Literal(str(o), datatype=ox.NamedNode(str(o.datatype))) if o.datatype else
                     ox.Literal(str(o)),
                     ox.NamedNode(str(graph.identifier))) for s, p, o in graph]
    ox.serialize(quads, str(folder / "graph.trig"), ox.RdfFormat.TRIG)
    write_store(folder)
    return folder


def test_seed_build_conforms(seed_build):
    result = CliRunner().invoke(main, ["validate", "--store", str(seed_build)])
    assert result.exit_code == 0, result.output
    assert "1 article graph(s) conform to the shapes" in result.output


def test_the_build_validated_what_it_wrote(builder, seed_build, tmp_path):
    report = builder.build([Path(__file__).resolve().parents[2] / "seeds"], tmp_path / "out", maps=False)
    assert report.violations == []
    assert (tmp_path / "out" / "store" / "CURRENT").is_file()


def test_every_class_the_builder_writes_has_a_shape(seed):
    targeted = set(shapes_graph().objects(None, SH.targetClass))
    assert set(seed.objects(None, RDF.type)) - targeted == set()
    for cls in (SCHEMA.Person, ORG.Organization, ORG.Post, ORG.Membership, SCHEMA.Event, KG.Statement,
                KG.StatedFigure, KG.Mention, OA.Annotation, RDF.Statement, SCHEMA.NewsArticle):
        assert cls in targeted, cls


def test_every_kind_class_of_the_ontology_has_a_shape():
    """A body type's kg:instanceClass is written on its bodies: a class no shape targets would
    slip past validation (schema:ResearchOrganization did, found only by the devset build)."""
    onto = Graph().parse(ontology_dir() / "kg.ttl")
    classes = set(onto.objects(None, KG.instanceClass))
    assert classes and classes - set(shapes_graph().objects(None, SH.targetClass)) == set()


MEMBERSHIP = ORG.Membership

def test_devset_conforms(devset):
    """All 122 devset articles conform (kg build would fail otherwise)."""
    from kg.store.validate import validate_graphs
    targeted = set(shapes_graph().objects(None, SH.targetClass))
    written = {o for g in devset.graphs.values() for o in g.objects(None, RDF.type)}
    assert written - targeted == set()                     # every class has a shape
    violations = validate_graphs(devset.graphs[key] for key in sorted(devset.graphs))
    assert [format_violation(v) for v in violations] == []


def _first(seed: Graph, cls) -> URIRef:
    return sorted(seed.subjects(RDF.type, cls))[0]


@pytest.mark.parametrize("case", ["membership-without-body", "fact-without-evidence",
                                  "event-without-type", "bad-mention-type", "person-two-names",
                                  "selector-start-after-end", "fact-not-asserted"])
def test_violations_name_focus_node_and_path(seed, case):
    if case == "membership-without-body":
        node = _first(seed, MEMBERSHIP)
        graph = broken(seed, lambda s, p, o: s == node and p == ORG.organization)
        path, words = "org:organization", "exactly one body"
    elif case == "fact-without-evidence":
        node = _first(seed, RDF.Statement)
        graph = broken(seed, lambda s, p, o: p == OA.hasBody and o == node)
        path, words = "^oa:hasBody", "no evidence"
    elif case == "event-without-type":
        node = _first(seed, SCHEMA.Event)
        graph = broken(seed, lambda s, p, o: s == node and p == KG.eventType)
        path, words = "kg:eventType", "exactly one type"
    elif case == "bad-mention-type":
        node = _first(seed, KG.Mention)
        graph = broken(seed, lambda s, p, o: s == node and p == KG.mentionType,
                       add=[(node, KG.mentionType, Literal("PERSON"))])
        path, words = "kg:mentionType", "PERSON"
    elif case == "person-two-names":
        node = _first(seed, SCHEMA.Person)
        graph = broken(seed, add=[(node, URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Другое имя", lang="ru"))])
        path, words = "foaf:name", "exactly one foaf:name"
    elif case == "selector-start-after-end":
        node = sorted(s for s in seed.subjects(RDF.type, OA.TextPositionSelector))[0]
        graph = broken(seed, lambda s, p, o: s == node and p == OA.start,
                       add=[(node, OA.start, Literal(10 ** 6))])
        path, words = "oa:start", "not after oa:end"
    else:
        node = _first(seed, RDF.Statement)
        s, p, o = (seed.value(node, RDF.subject), seed.value(node, RDF.predicate), seed.value(node, RDF.object))
        graph = broken(seed, lambda a, b, c: (a, b, c) == (s, p, o))
        path, words = "", "not asserted"
    violations = validate_graph(graph)
    short = str(node).replace("https://w3id.org/kg-news/id/", "id:")
    mine = [v for v in violations if v.focus == short]
    assert mine, [format_violation(v) for v in violations]
    assert any(v.path == path and words in (v.message + v.value) for v in mine), \
        [format_violation(v) for v in mine]
    assert all(v.graph == "id:article/000_3ad05c95d4bf20bc" for v in mine)


def test_kg_validate_prints_each_violation_and_fails(seed, tmp_path):
    membership = _first(seed, MEMBERSHIP)
    event = _first(seed, SCHEMA.Event)
    graph = broken(seed, lambda s, p, o: (s == membership and p == ORG.organization)
                   or (s == event and p == KG.eventType))
    out = write_build(tmp_path / "bad", graph)
    result = CliRunner().invoke(main, ["validate", "--store", str(out)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    short = lambda n: str(n).replace("https://w3id.org/kg-news/id/", "id:")  # noqa: E731
    assert any(short(membership) in line and "org:organization:" in line for line in lines)
    assert any(short(event) in line and "kg:eventType:" in line for line in lines)
    assert all(line.startswith("id:article/000_3ad05c95d4bf20bc  ") for line in lines)
    assert "2 violation(s) in 1 of 1 article graph(s)" in result.stderr


def test_a_violation_fails_the_build(extractor, tmp_path):
    """A graph builder that forgets event types: the build writes everything, then fails."""
    from kg.build import Builder

    builder = Builder(extractor)
    make = builder.graph_builder

    def forgetful(article, extraction):
        graph = make(article, extraction)
        graph.remove((None, KG.eventType, None))
        return graph

    builder.graph_builder = forgetful
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    with pytest.raises(KgError) as caught:
        builder.build([seeds], tmp_path / "out", maps=False)
    message = str(caught.value)
    assert caught.value.code.name == "E063" and "a bug in kg" in message
    assert "kg:eventType" in message and "kg validate --store" in message
    assert (tmp_path / "out" / "graph.trig").is_file() and (tmp_path / "out" / "store").is_dir()


def test_validate_errors(tmp_path):
    result = CliRunner().invoke(main, ["validate", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "[E022]" in result.output


# -- OWL-RL ----------------------------------------------------------------------------------
def _closure(graph: Graph) -> list[str]:
    import owlrl
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)
    return sorted(str(m) for m in graph.objects(None, OWLRL_ERROR.error))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for name in ("kg.ttl", "gazetteer.ttl"):
        graph.parse(ontology_dir() / name, format="turtle")
    return graph


def test_ontology_is_consistent_under_owl_rl(ontology, seed_build):
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    graph.parse(seed_build / "graph.ttl", format="turtle")
    before = len(graph)
    assert _closure(graph) == []
    assert len(graph) > before                               # the reasoner did infer
    # what the ontology says follows: a kg:Statement is a schema:Quotation, a region an AdministrativeArea
    statement = next(graph.subjects(RDF.type, KG.Statement))
    assert (statement, RDF.type, SCHEMA.Quotation) in graph


def test_owl_rl_check_detects_an_inconsistency(ontology, seed):
    """The same check on a contradiction (a statement that is also a person, the two
    declared disjoint) reports it: the test above can fail."""
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    statement = _first(seed, KG.Statement)
    graph.add((KG.Statement, OWL.disjointWith, SCHEMA.Person))
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, RDF.type, SCHEMA.Person))
    assert _closure(graph) != []
