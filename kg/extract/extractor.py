"""The extraction stage: an annotated Doc → an :class:`~kg.extract.model.Extraction`."""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.normal import Normalizer
from ..ontology import Ontology
from ..read import Article
from ..vocab import BODY
from .bodies import _named_body, find_bodies
from .context import Context
from .events import find_events
from .facts import find_figures, find_foundings
from .model import Body, Extraction, Person
from .officials import find_officials
from .people import _split, find_people
from .statements import find_statements

__all__ = ["Extractor"]


class Extractor:
    """Runs the extractors in order: people → bodies → officials → events → statements → facts.

    >>> from kg.nlp import make_pipeline
    >>> from kg.read import Article
    >>> extractor = Extractor.default()
    >>> text = "Губернатор Калужской области Владислав Шапша открыл форум."
    >>> article = Article(id="a", text=text, title=None, source=None, photo_credit=None, date=None,
    ...                   url=None, origin="a", metadata_spans=())
    >>> [(o.person, o.post) for o in extractor(article).officials]
    [('person:Владислав Шапша', 'губернатор')]
    """

    def __init__(self, nlp, ontology: Ontology, normalizer: Normalizer) -> None:
        self.nlp = nlp
        self.ontology = ontology
        self.normalizer = normalizer

    @classmethod
    def default(cls) -> "Extractor":
        from ..nlp import make_pipeline
        from ..ontology import load_ontology
        nlp = make_pipeline()
        return cls(nlp, load_ontology(), nlp.get_pipe("kg_natasha").normalizer)

    def annotate(self, article: Article) -> Doc:
        return self.nlp(article.body_text)

    def __call__(self, article: Article, doc: Doc | None = None) -> Extraction:
        doc = doc if doc is not None else self.annotate(article)
        ctx = Context(article, doc, self.ontology, self.normalizer)
        out = Extraction(article.id)
        people = find_people(ctx, out.mentions)
        bodies = find_bodies(ctx, out.mentions)
        officials, phrases = find_officials(ctx, people, bodies, out.mentions)
        events, groups = find_events(ctx, people, bodies, phrases, officials, out.mentions)
        out.statements = find_statements(ctx, people, bodies, officials, phrases)
        out.foundings = find_foundings(ctx, bodies)
        out.figures = find_figures(ctx, bodies)
        out.persons = people.persons
        out.bodies = bodies.bodies
        out.officials = officials
        out.events = events
        out.groups = groups
        self._metadata(article, out)
        out.mentions = sorted(set(out.mentions))
        return out

    def _metadata(self, article: Article, out: Extraction) -> None:
        if article.source:
            gaz = next((e for e in self.ontology.entities.values()
                        if article.source in e.labels), None)
            if gaz is not None:
                key = str(gaz.iri)
                out.bodies.setdefault(key, Body(key, gaz.label, str(gaz.body_type), key))
            else:
                # the source may be a body the text names too («Источник: Агентство инновационного
                # развития Калужской области»): that body, with its own type
                key = _named_body("org", article.source, None).key
                out.bodies.setdefault(key, Body(key, article.source, str(BODY.media)))
            out.source = key
        if article.photo_credit:
            parts = _split(self.normalizer, article.photo_credit, self.ontology.surnames_first)
            name = parts.full_name or article.photo_credit
            key = f"person:{name}"
            person = out.persons.setdefault(key, Person(key, name, parts.given, parts.patronymic,
                                                        parts.family))
            person.forms.add(article.photo_credit)
            out.photo_credit = key
