"""``kg export``: a build's store in an RDF format or as a network (GraphML, GEXF)."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..errors import Errors, KgError
from . import main, reading_store

FORMATS = ("turtle", "ntriples", "nquads", "trig", "json-ld", "graphml", "gexf")


@main.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True,
              help="turtle/ntriples: all articles' triples; trig/nquads/json-ld: one named graph "
                   "per article; graphml/gexf: the map's network (Gephi).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (atomically) instead of standard output.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def export(store: Path, fmt: str, output: Path | None, quiet: bool) -> None:
    """Export a build in a standard format, deterministically (sorted).

    \b
    Examples:
      kg export --format nquads -o graph.nq          # load into any triple store
      kg export --format json-ld -o graph.jsonld     # context: ontology/context.jsonld
      kg export --format gexf -o graph.gexf          # open in Gephi
    """
    from ..store.export import export_to
    from ..store.oxstore import open_store

    started = time.perf_counter()
    with reading_store(store):
        if output is not None and output.is_dir():
            raise KgError(Errors.E040, path=str(output), detail="it is a folder")
        counts = export_to(open_store(store), fmt, output)
    if not quiet:
        what = ", ".join(f"{v} {k}" for k, v in counts.items())
        click.echo(f"kg: exported {what} as {fmt} to {output or 'standard output'} in "
                   f"{time.perf_counter() - started:.1f} s", err=True)
