"""``kg push``: the seed build into real Virtuoso and Oxigraph servers (equal counts per
graph, twice), idempotence and per-graph replacement, and every failure case."""
from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.errors import KgError
from kg.store.oxstore import open_store
from kg.store.push import graph_payloads, push_store

from .fakes import FakeGraphStore


def local_counts(out: Path) -> dict[str, int]:
    store = open_store(out)
    return {g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g))
            for g in store.named_graphs()}


def push_cli(server, out: Path, *extra: str, password: str | None = None):
    args = ["push", server.gsp_url, "--store", str(out), "--graph-param", server.graph_param]
    env = {}
    if server.user:
        args += ["--user", server.user, "--password-env", "KG_TEST_PW", "--auth", server.auth]
        env["KG_TEST_PW"] = password if password is not None else server.password
    return CliRunner().invoke(main, [*args, *extra], env=env)   # the last option given wins


def make_build(folder: Path, graphs: dict[str, list[ox.Triple]]) -> Path:
    """A build folder holding only graph.trig (so the store is read from it)."""
    folder.mkdir(parents=True, exist_ok=True)
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
             for g, triples in graphs.items() for t in triples]
    ox.serialize(quads, str(folder / "graph.trig"), ox.RdfFormat.TRIG)
    return folder


@pytest.fixture(scope="module")
def seed_triples(seed_build) -> list[ox.Triple]:
    store = open_store(seed_build)
    (graph,) = list(store.named_graphs())
    return sorted((q.triple for q in store.quads_for_pattern(None, None, None, graph)), key=str)


# -- real servers ----------------------------------------------------------------------------
def test_seed_push_gives_equal_counts_twice(triple_store, seed_build):
    local = local_counts(seed_build)
    assert sum(local.values()) > 1000
    for attempt in (1, 2):
        result = push_cli(triple_store, seed_build)
        assert result.exit_code == 0, result.output
        assert f"pushed {len(local)} graph(s), {sum(local.values())} triples" in result.output
        assert triple_store.counts() == local, f"after push {attempt}"


def test_pushed_graph_reads_back_identical(triple_store, seed_build):
    """Every triple, Cyrillic literals and language tags included, arrives unchanged."""
    result = push_cli(triple_store, seed_build, "-q")
    assert result.exit_code == 0, result.output
    for graph, _, body in graph_payloads(open_store(seed_build)):
        local = Graph().parse(data=body.decode("utf-8"), format="nt")
        remote_text = triple_store.graph_ntriples(graph)
        remote = Graph()
        try:
            remote.parse(data=remote_text, format="nt")
        except Exception:
            remote = Graph().parse(data=remote_text, format="turtle")
        assert set(remote) == set(local)


def test_changed_article_replaces_only_its_graph(triple_store, seed_triples, tmp_path):
    a, b = "https://w3id.org/kg-news/id/article/push-test-a", "https://w3id.org/kg-news/id/article/push-test-b"
    first = make_build(tmp_path / "v1", {a: seed_triples[:300], b: seed_triples[300:500]})
    assert push_cli(triple_store, first, "-q").exit_code == 0
    counts = triple_store.counts("https://w3id.org/kg-news/id/article/push-test-")
    assert counts == {a: 300, b: 200}
    # article a changed (fewer triples), b did not
    second = make_build(tmp_path / "v2", {a: seed_triples[:120], b: seed_triples[300:500]})
    assert push_cli(triple_store, second, "-q").exit_code == 0
    assert triple_store.counts("https://w3id.org/kg-news/id/article/push-test-") == {a: 120, b: 200}


def test_wrong_password_stops_with_a_clear_message(virtuoso, seed_build):
    result = push_cli(virtuoso, seed_build, password="not-the-password")
    assert result.exit_code == 2
    assert "[E065]" in result.output and "401" in result.output
    assert "pushed" not in result.output


def test_basic_auth_against_digest_only_server_is_refused(virtuoso, seed_build):
    result = push_cli(virtuoso, seed_build, "--auth", "basic")
    assert result.exit_code == 2 and "[E065]" in result.output


def test_server_down(seed_build):
    from .servers import free_port
    url = f"http://127.0.0.1:{free_port()}/store"          # nothing listens there
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["push", url, "--store", str(seed_build), "--retries", "1"])
    assert result.exit_code == 2
    assert "[E064] cannot reach the server" in result.output
    assert "Connection refused" in result.output
    assert time.perf_counter() - started < 10


