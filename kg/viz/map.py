"""Render the map projection as one self-contained, offline HTML page.

The page inlines vis-network (JS and CSS from the pyvis package) and the map data as
sorted JSON, so it needs no network and the same graph always gives the same bytes.
Up to :data:`LARGE_GRAPH` nodes vis physics lays the map out (seeded) and then stops;
above it positions come from :func:`kg.viz.layout.positions` and physics is off.
"""
from __future__ import annotations

import html
import json
import math
import os
import re
import tempfile
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..errors import Errors, KgError
from .layout import positions
from .project import graph_to_network
from .style import KINDS

__all__ = ["render_map", "map_html", "map_payload", "ego_network", "LARGE_GRAPH"]

LARGE_GRAPH = 300
VIS_DIR = "templates/lib/vis-9.1.2"
_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=.*|/\*# sourceMappingURL=.*?\*/)\s*$",
                         re.MULTILINE)
_SLOT = re.compile(r"\{\{ (\w+) \}\}")


def ego_network(net: nx.MultiDiGraph, focus: str, depth: int = 2) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of ``focus`` (edges taken either way)."""
    if focus not in net:
        raise KeyError(f"the focus node is not on the map: {focus}")
    keep = nx.ego_graph(net.to_undirected(as_view=True), focus, radius=depth).nodes
    sub = net.subgraph(sorted(keep)).copy()
    sub.graph.update(net.graph)
    return sub


def _size(degree: int) -> int:
    return min(45, round(10 + 5 * math.sqrt(degree)))


def _smooth(edges: list[dict[str, object]]) -> None:
    """Curve parallel edges between the same two nodes apart."""
    seen: dict[tuple[str, str], int] = {}
    for edge in edges:
        pair = tuple(sorted((str(edge["from"]), str(edge["to"]))))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        if k:
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                              "roundness": round(0.2 * ((k + 1) // 2), 2)}


def _legend(net: nx.MultiDiGraph) -> dict[str, list[dict[str, object]]]:
    """Kinds (with the looks of styled subclasses such as countries) and body types."""
    kinds_info = net.graph.get("kinds", {})
    counts: dict[str, int] = {}
    variants: dict[tuple[str, str, str, str], int] = {}
    types: dict[str, dict[str, object]] = {}
    for _, attrs in net.nodes(data=True):
        kind = attrs["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "body" and attrs.get("type_iri"):
            entry = types.setdefault(attrs["type_iri"], {
                "iri": attrs["type_iri"], "label": attrs["type_label"],
                "colour": attrs["colour"], "shape": attrs["shape"], "count": 0})
            entry["count"] = int(entry["count"]) + 1
        elif kind in kinds_info and (attrs["colour"], attrs["shape"]) != (
                kinds_info[kind]["colour"], kinds_info[kind]["shape"]):
            key = (kind, attrs["type_label"], attrs["colour"], attrs["shape"])
            variants[key] = variants.get(key, 0) + 1
    kinds = []
    for kind in KINDS:
        if kind in counts:
            info = kinds_info.get(kind, {})
            kinds.append({"kind": kind, "label": info.get("label", kind),
                          "colour": info.get("colour", "#999999"),
                          "shape": info.get("shape", "dot"), "count": counts[kind],
                          "variants": [{"label": label, "colour": colour, "shape": shape,
                                        "count": count}
                                       for (k, label, colour, shape), count
                                       in sorted(variants.items()) if k == kind]})
    body_types = sorted(types.values(), key=lambda t: (str(t["label"]), str(t["iri"])))
    return {"kinds": kinds, "bodyTypes": body_types}


def map_payload(net: nx.MultiDiGraph, *, title: str, focus: str | None = None
                ) -> dict[str, object]:
    """The JSON-ready data of the page: nodes, edges, legend, articles, layout flags."""
    large = net.number_of_nodes() > LARGE_GRAPH
    pos = positions(net) if large else {}
    nodes = []
    for node in sorted(net.nodes):
        attrs = net.nodes[node]
        item = {key: attrs[key] for key in (
            "label", "kind", "kind_label", "type_label", "type_iri", "colour", "shape",
            "title", "search", "articles", "evidence", "details")}
        item.update(id=node, degree=net.degree(node), size=_size(net.degree(node)))
        if large:
            item["x"], item["y"] = pos[node]
        nodes.append(item)
    edges = []
    for s, o, key, attrs in sorted(net.edges(keys=True, data=True),
                                   key=lambda e: (e[0], e[1], e[2])):
        edges.append({"id": f"e{len(edges)}", "from": s, "to": o, "predicate": key,
                      "label": attrs["label"], "title": attrs["title"],
                      "evidence": attrs["evidence"], "articles": attrs["articles"]})
    _smooth(edges)
    used = {a for n in nodes for a in n["articles"]} | {a for e in edges for a in e["articles"]}
    articles = sorted((info for aid, info in net.graph.get("articles", {}).items()
                       if aid in used), key=lambda a: (a["date"], a["id"]))
    return {"title": title, "nodes": nodes, "edges": edges, "legend": _legend(net),
            "articles": articles, "large": large, "physics": not large,
            "focus": focus, "kinds": list(KINDS)}


def _resource(package: str, name: str) -> str:
    return (resources.files(package) / name).read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # '<' as \u003c: no '</script>' or '<!--' can end or confuse the script element
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029",
                                                                             "\\u2029")


def _vis_assets() -> tuple[str, str]:
    js = _SOURCE_MAP.sub("", _resource("pyvis", f"{VIS_DIR}/vis-network.min.js"))
    css = _SOURCE_MAP.sub("", _resource("pyvis", f"{VIS_DIR}/vis-network.css"))
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def map_html(graph: Graph, *, title: str, ontology: Graph | None = None,
             focus: str | None = None, depth: int = 2) -> str:
    """The page for ``graph`` as a string (see :func:`render_map`)."""
    net = graph_to_network(graph, ontology)
    if focus is not None:
        focus = str(focus)
        net = ego_network(net, focus, depth)
    js, css = _vis_assets()
    slots = {"title": html.escape(title), "vis_css": css, "vis_js": js,
             "data": _script_json(map_payload(net, title=title, focus=focus))}
    return _SLOT.sub(lambda m: slots[m.group(1)], _resource("kg.viz", "template.html"))


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_map(graph: Graph, path: str | os.PathLike[str], *, title: str,
               ontology: Graph | None = None, focus: str | None = None,
               depth: int = 2) -> None:
    """Write an interactive, offline HTML map of ``graph`` to ``path``.

    Args:
        graph: the knowledge graph (a Graph, or a Dataset of article graphs).
        path: the HTML file; written atomically (a temp file, then ``os.replace``).
        title: the page title.
        ontology: the ontology graph for colours, shapes and labels (None: defaults).
        focus: a node IRI; if given only its ego graph of radius ``depth`` is drawn.
        depth: the radius of the focus ego graph.

    Raises:
        KeyError: ``focus`` is not a node of the map.
        KgError: E040 if the file cannot be written.
    """
    text = map_html(graph, title=title, ontology=ontology, focus=focus, depth=depth)
    try:
        _write_atomic(Path(path), text)
    except OSError as exc:
        raise KgError(Errors.E040, path=str(path), detail=exc.strerror or str(exc)) from exc
