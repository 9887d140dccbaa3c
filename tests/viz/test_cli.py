"""``kg viz`` and ``kg stats`` on the seed build: files, names, one-line errors."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main

DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)
SHAPSHA = "https://w3id.org/kg-news/id/person/vladislav-shapsha"


def _data(path) -> dict:
    return json.loads(DATA_RE.search(path.read_text(encoding="utf-8")).group(1))


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_viz_whole_build(runner, seed_build, tmp_path):
    out = tmp_path / "all.html"
    result = runner.invoke(main, ["viz", "--store", str(seed_build), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = _data(out)
    assert data["title"] == "kg: карта связей" and data["focus"] is None
    assert re.fullmatch(rf"kg: wrote {re.escape(str(out))}: {len(data['nodes'])} nodes, "
                        rf"{len(data['edges'])} edges\n", result.stderr)


@pytest.mark.parametrize("name", ["Шапши", "владислав шапша", SHAPSHA])
def test_viz_focus_by_any_name(runner, seed_build, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["viz", "--store", str(seed_build), "--focus", name,
                                  "--depth", "1"])
    assert result.exit_code == 0, result.output
    data = _data(tmp_path / "map-vladislav-shapsha.html")  # the default file name
    assert data["focus"] == SHAPSHA
    assert data["title"] == "kg: Владислав Шапша — связи"
    ids = {n["id"] for n in data["nodes"]}
    assert SHAPSHA in ids and 3 <= len(ids) < 15
    assert all(e["from"] == SHAPSHA or e["to"] == SHAPSHA for e in data["edges"])
    assert "around Владислав Шапша" in result.stderr


def test_viz_article_and_community_colours(runner, seed_build, tmp_path):
    out = tmp_path / "a.html"
    result = runner.invoke(main, ["viz", "--store", str(seed_build), "--article",
                                  "000_3ad05c95d4bf20bc", "--colour-by", "community",
                                  "--size-by", "centrality", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = _data(out)
    assert data["title"].startswith("В Калуге рассказали")
    assert data["colourBy"] == "community" and data["sizeBy"] == "centrality"
    assert data["legend"]["communities"]
    assert all("000_3ad05c95d4bf20bc" in n["articles"] for n in data["nodes"])


@pytest.mark.parametrize("args, code", [
    (["--focus", "Шапка"], "[E080] nothing on the map is named «Шапка»"),
    (["--article", "nope"], "[E081] no article «nope» in the build"),
])
def test_viz_errors_are_one_line(runner, seed_build, tmp_path, args, code):
    out = tmp_path / "x.html"
    result = runner.invoke(main, ["viz", "--store", str(seed_build), *args, "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"kg: error: {seed_build}: {code}\n"
    assert not out.exists()


def test_viz_without_a_build(runner, tmp_path):
    result = runner.invoke(main, ["viz", "--store", str(tmp_path), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2 and "[E022]" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_stats_table_and_json(runner, seed_build):
    result = runner.invoke(main, ["stats", "--store", str(seed_build), "--top", "3"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    for part in ("Most connected persons", "Most connected bodies", "Largest communities",
                 "Владислав Шапша", "Геннадий Скляр", "nodes by kind:"):
        assert part in text, part
    result = runner.invoke(main, ["stats", "--store", str(seed_build), "--format", "json"])
    stats = json.loads(result.stdout)
    assert stats["articles"] == 1 and stats["kinds"]["person"] >= 3
    assert {p["label"] for p in stats["top_persons"]} >= {"Владислав Шапша", "Геннадий Скляр"}
    assert stats["largest_communities"][0]["members"]


def test_stats_path(runner, seed_build):
    result = runner.invoke(main, ["stats", "--store", str(seed_build), "--path", "Шапши",
                                  "Скляра"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Владислав Шапша → Геннадий Скляр: 2 steps"
    assert "участник" in result.stdout and "«В работе этого" in result.stdout
    result = runner.invoke(main, ["stats", "--store", str(seed_build), "--path", "Шапша",
                                  "Скляр", "-f", "json"])
    path = json.loads(result.stdout)
    assert [n["label"] for n in path["nodes"]][::2] == ["Владислав Шапша", "Геннадий Скляр"]
    assert path["source"] == "Шапша" and len(path["relations"]) == 2
    result = runner.invoke(main, ["stats", "--store", str(seed_build), "--path", "Шапша",
                                  "Пупкин"])
    assert result.exit_code == 2 and "[E080] nothing on the map is named «Пупкин»" in \
        result.stderr
