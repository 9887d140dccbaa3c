"""Per-article maps: one shared vis-network beside them, the same data, made cheaply.

A build's ``maps/<article>.html`` load ``maps/vis-network.min.js`` and
``maps/vis-network.css`` by relative URL instead of inlining them (≈730 KB each), and the
projection reads the graph through :class:`kg.viz.lookup.TripleIndex`; these tests hold
both to the pages and networks the plain path gives.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from rdflib import Literal

from kg.viz.lookup import Sentences, TripleIndex, sentence_at
from kg.viz.map import VIS_CSS, VIS_JS, map_html, network_html, write_vis_assets
from kg.viz.project import graph_to_network
from kg.vocab import KG, SCHEMA


DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)
SRC_RE = re.compile(r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']*)["']""", re.I)


def _data(page: str) -> dict:
    return json.loads(DATA_RE.search(page).group(1))


def test_linked_page_refers_to_the_shared_files_and_holds_the_same_data(sample_graph,
                                                                        ontology):
    inline = map_html(sample_graph, title="t", ontology=ontology)
    linked = map_html(sample_graph, title="t", ontology=ontology, assets="")
    assert SRC_RE.findall(linked) == [VIS_CSS, VIS_JS]
    assert SRC_RE.findall(inline) == []
    assert "t.Network=" not in linked and "t.Network=" in inline
    assert len(linked) < 100_000 < 700_000 < len(inline)
    assert _data(linked) == _data(inline)
    # the same page but for the vis-network elements
    strip = re.compile(r"<style>\n[^\n]*vis-network.*?</style>|<script>\n.*?</script>|"
                       r'<link rel="stylesheet" href="[^"]*">|<script src="[^"]*"></script>',
                       re.S)
    assert strip.sub("", linked) == strip.sub("", inline)
    assert map_html(sample_graph, title="t", ontology=ontology, assets="") == linked


def test_assets_folder_url(sample_graph):
    page = map_html(sample_graph, title="t", assets="../shared")
    assert SRC_RE.findall(page) == ["../shared/" + VIS_CSS, "../shared/" + VIS_JS]
    page = map_html(sample_graph, title="t", assets='a"b/')
    assert 'href="a&quot;b/vis-network.css"' in page


def test_write_vis_assets_is_deterministic_and_idempotent(tmp_path, sample_graph):
    paths = write_vis_assets(tmp_path / "maps")
    assert [p.name for p in paths] == [VIS_JS, VIS_CSS]
    js, css = (p.read_text(encoding="utf-8") for p in paths)
    assert "t.Network=" in js and ".vis-network" in css
    assert "sourceMappingURL" not in js + css
    inline = map_html(sample_graph, title="t")
    assert js.replace("</script", "<\\/script") in inline and css in inline
    stamps = [p.stat().st_mtime_ns for p in paths]
    assert write_vis_assets(tmp_path / "maps") == paths
    assert [p.stat().st_mtime_ns for p in paths] == stamps     # identical: not rewritten
    paths[0].write_text("stale", encoding="utf-8")
    write_vis_assets(tmp_path / "maps")
    assert paths[0].read_text(encoding="utf-8") == js
    assert list((tmp_path / "maps").glob("*.tmp")) == []


def test_build_article_maps_share_one_vis_network(seed_build):
    maps = seed_build / "maps"
    pages = sorted(maps.glob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert SRC_RE.findall(text) == [VIS_CSS, VIS_JS], page.name
        assert "t.Network=" not in text
        assert len(text.encode("utf-8")) < 200_000
    for name in (VIS_JS, VIS_CSS):
        assert (maps / name).is_file() and (maps / name).stat().st_size > 1000
    assert "t.Network=" in (maps / VIS_JS).read_text(encoding="utf-8")
    corpus = (seed_build / "map.html").read_text(encoding="utf-8")
    assert SRC_RE.findall(corpus) == [] and "t.Network=" in corpus   # still self-contained


# -- the projection through TripleIndex -------------------------------------------------
def _network_json(net) -> str:
    return json.dumps({"nodes": sorted(net.nodes(data=True)),
                       "edges": sorted(net.edges(keys=True, data=True)),
                       "graph": net.graph}, sort_keys=True, ensure_ascii=False, default=str)


def test_graph_dataset_index_and_plain_triples_give_one_network(sample_graph, sample_dataset,
                                                                ontology):
    expected = _network_json(graph_to_network(sample_graph, ontology))
    assert _network_json(graph_to_network(sample_dataset, ontology)) == expected
    assert _network_json(graph_to_network(TripleIndex.of(sample_graph), ontology)) == expected
    assert _network_json(graph_to_network(list(sample_graph), ontology)) == expected
    doubled = list(sample_graph) * 2
    assert _network_json(graph_to_network(doubled, ontology)) == expected


def test_triple_index_answers_as_the_graph(sample_graph):
    index = TripleIndex.of(sample_graph)
    assert len(index) == len(sample_graph)
    assert sorted(index) == sorted(sample_graph)
    assert sorted(index.subjects()) == sorted(set(sample_graph.subjects()))
    assert sorted(index.objects()) == sorted(set(sample_graph.objects()))
    for s, p, o in sample_graph:
        assert (s, p, o) in index
        assert sorted(index.objects(s, p)) == sorted(sample_graph.objects(s, p))
        assert sorted(index.subjects(p, o)) == sorted(sample_graph.subjects(p, o))
        assert sorted(set(index.subjects(p))) == sorted(set(sample_graph.subjects(p)))
        assert sorted(index.subjects(None, o)) == sorted(sample_graph.subjects(None, o))
        assert sorted(index.subject_objects(p)) == sorted(sample_graph.subject_objects(p))
        assert sorted(index.objects(s)) == sorted(sample_graph.objects(s))


def test_ontology_index_is_kept_and_renewed_when_the_ontology_changes(sample_graph, ontology):
    first = TripleIndex.cached(ontology)
    assert TripleIndex.cached(ontology) is first
    before = _data(map_html(sample_graph, title="t", ontology=ontology))
    ontology.add((SCHEMA.Person, KG.colour, Literal("#000001")))
    ontology.remove((SCHEMA.Person, KG.colour, Literal("#123456")))
    ontology.add((SCHEMA.Person, KG.shape, Literal("dot", lang="en")))  # the count changes
    assert TripleIndex.cached(ontology) is not first
    after = _data(map_html(sample_graph, title="t", ontology=ontology))
    person = next(k for k in after["legend"]["kinds"] if k["kind"] == "person")
    assert person["colour"] == "#000001" and before != after


def test_sentences_match_sentence_at():
    rnd = random.Random(5)
    alphabet = "аб .!?…\n\t \u00a0"
    for _ in range(1500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 50)))
        sentences = Sentences(text)
        for _ in range(8):
            start = rnd.randint(-3, len(text) + 3)
            end = rnd.randint(start, len(text) + 5)
            limit = rnd.choice((2, 5, 400))
            assert sentences.at(start, end, limit) == sentence_at(text, start, end, limit)


def test_network_html_takes_the_assets_keyword(sample_graph):
    net = graph_to_network(sample_graph)
    page = network_html(net, title="t", assets="")
    assert SRC_RE.findall(page) == [VIS_CSS, VIS_JS]
    assert Path(VIS_JS).suffix == ".js" and Path(VIS_CSS).suffix == ".css"


@pytest.mark.parametrize("title", ["<b>x</b>", "a & b"])
def test_linked_page_escapes_the_title(sample_graph, title):
    page = map_html(sample_graph, title=title, assets="")
    assert "<b>x</b>" not in page.split("<body>", 1)[0]
