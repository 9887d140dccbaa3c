"""Shared, session-scoped fixtures for the nlp, extract, graph, store and cli tests.

natasha's models load once per process (about 1.5 s), so the pipeline, the extractor, the
seed article's extraction and graph, and a seed build are made once per session. The devset
(122 real articles, about 20 s) is processed at most once, and only by the tests that ask
for the ``devset`` fixture.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import os

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_3ad05c95d4bf20bc.txt"
SEED_ID = "000_3ad05c95d4bf20bc"
def _eval_dir() -> Path:
    """``$KG_EVAL``, else ``shared/eval`` beside the repository (as CI lays it out)."""
    env = os.environ.get("KG_EVAL")
    return Path(env) if env else ROOT.parent / "shared" / "eval"


DEVSET = _eval_dir() / "factrueval-2016.dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline (razdel → kg_natasha → kg_lexicon)."""
    from kg.nlp import make_pipeline
    return make_pipeline()


@pytest.fixture(scope="session")
def normalizer(nlp):
    return nlp.get_pipe("kg_natasha").normalizer


@pytest.fixture(scope="session")
def extractor(nlp):
    from kg.extract import Extractor
    return Extractor.default()


@pytest.fixture(scope="session")
def kg_ontology(extractor):
    return extractor.ontology


@pytest.fixture(scope="session")
def make_article() -> Callable[..., object]:
    """``make_article(text, id="t", **metadata)`` → an :class:`~kg.read.Article`."""
    from kg.read import Article

    def make(text: str, id: str = "t", **kwargs: object):
        return Article(id=id, text=text, origin=f"{id}.txt", **kwargs)
    return make


@pytest.fixture(scope="session")
def extract(extractor, make_article) -> Callable[..., object]:
    """``extract(text, id="t")`` → the :class:`~kg.extract.Extraction` of that text."""
    def run(text: str, id: str = "t", **kwargs: object):
        return extractor(make_article(text, id, **kwargs))
    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article():
    from kg.read import Article, iter_articles
    items = list(iter_articles([SEED]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.fixture(scope="session")
def seed_extraction(extractor, seed_article):
    return extractor(seed_article)


@pytest.fixture(scope="session")
def graph_builder(kg_ontology):
    from kg.graph import GraphBuilder
    return GraphBuilder(kg_ontology)


@pytest.fixture(scope="session")
def seed_graph(graph_builder, seed_article, seed_extraction):
    return graph_builder(seed_article, seed_extraction)


@pytest.fixture(scope="session")
def builder(extractor):
    from kg.build import Builder
    return Builder(extractor)


@pytest.fixture
def power_cut():
    """``with power_cut(builder, n) as seen:`` — the build dies on its n-th article (a
    BaseException, as a kill or Ctrl-C is: an error of kg's own on one article is skipped
    instead, E074); ``seen`` lists the ids of the articles it reached."""
    from contextlib import contextmanager

    class PowerCut(BaseException):
        pass

    @contextmanager
    def cut(builder, n: int):
        graphs = builder.graph_builder
        make, seen = graphs.triples, []

        def failing(article, extraction):
            seen.append(article.id)
            if len(seen) == n:
                raise PowerCut("power cut")
            return make(article, extraction)

        graphs.triples = failing
        try:
            with pytest.raises(PowerCut):
                yield seen
        finally:
            del graphs.triples
    return cut


@pytest.fixture(scope="session")
def seed_build(builder, tmp_path_factory) -> Path:
    """``seeds/`` built once into a session folder (graph.ttl, graph.trig, articles/, maps)."""
    out = tmp_path_factory.mktemp("seed-build")
    report = builder.build([SEEDS], out)
    assert report.built == [SEED_ID] and not report.skipped
    return out


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from kg.store import load_store
    return load_store(seed_build)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "devset: uses the factRuEval-2016 devset (about 20 s once per session); "
                   "deselect with -m 'not devset'")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "devset" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.devset)


@dataclass
class Devset:
    """The devset, extracted and built into graphs once, with a SPARQL store of them."""

    records: dict[str, dict]
    articles: dict[str, object]
    extractions: dict[str, object]
    graphs: dict[str, object]
    store: object


def _ox_term(term):
    import pyoxigraph as ox
    from rdflib import Literal, URIRef
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def _ox_store(graphs):
    """A pyoxigraph store of the named graphs, as load_store would make from graph.trig
    (built directly: serialising the devset to TriG and parsing it back costs ~10 s)."""
    import pyoxigraph as ox
    store = ox.Store()
    quads = []
    for graph in graphs:
        name = ox.NamedNode(str(graph.identifier))
        quads += [ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), name) for s, p, o in graph]
    store.extend(quads)
    from kg.store.oxstore import materialize_union
    materialize_union(store)
    return store


@pytest.fixture(scope="session")
def devset(extractor, graph_builder) -> Devset:
    """The factRuEval-2016 devset through every stage (about 20 s; once per session)."""
    from kg.read import Article, iter_articles
    if not DEVSET.is_file():
        pytest.skip(f"no devset at {DEVSET}")
    records = {}
    with DEVSET.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            records[str(record["id"])] = record
    articles = {}
    for item in iter_articles([DEVSET]):
        assert isinstance(item, Article), str(item)
        articles[item.id] = item
    extractions = {key: extractor(article) for key, article in articles.items()}
    graphs = {key: graph_builder(articles[key], extractions[key]) for key in articles}
    return Devset(records, articles, extractions, graphs, _ox_store(graphs.values()))
