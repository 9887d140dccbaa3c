"""The ontology and gazetteer as data: each concept is written once."""
from __future__ import annotations

from collections import Counter

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.ontology import ontology_dir


def test_no_concept_has_two_preferred_labels_in_one_language():
    """Two blocks written for one IRI merge into one concept with two labels, classes and
    colours (body:settlement was «посёлок» and «поселение», post:commissioner «комиссар» and
    «уполномоченный»)."""
    graph = Graph()
    for name in ("kg.ttl", "gazetteer.ttl"):
        graph.parse(ontology_dir() / name)
    counts = Counter((subject, label.language) for subject, label in graph.subject_objects(SKOS.prefLabel))
    assert [key for key, n in counts.items() if n > 1] == []
