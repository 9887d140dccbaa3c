"""Namespaces whose terms are made once.

rdflib makes a new ``URIRef`` on every attribute access of a namespace (``SCHEMA.name``),
and a dict look-up with a new, equal key compares the two in Python. The map asks the
graph hundreds of thousands of such questions over a corpus, so its modules read terms
through :class:`Terms`: each term is made once, and :data:`INTERNED` lets
:class:`kg.viz.lookup.TripleIndex` key its dicts by these very objects, so that a
look-up finds its key by identity.

>>> from kg.vocab import SCHEMA
>>> schema = Terms(SCHEMA)
>>> schema.name is schema.name, schema.name == SCHEMA.name
(True, True)
"""
from __future__ import annotations

from typing import Any

from rdflib import URIRef

__all__ = ["Terms", "INTERNED", "intern"]

#: Every term a :class:`Terms` has made, keyed by itself.
INTERNED: dict[URIRef, URIRef] = {}


def intern(term: Any) -> Any:
    """The interned object equal to ``term`` (``term`` itself if there is none)."""
    return INTERNED.get(term, term)


class Terms:
    """A namespace (rdflib ``Namespace`` or ``DefinedNamespace``) that makes each term once."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        term = INTERNED.setdefault(term, term)
        setattr(self, name, term)        # found in __dict__ from now on
        return term

    def __repr__(self) -> str:
        return f"Terms({self._namespace!r})"
