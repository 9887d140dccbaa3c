"""Exports of a build: ``graph.ttl`` (all articles), ``graph.trig`` (named graphs) and
``articles/{id}.ttl`` (one per article), all written atomically and deterministically;
and ``kg export``: the store in any of :data:`EXPORT_FORMATS`.

RDF formats hold the same triples: Turtle and N-Triples the union of the article graphs,
TriG, N-Quads and JSON-LD the named graphs. GraphML and GEXF hold the network projection
drawn on the maps (:func:`kg.viz.graph_to_network`), for Gephi or networkx.
"""
from __future__ import annotations

import io
import itertools
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..errors import Errors, KgError
from ..graph import new_graph
from ..ontology import ontology_dir
from ..vocab import PREFIXES
from .atomic import atomic_write, write_text
from .turtle import (graph_lines, header, lines_of_quads, merge_sorted, trig_block, turtle_body,
                     turtle_text, write_chunks)

__all__ = ["write_exports", "turtle", "trig", "article_file", "EXPORT_FORMATS", "export_store",
           "jsonld_context", "network_of"]

EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "json-ld", "graphml", "gexf")
SUFFIXES = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig",
            "json-ld": ".jsonld", "graphml": ".graphml", "gexf": ".gexf"}


def turtle(graph: Graph) -> str:
    """A graph as Turtle (:mod:`kg.store.turtle`: sorted, every prefix declared)."""
    return turtle_text(graph_lines(graph))


NamedLines = tuple[str, Iterable[str]]


def trig(graphs: Iterable[Graph | NamedLines]) -> Iterator[str]:
    """TriG of named graphs, in pieces: the prefixes, then one block per graph.

    ``graphs`` are rdflib graphs (sorted here by name) or ``(name, lines)`` pairs of a
    graph IRI and its sorted N-Triples lines, already in the order of their names (how a
    build streams them from its shards)."""
    yield header()
    items = iter(graphs)
    first = next(items, None)
    if first is None:
        return
    if isinstance(first, Graph):
        named = sorted([first, *items], key=lambda g: str(g.identifier))
        for graph in named:
            yield trig_block(str(graph.identifier), graph_lines(graph))
        return
    for name, lines in itertools.chain([first], items):
        yield trig_block(name, lines)


_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,100}$")


def article_file(out: Path, article_id: str) -> Path:
    """``OUT/articles/{id}.ttl``; an id that is not a safe lowercase file name («News 1»,
    «новость») is slugged and gets a short hash, so that distinct ids never share a file
    (not even on a case-insensitive file system)."""
    if _SAFE_ID.match(article_id) and not article_id.endswith("."):
        return Path(out) / "articles" / f"{article_id}.ttl"
    import hashlib

    from ..graph.iris import slug
    digest = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8]
    return Path(out) / "articles" / f"{slug(article_id) or 'article'}-{digest}.ttl"


def write_exports(out: Path, graphs: dict[str, Graph]) -> list[Path]:
    """Write every export of ``graphs`` (article id → its named graph); returns the paths.

    (``kg build`` streams the same files from its shards instead: :mod:`kg.build`.)"""
    out = Path(out)
    written: list[Path] = []
    lines = {}
    for article_id in sorted(graphs):
        graph = graphs[article_id]
        lines[article_id] = graph_lines(graph)
        path = article_file(out, article_id)
        write_text(path, turtle_text(lines[article_id]))
        written.append(path)
    # drop per-article files of articles no longer in the build
    folder = out / "articles"
    keep = {p.name for p in written}
    if folder.is_dir():
        for stale in folder.glob("*.ttl"):
            if stale.name not in keep:
                stale.unlink()
    with atomic_write(out / "graph.ttl") as handle:
        write_chunks(handle, turtle_chunks(merge_sorted(lines.values())))
    with atomic_write(out / "graph.trig") as handle:
        order = sorted(graphs, key=lambda key: str(graphs[key].identifier))
        write_chunks(handle, trig((str(graphs[key].identifier), lines[key]) for key in order))
    written += [out / "graph.ttl", out / "graph.trig"]
    return written


def turtle_chunks(lines: Iterable[str]) -> Iterator[str]:
    """A Turtle document in pieces for sorted, distinct N-Triples lines."""
    yield header()
    yield from turtle_body(lines)


# -- kg export ------------------------------------------------------------------------------
def _key(term: object) -> str:
    return str(term)


def _named_quads(store: ox.Store):
    """The quads of the article graphs (not the default graph, which holds their union)."""
    for name in store.named_graphs():
        yield from store.quads_for_pattern(None, None, None, name)


def _sorted_quads(store: ox.Store) -> list[ox.Quad]:
    return sorted(_named_quads(store),
                  key=lambda q: (_key(q.graph_name), _key(q.subject), _key(q.predicate), _key(q.object)))


