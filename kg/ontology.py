"""The project ontology as Python objects: SKOS concepts and gazetteer entries.

``ontology/kg.ttl`` holds the concept schemes (post, body, event types, speech acts,
statuses) and ``ontology/gazetteer.ttl`` the named bodies and territories. Extraction reads
only this: adding a post type or a ministry is a change in ``ontology/``, not in code.

>>> onto = load_ontology()
>>> onto.concept(POST.governor).label
'губернатор'
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from rdflib import Graph, Literal, URIRef

from .errors import Errors, KgError
from .vocab import BODY, EVENT, KG, ORG, POST, RDF, SKOS, SPEECH, STATUS

_T = TypeVar("_T")

__all__ = ["Concept", "Entity", "Ontology", "load_ontology", "ontology_dir"]

SCHEMES = {"post": POST, "body": BODY, "event": EVENT, "speech": SPEECH, "status": STATUS}


@dataclass(frozen=True)
class Concept:
    """A SKOS concept: a post, body or event type, a speech act or a status."""

    iri: URIRef
    scheme: str
    label: str                      # skos:prefLabel@ru
    label_en: str
    labels: tuple[str, ...]         # prefLabel and altLabels @ru
    patterns: tuple[str, ...] = ()  # kg:lemmaPattern @ru: lemma sequences (verbs: «встретиться»)
    not_patterns: tuple[str, ...] = ()  # kg:notPattern @ru: phrases where the word is not this concept
    broader: URIRef | None = None
    implied_body_type: URIRef | None = None
    implied_body: URIRef | None = None   # kg:impliedBody: «сенатор от Калужской области» → the Federation Council
    head_of_post: URIRef | None = None
    instance_class: URIRef | None = None
    colour: str | None = None
    rank: bool = False              # a kg:Rank: a person's title, not a post of a chain
    occupation: bool = False        # a kg:Occupation: a POSITION only beside a named holder
    field_post: bool = False        # a kg:FieldPost: titled by its field («министр финансов»)
    territorial: bool = False       # a kg:TerritorialAuthority: named by its territory, not a field
    subdivision: bool = False       # a kg:Subdivision: its word alone after a post is the post's
    field_body: bool = False        # a kg:FieldBody: named by its field after «по» («комитет по образованию»)
    addressed: bool = False         # a kg:AddressedAct: its object is the addressee («поздравил ветеранов»)
    responding: bool = False        # a kg:RespondingAct: its «на» object is what it answers («ответил на вопросы»)


@dataclass(frozen=True)
class Entity:
    """A named body or territory from the gazetteer."""

    iri: URIRef
    types: tuple[URIRef, ...]
    body_type: URIRef | None
    label: str
    label_en: str
    labels: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    capital: URIRef | None = None
    in_region: URIRef | None = None
    parent: URIRef | None = None


@dataclass
class Ontology:
    """Concepts by IRI and scheme, gazetteer entities by IRI, and the RDF graph itself."""

    graph: Graph
    concepts: dict[URIRef, Concept] = field(default_factory=dict)
    entities: dict[URIRef, Entity] = field(default_factory=dict)
    #: surnames written before the given name («Си Цзиньпин»): ``kg:surnameFirst`` values
    surnames_first: frozenset[str] = frozenset()
    _derived: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def concept(self, iri: URIRef) -> Concept:
        return self.concepts[iri]

    def derived(self, name: object, work_out: Callable[[], _T]) -> _T:
        """What ``work_out`` reads from this ontology (an index of its labels), worked out once.

        >>> # onto.derived("territory heads", lambda: {...}) → the same dict on every call
        """
        if name not in self._derived:
            self._derived[name] = work_out()
        return self._derived[name]  # type: ignore[return-value]

    def scheme(self, name: str) -> list[Concept]:
        """The concepts of one scheme (``post``, ``body``, ``event``, ``speech``, ``status``)."""
        return [c for c in self.concepts.values() if c.scheme == name]

    def entity(self, iri: URIRef) -> Entity | None:
        return self.entities.get(iri)

    def related(self, one: URIRef, other: URIRef) -> bool:
        """The two concepts are ``skos:related`` (either way): a Duma's «заседание» is its «сессия»."""
        return (one, SKOS.related, other) in self.graph or (other, SKOS.related, one) in self.graph

    def broader_chain(self, iri: URIRef) -> list[URIRef]:
        """The concept and its ancestors, nearest first."""
        chain: list[URIRef] = []
        while iri is not None and iri not in chain:
            chain.append(iri)
            concept = self.concepts.get(iri)
            iri = concept.broader if concept else None
        return chain


