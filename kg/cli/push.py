"""``kg push``: send each article's graph to a triple store (SPARQL 1.1 Graph Store Protocol)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import Errors, KgError
from . import main, reading_store


@main.command()
@click.argument("url")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("--user", help="User name for the server.")
@click.option("--password-env", metavar="VAR",
              help="Name of the environment variable that holds the password.")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme (Virtuoso's /sparql-graph-crud-auth: digest).")
@click.option("--graph-param", type=click.Choice(["graph", "graph-uri"]), default="graph",
              show_default=True, help="Query parameter naming the graph (Virtuoso also takes graph-uri).")
@click.option("--retries", type=click.IntRange(0, 10), default=4, show_default=True,
              help="Retries of a graph after a dropped connection or a 5xx answer (back-off 0.5 s, 1 s, 2 s, …).")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=120, show_default=True,
              help="Seconds to wait for the server's answer to one graph.")
@click.option("--dry-run", is_flag=True, help="Read the store and say what would be sent; contact no server.")
@click.option("-q", "--quiet", is_flag=True, help="No per-graph lines and no summary.")
def push(url: str, store: Path, user: str | None, password_env: str | None, auth: str,
         graph_param: str, retries: int, timeout: float, dry_run: bool, quiet: bool) -> None:
    """PUT each article's named graph to URL, a Graph Store Protocol endpoint.

    A PUT replaces the graph: pushing again changes nothing, and a changed article replaces
    only its own graph. Exits 1 when the server rejected some graphs (the others are sent),
    2 when it cannot be reached or refuses the credentials.

    \b
    Examples:
      kg push http://127.0.0.1:7878/store                        # Oxigraph server
      VIRT_PW=secret kg push http://127.0.0.1:8890/sparql-graph-crud-auth \\
          --user kg --password-env VIRT_PW --auth digest          # Virtuoso
      kg push http://localhost:3030/ds/data --dry-run             # Fuseki, nothing sent
    """
    from ..store.oxstore import open_store
    from ..store.push import push_store

    with reading_store(store):
        password = None
        if password_env:
            if user is None:
                raise KgError(Errors.E065, path=url, detail="--password-env needs --user")
            password = os.environ.get(password_env)
            if password is None:
                raise KgError(Errors.E065, path=url, detail=(
                    f"the environment variable {password_env} (--password-env) is not set"))
        elif user is not None and not dry_run:
            raise KgError(Errors.E065, path=url, detail=(
                "--user needs --password-env VAR (the password is read from the environment, "
                "never from the command line)"))

        def show(graph: str, triples: int, rejected) -> None:
            if quiet:
                return
            if rejected is not None:
                click.echo(f"rejected  {graph}  {triples} triples: {rejected.message}", err=True)
            else:
                verb = "would put" if dry_run else "put"
                click.echo(f"{verb}  {graph}  {triples} triples", err=True)

        report = push_store(open_store(store), url, user=user, password=password, auth=auth,
                            graph_param=graph_param, dry_run=dry_run, retries=retries,
                            timeout=timeout, on_graph=show)
    if not quiet:
        what = "would push" if dry_run else "pushed"
        line = (f"kg: {what} {report.graphs} graph(s), {report.triples} triples to {url} "
                f"in {report.seconds:.1f} s")
        if report.retries:
            line += f" ({report.retries} retried request(s))"
        if report.rejected:
            line += f"; the server rejected {len(report.rejected)} graph(s)"
        click.echo(line, err=True)
    if report.rejected:
        sys.exit(1)
