"""Seeded node positions for large maps (vis physics is off above the threshold).

Each connected component is laid out on its own (a force layout: networkx's
``spring_layout``, which needs SciPy from 500 nodes on; without it a numpy
Fruchterman-Reingold of the same kind), scaled to a radius that grows with the square root
of its size, and the components are packed in rows, largest first, so that small ones do
not fly off to the edges; nodes whose discs overlap are then pushed apart. The result
depends only on the graph (nodes and edges are sorted first) and the seed, and is rounded to
whole pixels.
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


def _component_layout(simple: nx.Graph, seed: int) -> np.ndarray:
    """Positions within a unit disc for one connected component."""
    n = simple.number_of_nodes()
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    try:
        layout = nx.spring_layout(simple, seed=seed)
        coords = np.array([layout[node] for node in simple.nodes])
    except ImportError:  # SciPy is missing: networkx needs it from 500 nodes on
        coords = _force_layout(simple, seed, 50 if n <= 3000 else 25)
    coords = coords - coords.mean(axis=0)
    extent = float(np.sqrt((coords ** 2).sum(axis=1)).max()) or 1.0
    coords = coords / extent
    return _even_out(coords) if n > EVEN_FROM else coords


EVEN_FROM = 50  # components larger than this are evened out


def _even_out(coords: np.ndarray) -> np.ndarray:
    """Spread a force layout's crowded core: keep each node's angle and the order of the
    distances from the centre, but move the n-th nearest node to radius sqrt(n / N), so
    that nodes fill the disc evenly (forces pack hubs and their leaves in the middle)."""
    radius = np.sqrt((coords ** 2).sum(axis=1))
    order = np.lexsort((np.arange(len(radius)), radius))
    even = np.empty_like(radius)
    even[order] = np.sqrt((np.arange(len(radius)) + 0.5) / len(radius))
    angle = np.arctan2(coords[:, 1], coords[:, 0])
    return np.column_stack((even * np.cos(angle), even * np.sin(angle)))


SPACING = 75.0   # pixels per square root of a component's node count: its radius
GAP = 40.0       # pixels between packed components


def positions(net: nx.Graph, *, seed: int = SEED,
              sizes: dict[str, int] | None = None) -> dict[str, tuple[int, int]]:
    """Pixel positions ``{node: (x, y)}`` for every node of ``net``, no two nodes' discs
    overlapping (``sizes``: the radii they are drawn with; by degree when not given)."""
    simple = _undirected(net)
    if simple.number_of_nodes() == 0:
        return {}
    parts = sorted((sorted(c) for c in nx.connected_components(simple)),
                   key=lambda c: (-len(c), c[0]))
    radii = [max(15.0, SPACING * math.sqrt(len(c))) if len(c) > 1 else 15.0 for c in parts]
    area = sum((2 * r + GAP) ** 2 for r in radii)
    row_width = max(math.sqrt(area) * 1.1, 2 * radii[0] + GAP)
    out: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for part, radius in zip(parts, radii):
        size = 2 * radius + GAP
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        sub = nx.Graph()
        sub.add_nodes_from(part)
        sub.add_edges_from(sorted(simple.subgraph(part).edges))
        coords = _component_layout(sub, seed) * radius
        cx, cy = x + size / 2, y + size / 2
        for node, (px, py) in zip(part, coords):
            out[node] = (px + cx, py + cy)
        x += size
        row_height = max(row_height, size)
    _separate(out, _radii(net) if sizes is None else {n: float(sizes[n]) for n in out})
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (int(round(px - mx)), int(round(py - my))) for node, (px, py) in out.items()}


MARGIN = 4.0     # pixels left between two nodes' discs
PASSES = 12      # rounds of pushing apart (most maps need two or three)


def _radii(net: nx.Graph) -> dict[str, float]:
    """The drawn radius of each node when sized by degree (as :func:`kg.viz.stats.node_sizes`)."""
    return {str(n): float(min(45, round(10 + 5 * math.sqrt(net.degree(n))))) for n in net.nodes}


def _separate(points: dict[str, tuple[float, float]], radii: dict[str, float]) -> None:
    """Push apart, in place, nodes whose discs overlap, each by half of what is missing: a
    force layout evened out may draw a small node over a hub, which then cannot be clicked.
    Neighbours are found in a grid of cells as wide as the largest pair needs; the order is
    fixed (sorted names), so the result is too."""
    if len(points) < 2:
        return
    cell = 2 * max(radii.values()) + MARGIN
    nodes = sorted(points)
    pos = {n: list(points[n]) for n in nodes}
    for _ in range(PASSES):
        grid: dict[tuple[int, int], list[str]] = {}
        for n in nodes:
            grid.setdefault((int(pos[n][0] // cell), int(pos[n][1] // cell)), []).append(n)
        moved = False
        for k, n in enumerate(nodes):
            cx, cy = int(pos[n][0] // cell), int(pos[n][1] // cell)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for other in grid.get((gx, gy), ()):
                        if other <= n:
                            continue
                        dx, dy = pos[other][0] - pos[n][0], pos[other][1] - pos[n][1]
                        need = radii[n] + radii[other] + MARGIN
                        dist = math.hypot(dx, dy)
                        if dist >= need:
                            continue
                        if dist < 1e-6:      # the same point: apart along an angle of the pair
                            angle = (k * 2.399963) % (2 * math.pi)
                            dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
                        push = (need - dist) / 2 / dist
                        pos[n][0] -= dx * push
                        pos[n][1] -= dy * push
                        pos[other][0] += dx * push
                        pos[other][1] += dy * push
                        moved = True
        if not moved:
            break
    for n in nodes:
        points[n] = (pos[n][0], pos[n][1])
