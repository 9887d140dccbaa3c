"""Seeded node positions for large maps (vis physics is off above the threshold).

networkx's ``spring_layout`` needs SciPy from 500 nodes on; without it a numpy
Fruchterman-Reingold of the same kind is used. Either way the result depends only on the
graph (nodes and edges are sorted first) and the seed, and is rounded to whole pixels.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["positions", "SEED"]

SEED = 42
_CHUNK = 512


def _undirected(net: nx.Graph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(sorted(net.nodes))
    simple.add_edges_from(sorted({tuple(sorted((str(u), str(v)))) for u, v in net.edges()
                                  if u != v}))
    return simple


def _force_layout(simple: nx.Graph, seed: int, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold in plain numpy, repulsion computed in row chunks."""
    n = simple.number_of_nodes()
    index = {node: i for i, node in enumerate(simple.nodes)}
    edges = np.array([(index[u], index[v]) for u, v in simple.edges], dtype=int).reshape(-1, 2)
    pos = np.random.default_rng(seed).random((n, 2))
    k = math.sqrt(1.0 / n)
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        disp = np.zeros((n, 2))
        for start in range(0, n, _CHUNK):
            stop = min(start + _CHUNK, n)
            dx = x[start:stop, None] - x[None, :]
            dy = y[start:stop, None] - y[None, :]
            force = k * k / np.maximum(dx * dx + dy * dy, 1e-4)
            disp[start:stop, 0] += (dx * force).sum(axis=1)
            disp[start:stop, 1] += (dy * force).sum(axis=1)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((delta ** 2).sum(axis=1)), 1e-2)
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-2)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return pos


def positions(net: nx.Graph, *, seed: int = SEED) -> dict[str, tuple[int, int]]:
    """Pixel positions ``{node: (x, y)}`` for every node of ``net``."""
    simple = _undirected(net)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple.nodes)): (0, 0)}
    try:
        layout = nx.spring_layout(simple, seed=seed)
        coords = np.array([layout[node] for node in simple.nodes])
    except ImportError:  # SciPy is missing: networkx needs it from 500 nodes on
        coords = _force_layout(simple, seed, 50 if n <= 3000 else 25)
    coords = coords - coords.mean(axis=0)
    extent = float(np.abs(coords).max()) or 1.0
    scale = 60.0 * math.sqrt(n) / extent
    return {node: (int(round(x * scale)), int(round(y * scale)))
            for node, (x, y) in zip(simple.nodes, coords)}
