"""A spaCy tokenizer that splits Russian text with razdel, as natasha does.

Using the same tokenizer as natasha keeps its tokens and ours aligned one to one; runs of
whitespace other than a single space become whitespace tokens, so ``doc.text`` is the input.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> nlp.tokenizer = RazdelTokenizer(nlp.vocab)
>>> [t.text for t in nlp("Губернатор В.Шапша, депутат ГД.")]
['Губернатор', 'В', '.', 'Шапша', ',', 'депутат', 'ГД', '.']
"""
from __future__ import annotations

from razdel import tokenize
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

__all__ = ["RazdelTokenizer"]


class RazdelTokenizer:
    """Callable ``text -> Doc`` built on ``razdel.tokenize``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = [token.text for token in tokenize(text)]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy calls these when a pipeline is saved or loaded; the tokenizer has no state.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> "RazdelTokenizer":
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> "RazdelTokenizer":
        return self