def ontology_dir() -> Path:
    """``$KG_ONTOLOGY`` if set, else the ``ontology/`` folder beside the ``kg`` package."""
    env = os.environ.get("KG_ONTOLOGY")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "ontology"


def _ru(graph: Graph, node: URIRef, prop: URIRef, lang: str = "ru") -> list[str]:
    return sorted(str(o) for o in graph.objects(node, prop)
                  if isinstance(o, Literal) and o.language == lang)


def _one(graph: Graph, node: URIRef, prop: URIRef) -> URIRef | None:
    values = sorted(graph.objects(node, prop))
    return values[0] if values else None


def _scheme_of(iri: URIRef) -> str | None:
    for name, ns in SCHEMES.items():
        if str(iri).startswith(str(ns)):
            return name
    return None


@lru_cache(maxsize=4)
def load_ontology(folder: Path | None = None) -> Ontology:
    """Parse ``kg.ttl`` and ``gazetteer.ttl`` of ``folder`` (default :func:`ontology_dir`)."""
    folder = Path(folder) if folder else ontology_dir()
    graph = Graph()
    for name in ("kg.ttl", "gazetteer.ttl"):
        path = folder / name
        try:
            graph.parse(path, format="turtle")
        except FileNotFoundError as exc:
            raise KgError(Errors.E004, path=str(path)) from exc
        except Exception as exc:  # rdflib raises several parser exceptions
            raise KgError(Errors.E030, path=str(path), detail=str(exc)) from exc
    onto = Ontology(graph, surnames_first=frozenset(
        str(o) for o in graph.objects(None, KG.surnameFirst)
        if isinstance(o, Literal) and o.language == "ru"))
    for iri in sorted(set(graph.subjects(RDF.type, SKOS.Concept))):
        scheme = _scheme_of(iri)
        if scheme is None:
            continue
        pref = _ru(graph, iri, SKOS.prefLabel)
        if not pref:
            raise KgError(Errors.E030, path=str(folder / "kg.ttl"),
                          detail=f"{iri} has no skos:prefLabel@ru")
        alts = _ru(graph, iri, SKOS.altLabel)
        en = _ru(graph, iri, SKOS.prefLabel, "en")
        colour = _one(graph, iri, KG.colour)
        onto.concepts[iri] = Concept(
            iri=iri, scheme=scheme, label=pref[0], label_en=en[0] if en else pref[0],
            labels=tuple(dict.fromkeys(pref + alts)),
            patterns=tuple(_ru(graph, iri, KG.lemmaPattern)),
            not_patterns=tuple(_ru(graph, iri, KG.notPattern)), broader=_one(graph, iri, SKOS.broader),
            implied_body_type=_one(graph, iri, KG.impliedBodyType),
            implied_body=_one(graph, iri, KG.impliedBody),
            head_of_post=_one(graph, iri, KG.headOfPost),
            instance_class=_one(graph, iri, KG.instanceClass),
            colour=str(colour) if colour is not None else None,
            rank=(iri, RDF.type, KG.Rank) in graph, occupation=(iri, RDF.type, KG.Occupation) in graph,
            field_post=(iri, RDF.type, KG.FieldPost) in graph,
            territorial=(iri, RDF.type, KG.TerritorialAuthority) in graph,
            subdivision=(iri, RDF.type, KG.Subdivision) in graph,
            field_body=(iri, RDF.type, KG.FieldBody) in graph,
            addressed=(iri, RDF.type, KG.AddressedAct) in graph,
            responding=(iri, RDF.type, KG.RespondingAct) in graph)
    for iri in sorted(set(graph.subjects(KG.bodyType, None))):
        if not isinstance(iri, URIRef):
            continue
        pref = _ru(graph, iri, SKOS.prefLabel)
        if not pref:
            continue
        en = _ru(graph, iri, SKOS.prefLabel, "en")
        onto.entities[iri] = Entity(
            iri=iri, types=tuple(sorted(graph.objects(iri, RDF.type))),
            body_type=_one(graph, iri, KG.bodyType), label=pref[0],
            label_en=en[0] if en else pref[0],
            labels=tuple(dict.fromkeys(pref + _ru(graph, iri, SKOS.altLabel))),
            adjectives=tuple(_ru(graph, iri, KG.adjective)),
            capital=_one(graph, iri, KG.capital), in_region=_one(graph, iri, KG.inRegion),
            parent=_one(graph, iri, ORG.subOrganizationOf))
    return onto
