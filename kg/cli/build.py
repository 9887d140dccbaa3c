"""``kg build``: inputs → graph, exports and maps."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import click

from ..errors import KgError
from . import fail, main

#: Set by :func:`kg.cli.entry` when ``kg`` runs as its own process.
OWN_PROCESS = False


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("exports"), show_default=True, help="Folder to write the graph, exports and maps to.")
@click.option("--maps/--no-maps", default=True, show_default=True, help="Write map.html and maps/*.html.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes that extract (default: every core; 1: this process).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: local processes, or Dask distributed (kg[cluster]).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler (tcp://host:8786); without it a LocalCluster of --jobs workers.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per task sent to a worker (default: 4 local, 16 Dask).")
@click.option("--rebuild", is_flag=True,
              help="Forget the previous build in OUT: extract every article again.")
@click.option("--map-limit", type=click.IntRange(min=0), default=None,
              help="Draw map.html only for builds of at most this many articles (default 500).")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check every article graph against ontology/shapes.ttl (SHACL; about 45 ms "
                   "an article: it guards kg itself, not the input).")
@click.option("--report-json", "report_json", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Also write the summary (counts, facts, seconds by stage) as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[Path, ...], out: Path, maps: bool, jobs: int | None, executor: str,
          scheduler: str | None, batch_size: int | None, rebuild: bool, map_limit: int | None,
          validate: bool, report_json: Path | None, quiet: bool) -> None:
    """Build INPUTS (.txt/.md files, folders of them, .jsonl corpora; default seeds/) into OUT.

    Writes OUT/graph.ttl, OUT/graph.trig, OUT/articles/*.ttl, OUT/store, OUT/map.html and
    OUT/maps/*.html. A bad article in a corpus is skipped with a warning; the exit status is
    then 1. A bad single input is an error (exit status 2) and nothing is written.

    A rebuild into the same OUT extracts only new and changed articles and drops removed
    ones; an interrupted build picks up where it stopped (OUT/.kg holds the state).
    """
    from ..build import MAP_LIMIT, Builder, count_articles
    from ..parallel import default_jobs

    inputs = inputs or (Path("seeds"),)
    started = time.perf_counter()
    skipped: list[KgError] = []
    single_file = len(inputs) == 1 and not inputs[0].is_dir()
    bar = None
    if not quiet and sys.stderr.isatty():
        bar = ProgressBar(count_articles(inputs))

    def warn(error: KgError) -> None:
        if single_file and error.line is None:
            fail(error)                     # the one input given is bad: nothing to build
        skipped.append(error)
        if bar is not None:
            bar.clear()
        click.echo(f"kg: warning: skipped {error}", err=True)

    try:
        builder = Builder()
        builder.settle_models = OWN_PROCESS     # the process ends with the build
        report = builder.build(list(inputs), out, maps=maps, on_error=warn, progress=bar,
                               jobs=jobs or default_jobs(), executor=executor,
                               scheduler=scheduler, batch_size=batch_size, rebuild=rebuild,
                               map_limit=MAP_LIMIT if map_limit is None else map_limit,
                               validate=validate)
    except KgError as error:
        if bar is not None:
            bar.clear()
        fail(error)
        return
    finally:
        if bar is not None:
            bar.clear()
    seconds = time.perf_counter() - started
    if report_json is not None:
        from ..store.atomic import write_text
        try:
            write_text(report_json, json.dumps(report_data(report, seconds), ensure_ascii=False,
                                               indent=1, sort_keys=True) + "\n")
        except KgError as error:
            fail(error)
    if not quiet:
        click.echo(summary(report, out, seconds, skipped), err=True)
        for note in report.notes:
            click.echo(f"kg: note: {note}", err=True)
    if skipped:
        sys.exit(1)


def report_data(report, seconds: float) -> dict:
    """The build report as plain JSON data (``--report-json``)."""
    return {"articles": len(report.built), "extracted": len(report.extracted),
            "unchanged": len(report.unchanged), "removed": len(report.removed),
            "skipped": report.skipped, "facts": dict(report.facts), "triples": report.triples,
            "tokens": report.tokens, "violations": len(report.violations),
            "seconds": {**{k: round(v, 3) for k, v in report.seconds.items()},
                        "command": round(seconds, 3)},
            "worker_seconds": {k: round(v, 3) for k, v in report.stages.items()},
            "jobs": report.jobs, "executor": report.executor, "notes": report.notes,
            "peak_pending": report.peak_pending}


def summary(report, out: Path, seconds: float, skipped: list[KgError]) -> str:
    """The line printed at the end of a build."""
    facts = ", ".join(f"{v} {k}" for k, v in sorted(report.facts.items()))
    line = (f"kg: built {len(report.built)} article(s) into {out} in {seconds:.1f} s: "
            f"{report.triples} triples; {facts}; skipped {len(report.skipped)}")
    if skipped:
        reasons = Counter(f"{e.code.name} {e.code.value.split(' (')[0]}" for e in skipped)
        line += " (" + ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items())) + ")"
    extract = report.seconds.get("extract", 0.0)
    rate = f", {len(report.extracted) / extract:.1f} articles/s" if report.extracted and extract else ""
    line += (f"; {len(report.extracted)} extracted, {len(report.unchanged)} unchanged, "
             f"{len(report.removed)} removed ({report.jobs} job(s){rate})")
    return line


class ProgressBar:
    """``kg: 350/610 articles  27.3/s  ETA 0:09`` on a terminal, redrawn at most 5 times a
    second; ``total`` 0 (not known) shows no ETA."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.started = time.perf_counter()
        self.shown = 0.0
        self.done = 0
        self.visible = False

    def __call__(self, done: int) -> None:
        self.done = done
        now = time.perf_counter()
        if now - self.shown < 0.2 and done != self.total:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        text = f"kg: {done}/{self.total} articles" if self.total else f"kg: {done} articles"
        text += f"  {rate:.1f}/s"
        if self.total and rate > 0 and done < self.total:
            left = int((self.total - done) / rate)
            text += f"  ETA {left // 60}:{left % 60:02d}"
        click.echo("\r" + text.ljust(60), err=True, nl=False)
        self.visible = True

    def clear(self) -> None:
        if self.visible:
            click.echo("\r" + " " * 60 + "\r", err=True, nl=False)
            self.visible = False
