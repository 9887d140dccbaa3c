"""``kg build``: inputs → graph, exports and maps."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import KgError
from . import fail, main


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("exports"), show_default=True, help="Folder to write the graph, exports and maps to.")
@click.option("--maps/--no-maps", default=True, show_default=True, help="Write map.html and maps/*.html.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[Path, ...], out: Path, maps: bool, quiet: bool) -> None:
    """Build INPUTS (.txt/.md files, folders of them, .jsonl corpora; default seeds/) into OUT.

    Writes OUT/graph.ttl, OUT/graph.trig, OUT/articles/*.ttl, OUT/map.html and OUT/maps/*.html.
    A bad article in a corpus is skipped with a warning; the exit status is then 1. A bad
    single input is an error (exit status 2) and nothing is written.
    """
    from ..build import Builder

    inputs = inputs or (Path("seeds"),)
    started = time.perf_counter()
    skipped: list[str] = []

    single_file = len(inputs) == 1 and not inputs[0].is_dir()

    def warn(error: KgError) -> None:
        if single_file and error.line is None:
            fail(error)                     # the one input given is bad: nothing to build
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
        fail(error)
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


