"""kg.nlp.natasha_component: lemmas, POS, morphology, sentences and NER from natasha."""
from __future__ import annotations

import pytest

from kg.graph.iris import slug


def ids(value):
    """Readable ASCII test ids for Russian parameters."""
    return slug(value)[:40] if isinstance(value, str) else None

SENTENCE = ("Вчера президент встретился с губернатором Калужской области Владиславом Шапшой. "
            "Они обсудили работу Государственной Думы.\nВстреча прошла в Калуге.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(SENTENCE)


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_doc_text_is_kept(doc):
    assert doc.text == SENTENCE


def test_lemmas_and_norms(doc):
    assert token(doc, "губернатором").lemma_ == "губернатор"
    assert token(doc, "встретился").lemma_ == "встретиться"
    assert token(doc, "Калужской").lemma_ == "калужский"
    assert token(doc, "Шапшой").lemma_ == "шапша"
    # NORM is the lemma as lemma_key (lowercase, ё → е): what the lexicon matches on
    for t in doc:
        if not t.is_space:
            assert t.norm_ == t.lemma_.lower().replace("ё", "е")


def test_pos_and_morphology(doc):
    gov = token(doc, "губернатором")
    assert gov.pos_ == "NOUN"
    assert gov.morph.get("Case") == ["Ins"]
    assert gov.morph.get("Number") == ["Sing"]
    assert token(doc, "Калужской").pos_ == "ADJ"
    assert token(doc, "Калужской").morph.get("Case") == ["Gen"]
    assert token(doc, "встретился").pos_ == "VERB"
    assert token(doc, "Владиславом").pos_ == "PROPN"


def test_sentences(doc):
    sents = [s.text.strip() for s in doc.sents]
    assert sents == [
        "Вчера президент встретился с губернатором Калужской области Владиславом Шапшой.",
        "Они обсудили работу Государственной Думы.",
        "Встреча прошла в Калуге.",
    ]


def test_tags_and_spans_equal_natashas_own_pipeline(nlp, seed_text):
    """Running the models on our tokens, shortest sentence first, changes nothing: every
    word's POS, features and lemma and every NER span are natasha's own (on the seed), run
    on each block between blank lines (where our sentences also end)."""
    import re

    from natasha import Doc as NatashaDoc, Segmenter

    from kg.nlp.models import load_models
    models = load_models()
    tokens, raw = [], set()
    starts = [0] + [m.end() for m in re.finditer(r"\n[ \t\r\xa0]*\n\s*", seed_text)]
    for start, end in zip(starts, starts[1:] + [len(seed_text)]):
        theirs = NatashaDoc(seed_text[start:end])
        theirs.segment(Segmenter())
        theirs.tag_morph(models.morph_tagger)
        theirs.tag_ner(models.ner_tagger)
        for t in theirs.tokens:
            t.lemmatize(models.morph_vocab)
            tokens.append((t.start + start, t.text, t.pos, t.feats, t.lemma))
        raw |= {(s.start + start, s.stop + start, s.type) for s in theirs.spans}
    ours = nlp(seed_text)
    words = [t for t in ours if not t.is_space]
    assert [(t.idx, t.text) for t in words] == [(start, text) for start, text, *_ in tokens]
    for mine, (_, _, pos, their_feats, lemma) in zip(words, tokens):
        feats = "|".join(f"{k}={v}" for k, v in sorted((their_feats or {}).items()))
        assert (mine.pos_, str(mine.morph), mine.lemma_) == (pos, feats, lemma)
    for span in ours.spans["ner"]:       # ours may be split at brackets, never moved
        assert any(a <= span.start_char and span.end_char <= b and label == span.label_
                   for a, b, label in raw)


def test_ner_spans_and_labels(doc):
    spans = {(s.text, s.label_) for s in doc.spans["ner"]}
    assert ("Владиславом Шапшой", "PER") in spans
    assert ("Калужской области", "LOC") in spans
    assert ("Калуге", "LOC") in spans
    assert any(label == "ORG" and "Думы" in text for text, label in spans)


def test_ner_normal_is_nominative(doc):
    normal = {s.text: s._.normal for s in doc.spans["ner"]}
    assert normal["Калужской области"] == "Калужская область"
    assert normal["Калуге"] == "Калуга"
    assert normal["Государственной Думы"] == "Государственная Дума"


@pytest.mark.parametrize("text, name, normal", [
    ("Вчера президент встретился с губернатором Калужской области Владиславом Шапшой.",
     "Владиславом Шапшой", "Владислав Шапша"),
    ("Губернатора Калужской области Владислава Шапшу поздравили с днём рождения.",
     "Владислава Шапшу", "Владислав Шапша"),
    ("Он поблагодарил Сергея Лаврова за поддержку.", "Сергея Лаврова", "Сергей Лавров"),
    ("Делегацию встретили вместе с Геннадием Скляром.", "Геннадием Скляром", "Геннадий Скляр"),
    ("Губернатор встретился с заместителем министра Александром Налбандовым.",
     "Александром Налбандовым", "Александр Налбандов"),
], ids=ids)
def test_person_normal_in_oblique_cases(nlp, text, name, normal):
    doc = nlp(text)
    spans = {s.text: s._.normal for s in doc.spans["ner"] if s.label_ == "PER"}
    assert name in spans, spans
    assert spans[name] == normal


def test_ner_spans_are_aligned_to_tokens(nlp):
    text = "Депутат Госдумы РФ Г.Скляр и директор АО «Калужский технопарк» Андрей Шпиленко."
    doc = nlp(text)
    for span in doc.spans["ner"]:
        assert text[span.start_char:span.end_char] == span.text
        assert span._.normal


def test_ner_span_takes_the_quote_that_closes_its_name(nlp):
    """natasha stops «АО «Калужский завод „Ремпутьмаш“» before the last quote; a span that opens
    a «…» and leaves it open takes the closing quote right after it."""
    doc = nlp("Соглашение подписали директор АО «Калужский завод „Ремпутьмаш“» Олег Кузнецов и другие.")
    assert "АО «Калужский завод „Ремпутьмаш“»" in [s.text for s in doc.spans["ner"] if s.label_ == "ORG"]


def test_empty_and_blank_texts(nlp):
    for text in ("", " ", "\n\n"):
        doc = nlp(text)
        assert doc.text == text
        assert list(doc.spans["ner"]) == []


def _devset_texts() -> list[str]:
    import json
    import os
    from pathlib import Path
    devset = Path(os.environ.get("KG_EVAL", Path(__file__).resolve().parents[2].parent / "shared"
                                 / "eval")) / "factrueval-2016.dev.jsonl"
    if not devset.is_file():
        return []
    return [json.loads(line)["text"] for line in devset.read_text(encoding="utf-8").splitlines()
            if line.strip()]


ODD_SPACES = ("Губернатор Калужской области Анатолий Артамонов{0}встретился с министром{0}"
              "Антоном Силуановым в Москве{0}.{0}«Газпром»{0}")


def test_ner_on_our_words_equals_natasha_on_the_text(nlp, seed_text):
    """The NER runs on the Doc's words instead of re-tokenising the text: every span of
    natasha's tagger, exactly, on the seed, every devset article and odd whitespace."""
    from kg.nlp.models import load_models
    tagger = load_models().ner_tagger
    component = nlp.get_pipe("kg_natasha")
    texts = [seed_text, *(ODD_SPACES.format(ch) for ch in
                          ("\u2028", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u0085", "\t\n", "\x1c"))]
    texts += _devset_texts()
    for text in texts:
        doc = nlp.make_doc(text)
        ours = [(s.start_char, s.end_char, s.label_) for s in component._entities(doc)]
        assert ours == [(s.start, s.stop, s.type) for s in tagger(text).spans], text[:80]


@pytest.mark.parametrize("text, spans", [
    # an opening quote with no pair in the span is no part of a name (fuzzing found «„ Шапша»
    # beside «Шапша»: two people of one IRI)
    ("Минпромторг отметил бывший : финансам заместитель экс- – финансам Шапша ( области "
     "встретился заявил „ Шапша и.о. Анна « \" ЦФО",
     [("Минпромторг", "ORG"), ("Шапша", "PER"), ("Шапша", "PER"), ("Анна", "PER"), ("ЦФО", "LOC")]),
    # a quoted name keeps its quotes when it holds both
    ("Генеральный директор ОАО «Газпром» Алексей Миллер выступил.",
     [("ОАО «Газпром»", "ORG"), ("Алексей Миллер", "PER")]),
])
def test_unpaired_quotes_at_the_edges_are_dropped(nlp, text, spans):
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["ner"]] == spans


def test_a_line_break_ends_a_name(nlp):
    """«Заголовок\n\nabc» was one ORG across a blank line."""
    doc = nlp("Заголовок\n\nabc глава По")
    assert doc.spans["ner"] and not any("\n" in s.text for s in doc.spans["ner"])
