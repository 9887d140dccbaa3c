"""kg.nlp.viterbi: slovnet's CRF tags, decoded faster."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from kg.nlp.viterbi import decode

DEVSET = Path(os.environ.get("KG_EVAL", Path(__file__).resolve().parents[2].parent / "shared" / "eval")) \
    / "factrueval-2016.dev.jsonl"


@pytest.fixture(scope="module")
def slovnet_ner():
    """A NER tagger as natasha makes it, decoding with slovnet's own CRF."""
    from natasha import NewsEmbedding, NewsNERTagger
    return NewsNERTagger(NewsEmbedding())


def _emissions(tagger, texts):
    from slovnet.exec.infer import text_words
    infer = tagger.infer
    for words in (text_words(text) for text in texts):
        for batch in infer.encoder([words]):
            yield infer.model(batch.word_id, batch.shape_id, batch.pad_mask), ~batch.pad_mask


def _same(ours, theirs) -> bool:
    return len(ours) == len(theirs) and all(a.tolist() == list(b) for a, b in zip(ours, theirs))


def test_same_tags_as_slovnet_on_real_articles(slovnet_ner, seed_text):
    texts = [seed_text]
    if DEVSET.is_file():
        texts += [json.loads(line)["text"] for line in DEVSET.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    crf = slovnet_ner.infer.model.head.crf
    for emissions, mask in _emissions(slovnet_ner, texts):
        assert _same(decode(crf.transitions.array, emissions, mask), crf.decode(emissions, mask))


def test_same_tags_on_ties_and_padded_batches(slovnet_ner):
    """Integer scores make many ties: the first best wins in both; padded items stop at
    their own length."""
    crf = slovnet_ner.infer.model.head.crf
    transitions = crf.transitions.array
    tags = transitions.shape[0]
    rng = np.random.default_rng(7)
    for _ in range(50):
        batch, length = int(rng.integers(1, 5)), int(rng.integers(1, 30))
        emissions = rng.integers(-2, 3, size=(batch, length, tags)).astype("float32")
        sizes = rng.integers(1, length + 1, size=batch)
        mask = np.arange(length)[None, :] < sizes[:, None]
        assert _same(decode(transitions, emissions, mask), crf.decode(emissions, mask))


def test_the_pipeline_uses_it():
    from kg.nlp.models import load_models
    crf = load_models().ner_tagger.infer.model.head.crf
    assert "decode" in vars(crf)
