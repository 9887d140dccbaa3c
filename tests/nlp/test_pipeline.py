"""kg.nlp.pipeline and kg.nlp.models: one pipeline, models loaded once."""
from __future__ import annotations

import doctest
import importlib

import pytest

from kg.nlp import make_pipeline
from kg.nlp.models import load_models


def test_pipe_names(nlp):
    assert nlp.pipe_names == ["kg_natasha", "kg_lexicon"]
    assert nlp.lang == "ru"


def test_pipeline_and_models_are_cached(nlp):
    assert make_pipeline() is nlp
    assert load_models() is load_models()
    assert nlp.get_pipe("kg_natasha").models is load_models()


def test_every_doc_has_ner_and_lexicon_spans(nlp):
    doc = nlp("Губернатор Калужской области Владислав Шапша открыл форум.")
    assert "ner" in doc.spans and "lexicon" in doc.spans
    assert doc.has_annotation("SENT_START")
    assert doc.has_annotation("LEMMA") and doc.has_annotation("POS") and doc.has_annotation("MORPH")


def test_pipe_over_many_texts(nlp):
    texts = ["Губернатор отметил, что регион развивается.", "", "Калуга.\n\nТекст."]
    docs = list(nlp.pipe(texts))
    assert [d.text for d in docs] == texts


@pytest.mark.parametrize("name", ["kg.nlp.normal", "kg.nlp.tokenizer", "kg.nlp.pipeline",
                                  "kg.nlp.lexicon", "kg.nlp.natasha_component", "kg.nlp.models",
                                  "kg.nlp.forward", "kg.nlp.viterbi"])
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_loading_the_models_prints_no_warnings():
    """pymorphy2 imports the deprecated pkg_resources when natasha's MorphVocab is made;
    kg.nlp.models means to silence that, so `kg build` prints only its own lines."""
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-c",
                           "from kg.nlp.models import load_models; load_models()"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
