"""An annotated article as extraction sees it: the Doc, its sentences and span indexes."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from ..nlp.normal import Normalizer
from ..ontology import Ontology
from ..read import Article
from .model import Evidence

__all__ = ["Context", "QUOTES_OPEN", "QUOTES_CLOSE", "DASHES", "DATA_WORDS", "VISITING", "PLACE_CLASSES"]


# gazetteer places whose names are people's names too: «Владимир», «Королёв»
_PERSONS_NAMESAKES = ("body#city", "body#settlement")
# quotation marks that open and close a quoted name («Газпром», “Yandex”, „Лукойл“, "Весть")
QUOTES_OPEN = "«“\"„"
QUOTES_CLOSE = "»”\"“"
DASHES = ("—", "–", "-")
# the lemmas of «по данным Росстата», «по информации пресс-службы», «по сведениям …»
DATA_WORDS = frozenset({"данные", "информация", "сведения"})
# the lemmas of verbs of visiting («посетил завод», «объехал районы»)
VISITING = frozenset({"посетить", "посещать", "объехать"})
# ``kg:instanceClass`` values of body types that name places, not bodies («штат», «река»)
PLACE_CLASSES = {"https://schema.org/Place", "https://schema.org/BodyOfWater", "https://schema.org/Airport",
                 "https://schema.org/AdministrativeArea"}


@dataclass
class Context:
    """One article with its Doc; helpers shared by the extractors."""

    article: Article
    doc: Doc
    ontology: Ontology
    normalizer: Normalizer
    lexicon: dict[str, list[Span]] = field(default_factory=dict)  # kind → spans (all matches)
    memo: dict[str, object] = field(default_factory=dict)   # what rules compute once an article

    def __post_init__(self) -> None:
        by_kind: dict[str, list[Span]] = defaultdict(list)
        for span in self.doc.spans.get("lexicon", []):
            by_kind[span.label_].append(span)
        self.lexicon = dict(by_kind)
        # spaCy finds a token's sentence by scanning; extraction asks often, so index once
        self.sents: list[Span] = list(self.doc.sents)
        self._sent_of: list[int] = [0] * len(self.doc)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self._sent_of[i] = n
        self._ner: dict[str | None, list[Span]] = {}
        self.text: str = self.doc.text     # spaCy joins the tokens on every access
        # each ``doc[i]`` makes a new Token object: rules scan these lists for their cue
        # words and look at the few tokens that have one
        self.texts: list[str] = [token.text for token in self.doc]
        self.norms: list[str] = [token.norm_ for token in self.doc]

    def sent(self, i: int) -> Span:
        """The sentence of token ``i``."""
        return self.sents[self._sent_of[i]]

    # -- spans --------------------------------------------------------------------------
    def ner(self, label: str | None = None) -> list[Span]:
        found = self._ner.get(label)
        if found is None:
            countries = self._country_names()
            if "no_person" not in self.memo:
                self.memo["no_person"] = countries | self._quoted_body_names()
            no_person = self.memo["no_person"]
            spans = [self._as_a_source(s) for s in self.doc.spans.get("ner", [])]
            found = [self._after_place_word(self._after_place(self._after_body(s, countries)))
                     for s in spans
                     if (label is None or s.label_ == label)
                     and not (s.label_ == "PER" and (s.start, s.end) in no_person)]
            found = [s for s in map(self._after_post, found) if s is not None]
            sees = self.title_sees()     # («Митрополит Калужский и Боровский Климент»: no places)
            found = [s for s in found if s.label_ == "PER"
                     or not any(a <= s.start and s.end <= b for a, b in sees.items())]
            found = self._ner[label] = [self._surname_before_initials(s, found) for s in found]
        return found

    def _as_a_source(self, span: Span) -> Span:
        """natasha's one-word PER after «по данным», «по информации», «по сведениям» is the body
        that reports («По данным Калугастата, …»): an ORG, unless the article names a person of
        that surname."""
        i = span.start
        if span.label_ != "PER" or len(span) != 1 or i < 2 or self.norms[i - 2] != "по" \
                or self.norms[i - 1] not in DATA_WORDS:
            return span
        if any(other.label_ == "PER" and len(other) > 1 and self.norms[other.end - 1] == self.norms[i]
               for other in self.doc.spans.get("ner", [])):
            return span     # «По информации Ермакова» after «Юрий Ермаков»: the man
        found = self.memo.setdefault("sources", {})
        if i not in found:
            found[i] = Span(self.doc, i, span.end, label="ORG")
            found[i]._.normal = self.normalizer.phrase(found[i])
        return found[i]

    def _quoted_body_names(self) -> set[tuple[int, int]]:
        """Where the article repeats a name it gave in quotes right after a body-type word
        («центре «Кин-Топ»» … «сотрудничества с Кин-Топ»): natasha's PER there is the body."""
        texts, norms = self.texts, self.norms
        names = set()
        for span in self.lexicon.get("BODY", []):
            i = span.end
            if i < len(texts) and texts[i] in QUOTES_OPEN:
                close = next((j for j in range(i + 2, min(i + 5, len(texts))) if texts[j] in QUOTES_CLOSE), None)
                if close is not None and texts[i + 1][:1].isupper():
                    names.add(tuple(norms[i + 1:close]))
        found = set()
        for name in names:
            k = len(name)
            found |= {(i, i + k) for i in range(len(norms) - k + 1)
                      if tuple(norms[i:i + k]) == name and texts[i][:1].isupper()}
        return found

    def own_key(self, kind: str, name: str) -> str:
        """The key of a body only this article knows («депутатом парламента», «гимназии № 24»):
        its name does not make it one body across the corpus.

        >>> # ctx.own_key("org", "парламент") → "org:book_333 парламент"
        """
        return f"{kind}:{self.article.id} {name}"

    def _after_body(self, span: Span, bodies: set[tuple[int, int]]) -> Span:
        """natasha's PER «Аль-Кайды Усама бин Ладен» starts with a gazetteer body: the person
        is the rest («лидера Аль-Кайды Усамы бин Ладена»)."""
        if span.label_ != "PER":
            return span
        first = max((e for s, e in bodies if s == span.start and e < span.end), default=None)
        if first is None or not self.doc[first].text[:1].isupper():
            return span
        return self._person_span(first, span.end)

    def _after_place(self, span: Span) -> Span:
        """natasha's PER «Калуги Ольге Ивановой» («учителю школы № 5 Калуги Ольге Ивановой»)
        starts with a place the dictionary knows as nothing else: the person is the rest, when
        it starts with a given name. «Владимира Владимировича Путина» keeps its first word,
        which is a given name too."""
        if span.label_ != "PER" or len(span) < 3:
            return span
        first, second = self.doc[span.start], self.doc[span.start + 1]

        def tags(token: Token) -> set[str]:
            return {g for p in self.normalizer.morph_vocab(token.text.lower())[:4] for g in p.tag.grammemes}

        place = tags(first)
        if "Geox" in place and not place & {"Name", "Surn", "Patr"} \
                and second.text[:1].isupper() and "Name" in tags(second):
            return self._person_span(span.start + 1, span.end)
        return span

    def _after_place_word(self, span: Span) -> Span:
        """natasha's PER «Цзянсу Ма Синьжун» («вице-губернатор провинции Цзянсу Ма Синьжун»)
        right after a word for a kind of place («провинция», «штат», «префектура») starts with
        that place's name: the person is the rest, when the first word is no given name."""
        if span.label_ != "PER" or len(span) < 3 or span.start == 0:
            return span
        first = self.doc[span.start]
        word = next((b for b in self.lexicon.get("BODY", []) if b.end == span.start), None)
        if word is None or not first.is_alpha or not first.text[:1].isupper() or len(first) < 2 \
                or self.doc[span.start + 1].text == ".":
            return span      # (not the initials of «области В.В. Шапша»)
        concept = self.ontology.concepts.get(URIRef(word.kb_id_))
        if concept is None or str(concept.instance_class) not in PLACE_CLASSES:
            return span
        if any("Name" in p.tag.grammemes for p in self.normalizer.morph_vocab(first.text.lower())[:4]):
            return span
        return self._person_span(span.start + 1, span.end)

    def _after_post(self, span: Span) -> Span | None:
        """natasha's PER «Головой Калуги» («Городской Головой Калуги является …») starts inside a
        post the lexicon found begun before it: the person is the rest, and none when the rest
        is a place («Калуги») or nothing."""
        if span.label_ != "PER":
            return span
        post_end = max((p.end for p in self.lexicon.get("POST", []) if p.start < span.start < p.end),
                       default=None)
        if post_end is None:
            return span
        if all(i in self._gazetteer_tokens() for i in range(post_end, span.end)):
            return None
        return self._person_span(post_end, span.end)

    def _gazetteer_tokens(self) -> set[int]:
        """Tokens inside a gazetteer name (computed once)."""
        if "gazetteer tokens" not in self.memo:
            self.memo["gazetteer tokens"] = {i for g in self.lexicon.get("GAZ", []) for i in range(g.start, g.end)}
        return self.memo["gazetteer tokens"]

    def _surname_before_initials(self, span: Span, spans: list[Span]) -> Span:
        """natasha's PER «В.В» of «Шапша В.В. поручил» holds the initials alone: the surname
        before them is part of the name, when the article names that surname in another PER
        span or the dictionary knows it as one."""
        if span.label_ != "PER" or span.start == 0 or not all(
                t.text == "." or len(t.text) == 1 and t.text.isupper() for t in span):
            return span
        before = self.doc[span.start - 1]
        if not (before.text[:1].isupper() and before.text[1:].islower() and before.is_alpha):
            return span
        known = any(s is not span and s.label_ == "PER" and s[-1].text == before.text for s in spans)
        if not known and not any("Surn" in p.tag.grammemes for p in self.normalizer.morph_vocab(before.text.lower())[:3]):
            return span
        return self._person_span(span.start - 1, span.end)

    def _person_span(self, start: int, end: int) -> Span:
        """A PER span cut from natasha's, with its own nominative («Ольге Ивановой» → «Ольга Иванова»)."""
        span = Span(self.doc, start, end, label="PER")
        span._.normal = self.normalizer.name(span)
        return span

    def _country_names(self) -> set[tuple[int, int]]:
        """Spans the gazetteer names as a country or a body: natasha's PER on «Эфиопия» is a
        place, on «Аль-Кайды» a body; not on a city, whose name may be a person's («Владимир»)."""
        from rdflib import URIRef
        found = set()
        for span in self.lexicon.get("GAZ", []):
            entity = self.ontology.entity(URIRef(span.kb_id_))
            if entity is not None and not str(entity.body_type).endswith(_PERSONS_NAMESAKES):
                found.add((span.start, span.end))
        return found

    def kind(self, kind: str) -> list[Span]:
        if kind == "ADJ":
            # «Руслан Смоленский» is a man, not the Smolensk region's adjective
            found = self.memo.get("ADJ")
            if found is None:
                names = {i for s in self.ner("PER") for i in range(s.start, s.end)}
                found = self.memo["ADJ"] = [s for s in self.lexicon.get("ADJ", [])
                                            if not any(i in names for i in range(s.start, s.end))]
            return found
        return self.lexicon.get(kind, [])

    def title_sees(self) -> dict[int, int]:
        """Capitalised adjectives between a post word and a name, which name the see or seat of
        a title, not places: «Митрополит | Калужский и Боровский | Климент», «Патриарх |
        Московский и всея Руси | Кирилл». Start token → end token of each run (computed once)."""
        found = self.memo.get("title sees")
        if found is None:
            doc, found = self.doc, {}
            names = {s.start for s in self.doc.spans.get("ner", []) if s.label_ == "PER"}
            for post in self.lexicon.get("POST", []):
                j = last = post.end
                while j < len(doc):
                    if doc[j].text[:1].isupper() and doc[j].is_alpha and j not in names and self._adjectival(doc[j]):
                        j = last = j + 1
                    elif doc[j].norm_ == "и" and j > post.end:
                        j += 1
                    elif doc[j].lower_ == "всея" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                        j = last = j + 2
                    else:
                        break
                if last > post.end and last in names:
                    found[post.end] = last
            self.memo["title sees"] = found
        return found

    def _adjectival(self, token: Token) -> bool:
        """A word the dictionary reads as a full adjective in the nominative («Калужский»)."""
        return any(p.tag.POS == "ADJF" and "nomn" in p.tag for p in self.normalizer.morph_vocab(token.text.lower())[:3])

    def visited(self, i: int) -> bool:
        """Whether token ``i`` starts the object of «посетил», past the visit's own words between:
        «посетил Людиновский район», «посетил с рабочим визитом Людиновский район», «посетил
        завод «…»». A finite verb only: a participle tells of another visit («визита министра,
        посетившего Курилы»)."""
        doc = self.doc
        events = {k for s in self.kind("EVENT") for k in range(s.start, s.end)}
        k = i - 1
        while k >= 0 and i - k <= 5 and (k in events or doc[k].norm_ in ("с", "со") or doc[k].pos_ == "ADJ"):
            k -= 1
        return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_ in VISITING and "Fin" in doc[k].morph.get("VerbForm")

    # -- evidence -----------------------------------------------------------------------
    def evidence(self, start_char: int, end_char: int) -> Evidence:
        """Evidence for ``text[start_char:end_char]``: the span and its sentence(s)."""
        doc = self.doc
        first = doc.char_span(start_char, end_char, alignment_mode="expand")
        if first is None or not len(first):
            sent_start, sent_end = start_char, end_char
        else:
            sent_start = self.sent(first.start).start_char
            sent_end = self.sent(first.end - 1).end_char
        text = self.text
        while sent_end > sent_start and text[sent_end - 1].isspace():
            sent_end -= 1
        while end_char > start_char and text[end_char - 1].isspace():
            end_char -= 1
        end_char = min(end_char, sent_end)
        return Evidence(start_char, end_char, sent_start, sent_end,
                        " ".join(text[sent_start:sent_end].split()))

    def span_evidence(self, *spans: Span | Token) -> Evidence:
        starts = [s.idx if isinstance(s, Token) else s.start_char for s in spans]
        ends = [s.idx + len(s) if isinstance(s, Token) else s.end_char for s in spans]
        return self.evidence(min(starts), max(ends))
