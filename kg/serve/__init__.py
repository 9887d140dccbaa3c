"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build (standard library
HTTP server; queries run in worker processes that are killed past the time limit).

>>> from kg.serve import make_server   # make_server("exports").serve_forever()
"""
from .server import SparqlServer, is_loopback, make_server, serve_in_thread
from .worker import WorkerPool, is_update

__all__ = ["make_server", "serve_in_thread", "SparqlServer", "WorkerPool", "is_update", "is_loopback"]
