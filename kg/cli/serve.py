"""``kg serve``: a read-only SPARQL endpoint, the maps and a query page over a build."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import KgError
from . import fail, main


@main.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback unless told otherwise: 0.0.0.0 is every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=30, show_default=True,
              help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--max-rows", type=click.IntRange(1), default=10000, show_default=True,
              help="Most result rows (or triples) a query may return; more is an HTTP 400 that says so.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries answered at once (one process each).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
def serve(store: Path, host: str, port: int, timeout: float, max_rows: int, workers: int, quiet: bool) -> None:
    """Serve a build: SPARQL at /sparql (GET and POST; JSON, XML, CSV, TSV, Turtle,
    N-Triples by content negotiation; updates refused), a query page at / and the maps at
    /map.html. Stop with Ctrl+C.

    \b
    Examples:
      kg serve                                   # http://127.0.0.1:8000/
      curl -G http://127.0.0.1:8000/sparql -H 'Accept: text/csv' \\
           --data-urlencode 'query=SELECT ?name WHERE { ?p foaf:name ?name }'
    """
    from ..serve import is_loopback, make_server

    try:
        server = make_server(store, host, port, workers=workers, timeout=timeout,
                             max_rows=max_rows, quiet=quiet)
    except KgError as error:
        fail(error)
        return
    if not is_loopback(host):
        click.echo(f"kg: warning: listening on {host}, reachable from other machines", err=True)
    click.echo(f"kg: serving {store} at {server.url}/ (SPARQL: {server.url}/sparql); Ctrl+C stops",
               err=True)
    import signal

    def stop(signum, frame):  # SIGTERM (and SIGINT, even where a shell ignores it) stop cleanly
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg: stopping", err=True)
    finally:
        server.server_close()
        server.pool.close()