# -- scripted failures ---------------------------------------------------------------------
@pytest.fixture
def fake():
    servers = []

    def make(script):
        server = FakeGraphStore(script)
        servers.append(server)
        return server
    yield make
    for server in servers:
        server.stop()


def three_graphs(tmp_path, seed_triples) -> Path:
    return make_build(tmp_path / "three", {
        f"https://w3id.org/kg-news/id/article/t{i}": seed_triples[i * 100:(i + 1) * 100] for i in range(3)})


def test_retries_5xx_and_dropped_connections(fake, tmp_path, seed_triples):
    def script(graph, attempt):
        if graph.endswith("t0"):
            return 503 if attempt < 3 else 201
        if graph.endswith("t1"):
            return "drop" if attempt < 2 else 204
        return 201
    server = fake(script)
    report = push_store(open_store(three_graphs(tmp_path, seed_triples)), server.url, backoff=0.01)
    assert (report.graphs, report.triples, report.rejected) == (3, 300, [])
    assert report.retries == 3
    assert server.attempts == {f"https://w3id.org/kg-news/id/article/t{i}": n for i, n in enumerate((3, 2, 1))}
    assert all(len(body.splitlines()) == 100 for body in server.received.values())


def test_5xx_after_every_retry_stops(fake, tmp_path, seed_triples):
    server = fake(lambda graph, attempt: 503)
    with pytest.raises(KgError) as caught:
        push_store(open_store(three_graphs(tmp_path, seed_triples)), server.url, retries=2, backoff=0.01)
    assert caught.value.code.name == "E066"
    assert "HTTP 503" in str(caught.value) and "after 3 attempt(s)" in str(caught.value)
    assert sum(server.attempts.values()) == 3                  # stopped at the first graph


def test_rejected_graph_is_reported_and_the_others_pushed(fake, tmp_path, seed_triples):
    server = fake(lambda graph, attempt: 400 if graph.endswith("t1") else 201)
    out = three_graphs(tmp_path, seed_triples)
    result = CliRunner().invoke(main, ["push", server.url, "--store", str(out)])
    assert result.exit_code == 1, result.output
    assert "rejected  https://w3id.org/kg-news/id/article/t1" in result.output
    assert "HTTP 400" in result.output and "Parse error" in result.output
    assert "pushed 2 graph(s), 200 triples" in result.output
    assert "the server rejected 1 graph(s)" in result.output
    assert server.attempts["https://w3id.org/kg-news/id/article/t1"] == 1   # a 4xx is not retried


def test_401_stops_at_once_without_retrying(fake, tmp_path, seed_triples):
    server = fake(lambda graph, attempt: 401)
    out = three_graphs(tmp_path, seed_triples)
    result = CliRunner().invoke(main, ["push", server.url, "--store", str(out), "--user", "u",
                                       "--password-env", "PW"], env={"PW": "secret"})
    assert result.exit_code == 2 and "[E065]" in result.output
    assert sum(server.attempts.values()) == 1
    assert server.auth_headers[0].startswith("Basic ")


def test_password_comes_from_the_environment(fake, tmp_path, seed_triples):
    server = fake(lambda graph, attempt: 201)
    out = three_graphs(tmp_path, seed_triples)
    runner = CliRunner()
    missing = runner.invoke(main, ["push", server.url, "--store", str(out), "--user", "u",
                                   "--password-env", "KG_NO_SUCH_VAR"], env={"KG_NO_SUCH_VAR": None})
    assert missing.exit_code == 2 and "KG_NO_SUCH_VAR" in missing.output and "not set" in missing.output
    no_env = runner.invoke(main, ["push", server.url, "--store", str(out), "--user", "u"])
    assert no_env.exit_code == 2 and "--password-env" in no_env.output
    assert server.attempts == {}


def test_dry_run_contacts_no_server(tmp_path, seed_triples):
    from .servers import free_port
    out = three_graphs(tmp_path, seed_triples)
    result = CliRunner().invoke(main, ["push", f"http://127.0.0.1:{free_port()}/store",
                                       "--store", str(out), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "would push 3 graph(s), 300 triples" in result.output
    assert result.output.count("would put") == 3


def test_payload_is_sorted_ntriples(seed_build):
    (graph, count, body), = list(graph_payloads(open_store(seed_build)))
    lines = body.decode("utf-8").splitlines()
    assert len(lines) == count and lines == sorted(lines)
