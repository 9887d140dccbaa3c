"""Rebuilds into an existing OUT: unchanged articles skipped, changed ones replaced, removed
ones removed; interrupted builds resume; the result is the result of a fresh build."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

import kg.build
from kg.cache import BuildState
from kg.errors import KgError
from kg.store.export import article_file

from .conftest import ROOT, TEXTS, products, store_dump, write_corpus


def mtimes(out):
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*")
            if p.is_file() and p.relative_to(out).parts[0] not in (".kg", "store")}


def test_a_rebuild_of_the_same_inputs_extracts_nothing(builder, corpus, tmp_path):
    first = builder.build([corpus], tmp_path, maps=False)
    assert len(first.extracted) == len(TEXTS) + 1 and first.unchanged == []
    before, dates = products(tmp_path), mtimes(tmp_path)
    store_meta = (tmp_path / "store" / "kg-store.json").read_bytes()
    again = builder.build([corpus], tmp_path, maps=False)
    assert again.extracted == [] and sorted(again.unchanged) == sorted(first.built)
    assert again.built == first.built and again.facts == first.facts
    assert again.triples == first.triples
    assert products(tmp_path) == before
    assert mtimes(tmp_path) == dates                       # nothing was even rewritten
    assert (tmp_path / "store" / "kg-store.json").read_bytes() == store_meta   # store kept


def test_changed_added_and_removed_articles(builder, corpus, tmp_path):
    out = tmp_path / "out"
    builder.build([corpus], out, maps=False)
    dates = mtimes(out)
    texts = dict(TEXTS)
    texts["a2"] = texts["a2"].replace("Калугу", "Обнинск")            # changed
    del texts["a4"]                                                   # removed
    texts["a6"] = ("Заседание\n\nМэр Калуги Дмитрий Денисов провёл заседание городской "
                   "Думы.")                                           # added
    changed = write_corpus(tmp_path / "changed.jsonl", texts)
    report = builder.build([changed], out, maps=False)
    assert sorted(report.extracted) == ["a2", "a6"]
    assert report.removed == ["a4"]
    assert sorted(report.unchanged) == sorted(["seed", "a1", "a3", "a5"])
    assert not article_file(out, "a4").exists()
    # only the changed article's graph was replaced: the others' files were not touched
    after = mtimes(out)
    for key in ("seed", "a1", "a3", "a5"):
        rel = article_file(out, key).relative_to(out).as_posix()
        assert after[rel] == dates[rel]
    # the same bytes as a fresh build of the new inputs
    fresh = tmp_path / "fresh"
    builder.build([changed], fresh, maps=False)
    assert products(out) == products(fresh)
    assert store_dump(out) == store_dump(fresh)
    # the shards of the old version are collected
    state = BuildState(out, kg.build.fingerprint())
    try:
        assert {p.name for p in state.shards.iterdir()} == state.live_shards()
    finally:
        state.close()


def test_maps_are_drawn_for_kept_articles_when_asked(builder, corpus, tmp_path):
    builder.build([corpus], tmp_path, maps=False)
    report = builder.build([corpus], tmp_path, maps=True)
    assert len(report.extracted) == len(TEXTS) + 1          # no maps yet: built again
    assert len(list((tmp_path / "maps").glob("*.html"))) == len(TEXTS) + 1
    again = builder.build([corpus], tmp_path, maps=True)
    assert again.extracted == []


def test_a_new_kg_or_ontology_invalidates_everything(builder, corpus, tmp_path, monkeypatch):
    builder.build([corpus], tmp_path, maps=False)
    monkeypatch.setattr(kg.build, "fingerprint", lambda: "another kg")
    report = builder.build([corpus], tmp_path, maps=False)
    assert len(report.extracted) == len(TEXTS) + 1


def test_rebuild_flag_extracts_everything(builder, corpus, tmp_path):
    builder.build([corpus], tmp_path, maps=False)
    report = builder.build([corpus], tmp_path, maps=False, rebuild=True)
    assert len(report.extracted) == len(TEXTS) + 1


def test_fingerprint_follows_the_ontology(tmp_path, monkeypatch):
    import shutil

    from kg.cache import fingerprint
    from kg.ontology import ontology_dir
    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    before = fingerprint()
    with open(copy / "kg.ttl", "a", encoding="utf-8") as handle:
        handle.write("\n# a change\n")
    assert fingerprint() != before


def test_resume_after_an_exception(builder, corpus, tmp_path, power_cut):
    """A build that fails after three articles keeps them; the next one does the rest."""
    out = tmp_path / "out"
    with power_cut(builder, 4) as seen:
        builder.build([corpus], out, maps=False, batch_size=1)
    report = builder.build([corpus], out, maps=False)
    assert sorted(report.unchanged) == sorted(seen[:3])
    assert len(report.extracted) == len(TEXTS) + 1 - 3
    fresh = tmp_path / "fresh"
    builder.build([corpus], fresh, maps=False)
    assert products(out) == products(fresh)


KILLER = """
import os, signal, sys
from kg.build import Builder
builder = Builder()
builder.flush_articles = 1
make = builder.graph_builder.triples
done = []
def killer(article, extraction):
    done.append(article.id)
    if len(done) == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    return make(article, extraction)
