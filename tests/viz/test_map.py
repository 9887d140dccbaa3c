"""The offline HTML map: self-contained, deterministic, laid out, and working."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.viz import render_map
from kg.viz.map import LARGE_GRAPH, map_html
from kg.vocab import ID, KG, ORG, RDF, RDFS, SCHEMA, SKOS

from .conftest import ARTICLE, GROUP, PERSON, POST_IRI, REGION, fill

HARNESS = Path(__file__).with_name("harness.js")
DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def _data(page: str) -> dict:
    return json.loads(DATA_RE.search(page).group(1))


@pytest.fixture
def page(tmp_path, sample_dataset, ontology) -> Path:
    path = tmp_path / "map.html"
    render_map(sample_dataset, path, title="Калужская область", ontology=ontology)
    return path


def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert "<script src" not in text.lower()
    assert not re.search(r"<link\b", text, re.I)
    assert "sourceMappingURL" not in text
    assert "t.Network=" in text and "vis-network" in text  # vis-network is inlined
    assert ".vis-network" in text  # and its CSS


def test_page_holds_labels_legend_and_controls(page):
    text = page.read_text(encoding="utf-8")
    for label in ("Владислав Шапша", "губернатор Калужской области", "Калужская область",
                  "Государственная Дума", "руководители промышленных предприятий"):
        assert label in text
    for element in ('id="legend"', 'id="search"', 'id="suggest"', 'id="article-filter"',
                    'id="show-statements"', 'id="show-articles"', 'id="panel-body"'):
        assert element in text
    data = _data(text)
    kinds = [k["kind"] for k in data["legend"]["kinds"]]
    assert kinds == ["person", "post", "body", "region", "city", "event", "group",
                     "statement", "figure", "article"]
    assert data["legend"]["kinds"][0] == {"kind": "person", "label": "персона",
                                          "colour": "#123456", "shape": "star", "count": 1,
                                          "variants": []}
    assert {t["label"] for t in data["legend"]["bodyTypes"]} == {"законодательный орган",
                                                                 "СМИ"}
    assert data["articles"] == [{"id": "a1", "iri": str(ARTICLE), "date": "2024-03-15",
                                 "title": "Владислав Шапша встретился с промышленниками"}]
    assert data["physics"] is True and data["large"] is False
    assert all("x" not in n for n in data["nodes"])
    edge = next(e for e in data["edges"] if e["label"] == "занимает")
    assert edge["evidence"][0]["sentence"].startswith("Губернатор Калужской области")


def test_render_is_byte_identical(tmp_path, sample_dataset, ontology):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render_map(sample_dataset, a, title="t", ontology=ontology)
    render_map(fill(Graph()), b, title="t", ontology=ontology)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html"]  # no temp left


def test_script_breakouts_are_escaped(tmp_path, sample_graph):
    sample_graph.add((GROUP, RDFS.label, Literal("</script><script>alert(1)</script>")))
    text = map_html(sample_graph, title="<b>x</b>")
    assert "<script>alert" not in text
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in text
    assert "</script><script>alert(1)" in json.dumps(_data(text), ensure_ascii=False)


def test_focus_draws_the_ego_graph(tmp_path, sample_graph):
    text = map_html(sample_graph, title="t", focus=str(POST_IRI), depth=1)
    data = _data(text)
    assert {n["id"] for n in data["nodes"]} == {str(POST_IRI), str(PERSON), str(REGION)}
    assert data["focus"] == str(POST_IRI)
    with pytest.raises(KeyError):
        map_html(sample_graph, title="t", focus=str(ID["person/nobody"]))


def _large_graph(n_people: int) -> Graph:
    g = Graph()
    for b in range(n_people // 10):
        body = ID[f"org/body-{b:03d}"]
        g.add((body, RDF.type, ORG.Organization))
        g.add((body, SKOS.prefLabel, Literal(f"Орган {b}", lang="ru")))
        if b:
            g.add((body, ORG.subOrganizationOf, ID["org/body-000"]))
    for i in range(n_people):
        person, post = ID[f"person/p-{i:04d}"], ID[f"post/head/p-{i:04d}"]
        g.add((person, RDF.type, SCHEMA.Person))
        g.add((person, SCHEMA.name, Literal(f"Персона {i}", lang="ru")))
        g.add((person, ORG.holds, post))
        g.add((post, RDF.type, ORG.Post))
        g.add((post, RDFS.label, Literal(f"должность {i}", lang="ru")))
        g.add((post, ORG.postIn, ID[f"org/body-{i % (n_people // 10):03d}"]))
    return g


def test_large_graphs_are_laid_out_in_python(tmp_path):
    graph = _large_graph(480)  # 480 people + 480 posts + 48 bodies = 1,008 nodes
    path = tmp_path / "large.html"
    render_map(graph, path, title="large")
    text = path.read_text(encoding="utf-8")
    data = _data(text)
    assert len(data["nodes"]) == 1008 > LARGE_GRAPH
    assert data["physics"] is False and data["large"] is True
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 900  # spread out
    hub = next(n for n in data["nodes"] if n["id"] == str(ID["org/body-000"]))
    leaf = next(n for n in data["nodes"] if n["id"] == str(ID["person/p-0001"]))
    assert hub["size"] > leaf["size"]  # size by degree
    render_map(graph, tmp_path / "again.html", title="large")
    assert (tmp_path / "again.html").read_bytes() == path.read_bytes()


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_scripts_run(page):
    """The page's own scripts run against a fake DOM and vis: click, search, filter."""
    result = subprocess.run(["node", str(HARNESS), str(page)], capture_output=True,
                            text=True, timeout=60, check=True)
    out = json.loads(result.stdout)
    assert out["physicsOption"] is True
    assert out["physicsAfterStabilisation"] == {"physics": {"enabled": False}}
    assert out["status"] == "Показано узлов: 11 из 11; связей: 12 из 12"
    assert "персона" in out["legend"]
    assert "губернатор Калужской области — Калужская область · действующий" in out[
        "personPanel"]
    assert "совещание с промышленниками" in out["personPanel"]
    assert "«Губернатор Калужской области Владислав Шапша провёл" in out["personPanel"]
    assert "Владислав Шапша встретился с промышленниками · 2024-03-15" in out["personPanel"]
    assert "Владислав Шапша → занимает → губернатор Калужской области" in out["edgePanel"]
    assert "«Губернатор Калужской области" in out["edgePanel"]
    for query in ("Шапши", "шапша", "Владислав Шапша"):
        assert out["search"][query][0].startswith("Владислав Шапша"), query
    assert out["search"]["Госдума"][0].startswith("Государственная Дума")
    assert out["search"]["остается основой"][0].startswith("Промышленность остаётся")
    assert out["focused"] == [str(PERSON)]
    assert out["statusPersonHidden"].startswith("Показано узлов: 10 из 11")
    assert out["statusAfterReveal"].startswith("Показано узлов: 11 из 11")  # search reveals
    assert out["focusedAfterReveal"] == [str(PERSON)]
    assert out["statusArticle"].startswith("Показано узлов: 10 из 11")  # Госдума is not in a1


def test_styled_subclasses_show_in_the_legend(sample_graph, ontology):
    ontology.add((SCHEMA.Country, KG.colour, Literal("#00ff00")))
    country = ID["country/rossiya"]
    sample_graph.add((country, RDF.type, SCHEMA.Country))
    sample_graph.add((country, SKOS.prefLabel, Literal("Россия", lang="ru")))
    sample_graph.add((REGION, SCHEMA.containedInPlace, country))
    data = _data(map_html(sample_graph, title="t", ontology=ontology))
    node = next(n for n in data["nodes"] if n["id"] == str(country))
    assert (node["kind"], node["type_label"], node["kind_label"]) == ("region", "страна",
                                                                       "регион")
    region = next(k for k in data["legend"]["kinds"] if k["kind"] == "region")
    assert region["count"] == 2
    assert region["variants"] == [{"label": "страна", "colour": "#00ff00",
                                   "shape": "hexagon", "count": 1}]
    assert not _data(map_html(sample_graph, title="t"))["legend"]["kinds"][3]["variants"]
