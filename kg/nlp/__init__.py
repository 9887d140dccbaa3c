"""The NLP stage: a spaCy pipeline on ``spacy.blank("ru")``.

razdel tokenizer → ``kg_natasha`` (morphology, syntax, NER, sentences) →
``kg_lexicon`` (rules on lemmas built from the ontology's Russian labels).
"""
from .lexicon import Lexicon, LexiconComponent
from .natasha_component import NatashaComponent
from .normal import Normalizer, lemma_key
from .pipeline import make_pipeline
from .tokenizer import RazdelTokenizer

__all__ = ["make_pipeline", "RazdelTokenizer", "NatashaComponent", "Lexicon",
           "LexiconComponent", "Normalizer", "lemma_key"]
