"""The network in numbers: who is most connected, which communities, how two names connect.

Everything works on the map projection (:func:`kg.viz.graph_to_network`) seen as a simple
undirected graph. Article nodes are left out of centrality, communities and paths by
default: an article links everything it names, which says nothing about who works with
whom (paths fall back to going through articles only when there is no other way).

Results are deterministic: louvain communities use a fixed seed, approximate betweenness a
fixed sample, and every list is sorted.

>>> import networkx as nx
>>> net = nx.MultiDiGraph()
>>> for n, kind in [("a", "person"), ("b", "body"), ("c", "person")]:
...     net.add_node(n, label=n.upper(), kind=kind)
>>> net.add_edge("a", "b", key="p", label="член"); net.add_edge("c", "b", key="p", label="член")
'p'
'p'
>>> [step["label"] for step in shortest_path(net, "a", "c")["nodes"]]
['A', 'B', 'C']
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

import networkx as nx

__all__ = ["simple_graph", "centrality", "communities", "community_colours", "node_sizes",
           "leading_members",
           "shortest_path", "network_stats", "PALETTE", "SEED", "EXACT_BETWEENNESS",
           "RANKED_KINDS"]

SEED = 42
# Exact betweenness up to this many nodes; above it, sampled from this many sources.
EXACT_BETWEENNESS = 800
SAMPLES = 300
# Distinct colours for the largest communities (tab20 reordered); the rest are grey.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79")
OTHER_COLOUR = "#c8c8c8"
RANKED_KINDS: tuple[str, ...] = ("person", "body")
SKIPPED_KINDS: frozenset[str] = frozenset({"article"})


def simple_graph(net: nx.Graph, skip_kinds: Iterable[str] = SKIPPED_KINDS) -> nx.Graph:
    """``net`` as a simple undirected graph without the nodes of ``skip_kinds``."""
    skip = set(skip_kinds)
    simple = nx.Graph()
    simple.add_nodes_from(sorted(n for n, a in net.nodes(data=True)
                                 if a.get("kind") not in skip))
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in net.edges()
                                  if u != v and u in simple and v in simple}))
    return simple


def centrality(net: nx.Graph, simple: nx.Graph | None = None) -> dict[str, float]:
    """Betweenness centrality of every node (exact up to :data:`EXACT_BETWEENNESS` nodes,
    else sampled with a fixed seed); nodes outside ``simple`` get 0."""
    simple = simple_graph(net) if simple is None else simple
    n = simple.number_of_nodes()
    if n > EXACT_BETWEENNESS:
        values = nx.betweenness_centrality(simple, k=min(SAMPLES, n), seed=SEED)
    else:
        values = nx.betweenness_centrality(simple)
    return {node: round(float(values.get(node, 0.0)), 6) for node in net.nodes}


def communities(net: nx.Graph, simple: nx.Graph | None = None) -> list[list[str]]:
    """Louvain communities (seeded) of the non-article nodes, largest first, each sorted."""
    simple = simple_graph(net) if simple is None else simple
    if simple.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(simple, seed=SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def community_colours(groups: Sequence[Sequence[str]]) -> dict[str, tuple[int, str]]:
    """``{node: (community index, colour)}``: palette colours for the largest communities
    of two or more nodes, grey for the rest."""
    colours = {}
    for index, group in enumerate(groups):
        colour = PALETTE[index] if index < len(PALETTE) and len(group) > 1 else OTHER_COLOUR
        for node in group:
            colours[node] = (index, colour)
    return colours


def node_sizes(net: nx.Graph, by: str = "degree",
               values: dict[str, float] | None = None) -> dict[str, int]:
    """Node sizes in pixels (10–45): by ``degree`` or by betweenness ``centrality``."""
    if by == "degree":
        return {n: min(45, round(10 + 5 * math.sqrt(net.degree(n)))) for n in net.nodes}
    if by != "centrality":
        raise ValueError(f"size by 'degree' or 'centrality', not {by!r}")
    values = centrality(net) if values is None else values
    top = max(values.values(), default=0.0) or 1.0
    return {n: round(10 + 35 * math.sqrt(values.get(n, 0.0) / top)) for n in net.nodes}


# Which members name a community first: people and bodies before posts and quotes.
LEAD_KINDS: tuple[str, ...] = ("person", "body", "region", "city", "event", "group", "post",
                               "figure", "statement", "article")


def leading_members(net: nx.Graph, group: Iterable[str], simple: nx.Graph | None = None
                    ) -> list[str]:
    """A community's members, people and bodies first, then by degree, label and id."""
    graph = simple if simple is not None else net

    def rank(node: str) -> tuple[int, int, str, str]:
        kind = str(net.nodes[node].get("kind", ""))
        order = LEAD_KINDS.index(kind) if kind in LEAD_KINDS else len(LEAD_KINDS)
        return (order, -graph.degree(node), _label(net, node), node)
    return sorted(group, key=rank)


