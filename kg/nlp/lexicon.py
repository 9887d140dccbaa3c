"""The ``kg_lexicon`` component: rules on lemmas built from the ontology's Russian labels.

Every ``skos:prefLabel``/``skos:altLabel``@ru of a post, body or event type, speech act or
status, every gazetteer name and every region adjective becomes a token pattern on lemmas
(``NORM``, which ``kg_natasha`` sets to the lemma); abbreviations in capitals match
case-sensitively on the text. Matches go to ``doc.spans["lexicon"]`` with the kind as label
(``POST``, ``BODY``, ``EVENT``, ``SPEECH``, ``STATUS``, ``GAZ``, ``ADJ``) and the concept or
entity IRI as ``kb_id_``. Overlapping matches are all kept; extraction chooses.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from razdel import tokenize
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..ontology import Ontology, load_ontology
from .models import load_models
from .normal import Normalizer, abbreviation_key, lemma_key

__all__ = ["Lexicon", "LexiconEntry", "LexiconComponent", "longest"]

NOT = "NOT"   # kg:notPattern: a phrase in which a concept's word is not that concept
KIND_OF_SCHEME = {"post": "POST", "body": "BODY", "event": "EVENT", "speech": "SPEECH",
                  "status": "STATUS"}


@dataclass(frozen=True, order=True)
class LexiconEntry:
    """One pattern: its kind, the IRI it stands for and the token constraints."""

    kind: str
    iri: str
    pattern: tuple[tuple[str, str], ...]   # ((attribute, value), …): ("NORM", "губернатор")


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _pattern(label: str, normalizer: Normalizer) -> tuple[tuple[str, str], ...]:
    pattern = []
    for token in tokenize(label):
        word = token.text
        if _is_abbreviation(word) and abbreviation_key(word):
            pattern.append(("NORM", abbreviation_key(word)))
        elif word.isalpha():
            pattern.append(("NORM", normalizer.lemma(word)))
        else:
            pattern.append(("NORM", lemma_key(word)))
    return tuple(pattern)


class Lexicon:
    """All patterns of an ontology, built once.

    Each label gets the pattern of its words' dictionary forms, and, with ``tagger`` (a
    callable giving the norms natasha's tagger gives the words of each label read as a
    sentence, :meth:`NatashaComponent.norms`), the pattern of those norms too, where they
    differ: a lone word's dictionary form is not always the tagger's in a text («Тверская»
    alone is «тверская», in «Тверская область» «тверской»; «Минприроды», «Львов»)."""

    def __init__(self, ontology: Ontology, normalizer: Normalizer,
                 tagger: Callable[[list[list[str]]], list[list[str]]] | None = None) -> None:
        entries: set[LexiconEntry] = set()
        labelled: list[tuple[str, str, str]] = []     # (kind, iri, label) read as text
        for concept in ontology.concepts.values():
            kind = KIND_OF_SCHEME[concept.scheme]
            for label in concept.labels + concept.patterns:
                entries.add(LexiconEntry(kind, str(concept.iri), _pattern(label, normalizer)))
            labelled += [(kind, str(concept.iri), label) for label in concept.labels]
            for phrase in concept.not_patterns:
                entries.add(LexiconEntry(NOT, str(concept.iri), _pattern(phrase, normalizer)))
        for entity in ontology.entities.values():
            for label in entity.labels:
                entries.add(LexiconEntry("GAZ", str(entity.iri), _pattern(label, normalizer)))
            labelled += [("GAZ", str(entity.iri), label) for label in entity.labels]
            for adjective in entity.adjectives:
                entries.add(LexiconEntry("ADJ", str(entity.iri), _pattern(adjective, normalizer)))
        if tagger is not None:
            words = [[token.text for token in tokenize(label)] for _, _, label in labelled]
            for (kind, iri, _), norms in zip(labelled, tagger(words)):
                entries.add(LexiconEntry(kind, iri, tuple(("NORM", norm) for norm in norms)))
        self.entries = sorted(e for e in entries if e.pattern)

    def matchers(self, vocab: object) -> tuple[PhraseMatcher, Matcher]:
        """A PhraseMatcher on lemmas for the word sequences (fast, most patterns) and a
        Matcher for patterns with abbreviations in capitals."""
        phrases = PhraseMatcher(vocab, attr="NORM")
        tokens = Matcher(vocab)
        by_key: dict[str, list] = {}
        for entry in self.entries:
            key = f"{entry.kind}|{entry.iri}"
            if all(attr == "NORM" for attr, _ in entry.pattern):
                words = [value for _, value in entry.pattern]
                pattern = Doc(vocab, words=words)
                for token, word in zip(pattern, words):
                    token.norm_ = word    # spaCy's own NORM of «, » or — is not the word
                by_key.setdefault(key, []).append(pattern)
            else:
                tokens.add(key, [[{"ORTH": {"IN": value.split("|")}} if attr == "ORTH_IN"
                                  else {attr: value} for attr, value in entry.pattern]])
        for key, docs in by_key.items():
            phrases.add(key, docs)
        return phrases, tokens


class LexiconComponent:
    """Finds ontology terms in a Doc annotated by ``kg_natasha``."""

    def __init__(self, vocab: object, lexicon: Lexicon, normalizer: Normalizer) -> None:
        self.lexicon = lexicon
        self.phrase_matcher, self.matcher = lexicon.matchers(vocab)
        self.normalizer = normalizer
        self.single: dict[str, dict[str, str]] = {}
        for entry in lexicon.entries:
            if len(entry.pattern) == 1 and entry.pattern[0][0] == "NORM":
                self.single.setdefault(entry.kind, {}).setdefault(entry.pattern[0][1], entry.iri)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        matches = list(self.phrase_matcher(doc))
        if len(self.matcher):
            matches += self.matcher(doc)
        for match_id, start, end in matches:
            kind, iri = doc.vocab.strings[match_id].split("|", 1)
            spans.append(Span(doc, start, end, label=kind, kb_id=iri))
        spans += self._compounds(doc)
        spans = _without_false_friends(spans)
        spans = [s for s in spans if s.label_ != "POST" or not _verb_in(s)]
        spans.sort(key=lambda s: (s.start, -s.end, s.label_, s.kb_id_))
        doc.spans["lexicon"] = spans
        return doc


    def _compounds(self, doc: Doc) -> list[Span]:
        """«экс-премьер»: a status and a post written as one hyphenated word."""
        found = []
        statuses, posts = self.single.get("STATUS", {}), self.single.get("POST", {})
        for token in doc:
            if "-" not in token.text:
                continue
            head, _, rest = token.text.partition("-")
            status = statuses.get(lemma_key(head))
            if not status or not rest:
                continue
            # the tagger's lemma of the whole word first: «Экс-премьера» → «экс-премьер»
            # (alone, «премьера» is a première)
            tagged = lemma_key(token.lemma_).partition("-")[2]
            post = posts.get(tagged) or posts.get(self.normalizer.lemma(rest))
            if post:
                found.append(Span(doc, token.i, token.i + 1, label="STATUS", kb_id=status))
                found.append(Span(doc, token.i, token.i + 1, label="POST", kb_id=post))
        return found


def _verb_in(span: Span) -> bool:
    """A finite verb, infinitive or gerund in a post's match: a participle label shares its
    lemma with the verb («управляющий», «командующий» → управлять, командовать), but «банком
    управлял Иван Петров» names no post."""
    return any(t.morph.get("VerbForm") and t.morph.get("VerbForm")[0] in ("Fin", "Inf", "Conv")
               for t in span)


def _without_false_friends(spans: list[Span]) -> list[Span]:
    """Drop a concept's match inside one of its ``kg:notPattern`` phrases («призовой фонд» is
    money, not a fund; «сотовый оператор» a company, not a post); the phrases themselves are
    no spans."""
    negative = [s for s in spans if s.label_ == NOT]
    if not negative:
        return spans
    return [s for s in spans if s.label_ != NOT and not any(
        n.kb_id_ == s.kb_id_ and n.start <= s.start and s.end <= n.end for n in negative)]


def longest(spans: list[Span], kinds: set[str] | None = None) -> list[Span]:
    """Non-overlapping spans of the given kinds, longest first (spaCy's ``filter_spans``)."""
    chosen = [s for s in spans if kinds is None or s.label_ in kinds]
    return sorted(filter_spans(chosen), key=lambda s: s.start)


@lru_cache(maxsize=4)
def build_lexicon(ontology_folder: str = "") -> Lexicon:
    """The lexicon of an ontology folder ("" = the default), cached per process."""
    from .natasha_component import NatashaComponent
    ontology = load_ontology(Path(ontology_folder) if ontology_folder else None)
    models = load_models()
    return Lexicon(ontology, Normalizer(models.morph_vocab), NatashaComponent(models).norms)


@Language.factory("kg_lexicon", assigns=["doc.spans"],
                  default_config={"ontology_folder": ""})
def make_lexicon(nlp: Language, name: str, ontology_folder: str) -> LexiconComponent:
    """Factory: ``ontology_folder`` "" means ``$KG_ONTOLOGY`` or the repository's ``ontology/``."""
    return LexiconComponent(nlp.vocab, build_lexicon(ontology_folder),
                            Normalizer(load_models().morph_vocab))
