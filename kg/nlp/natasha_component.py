"""The ``kg_natasha`` component: natasha's morphology and NER on a Doc.

It sets ``token.lemma_``, ``token.pos_``, ``token.morph``, ``token.norm_`` (the lemma as
:func:`~kg.nlp.normal.lemma_key`, which the lexicon rules match on) and ``doc.spans["ner"]``
(PER, LOC, ORG) with ``span._.normal`` (the nominative form). Tokens and sentences come from
:class:`~kg.nlp.tokenizer.RazdelTokenizer`, which segments as natasha does, so both models run
on our tokens directly, each word encoded once for both (they share navec's vocabulary).
slovnet's syntax parser is not run: its heads have cycles and mis-attach appositions, and
the rules do not need it (it cost a third of natasha's time).
"""
from __future__ import annotations

from slovnet.shape import word_shape
from spacy.language import Language
from spacy.tokens import Doc, Span

from .models import NatashaModels, load_models
from .normal import Normalizer, abbreviation_key, lemma_key

__all__ = ["NatashaComponent"]

if not Span.has_extension("normal"):
    Span.set_extension("normal", default=None)


class NatashaComponent:
    """Annotates a Doc with natasha; the Doc's tokens must come from razdel."""

    def __init__(self, models: NatashaModels) -> None:
        self.models = models
        self.normalizer = Normalizer(models.morph_vocab)
        self._tags: dict[tuple, tuple[str, str, str, str]] = {}   # (word, tag) → tags
        self._codes: dict[str, tuple[int, int]] = {}                # word → (word id, shape id)
        encoder = models.morph_tagger.infer.encoder
        self._words_vocab, self._shapes_vocab = encoder.words_vocab, encoder.shapes_vocab
        ner = models.ner_tagger.infer.encoder      # the same vocabularies in natasha 1.6
        self._ner_shares_codes = (ner.words_vocab.items == encoder.words_vocab.items
                                  and ner.shapes_vocab.items == encoder.shapes_vocab.items)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.text.strip():
            doc.spans["ner"] = []
            return doc
        self._tag_morphology(doc)
        spans = []
        for span in self._entities(doc):
            for part in _split_span(span):
                part._.normal = self.normalizer.name(part) if part.label_ == "PER" \
                    else self.normalizer.phrase(part)
                spans.append(part)
        doc.spans["ner"] = spans
        return doc

    def _entities(self, doc: Doc) -> list[Span]:
        """natasha's NER spans, tagged on the Doc's own words.

        natasha tags a whole text as one sequence of razdel tokens, which are the Doc's
        words (whitespace tokens aside), so the model gets the same input without razdel
        running again and the spans need no search for their words in the text."""
        tokens = [token for token in doc if not token.is_space]
        if not tokens:
            return []
        infer = self.models.ner_tagger.infer
        words = [token.text for token in tokens]
        if self._ner_shares_codes:
            item = tuple(zip(*self._encode(words)))
        else:
            item = infer.encoder.item(words)
        batch = infer.encoder.input([item])
        tags = next(infer.decoder(infer.process([batch])))
        spans: list[Span] = []
        label, start = None, 0
        for k, tag in enumerate(tags):          # BIO tags, read as slovnet's bio_spans does
            part, _, kind = tag.partition("-")
            if label is not None and part != "I":
                spans.append(Span(doc, tokens[start].i, tokens[k - 1].i + 1, label=label))
                label = None
            if part == "B":
                label, start = kind, k
        if label is not None:
            spans.append(Span(doc, tokens[start].i, tokens[-1].i + 1, label=label))
        return spans

    def _encode(self, words: list[str]) -> list[tuple[int, int]]:
        """(word id, shape id) of each word, as slovnet's encoders make them: the morphology
        and NER models share the navec vocabulary and the shapes."""
        codes = self._codes
        if len(codes) > _CACHE_LIMIT:
            codes.clear()
        out = []
        for word in words:
            code = codes.get(word)
            if code is None:
                code = codes[word] = (self._words_vocab.encode(word.lower()),
                                      self._shapes_vocab.encode(word_shape(word)))
            out.append(code)
        return out

    def _tag_morphology(self, doc: Doc) -> None:
        """POS, features, lemma and norm of every word, sentence by sentence.

        The tagger pads each batch to its longest sentence, so sentences go to it shortest
        first (the tags are the same; about 15% less time). Its tags are read as the
        strings slovnet decodes (``NOUN|Case=Nom|…``) and each (word, tag) is worked out
        once: natasha's and slovnet's per-token records cost as much as the tagging."""
        sentences = [words for words in ([t for t in sent if not t.is_space] for sent in doc.sents)
                     if words]
        order = sorted(range(len(sentences)), key=lambda k: len(sentences[k]))
        cache = self._tags
        if len(cache) > _CACHE_LIMIT:     # memory stays flat over a corpus
            cache.clear()
        for k, tags in zip(order, self._tag_strings([[t.text for t in sentences[k]] for k in order])):
            for token, tag in zip(sentences[k], tags):
                key = (token.text, tag)
                values = cache.get(key)
                if values is None:
                    values = cache[key] = self._work_out(token.text, tag)
                token.lemma_, token.norm_, token.pos_, morph = values
                if morph:
                    token.set_morph(morph)

    def norms(self, sentences: list[list[str]]) -> list[list[str]]:
        """The norms this component gives the words of each sentence, tagged as a whole: what
        the lexicon's rules will see for an ontology label written in a text («Тверская
        область» → тверской, область; «Афины» → афина), in one batch. A sentence with a verb
        form gets none («избранный» is lemmatised to «избрать», which every form of the verb
        has).

        >>> from kg.nlp.models import load_models
        >>> NatashaComponent(load_models()).norms([["Тверская", "область"], ["избранный"]])
        [['тверской', 'область'], []]
        """
        order = sorted((k for k in range(len(sentences)) if sentences[k]), key=lambda k: len(sentences[k]))
        out: list[list[str]] = [[] for _ in sentences]
        for k, tags in zip(order, self._tag_strings([sentences[k] for k in order])):
            worked = [self._work_out(word, tag) for word, tag in zip(sentences[k], tags)]
            if all(pos not in ("VERB", "AUX") for _, _, pos, _ in worked):
                out[k] = [norm for _, norm, _, _ in worked]
        return out

    def _tag_strings(self, items: list[list[str]]):
        """slovnet's morphology tags of each sentence (shortest first), as strings.

        Sentences go to the model in batches of similar length (:func:`similar_lengths`)
        rather than slovnet's fixed batches of 8, which pad short sentences to long ones."""
        infer = self.models.morph_tagger.infer
        encoder = infer.encoder
        encoded = [tuple(zip(*self._encode(words))) for words in items]
        inputs = (encoder.input(encoded[start:end]) for start, end in
                  similar_lengths([len(words) for words in items]))
        return infer.decoder(infer.process(inputs))

    def _work_out(self, word: str, tag: str) -> tuple[str, str, str, str]:
        """(lemma, norm, pos, morph) of a word with a slovnet tag."""
        pos, _, rest = tag.partition("|")
        feats = dict(part.split("=", 1) for part in rest.split("|")) if rest else {}
        lemma = self.models.morph_vocab.lemmatize(word, pos, feats) or word
        morph = "|".join(f"{name}={value}" for name, value in sorted(feats.items()))
        return lemma, abbreviation_key(word) or lemma_key(lemma), pos or "X", morph


