"""natasha's models, loaded once per process.

natasha ships its slovnet NER and morphology models and navec embeddings in the wheel, so
loading never touches the network (about 1 s). The syntax model is not loaded: nothing uses it.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NatashaModels", "load_models"]


@dataclass(frozen=True)
class NatashaModels:
    """The natasha tools one pipeline needs."""

    morph_vocab: object
    morph_tagger: object
    ner_tagger: object


@lru_cache(maxsize=1)
def load_models() -> NatashaModels:
    """Load natasha's models; later calls in the same process return the same object."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymorphy2 imports pkg_resources
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger
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

        from .forward import use_fast_forward
        from .viterbi import use_fast_decoding
        ner_tagger = NewsNERTagger(embedding)
        use_fast_decoding(ner_tagger)        # the same tags, half the decoding time
        morph_tagger = NewsMorphTagger(embedding)
        for tagger in (morph_tagger, ner_tagger):
            use_fast_forward(tagger)         # the same scores with fewer copies
        return NatashaModels(
            morph_vocab=SafeMorphVocab(),
            morph_tagger=morph_tagger,
            ner_tagger=ner_tagger,
        )
