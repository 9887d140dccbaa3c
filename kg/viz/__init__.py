"""Maps of the knowledge graph: the network projection, offline HTML pages, numbers.

>>> from kg.viz import graph_to_network, render_map
"""
from .find import find_node
from .map import render_map, render_network
from .project import graph_to_network

__all__ = ["render_map", "render_network", "graph_to_network", "find_node"]