_CACHE_LIMIT = 200_000


def similar_lengths(lengths: list[int], waste: float = 0.1, most: int = 32) -> list[tuple[int, int]]:
    """(start, end) batches of sorted ``lengths`` whose padding to their longest item adds
    at most ``waste`` of their tokens, of at most ``most`` items.

    >>> similar_lengths([2, 2, 3, 10, 11])
    [(0, 2), (2, 3), (3, 5)]
    """
    batches = []
    start = 0
    while start < len(lengths):
        end, total = start + 1, lengths[start]
        while end < len(lengths) and end - start < most:
            total += lengths[end]
            if lengths[end] * (end + 1 - start) > total * (1 + waste):
                break
            end += 1
        batches.append((start, end))
        start = end
    return batches


_OPEN = {"«", "„", "“", '"'}
_CLOSE = {"»", "“", "”", '"'}


def _split_span(span: Span) -> list[Span]:
    """NER spans cleaned: «Томас Винье (Thomas Vinje)» is two names, and so are the words on
    two sides of a line break; stray bullets, dashes and unpaired quotes at the edges are
    dropped; a span with no letters is no name."""
    doc = span.doc
    parts: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if token.text in ("(", ")", "•", "|", "/") or (token.is_space and "\n" in token.text):
            parts.append((start, token.i))      # a line break ends a name too («Заголовок\n\nabc»)
            start = token.i + 1
    parts.append((start, span.end))
    out = []
    for s, e in parts:
        s, e = _trimmed(doc, s, e)
        if e < len(doc) and doc[e].text == "»" and _open_guillemets(doc[s:e]) > 0:
            e += 1      # «АО «Завод „Ремпутьмаш“»»: natasha stops before the name's last quote
        if e > s and any(c.isalpha() for c in doc[s:e].text):
            out.append(Span(doc, s, e, label=span.label_))
    return out


def _open_guillemets(tokens: Span) -> int:
    """How many «…» quotes the tokens open and do not close."""
    texts = [t.text for t in tokens]
    return texts.count("«") - texts.count("»")


def _trimmed(doc, s: int, e: int) -> tuple[int, int]:
    """Tokens [s, e) without the marks at their edges; a quote stays at an edge only while the
    span holds its pair («ОАО «Газпром»» keeps both, «„ Шапша» is Шапша)."""
    while True:
        if s < e and not any(c.isalnum() for c in doc[s].text) and (
                doc[s].text not in _OPEN or not any(t.text in _CLOSE for t in doc[s + 1:e])):
            s += 1
        elif e > s and not any(c.isalnum() for c in doc[e - 1].text) and (
                doc[e - 1].text not in _CLOSE or not any(t.text in _OPEN for t in doc[s:e - 1])):
            e -= 1
        else:
            return s, e


@Language.factory("kg_natasha", assigns=["token.lemma", "token.pos", "token.morph",
                                            "token.norm", "doc.spans"])
def make_natasha(nlp: Language, name: str) -> NatashaComponent:
    """Factory: natasha's models load once per process (see :func:`load_models`)."""
    return NatashaComponent(load_models())
