"""kg: Russian government news → a knowledge graph of officials, bodies and events.

Stages, data flowing one way: :mod:`kg.read` → :mod:`kg.nlp` → :mod:`kg.extract` →
:mod:`kg.graph` → :mod:`kg.store` → :mod:`kg.viz`; :mod:`kg.cli` drives them.
"""
__version__ = "0.1.0"
__all__ = ["__version__"]
