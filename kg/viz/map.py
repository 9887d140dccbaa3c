"""Render the map projection as an offline HTML page.

A page inlines the map data as sorted JSON and vis-network (JS and CSS from the pyvis
package; pyvis's own template is not used, it loads from a CDN), so it needs no network
and the same graph always gives the same bytes. Pages that live side by side (a build's
``maps/``, one per article) can instead load vis-network from one shared copy beside
them: ``assets=""`` makes the page refer to ``vis-network.min.js`` and
``vis-network.css`` by relative URL, and :func:`write_vis_assets` writes those two files
(``file://`` pages load them with no network too). Up to :data:`LARGE_GRAPH` nodes vis physics
lays the map out (seeded) and then stops; above it positions come from
:func:`kg.viz.layout.positions` and physics is off.

Nodes are sized by degree or by betweenness centrality and coloured by type (the
ontology's colours) or by louvain community. When the map has been drawn the page sets
``window.kgMap.ready`` (and ``readyAt``, milliseconds since navigation start) and
``<html data-ready="1">``.
"""
from __future__ import annotations

import functools
import html
import json
import os
import re
import tempfile
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..errors import Errors, KgError
from .find import find_node
from .layout import positions
from .project import graph_to_network
from .stats import (centrality, communities, community_colours, leading_members, node_sizes,
                    simple_graph)
from .style import KINDS

__all__ = ["render_map", "render_network", "map_html", "network_html", "map_payload",
           "ego_network", "article_network", "resolve_focus", "write_vis_assets", "write_page",
           "LARGE_GRAPH", "COLOUR_BY", "SIZE_BY", "VIS_JS", "VIS_CSS"]

LARGE_GRAPH = 300
# On large maps shapes that hold their label inside (and so grow with it) become plain
# marks with the label below, in the legend too.
LARGE_SHAPES = {"box": "square", "database": "square", "ellipse": "dot", "circle": "dot",
                "text": "dot"}
ARTICLE_SIZE = 20
COLOUR_BY: tuple[str, ...] = ("type", "community")
SIZE_BY: tuple[str, ...] = ("degree", "centrality")
VIS_DIR = "templates/lib/vis-9.1.2"
#: The shared vis-network files :func:`write_vis_assets` writes and ``assets`` pages load.
VIS_JS = "vis-network.min.js"
VIS_CSS = "vis-network.css"
_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=.*|/\*# sourceMappingURL=.*?\*/)\s*$",
                         re.MULTILINE)
_SLOT = re.compile(r"\{\{ (\w+) \}\}")


def resolve_focus(net: nx.MultiDiGraph, focus: str) -> str:
    """A node id for ``focus``: an IRI on the map, else the best match of it as a name."""
    if focus in net:
        return focus
    found = find_node(net, focus)
    if found is None:
        raise KeyError(f"nothing on the map is or is named {focus!r}")
    return found


