"""``kg query`` and ``kg queries``: SPARQL over a build."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import KgError
from . import fail, main


@main.command()
@click.argument("query", required=False)
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("-n", "--named", help="A named query from ontology/queries/ (officials, events, "
                                    "mentions, organizations, statements).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]),
              default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the result to this file instead of standard output.")
def query(query: str | None, store: Path, named: str | None, fmt: str, output: Path | None) -> None:
    """Run a SPARQL QUERY (text or a .rq file) or --named NAME against a build.

    \b
    Examples:
      kg query --named officials
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; foaf:name ?name }' --format csv
      kg query my-query.rq --format json
    """
    from ..store import format_result, load_store, resolve_query, run_query
    from ..store.atomic import write_text

    try:
        text, origin = resolve_query(query, named)
        result = run_query(load_store(store), text, origin)
        rendered = format_result(result, fmt)
        if output:
            write_text(output, rendered)
        else:
            click.echo(rendered, nl=False)
    except KgError as error:
        fail(error)


@main.command("queries")
def list_queries() -> None:
    """List the named queries and what each returns."""
    from ..store import named_queries

    for name, path in named_queries().items():
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        click.echo(f"{name:15} {first}")


