"""Per-article maps in a build folder, in headless Chromium with no network.

An article map does not inline vis-network: it loads ``vis-network.min.js`` and
``vis-network.css`` from the ``maps/`` folder beside it (``file://`` URLs, no network).
Checked on the seed build's own article map and on the largest devset article drawn the
way a build draws it.
"""
from __future__ import annotations

import re
import shutil

import pytest

pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")

from .pages import (centred_on, drawn_nodes, inked_pixels, page_data, press_enter,  # noqa: E402
                    search, selected)

SHAPSHA = "Владислав Шапша"
LINKED = re.compile(r'<script src="vis-network\.min\.js"></script>')


def _loads_offline_and_searches(chromium, page, query, expected_label, artifacts, shot):
    data = page_data(page)
    chromium.open(page)
    logs = chromium.logs()
    assert chromium.errors(logs) == [], "console errors"
    assert chromium.requests(logs) == [], "the page asked the network for something"
    assert chromium.js("return typeof vis === 'object' && !!vis.Network;") is True
    drawn = drawn_nodes(chromium)
    assert set(drawn) == {n["id"] for n in data["nodes"]} and drawn
    assert inked_pixels(chromium) > 2000
    chromium.screenshot(artifacts / shot)
    node = next(n for n in data["nodes"] if n["label"] == expected_label)
    suggestions = search(chromium, query)
    assert suggestions[0].startswith(expected_label)
    press_enter(chromium)
    chromium.wait(lambda: selected(chromium) == [node["id"]], 5, "not selected")
    chromium.wait(lambda: centred_on(chromium, node["id"]), 10, "the view is not on it")
    logs = chromium.logs()
    assert chromium.errors(logs) == [] and chromium.requests(logs) == []


def test_seed_build_article_map(chromium, seed_build, artifacts):
    (page,) = sorted((seed_build / "maps").glob("*.html"))
    _loads_offline_and_searches(chromium, page, "Шапши", SHAPSHA, artifacts,
                                "seed-article-map.png")


def test_devset_article_map_with_shared_vis_network(chromium, devset, kg_ontology, tmp_path,
                                                    artifacts):
    from kg.viz.map import map_html, write_page, write_vis_assets

    key = max(devset.graphs, key=lambda k: (len(devset.graphs[k]), k))
    maps = tmp_path / "out" / "maps"
    write_vis_assets(maps)
    page = maps / f"{key}.html"
    write_page(page, map_html(devset.graphs[key], title=devset.articles[key].title or key,
                              ontology=kg_ontology.graph, assets=""))
    assert LINKED.search(page.read_text(encoding="utf-8"))
    person = max((n for n in page_data(page)["nodes"] if n["kind"] == "person"),
                 key=lambda n: (n["degree"], n["id"]))
    _loads_offline_and_searches(chromium, page, person["label"].split()[-1], person["label"],
                                artifacts, "devset-article-map.png")

    # without the shared file beside it the page cannot draw: it really is the one it loads
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy(page, moved / page.name)
    chromium.driver.get((moved / page.name).as_uri())
    chromium.wait(lambda: chromium.errors(chromium.logs()), 10, "no error without vis-network")
