"""The graph stage: extractions → RDF named graphs (see ``docs/data-model.md``)."""
from .builder import GraphBuilder, new_graph
from .iris import article_iri, entity_iri, slug

__all__ = ["GraphBuilder", "new_graph", "article_iri", "entity_iri", "slug"]
