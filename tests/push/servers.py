"""Real triple stores for the push tests: Virtuoso 7 (Debian's ``virtuoso-opensource``) and
the Oxigraph server (the ``oxigraph`` binary of the PyPI package ``oxigraph``).

Each server runs on 127.0.0.1 on a free port, in a folder of its own, and is stopped
afterwards. Nothing listens on another address.

Run by hand (``scripts/start-virtuoso`` does this)::

    python tests/push/servers.py virtuoso /tmp/virtuoso    # prints the URLs, Ctrl+C stops
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` binary: beside this Python (a venv's bin/) or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def virtuoso_binaries() -> tuple[str, str] | None:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    return (server, isql) if server and isql else None


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    folder: Path
    gsp_url: str           # Graph Store Protocol endpoint (PUT ?graph=)
    query_url: str         # SPARQL query endpoint (GET ?query=)
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    graph_param: str = "graph"
    log: Path | None = None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def select(self, query: str) -> list[dict]:
        """A SELECT over GET (Virtuoso hangs on POSTed application/sparql-query)."""
        response = requests.get(self.query_url, params={"query": query}, timeout=60,
                                headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        return response.json()["results"]["bindings"]

    def counts(self, prefix: str = "https://w3id.org/kg-news/id/article/") -> dict[str, int]:
        """Triples per named graph whose IRI starts with ``prefix``."""
        rows = self.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g")
        return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}

    def graph_ntriples(self, graph: str) -> str:
        """A graph's content over the Graph Store Protocol (GET)."""
        auth = None
        if self.user:
            from requests.auth import HTTPBasicAuth, HTTPDigestAuth
            auth = (HTTPDigestAuth if self.auth == "digest" else HTTPBasicAuth)(self.user, self.password)
        response = requests.get(self.gsp_url, params={self.graph_param: graph}, auth=auth, timeout=60,
                                headers={"Accept": "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"})
        response.raise_for_status()
        return response.text


def _wait(url: str, process: subprocess.Popen, log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: "
                               f"{log.read_text(errors='replace')[-2000:] if log.exists() else ''}")
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the server did not answer at {url} within {seconds:.0f} s")


def start_oxigraph(folder: Path) -> Server:
    binary = oxigraph_binary()
    if binary is None:
        raise FileNotFoundError("no oxigraph binary (pip install oxigraph)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = folder / "oxigraph.log"
    process = subprocess.Popen([binary, "serve", "--location", str(folder / "data"),
                                "--bind", f"{HOST}:{port}"],
                               stdout=open(log, "wb"), stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, cwd=folder)
    base = f"http://{HOST}:{port}"
    _wait(base + "/", process, log, 30)
    return Server("oxigraph", process, folder, base + "/store", base + "/query", log=log)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = {host}:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = ., {dir}
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
ThreadsPerQuery    = 2
MaxClientConnections = 8

[HTTPServer]
ServerPort           = {host}:{http_port}
ServerRoot           = {dir}
ServerThreads        = 8
MaxClientConnections = 8
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 10000
MaxQueryExecutionTime = 60
"""


def start_virtuoso(folder: Path, user: str = "kgpush") -> Server:
    """Virtuoso with a fresh database in ``folder``; a user with ``SPARQL_UPDATE`` (GSP at
    ``/sparql-graph-crud-auth``, digest auth) and a random dba password."""
    binaries = virtuoso_binaries()
    if binaries is None:
        raise FileNotFoundError("no virtuoso-t / isql-vt (apt-get install virtuoso-opensource)")
    server_bin, isql = binaries
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(
        dir=folder, host=HOST, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = folder / "stdout.log"
    process = subprocess.Popen([server_bin, "-f", "-c", str(folder / "virtuoso.ini")],
                               stdout=open(log, "wb"), stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, cwd=folder)
    base = f"http://{HOST}:{http_port}"
    try:
        _wait(base + "/sparql?query=ASK%7B%7D", process, folder / "virtuoso.log", 90)
        # identifiers in isql: a password must start with a letter
        password, dba_password = "kg" + secrets.token_hex(8), "kg" + secrets.token_hex(12)
        script = (f"DB.DBA.USER_CREATE('{user}', '{password}'); "
                  f"GRANT SPARQL_UPDATE TO \"{user}\"; "
                  f"SET PASSWORD dba {dba_password};")
        done = subprocess.run([isql, f"{HOST}:{sql_port}", "dba", "dba", f"exec={script}"],
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout} {done.stderr}")
    except BaseException:
        process.kill()
        process.wait(timeout=10)
        raise
    return Server("virtuoso", process, folder, base + "/sparql-graph-crud-auth", base + "/sparql",
                  user=user, password=password, auth="digest", graph_param="graph-uri",
                  log=folder / "virtuoso.log")


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    kind = sys.argv[1] if len(sys.argv) > 1 else "virtuoso"
    where = Path(sys.argv[2] if len(sys.argv) > 2 else f"/tmp/kg-{kind}")
    started = time.perf_counter()
    server = (start_virtuoso if kind == "virtuoso" else start_oxigraph)(where)
    print(f"{server.name} ready in {time.perf_counter() - started:.1f} s in {where}")
    print(f"  GSP:    {server.gsp_url}  (--graph-param {server.graph_param}, --auth {server.auth})")
    print(f"  SPARQL: {server.query_url}")
    if server.user:
        print(f"  user:   {server.user}  password: {server.password}")
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()
