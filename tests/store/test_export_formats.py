"""``kg export``: every RDF format parses with rdflib and holds the same triples as the
store; output is deterministic; GraphML and GEXF hold the map's network."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal

from kg.cli import main
from kg.store.export import EXPORT_FORMATS, jsonld_context
from kg.store.oxstore import open_store, to_dataset

RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
               "json-ld": "json-ld"}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}


def term(t):
    """Typed literals by value (pyoxigraph stores «40.0»^^xsd:decimal as «40»)."""
    if isinstance(t, Literal) and t.datatype is not None:
        return ("literal", str(t.datatype), t.toPython())
    return t


def triples_of(graph) -> set:
    """Every triple: a Dataset's named graphs merged."""
    source = ((s, p, o) for s, p, o, _ in graph.quads()) if isinstance(graph, Dataset) else graph
    return {(term(s), term(p), term(o)) for s, p, o in source}


def quads_of(dataset: Dataset) -> set:
    return {(term(s), term(p), term(o), str(g)) for s, p, o, g in dataset.quads()
            if str(g) != "urn:x-rdflib:default"}


@pytest.fixture(scope="module")
def exported(seed_build, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("exports")
    runner = CliRunner()
    paths = {}
    for fmt in EXPORT_FORMATS:
        paths[fmt] = folder / f"graph.{fmt}"
        result = runner.invoke(main, ["export", "--store", str(seed_build), "--format", fmt,
                                      "-o", str(paths[fmt])])
        assert result.exit_code == 0, result.output
        assert f"as {fmt} to" in result.output
    return paths


@pytest.fixture(scope="module")
def reference(seed_build):
    dataset = to_dataset(open_store(seed_build))
    return dataset


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_each_format_holds_the_same_triples(exported, reference, fmt):
    union = triples_of(reference)
    if fmt in QUAD_FORMATS:
        parsed = Dataset()
        parsed.parse(exported[fmt], format=RDF_FORMATS[fmt])
        assert quads_of(parsed) == quads_of(reference)
        assert triples_of(parsed) == union
    else:
        parsed = Graph().parse(exported[fmt], format=RDF_FORMATS[fmt])
        assert triples_of(parsed) == union
    assert len(union) > 1000


def test_all_exports_agree_with_the_build_files(exported, seed_build):
    """graph.ttl and graph.trig written by the build hold what the store holds."""
    built = Dataset()
    built.parse(seed_build / "graph.trig", format="trig")
    turtle = Graph().parse(seed_build / "graph.ttl", format="turtle")
    nt = Graph().parse(exported["ntriples"], format="nt")
    assert triples_of(built) == triples_of(turtle) == triples_of(nt)


def test_turtle_binds_prefixes_and_matches_graph_ttl(exported, seed_build):
    text = exported["turtle"].read_text(encoding="utf-8")
    for prefix in ("kg:", "schema:", "org:", "foaf:", "oa:", "prov:", "skos:"):
        assert f"@prefix {prefix} " in text
    assert "schema:Person" in text and "org:Membership" in text
    assert text == (seed_build / "graph.ttl").read_text(encoding="utf-8")


def test_ntriples_and_nquads_are_sorted(exported):
    for fmt in ("ntriples", "nquads"):
        lines = exported[fmt].read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == len(set(lines))


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_exports_are_deterministic(seed_build, exported, tmp_path, fmt):
    again = tmp_path / f"again.{fmt}"
    result = CliRunner().invoke(main, ["export", "--store", str(seed_build), "-f", fmt, "-o", str(again), "-q"])
    assert result.exit_code == 0 and result.output == ""
    assert again.read_bytes() == exported[fmt].read_bytes()


def test_jsonld_uses_the_project_context(exported):
    data = json.loads(exported["json-ld"].read_text(encoding="utf-8"))
    context = jsonld_context()
    assert data["@context"] == context
    assert context["kg"] == "https://w3id.org/kg-news/ontology#"
    assert context["name"] == {"@id": "foaf:name"}
    text = exported["json-ld"].read_text(encoding="utf-8")
    assert '"name"' in text and '"member"' in text and "Владислав Шапша" in text


def test_stdout_when_no_file(seed_build, exported):
    result = CliRunner().invoke(main, ["export", "--store", str(seed_build), "-f", "ntriples", "-q"])
    assert result.exit_code == 0
    assert result.stdout_bytes == exported["ntriples"].read_bytes()


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats(exported, seed_build, fmt, read):
    from kg.ontology import load_ontology
    from kg.viz import graph_to_network
    expected = graph_to_network(Graph().parse(seed_build / "graph.ttl"), load_ontology().graph)
    net = read(exported[fmt])
    assert set(net.nodes) == set(expected.nodes)
    assert net.number_of_edges() == expected.number_of_edges() > 0
    some = next(n for n, a in expected.nodes(data=True) if a.get("kind") == "person")
    attrs = net.nodes[some]
    assert attrs["kind"] == "person" and attrs.get("label") == expected.nodes[some]["label"]
    assert isinstance(json.loads(attrs["articles"]), list)    # lists kept as JSON text


def test_gexf_has_gephi_colours(exported):
    text = exported["gexf"].read_text(encoding="utf-8")
    assert "<viz:color" in text and "lastmodifieddate" not in text


def test_export_errors(tmp_path):
    result = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "none"), "-f", "turtle"])
    assert result.exit_code == 2 and "[E022]" in result.output
    result = CliRunner().invoke(main, ["export", "--store", str(tmp_path), "-f", "rdfxml"])
    assert result.exit_code == 2 and "Invalid value" in result.output
