"""Browser fixtures: one headless Chromium per session, and the maps it opens.

Every test here skips, with the reason, only when Chromium (or chromedriver, or selenium)
cannot be had; ``scripts/install-browser`` installs Debian's ``chromium`` and
``chromium-driver``. Screenshots go to ``test-artifacts/browser/``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .chromium import Chromium, unavailable

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture(scope="session")
def chromium():
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    browser = Chromium()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def seed_map(seed_build) -> Path:
    """The map.html that ``kg build seeds/`` writes."""
    path = seed_build / "map.html"
    assert path.is_file()
    return path


@pytest.fixture(scope="session")
def devset_map(devset, kg_ontology, tmp_path_factory) -> Path:
    """The corpus map of the devset (122 articles, over a thousand nodes), as ``kg viz``
    draws it from a build: all article graphs, the project ontology's styles."""
    from rdflib import Graph

    from kg.viz import graph_to_network, render_network

    union = Graph()
    for graph in devset.graphs.values():
        for triple in graph:
            union.add(triple)
    path = tmp_path_factory.mktemp("devset-map") / "map.html"
    render_network(graph_to_network(union, kg_ontology.graph), path, title="kg: карта связей")
    return path
