"""A spaCy tokenizer that segments Russian text with razdel, as natasha does.

Tokens come from ``razdel.tokenize`` and sentences from ``razdel.sentenize`` (natasha's
``Segmenter`` runs the same two), so natasha's models see exactly our tokens and nothing is
segmented twice. Runs of whitespace other than a single space become whitespace tokens, so
``doc.text`` is the input; sentence starts are set when the Doc is made.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> nlp.tokenizer = RazdelTokenizer(nlp.vocab)
>>> doc = nlp("Губернатор В.Шапша, депутат ГД. Он выступил.")
>>> [t.text for t in doc][:8]
['Губернатор', 'В', '.', 'Шапша', ',', 'депутат', 'ГД', '.']
>>> [s.text for s in doc.sents]
['Губернатор В.Шапша, депутат ГД.', 'Он выступил.']
"""
from __future__ import annotations

import re

from razdel import sentenize, tokenize
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["RazdelTokenizer", "segment"]

_BLANK_LINE = re.compile(r"\n[ \t\r\xa0]*\n\s*")


def _after_semicolon(text: str, start: int) -> bool:
    """razdel starts a sentence after «;»; an enumeration «А — министр; Б — депутат» is one."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] == ";"


_SHORT_QUOTE = 60   # characters of a «…» that is a name, not a quoted speech


def _inside_short_quote(text: str, start: int) -> bool:
    """razdel starts a sentence inside a name in quotes with a full stop in it («Иннопром.
    Центральная Азия»); a short «…» on one line is one sentence.

    >>> _inside_short_quote("выставка «Иннопром. Центральная Азия» в Ташкенте", 20)
    True
    """
    opening = text.rfind("«", 0, start)
    closing = text.find("»", start)
    return (opening >= 0 and closing >= 0 and closing - opening <= _SHORT_QUOTE
            and "»" not in text[opening:start] and "«" not in text[start:closing]
            and "\n" not in text[opening:closing])


def segment(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """Words, trailing-space flags and sentence-start flags of ``text``, as spaCy's
    ``Doc(words=, spaces=, sent_starts=)`` takes them.

    A sentence starts at the first token at or after a razdel sentence's start (not one razdel
    starts after «;» or inside a short name in quotes), or after a blank line (razdel runs a
    title or a heading with no full stop into the paragraph after it); whitespace tokens never
    start one.

    >>> segment("Да.  Нет")
    (['Да', '.', ' ', 'Нет'], [False, True, False, False], [True, False, False, True])
    >>> segment("Заголовок\\n\\nТекст")[2]
    [True, False, True]
    """
    razdels = {sent.start for sent in sentenize(text)
               if not _after_semicolon(text, sent.start) and not _inside_short_quote(text, sent.start)}
    sentence_starts = sorted(razdels | {m.end() for m in _BLANK_LINE.finditer(text)}) if text else []
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    position = 0
    next_sentence = 0

    def whitespace(gap: str) -> None:
        """One space after a word is its trailing space; any other run is a token."""
        if gap[0] == " " and words and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            starts.append(False)

    for token in tokenize(text):
        if token.start > position:
            whitespace(text[position:token.start])
        new_sentence = False
        while next_sentence < len(sentence_starts) and sentence_starts[next_sentence] <= token.start:
            new_sentence = True
            next_sentence += 1
        words.append(token.text)
        spaces.append(False)
        starts.append(new_sentence)
        position = token.stop
    if position < len(text):
        whitespace(text[position:])
    if starts and not starts[0]:
        starts[0] = True
    return words, spaces, starts


class RazdelTokenizer:
    """Callable ``text -> Doc`` built on razdel's tokens and sentences."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = segment(text)
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)

    # spaCy calls these when a pipeline is saved or loaded; the tokenizer has no state.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> "RazdelTokenizer":
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> "RazdelTokenizer":
        return self
