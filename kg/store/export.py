"""Exports of a build: ``graph.ttl`` (all articles), ``graph.trig`` (named graphs) and
``articles/{id}.ttl`` (one per article), all written atomically and deterministically."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph

from ..graph import new_graph
from ..vocab import PREFIXES
from .atomic import write_text

__all__ = ["write_exports", "turtle", "trig", "article_file"]


def turtle(graph: Graph) -> str:
    return graph.serialize(format="turtle")


def trig(graphs: Iterable[Graph]) -> str:
    dataset = Dataset()
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    for graph in sorted(graphs, key=lambda g: str(g.identifier)):
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset.serialize(format="trig")


def article_file(out: Path, article_id: str) -> Path:
    from ..graph.iris import slug
    return out / "articles" / f"{slug(article_id)}.ttl"


def write_exports(out: Path, graphs: dict[str, Graph]) -> list[Path]:
    """Write every export of ``graphs`` (article id → its named graph); returns the paths."""
    out = Path(out)
    written: list[Path] = []
    union = new_graph()
    for article_id in sorted(graphs):
        graph = graphs[article_id]
        path = article_file(out, article_id)
        write_text(path, turtle(graph))
        written.append(path)
        for triple in graph:
            union.add(triple)
    # drop per-article files of articles no longer in the build
    folder = out / "articles"
    keep = {p.name for p in written}
    if folder.is_dir():
        for stale in folder.glob("*.ttl"):
            if stale.name not in keep:
                stale.unlink()
    write_text(out / "graph.ttl", turtle(union))
    write_text(out / "graph.trig", trig(graphs.values()))
    written += [out / "graph.ttl", out / "graph.trig"]
    return written
