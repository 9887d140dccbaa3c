"""kg.nlp.forward: slovnet's tagging networks, the same scores bit for bit."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from kg.nlp.forward import FastTagNet

DEVSET = Path(os.environ.get("KG_EVAL", Path(__file__).resolve().parents[2].parent / "shared" / "eval")) \
    / "factrueval-2016.dev.jsonl"


@pytest.fixture(scope="module")
def slovnet_taggers():
    """natasha's morphology and NER taggers as natasha makes them."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger
    embedding = NewsEmbedding()
    return {"morph": NewsMorphTagger(embedding), "ner": NewsNERTagger(embedding)}


def _texts(seed_text: str) -> list[str]:
    texts = [seed_text]
    if DEVSET.is_file():
        texts += [json.loads(line)["text"] for line in DEVSET.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return texts


def _batches(tagger, texts, size):
    """slovnet's own batches: each text's words as one item, ``size`` items padded together."""
    from slovnet.exec.infer import text_words
    yield from tagger.infer.encoder.__class__(
        tagger.infer.encoder.words_vocab, tagger.infer.encoder.shapes_vocab, size
    )([text_words(text) for text in texts])


@pytest.mark.parametrize("name", ["morph", "ner"])
@pytest.mark.parametrize("size", [1, 8])
def test_same_scores_as_slovnet_on_real_articles(slovnet_taggers, seed_text, name, size):
    """Whole articles as one item (as the NER runs) and eight to a padded batch."""
    model = slovnet_taggers[name].infer.model
    fast = FastTagNet(model)
    for batch in _batches(slovnet_taggers[name], _texts(seed_text), size):
        inputs = batch.word_id, batch.shape_id, batch.pad_mask
        assert np.array_equal(fast(*inputs), model(*inputs))


def test_same_scores_on_short_and_padded_items(slovnet_taggers):
    """One word, padding longer than the words, words the vocabulary lacks."""
    tagger = slovnet_taggers["morph"]
    fast = FastTagNet(tagger.infer.model)
    items = [["Да"], ["Губернатор", "Шапша", "xqzw", "."], ["ЦБ"] * 40]
    batch = tagger.infer.encoder.input([tagger.infer.encoder.item(words) for words in items])
    inputs = batch.word_id, batch.shape_id, batch.pad_mask
    assert batch.pad_mask[0].sum() == 39
    assert np.array_equal(fast(*inputs), tagger.infer.model(*inputs))


def test_the_pipeline_uses_it():
    from kg.nlp.models import load_models
    models = load_models()
    assert isinstance(models.morph_tagger.infer.model, FastTagNet)
    assert isinstance(models.ner_tagger.infer.model, FastTagNet)
    assert "decode" in vars(models.ner_tagger.infer.model.head.crf)   # the fast CRF decoder too