def _label(net: nx.Graph, node: str) -> str:
    return str(net.nodes[node].get("label", node))


def _step(net: nx.Graph, node: str) -> dict[str, object]:
    attrs = net.nodes[node]
    return {"id": node, "label": _label(net, node), "kind": attrs.get("kind", ""),
            "type": attrs.get("type_label", "")}


def _relation(net: nx.MultiDiGraph, a: str, b: str) -> dict[str, object]:
    """The edge between two neighbours (a → b preferred), with its first evidence."""
    for s, o in ((a, b), (b, a)):
        data = net.get_edge_data(s, o)
        if data:
            key = sorted(data)[0]
            attrs = data[key]
            evidence = attrs.get("evidence") or []
            first = evidence[0] if evidence else {}
            return {"from": s, "to": o, "label": attrs.get("label", key), "predicate": key,
                    "forward": s == a, "sentence": first.get("sentence", ""),
                    "article": first.get("article", "")}
    raise KeyError((a, b))


def shortest_path(net: nx.MultiDiGraph, source: str, target: str) -> dict[str, object]:
    """The shortest chain of relations between two nodes.

    Returns ``{"nodes": [step…], "relations": [relation…], "through_articles": bool}``;
    ``nodes`` is empty if the two are not connected. Paths avoid article nodes unless
    there is no other way.
    """
    for skip in (SKIPPED_KINDS, frozenset()):
        simple = simple_graph(net, skip)
        if source in simple and target in simple and nx.has_path(simple, source, target):
            # the lexicographically smallest of the shortest paths: deterministic
            path = min(nx.all_shortest_paths(simple, source, target),
                       key=lambda p: [str(n) for n in p])
            return {"nodes": [_step(net, n) for n in path],
                    "relations": [_relation(net, a, b) for a, b in zip(path, path[1:])],
                    "through_articles": not skip}
    return {"nodes": [], "relations": [], "through_articles": False}


def network_stats(net: nx.MultiDiGraph, top: int = 10) -> dict[str, object]:
    """Counts, the most connected persons and bodies, and the largest communities."""
    simple = simple_graph(net)
    between = centrality(net, simple)
    kinds: dict[str, int] = {}
    for _, attrs in net.nodes(data=True):
        kinds[attrs.get("kind", "")] = kinds.get(attrs.get("kind", ""), 0) + 1
    ranked: dict[str, list[dict[str, object]]] = {}
    for kind in RANKED_KINDS:
        rows = [{**_step(net, n), "degree": simple.degree(n), "betweenness": between[n],
                 "articles": len(net.nodes[n].get("articles", ()))}
                for n in simple.nodes if net.nodes[n].get("kind") == kind]
        rows.sort(key=lambda r: (-int(r["degree"]), -float(r["betweenness"]),
                                 str(r["label"]), str(r["id"])))
        ranked[kind] = rows[:top]
    groups = communities(net, simple)
    colours = community_colours(groups)
    shown = []
    for index, group in enumerate(groups[:top]):
        members = leading_members(net, group, simple)
        shown.append({"index": index, "size": len(group), "colour": colours[group[0]][1],
                      "members": [_step(net, n) for n in members[:5]]})
    components = list(nx.connected_components(simple))
    return {"nodes": net.number_of_nodes(), "edges": net.number_of_edges(),
            "kinds": dict(sorted(kinds.items())),
            "articles": len(net.graph.get("articles", {})),
            "components": len(components),
            "largest_component": max((len(c) for c in components), default=0),
            "density": round(nx.density(simple), 6) if simple.number_of_nodes() > 1 else 0.0,
            "top_persons": ranked["person"], "top_bodies": ranked["body"],
            "communities": len(groups),
            "communities_of_two_or_more": sum(1 for g in groups if len(g) > 1),
            "largest_communities": shown}
