"""Viterbi decoding for slovnet's NER CRF, the same tags in half the time.

slovnet decodes a batch with about ten numpy calls per token (``np.indices`` and fancy
indexing to gather the best scores); natasha tags a whole article as one sequence, so that
loop costs 1.7 ms an article. This one makes four calls per token on the same float32
values in the same order (``(score + transitions) + emission``, first best on ties), so
the tags are identical (``tests/nlp/test_viterbi.py`` checks every devset article).

>>> import numpy as np
>>> transitions = np.zeros((2, 2), dtype="float32")
>>> emissions = np.array([[[1, 0], [0, 1], [2, 0]]], dtype="float32")
>>> [tags.tolist() for tags in decode(transitions, emissions, np.ones((1, 3), dtype=bool))]
[[0, 1, 0]]
"""
from __future__ import annotations

import numpy as np

__all__ = ["decode", "use_fast_decoding"]


def decode(transitions: np.ndarray, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """The best tag sequence of each item of a batch: ``emissions`` is batch × tokens × tags,
    ``mask`` batch × tokens (True on real tokens, which come first).

    Each step adds into one preallocated previous × current array and reads the best scores
    at their argmax rather than taking the max again (0.86 → 0.74 ms a devset article)."""
    count = transitions.shape[0]
    scores = np.empty((count, count), dtype=np.result_type(transitions, emissions))
    columns = np.arange(count)
    add = np.add
    batch = []
    for item in range(emissions.shape[0]):
        size = int(mask[item].sum())
        rows = emissions[item]
        score = rows[0]
        history = []
        for index in range(1, size):
            add(score[:, None], transitions, out=scores)     # previous × current
            add(scores, rows[index], out=scores)
            best = scores.argmax(0)
            history.append(best)
            score = scores[best, columns]
        best = score.argmax()
        tags = [best]
        for indexes in reversed(history):
            best = indexes[best]
            tags.append(best)
        tags.reverse()
        batch.append(np.array(tags))
    return batch


def use_fast_decoding(ner_tagger) -> None:
    """Make a natasha ``NewsNERTagger`` decode with :func:`decode`."""
    crf = ner_tagger.infer.model.head.crf
    transitions = crf.transitions.array
    crf.decode = lambda emissions, mask: decode(transitions, emissions, mask)
