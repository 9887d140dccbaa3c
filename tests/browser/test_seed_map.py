"""The seed map in headless Chromium with no network: it loads, draws, searches, explains."""
from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

from .pages import (centred_on, click_edge, click_node, drawn_nodes, inked_pixels,  # noqa: E402
                    node_id, page_data, panel_text, press_enter, search, selected)

SHAPSHA = "Владислав Шапша"
TITLE = "В Калуге рассказали о развитии региональных промышленных кластеров"


@pytest.fixture
def seed_page(chromium, seed_map):
    """The seed map freshly loaded; fails on any console error or network request."""
    chromium.open(seed_map)
    yield chromium
    logs = chromium.logs()
    assert chromium.errors(logs) == []
    assert chromium.requests(logs) == []


def test_loads_offline_and_draws_the_seed_nodes(seed_page, seed_map, artifacts):
    data = page_data(seed_map)
    logs = seed_page.logs()
    assert seed_page.errors(logs) == [], "console errors"
    assert seed_page.requests(logs) == [], "the page asked the network for something"
    drawn = drawn_nodes(seed_page)
    assert set(drawn) == {n["id"] for n in data["nodes"]}  # every node is on the canvas
    for label in (SHAPSHA, "Геннадий Скляр", "Андрей Шпиленко", "Калужская область",
                  "Сергей Лялякин", TITLE):
        assert label in drawn.values(), label
    assert inked_pixels(seed_page) > 5000  # the canvas is not blank
    assert seed_page.js("return window.kgMap.network.physics.options.enabled;") is False
    legend = seed_page.driver.find_element(By.ID, "legend").text
    for kind in ("персона", "должность", "событие", "высказывание"):
        assert kind in legend
    seed_page.screenshot(artifacts / "seed-map.png")


@pytest.mark.parametrize("query", ["Шапша", "Шапши", "владислав шапша"])
def test_search_selects_and_centres_shapsha(seed_page, seed_map, query):
    shapsha = node_id(page_data(seed_map), SHAPSHA)
    suggestions = search(seed_page, query)
    assert suggestions[0].startswith(SHAPSHA)
    press_enter(seed_page)
    seed_page.wait(lambda: selected(seed_page) == [shapsha], 5, "Шапша was not selected")
    seed_page.wait(lambda: centred_on(seed_page, shapsha), 5, "the view is not on Шапша")
    assert panel_text(seed_page).startswith(SHAPSHA)


def test_search_finds_an_alias(seed_page, seed_map):
    duma = next(n for n in page_data(seed_map)["nodes"]
                if n["kind"] == "body" and "Госдума" in n["search"])
    assert search(seed_page, "Госдума")[0].startswith(duma["label"])
    press_enter(seed_page)
    seed_page.wait(lambda: selected(seed_page) == [duma["id"]], 5, "the Duma was not selected")


def test_clicking_shapsha_shows_the_evidence_panel(seed_page, seed_map, artifacts):
    shapsha = node_id(page_data(seed_map), SHAPSHA)
    click_node(seed_page, shapsha)
    seed_page.wait(lambda: panel_text(seed_page).startswith(SHAPSHA), 5, "no panel")
    assert selected(seed_page) == [shapsha]
    text = panel_text(seed_page)
    for part in ("ДОЛЖНОСТИ", "губернатор", "СОБЫТИЯ", "Промышленные кластеры",
                 "ВЫСКАЗЫВАНИЯ", "ЦИТАТЫ ИЗ СТАТЕЙ", TITLE):
        assert part.lower() in text.lower(), part
    quotes = seed_page.driver.find_elements(By.CSS_SELECTOR, "#panel-body .evidence .quote")
    assert any("Шапша" in q.text for q in quotes)
    seed_page.screenshot(artifacts / "seed-map-shapsha.png")


def test_clicking_an_edge_shows_its_evidence(seed_page, seed_map):
    data = page_data(seed_map)
    photo = next(e for e in data["edges"] if e["label"] == "фото")
    click_edge(seed_page, photo["id"])
    seed_page.wait(lambda: panel_text(seed_page).startswith("фото"), 5, "no edge panel")
    text = panel_text(seed_page)
    assert "Сергей Лялякин" in text and "Источник фото: Сергей Лялякин" in text
    assert TITLE in text


def test_filters_hide_and_show(seed_page, seed_map):
    data = page_data(seed_map)
    statements = {n["id"] for n in data["nodes"] if n["kind"] == "statement"}
    articles = {n["id"] for n in data["nodes"] if n["kind"] == "article"}
    assert statements and articles
    seed_page.driver.find_element(By.ID, "show-statements").click()
    assert not statements & set(drawn_nodes(seed_page))
    seed_page.driver.find_element(By.ID, "show-articles").click()
    assert not (statements | articles) & set(drawn_nodes(seed_page))
    shown = len(data["nodes"]) - len(statements) - len(articles)
    status = seed_page.driver.find_element(By.ID, "status").text
    assert status.startswith(f"Показано узлов: {shown} из {len(data['nodes'])}")
    person = seed_page.driver.find_element(By.CSS_SELECTOR, 'input[data-kind="person"]')
    person.click()
    assert all(n["kind"] != "person" for n in data["nodes"]
               if n["id"] in drawn_nodes(seed_page))
    seed_page.driver.find_element(By.ID, "reset").click()
    assert set(drawn_nodes(seed_page)) == {n["id"] for n in data["nodes"]}
    Select(seed_page.driver.find_element(By.ID, "article-filter")).select_by_value(
        data["articles"][0]["id"])
    assert set(drawn_nodes(seed_page)) <= {n["id"] for n in data["nodes"]}
    assert set(drawn_nodes(seed_page))
