"""Streaming: the builder holds at most a batch of articles, one article graph at a time, and
assembles the whole-corpus files from disk (structure, not timing: nothing here measures
memory)."""
from __future__ import annotations

import gc
import weakref

import kg.build
from kg.build import Builder

from .conftest import TEXTS, products


def test_one_article_graph_alive_at_a_time(builder, corpus, tmp_path):
    graphs = builder.graph_builder
    make = graphs.triples
    alive: list[weakref.ref] = []
    most = 0

    def tracking(article, extraction):
        nonlocal most
        gc.collect()
        graph = make(article, extraction)
        alive.append(weakref.ref(graph))
        most = max(most, sum(ref() is not None for ref in alive))
        return graph

    graphs.triples = tracking
    try:
        report = builder.build([corpus], tmp_path, maps=False, batch_size=2)
    finally:
        del graphs.triples
    assert len(alive) == len(TEXTS) + 1
    assert most == 1
    assert report.peak_pending <= 2


def test_pending_articles_are_bounded_by_the_batches_in_flight(builder, corpus, tmp_path):
    report = builder.build([corpus], tmp_path, maps=False, batch_size=1)
    assert report.peak_pending == 1
    big = builder.build([corpus], tmp_path / "big", maps=False, batch_size=100)
    assert big.peak_pending == len(TEXTS) + 1


def test_union_is_merged_from_spilled_runs(builder, corpus, tmp_path, monkeypatch):
    """graph.ttl merged from many small sorted runs on disk equals the one-run merge."""
    one = tmp_path / "one"
    builder.build([corpus], one, maps=False)
    monkeypatch.setattr(kg.build, "RUN_LINES", 50)
    many = tmp_path / "many"
    builder.build([corpus], many, maps=False)
    assert products(one) == products(many)
    assert list((many / ".kg").glob("tmp*")) == []


def test_the_corpus_map_is_skipped_above_the_limit(builder, corpus, tmp_path):
    report = builder.build([corpus], tmp_path, map_limit=2)
    assert not (tmp_path / "map.html").exists()
    assert report.notes and "at most 2 articles" in report.notes[0]
    assert len(list((tmp_path / "maps").glob("*.html"))) == len(TEXTS) + 1


def test_progress_is_reported_per_article(builder, corpus, tmp_path):
    seen = []
    builder.build([corpus], tmp_path, maps=False, batch_size=2, progress=seen.append)
    assert seen[-1] == len(TEXTS) + 1 and seen == sorted(seen)
    again = []
    builder.build([corpus], tmp_path, maps=False, progress=again.append)
    assert again == list(range(1, len(TEXTS) + 2))        # unchanged articles count too


def test_models_load_only_where_articles_are_extracted(corpus, tmp_path):
    """A parallel build's own process never loads the NLP pipeline."""
    builder = Builder()
    builder.build([corpus], tmp_path, maps=False, jobs=2)
    assert builder._extractor is None