builder.graph_builder.triples = killer
builder.build([sys.argv[1]], sys.argv[2], maps=False, batch_size=1)
"""


def test_resume_after_kill_9(builder, corpus, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(corpus), str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr[-2000:]
    rows = sqlite3.connect(out / ".kg" / "state.sqlite").execute(
        "SELECT COUNT(*) FROM articles").fetchone()[0]
    assert rows == 3
    assert not (out / "graph.trig").exists()
    report = builder.build([corpus], out, maps=False)
    assert len(report.unchanged) == 3 and len(report.extracted) == len(TEXTS) + 1 - 3
    fresh = tmp_path / "fresh"
    builder.build([corpus], fresh, maps=False)
    assert products(out) == products(fresh)
    assert list(out.rglob("*.tmp")) == []


def test_one_build_at_a_time(tmp_path):
    first = BuildState(tmp_path, "x")
    try:
        with pytest.raises(KgError) as caught:
            BuildState(tmp_path, "x")
        assert caught.value.code.name == "E070"
    finally:
        first.close()
    BuildState(tmp_path, "x").close()        # released


def test_a_damaged_state_is_started_afresh(builder, corpus, tmp_path):
    builder.build([corpus], tmp_path, maps=False)
    (tmp_path / ".kg" / "state.sqlite").write_bytes(b"not a database" * 100)
    for extra in ("state.sqlite-wal", "state.sqlite-shm"):
        (tmp_path / ".kg" / extra).unlink(missing_ok=True)
    report = builder.build([corpus], tmp_path, maps=False)
    assert len(report.extracted) == len(TEXTS) + 1


def test_state_survives_without_maps_folder(builder, corpus, tmp_path):
    builder.build([corpus], tmp_path, maps=True)
    for page in (tmp_path / "maps").glob("*.html"):
        os.unlink(page)
    report = builder.build([corpus], tmp_path, maps=True)
    assert len(report.extracted) == len(TEXTS) + 1       # the missing pages are drawn again
    assert len(list((tmp_path / "maps").glob("*.html"))) == len(TEXTS) + 1


def test_line_separators_inside_the_text_survive_every_product(builder, tmp_path):
    """U+2028, U+2029 and U+0085 are line breaks to ``str.splitlines`` but not to N-Triples:
    a literal holding one (the article body) stays one line in the shards, the Turtle files, graph.trig and the
    store, also when graph.trig is rebuilt from the shards."""
    import rdflib
    text = ("Совещание\n\nГубернатор Калужской области Владислав Шапша провёл\u0085совещание\u2028в "
            "Калуге.\u2029Об этом\u0085сообщили в правительстве региона.")
    corpus = write_corpus(tmp_path / "odd.jsonl", {"odd": text}, seed=False)
    out = tmp_path / "out"
    report = builder.build([corpus], out, maps=False)
    assert report.extracted == ["odd"] and not report.violations
    graph = rdflib.Dataset()
    graph.parse(out / "graph.trig", format="trig")
    body = rdflib.URIRef("https://schema.org/articleBody")
    bodies = {str(o) for _, _, o, _ in graph.quads((None, body, None, None))}
    assert any(all(c in b for c in "\u2028\u2029\u0085") for b in bodies)
    first = store_dump(out)
    assert "\u2028".encode() in first
    article_file(out, "odd").unlink()             # graph.trig now comes from the shard
    (out / "graph.trig").unlink()
    builder.build([corpus], out, maps=False)
    assert store_dump(out) == first