def _sorted_triples(store: ox.Store) -> list[ox.Triple]:
    triples = {(_key(q.subject), _key(q.predicate), _key(q.object)): q.triple
               for q in _named_quads(store)}
    return [triples[k] for k in sorted(triples)]


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The JSON-LD context (``ontology/context.jsonld``): prefixes and common properties."""
    path = ontology_dir() / "context.jsonld"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    except (OSError, ValueError, KeyError) as exc:
        raise KgError(Errors.E030, path=str(path), detail=str(exc)) from exc


def _canonical(value: object) -> object:
    """JSON-LD with every array sorted (arrays are unordered in JSON-LD unless ``@list``,
    which kg does not write): rdflib emits nodes in set order, which varies by process."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _canonical(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: (v.get("@id", "") if isinstance(v, dict) else "",
                                            json.dumps(v, sort_keys=True, ensure_ascii=False)))
    return value


_GEXF_SHAPES = {"dot": "disc", "ellipse": "disc", "circle": "disc", "box": "square",
                "square": "square", "triangle": "triangle", "diamond": "diamond"}


def _gexf_viz(net) -> None:
    """Gephi's colours and shapes (GEXF ``viz``) from the map's ``colour`` and ``shape``."""
    for _, attrs in net.nodes(data=True):
        colour = str(attrs.get("colour", ""))
        viz: dict = {}
        if len(colour) == 7 and colour.startswith("#"):
            viz["color"] = {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16),
                            "b": int(colour[5:7], 16), "a": 1.0}
        shape = _GEXF_SHAPES.get(str(attrs.get("shape", "")))
        if shape:
            viz["shape"] = shape
        if viz:
            attrs["viz"] = viz


def network_of(store: ox.Store):
    """The map projection of the store (a networkx MultiDiGraph) with every attribute a
    plain value: lists and dicts become JSON strings (GraphML and GEXF take no others)."""
    import networkx as nx

    from ..ontology import load_ontology
    from ..viz import graph_to_network
    from .oxstore import to_graphs

    union = new_graph()
    for graph in to_graphs(store):
        for triple in graph:
            union.add(triple)
    net = graph_to_network(union, load_ontology().graph)
    flat = nx.MultiDiGraph()
    flat.graph.update({k: _plain(v) for k, v in net.graph.items()})
    for node, attrs in net.nodes(data=True):
        flat.add_node(node, **{k: _plain(v) for k, v in attrs.items() if v is not None})
    for s, o, key, attrs in net.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, **{k: _plain(v) for k, v in attrs.items() if v is not None})
    return flat


def _plain(value: object) -> object:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def export_store(store: ox.Store, fmt: str, output: IO[bytes]) -> dict[str, int]:
    """Write the store to ``output`` (binary) in ``fmt``; returns what was written
    (``triples`` or ``quads``, ``graphs``; ``nodes`` and ``edges`` for a network)."""
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    graphs = sum(1 for _ in store.named_graphs())
    if fmt == "ntriples":
        triples = _sorted_triples(store)
        ox.serialize(triples, output, ox.RdfFormat.N_TRIPLES)
        return {"triples": len(triples), "graphs": graphs}
    if fmt == "nquads":
        quads = _sorted_quads(store)
        ox.serialize(quads, output, ox.RdfFormat.N_QUADS)
        return {"quads": len(quads), "graphs": graphs}
    if fmt == "turtle":
        lines = lines_of_quads(_named_quads(store))
        text = "".join(turtle_chunks(lines))
        output.write(text.encode("utf-8"))
        return {"triples": len(lines), "graphs": graphs}
    if fmt == "trig":
        names = sorted(store.named_graphs(), key=lambda n: n.value)
        named = [(n.value, lines_of_quads(store.quads_for_pattern(None, None, None, n))) for n in names]
        output.write("".join(trig(named)).encode("utf-8"))
        return {"quads": sum(len(lines) for _, lines in named), "graphs": graphs}
    if fmt == "json-ld":
        from .oxstore import to_graphs
        named = to_graphs(store)
        dataset = Dataset()
        for prefix, ns in prefixes.items():
            dataset.bind(prefix, ns, override=True, replace=True)
        for graph in named:
            target = dataset.graph(graph.identifier)
            for triple in sorted(graph):
                target.add(triple)
        text = dataset.serialize(format="json-ld", context=jsonld_context())
        text = json.dumps(_canonical(json.loads(text)), indent=1, sort_keys=True,
                          ensure_ascii=False) + "\n"
        output.write(text.encode("utf-8"))
        return {"quads": sum(len(g) for g in named), "graphs": graphs}
    if fmt in ("graphml", "gexf"):
        import networkx as nx
        net = network_of(store)
        if fmt == "graphml":
            nx.write_graphml(net, output, encoding="utf-8", prettyprint=True)
        else:
            import re
            _gexf_viz(net)
            buffer = io.BytesIO()
            nx.write_gexf(net, buffer, encoding="utf-8", prettyprint=True)
            # no date of writing, so that the same store gives the same file
            output.write(re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1))
        return {"nodes": net.number_of_nodes(), "edges": net.number_of_edges(), "graphs": graphs}
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")


def export_to(store: ox.Store, fmt: str, path: Path | None) -> dict[str, int]:
    """Export to ``path`` (written atomically) or, when None, to standard output."""
    if path is None:
        import sys
        buffer = io.BytesIO()
        counts = export_store(store, fmt, buffer)
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.buffer.flush()
        return counts
    with atomic_write(Path(path), "wb") as handle:
        return export_store(store, fmt, handle)
