"""Imported by the ``forkserver`` of a ``kg build --jobs N`` pool before it forks workers:
the heavy imports and natasha's models (which do not depend on the ontology) are done once
and shared, copy-on-write, by every worker."""
try:  # a failure here only means each worker loads them itself
    import spacy  # noqa: F401
    import rdflib  # noqa: F401
    import pyshacl  # noqa: F401

    import kg.parallel  # noqa: F401
    import kg.extract  # noqa: F401
    import kg.graph  # noqa: F401
    import kg.store.validate  # noqa: F401
    import kg.viz  # noqa: F401
    from kg.nlp.models import load_models

    load_models()
    kg.parallel.settle()
except Exception:  # pragma: no cover
    pass
