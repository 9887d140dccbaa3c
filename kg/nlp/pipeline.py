"""The spaCy pipeline: ``spacy.blank("ru")`` + razdel + natasha + ontology rules."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import lexicon as _lexicon  # noqa: F401  (registers kg_lexicon)
from . import natasha_component as _natasha  # noqa: F401  (registers kg_natasha)
from .tokenizer import RazdelTokenizer

__all__ = ["make_pipeline"]


@lru_cache(maxsize=2)
def make_pipeline(ontology_folder: str = "") -> Language:
    """The pipeline, built once per process and ontology folder.

    >>> nlp = make_pipeline()
    >>> nlp.pipe_names
    ['kg_natasha', 'kg_lexicon']
    """
    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    nlp.add_pipe("kg_natasha")
    nlp.add_pipe("kg_lexicon", config={"ontology_folder": ontology_folder})
    return nlp