def ego_network(net: nx.MultiDiGraph, focus: str, depth: int = 2) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of ``focus`` (edges taken either way).

    Paths do not go on through an article node (other than the focus): an article links
    everything it names, which would pull in whole articles. ``focus`` is a node id or a
    name (see :func:`resolve_focus`).
    """
    focus = resolve_focus(net, focus)
    undirected = net.to_undirected(as_view=True)
    keep = {focus}
    frontier = [focus]
    for _ in range(max(0, depth)):
        reached = []
        for node in frontier:
            if node != focus and net.nodes[node].get("kind") == "article":
                continue
            for other in sorted(undirected.neighbors(node)):
                if other not in keep:
                    keep.add(other)
                    reached.append(other)
        frontier = reached
    sub = net.subgraph(sorted(keep)).copy()
    sub.graph.update(net.graph)
    sub.graph["focus"] = focus
    return sub


def article_network(net: nx.MultiDiGraph, article: str) -> nx.MultiDiGraph:
    """The nodes and edges of one article (by id or IRI)."""
    infos = net.graph.get("articles", {})
    info = infos.get(article) or next((i for i in infos.values() if i["iri"] == article), None)
    if info is None:
        raise KeyError(f"no article {article!r} on the map")
    aid = info["id"]
    nodes = sorted(n for n, a in net.nodes(data=True) if aid in a.get("articles", ()))
    sub = nx.MultiDiGraph()
    sub.graph.update(net.graph)
    sub.graph["articles"] = {aid: info}
    sub.add_nodes_from((n, net.nodes[n]) for n in nodes)
    sub.add_edges_from((s, o, k, a) for s, o, k, a in net.edges(keys=True, data=True)
                       if s in sub and o in sub and aid in a.get("articles", ()))
    return sub


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


def _community_legend(net: nx.MultiDiGraph, groups: list[list[str]],
                      colours: dict[str, tuple[int, str]]) -> list[dict[str, object]]:
    legend = []
    for index, group in enumerate(groups):
        colour = colours[group[0]][1]
        if len(group) < 2 or index >= 20:
            break
        lead = leading_members(net, group)[0]
        legend.append({"index": index, "label": str(net.nodes[lead]["label"]),
                       "colour": colour, "count": len(group)})
    return legend


def map_payload(net: nx.MultiDiGraph, *, title: str, focus: str | None = None,
                colour_by: str = "type", size_by: str = "degree") -> dict[str, object]:
    """The JSON-ready data of the page: nodes, edges, legend, articles, layout flags."""
    if colour_by not in COLOUR_BY:
        raise ValueError(f"colour by one of {COLOUR_BY}, not {colour_by!r}")
    if size_by not in SIZE_BY:
        raise ValueError(f"size by one of {SIZE_BY}, not {size_by!r}")
    large = net.number_of_nodes() > LARGE_GRAPH
    simple = simple_graph(net) if colour_by == "community" or size_by == "centrality" else None
    between = centrality(net, simple) if size_by == "centrality" else {}
    sizes = node_sizes(net, size_by, between or None)
    drawn = {n: min(s, ARTICLE_SIZE) if net.nodes[n].get("kind") == "article" else s for n, s in sizes.items()}
    pos = positions(net, sizes=drawn) if large else {}
    groups = communities(net, simple) if colour_by == "community" else []
    colours = community_colours(groups)
    nodes = []
    for node in sorted(net.nodes):
        attrs = net.nodes[node]
        item = {key: attrs[key] for key in (
            "label", "kind", "kind_label", "type_label", "type_iri", "colour", "shape",
            "title", "search", "articles", "evidence", "details")}
        item.update(id=node, degree=net.degree(node), size=sizes[node])
        if attrs["kind"] == "article":  # a hub of what it names, not an actor: kept small
            item["size"] = min(int(item["size"]), ARTICLE_SIZE)
        if size_by == "centrality":
            item["centrality"] = between[node]
        if node in colours:
            item["community"], item["colour"] = colours[node]
        if large:
            item["x"], item["y"] = pos[node]
            item["shape"] = LARGE_SHAPES.get(str(item["shape"]), item["shape"])
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
    legend = _legend(net)
    if large:
        for entry in legend["kinds"] + legend["bodyTypes"] + [
                v for k in legend["kinds"] for v in k["variants"]]:
            entry["shape"] = LARGE_SHAPES.get(str(entry["shape"]), entry["shape"])
    legend["communities"] = _community_legend(net, groups, colours)
    return {"title": title, "nodes": nodes, "edges": edges, "legend": legend,
            "articles": articles, "large": large, "physics": not large,
            "focus": focus, "kinds": list(KINDS), "colourBy": colour_by, "sizeBy": size_by}


@functools.lru_cache(maxsize=None)
def _resource(package: str, name: str) -> str:
    return (resources.files(package) / name).read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # '<' as \u003c: no '</script>' or '<!--' can end or confuse the script element
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029",
                                                                             "\\u2029")


@functools.lru_cache(maxsize=None)
def _vis_files() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped, less their source-map comments."""
    return (_SOURCE_MAP.sub("", _resource("pyvis", f"{VIS_DIR}/vis-network.min.js")),
            _SOURCE_MAP.sub("", _resource("pyvis", f"{VIS_DIR}/vis-network.css")))


@functools.lru_cache(maxsize=None)
def _vis_inline() -> tuple[str, str]:
    """The ``<script>`` and ``<style>`` elements that inline vis-network."""
    js, css = _vis_files()
    js, css = js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")
    return "<script>\n" + js + "\n</script>", "<style>\n" + css + "\n</style>"


def _vis_linked(assets: str) -> tuple[str, str]:
    """The elements that load the shared files from the folder URL ``assets``."""
    folder = assets if not assets or assets.endswith("/") else assets + "/"
    return (f'<script src="{html.escape(folder + VIS_JS)}"></script>',
            f'<link rel="stylesheet" href="{html.escape(folder + VIS_CSS)}">')


