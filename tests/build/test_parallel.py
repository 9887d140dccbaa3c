"""Parallel and distributed builds give the very bytes of a build in this process."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.build import Builder

from .conftest import ROOT, TEXTS, products, store_dump


def test_serial_build_writes_every_product(serial_build):
    files = products(serial_build)
    assert {"graph.ttl", "graph.trig", "map.html"} <= set(files)
    assert sum(name.startswith("articles/") for name in files) == len(TEXTS) + 1
    assert sum(name.startswith("maps/") and name.endswith(".html") for name in files) == len(TEXTS) + 1
    assert {"maps/vis-network.min.js", "maps/vis-network.css"} <= set(files)
    assert (serial_build / "store" / "CURRENT").is_file()
    assert list(serial_build.rglob("*.tmp")) == []


def test_two_jobs_give_byte_identical_output(module_corpus, serial_build, tmp_path):
    report = Builder().build([module_corpus], tmp_path, jobs=2, batch_size=1)
    assert report.jobs == 2 and sorted(report.extracted) == sorted(["seed", *TEXTS])
    assert products(tmp_path) == products(serial_build)
    assert store_dump(tmp_path) == store_dump(serial_build)


def test_dask_local_cluster_gives_byte_identical_output(module_corpus, serial_build, tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        report = Builder().build([module_corpus], tmp_path, executor="dask",
                                 scheduler=cluster.scheduler_address, batch_size=2)
    assert report.executor == "dask" and len(report.extracted) == len(TEXTS) + 1
    assert products(tmp_path) == products(serial_build)
    assert store_dump(tmp_path) == store_dump(serial_build)


def test_dask_cli_starts_its_own_cluster(module_corpus, serial_build, tmp_path):
    """``--executor dask`` without a scheduler: a LocalCluster of worker processes."""
    pytest.importorskip("distributed")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(module_corpus), "-o", str(tmp_path),
                           "--executor", "dask", "-j", "1", "--batch-size", "3"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"{len(TEXTS) + 1} extracted" in proc.stderr
    assert products(tmp_path) == products(serial_build)


def test_unknown_scheduler_is_a_one_line_error(module_corpus, tmp_path):
    pytest.importorskip("distributed")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(module_corpus), "-o", str(tmp_path),
                           "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-maps"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**__import__("os").environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert lines[-1].startswith("kg: error: ") and "[E072]" in lines[-1]
    assert "Traceback" not in proc.stderr


def test_the_built_store_is_the_store_of_graph_trig(serial_build, tmp_path):
    """The store a build loads from its shards (named graphs) and merged lines (the union in
    the default graph) holds exactly the quads of one loaded from graph.trig and graph.ttl,
    and its default graph is the merged union of the named graphs."""
    import shutil

    import pyoxigraph as ox

    from kg.store.oxstore import open_store, write_store

    def quads(out):
        store = open_store(out)
        try:
            return set(store)
        finally:
            del store

    copy = tmp_path / "copy"
    shutil.copytree(serial_build, copy)
    built = quads(copy)
    default = {q.triple for q in built if isinstance(q.graph_name, ox.DefaultGraph)}
    named = {q.triple for q in built if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == named and len(built) > len(default) > 0
    from kg.store.oxstore import store_meta, store_path
    meta = store_meta(store_path(copy))   # the counts the build handed over, not counted again
    graphs = {q.graph_name for q in built} - {ox.DefaultGraph()}
    assert (meta["quads"], meta["union_triples"], meta["graphs"]) == \
        (len(built) - len(default), len(default), len(graphs))
    write_store(copy)
    assert quads(copy) == built
    assert store_meta(store_path(copy))["quads"] == meta["quads"]


def test_a_worker_process_settles_what_it_loaded_once(monkeypatch):
    """worker_for builds the pipeline once per options and then freezes it out of the
    cyclic GC's sight (full collections would walk the models' objects again and again)."""
    import kg.parallel as parallel

    calls = []
    monkeypatch.setattr(parallel, "settle", lambda: calls.append(True))
    monkeypatch.setattr(parallel, "_WORKERS", {})
    options = parallel.Options(maps=False, validate=False)
    parallel.worker_for(options)
    assert calls == []                         # not a pool process of ours (Dask's, a user's)
    monkeypatch.setattr(parallel, "_WORKERS", {})
    monkeypatch.setattr(parallel, "_OWN_PROCESS", True)
    first = parallel.worker_for(options)
    assert parallel.worker_for(options) is first
    assert calls == [True]


def test_settle_freezes_the_objects_alive():
    code = ("import gc, kg.parallel; before = gc.get_freeze_count(); kg.parallel.settle(); "
            "print(before, gc.get_freeze_count())")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    before, after = map(int, proc.stdout.split())
    assert before == 0 and after > 10_000


def test_a_builder_settles_its_own_models_only_when_asked(monkeypatch, extractor):
    """kg build (whose process ends with the build) freezes the models it loaded to extract
    itself; a library Builder leaves the caller's GC alone unless asked."""
    import kg.parallel as parallel

    calls = []
    monkeypatch.setattr(parallel, "settle", lambda: calls.append(True))
    builder = Builder(extractor)
    builder._local_worker(parallel.Options(maps=False, validate=False))
    assert calls == []
    builder.settle_models = True
    builder._local_worker(parallel.Options(maps=False, validate=False))
    assert calls == [True]


def test_the_kg_command_settles_its_models_and_click_runs_in_process_do_not(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import kg.build
    import kg.cli.build as cli_build
    from kg.cli import entry, main

    seen = []

    class Recording(kg.build.Builder):
        def build(self, *args, **kwargs):
            seen.append(self.settle_models)
            raise SystemExit(0)
    monkeypatch.setattr(kg.build, "Builder", Recording)
    CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "out")])
    monkeypatch.setattr(cli_build, "OWN_PROCESS", False)
    monkeypatch.setattr(sys, "argv", ["kg", "build", str(ROOT / "seeds"), "-o", str(tmp_path / "o2")])
    with pytest.raises(SystemExit):
        entry()
    assert seen == [False, True]


def test_build_one_turns_an_error_of_kg_into_a_failure_naming_the_article():
    from kg.errors import Errors, KgError
    from kg.parallel import ArticleFailure, build_one
    from kg.read import Article

    def broken(article):
        raise KeyError("x")

    failure = build_one(broken, Article(id="7", text="Текст.", origin="c.jsonl:7"))
    assert isinstance(failure, ArticleFailure) and failure.id == "7"
    assert failure.error.code is Errors.E074 and (failure.error.path, failure.error.line) == ("c.jsonl", 7)
    assert str(failure.error).startswith("c.jsonl:7: [E074]") and "KeyError" in str(failure.error)

    def bad_input(article):
        raise KgError(Errors.E010, path="a.txt")

    import pytest
    with pytest.raises(KgError):            # a user's error stays one
        build_one(bad_input, Article(id="a", text="Текст.", origin="a.txt"))
