"""``kg serve``: real HTTP requests and standard clients (SPARQLWrapper, rdflib's
SPARQLStore) against the seed build; updates refused; time and row limits."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef

from kg.serve import make_server, serve_in_thread
from kg.store import load_store, run_query

NAME_QUERY = "SELECT ?name WHERE { ?p a schema:Person ; foaf:name ?name } ORDER BY ?name"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(seed_build):
    srv = make_server(seed_build, "127.0.0.1", 0, workers=2, timeout=2.0, max_rows=500, quiet=True)
    serve_in_thread(srv)
    yield srv
    srv.shutdown_all()


@pytest.fixture(scope="module")
def sparql(server):
    return f"{server.url}/sparql"


@pytest.fixture(scope="module")
def expected_names(seed_build):
    return [row[0] for row in run_query(load_store(seed_build), NAME_QUERY).rows]


def test_listens_on_loopback_by_default(server):
    assert server.server_address[0] == "127.0.0.1"


def test_get_query_json(sparql, expected_names):
    r = requests.get(sparql, params={"query": NAME_QUERY})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["name"]
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert names == expected_names and "Владислав Шапша" in names
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "ru"


@pytest.mark.parametrize("accept, media", [
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_content_negotiation(sparql, expected_names, accept, media):
    r = requests.get(sparql, params={"query": NAME_QUERY}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == media
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(r.text)))
        assert rows[0] == ["name"] and [row[0] for row in rows[1:]] == expected_names
    elif media == "text/tab-separated-values":
        lines = r.text.splitlines()
        assert lines[0] == "?name" and lines[1] == f'"{expected_names[0]}"@ru'
    elif media.endswith("xml"):
        from xml.etree import ElementTree
        root = ElementTree.fromstring(r.content)
        ns = "{http://www.w3.org/2005/sparql-results#}"
        assert [e.text for e in root.iter(f"{ns}literal")] == expected_names


def test_post_form_and_direct_query(sparql, expected_names):
    form = requests.post(sparql, data={"query": NAME_QUERY}, headers={"Accept": "text/csv"})
    direct = requests.post(sparql, data=NAME_QUERY.encode("utf-8"),
                           headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                    "Accept": "text/csv"})
    assert form.status_code == direct.status_code == 200
    assert form.text == direct.text
    assert form.text.splitlines()[1:] == expected_names


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_construct_content_negotiation(sparql, seed_build, accept, fmt):
    query = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a schema:Person ; foaf:name ?n }"
    r = requests.get(sparql, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == accept
    got = Graph().parse(data=r.text, format=fmt)
    local = {(URIRef(s), URIRef("http://xmlns.com/foaf/0.1/name"), Literal(n, lang="ru"))
             for s, n in run_query(load_store(seed_build),
                                   "SELECT ?p ?n WHERE { ?p a schema:Person ; foaf:name ?n }").rows}
    assert set(got) == local and len(local) >= 4


def test_ask(sparql):
    yes = requests.get(sparql, params={"query": 'ASK { ?p foaf:name "Владислав Шапша"@ru }'}).json()
    no = requests.get(sparql, params={"query": 'ASK { ?p foaf:name "Никто"@ru }'}).json()
    assert yes["boolean"] is True and no["boolean"] is False


@pytest.mark.parametrize("how", ["update-param-get", "update-param-post", "sparql-update-post",
                                 "update-as-query", "update-with-prefix", "update-route"])
def test_updates_are_refused(sparql, server, how):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    if how == "update-param-get":
        r = requests.get(sparql, params={"update": update})
    elif how == "update-param-post":
        r = requests.post(sparql, data={"update": update})
    elif how == "sparql-update-post":
        r = requests.post(sparql, data=update, headers={"Content-Type": "application/sparql-update"})
    elif how == "update-as-query":
        r = requests.get(sparql, params={"query": update})
    elif how == "update-with-prefix":
        r = requests.post(sparql, data={"query": "PREFIX ex: <http://example.org/>\n# x\nDELETE WHERE { ?s ?p ?o }"})
    else:
        r = requests.post(f"{server.url}/update", data={"update": update})
    assert 400 <= r.status_code < 500 and r.status_code == 403
    assert "read-only" in r.text
    count = requests.get(sparql, params={"query": "ASK { <http://example.org/a> ?p ?o }"}).json()
    assert count["boolean"] is False


def test_syntax_error_is_400(sparql):
    r = requests.get(sparql, params={"query": "SELECT ?x WHERE { ?x"})
    assert r.status_code == 400 and "syntax error" in r.text


def test_row_limit_is_explicit(sparql):
    r = requests.get(sparql, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 400 and "more than 500 rows" in r.text and "LIMIT" in r.text
    ok = requests.get(sparql, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 500"})
    assert ok.status_code == 200 and len(ok.json()["results"]["bindings"]) == 500


def test_time_limit_stops_the_query_and_the_endpoint_goes_on(sparql, expected_names):
    started = time.perf_counter()
    r = requests.get(sparql, params={"query": HEAVY})
    took = time.perf_counter() - started
    assert r.status_code == 503 and "time limit of 2 s" in r.text
    assert took < 6
    again = requests.get(sparql, params={"query": NAME_QUERY, "format": "csv"})
    assert again.status_code == 200 and again.text.splitlines()[1:] == expected_names


def test_default_graph_uri(sparql, seed_build):
    (graph,) = [g.value for g in load_store(seed_build).named_graphs()]
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = requests.get(sparql, params={"query": q}).json()["results"]["bindings"][0]["n"]["value"]
    named = requests.get(sparql, params={"query": q, "default-graph-uri": graph}).json()
    other = requests.get(sparql, params={"query": q, "default-graph-uri": "http://example.org/none"}).json()
    assert int(union) > 1000 and named["results"]["bindings"][0]["n"]["value"] == union
    assert other["results"]["bindings"][0]["n"]["value"] == "0"


def test_service_description_and_pages(server, seed_build):
    sd = requests.get(f"{server.url}/sparql")
    assert sd.status_code == 200
    assert (None, None, URIRef("http://www.w3.org/ns/sparql-service-description#SPARQL11Query")) in \
        Graph().parse(data=sd.text, format="turtle")
    page = requests.get(server.url + "/")
    assert page.status_code == 200 and "<textarea" in page.text and "/sparql" in page.text
    queries = requests.get(server.url + "/queries.json").json()
    assert {"officials", "events", "statements"} <= {q["name"] for q in queries}
    assert requests.get(server.url + "/map.html").content == (seed_build / "map.html").read_bytes()
    (article_map,) = sorted((seed_build / "maps").glob("*.html"))
    assert requests.get(f"{server.url}/maps/{article_map.name}").status_code == 200
    for asset, kind in (("vis-network.min.js", "javascript"), ("vis-network.css", "text/css")):
        reply = requests.get(f"{server.url}/maps/{asset}")     # what the article map loads
        assert reply.status_code == 200 and kind in reply.headers["Content-Type"]
        assert reply.content == (seed_build / "maps" / asset).read_bytes()
    for bad in ("/maps/../graph.trig", "/maps/%2e%2e/graph.trig", "/graph.trig", "/maps/x.html"):
        assert requests.get(server.url + bad).status_code == 404, bad


def test_sparqlwrapper_client(sparql, expected_names):
    from SPARQLWrapper import CSV, JSON, SPARQLWrapper
    client = SPARQLWrapper(sparql)
    client.setQuery("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX schema: <https://schema.org/>\n" + NAME_QUERY)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == expected_names
    client.setMethod("POST")
    client.setReturnFormat(CSV)
    assert client.query().convert().decode("utf-8").splitlines()[1:] == expected_names


def test_rdflib_sparqlstore_client(sparql, expected_names):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    store = SPARQLStore(sparql, returnFormat="json")
    graph = Graph(store=store)
    rows = graph.query("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX schema: <https://schema.org/>\n"
                       + NAME_QUERY)
    assert [str(row[0]) for row in rows] == expected_names
    with pytest.raises(TypeError):
        graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c")))


def test_kg_serve_command(seed_build):
    """The command itself: starts on loopback, answers, stops on SIGTERM."""
    from tests.push.servers import free_port  # noqa: WPS433 - a test helper
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(seed_build),
                                "--port", str(port), "-q"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/sparql",
                                 params={"query": "ASK { ?s ?p ?o }"}, timeout=5)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert r.json()["boolean"] is True
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert f"http://127.0.0.1:{port}/" in process.stderr.read()


def test_missing_build_and_taken_port(tmp_path, server):
    from kg.errors import KgError
    with pytest.raises(KgError) as missing:
        make_server(tmp_path / "nothing", "127.0.0.1", 0)
    assert missing.value.code.name == "E022"
    with pytest.raises(KgError) as taken:
        make_server(Path(server.out), "127.0.0.1", server.server_address[1])
    assert taken.value.code.name == "E069"
