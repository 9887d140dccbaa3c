"""The embedded on-disk store (``OUT/store``): written by the build, read by every command,
the ``graph.trig`` fallback, and clear messages for a locked, foreign or damaged store."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main
from kg.errors import KgError
from kg.store.oxstore import (META_FILE, STORE_FORMAT, load_trig, lock_holder, open_store,
                              store_meta, store_path, to_dataset, write_store)


@pytest.fixture
def build_copy(seed_build, tmp_path) -> Path:
    """A private copy of the seed build (tests here damage it)."""
    out = tmp_path / "build"
    shutil.copytree(seed_build, out, ignore=shutil.ignore_patterns("LOCK"))
    return out


def quads_of(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


def test_build_writes_the_store(seed_build):
    path = store_path(seed_build)
    assert (path / "CURRENT").is_file()
    meta = store_meta(path)
    assert meta["format"] == STORE_FORMAT and meta["pyoxigraph"] == ox.__version__
    assert meta["graphs"] == 1 and meta["quads"] > 1000
    assert not list(seed_build.glob(".store.*"))            # no temporary folder left behind
    memory = ox.Store()
    memory.bulk_load(path=str(seed_build / "graph.trig"), format=ox.RdfFormat.TRIG)
    store = open_store(seed_build)
    named = {str(q) for g in store.named_graphs() for q in store.quads_for_pattern(None, None, None, g)}
    assert named == quads_of(memory)


def test_default_graph_is_the_merged_union(tmp_path, seed_build):
    """Two articles stating the same triple: a query outside GRAPH sees it once (pyoxigraph's
    union default graph would answer twice), inside GRAPH once per article."""
    memory = ox.Store()
    memory.bulk_load(path=str(seed_build / "graph.trig"), format=ox.RdfFormat.TRIG)
    (name,) = list(memory.named_graphs())
    twin = ox.NamedNode(name.value + "-twin")
    memory.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, twin) for q in list(memory)])
    out = tmp_path / "twins"
    out.mkdir()
    ox.serialize(memory, str(out / "graph.trig"), ox.RdfFormat.TRIG)
    write_store(out)
    from kg.store import run_query
    for store in (open_store(out), load_trig(out)):
        names = run_query(store, "SELECT ?n WHERE { ?p a schema:Person ; foaf:name ?n }").rows
        assert len(names) == len({tuple(r) for r in names}) >= 4
        per_article = run_query(store, "SELECT ?g ?n WHERE { GRAPH ?g { ?p a schema:Person ; foaf:name ?n } }").rows
        assert len(per_article) == 2 * len(names)


def test_opened_read_only(seed_build):
    store = open_store(seed_build)
    with pytest.raises((OSError, RuntimeError)):
        store.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }")


def test_query_output_is_the_same_with_and_without_the_store(build_copy):
    runner = CliRunner()
    args = ["query", "--store", str(build_copy), "--named"]
    with_store = {n: runner.invoke(main, args + [n]) for n in ("officials", "events", "mentions")}
    shutil.rmtree(store_path(build_copy))                   # a fresh clone: exports/ without store/
    without = {n: runner.invoke(main, args + [n]) for n in with_store}
    for name in with_store:
        assert with_store[name].exit_code == 0 and without[name].exit_code == 0
        assert with_store[name].output == without[name].output, name
        assert "(0 rows)" not in with_store[name].output


def test_a_stale_store_falls_back_to_graph_trig(build_copy, caplog):
    trig = build_copy / "graph.trig"
    trig.write_text(trig.read_text(encoding="utf-8").replace("Владислав Шапша", "Владислав Шапша-Тест"),
                    encoding="utf-8")
    store = open_store(build_copy)
    names = {str(r["n"].value) for r in store.query(
        "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }", use_default_graph_as_union=True)}
    assert "Владислав Шапша-Тест" in names
    assert "older graph.trig" in caplog.text


def test_a_touched_but_unchanged_graph_trig_keeps_the_store(build_copy, caplog):
    trig = build_copy / "graph.trig"
    os.utime(trig, (time.time() + 5, time.time() + 5))      # a git checkout changes mtimes only
    open_store(build_copy)
    assert "older" not in caplog.text


def test_rebuilding_replaces_the_store(build_copy):
    before = store_meta(store_path(build_copy))
    write_store(build_copy)
    after = store_meta(store_path(build_copy))
    assert after["source_sha256"] == before["source_sha256"] and after["quads"] == before["quads"]
    assert not list(build_copy.glob(".store.*"))


def test_leftovers_of_a_dead_build_are_removed(build_copy):
    dead = build_copy / ".store.999999999.tmp"
    dead.mkdir()
    write_store(build_copy)
    assert not dead.exists()


LOCKER = textwrap.dedent("""
    import sys, time, pyoxigraph
    store = pyoxigraph.Store(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def locked(build_copy):
    """OUT/store held open for writing by another process (like 'oxigraph serve --location')."""
    process = subprocess.Popen([sys.executable, "-c", LOCKER, str(store_path(build_copy))],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    yield build_copy, process.pid
    process.kill()
    process.wait()


def test_locked_store_is_reported_by_readers(locked):
    out, pid = locked
    assert lock_holder(store_path(out)) == pid
    with pytest.raises(KgError) as caught:
        open_store(out)
    assert caught.value.code.name == "E060" and f"process {pid}" in str(caught.value)
    result = CliRunner().invoke(main, ["query", "--store", str(out), "--named", "officials"])
    assert result.exit_code == 2
    assert "[E060] the store is locked by another process" in result.output


def test_locked_store_is_not_overwritten_by_a_build(locked):
    out, pid = locked
    with pytest.raises(KgError) as caught:
        write_store(out)
    assert caught.value.code.name == "E060"
    assert (store_path(out) / "CURRENT").is_file()


def test_no_lock_when_nobody_holds_it(seed_build):
    assert lock_holder(store_path(seed_build)) is None


def test_store_of_another_kg_version(build_copy):
    meta_file = store_path(build_copy) / META_FILE
    meta = json.loads(meta_file.read_text())
    meta.update(format=STORE_FORMAT + 1, kg="9.9.9")
    meta_file.write_text(json.dumps(meta))
    result = CliRunner().invoke(main, ["query", "--store", str(build_copy), "--named", "officials"])
    assert result.exit_code == 2
    assert "[E061] the store was written by another version" in result.output
    assert "kg 9.9.9" in result.output and "kg build" in result.output


def test_store_written_by_another_program(build_copy):
    (store_path(build_copy) / META_FILE).unlink()
    with pytest.raises(KgError) as caught:
        open_store(build_copy)
    assert caught.value.code.name == "E061"


@pytest.mark.parametrize("damage", ["sst", "current", "manifest", "empty"])
def test_damaged_store(build_copy, damage):
    path = store_path(build_copy)
    if damage == "sst":
        for sst in path.glob("*.sst"):
            sst.write_bytes(b"\0" * 64)
    elif damage == "current":
        (path / "CURRENT").write_text("MANIFEST-999999\n")
    elif damage == "manifest":
        for manifest in path.glob("MANIFEST-*"):
            manifest.unlink()
    else:
        shutil.rmtree(path)
        path.mkdir()
    with pytest.raises(KgError) as caught:
        store = open_store(build_copy)
        store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").__iter__().__next__()
    assert caught.value.code.name in ("E061", "E062"), str(caught.value)
    assert "kg build" in str(caught.value)


@pytest.mark.parametrize("union", ["missing", "wrong"])
def test_default_graph_without_a_good_graph_ttl(build_copy, union, caplog):
    """The union comes from graph.ttl when it is the union, else from the article graphs."""
    shutil.rmtree(store_path(build_copy))
    expected = len(load_trig(build_copy)) if union == "missing" else None
    ttl = build_copy / "graph.ttl"
    if union == "missing":
        ttl.unlink()
    else:
        ttl.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    store = load_trig(build_copy)
    if expected is not None:
        assert len(store) == expected
    assert ("not the union" in caplog.text) == (union == "wrong")
    from kg.store import run_query
    rows = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    distinct = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }").rows
    assert rows == distinct and int(rows[0][0]) > 1000


def test_fallback_without_a_store(tmp_path, seed_build):
    out = tmp_path / "clone"
    out.mkdir()
    shutil.copy(seed_build / "graph.trig", out / "graph.trig")
    store = open_store(out)
    named = sum(1 for g in store.named_graphs() for _ in store.quads_for_pattern(None, None, None, g))
    assert named == store_meta(store_path(seed_build))["quads"]
    with pytest.raises(KgError) as caught:
        open_store(tmp_path / "nothing")
    assert caught.value.code.name == "E022"


def test_to_dataset_matches_rdflib_parse(seed_build):
    parsed = Dataset()
    parsed.parse(seed_build / "graph.trig", format="trig")
    converted = to_dataset(open_store(seed_build))
    assert canonical_quads(converted) == canonical_quads(parsed)


def canonical_quads(dataset) -> set:
    """Quads with typed literals by value: pyoxigraph stores «40.0»^^xsd:decimal as «40»."""
    from rdflib import Literal
    def term(t):
        if isinstance(t, Literal) and t.datatype is not None:
            return ("literal", str(t.datatype), t.toPython() if t.ill_typed is False else str(t))
        return t
    return {(term(s), term(p), term(o), str(g)) for s, p, o, g in dataset.quads()}


# -- the store loaded while a build extracts ------------------------------------------------
def test_loader_in_pieces_equals_loading_graph_trig(build_copy):
    """Chunks handed to StoreLoader while a build runs give the store write_store makes from
    graph.trig; the union comes from graph.ttl."""
    from kg.store.oxstore import StoreLoader
    memory = ox.Store()
    memory.bulk_load(path=str(build_copy / "graph.trig"), format=ox.RdfFormat.TRIG)
    lines = ox.serialize(memory, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    loader = StoreLoader(build_copy)
    for k in range(0, len(lines), 100):                      # many small pieces
        loader.named(b"".join(lines[k:k + 100]))
    loader.commit(union=build_copy / "graph.ttl", union_format=ox.RdfFormat.TURTLE)
    streamed = open_store(build_copy)
    got = quads_of(streamed)
    del streamed
    write_store(build_copy)
    assert got == quads_of(open_store(build_copy))
    assert not list(build_copy.glob(".store.*"))


def test_loader_with_known_counts_scans_nothing(build_copy, monkeypatch):
    """With the counts a build knows and the union sent as lines, commit neither counts
    the store nor merges a union: it loads, compacts and records those counts."""
    from kg.store import oxstore
    from kg.store.oxstore import StoreLoader, store_meta
    memory = ox.Store()
    memory.bulk_load(path=str(build_copy / "graph.trig"), format=ox.RdfFormat.TRIG)
    named = ox.serialize(memory, format=ox.RdfFormat.N_QUADS)
    union = ox.serialize([q.triple for q in memory], format=ox.RdfFormat.N_TRIPLES)
    union_lines = sorted(set(union.decode("utf-8").split("\n")) - {""})
    expected = quads_of(open_store(build_copy))

    def fail(*_args, **_kwargs):
        raise AssertionError("the store was scanned")
    monkeypatch.setattr(oxstore, "materialize_union", fail)
    monkeypatch.setattr(oxstore, "_count_default", fail)
    loader = StoreLoader(build_copy)
    loader.named(named)
    loader.union(("\n".join(union_lines) + "\n").encode("utf-8"))
    graphs = len({q.graph_name for q in memory})
    loader.commit(union_triples=len(union_lines), quads=len(memory), graphs=graphs)
    meta = store_meta(oxstore.store_path(build_copy))
    assert (meta["quads"], meta["graphs"], meta["union_triples"]) == \
        (len(memory), graphs, len(union_lines))
    assert quads_of(open_store(build_copy)) == expected


def test_loader_abort_leaves_the_old_store(build_copy):
    from kg.store.oxstore import StoreLoader
    before = quads_of(open_store(build_copy))
    loader = StoreLoader(build_copy)
    loader.named(b"<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n")
    loader.abort()
    assert not list(build_copy.glob(".store.*"))
    assert quads_of(open_store(build_copy)) == before


_BAD_IRI = b"<http://example.org/a%zz> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n"


def test_loader_trusts_the_shards_but_checks_other_input(build_copy, tmp_path):
    """Shard ranges are kg's own serialisation and load without re-checking each IRI (a
    bad percent escape goes through); N-Quads handed to ``named`` are checked (E023)."""
    from kg.store.oxstore import StoreLoader
    shard = tmp_path / "shard.nq"
    shard.write_bytes(_BAD_IRI)
    loader = StoreLoader(build_copy)
    loader.named_ranges([(shard, 0, len(_BAD_IRI))])
    loader.commit(union=None)
    assert len(open_store(build_copy)) >= 1
    loader = StoreLoader(build_copy)
    loader.named(_BAD_IRI)
    with pytest.raises(KgError) as caught:
        loader.commit(union=None)
    assert caught.value.code.name == "E023"


def test_loader_reports_bad_input_at_commit(build_copy):
    from kg.store.oxstore import StoreLoader
    before = quads_of(open_store(build_copy))
    loader = StoreLoader(build_copy)
    loader.named(b"<http://example.org/s> this is not N-Quads .\n")
    with pytest.raises(KgError) as caught:
        loader.commit(union=None)
    assert caught.value.code.name == "E023"
    assert not list(build_copy.glob(".store.*"))
    assert quads_of(open_store(build_copy)) == before


def test_a_failed_build_leaves_no_temporary_store(extractor, tmp_path, seed_text, power_cut,
                                                  monkeypatch):
    """A build that dies during its extraction or while the store loads (graph.ttl is
    written meanwhile) leaves no temporary store behind."""
    import kg.build
    from kg.build import Builder
    builder = Builder(extractor)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for k in range(3):
        (corpus / f"a{k}.txt").write_text(seed_text, encoding="utf-8")
    with power_cut(builder, 3):
        builder.build([corpus], tmp_path / "out", maps=False, batch_size=1)
    assert not list((tmp_path / "out").glob(".store.*"))

    def dies(self):
        assert list((tmp_path / "out").glob(".store.*"))       # the store is loading
        raise RuntimeError("power cut")
        yield                                                  # pragma: no cover
    monkeypatch.setattr(kg.build._Union, "turtle", dies)
    with pytest.raises(RuntimeError):
        builder.build([corpus], tmp_path / "out", maps=False)
    assert not list((tmp_path / "out").glob(".store.*"))
