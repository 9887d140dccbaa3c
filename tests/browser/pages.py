"""What the browser tests do on a map page: read it, search, click nodes and edges."""
from __future__ import annotations

import json
import re
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .chromium import Chromium

DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def page_data(path: Path) -> dict:
    return json.loads(DATA_RE.search(path.read_text(encoding="utf-8")).group(1))


def node_id(data: dict, label: str) -> str:
    return next(n["id"] for n in data["nodes"] if n["label"] == label)


def drawn_nodes(browser: Chromium) -> dict[str, str]:
    """``{id: label}`` of the nodes vis has on the canvas (the filtered view)."""
    return browser.js("""
        const net = window.kgMap.network, out = {};
        for (const id of net.body.nodeIndices) out[id] = net.body.nodes[id].options.label;
        return out;""")


def inked_pixels(browser: Chromium) -> int:
    """How many canvas pixels are not background: proof that something was drawn."""
    return browser.js("""
        const canvas = document.querySelector('#network canvas');
        const ctx = canvas.getContext('2d');
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4)
          if (px[i + 3] > 0 && (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235)) n++;
        return n;""")


def selected(browser: Chromium) -> list[str]:
    return browser.js("return window.kgMap.network.getSelectedNodes();")


def panel_text(browser: Chromium) -> str:
    return browser.driver.find_element(By.ID, "panel-body").text


def search(browser: Chromium, text: str) -> list[str]:
    """Type ``text`` into the search box; return the suggestions shown."""
    box = browser.driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(text)
    browser.wait(lambda: browser.driver.find_elements(By.CSS_SELECTOR, "#suggest li"),
                 10, f"no suggestions for {text!r}")
    return [li.text for li in browser.driver.find_elements(By.CSS_SELECTOR, "#suggest li")]


def press_enter(browser: Chromium) -> None:
    browser.driver.find_element(By.ID, "search").send_keys(Keys.ENTER)


def centred_on(browser: Chromium, node: str, tolerance: float = 3.0) -> bool:
    """Whether the view is centred on ``node`` (within ``tolerance`` canvas units)."""
    return bool(browser.js("""
        const net = window.kgMap.network, id = arguments[0], tol = arguments[1];
        const p = net.getPositions([id])[id], v = net.getViewPosition();
        return Math.abs(p.x - v.x) < tol && Math.abs(p.y - v.y) < tol;""", node, tolerance))


def _click_canvas(browser: Chromium, point: dict) -> None:
    canvas = browser.driver.find_element(By.CSS_SELECTOR, "#network canvas")
    size = canvas.size
    ActionChains(browser.driver).move_to_element_with_offset(
        canvas, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)
    ).click().perform()


def click_node(browser: Chromium, node: str) -> None:
    """A real mouse click on the node where vis drew it."""
    point = browser.js("""
        const net = window.kgMap.network, id = arguments[0];
        return net.canvasToDOM(net.getPositions([id])[id]);""", node)
    _click_canvas(browser, point)


def click_edge(browser: Chromium, edge: str) -> None:
    """A real mouse click on an edge as vis drew it: at the first point along it (from the
    middle out) where vis finds that edge and no node or crossing edge."""
    point = browser.js("""
        const net = window.kgMap.network, id = arguments[0], e = net.body.edges[id];
        const alone = d => [[0, 0], [-3, 0], [3, 0], [0, -3], [0, 3]].every(([dx, dy]) => {
          const q = {x: d.x + dx, y: d.y + dy};
          return net.getEdgeAt(q) === id && net.getNodeAt(q) === undefined; });
        for (let i = 0; i <= 40; i++) {
          const t = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.01;
          const p = e.edgeType.getPoint(t), d = net.canvasToDOM({x: p.x, y: p.y});
          d.x = Math.round(d.x); d.y = Math.round(d.y);
          if (alone(d)) return d;
        }
        return null;""", edge)
    assert point is not None, f"no point of edge {edge} can be clicked on its own"
    _click_canvas(browser, point)
