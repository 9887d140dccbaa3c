"""The ``kg_natasha`` component: natasha's morphology, syntax, NER and sentences on a Doc.

It sets ``token.lemma_``, ``token.pos_``, ``token.morph``, ``token.norm_`` (the lemma as
:func:`~kg.nlp.normal.lemma_key`, which the lexicon rules match on), sentence starts,
``token._.syn_head`` / ``token._.syn_rel`` (slovnet's head and relation: kept as hints only,
since the parse has cycles and mis-attached appositions) and ``doc.spans["ner"]`` (PER, LOC,
ORG) with ``span._.normal`` (the nominative form).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .models import NatashaModels, load_models
from .normal import Normalizer, abbreviation_key, lemma_key

__all__ = ["NatashaComponent"]

for _name in ("syn_head", "syn_rel"):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=None)
if not Span.has_extension("normal"):
    Span.set_extension("normal", default=None)


class NatashaComponent:
    """Annotates a Doc with natasha; the Doc's tokens must come from razdel."""

    def __init__(self, models: NatashaModels) -> None:
        self.models = models
        self.normalizer = Normalizer(models.morph_vocab)
        self._lemmas: dict[tuple, str] = {}    # (word, pos, feats) → lemma; grows with the vocabulary

    def __call__(self, doc: Doc) -> Doc:
        from natasha import Doc as NatashaDoc

        text = doc.text                   # spaCy joins the tokens on every access
        if not text.strip():              # slovnet's parser fails on empty input
            doc.spans["ner"] = []
            return doc

        ndoc = NatashaDoc(text)
        ndoc.segment(self.models.segmenter)
        ndoc.tag_morph(self.models.morph_tagger)
        ndoc.parse_syntax(self.models.syntax_parser)
        ndoc.tag_ner(self.models.ner_tagger)

        by_start = {token.idx: token.i for token in doc}
        for token in doc:
            token.is_sent_start = token.i == 0
        for sent in ndoc.sents:
            index: dict[str, int] = {}
            for k, ntoken in enumerate(sent.tokens):
                i = by_start.get(ntoken.start)
                if i is None:
                    span = doc.char_span(ntoken.start, ntoken.stop, alignment_mode="expand")
                    if span is None:
                        continue
                    i = span.start
                index[ntoken.id] = i
                token = doc[i]
                if k == 0 and i > 0:
                    token.is_sent_start = True
                key = (ntoken.text, ntoken.pos, tuple(sorted((ntoken.feats or {}).items())))
                lemma = self._lemmas.get(key)
                if lemma is None:
                    ntoken.lemmatize(self.models.morph_vocab)
                    lemma = self._lemmas[key] = ntoken.lemma or ntoken.text
                token.lemma_ = lemma
                token.norm_ = abbreviation_key(token.text) or lemma_key(token.lemma_)
                token.pos_ = ntoken.pos or "X"
                if ntoken.feats:
                    token.set_morph("|".join(f"{k_}={v}" for k_, v in sorted(ntoken.feats.items())))
                token._.syn_rel = ntoken.rel
            for ntoken in sent.tokens:
                i = index.get(ntoken.id)
                if i is not None:
                    doc[i]._.syn_head = index.get(ntoken.head_id)

        spans = []
        for nspan in ndoc.spans:
            span = doc.char_span(nspan.start, nspan.stop, label=nspan.type,
                                 alignment_mode="expand")
            if span is None:
                continue
            for part in _split_span(span):
                part._.normal = self.normalizer.name(part) if part.label_ == "PER" \
                    else self.normalizer.phrase(part)
                spans.append(part)
        doc.spans["ner"] = spans
        return doc


_OPEN = {"«", "„", "“", '"'}
_CLOSE = {"»", "“", "”", '"'}


def _split_span(span: Span) -> list[Span]:
    """NER spans cleaned: «Томас Винье (Thomas Vinje)» is two names; stray bullets and
    dashes at the edges are dropped; a span with no letters is no name."""
    doc = span.doc
    parts: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if token.text in ("(", ")", "•", "|", "/"):
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    out = []
    for s, e in parts:
        while s < e and not any(c.isalnum() for c in doc[s].text) and doc[s].text not in _OPEN:
            s += 1
        while e > s and not any(c.isalnum() for c in doc[e - 1].text) and doc[e - 1].text not in _CLOSE:
            e -= 1
        if e > s and any(c.isalpha() for c in doc[s:e].text):
            out.append(Span(doc, s, e, label=span.label_))
    return out


@Language.factory("kg_natasha", assigns=["token.lemma", "token.pos", "token.morph",
                                            "token.norm", "doc.sents", "doc.spans"])
def make_natasha(nlp: Language, name: str) -> NatashaComponent:
    """Factory: natasha's models load once per process (see :func:`load_models`)."""
    return NatashaComponent(load_models())
