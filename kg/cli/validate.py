"""``kg validate``: check a build against the SHACL shapes (``ontology/shapes.ttl``)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from . import main, reading_store


@main.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("--shapes", type=click.Path(dir_okay=False, path_type=Path),
              help="A shapes file to use instead of ontology/shapes.ttl.")
@click.option("--engine", type=click.Choice(["fast", "pyshacl"]), default=None,
              help="SHACL engine: 'fast' (default; kg.store.shacl) or 'pyshacl' (the reference); "
                   "the same results.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def validate(store: Path, shapes: Path | None, engine: str | None, quiet: bool) -> None:
    """Validate every article graph of a build with SHACL.

    Prints one line per violation: the article graph, the focus node, the path and the
    message. Exits 1 when there is any: the graph builder wrote something the data model
    forbids (a bug in kg).
    """
    from ..store.validate import format_violation, validate_build

    started = time.perf_counter()
    with reading_store(store):
        violations, graphs = validate_build(store, shapes, engine)
    for violation in violations:
        click.echo(format_violation(violation))
    if not quiet:
        seconds = time.perf_counter() - started
        if violations:
            bad = len({v.graph for v in violations})
            click.echo(f"kg: {len(violations)} violation(s) in {bad} of {graphs} article graph(s) "
                       f"({seconds:.1f} s)", err=True)
        else:
            click.echo(f"kg: {graphs} article graph(s) conform to the shapes ({seconds:.1f} s)", err=True)
    if violations:
        sys.exit(1)
