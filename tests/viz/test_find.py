"""Finding nodes by any form of their name, in Python and in the page, alike."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.viz import graph_to_network
from kg.viz.find import find_node, norm, search, stem, word_match
from kg.viz.map import render_map

from .conftest import DUMA, MEDIA, PERSON, REGION, STATEMENT

SEARCH_JS = Path(__file__).with_name("search.js")
QUERIES = ["Шапша", "шапши", "Шапше", "ШАПШОЙ", "Владислав Шапша", "шапша владислав",
           "Владислава Шапши", "Госдума", "Госдумы", "государственной думы",
           "Калужская обл.", "калужской области", "Калуга", "Калуге", "остается основой",
           "губернатор", "губернатора", "ё", "", "  ", "нет такого", "«Калужская неделя»",
           "промышленники", "руководителей предприятий", "40", "к", "Калужскую",
           "шапк", "дума", "Владиславом", "неделей"]


def test_word_match():
    for query, word in [("медведеву", "медведев"), ("шапши", "шапша"), ("ивановым", "иванов"),
                        ("госдумы", "госдума"), ("калуж", "калужская"), ("мид", "мид")]:
        assert word_match(query, word), (query, word)
    for query, word in [("канада", "кан"), ("ростовская", "ростов"),
                        ("шапка", "шапша")]:
        assert not word_match(query, word), (query, word)


def test_norm_and_stem():
    assert norm("  «Шапша»,\u00a0Владислав—Ёлкин ") == "шапша владислав елкин"
    assert [stem(w) for w in ("шапша", "шапши", "шапше", "шапшой", "госдумы", "рф", "мид")] \
        == ["шапш", "шапш", "шапш", "шапш", "госдум", "рф", "мид"]


@pytest.mark.parametrize("query", ["Шапша", "шапши", "Шапше", "Владислава Шапши",
                                   "шапша владислав", "ШАПШОЙ"])
def test_inflected_names_find_the_person(sample_graph, ontology, query):
    assert find_node(graph_to_network(sample_graph, ontology), query) == str(PERSON)


def test_aliases_and_ranking(sample_graph, ontology):
    net = graph_to_network(sample_graph, ontology)
    assert find_node(net, "Госдума") == str(DUMA)
    assert find_node(net, "госдумы") == str(DUMA)
    assert find_node(net, "Калужская обл.") == str(REGION)  # an altLabel
    assert find_node(net, "остается основой") == str(STATEMENT)  # ё = е
    assert find_node(net, "нет такого") is None
    assert find_node(net, "") is None
    assert search(net, "Шапша", kinds=["statement"]) == []
    # a prefix: the body, then the region (kinds in legend order), then what contains it
    assert search(net, "калужск")[:2] == [str(MEDIA), str(REGION)]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_page_searches_as_python_does(tmp_path, sample_dataset, ontology):
    page = tmp_path / "map.html"
    render_map(sample_dataset, page, title="t", ontology=ontology)
    result = subprocess.run(["node", str(SEARCH_JS), str(page), json.dumps(QUERIES)],
                            capture_output=True, text=True, timeout=60, check=True)
    out = json.loads(result.stdout)
    net = graph_to_network(sample_dataset, ontology)
    for query in QUERIES:
        assert out["norm"][query] == norm(query), query
        assert out["stem"][query] == [stem(w) for w in norm(query).split(" ")], query
        assert out["search"][query] == search(net, query, None), query
