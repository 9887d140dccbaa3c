"""kg.store.export: graph.ttl, graph.trig and articles/*.ttl, complete and deterministic."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph import article_iri, new_graph
from kg.store import write_exports
from kg.store.export import article_file
from kg.vocab import SCHEMA

SEED_ID = "000_3ad05c95d4bf20bc"


def parse_ttl(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def parse_trig(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig")
    return ds


def canon(graph) -> set:
    """Triples with typed literals compared by value: the serialiser writes the canonical
    lexical form (xsd:decimal "40" becomes 40.0)."""
    def term(t):
        if isinstance(t, Literal) and t.datatype is not None:
            return ("literal", t.toPython(), t.datatype)
        return t
    return {tuple(term(t) for t in triple) for triple in graph}


def trig_triples(ds: Dataset) -> set:
    return {(s, p, o) for s, p, o, g in ds.quads((None, None, None, None))
            if g is not None and g != ds.default_context.identifier}


def test_files_are_written(seed_build):
    assert (seed_build / "graph.ttl").is_file()
    assert (seed_build / "graph.trig").is_file()
    articles = sorted(p.name for p in (seed_build / "articles").glob("*.ttl"))
    assert articles == [article_file(seed_build, SEED_ID).name]
    assert (seed_build / "map.html").is_file()
    assert list(seed_build.rglob("*.tmp")) == []


def test_exports_parse_and_agree(seed_build, seed_graph):
    ttl = parse_ttl(seed_build / "graph.ttl")
    union = Graph()
    for path in (seed_build / "articles").glob("*.ttl"):
        for triple in parse_ttl(path):
            union.add(triple)
    ds = parse_trig(seed_build / "graph.trig")
    assert len(ttl) > 500
    assert set(ttl) == set(union) == trig_triples(ds)
    assert isomorphic(ttl, union)
    assert canon(ttl) == canon(seed_graph)


def test_trig_has_one_named_graph_per_article(seed_build, seed_graph):
    ds = parse_trig(seed_build / "graph.trig")
    names = {c.identifier for c in ds.contexts() if c.identifier != ds.default_context.identifier
             and len(c)}
    assert names == {article_iri(SEED_ID)}
    named = ds.graph(article_iri(SEED_ID))
    assert canon(named) == canon(seed_graph)


def test_literals_survive_the_round_trip(seed_build, seed_article):
    ttl = parse_ttl(seed_build / "graph.ttl")
    body = ttl.value(article_iri(SEED_ID), SCHEMA.articleBody)
    assert body == Literal(seed_article.text, lang="ru")


def exports(folder: Path) -> dict[Path, bytes]:
    """The export files of a build folder: graph.ttl, graph.trig and articles/*.ttl."""
    paths = [folder / "graph.ttl", folder / "graph.trig", *sorted((folder / "articles").glob("*"))]
    return {p.relative_to(folder): p.read_bytes() for p in paths if p.is_file()}


def test_building_twice_gives_byte_identical_files(seed_build, builder, tmp_path):
    builder.build([Path(__file__).resolve().parents[2] / "seeds"], tmp_path)
    first, second = exports(seed_build), exports(tmp_path)
    assert len(first) == 3
    assert first.keys() == second.keys()
    for rel in first:
        assert first[rel] == second[rel], rel


def test_building_twice_into_the_same_folder(builder, tmp_path):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    builder.build([seeds], tmp_path, maps=False)
    before = exports(tmp_path)
    builder.build([seeds], tmp_path, maps=False)
    assert exports(tmp_path) == before
    assert list(tmp_path.rglob("*.tmp")) == []


def small_graph(article_id: str, name: str) -> Graph:
    g = new_graph(article_iri(article_id))
    g.add((article_iri(article_id), SCHEMA.name, Literal(name, lang="ru")))
    return g


def test_stale_article_files_are_removed(tmp_path):
    write_exports(tmp_path, {"a": small_graph("a", "А"), "b": small_graph("b", "Б")})
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.ttl", "b.ttl"]
    write_exports(tmp_path, {"a": small_graph("a", "А")})
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.ttl"]
    assert len(parse_ttl(tmp_path / "graph.ttl")) == 1


def test_every_article_gets_its_own_file(tmp_path):
    """Ids that differ only in case or in «_» / «-» still get distinct files."""
    ids = ["news_1", "news-1", "News_1"]
    write_exports(tmp_path, {i: small_graph(i, i) for i in ids})
    files = list((tmp_path / "articles").glob("*.ttl"))
    assert len(files) == 3
    union = Graph()
    for path in files:
        for triple in parse_ttl(path):
            union.add(triple)
    assert len(union) == 3
    assert len({article_file(tmp_path, i) for i in ids}) == 3


def test_returned_paths(tmp_path):
    written = write_exports(tmp_path, {"a": small_graph("a", "А")})
    assert set(written) == {tmp_path / "articles" / "a.ttl", tmp_path / "graph.ttl",
                            tmp_path / "graph.trig"}
    assert all(p.is_file() for p in written)


def test_cyrillic_article_id(tmp_path):
    write_exports(tmp_path, {"Новость дня": small_graph("Новость дня", "Новость")})
    [path] = (tmp_path / "articles").glob("*.ttl")
    assert path.name.isascii()
    ds = parse_trig(tmp_path / "graph.trig")
    assert (URIRef(str(article_iri("Новость дня"))), SCHEMA.name, Literal("Новость", lang="ru")) \
        in trig_triples(ds)
