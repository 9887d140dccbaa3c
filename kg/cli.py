"""The ``kg`` command line: ``kg build``, ``kg query``.

Errors a user can cause print one line (``path:line: [CODE] message``) and exit 2 (1 for a
build in which some articles were skipped); nothing is half-written.
"""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import KgError

__all__ = ["main"]


def _fail(error: KgError, code: int = 2) -> None:
    click.echo(f"kg: error: {error}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Turn Russian government news into a knowledge graph of officials, bodies and events."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="kg: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("exports"), show_default=True, help="Folder to write the graph, exports and maps to.")
@click.option("--maps/--no-maps", default=True, show_default=True, help="Write map.html and maps/*.html.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[Path, ...], out: Path, maps: bool, quiet: bool) -> None:
    """Build INPUTS (.txt/.md files, folders of them, .jsonl corpora; default seeds/) into OUT.

    Writes OUT/graph.ttl, OUT/graph.trig, OUT/articles/*.ttl, OUT/map.html and OUT/maps/*.html.
    A bad article in a corpus is skipped with a warning; the exit status is then 1.
    """
    from .build import Builder

    inputs = inputs or (Path("seeds"),)
    started = time.perf_counter()
    skipped: list[str] = []

    def warn(error: KgError) -> None:
        skipped.append(str(error))
        click.echo(f"kg: warning: skipped {error}", err=True)

    def progress(items):
        if quiet or not sys.stderr.isatty():
            return items
        return _progress(items)

    try:
        builder = Builder()
        report = builder.build(list(inputs), out, maps=maps, on_error=warn, progress=progress)
    except KgError as error:
        _fail(error)
        return
    if not quiet:
        facts = ", ".join(f"{v} {k}" for k, v in sorted(report.facts.items()))
        click.echo(f"kg: built {len(report.built)} article(s) into {out} in "
                   f"{time.perf_counter() - started:.1f} s: {report.triples} triples; {facts}; "
                   f"skipped {len(report.skipped)}", err=True)
    if skipped:
        sys.exit(1)


def _progress(items):
    count = 0
    started = time.perf_counter()
    for item in items:
        count += 1
        rate = count / max(time.perf_counter() - started, 1e-6)
        click.echo(f"\rkg: {count} article(s), {rate:.1f}/s", err=True, nl=False)
        yield item
    click.echo("", err=True)


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
    from .store import format_result, load_store, resolve_query, run_query
    from .store.atomic import write_text
    from .vocab import PREFIXES

    try:
        text, origin = resolve_query(query, named)
        if "PREFIX" not in text.upper():
            text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + text
        result = run_query(load_store(store), text, origin)
        rendered = format_result(result, fmt)
        if output:
            write_text(output, rendered)
        else:
            click.echo(rendered, nl=False)
    except KgError as error:
        _fail(error)


@main.command("queries")
def list_queries() -> None:
    """List the named queries and what each returns."""
    from .store import named_queries

    for name, path in named_queries().items():
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        click.echo(f"{name:15} {first}")


if __name__ == "__main__":  # pragma: no cover
    main()
