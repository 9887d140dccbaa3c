"""The devset corpus map (122 articles, laid out in Python) in headless Chromium."""
from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")

from .pages import (centred_on, click_node, drawn_nodes, inked_pixels, page_data,  # noqa: E402
                    panel_text, press_enter, search, selected)


def test_devset_map_loads_draws_searches_and_explains(chromium, devset_map, artifacts):
    data = page_data(devset_map)
    assert data["large"] is True and len(data["nodes"]) > 1000
    chromium.open(devset_map)
    logs = chromium.logs()
    assert chromium.errors(logs) == [], "console errors"
    assert chromium.requests(logs) == [], "the page asked the network for something"
    assert chromium.js("return window.kgMap.network.physics.options.enabled;") is False
    drawn = drawn_nodes(chromium)
    assert set(drawn) == {n["id"] for n in data["nodes"]}
    positions = chromium.js("return window.kgMap.network.getPositions();")
    python = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert all((round(p["x"]), round(p["y"])) == python[i] for i, p in positions.items())
    assert inked_pixels(chromium) > 5000
    chromium.screenshot(artifacts / "devset-map.png")

    # the most connected person, found by an inflected form of the family name
    person = max((n for n in data["nodes"] if n["kind"] == "person"),
                 key=lambda n: (n["degree"], n["id"]))
    family = person["label"].split()[-1]
    suggestions = search(chromium, family + "у")  # «Медведеву»
    assert suggestions[0].startswith(person["label"])
    press_enter(chromium)
    chromium.wait(lambda: selected(chromium) == [person["id"]], 5, "not selected")
    chromium.wait(lambda: centred_on(chromium, person["id"]), 10,
                  f"the view is not centred on {person['label']}")

    chromium.js("window.kgMap.network.unselectAll();")
    click_node(chromium, person["id"])
    chromium.wait(lambda: panel_text(chromium).startswith(person["label"]), 5, "no panel")
    assert "ЦИТАТЫ ИЗ СТАТЕЙ" in panel_text(chromium)
    chromium.screenshot(artifacts / "devset-map-person.png")
    logs = chromium.logs()
    assert chromium.errors(logs) == [] and chromium.requests(logs) == []
