"""natasha's models, loaded once per process.

natasha ships its slovnet NER, morphology and syntax models and navec embeddings in the
wheel, so loading never touches the network (about 1 s, ~330 MB).
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NatashaModels", "load_models"]


@dataclass(frozen=True)
class NatashaModels:
    """The natasha tools one pipeline needs."""

    segmenter: object
    morph_vocab: object
    morph_tagger: object
    syntax_parser: object
    ner_tagger: object


@lru_cache(maxsize=1)
def load_models() -> NatashaModels:
    """Load natasha's models; later calls in the same process return the same object."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymorphy2 imports pkg_resources
        from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                             NewsSyntaxParser, Segmenter)
        embedding = NewsEmbedding()

        class SafeMorphVocab(MorphVocab):
            """pymorphy2 raises ValueError on characters without a Unicode name ('𗀀'):
            such a word has no parses."""

            @lru_cache(10000)
            def parse(self, word: str) -> list:
                try:
                    return MorphVocab.parse(self, word)
                except ValueError:
                    return []

            __call__ = parse

        return NatashaModels(
            segmenter=Segmenter(),
            morph_vocab=SafeMorphVocab(),
            morph_tagger=NewsMorphTagger(embedding),
            syntax_parser=NewsSyntaxParser(embedding),
            ner_tagger=NewsNERTagger(embedding),
        )