@functools.lru_cache(maxsize=None)
def _template() -> tuple[str, ...]:
    """The page template split at its slots: text, slot name, text, slot name, …, text."""
    return tuple(_SLOT.split(_resource("kg.viz", "template.html")))


def network_html(net: nx.MultiDiGraph, *, title: str, focus: str | None = None,
                 colour_by: str = "type", size_by: str = "degree",
                 assets: str | None = None) -> str:
    """The page for a map projection (already cut to a focus or an article) as a string.

    ``assets``: None inlines vis-network (a self-contained page); otherwise the URL,
    relative to the page, of the folder that holds the files of :func:`write_vis_assets`
    (``""``: the page's own folder)."""
    js, css = _vis_inline() if assets is None else _vis_linked(assets)
    payload = map_payload(net, title=title, focus=focus, colour_by=colour_by, size_by=size_by)
    slots = {"title": html.escape(title), "vis_css": css, "vis_js": js,
             "data": _script_json(payload)}
    parts = list(_template())
    parts[1::2] = [slots[name] for name in parts[1::2]]
    return "".join(parts)


def write_vis_assets(folder: str | os.PathLike[str]) -> list[Path]:
    """Write the shared vis-network files (:data:`VIS_JS`, :data:`VIS_CSS`) into ``folder``
    for the pages made with ``assets``; each atomically, and only if it differs from what
    is there. Returns their paths; :class:`KgError` E040 if one cannot be written."""
    folder = Path(folder)
    paths = []
    for name, text in zip((VIS_JS, VIS_CSS), _vis_files()):
        path = folder / name
        data = text.encode("utf-8")
        try:
            same = path.is_file() and path.stat().st_size == len(data) \
                and path.read_bytes() == data
        except OSError:
            same = False
        if not same:
            write_page(path, text)
        paths.append(path)
    return paths


def map_html(graph: Graph, *, title: str, ontology: Graph | None = None,
             focus: str | None = None, depth: int = 2, article: str | None = None,
             colour_by: str = "type", size_by: str = "degree",
             assets: str | None = None) -> str:
    """The page for ``graph`` as a string (see :func:`render_map`)."""
    net = graph_to_network(graph, ontology)
    if article is not None:
        net = article_network(net, str(article))
    if focus is not None:
        net = ego_network(net, str(focus), depth)
        focus = net.graph["focus"]
    return network_html(net, title=title, focus=focus, colour_by=colour_by, size_by=size_by,
                        assets=assets)


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


def write_page(path: str | os.PathLike[str], text: str) -> None:
    """Write a page atomically; :class:`KgError` E040 if it cannot be written."""
    try:
        _write_atomic(Path(path), text)
    except OSError as exc:
        raise KgError(Errors.E040, path=str(path), detail=exc.strerror or str(exc)) from exc


def render_map(graph: Graph, path: str | os.PathLike[str], *, title: str,
               ontology: Graph | None = None, focus: str | None = None,
               depth: int = 2, article: str | None = None, colour_by: str = "type",
               size_by: str = "degree", assets: str | None = None) -> None:
    """Write an interactive, offline HTML map of ``graph`` to ``path``.

    Args:
        graph: the knowledge graph (a Graph, or a Dataset of article graphs).
        path: the HTML file; written atomically (a temp file, then ``os.replace``).
        title: the page title.
        ontology: the ontology graph for colours, shapes and labels (None: defaults).
        focus: a node IRI or a name (any form: «Шапши»); if given only its ego graph of
            radius ``depth`` is drawn.
        depth: the radius of the focus ego graph.
        article: an article id or IRI: draw only what that article states.
        colour_by: ``type`` (the ontology's colours) or ``community`` (louvain).
        size_by: ``degree`` or ``centrality`` (betweenness).
        assets: None (the default) inlines vis-network; a folder URL relative to the page
            (``""``: beside it) loads the shared copy :func:`write_vis_assets` writes.

    Raises:
        KeyError: ``focus`` or ``article`` is not on the map.
        KgError: E040 if the file cannot be written.
    """
    write_page(path, map_html(graph, title=title, ontology=ontology, focus=focus,
                              depth=depth, article=article, colour_by=colour_by,
                              size_by=size_by, assets=assets))


def render_network(net: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str,
                   focus: str | None = None, colour_by: str = "type",
                   size_by: str = "degree", assets: str | None = None) -> None:
    """Write the page of a map projection (see :func:`network_html`) to ``path``."""
    write_page(path, network_html(net, title=title, focus=focus, colour_by=colour_by,
                                  size_by=size_by, assets=assets))
