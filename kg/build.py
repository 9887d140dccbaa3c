"""Build: inputs → articles → annotated Docs → extractions → named graphs → exports and maps.

>>> from kg.build import Builder
>>> report = Builder().build(["seeds"], "exports")        # doctest: +SKIP
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rdflib import Graph

from .errors import Errors, KgError
from .extract import Extraction, Extractor
from .graph import GraphBuilder
from .read import Article, iter_articles
from .store import write_exports
from .store.oxstore import write_store

__all__ = ["Builder", "BuildReport"]

log = logging.getLogger("kg")


@dataclass
class BuildReport:
    """What a build did: articles built, articles skipped (with reasons), facts by kind."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    triples: int = 0
    files: list[Path] = field(default_factory=list)
    violations: list = field(default_factory=list)   # SHACL results (kg.store.validate.Violation)


class Builder:
    """Runs the stages over a corpus; models and the ontology load once."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        self.extractor = extractor or Extractor.default()
        self.graph_builder = GraphBuilder(self.extractor.ontology)

    def extract(self, article: Article) -> tuple[Extraction, Graph]:
        extraction = self.extractor(article)
        return extraction, self.graph_builder(article, extraction)

    def build(self, inputs: Sequence[str | Path], out: str | Path, *,
              maps: bool = True, on_error: Callable[[KgError], None] | None = None,
              progress: Callable[[Iterable], Iterable] | None = None,
              validate: bool = True) -> BuildReport:
        """Build every article of ``inputs`` into ``out``; a bad article is reported to
        ``on_error`` and skipped. Raises :class:`KgError` E050 when nothing could be built,
        and E063 (after writing everything) when a graph breaks ``ontology/shapes.ttl``."""
        out = Path(out)
        report = BuildReport()
        graphs: dict[str, Graph] = {}
        titles: dict[str, str] = {}
        items = iter_articles(list(inputs))
        if progress is not None:
            items = progress(items)
        for item in items:
            if isinstance(item, KgError):
                report.skipped.append(str(item))
                if on_error:
                    on_error(item)
                continue
            extraction, graph = self.extract(item)
            graphs[item.id] = graph
            titles[item.id] = item.title or item.id
            report.built.append(item.id)
            report.facts.update({
                "persons": len(extraction.persons), "bodies": len(extraction.bodies),
                "officials": len(extraction.officials), "events": len(extraction.events),
                "statements": len(extraction.statements), "mentions": len(extraction.mentions),
                "foundings": len(extraction.foundings), "figures": len(extraction.figures)})
            report.triples += len(graph)
        if not graphs:
            raise KgError(Errors.E050, path=", ".join(map(str, inputs)))
        report.files = write_exports(out, graphs)
        report.files.append(write_store(out))
        if maps:
            report.files += self._maps(out, graphs, titles)
        if validate:
            self._validate(out, graphs, report)
        return report

    def _validate(self, out: Path, graphs: dict[str, Graph], report: BuildReport) -> None:
        from .store.validate import format_violation, validate_graphs
        report.violations = validate_graphs(graphs[key] for key in sorted(graphs))
        if report.violations:
            first = report.violations[0]
            count = len({v.graph for v in report.violations})
            raise KgError(Errors.E063, path=str(out), detail=(
                f"{len(report.violations)} violation(s) in {count} article graph(s), first: "
                f"{format_violation(first)}; 'kg validate --store {out}' lists them all"))

    def _maps(self, out: Path, graphs: dict[str, Graph], titles: dict[str, str]) -> list[Path]:
        from .graph.iris import slug
        from .viz import render_map
        union = Graph()
        for graph in graphs.values():
            for triple in graph:
                union.add(triple)
        ontology = self.extractor.ontology.graph
        files = [out / "map.html"]
        render_map(union, files[0], title="kg: карта связей", ontology=ontology)
        for article_id in sorted(graphs):
            path = out / "maps" / f"{slug(article_id)}.html"
            render_map(graphs[article_id], path, title=titles[article_id], ontology=ontology)
            files.append(path)
        return files
