"""Maps of the knowledge graph: the network projection and offline HTML pages.

>>> from kg.viz import graph_to_network, render_map
"""
from .map import render_map
from .project import graph_to_network

__all__ = ["render_map", "graph_to_network"]
